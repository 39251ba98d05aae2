using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The rules across one agency's years (GD0401–GD0405), built from the real sample reports.</summary>
public sealed class SeriesRuleTests
{
    /// <summary>Gets 淮安 2024 as printed.</summary>
    private static AnnualReport Huaian2024Report => Sample(Huaian2024);

    /// <summary>
    /// Gets a 2023 report of 淮安 that agrees with the 2024 one: it carried forward the 34 requests (all from natural
    /// persons) that 2024 carried over, and had 10 rules and 84 normative documents in force (2024: 10 + 1 − 0 = 11,
    /// 84 + 8 − 26 = 66).
    /// </summary>
    private static AnnualReport Huaian2023 => Sample(Huaian2024).Change(b =>
    {
        b.Year = 2023;
        b["requests.carriedForward.naturalPerson"] = 34;
        b["requests.carriedForward.total"] = 34;
        b["proactive.regulations.inForce"] = 10;
        b["proactive.normativeDocuments.inForce"] = 84;
    });

    [Fact]
    public void ValidateSeries_HuaianYearsThatAgree_GivesNoFinding()
    {
        ValidateSeries(Huaian2023, Huaian2024Report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_NoOrOneReport_GivesNoFinding()
    {
        ValidateSeries().Findings.Should().BeEmpty();
        ValidateSeries(Huaian2024Report).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0401 carry-over
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void ValidateSeries_CarriedOverDiffersFromLastYearsCarriedForward_GivesCarryOverWarningPerColumn()
    {
        var previous = Huaian2023.With(("requests.carriedForward.naturalPerson", 30), ("requests.carriedForward.total", 30));

        var result = ValidateSeries(previous, Huaian2024Report);

        result.Codes().Should().Equal(RuleCodes.SeriesCarryOver, RuleCodes.SeriesCarryOver);
        result.RelationIds().Should().Equal("series.carryOver.naturalPerson", "series.carryOver.total");
        var column = result.Findings[0];
        column.Severity.Should().Be(Severity.Warning);
        column.Cells.Should().Equal(Cells("requests.carriedOver.naturalPerson", "requests.carriedForward.naturalPerson"));
        column.Actual.Should().Be(CellValue.Of(34));
        column.Expected.Should().Be(CellValue.Of(30));
        column.Report!.Year.Should().Be(2024, "a series finding is about the later report");
        column.GetMessage().Should().Be("表三“自然人”列：上年结转为 34，而 2023 年度报告的结转下年度继续办理为 30（差 4）。");
        column.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, column 'Natural persons': carried over is 34, but the 2023 report carried forward 30 (difference 4).");
        result.IsValid.Should().BeTrue();
        result.WarningCount.Should().Be(2);
    }

    [Fact]
    public void ValidateSeries_HuaianReprintedAsTheYearBefore_GivesCarryOverAndInForceFindings()
    {
        // The 2024 figures under 2023 too: 103 carried forward, 11 and 66 in force.
        var result = ValidateSeries(Huaian2024Report.Change(b => b.Year = 2023), Huaian2024Report);

        result.Codes().Should().Equal(RuleCodes.SeriesCarryOver, RuleCodes.SeriesCarryOver, RuleCodes.SeriesInForce, RuleCodes.SeriesInForce);
        result.Findings.Select(f => (f.Actual, f.Expected)).Should().Equal(
            (CellValue.Of(34), CellValue.Of(103)),
            (CellValue.Of(34), CellValue.Of(103)),
            (CellValue.Of(11), CellValue.Of(11 + 1 - 0)),
            (CellValue.Of(66), CellValue.Of(66 + 8 - 26)));
        result.Findings[1].GetArgument("difference").Should().Be("-69");
    }

    [Fact]
    public void ValidateSeries_National2019In2020ThenNational2021In2021_ComparesTheSameCellKeys()
    {
        // 平潭 2019 (national2019) carried forward nothing; as 2020, followed by 平潭 2024 (national2021) as 2021.
        var previous = Sample(Pingtan2019).Change(b => b.Year = 2020);
        var current = Sample(Pingtan2024).Change(b => b.Year = 2021);

        ValidateSeries(previous, current).Findings.Should().BeEmpty("all carried forward and carried over are 0; 现行有效件数 is not in the 2019 table");

        var broken = ValidateSeries(previous.With(("requests.carriedForward.naturalPerson", 5), ("requests.carriedForward.total", 5)), current);

        broken.Codes().Should().Equal(RuleCodes.SeriesCarryOver, RuleCodes.SeriesCarryOver);
        broken.RelationIds().Should().Equal("series.carryOver.naturalPerson", "series.carryOver.total");
        broken.Findings[1].Actual.Should().Be(CellValue.Of(0));
        broken.Findings[1].Expected.Should().Be(CellValue.Of(5));
        broken.Findings[1].Cells.Should().Equal(Cells("requests.carriedOver.total", "requests.carriedForward.total"));
        broken.Findings[1].GetMessage().Should().Be("表三“总计”列：上年结转为 0，而 2020 年度报告的结转下年度继续办理为 5（差 -5）。");
    }

    [Fact]
    public void ValidateSeries_National2019WithinItsYears_ChecksCarryOver()
    {
        var previous = Sample(Pingtan2019).With(("requests.carriedForward.total", 3));
        var current = Sample(Pingtan2019).Change(b => b.Year = 2020);

        var result = ValidateSeries(previous, current);

        result.RelationIds().Should().Equal("series.carryOver.total");
        result.Findings[0].GetArgument("previousYear").Should().Be("2019");
    }

    [Fact]
    public void ValidateSeries_LegacyThenNational_NoRelationApplies()
    {
        // 高桥镇 2018 (legacy) then 平潭 2019 (national2019): no cell of one is a cell of the other.
        ValidateSeries(Sample(Seed), Sample(Pingtan2019)).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_LastYearsCarriedForwardBlank_GivesCannotCheckNamingThePreviousCell()
    {
        var previous = Huaian2023.With(("requests.carriedForward.total", CellValue.Blank));

        var result = ValidateSeries(previous, Huaian2024Report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.CannotCheck);
        finding.Severity.Should().Be(Severity.Info);
        finding.RelationId.Should().Be("series.carryOver.total");
        finding.Actual.Should().Be(CellValue.Of(34));
        finding.Expected.IsBlank.Should().BeTrue();
        finding.GetArgument("blankCells").Should().Be("previous:requests.carriedForward.total");
        finding.GetMessage().Should().Be(
            "无法核对 series.carryOver.total（本年“上年结转” = 上年“结转下年度继续办理”）：previous:requests.carriedForward.total 为空白，空白不按 0 计。");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0402 in force
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void ValidateSeries_NormativeDocumentsInForceDoNotFollow_GivesInForceInfo()
    {
        var previous = Huaian2023.With(("proactive.normativeDocuments.inForce", 80));

        var result = ValidateSeries(previous, Huaian2024Report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.SeriesInForce);
        finding.Severity.Should().Be(Severity.Info);
        finding.RelationId.Should().Be("series.inForce.normativeDocuments");
        finding.Cells.Should().Equal(Cells(
            "proactive.normativeDocuments.inForce", "proactive.normativeDocuments.issued", "proactive.normativeDocuments.repealed"));
        finding.Actual.Should().Be(CellValue.Of(66));
        finding.Expected.Should().Be(CellValue.Of(80 + 8 - 26));
        finding.GetMessage().Should().Be("表二“行政规范性文件”：现行有效件数为 66，而 2023 年度现行有效件数 + 本年制发 − 本年废止 = 62（差 4；修改等情形可致不一致）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 2, 'Administrative normative documents': 66 in force, but the 2023 figure + issued − repealed = 62 (difference 4; amendments can explain this).");
        result.IsValid.Should().BeTrue();
        result.InfoCount.Should().Be(1);
    }

    [Fact]
    public void ValidateSeries_Pingtan2024InForceFollowsFrom2023_Holds()
    {
        // 平潭 2024: 62 issued, 33 repealed, 440 in force; 411 in force at the end of 2023.
        var previous = Sample(Pingtan2024).Change(b =>
        {
            b.Year = 2023;
            b["proactive.normativeDocuments.inForce"] = 411;
        });

        ValidateSeries(previous, Sample(Pingtan2024)).Findings.Should().BeEmpty();
        ValidateSeries(previous.With(("proactive.normativeDocuments.inForce", 412)), Sample(Pingtan2024)).Codes().Should().Equal(RuleCodes.SeriesInForce);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0403 legacy cumulative
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void ValidateSeries_Pingtan2011Then2012ThatAddsUp_GivesNoFinding()
    {
        ValidateSeries(Sample(Pingtan2011), Pingtan2012()).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_CumulativeNotLastYearsPlusThisYears_GivesCumulativeWarning()
    {
        var result = ValidateSeries(Sample(Pingtan2011), Pingtan2012().With(("legacy.proactive.total.cumulative", 1861)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.SeriesCumulative);
        finding.Severity.Should().Be(Severity.Warning);
        finding.RelationId.Should().Be("series.cumulative.proactive.total");
        finding.Cells.Should().Equal(Cells("legacy.proactive.total.cumulative", "legacy.proactive.total.annual"));
        finding.Actual.Should().Be(CellValue.Of(1861));
        finding.Expected.Should().Be(CellValue.Of(1516 + 300));
        finding.GetMessage().Should().Be("统计表“主动公开文件数”：历年累计为 1861，而 2011 年度历年累计 + 本年度 = 1816（差 45）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Statistics table, 'Information proactively disclosed': the cumulative figure is 1861, but the 2011 cumulative + this year's = 1816 (difference 45).");
    }

    [Fact]
    public void ValidateSeries_Pingtan2011ReprintedAs2012_GivesCumulativeWarningForEveryRowWithFigures()
    {
        var result = ValidateSeries(Sample(Pingtan2011), Sample(Pingtan2011).Change(b => b.Year = 2012));

        result.Codes().Should().OnlyContain(c => c == RuleCodes.SeriesCumulative);
        result.RelationIds().Should().Equal("series.cumulative.proactive.total", "series.cumulative.proactive.website", "series.cumulative.proactive.gazette");
        result.Findings.Select(f => f.GetArgument("difference")).Should().Equal("-425", "-418", "-7");
    }

    [Fact]
    public void ValidateSeries_SeedAfterA2017ThatAddsUp_GivesNoFinding()
    {
        var previous = Sample(Seed).Change(b =>
        {
            b.Year = 2017;
            b["legacy.proactive.total.cumulative"] = 2758 - 208;
            b["legacy.proactive.website.cumulative"] = 2624 - 200;
        });

        ValidateSeries(previous, Sample(Seed)).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_RowPrintedOnlyThisYear_IsNotCompared()
    {
        // 2012 prints 信函、传真申请数 (5 in all), which 2011 did not print.
        var current = Pingtan2012().With(("legacy.requests.letterOrFax.annual", 0), ("legacy.requests.letterOrFax.cumulative", 5));

        ValidateSeries(Sample(Pingtan2011), current).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0404 missing year, GD0405 duplicate year
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void ValidateSeries_Pingtan2019And2024_GivesMissingYearWarningsOnTheLaterReport()
    {
        var result = ValidateSeries(Sample(Pingtan2019), Sample(Pingtan2024));

        result.Codes().Should().Equal(Enumerable.Repeat(RuleCodes.SeriesMissingYear, 4));
        result.Findings.Select(f => f.GetArgument("missingYear")).Should().Equal("2020", "2021", "2022", "2023");
        result.Findings.Should().OnlyContain(f => f.Severity == Severity.Warning && f.Report!.Year == 2024 && f.Cells.IsEmpty);
        result.Findings[0].GetMessage().Should().Be("缺少 2020 年度报告（已有 2019–2024 年度）。");
        result.Findings[0].GetMessage(DisplayLanguage.English).Should().Be("No report for 2020 (the reports run from 2019 to 2024).");
    }

    [Fact]
    public void ValidateSeries_GapOfOneYear_DoesNotCompareAcrossTheGap()
    {
        // 2022's carried forward (103) is not 2024's carried over (34), but 2023 is missing: nothing to compare.
        var result = ValidateSeries(Huaian2024Report.Change(b => b.Year = 2022), Huaian2024Report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.SeriesMissingYear);
        finding.GetArgument("missingYear").Should().Be("2023");
    }

    [Fact]
    public void ValidateSeries_GapBeforeADuplicatedYear_GivesTheMissingYearOnce()
    {
        // 2022, then two reports for 2024: 2023 is missing once, not once for each 2024 report.
        var result = ValidateSeries(Huaian2024Report.Change(b => b.Year = 2022), Huaian2024Report, Huaian2024Report);

        var missing = result.Findings.Where(f => f.Code == RuleCodes.SeriesMissingYear).Should().ContainSingle().Subject;
        missing.GetArgument("missingYear").Should().Be("2023");
        result.Findings.Count(f => f.Code == RuleCodes.SeriesDuplicateYear).Should().Be(2);
    }

    [Fact]
    public void ValidateSeries_TwoReportsForOneYear_GivesDuplicateYearErrorAndNoPairChecks()
    {
        // The 2023 report as printed would disagree with 2024 (103 carried forward), but 2024 has two reports.
        var previous = Huaian2024Report.Change(b => b.Year = 2023);

        var result = ValidateSeries(previous, Huaian2024Report, Huaian2024Report);

        result.Codes().Should().Equal(RuleCodes.SeriesDuplicateYear, RuleCodes.SeriesDuplicateYear);
        var finding = result.Findings[0];
        finding.Severity.Should().Be(Severity.Error);
        finding.Report!.Year.Should().Be(2024);
        finding.GetMessage().Should().Be("同一单位 2024 年度有 2 份报告。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("2 reports for the same agency and year 2024.");
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void ValidateSeries_DuplicatedPreviousYear_GivesNoPairChecksIntoTheNextYear()
    {
        var previous = Huaian2024Report.Change(b => b.Year = 2023);

        var result = ValidateSeries(previous, previous, Huaian2024Report);

        result.Codes().Should().Equal(RuleCodes.SeriesDuplicateYear, RuleCodes.SeriesDuplicateYear);
        result.Findings.Should().OnlyContain(f => f.GetArgument("year", DisplayLanguage.Chinese) == "2023");
    }

    [Fact]
    public void ValidateSeries_ThreeReportsForOneYear_FlagsEveryOneOfThemWhateverTheOrder()
    {
        var result = ValidateSeries(Huaian2024Report, Huaian2024Report, Huaian2024Report);

        result.Codes().Should().Equal(RuleCodes.SeriesDuplicateYear, RuleCodes.SeriesDuplicateYear, RuleCodes.SeriesDuplicateYear);
        result.Findings.Should().OnlyContain(f => f.GetArgument("count", DisplayLanguage.Chinese) == "3");
    }

    [Fact]
    public void ValidateSeries_ReportsInAnyOrder_GiveTheSameFindings()
    {
        var y2021 = Huaian2024Report.Change(b => b.Year = 2021);
        var y2022 = Huaian2024Report.Change(b => b.Year = 2022);
        var y2024 = Huaian2024Report;

        var ordered = ValidateSeries(y2021, y2022, y2024);
        var shuffled = ValidateSeries(y2024, y2021, y2022);

        ordered.Codes().Should().Equal(
            RuleCodes.SeriesCarryOver, RuleCodes.SeriesCarryOver, RuleCodes.SeriesInForce, RuleCodes.SeriesInForce, RuleCodes.SeriesMissingYear);
        ordered.Findings.Select(f => f.Report!.Year).Should().Equal(2022, 2022, 2022, 2022, 2024);
        shuffled.Findings.Should().Equal(ordered.Findings);
    }

    [Fact]
    public void Validate_SingleReport_RunsNoSeriesRule()
    {
        var result = Validate(Huaian2024Report);

        result.Findings.Select(f => f.Rule.Scope).Should().NotContain(RuleScope.Series);
        result.Findings.Should().BeEmpty();
    }

    /// <summary>平潭 2012, built on the 2011 report: 300 more documents (290 on the website, 10 in the gazette), no requests.</summary>
    private static AnnualReport Pingtan2012() => Sample(Pingtan2011).Change(b =>
    {
        b.Year = 2012;
        b["legacy.proactive.total.annual"] = 300;
        b["legacy.proactive.total.cumulative"] = 1516 + 300;
        b["legacy.proactive.website.annual"] = 290;
        b["legacy.proactive.website.cumulative"] = 1509 + 290;
        b["legacy.proactive.gazette.annual"] = 10;
        b["legacy.proactive.gazette.cumulative"] = 7 + 10;
    });
}
