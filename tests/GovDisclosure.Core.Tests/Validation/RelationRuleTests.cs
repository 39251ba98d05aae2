using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The arithmetic relations within one report (GD0201–GD0214, GD0301), on the real sample reports with one figure changed.</summary>
public sealed class RelationRuleTests
{
    private static readonly string[] Applicants = ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "otherOrganization"];
    private static readonly string[] OtherSubRows = ["otherNoCorrection", "otherFeeUnpaid", "otherOther"];

    [Theory]
    [InlineData(Pingtan2011)]
    [InlineData(Pingtan2019)]
    [InlineData(Huaian2024)]
    [InlineData(Pingtan2024)]
    public void Validate_SampleAsPrinted_GivesNoFinding(string id)
    {
        var result = Validate(Sample(id));

        result.Findings.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_WhenASideSumsPast18Digits_GivesSumOutOfRangeInsteadOfThrowing()
    {
        // Each figure fits in a cell; the six applicant columns together do not fit in 18 digits.
        var report = Sample(Huaian2024).With(
            ("requests.newlyReceived.naturalPerson", CellValue.MaxWholeNumber),
            ("requests.newlyReceived.commercialEnterprise", CellValue.MaxWholeNumber));

        var result = Validate(report);

        // The row's total and the natural persons' balance (34 carried over) cannot be added up; enterprises carried none over.
        result.WithCode(RuleCodes.SumOutOfRange).Select(f => f.RelationId).Should().BeEquivalentTo(
            "requests.columnTotal.newlyReceived", "requests.balance.naturalPerson");
        var finding = result.WithCode(RuleCodes.SumOutOfRange).Single(f => f.RelationId == "requests.columnTotal.newlyReceived");
        finding.Severity.Should().Be(Severity.Error);
        finding.Cells.Should().Contain(CellKey.Parse("requests.newlyReceived.naturalPerson"));
        finding.GetMessage(DisplayLanguage.English).Should().Contain("more than 18 significant digits");
        result.IsValid.Should().BeFalse();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // requests.balance (GD0201)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_HuaianNewlyReceivedRaisedInColumnAndTotal_GivesBalanceErrorsPerColumn()
    {
        // 3001 → 3010 for natural persons, and the row total 3119 → 3128 with it: the row still adds up, the balance does not.
        var report = Sample(Huaian2024).With(("requests.newlyReceived.naturalPerson", 3010), ("requests.newlyReceived.total", 3128));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.RequestsBalance, RuleCodes.RequestsBalance);
        result.RelationIds().Should().Equal("requests.balance.naturalPerson", "requests.balance.total");
        var column = result.Findings[0];
        column.Severity.Should().Be(Severity.Error);
        column.Cells.Should().Equal(Cells(
            "requests.newlyReceived.naturalPerson", "requests.carriedOver.naturalPerson", "requests.resultsTotal.naturalPerson", "requests.carriedForward.naturalPerson"));
        column.Actual.Should().Be(CellValue.Of(3010 + 34));
        column.Expected.Should().Be(CellValue.Of(2932 + 103));
        column.GetMessage().Should().Be("表三“自然人”列：本年新收 + 上年结转 = 3044，而（七）总计 + 结转下年度继续办理 = 3035（差 9）。");
        column.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, column 'Natural persons': newly received + carried over = 3044, but results total + carried forward = 3035 (difference 9).");
        var total = result.Findings[1];
        total.Actual.Should().Be(CellValue.Of(3128 + 34));
        total.Expected.Should().Be(CellValue.Of(3050 + 103));
        total.GetMessage().Should().Be("表三“总计”列：本年新收 + 上年结转 = 3162，而（七）总计 + 结转下年度继续办理 = 3153（差 9）。");
        result.ErrorCount.Should().Be(2);
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_HuaianCarriedOverTotalMistyped_GivesBalanceAndRowTotalErrors()
    {
        // One printed cell changed (34 → 43) breaks the column's balance and the row's total.
        var result = Validate(Sample(Huaian2024).With(("requests.carriedOver.total", 43)));

        result.Codes().Should().Equal(RuleCodes.RequestsBalance, RuleCodes.RequestsColumnTotal);
        result.RelationIds().Should().Equal("requests.balance.total", "requests.columnTotal.carriedOver");
        result.Findings[0].Actual.Should().Be(CellValue.Of(3119 + 43));
        result.Findings[0].Expected.Should().Be(CellValue.Of(3050 + 103));
        result.Findings[0].GetArgument("difference").Should().Be("9");
        result.Findings[1].Actual.Should().Be(CellValue.Of(43));
        result.Findings[1].Expected.Should().Be(CellValue.Of(34));
        result.Findings[1].GetMessage().Should().Be("表三“二、上年结转政府信息公开申请数量”行：总计为 43，而六类申请人之和为 34（差 9）。");
        result.Findings[1].GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, row 'II. Requests carried over from last year': the total is 43, but the six applicant columns add up to 34 (difference 9).");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // requests.resultsTotal (GD0202)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_HuaianGrantedRaisedInColumnAndTotal_GivesResultsTotalErrors()
    {
        // 予以公开: 1288 → 1289 natural persons, 1362 → 1363 in total; （七）总计 stays 2932 / 3050.
        var report = Sample(Huaian2024).With(("requests.granted.naturalPerson", 1289), ("requests.granted.total", 1363));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.RequestsResultsTotal, RuleCodes.RequestsResultsTotal);
        result.RelationIds().Should().Equal("requests.resultsTotal.naturalPerson", "requests.resultsTotal.total");
        var column = result.Findings[0];
        column.Severity.Should().Be(Severity.Error);
        column.Actual.Should().Be(CellValue.Of(2932));
        column.Expected.Should().Be(CellValue.Of(2933));
        column.Cells.Should().HaveCount(1 + 2 + 8 + 3 + 5 + 3, "the total, （一）（二）, 8 denied, 3 unavailable, 5 not processed and the 3 other rows")
            .And.StartWith(CellKey.Parse("requests.resultsTotal.naturalPerson"))
            .And.Contain(Cells("requests.granted.naturalPerson", "requests.otherOther.naturalPerson"))
            .And.NotContain(CellKey.Parse("requests.otherHandling.naturalPerson"));
        column.GetMessage().Should().Be("表三“自然人”列：（七）总计为 2932，而（一）至（六）各项之和为 2933（差 -1）。");
        column.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, column 'Natural persons': the results total (7) is 2932, but outcomes (1) to (6) add up to 2933 (difference -1).");
        result.Findings[1].Actual.Should().Be(CellValue.Of(3050));
        result.Findings[1].Expected.Should().Be(CellValue.Of(3051));
    }

    [Fact]
    public void Validate_HuaianGrantedTotalMistyped_GivesResultsTotalAndRowTotalErrors()
    {
        var result = Validate(Sample(Huaian2024).With(("requests.granted.total", 1326)));

        result.Codes().Should().Equal(RuleCodes.RequestsResultsTotal, RuleCodes.RequestsColumnTotal);
        result.RelationIds().Should().Equal("requests.resultsTotal.total", "requests.columnTotal.granted");
        result.Findings[0].Actual.Should().Be(CellValue.Of(3050));
        result.Findings[0].Expected.Should().Be(CellValue.Of(3050 - 36));
        result.Findings[0].GetMessage().Should().Be("表三“总计”列：（七）总计为 3050，而（一）至（六）各项之和为 3014（差 36）。");
        result.Findings[1].Actual.Should().Be(CellValue.Of(1326));
        result.Findings[1].Expected.Should().Be(CellValue.Of(1362));
        result.Findings[1].GetMessage().Should().Be("表三“（一）予以公开”行：总计为 1326，而六类申请人之和为 1362（差 -36）。");
    }

    [Fact]
    public void Validate_Pingtan2019OtherHandlingRaised_ResultsTotalAddsTheSingleRow()
    {
        // national2019: （六）其他处理 is one row; 0 → 2 in the natural-person column and in the total.
        var report = Sample(Pingtan2019).With(("requests.otherHandling.naturalPerson", 2), ("requests.otherHandling.total", 2));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.RequestsResultsTotal, RuleCodes.RequestsResultsTotal);
        result.RelationIds().Should().Equal("requests.resultsTotal.naturalPerson", "requests.resultsTotal.total");
        result.Findings[1].Actual.Should().Be(CellValue.Of(23));
        result.Findings[1].Expected.Should().Be(CellValue.Of(7 + 1 + 7 + 5 + 3 + 2));
        result.Findings[1].Cells.Should().Contain(CellKey.Parse("requests.otherHandling.total")).And.HaveCount(1 + 2 + 8 + 3 + 5 + 1);
        result.Findings[1].GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, column 'Total': the results total (7) is 23, but outcomes (1) to (6) add up to 25 (difference -2).");
    }

    [Fact]
    public void Validate_Huaian2021WithSingleOtherHandlingRow_Passes()
    {
        var report = WithSingleOtherHandlingRow(Sample(Huaian2024));

        var result = Validate(report);

        report["requests.otherHandling.total"].Should().Be(CellValue.Of(71 + 6 + 110));
        report["requests.otherOther.total"].IsApplicable.Should().BeFalse();
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_Huaian2021SingleOtherHandlingRowMistyped_ResultsTotalUsesThatRow()
    {
        var report = WithSingleOtherHandlingRow(Sample(Huaian2024)).With(("requests.otherHandling.total", 178));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.RequestsResultsTotal, RuleCodes.RequestsColumnTotal);
        result.RelationIds().Should().Equal("requests.resultsTotal.total", "requests.columnTotal.otherHandling");
        var total = result.Findings[0];
        total.Actual.Should().Be(CellValue.Of(3050));
        total.Expected.Should().Be(CellValue.Of(3050 - 187 + 178));
        total.Cells.Should().HaveCount(1 + 2 + 8 + 3 + 5 + 1)
            .And.Contain(CellKey.Parse("requests.otherHandling.total"))
            .And.NotContain(Cells("requests.otherNoCorrection.total", "requests.otherFeeUnpaid.total", "requests.otherOther.total"));
        total.GetMessage().Should().Be("表三“总计”列：（七）总计为 3050，而（一）至（六）各项之和为 3041（差 9）。");
        result.Findings[1].Actual.Should().Be(CellValue.Of(178));
        result.Findings[1].Expected.Should().Be(CellValue.Of(187));
        result.Findings[1].GetMessage().Should().Be("表三“（六）其他处理”行：总计为 178，而六类申请人之和为 187（差 -9）。");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // requests.columnTotal (GD0203)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_HuaianRequestMovedBetweenOutcomeRows_GivesRowTotalErrorsOnly()
    {
        // One natural person's request moved from （二）部分公开 to （一）予以公开 without the row totals: the column still adds up.
        var report = Sample(Huaian2024).With(("requests.granted.naturalPerson", 1289), ("requests.partiallyGranted.naturalPerson", 446));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.RequestsColumnTotal, RuleCodes.RequestsColumnTotal);
        result.RelationIds().Should().Equal("requests.columnTotal.granted", "requests.columnTotal.partiallyGranted");
        var granted = result.Findings[0];
        granted.Severity.Should().Be(Severity.Error);
        granted.Cells.Should().Equal(Cells(
            "requests.granted.total",
            "requests.granted.naturalPerson",
            "requests.granted.commercialEnterprise",
            "requests.granted.researchInstitution",
            "requests.granted.publicInterestOrganization",
            "requests.granted.legalServiceAgency",
            "requests.granted.otherOrganization"));
        granted.Actual.Should().Be(CellValue.Of(1362));
        granted.Expected.Should().Be(CellValue.Of(1363));
        granted.GetMessage().Should().Be("表三“（一）予以公开”行：总计为 1362，而六类申请人之和为 1363（差 -1）。");
        granted.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 3, row '(1) Granted': the total is 1362, but the six applicant columns add up to 1363 (difference -1).");
        result.Findings[1].Actual.Should().Be(CellValue.Of(454));
        result.Findings[1].Expected.Should().Be(CellValue.Of(453));
        result.Findings[1].GetArgument("difference").Should().Be("1");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // reviews.total (GD0204)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_HuaianReconsiderationTotalTransposed_GivesReviewsTotalError()
    {
        var result = Validate(Sample(Huaian2024).With(("reviews.reconsideration.total", 315)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.ReviewsTotal);
        finding.Severity.Should().Be(Severity.Error);
        finding.RelationId.Should().Be("reviews.total.reconsideration");
        finding.Cells.Should().Equal(Cells(
            "reviews.reconsideration.total",
            "reviews.reconsideration.upheld",
            "reviews.reconsideration.corrected",
            "reviews.reconsideration.other",
            "reviews.reconsideration.pending"));
        finding.Actual.Should().Be(CellValue.Of(315));
        finding.Expected.Should().Be(CellValue.Of(72 + 64 + 178 + 37));
        finding.GetMessage().Should().Be("表四“行政复议”：总计为 315，而结果维持、结果纠正、其他结果、尚未审结之和为 351（差 -36）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 4, 'Administrative reconsideration': the total is 315, but upheld + corrected + other + pending add up to 351 (difference -36).");
        finding.Report!.AgencyName.Should().Be("淮安市人民政府");
        finding.Report.Year.Should().Be(2024);
        finding.IsExplained.Should().BeFalse();
        result.ErrorCount.Should().Be(1);
    }

    [Fact]
    public void Validate_Pingtan2024LawsuitsAfterReconsiderationTotalLow_GivesReviewsTotalError()
    {
        var result = Validate(Sample(Pingtan2024).With(("reviews.litigationAfterReconsideration.total", 18)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.ReviewsTotal);
        finding.RelationId.Should().Be("reviews.total.litigationAfterReconsideration");
        finding.Actual.Should().Be(CellValue.Of(18));
        finding.Expected.Should().Be(CellValue.Of(13 + 2 + 4 + 0));
        finding.GetMessage().Should().Be("表四“复议后起诉”：总计为 18，而结果维持、结果纠正、其他结果、尚未审结之和为 19（差 -1）。");
    }

    [Fact]
    public void Validate_Pingtan2019ReviewsPendingRaised_GivesReviewsTotalError()
    {
        var result = Validate(Sample(Pingtan2019).With(("reviews.litigationDirect.pending", 1)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.ReviewsTotal);
        finding.RelationId.Should().Be("reviews.total.litigationDirect");
        finding.Actual.Should().Be(CellValue.Of(0));
        finding.Expected.Should().Be(CellValue.Of(1));
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Table 4, 'Lawsuits without prior reconsideration': the total is 0, but upheld + corrected + other + pending add up to 1 (difference -1).");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // legacy.requestChannels (GD0211), legacy.responseOutcomes (GD0212)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_Pingtan2011CumulativeRequestsWithoutChannels_GivesRequestChannelsError()
    {
        var result = Validate(Sample(Pingtan2011).With(("legacy.requests.total.cumulative", 6)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.LegacyRequestChannels);
        finding.Severity.Should().Be(Severity.Error);
        finding.RelationId.Should().Be("legacy.requestChannels.cumulative");
        finding.Cells.Should().Equal(Cells(
            "legacy.requests.total.cumulative",
            "legacy.requests.inPerson.cumulative",
            "legacy.requests.online.cumulative",
            "legacy.requests.fax.cumulative",
            "legacy.requests.letter.cumulative",
            "legacy.requests.email.cumulative",
            "legacy.requests.otherChannels.cumulative"));
        finding.Actual.Should().Be(CellValue.Of(6));
        finding.Expected.Should().Be(CellValue.Of(0));
        finding.GetMessage().Should().Be("统计表（历年累计）：申请总数为 6，而所列各申请方式之和为 0（差 6）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Statistics table (Cumulative (since records began)): requests received are 6, but the channels printed add up to 0 (difference 6).");
    }

    [Fact]
    public void Validate_SeedRequestsReceivedByLetterOrFax_RequestChannelsHold()
    {
        // The seed prints 当面, 网络 and 信函、传真: two requests by letter or fax and in total hold.
        var report = Sample(Seed).With(
            ("legacy.requests.total.annual", 2),
            ("legacy.requests.total.cumulative", 2),
            ("legacy.requests.letterOrFax.annual", 2),
            ("legacy.requests.letterOrFax.cumulative", 2));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.LegacyCategorySum);
    }

    [Fact]
    public void Validate_Pingtan2011CumulativeResponsesWithoutOutcomes_GivesResponseOutcomesError()
    {
        var result = Validate(Sample(Pingtan2011).With(("legacy.responses.total.cumulative", 2)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.LegacyResponseOutcomes);
        finding.Severity.Should().Be(Severity.Error);
        finding.RelationId.Should().Be("legacy.responseOutcomes.cumulative");
        finding.Cells.Should().Equal(Cells(
            "legacy.responses.total.cumulative",
            "legacy.responses.granted.cumulative",
            "legacy.responses.partiallyGranted.cumulative",
            "legacy.responses.denied.cumulative"));
        finding.Actual.Should().Be(CellValue.Of(2));
        finding.Expected.Should().Be(CellValue.Of(0));
        finding.GetMessage().Should().Be("统计表（历年累计）：答复总数为 2，而所列各答复类型之和为 0（差 2）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Statistics table (Cumulative (since records began)): responses are 2, but the outcomes printed add up to 0 (difference 2).");
    }

    [Fact]
    public void Validate_SeedResponsesAnnualOutcomeRaised_GivesResponseOutcomesAndCumulativeErrors()
    {
        // One printed cell (同意公开答复数, 本年度 0 → 1) breaks the sum of outcomes and 本年度 ≤ 历年累计.
        var result = Validate(Sample(Seed).With(("legacy.responses.granted.annual", 1)));

        result.RelationIds().Should().Equal(
            "legacy.responseOutcomes.annual",
            "legacy.partOf.responses.granted.annual",
            "legacy.cumulativeAtLeastAnnual.responses.granted",
            "legacy.categorySum");
        result.Codes().Should().Equal(
            RuleCodes.LegacyResponseOutcomes, RuleCodes.LegacyPartOf, RuleCodes.LegacyCumulativeAtLeastAnnual, RuleCodes.LegacyCategorySum);
        result.Findings[0].Actual.Should().Be(CellValue.Of(0));
        result.Findings[0].Expected.Should().Be(CellValue.Of(1));
        result.Findings[0].GetMessage().Should().Be("统计表（本年度）：答复总数为 0，而所列各答复类型之和为 1（差 -1）。");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // legacy.partOf (GD0213), legacy.cumulativeAtLeastAnnual (GD0214)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_SeedWebsiteAboveProactiveTotal_GivesPartOfError()
    {
        var result = Validate(Sample(Seed).With(("legacy.proactive.website.annual", 210)));

        result.Codes().Should().Equal(RuleCodes.LegacyPartOf, RuleCodes.LegacyCategorySum);
        var finding = result.Findings[0];
        finding.Severity.Should().Be(Severity.Error);
        finding.RelationId.Should().Be("legacy.partOf.proactive.website.annual");
        finding.Cells.Should().Equal(Cells("legacy.proactive.website.annual", "legacy.proactive.total.annual"));
        finding.Actual.Should().Be(CellValue.Of(210));
        finding.Expected.Should().Be(CellValue.Of(208));
        finding.GetMessage().Should().Be("统计表：“其中”项“政府网站公开数（本年度）”为 210，大于其所属项的 208。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Statistics table: the 'of which' row 'of which on the government website (This year)' is 210, more than the 208 of the row it is part of.");
    }

    [Fact]
    public void Validate_SeedWebsiteEqualToProactiveTotal_PartOfHolds()
    {
        var result = Validate(Sample(Seed).With(("legacy.proactive.website.annual", 208)));

        result.Codes().Should().Equal(RuleCodes.LegacyCategorySum);
    }

    [Fact]
    public void Validate_Pingtan2011GazetteCumulativeBelowAnnual_GivesCumulativeAtLeastAnnualError()
    {
        var result = Validate(Sample(Pingtan2011).With(("legacy.proactive.gazette.cumulative", 5)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.LegacyCumulativeAtLeastAnnual);
        finding.Severity.Should().Be(Severity.Error);
        finding.RelationId.Should().Be("legacy.cumulativeAtLeastAnnual.proactive.gazette");
        finding.Cells.Should().Equal(Cells("legacy.proactive.gazette.annual", "legacy.proactive.gazette.cumulative"));
        finding.Actual.Should().Be(CellValue.Of(7));
        finding.Expected.Should().Be(CellValue.Of(5));
        finding.GetMessage().Should().Be("统计表“政府公报公开数”：本年度 7 大于历年累计 5。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Statistics table, 'of which in the government gazette': the annual figure 7 exceeds the cumulative figure 5.");
    }

    [Fact]
    public void Validate_Pingtan2011GazetteCumulativeEqualToAnnual_Holds()
    {
        // As printed: 政府公报公开 7 this year and 7 in all.
        var report = Sample(Pingtan2011);

        report["legacy.proactive.gazette.cumulative"].Should().Be(report["legacy.proactive.gazette.annual"]);
        Validate(report).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // legacy.categorySum (GD0301)
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_SeedSixCategoriesOf208_GivesCategorySumWarning()
    {
        var result = Validate(Sample(Seed));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.LegacyCategorySum);
        finding.Severity.Should().Be(Severity.Warning);
        finding.RelationId.Should().Be("legacy.categorySum");
        finding.Cells.Should().Equal(Cells("legacy.proactive.total.annual"));
        finding.Actual.Should().Be(CellValue.Of(1 + 70 + 61 + 53 + 6 + 7));
        finding.Expected.Should().Be(CellValue.Of(208));
        finding.GetMessage().Should().Be("正文所列各类别主动公开数之和为 198，而统计表主动公开总数为 208（差 -10）。");
        result.IsValid.Should().BeTrue();
        result.WarningCount.Should().Be(1);
    }

    [Fact]
    public void Validate_SeedWithTheMissingTenInAnotherCategory_CategorySumHolds()
    {
        var report = Sample(Seed).Change(b => b.AddBreakdown(BreakdownKind.ProactiveByCategory, "其他类", 10));

        Validate(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_Pingtan2011WithoutProseCategories_CategorySumDoesNotApply()
    {
        Validate(Sample(Pingtan2011)).WithCode(RuleCodes.LegacyCategorySum).Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Every relation of every format, broken on its own
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_EveryNationalRowTotalRaisedByOne_GivesItsRowTotalErrorWithThatRow()
    {
        var report = Sample(Huaian2024);
        var rows = report.Definition.FindTable("requests")!.Rows.Where(r => report.TryGetCell(new CellKey("requests", r.Key, "total"), out var v) && v.IsApplicable).ToList();

        rows.Should().HaveCount(25);
        foreach (var row in rows)
        {
            var key = $"requests.{row.Key}.total";
            var changed = report.With((key, CellValue.Of(report[key].Value + 1)));

            var result = Validate(changed);

            result.WithCode(RuleCodes.RequestsColumnTotal).Should().ContainSingle()
                .Which.RelationId.Should().Be($"requests.columnTotal.{row.Key}");
            result.Findings.Should().HaveCount(
                    row.Key == "resultsTotal" ? 3 : 2,
                    "{0} is also in the balance or the results total of the total column (（七）总计 in both)",
                    key)
                .And.OnlyContain(f => f.Severity == Severity.Error && f.Cells.Contains(CellKey.Parse(key)));
        }
    }

    /// <summary>Prints Huaian's （六）其他处理 as one row (the 2019 layout inside the 2021 table), with the sums of its three sub-rows.</summary>
    private static AnnualReport WithSingleOtherHandlingRow(AnnualReport report) =>
        report.Change(b =>
        {
            var sums = Applicants.Append("total").ToDictionary(c => c, c => OtherSubRows.Sum(r => report[$"requests.{r}.{c}"].Value));
            foreach (var row in OtherSubRows)
            {
                foreach (var column in Applicants.Append("total"))
                {
                    b[$"requests.{row}.{column}"] = CellValue.Blank;
                }
            }

            foreach (var (column, sum) in sums)
            {
                b[$"requests.otherHandling.{column}"] = CellValue.Of(sum);
            }
        });
}
