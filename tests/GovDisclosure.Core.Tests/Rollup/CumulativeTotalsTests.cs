using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Tests.TestData;
using static GovDisclosure.Tests.Rollup.HistoryTestReports;

namespace GovDisclosure.Tests.Rollup;

public sealed class CumulativeTotalsTests
{
    [Fact]
    public void Next_SeedProactiveTotal_AddsTheAnnualFigure() =>
        CumulativeTotals.Next(2550L, 208L).Should().Be(CellValue.Of(2758));

    [Fact]
    public void Next_Money_KeepsTheDecimals() =>
        CumulativeTotals.Next(96171.6m, 0.45m).Should().Be(CellValue.Of(96172.05m));

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Next_Blank_Blank(bool previousBlank, bool annualBlank) =>
        CumulativeTotals.Next(previousBlank ? CellValue.Blank : 2550L, annualBlank ? CellValue.Blank : 208L).Should().Be(CellValue.Blank);

    [Fact]
    public void Next_NotApplicable_NotApplicableEvenBesideABlank()
    {
        CumulativeTotals.Next(CellValue.NotApplicable, 208L).Should().Be(CellValue.NotApplicable);
        CumulativeTotals.Next(2550L, CellValue.NotApplicable).Should().Be(CellValue.NotApplicable);
        CumulativeTotals.Next(CellValue.Blank, CellValue.NotApplicable).Should().Be(CellValue.NotApplicable);
    }

    [Fact]
    public void Next_NearMaxWholeNumber_ThrowsOverflowNeverWraps()
    {
        CumulativeTotals.Next(CellValue.MaxWholeNumber - 1, 1L).Should().Be(CellValue.Of(CellValue.MaxWholeNumber));

        var act = () => CumulativeTotals.Next(CellValue.MaxWholeNumber, 1L);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Recompute_SeedWithTwoYearsBefore_Consistent()
    {
        var check = CumulativeTotals.Recompute(Seed2016To2018());

        check.Years.Should().Equal(2016, 2017, 2018);
        check.Differences.Should().BeEmpty();
        check.Breaks.Should().BeEmpty();
        check.IsConsistent.Should().BeTrue();
        check.Key.Should().Be(AgencyKey.Of(Seed2018()));
    }

    [Fact]
    public void Recompute_Pingtan2011WithTheYearBefore_Consistent()
    {
        // 平潭县 2011: 主动公开 425, cumulative 1516; 2010 made with cumulative 1091.
        var pingtan2011 = Samples.Report("001-pingtan-county-2011");
        var pingtan2010 = LegacyYearBefore(pingtan2011);

        var check = CumulativeTotals.Recompute([pingtan2011, pingtan2010]);

        pingtan2010["legacy.proactive.total.cumulative"].Should().Be(CellValue.Of(1091));
        check.IsConsistent.Should().BeTrue();
        check.Breaks.Should().BeEmpty();
    }

    [Fact]
    public void Recompute_OnePrintedFigureOff_ListsThatYearOnly()
    {
        // 2016: 2342, 2017: 2550 (printed 2551 — one off), 2018: 2758 as the seed prints it.
        var reports = Seed2016To2018();
        reports[1] = With(reports[1], ("legacy.proactive.total.cumulative", 2551L));

        var check = CumulativeTotals.Recompute(reports);

        var difference = check.Differences.Should().ContainSingle().Subject;
        difference.Should().Be(new CumulativeDifference(2017, "proactive.total", false, 2551L, 2550L));
        difference.Cell.Should().Be(CellKey.Parse("legacy.proactive.total.cumulative"));
        difference.Difference.Should().Be(CellValue.Of(1));
        check.IsConsistent.Should().BeFalse();
        check.Breaks.Should().BeEmpty();
    }

    [Fact]
    public void Recompute_CumulativeRestatedFromOneYearOn_ListsEveryYearAfter()
    {
        // The chain goes on from the computed figure: a restated base shows in every following year.
        var reports = Seed2016To2018();
        reports[1] = With(reports[1], ("legacy.proactive.website.cumulative", 2500L));
        reports[2] = With(reports[2], ("legacy.proactive.website.cumulative", 2700L));

        var check = CumulativeTotals.Recompute(reports);

        check.Differences.Select(d => (d.Year, d.Row, d.Printed, d.Computed)).Should().Equal(
            (2017, "proactive.website", CellValue.Of(2500), CellValue.Of(2424)),
            (2018, "proactive.website", CellValue.Of(2700), CellValue.Of(2624)));
    }

    [Fact]
    public void Recompute_MissingYear_BreaksAndRestartsFromThePrintedFigure()
    {
        // 2016 and 2018 only: 2018's cumulative is not checked against 2016's (2017 is unknown), only restarted from.
        var reports = Seed2016To2018();
        var seed = With(reports[2], ("legacy.proactive.total.cumulative", 9999L));

        var check = CumulativeTotals.Recompute([reports[0], seed]);

        check.Differences.Should().BeEmpty();
        check.Breaks.Should().NotBeEmpty().And.AllSatisfy(b =>
        {
            b.Year.Should().Be(2018);
            b.Reason.Should().Be(CumulativeBreakReason.MissingYear);
            b.Restarted.Should().BeTrue();
        });
        check.Breaks.Select(b => b.Row).Should().Contain("proactive.total");
    }

    [Fact]
    public void Recompute_BlankAnnual_BreaksThenGoesOnFromThePrintedCumulative()
    {
        // 2017's annual 主动公开 is blank: 2017 cannot be computed; the chain restarts from 2017's printed 2550 and 2018
        // is checked against it (2018 printed off by 2 → listed).
        var reports = Seed2016To2018();
        reports[1] = With(reports[1], ("legacy.proactive.total.annual", CellValue.Blank));
        reports[2] = With(reports[2], ("legacy.proactive.total.cumulative", 2760L));

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().Equal(new CumulativeChainBreak(2017, "proactive.total", false, CumulativeBreakReason.BlankAnnual, Restarted: true));
        check.Differences.Should().Equal(new CumulativeDifference(2018, "proactive.total", false, 2760L, 2758L));
    }

    [Fact]
    public void Recompute_BlankAnnualAndBlankCumulative_ChainStopsUntilTheNextPrintedFigure()
    {
        var reports = Seed2016To2018();
        reports[1] = With(reports[1], ("legacy.proactive.total.annual", CellValue.Blank), ("legacy.proactive.total.cumulative", CellValue.Blank));
        reports[2] = With(reports[2], ("legacy.proactive.total.cumulative", 1L));

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().Equal(new CumulativeChainBreak(2017, "proactive.total", false, CumulativeBreakReason.BlankAnnual, Restarted: false));
        check.Differences.Should().BeEmpty("2018 starts a new chain: nothing to compare it with");
    }

    [Fact]
    public void Recompute_BlankCumulativeWhileTheChainRuns_NotComparedNotABreak()
    {
        var reports = Seed2016To2018();
        reports[1] = With(reports[1], ("legacy.proactive.total.cumulative", CellValue.Blank));

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().BeEmpty();
        check.Differences.Should().BeEmpty("2018 is checked against 2342 + 208 + 208 = 2758");
    }

    [Fact]
    public void Recompute_BlankCumulativeWhereTheChainWouldStart_Break()
    {
        var reports = Seed2016To2018();
        reports[0] = With(reports[0], ("legacy.proactive.total.cumulative", CellValue.Blank));

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().Equal(new CumulativeChainBreak(2016, "proactive.total", false, CumulativeBreakReason.BlankCumulative, Restarted: false));
        check.IsConsistent.Should().BeTrue();
    }

    [Fact]
    public void Recompute_RowAbsentOneYear_AnnualNotApplicableBreak()
    {
        // 2017 leaves 政府公报公开 out; 2018 prints it again and restarts the chain.
        var reports = Seed2016To2018();
        reports[1] = reports[1].ToBuilder().ExcludeRow("legacy", "proactive.gazette").Build();

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().Equal(new CumulativeChainBreak(2017, "proactive.gazette", false, CumulativeBreakReason.AnnualNotApplicable, Restarted: false));
    }

    [Fact]
    public void Recompute_RowsTheCatalogueDoesNotKnow_MatchedByLabel()
    {
        var reports = Seed2016To2018();
        reports[0] = reports[0].ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 3L, 10L)).Build();
        reports[1] = reports[1].ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 4L, 14L)).Build();
        reports[2] = reports[2].ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 5L, 20L)).Build();

        var check = CumulativeTotals.Recompute(reports);

        var difference = check.Differences.Should().ContainSingle().Subject;
        difference.Should().Be(new CumulativeDifference(2018, "依申请公开信息目录数", true, 20L, 19L));
        difference.Cell.Should().BeNull();
    }

    [Fact]
    public void Recompute_LabelPrintedTwiceInOneReport_AmbiguousBreak()
    {
        var reports = Seed2016To2018();
        reports[1] = reports[1].ToBuilder()
            .AddLegacyOtherRow(new LegacyOtherRow("政策解读数", 4L, 14L))
            .AddLegacyOtherRow(new LegacyOtherRow("政策解读数", 5L, 15L))
            .Build();

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Should().Equal(new CumulativeChainBreak(2017, "政策解读数", true, CumulativeBreakReason.AmbiguousLabel, Restarted: false));
    }

    [Fact]
    public void Recompute_NationalReports_Ignored()
    {
        var seed = Seed2018();
        var gaoqiao2019 = AsYear(Samples.Report("006-pingtan-zone-2019"), 2019, seed.Agency);

        var check = CumulativeTotals.Recompute([seed, gaoqiao2019]);

        check.Years.Should().Equal(2018);
        check.Differences.Should().BeEmpty();
        check.Breaks.Should().BeEmpty();
    }

    [Fact]
    public void Recompute_CumulativeOverflows_ThrowsOverflowException()
    {
        var reports = Seed2016To2018();
        reports[0] = With(reports[0], ("legacy.proactive.total.cumulative", CellValue.MaxWholeNumber));

        var act = () => CumulativeTotals.Recompute(reports);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Recompute_ReportsOfTwoAgencies_ThrowsArgumentException()
    {
        var act = () => CumulativeTotals.Recompute([Seed2018(), Samples.Report("001-pingtan-county-2011")]);

        act.Should().Throw<ArgumentException>();
    }
}
