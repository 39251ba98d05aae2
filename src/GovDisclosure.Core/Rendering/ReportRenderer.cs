namespace GovDisclosure.Rendering;

/// <summary>
/// Renders reports as Markdown or HTML with options chosen once (language, title, sections). The static
/// <see cref="MarkdownRenderer"/> and <see cref="HtmlRenderer"/> do the work; this class carries the options, so that
/// an application registers one (see <c>AddGovDisclosure</c>). Immutable and safe to share between threads.
/// </summary>
public sealed class ReportRenderer
{
    /// <summary>Initializes a new instance of the <see cref="ReportRenderer"/> class.</summary>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    public ReportRenderer(ReportRenderOptions? options = null)
    {
        Options = options ?? ReportRenderOptions.Default;
    }

    /// <summary>Gets the options.</summary>
    public ReportRenderOptions Options { get; }

    /// <summary>Renders a report's tables as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public string RenderMarkdown(AnnualReport report) => MarkdownRenderer.Render(report, Options);

    /// <summary>Renders a report's tables as Markdown to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public void RenderMarkdown(TextWriter writer, AnnualReport report) => MarkdownRenderer.Render(writer, report, Options);

    /// <summary>Renders a report as a standalone HTML page.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The page.</returns>
    public string RenderHtmlPage(AnnualReport report) => HtmlRenderer.RenderPage(report, Options);

    /// <summary>Renders a report as a standalone HTML page to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public void RenderHtmlPage(TextWriter writer, AnnualReport report) => HtmlRenderer.RenderPage(writer, report, Options);

    /// <summary>Renders a report as an HTML fragment to embed in a page.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The fragment.</returns>
    public string RenderHtmlFragment(AnnualReport report) => HtmlRenderer.RenderFragment(report, Options);

    /// <summary>Renders a report as an HTML fragment to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public void RenderHtmlFragment(TextWriter writer, AnnualReport report) => HtmlRenderer.RenderFragment(writer, report, Options);
}
