using System.Globalization;
using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Tests.Rollup;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The examples of docs/history.md are this test's code.</summary>
public sealed class HistoryDocExampleTests
{
    [Fact]
    public void HistoryDoc_ShowsTheExamplesVerbatim()
    {
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "HistoryDocExampleTests.cs"), "history-series", "docs/history.md");
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "HistoryDocExampleTests.cs"), "history-cumulative", "docs/history.md");
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "HistoryDocExampleTests.cs"), "history-carry-forward", "docs/history.md");
    }

    [Fact]
    public void SeriesExample_PrintsTheChangeFrom2018To2019()
    {
        var seed = HistoryTestReports.Seed2018();
        IEnumerable<AnnualReport> reports = [seed, HistoryTestReports.AsYear(Samples.Report("006-pingtan-zone-2019"), 2019, seed.Agency)];
        var lines = new List<string>();

        // begin-snippet: history-series
        foreach (AgencyHistory history in AgencyHistory.Build(reports))
        {
            foreach (IndicatorPoint point in history.GetSeries(KeyIndicator.RequestsReceived))
            {
                lines.Add($"{history.AgencyName} {point.Year} {point.Value} change {point.Change} growth {point.GrowthRate?.ToString("P1", CultureInfo.InvariantCulture) ?? "—"}");
            }
        }
        // end-snippet
        lines.Should().Equal(
            "沙县高桥镇人民政府 2018 0 change  growth —",
            "沙县高桥镇人民政府 2019 23 change 23 growth —");
    }

    [Fact]
    public void CumulativeExample_ListsTheMisprintedYear()
    {
        var reports = HistoryTestReports.Seed2016To2018();
        reports[1] = HistoryTestReports.With(reports[1], ("legacy.proactive.total.cumulative", 2551L));
        var history = AgencyHistory.Of(reports);
        var lines = new List<string>();

        // begin-snippet: history-cumulative
        CumulativeCheck check = CumulativeTotals.Recompute(history);
        foreach (CumulativeDifference difference in check.Differences)
        {
            lines.Add($"{difference.Year} {difference.Row}: printed {difference.Printed}, computed {difference.Computed}");
        }

        foreach (CumulativeChainBreak chainBreak in check.Breaks)
        {
            lines.Add($"{chainBreak.Year} {chainBreak.Row}: chain broken ({chainBreak.Reason})");
        }
        // end-snippet
        lines.Should().Equal("2017 proactive.total: printed 2551, computed 2550");
    }

    [Fact]
    public void CarryForwardExample_StartsTheNextYear()
    {
        var report2017 = HistoryTestReports.LegacyYearBefore(HistoryTestReports.Seed2018());

        // begin-snippet: history-carry-forward
        NextYearDraft draft = CarryForward.StartNextYear(report2017);
        draft.Builder["legacy.proactive.total.annual"] = 208L;     // the preparer enters this year's figures
        draft.CompleteCumulative();                                  // cumulative = last year's cumulative + annual
        AnnualReport report2018 = draft.Builder.Build();
        // end-snippet
        report2018["legacy.proactive.total.cumulative"].Should().Be(CellValue.Of(2758));
        draft.Notes.Should().BeEmpty();
    }
}
