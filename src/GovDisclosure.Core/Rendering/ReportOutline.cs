using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Catalog;

namespace GovDisclosure.Rendering;

/// <summary>
/// What a rendered report shows, in order, independent of the output syntax: the title, the headed sections with their
/// text (when asked for), each statistical table in the official layout, and the figures stated in the text. The
/// Markdown and HTML renderers print it.
/// </summary>
internal static class ReportOutline
{
    /// <summary>Gets the text a renderer writes, with line feeds as line breaks.</summary>
    public static string Capture(Action<TextWriter> render)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        render(writer);
        return writer.ToString();
    }

    /// <summary>Gets the report's title: the agency, the year and the kind of report.</summary>
    public static string Title(AnnualReport report, DisplayLanguage language) => language == DisplayLanguage.English
        ? $"{report.Agency.Name}: annual report on government information disclosure, {report.Year.ToString(CultureInfo.InvariantCulture)}"
        : $"{report.Agency.Name}{report.Year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告";

    /// <summary>Gets the facts printed under the title: the format, the publication date and the source address.</summary>
    public static IReadOnlyList<MetadataItem> Metadata(AnnualReport report, DisplayLanguage language)
    {
        var english = language == DisplayLanguage.English;
        var items = new List<MetadataItem> { new(english ? "Format: " : "格式：", report.Definition.GetLabel(language), IsAddress: false) };
        if (report.PublishedOn is { } published)
        {
            items.Add(new(english ? "Published: " : "发布日期：", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IsAddress: false));
        }

        if (report.SourceUrl is { } source)
        {
            items.Add(new(english ? "Source: " : "来源：", source, IsAddress: true));
        }

        return items;
    }

    /// <summary>Gets the parts of a report after its title, in the order they are printed.</summary>
    public static IEnumerable<OutlinePart> Parts(AnnualReport report, ReportRenderOptions options)
    {
        var language = options.Language;
        var tables = TableLayoutPlan.For(report, language).GroupBy(plan => plan.Table).ToList();
        if (options.IncludeSections)
        {
            foreach (var section in report.Definition.Sections)
            {
                var text = report.GetSection(section.Section);
                var own = tables.Where(t => string.Equals(t.Key.Key, section.Key, StringComparison.Ordinal)).ToList();
                if (text is null && own.Count == 0)
                {
                    continue;
                }

                yield return new SectionPart(section.GetLabel(language), Paragraphs(text));
                foreach (var table in own)
                {
                    yield return new TablePart([.. table]);
                    tables.Remove(table);
                }
            }
        }

        foreach (var table in tables)
        {
            yield return new TablePart([.. table]);
        }

        var english = language == DisplayLanguage.English;
        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            var entries = report.Breakdowns.Get(kind);
            if (!entries.IsEmpty)
            {
                yield return new BreakdownPart(
                    kind switch
                    {
                        BreakdownKind.ProactiveByCategory => english ? "Proactive disclosure by category (stated in the text)" : "主动公开政府信息的类别（正文所列）",
                        BreakdownKind.ProactiveByChannel => english ? "Proactive disclosure by channel (stated in the text)" : "主动公开政府信息的渠道（正文所列）",
                        _ => english ? "Other figures stated in the text" : "正文所列其他数字",
                    },
                    english ? "Label as printed" : "项目（原文）",
                    english ? "Count" : "数量",
                    entries);
            }
        }
    }

    /// <summary>Splits a section's text into its paragraphs: its non-empty lines, trimmed.</summary>
    private static ImmutableArray<string> Paragraphs(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}

/// <summary>One fact under a report's title.</summary>
/// <param name="Label">The label, with its separator (<c>格式：</c>).</param>
/// <param name="Value">The value.</param>
/// <param name="IsAddress">Whether the value is a web address (the report's source).</param>
internal sealed record MetadataItem(string Label, string Value, bool IsAddress);

/// <summary>A part of a rendered report.</summary>
internal abstract record OutlinePart;

/// <summary>A headed section of the report's text (一、总体情况 …) and its paragraphs; the tables of the section follow it.</summary>
internal sealed record SectionPart(string Heading, ImmutableArray<string> Paragraphs) : OutlinePart;

/// <summary>One statistical table: one plan, or one per block of a <see cref="TableLayout.Blocks"/> table.</summary>
internal sealed record TablePart(ImmutableArray<TableLayoutPlan> Plans) : OutlinePart
{
    /// <summary>Gets the table's title (its section's heading in the official format).</summary>
    public string Title => Plans[0].Title;
}

/// <summary>The figures that a report states in its text, as (label, count) pairs.</summary>
internal sealed record BreakdownPart(string Heading, string LabelHeading, string CountHeading, ImmutableArray<LabeledCount> Entries) : OutlinePart;
