using AngleSharp.Html.Parser;
using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.Properties;

namespace GovDisclosure.Tests.Rendering;

/// <summary>
/// HTML rendering of random reports whose agency names, legacy row labels and prose breakdown labels carry
/// <c>&lt;script&gt;</c>, <c>&lt;b&gt;</c>, ampersands and quotes: every text is escaped, so the page holds only the
/// renderer's own elements and the texts read back as they are.
/// </summary>
public sealed class HtmlRendererPropertyTests
{
    private static readonly HashSet<string> RendererElements = new(StringComparer.Ordinal)
    {
        "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "p", "a", "table", "thead", "tbody", "tr", "th", "td", "caption", "colgroup", "col", "span",
    };

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void RenderPage_AnyNamesAndLabels_GivesOnlyTheRenderersElementsAndTheTextsAsWritten(GeneratedReport generated)
    {
        var report = generated.Report;
        var parser = new HtmlParser();

        foreach (var language in new[] { DisplayLanguage.Chinese, DisplayLanguage.English })
        {
            using var document = parser.ParseDocument(HtmlRenderer.RenderPage(report, new ReportRenderOptions { Language = language }));

            document.All.Select(e => e.LocalName).Where(n => !RendererElements.Contains(n)).Should().BeEmpty("markup in a report's texts is escaped");
            var text = document.Body!.TextContent;
            foreach (var label in report.LegacyOtherRows.Select(r => r.Label).Append(report.Agency.Name))
            {
                text.Should().Contain(Collapse(label).Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First(), "the text reads back as written");
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\r', '\n', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
