using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Rollup.HistoryTestReports;

namespace GovDisclosure.Tests.Rollup;

public sealed class AgencyHistoryTests
{
    private static readonly UnifiedSocialCreditCode CreditCode = UnifiedSocialCreditCode.Parse("11140800558745220K");

    [Fact]
    public void Build_PingtanZone2019And2024WithoutCodes_KeepsTwoAgencies()
    {
        // 平潭综合实验区管委会 (2019) and 平潭综合实验区管委会办公室 (2024): different names, no codes — never merged by guess.
        var histories = AgencyHistory.Build([PingtanZone2024(), PingtanZone2019()]);

        histories.Should().HaveCount(2);
        histories.Select(h => h.Key.Kind).Should().AllBeEquivalentTo(AgencyKeyKind.Name);
        histories.Select(h => h.AgencyName).Should().Equal("平潭综合实验区管委会", "平潭综合实验区管委会办公室");
        histories.Should().AllSatisfy(h => h.Reports.Should().ContainSingle());
    }

    [Fact]
    public void Build_SameCreditCodeUnderTwoNames_OneHistoryNamedByTheLatestReport()
    {
        var zone2019 = PingtanZone2019() with { Agency = PingtanZone2019().Agency with { CreditCode = CreditCode } };
        var zone2024 = PingtanZone2024() with { Agency = PingtanZone2024().Agency with { CreditCode = CreditCode } };

        var history = AgencyHistory.Build([zone2024, zone2019]).Should().ContainSingle().Subject;

        history.Key.Kind.Should().Be(AgencyKeyKind.CreditCode);
        history.AgencyName.Should().Be("平潭综合实验区管委会办公室");
        history.Reports.Select(r => r.Year).Should().Equal(2019, 2024);
        history.FirstYear.Should().Be(2019);
        history.LastYear.Should().Be(2024);
        history.MissingYears.Should().Equal(2020, 2021, 2022, 2023);
        history.Find(2024).Should().BeSameAs(zone2024);
        history.Find(2020).Should().BeNull();
    }

    [Fact]
    public void Build_TwoReportsOfOneAgencyOnOneYear_ThrowsDuplicateReportException()
    {
        var first = PingtanZone2019();
        var second = first with { SourceUrl = "https://www.pingtan.gov.cn/report-2019-copy.html" };

        var act = () => AgencyHistory.Build([first, PingtanZone2024(), second]);

        var exception = act.Should().Throw<DuplicateReportException>().Which;
        exception.Key.Should().Be(AgencyKey.Of(first));
        exception.Year.Should().Be(2019);
        exception.First.Should().Be(ReportIdentity.Of(first));
        exception.Second.Should().Be(ReportIdentity.Of(second));
        exception.Message.Should().Contain("name:平潭综合实验区管委会").And.Contain("2019").And.Contain("平潭综合实验区管委会 2019").And.Contain("national2019");
    }

    [Fact]
    public void Build_NoReport_NoHistory() =>
        AgencyHistory.Build([]).Should().BeEmpty();

    [Fact]
    public void Build_ManyAgencies_OrderedByKeyText()
    {
        var histories = AgencyHistory.Build([PingtanZone2024(), Seed2018(), PingtanZone2019()]);

        histories.Select(h => h.Key.ToString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Of_ReportsOfTwoAgencies_ThrowsArgumentException()
    {
        var act = () => AgencyHistory.Of([PingtanZone2019(), PingtanZone2024()]);

        act.Should().Throw<ArgumentException>().WithMessage("*more than one agency*");
    }

    [Fact]
    public void Of_NoReport_ThrowsArgumentException()
    {
        var act = () => AgencyHistory.Of([]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void GetSeries_ConsecutiveNationalYears_ChangeAndGrowthFromTheYearBefore()
    {
        // 2019 as printed (新收 23); 2020 the same report with 新收 46.
        var zone2019 = PingtanZone2019();
        var zone2020 = With(AsYear(zone2019, 2020), ("requests.newlyReceived.total", 46L));
        var history = AgencyHistory.Of([zone2020, zone2019]);

        var series = history.GetSeries(KeyIndicator.RequestsReceived);

        series.Should().HaveCount(2);
        series[0].Should().Be(new IndicatorPoint(2019, ReportFormat.National2019, KeyIndicator.RequestsReceived, 23L, null, CellValue.NotApplicable));
        series[0].Change.Should().Be(CellValue.NotApplicable);
        series[0].GrowthRate.Should().BeNull();
        series[1].Should().Be(new IndicatorPoint(2020, ReportFormat.National2019, KeyIndicator.RequestsReceived, 46L, 2019, 23L));
        series[1].Change.Should().Be(CellValue.Of(23));
        series[1].GrowthRate.Should().Be(1m);
    }

    [Fact]
    public void GetSeries_FormatChange2020To2021_ComparesTheKeyIndicators()
    {
        // 2020 in the 2019 format (新收 23, as 2019 printed), 2021 in the 2021 format with 2024's figures (新收 218).
        var zone2019 = PingtanZone2019();
        var zone2020 = AsYear(zone2019, 2020);
        var zone2021 = AsYear(PingtanZone2024(), 2021, zone2019.Agency);
        var history = AgencyHistory.Of([zone2020, zone2021]);

        var received = history.GetSeries(KeyIndicator.RequestsReceived)[1];
        var lawsuits = history.GetSeries(KeyIndicator.Lawsuits)[1];

        received.Format.Should().Be(ReportFormat.National2021);
        received.PreviousYear.Should().Be(2020);
        received.Change.Should().Be(CellValue.Of(218 - 23));
        received.GrowthRate.Should().Be(195m / 23m);
        lawsuits.Previous.Should().Be(CellValue.Of(0));
        lawsuits.Value.Should().Be(CellValue.Of(19));
        lawsuits.Change.Should().Be(CellValue.Of(19));
        lawsuits.GrowthRate.Should().BeNull("the previous value is 0: no growth rate, never infinity");
    }

    [Fact]
    public void GetSeries_FormatChange2018To2019_IndicatorsTheLegacyFormatCannotGiveHaveNoChange()
    {
        var seed = Seed2018();
        var gaoqiao2019 = AsYear(PingtanZone2019(), 2019, seed.Agency);
        var history = AgencyHistory.Of([seed, gaoqiao2019]);

        var received = history.GetSeries(KeyIndicator.RequestsReceived)[1];
        var carriedOver = history.GetSeries(KeyIndicator.RequestsCarriedOver)[1];
        var proactive = history.GetSeries(KeyIndicator.ProactivelyDisclosed);

        received.Previous.Should().Be(CellValue.Of(0));
        received.Change.Should().Be(CellValue.Of(23));
        received.GrowthRate.Should().BeNull("from 0 there is no growth rate");
        carriedOver.Value.Should().Be(CellValue.Of(0));
        carriedOver.PreviousYear.Should().Be(2018);
        carriedOver.Previous.Should().Be(CellValue.NotApplicable, "the legacy format has no 上年结转");
        carriedOver.Change.Should().Be(CellValue.NotApplicable);
        carriedOver.GrowthRate.Should().BeNull();
        proactive[0].Value.Should().Be(CellValue.Of(208));
        proactive[1].Value.Should().Be(CellValue.NotApplicable, "the national tables have no proactive total");
        proactive[1].Change.Should().Be(CellValue.NotApplicable);
        proactive[1].GrowthRate.Should().BeNull();
    }

    [Fact]
    public void GetSeries_MissingYear_NoChangeAcrossTheGap()
    {
        var zone2019 = PingtanZone2019();
        var zone2021 = AsYear(PingtanZone2024(), 2021, zone2019.Agency);
        var history = AgencyHistory.Of([zone2019, zone2021]);

        var point = history.GetSeries(KeyIndicator.RequestsReceived)[1];

        history.MissingYears.Should().Equal(2020);
        point.Value.Should().Be(CellValue.Of(218));
        point.PreviousYear.Should().BeNull();
        point.Previous.Should().Be(CellValue.NotApplicable);
        point.Change.Should().Be(CellValue.NotApplicable);
        point.GrowthRate.Should().BeNull();
    }

    [Fact]
    public void GetSeries_BlankValue_ChangeBlankAndGrowthAbsent()
    {
        var zone2019 = PingtanZone2019();
        var zone2020 = With(AsYear(zone2019, 2020), ("requests.newlyReceived.total", CellValue.Blank));
        var zone2021 = AsYear(PingtanZone2024(), 2021, zone2019.Agency);
        var history = AgencyHistory.Of([zone2019, zone2020, zone2021]);

        var series = history.GetSeries(KeyIndicator.RequestsReceived);

        series[1].Value.Should().Be(CellValue.Blank);
        series[1].Change.Should().Be(CellValue.Blank);
        series[1].GrowthRate.Should().BeNull();
        series[2].Previous.Should().Be(CellValue.Blank, "blank is not 0");
        series[2].Change.Should().Be(CellValue.Blank);
        series[2].GrowthRate.Should().BeNull();
    }

    [Fact]
    public void GetSeries_DerivedIndicatorWithABlankCell_Blank()
    {
        // 不予公开 adds eight rows: one blank row makes the indicator blank, never a partial sum.
        var zone2019 = PingtanZone2019();
        var zone2020 = With(AsYear(zone2019, 2020), ("requests.deniedStateSecret.total", CellValue.Blank));
        var history = AgencyHistory.Of([zone2019, zone2020]);

        var point = history.GetSeries(KeyIndicator.Denied)[1];

        point.Previous.Should().Be(CellValue.Of(0));
        point.Value.Should().Be(CellValue.Blank);
        point.GrowthRate.Should().BeNull();
    }

    [Fact]
    public void GetSeries_GrowthRate_KeepsDecimalPrecision()
    {
        var zone2019 = PingtanZone2019();
        var zone2020 = With(AsYear(zone2019, 2020), ("requests.newlyReceived.total", 24L));
        var history = AgencyHistory.Of([zone2019, zone2020]);

        var growth = history.GetSeries(KeyIndicator.RequestsReceived)[1].GrowthRate;

        growth.Should().Be(1m / 23m);
        growth!.Value.Scale.Should().BeGreaterThan(20, "decimal precision, not a double rounded to 15 digits");
    }

    [Fact]
    public void GetSeries_UnknownIndicator_ThrowsArgumentOutOfRange()
    {
        var history = AgencyHistory.Of([PingtanZone2019()]);

        var act = () => history.GetSeries((KeyIndicator)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DuplicateReportException_StandardConstructors_CarryTheMessage()
    {
        new DuplicateReportException().Message.Should().NotBeEmpty();
        new DuplicateReportException("two reports").Message.Should().Be("two reports");
        var inner = new InvalidOperationException("inner");
        new DuplicateReportException("two reports", inner).InnerException.Should().BeSameAs(inner);
    }
}
