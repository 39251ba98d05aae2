using FluentAssertions;
using GovDisclosure.Rollup;
using static GovDisclosure.Tests.Rollup.HistoryTestReports;

namespace GovDisclosure.Tests.Rollup;

public sealed class CarryForwardTests
{
    [Fact]
    public void StartNextYear_National2020_National2021WithTheCarryOverPerColumn()
    {
        // 2020 in the 2019 format, 结转下年度: 自然人 3, 商业企业 blank, 总计 3.
        var zone2020 = With(
            AsYear(PingtanZone2019(), 2020),
            ("requests.carriedForward.naturalPerson", 3L),
            ("requests.carriedForward.commercialEnterprise", CellValue.Blank),
            ("requests.carriedForward.total", 3L));

        var draft = CarryForward.StartNextYear(zone2020);
        var next = draft.Builder.Build();

        draft.Previous.Should().BeSameAs(zone2020);
        next.Year.Should().Be(2021);
        next.Format.Should().Be(ReportFormat.National2021);
        next.Agency.Should().Be(zone2020.Agency);
        next["requests.carriedOver.naturalPerson"].Should().Be(CellValue.Of(3));
        next["requests.carriedOver.commercialEnterprise"].Should().Be(CellValue.Blank, "a blank stays blank");
        next["requests.carriedOver.researchInstitution"].Should().Be(CellValue.Of(0));
        next["requests.carriedOver.total"].Should().Be(CellValue.Of(3));
        draft.Notes.Should().BeEmpty();
        draft.CumulativeStart.Should().BeEmpty();
    }

    [Fact]
    public void StartNextYear_National_NothingElsePrefilled()
    {
        var zone2019 = PingtanZone2019();

        var next = CarryForward.StartNextYear(zone2019).Builder.Build();

        next.Year.Should().Be(2020);
        next.Format.Should().Be(ReportFormat.National2019);
        next.PublishedOn.Should().BeNull();
        next.SourceUrl.Should().BeNull();
        next.Sections.Should().BeEmpty();
        next.Suppressions.Should().BeEmpty();
        next.Breakdowns.Should().Be(ReportBreakdowns.Empty);
        next.MoneyUnits.Should().BeEmpty();
        next.Definition.Cells.Where(c => next[c].IsReported).Select(c => c.Row.Key).Should().AllBe("carriedOver");
        next.Definition.Cells.Count(c => next[c].IsReported).Should().Be(7, "the seven columns of 上年结转, all 0 as 2019 printed");
    }

    [Fact]
    public void StartNextYear_National2024_National2021()
    {
        var draft = CarryForward.StartNextYear(PingtanZone2024());

        draft.Builder.Year.Should().Be(2025);
        draft.Builder.Format.Should().Be(ReportFormat.National2021);
        draft.Builder["requests.carriedOver.total"].Should().Be(CellValue.Of(0));
    }

    [Fact]
    public void StartNextYear_Legacy2018_National2019WithoutCarryOverAndSaysSo()
    {
        var draft = CarryForward.StartNextYear(Seed2018());
        var next = draft.Builder.Build();

        next.Year.Should().Be(2019);
        next.Format.Should().Be(ReportFormat.National2019);
        next.Agency.Name.Should().Be("沙县高桥镇人民政府");
        next.Cells.Should().NotContain(c => c.IsReported);
        next["requests.carriedOver.total"].Should().Be(CellValue.Blank, "the legacy format has no 结转下年度: never 0");
        draft.Notes.Should().ContainSingle().Which.Should().Contain("requests.carriedOver").And.Contain("legacy");
        draft.CumulativeStart.Should().BeEmpty();
    }

    [Fact]
    public void StartNextYear_Legacy2017_KeepsTheCumulativeStartOutOfTheCells()
    {
        var seed = Seed2018();
        var gaoqiao2017 = LegacyYearBefore(seed);

        var draft = CarryForward.StartNextYear(gaoqiao2017);

        draft.Builder.Format.Should().Be(ReportFormat.Legacy);
        draft.Builder.Year.Should().Be(2018);
        draft.Notes.Should().BeEmpty();
        draft.CumulativeStart[CellKey.Parse("legacy.proactive.total.cumulative")].Should().Be(CellValue.Of(2550));
        draft.CumulativeStart.Should().HaveCount(15, "the seed prints 15 indicators with a cumulative");
        draft.CumulativeStart.Keys.Should().AllSatisfy(k => k.Column.Should().Be("cumulative"));
        draft.Builder.Build().Cells.Should().NotContain(c => c.IsReported, "starting points are not figures of the new year");
    }

    [Fact]
    public void CompleteCumulative_AnnualFiguresEntered_CumulativeIsStartPlusAnnual()
    {
        // Entering 2018's annual figures into the draft started from 2017 gives back the seed's printed cumulatives.
        var seed = Seed2018();
        var draft = CarryForward.StartNextYear(LegacyYearBefore(seed));
        foreach (var cell in seed.Definition.Cells.Where(c => c.Column.Key == "annual" && seed[c].IsReported))
        {
            draft.Builder[cell.Key] = seed[cell];
        }

        var filled = draft.CompleteCumulative();

        filled.Should().HaveCount(15).And.BeInAscendingOrder();
        foreach (var key in filled)
        {
            draft.Builder[key].Should().Be(seed[key], key.ToString());
        }
    }

    [Fact]
    public void CompleteCumulative_BlankOrMissingAnnual_LeavesTheCumulativeUnfilled()
    {
        var draft = CarryForward.StartNextYear(LegacyYearBefore(Seed2018()));
        draft.Builder["legacy.proactive.total.annual"] = CellValue.Blank;
        draft.Builder["legacy.proactive.website.annual"] = 200L;
        draft.Builder["legacy.proactive.gazette.annual"] = 0L;
        draft.Builder["legacy.proactive.gazette.cumulative"] = 5L;

        var filled = draft.CompleteCumulative();

        filled.Should().Equal(CellKey.Parse("legacy.proactive.website.cumulative"));
        draft.Builder["legacy.proactive.website.cumulative"].Should().Be(CellValue.Of(2624));
        draft.Builder["legacy.proactive.total.cumulative"].Should().Be(CellValue.Blank, "a blank annual gives no cumulative");
        draft.Builder["legacy.proactive.gazette.cumulative"].Should().Be(CellValue.Of(5), "a figure the preparer entered is kept");
        draft.Builder["legacy.requests.total.cumulative"].Should().Be(CellValue.NotApplicable, "no annual figure entered: the row is not added");
    }

    [Fact]
    public void StartNextYear_LegacyRowsTheCatalogueDoesNotKnow_StartingPointsByLabel()
    {
        var gaoqiao2017 = LegacyYearBefore(Seed2018()).ToBuilder()
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 4L, 14L))
            .AddLegacyOtherRow(new LegacyOtherRow("政策解读数", 1L, 2L))
            .AddLegacyOtherRow(new LegacyOtherRow("政策解读数", 3L, 4L))
            .Build();

        var draft = CarryForward.StartNextYear(gaoqiao2017);

        draft.OtherRowCumulativeStart.Should().Equal(
            new KeyValuePair<string, CellValue>("依申请公开信息目录数", 14L),
            new KeyValuePair<string, CellValue>("政策解读数", CellValue.Blank));
        draft.Builder.Build().LegacyOtherRows.Should().BeEmpty();
    }

    [Fact]
    public void StartNextYear_LastYearAReportMayCarry_ThrowsArgumentOutOfRange()
    {
        var last = AsYear(PingtanZone2024(), AnnualReport.MaxYear);

        var act = () => CarryForward.StartNextYear(last);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
