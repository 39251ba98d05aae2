using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Catalog;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.Shared;

namespace GovDisclosure.Extraction.Tests;

/// <summary>
/// Random reports of every format — blanks, zeros, counts up to 18 digits, money with decimals, signed changes, legacy
/// rows the catalogue does not know (labels of Chinese characters) — rendered in the official layout as Markdown and as an HTML page, extract back to
/// the same cells.
/// </summary>
public sealed class ReportExtractorPropertyTests
{
    [Property(Arbitrary = [typeof(ReportExtractorPropertyTests)], MaxTest = 60)]
    public void Extract_RenderedRandomReport_GivesItsCellsBack(Rendered rendered)
    {
        var report = rendered.Report;

        foreach (var (kind, text) in new[] { (InputKind.Markdown, MarkdownRenderer.Render(report)), (InputKind.Html, HtmlRenderer.RenderPage(report)) })
        {
            var result = ReportExtractor.Extract(text);

            result.Input.Should().Be(kind);
            var read = result.Report;
            read.Should().NotBeNull(string.Join("\n", result.Diagnostics));
            read!.Format.Should().Be(report.Format);
            read.Year.Should().Be(report.Year);
            report.Definition.Cells.Where(c => read[c.Key] != report[c.Key])
                .Select(c => $"{kind} {c.Key}: expected {report[c.Key]} ({report[c.Key].State}), got {read[c.Key]} ({read[c.Key].State})")
                .Should().BeEmpty();
            read.LegacyOtherRows.Should().Equal(report.LegacyOtherRows, "{0}", kind);
        }
    }

    public static Arbitrary<Rendered> Reports() =>
        Arb.From(Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var format = FormatCatalog.All[random.Next(FormatCatalog.All.Length)];
            var report = RandomReports.Create(random, format, RandomReports.RandomYear(random, format), new Agency("某县人民政府"), plainLabels: true);
            return new Rendered(seed, report);
        }).Where(r => !HasChildRowWithoutItsParent(r.Report)));

    /// <summary>
    /// Whether a legacy report prints a 其中 row without the row it belongs to: rendered, such a row stands under the
    /// previous parent, and a label that two parents share (被依法纠错数 under 行政复议 and 行政诉讼) cannot be told apart.
    /// Published reports print the parent; see docs/robustness.md.
    /// </summary>
    private static bool HasChildRowWithoutItsParent(AnnualReport report)
    {
        foreach (var table in report.Definition.Tables)
        {
            var view = report.GetTable(table);
            if (table.Rows.Any(r => r.Parent is { } parent && view.IsRowPresent(r) && !view.IsRowPresent(parent)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A random report and its seed.</summary>
    public sealed record Rendered(int Seed, AnnualReport Report)
    {
        public override string ToString() => $"seed {Seed}: {Report}";
    }
}
