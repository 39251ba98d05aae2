using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The examples of docs/rollup.md are this test's code.</summary>
public sealed class RollupDocExampleTests
{
    [Fact]
    public void RollupDoc_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "RollupDocExampleTests.cs"), "rollup-prefecture", "docs/rollup.md");

    [Fact]
    public void PrefectureExample_AddsUpTwoReports()
    {
        IEnumerable<AnnualReport> reports = [Coded("007-huaian-city-2024", "320800"), Coded("010-pingtan-zone-2024", "320803")];
        var output = new StringWriter();

        // begin-snippet: rollup-prefecture
        var aggregator = new ReportAggregator(RollupLevel.Prefecture);
        foreach (RollupResult result in aggregator.Aggregate(reports))   // reports: one year's, streamed
        {
            CellValue received = result.GetKeyIndicator(KeyIndicator.RequestsReceived);
            int blanks = result.GetBlankCount(KeyIndicator.RequestsReceived);
            output.WriteLine($"{result.Key} {result.Year}: {result.ReportCount} reports, {received} requests received ({blanks} blank)");
            if (result.Report is { } sum)                     // null when the group mixes formats
            {
                var granted = CellKey.Parse("requests.granted.total");
                output.WriteLine($"  granted {sum[granted]}, complete: {result.IsComplete(granted)}");
            }
        }
        // end-snippet

        output.ToString().ReplaceLineEndings("\n").Should().Be("320800 2024: 2 reports, 3337 requests received (0 blank)\n  granted 1433, complete: True\n");
    }

    private static AnnualReport Coded(string id, string code)
    {
        var report = Samples.Report(id);
        var builder = report.ToBuilder();
        builder.Agency = report.Agency with { DivisionCode = new DivisionCode(code) };
        return builder.Build();
    }
}
