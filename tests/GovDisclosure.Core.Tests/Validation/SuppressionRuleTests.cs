using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>A report's explained deviations (suppressions), GD0002 (unused) and GD0003 (unknown code).</summary>
public sealed class SuppressionRuleTests
{
    private const string Reason = "表四行政复议总计与各项之和的差异已在正文说明";

    /// <summary>Gets 淮安 2024 with 表四's reconsideration total printed as 315 instead of 351.</summary>
    private static AnnualReport Huaian315 => Sample(Huaian2024).With(("reviews.reconsideration.total", 315));

    public static TheoryData<string, string[]> MatchingSuppressions() => new()
    {
        { RuleCodes.ReviewsTotal, [] },
        { RuleCodes.ReviewsTotal, ["reviews.reconsideration.total"] },
        { RuleCodes.ReviewsTotal, ["reviews.litigationDirect.total", "reviews.reconsideration.pending"] },
        { "reviews.total.reconsideration", [] },
        { "reviews.total.reconsideration", ["reviews.reconsideration.total"] },
        { "reviews.total", [] },
        { "reviews.total", ["reviews.reconsideration.upheld"] },
    };

    [Theory]
    [MemberData(nameof(MatchingSuppressions))]
    public void Validate_SuppressionByCodeRelationOrStem_ExplainsTheFinding(string code, string[] cells)
    {
        var suppression = new Suppression(code, Cells(cells), Reason);
        var report = Huaian315.Change(b => b.AddSuppression(suppression));

        var result = Validate(report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.ReviewsTotal);
        finding.Severity.Should().Be(Severity.Error, "an explained finding keeps its severity");
        finding.IsExplained.Should().BeTrue();
        finding.Explanation.Should().Be(suppression);
        finding.Explanation!.Reason.Should().Be(Reason);
        finding.ToString().Should().StartWith("GD0204 error (explained): ");
        result.ErrorCount.Should().Be(0);
        result.ExplainedCount.Should().Be(1);
        result.IsValid.Should().BeTrue();
        result.Unexplained(Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SuppressionOnOtherCells_LeavesTheFindingAndIsUnused()
    {
        var suppression = new Suppression(RuleCodes.ReviewsTotal, Cells("reviews.litigationDirect.total"), Reason);

        var result = Validate(Huaian315.Change(b => b.AddSuppression(suppression)));

        result.Codes().Should().Equal(RuleCodes.ReviewsTotal, RuleCodes.UnusedSuppression);
        result.Findings[0].IsExplained.Should().BeFalse();
        result.ErrorCount.Should().Be(1);
        result.IsValid.Should().BeFalse();
        var unused = result.Findings[1];
        unused.Severity.Should().Be(Severity.Info);
        unused.Cells.Should().Equal(Cells("reviews.litigationDirect.total"));
        unused.GetMessage().Should().Be($"对 GD0204（reviews.litigationDirect.total）的说明未对应任何检查结果：“{Reason}”。");
        unused.GetMessage(DisplayLanguage.English).Should().Be($"The explanation for GD0204 (reviews.litigationDirect.total) matches no finding: \"{Reason}\".");
    }

    [Theory]
    [InlineData("reviews.total.litigationDirect")] // another relation of the family
    [InlineData("requests.columnTotal")] // another family
    [InlineData(RuleCodes.RequestsBalance)] // another rule
    public void Validate_SuppressionOfSomethingElse_LeavesTheFindingAndIsUnused(string code)
    {
        var result = Validate(Huaian315.Change(b => b.AddSuppression(new Suppression(code, [], Reason))));

        result.Codes().Should().Equal(RuleCodes.ReviewsTotal, RuleCodes.UnusedSuppression);
        result.Findings[0].IsExplained.Should().BeFalse();
        result.Findings[1].GetArgument("code").Should().Be(code);
    }

    [Fact]
    public void Validate_SuppressionOnACleanReport_GivesUnusedSuppressionInfo()
    {
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression("requests.balance.total", Cells("requests.carriedForward.total"), "103 件顺延至下年度办理")));

        var result = Validate(report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.UnusedSuppression);
        finding.Severity.Should().Be(Severity.Info);
        finding.IsExplained.Should().BeFalse();
        finding.GetMessage().Should().Be("对 requests.balance.total（requests.carriedForward.total）的说明未对应任何检查结果：“103 件顺延至下年度办理”。");
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_UnusedSuppressionWithoutCells_SaysItCoversAllCells()
    {
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明")));

        var finding = Validate(report).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.UnusedSuppression);
        finding.Cells.Should().BeEmpty();
        finding.GetArgument("cells").Should().Be("所有单元格");
        finding.GetArgument("cells", DisplayLanguage.English).Should().Be("all cells");
    }

    [Fact]
    public void Validate_UnusedSuppressionOfTwoCells_ListsThemSeparatedByCommas()
    {
        var cells = Cells("requests.carriedForward.total", "requests.carriedOver.total");
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression("requests.balance.total", cells, "说明")));

        var finding = Validate(report).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.UnusedSuppression);
        finding.GetArgument("cells").Should().Be("requests.carriedForward.total, requests.carriedOver.total");
        finding.Cells.Should().Equal(cells);
    }

    [Fact]
    public void Validate_UnusedCannotCheckSuppressionWithoutCells_IsReportedBySingleReportValidation()
    {
        // No cells: not a series suppression, whatever the cross-year relations read.
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.CannotCheck, [], "说明")));

        Validate(report).Codes().Should().Equal(RuleCodes.UnusedSuppression);
        ValidateSeries(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_UnusedCannotCheckSuppressionOfACrossYearAndAnotherCell_IsReportedBySingleReportValidation()
    {
        // 上年结转 is read across years, 未审结的直接起诉 is not: one cell outside the series makes it the report's.
        var cells = Cells("requests.carriedOver.total", "reviews.litigationDirect.pending");
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.CannotCheck, cells, "说明")));

        Validate(report).Codes().Should().Equal(RuleCodes.UnusedSuppression);
        ValidateSeries(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Unexplained_ResultWithAWarningAndAnInfo_GivesEachSeverityItsOwn()
    {
        var agency = new Agency("淮安市人民政府") { DivisionCode = new DivisionCode("320800"), Level = AgencyLevel.County };
        var report = Sample(Huaian2024).Change(b =>
        {
            b.Agency = agency;
            b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明"));
        });

        var result = Validate(report);

        result.Unexplained(Severity.Warning).Select(f => f.Code).Should().Equal(RuleCodes.DivisionCodeLevel);
        result.Unexplained(Severity.Info).Select(f => f.Code).Should().Equal(RuleCodes.UnusedSuppression);
        result.Unexplained(Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeedCategorySumExplained_IsListedWithTheReason()
    {
        // The seed's prose names six categories (198) of the 208 documents.
        var suppression = new Suppression("legacy.categorySum", Cells("legacy.proactive.total.annual"), "正文只列举了六类，其余 10 条未分类");

        var result = Validate(Sample(Seed).Change(b => b.AddSuppression(suppression)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.LegacyCategorySum);
        finding.Explanation.Should().Be(suppression);
        result.WarningCount.Should().Be(0);
        result.ExplainedCount.Should().Be(1);
    }

    [Fact]
    public void Validate_SuppressionOfCannotCheck_ExplainsIt()
    {
        var report = Sample(Huaian2024)
            .With(("reviews.litigationDirect.pending", CellValue.Blank))
            .Change(b => b.AddSuppression(new Suppression(RuleCodes.CannotCheck, Cells("reviews.litigationDirect.pending"), "尚未审结未填")));

        var result = Validate(report);

        result.Findings.Should().ContainSingle().Which.IsExplained.Should().BeTrue();
        result.InfoCount.Should().Be(0);
        result.ExplainedCount.Should().Be(1);
    }

    [Fact]
    public void Validate_MetadataFindingSuppressedByCode_IsExplained()
    {
        var report = Sample(Huaian2024).Change(b =>
        {
            b.Agency = new Agency("淮安市人民政府") { Kind = AgencyKind.Government, Level = AgencyLevel.Prefectural };
            b.PublishedOn = new DateOnly(2025, 4, 3);
            b.AddSuppression(new Suppression(RuleCodes.PublishedLate, [], "网站改版，延期发布"));
        });

        var result = Validate(report);

        result.Findings.Should().ContainSingle().Which.Should().Match<ValidationFinding>(f => f.Code == RuleCodes.PublishedLate && f.IsExplained);
        result.WarningCount.Should().Be(0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0003 unknown code
    // ---------------------------------------------------------------------------------------------------------------
    [Theory]
    [InlineData("GD9999")]
    [InlineData("requests.balance.nobody")]
    [InlineData("requests.nothing")]
    [InlineData("legacy.categorySum")] // a relation of another format
    public void Validate_SuppressionOfUnknownCode_GivesUnknownCodeWarning(string code)
    {
        var result = Validate(Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(code, [], "说明"))));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.UnknownSuppressionCode);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetMessage().Should().Be($"说明引用了不存在的规则代码或关系：{code}。");
        finding.GetMessage(DisplayLanguage.English).Should().Be($"An explanation cites a code or relation that does not exist: {code}.");
    }

    [Fact]
    public void ValidateSeries_SuppressionOfUnknownCode_IsReportedOnlyByTheSingleReportValidation()
    {
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression("GD9999", [], "说明")));

        ValidateSeries(report).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Series rules
    // ---------------------------------------------------------------------------------------------------------------
    [Theory]
    [InlineData(RuleCodes.SeriesCarryOver)]
    [InlineData("series.carryOver.total")]
    [InlineData("series.carryOver")]
    [InlineData(RuleCodes.SeriesMissingYear)]
    public void Validate_SuppressionOfASeriesRule_IsNotReportedUnusedByTheSingleReportValidation(string code)
    {
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(code, [], "上年报告结转数有误，本年已更正")));

        Validate(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_SuppressionOfCarryOver_ExplainsTheSeriesFinding()
    {
        var previous = Sample(Huaian2024).Change(b =>
        {
            b.Year = 2023;
            b["requests.carriedForward.naturalPerson"] = 30;
            b["requests.carriedForward.total"] = 30;
            b["proactive.regulations.inForce"] = 10;
            b["proactive.normativeDocuments.inForce"] = 84;
        });
        var current = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression("series.carryOver", Cells("requests.carriedOver.total"), "上年报告结转数有误，本年已更正")));

        var result = ValidateSeries(previous, current);

        result.RelationIds().Should().Equal("series.carryOver.naturalPerson", "series.carryOver.total");
        result.Findings[0].IsExplained.Should().BeFalse("the suppression names the total column only");
        result.Findings[1].IsExplained.Should().BeTrue();
        result.WarningCount.Should().Be(1);
        result.ExplainedCount.Should().Be(1);
    }

    [Fact]
    public void ValidateSeries_SeriesSuppressionWithoutFinding_IsReportedUnused()
    {
        var current = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.SeriesCarryOver, [], "说明")));

        var result = ValidateSeries(current);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.UnusedSuppression);
        finding.GetArgument("code").Should().Be(RuleCodes.SeriesCarryOver);
    }

    [Fact]
    public void ValidateSeries_ReportSuppressionWithoutFinding_IsNotReportedBySeriesValidation()
    {
        var current = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明")));

        ValidateSeries(current).Findings.Should().BeEmpty();
        Validate(current).Codes().Should().Equal(RuleCodes.UnusedSuppression);
    }

    [Fact]
    public void Validate_UnusedSuppressionRuleDisabled_GivesNoFinding()
    {
        var report = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明")));

        var result = Validate(report, ValidationTestKit.Options with { DisabledRules = [RuleCodes.UnusedSuppression] });

        result.Findings.Should().BeEmpty();
    }
}
