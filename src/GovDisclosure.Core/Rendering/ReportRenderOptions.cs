namespace GovDisclosure.Rendering;

/// <summary>How a report is rendered (<see cref="MarkdownRenderer"/>, <see cref="HtmlRenderer"/>).</summary>
public sealed record ReportRenderOptions
{
    /// <summary>Gets the default options: Chinese labels, with a title.</summary>
    public static ReportRenderOptions Default { get; } = new();

    /// <summary>Gets the language of the labels: Chinese as printed in the official format (the default) or English.</summary>
    public DisplayLanguage Language { get; init; } = DisplayLanguage.Chinese;

    /// <summary>Gets a value indicating whether to start with a title naming the agency, the year and the format.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>
    /// Gets a value indicating whether to print the report's headed sections (一、总体情况 … 六、其他需要报告的事项) with
    /// their text, each table under its section, as the report is laid out; by default only the tables are printed.
    /// </summary>
    public bool IncludeSections { get; init; }
}
