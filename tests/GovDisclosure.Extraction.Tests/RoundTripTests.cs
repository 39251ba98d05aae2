using System.Net;
using System.Text;
using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Extraction.Tests;

/// <summary>
/// Reports of every format, rendered in the official layout (Markdown), then turned into the forms reports are
/// published in — the Markdown itself, an HTML page, text flattened one cell per line — read back identical.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var id in Samples.AllCases)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_RenderedMarkdown_GivesTheReportBack(string id)
    {
        var report = Samples.Report(id);

        var result = ReportExtractor.Extract(MarkdownRenderer.Render(report));

        result.Input.Should().Be(InputKind.Markdown);
        AssertSame(result, report);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_RenderedHtml_GivesTheReportBack(string id)
    {
        var report = Samples.Report(id);

        var result = ReportExtractor.Extract(ToHtml(MarkdownRenderer.Render(report)));

        result.Input.Should().Be(InputKind.Html);
        AssertSame(result, report);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_RenderedTextOneCellPerLine_GivesTheReportBack(string id)
    {
        var report = Samples.Report(id);

        var result = ReportExtractor.Extract(ToFlatText(MarkdownRenderer.Render(report)));

        result.Input.Should().Be(InputKind.Text);
        AssertSame(result, report);
    }

    [Fact]
    public void Extract_RenderedReportWhoseFiguresSumPast18Digits_GivesTheReportBack()
    {
        // Each figure fits in a cell; the row's applicant columns together do not: the table's relations are out of range.
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2020, new Agency("某县人民政府"));
        builder.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, CellValue.MaxWholeNumber);
        builder.Set(RequestRow.NewlyReceived, Applicant.CommercialEnterprise, CellValue.MaxWholeNumber);
        builder.Set(RequestRow.NewlyReceived, Applicant.Total, 5);
        var report = builder.Build();

        var result = ReportExtractor.Extract(MarkdownRenderer.Render(report));

        result.Report!.Requests[RequestRow.NewlyReceived, Applicant.NaturalPerson].Should().Be(CellValue.Of(CellValue.MaxWholeNumber));
        result.Report.Requests[RequestRow.NewlyReceived, Applicant.Total].Should().Be(CellValue.Of(5L));
    }

    private static void AssertSame(ExtractionResult result, AnnualReport expected)
    {
        var report = result.Report;
        report.Should().NotBeNull(string.Join("\n", result.Diagnostics));
        report!.Format.Should().Be(expected.Format);
        report.Year.Should().Be(expected.Year);
        report.Agency.Name.Should().Be(expected.Agency.Name);
        report.PublishedOn.Should().Be(expected.PublishedOn);
        var differences = expected.Definition.Cells
            .Where(c => report[c.Key] != expected[c.Key])
            .Select(c => $"{c.Key}: expected {expected[c.Key]}, got {report[c.Key]}")
            .ToList();
        differences.Should().BeEmpty();
        report.Breakdowns.Should().Be(expected.Breakdowns);
        report.LegacyOtherRows.Should().Equal(expected.LegacyOtherRows);
        result.WithCode(ExtractionCode.AmbiguousRow).Should().BeEmpty();
        result.WithCode(ExtractionCode.RowNotRecognised).Should().BeEmpty();
    }

    /// <summary>Each Markdown table becomes an HTML table (cells as printed, empty cells empty), other lines paragraphs.</summary>
    private static string ToHtml(string markdown)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        var inTable = false;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('|'))
            {
                if (trimmed.Replace("|", string.Empty, StringComparison.Ordinal).Trim().Trim('-', ':', ' ').Length == 0)
                {
                    continue;
                }

                if (!inTable)
                {
                    html.Append("<table border=\"1\">\n");
                    inTable = true;
                }

                html.Append("<tr>");
                foreach (var cell in trimmed.Trim('|').Split('|'))
                {
                    html.Append("<td>").Append(WebUtility.HtmlEncode(cell.Replace("**", string.Empty, StringComparison.Ordinal).Trim())).Append("</td>");
                }

                html.Append("</tr>\n");
                continue;
            }

            if (inTable)
            {
                html.Append("</table>\n");
                inTable = false;
            }

            if (trimmed.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(trimmed.TrimStart('#', ' ').Replace("**", string.Empty, StringComparison.Ordinal))).Append("</p>\n");
            }
        }

        if (inTable)
        {
            html.Append("</table>\n");
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>The text a browser's copy gives: one cell per line, an empty cell as a no-break space.</summary>
    private static string ToFlatText(string markdown)
    {
        var text = new StringBuilder();
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('|'))
            {
                if (trimmed.Replace("|", string.Empty, StringComparison.Ordinal).Trim().Trim('-', ':', ' ').Length == 0)
                {
                    continue;
                }

                foreach (var cell in trimmed.Trim('|').Split('|'))
                {
                    var content = cell.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
                    text.Append(content.Length == 0 ? "\u00a0" : content).Append('\n');
                }

                continue;
            }

            if (trimmed.Length > 0)
            {
                text.Append(trimmed.TrimStart('#', ' ').Replace("**", string.Empty, StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }
}
