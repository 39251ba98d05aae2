using System.Collections.Immutable;
using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Catalog;
using GovDisclosure.Rollup;
using GovDisclosure.Tests.Properties;

namespace GovDisclosure.Tests.Rollup;

/// <summary>
/// The algebra of the roll-up over random reports of one format and year (see <see cref="ReportArbitraries.Groups"/>):
/// the roll-up of one report is that report, the order of the reports does not matter, and adding up partial roll-ups
/// gives the roll-up of all — blank-awareness included. Money is compared in 元, since a sum is kept in one unit.
/// </summary>
public sealed class ReportAggregatorPropertyTests
{
    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 150)]
    public void Aggregate_OneReport_GivesTheReportItself(GeneratedGroup group)
    {
        var report = group.Reports[0];

        var result = Aggregate([report], "g");

        ShouldHaveTheSameCells(result.Report!, report);
        for (var i = 0; i < report.Cells.Length; i++)
        {
            result.BlankCounts[i].Should().Be(report.Cells[i].IsBlank ? 1 : 0, "cell {0} is {1}", report.Definition.Cells[i].Key, report.Cells[i]);
            result.ReportedCounts[i].Should().Be(report.Cells[i].IsReported ? 1 : 0, "cell {0} is {1}", report.Definition.Cells[i].Key, report.Cells[i]);
        }

        foreach (var indicator in Enum.GetValues<KeyIndicator>())
        {
            result.GetKeyIndicator(indicator).Should().Be(report.KeyIndicators[indicator], "key indicator {0}", indicator);
        }
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 150)]
    public void Aggregate_InAnyOrder_GivesTheSameSums(GeneratedGroup group)
    {
        var random = new Random(group.Seed);
        var shuffled = group.Reports.OrderBy(_ => random.Next()).ToImmutableArray();

        var forward = Aggregate(group.Reports, "g");
        var reversed = Aggregate(group.Reports.Reverse(), "g");
        var any = Aggregate(shuffled, "g");

        foreach (var other in new[] { reversed, any })
        {
            ShouldHaveTheSameCells(other.Report!, forward.Report!);
            other.BlankCounts.Should().Equal(forward.BlankCounts);
            other.ReportedCounts.Should().Equal(forward.ReportedCounts);
            other.KeyIndicators.Should().Equal(forward.KeyIndicators);
        }
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 150)]
    public void Aggregate_OfPartialRollups_GivesTheRollupOfAll(GeneratedGroup group)
    {
        var reports = group.Reports;
        if (reports.Length < 2)
        {
            return;
        }

        var split = 1 + (group.Seed % (reports.Length - 1));
        var whole = Aggregate(reports, "g");
        var left = Aggregate(reports[..split], "left");
        var right = Aggregate(reports[split..], "right");

        var ofParts = Aggregate([left.Report!, right.Report!], "g");

        ShouldHaveTheSameCells(ofParts.Report!, whole.Report!);
        for (var i = 0; i < whole.BlankCounts.Length; i++)
        {
            // 2021's single 其他处理 row takes over the counts of its sub-rows when any report prints it: counted per part,
            // they are not additive; their sums are (above).
            var row = reports[0].Definition.Cells[i].Row;
            if (!row.Replaces.IsEmpty || row.ReplacedBy is not null)
            {
                continue;
            }

            (left.BlankCounts[i] + right.BlankCounts[i]).Should().Be(whole.BlankCounts[i], "the blanks of cell {0} are counted once each", reports[0].Definition.Cells[i].Key);
            (left.ReportedCounts[i] + right.ReportedCounts[i]).Should().Be(whole.ReportedCounts[i], "the figures of cell {0} are counted once each", reports[0].Definition.Cells[i].Key);
        }
    }

    private static RollupResult Aggregate(IEnumerable<AnnualReport> reports, string parent) =>
        new ReportAggregator(_ => parent) { RecordSources = false }.Aggregate(reports).Should().ContainSingle().Subject;

    private static void ShouldHaveTheSameCells(AnnualReport actual, AnnualReport expected)
    {
        actual.Format.Should().Be(expected.Format);
        foreach (var cell in expected.Definition.Cells)
        {
            var want = expected[cell];
            var got = actual[cell];
            got.State.Should().Be(want.State, "cell {0} is {1} in the expected report", cell.Key, want);
            if (want.IsReported)
            {
                InYuan(actual, cell, got).Should().Be(InYuan(expected, cell, want), "cell {0}", cell.Key);
            }
        }

        actual.LegacyOtherRows.Select(Describe).Should().BeEquivalentTo(expected.LegacyOtherRows.Select(Describe));
    }

    private static decimal InYuan(AnnualReport report, CellDefinition cell, CellValue value) =>
        report.GetMoneyUnit(cell.Key) == MoneyUnit.TenThousandYuan ? value.Value * 10_000 : value.Value;

    private static string Describe(LegacyOtherRow row) =>
        $"{row.Label}: {Describe(row.Annual)}, {Describe(row.Cumulative)}, {Describe(row.YearToDate)}";

    // 2.50 and 2.5 are one figure.
    private static string Describe(CellValue value) =>
        value.GetValueOrNull() is { } number ? (number / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture) : value.State.ToString();
}
