using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Synthetic;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Catalog;

public sealed class RelationTests
{
    private const string Seed = "000-gaoqiao-township-2018";
    private const string Pingtan2011 = "001-pingtan-county-2011";
    private const string Pingtan2019 = "006-pingtan-zone-2019";
    private const string Huaian2024 = "007-huaian-city-2024";
    private const string Pingtan2024 = "010-pingtan-zone-2024";

    [Fact]
    public void HoldsOrDoesNotApply_IsTrueOnlyWhereEvaluateGivesNoFinding_AndForTheRelationsThatHoldOnWholeCounts()
    {
        // Generated reports of every format, a tenth with planted errors (totals that do not add up), the samples, and
        // a report whose sums leave 18 digits.
        var overflowing = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));
        overflowing.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, CellValue.MaxWholeNumber);
        overflowing.Set(RequestRow.NewlyReceived, Applicant.CommercialEnterprise, CellValue.MaxWholeNumber);
        var reports = new ReportGenerator(new GeneratorOptions { Agencies = 60, FirstYear = 2014, LastYear = 2023, ErrorShare = 0.1, Seed = 3 })
            .Generate()
            .Concat(Samples.AllCases.Select(Samples.Report))
            .Append(overflowing.Build())
            .ToList();
        int quick = 0, full = 0;
        var outcomes = new HashSet<RelationOutcome>();

        foreach (var report in reports)
        {
            foreach (var relation in report.Definition.Relations.Where(r => !r.IsCrossYear))
            {
                var outcome = relation.Evaluate(report).Outcome;
                outcomes.Add(outcome);
                if (relation.HoldsOrDoesNotApply(report))
                {
                    outcome.Should().BeOneOf([RelationOutcome.Holds, RelationOutcome.NotApplicable], "relation {0} of {1} gives no finding", relation.Id, report);
                    quick++;
                }
                else
                {
                    full++;
                }
            }
        }

        outcomes.Should().Contain([RelationOutcome.Holds, RelationOutcome.NotApplicable, RelationOutcome.Violated, RelationOutcome.CannotCheck, RelationOutcome.OutOfRange]);
        quick.Should().BeGreaterThan(full, "most relations are of counts and hold");
    }

    [Fact]
    public void Evaluate_WhenASideSumsPast18Digits_GivesOutOfRangeInsteadOfThrowing()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));
        builder.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, CellValue.MaxWholeNumber);
        builder.Set(RequestRow.NewlyReceived, Applicant.CommercialEnterprise, CellValue.MaxWholeNumber);
        builder.Set(RequestRow.NewlyReceived, Applicant.Total, 1);
        var report = builder.Build();
        var relation = report.Definition.FindRelation("requests.columnTotal.newlyReceived")!;

        var check = relation.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.OutOfRange);
        check.Left.IsApplicable.Should().BeFalse("a sum beyond 18 digits is no cell value");
    }

    [Theory]
    [InlineData(Pingtan2019)]
    [InlineData(Huaian2024)]
    [InlineData(Pingtan2024)]
    public void Evaluate_ExactRelationsOnNationalSample_Hold(string id)
    {
        var report = Samples.Report(id);

        var checks = report.Definition.Relations.Where(r => r.Strength == RelationStrength.Exact).Select(r => r.Evaluate(report)).ToList();

        checks.Should().OnlyContain(c => c.Outcome == RelationOutcome.Holds || c.Outcome == RelationOutcome.NotApplicable);
        checks.Where(c => c.Outcome == RelationOutcome.NotApplicable).Select(c => c.Relation.Id).Should().BeEquivalentTo(
            report.Format == ReportFormat.National2021 ? ["requests.columnTotal.otherHandling"] : Array.Empty<string>(),
            "only the row of the （六） layout that the report does not use is missing");
        checks.Count(c => c.Outcome == RelationOutcome.Holds).Should().Be(report.Format == ReportFormat.National2021 ? 7 + 7 + 25 + 3 : 7 + 7 + 23 + 3);
    }

    [Fact]
    public void Evaluate_HuaianBalanceTotal_HoldsWithThePrintedFigures()
    {
        var report = Samples.Report(Huaian2024);

        var check = report.Definition.FindRelation("requests.balance.total")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Left.Should().Be(CellValue.Of(3119 + 34));
        check.Right.Should().Be(CellValue.Of(3050 + 103));
    }

    [Fact]
    public void Evaluate_Pingtan2024ReviewsTotal_HoldsEvenThoughLawsuitsAfterReconsiderationExceedReconsiderations()
    {
        var report = Samples.Report(Pingtan2024);

        var afterReconsideration = report.Definition.FindRelation("reviews.total.litigationAfterReconsideration")!.Evaluate(report);
        var reconsideration = report.Definition.FindRelation("reviews.total.reconsideration")!.Evaluate(report);

        afterReconsideration.Outcome.Should().Be(RelationOutcome.Holds);
        afterReconsideration.Left.Should().Be(CellValue.Of(19));
        reconsideration.Outcome.Should().Be(RelationOutcome.Holds);
        reconsideration.Right.Should().Be(CellValue.Of(7));
    }

    [Fact]
    public void Evaluate_Pingtan2019ResultsTotal_UsesTheSingleOtherHandlingRow()
    {
        var report = Samples.Report(Pingtan2019);
        var relation = report.Definition.FindRelation("requests.resultsTotal.total")!;

        var check = relation.Evaluate(report);

        relation.Right.Select(t => t.Cell!.Value.Row).Should().Contain("otherHandling").And.NotContain("otherOther");
        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Right.Should().Be(CellValue.Of(7 + 1 + 7 + 5 + 3));
    }

    [Theory]
    [InlineData(Seed)]
    [InlineData(Pingtan2011)]
    public void Evaluate_ExactRelationsOnLegacySample_HoldOrDoNotApply(string id)
    {
        var report = Samples.Report(id);

        var checks = report.Definition.Relations.Where(r => r.Strength == RelationStrength.Exact).Select(r => r.Evaluate(report)).ToList();

        checks.Should().OnlyContain(c => c.Outcome == RelationOutcome.Holds || c.Outcome == RelationOutcome.NotApplicable);
        checks.Should().Contain(c => c.Relation.Id == "legacy.requestChannels.annual" && c.Outcome == RelationOutcome.Holds);
        checks.Should().Contain(c => c.Relation.Id == "legacy.partOf.proactive.website.annual" && c.Outcome == RelationOutcome.Holds);
        checks.Should().Contain(c => c.Relation.Id == "legacy.cumulativeAtLeastAnnual.proactive.total" && c.Outcome == RelationOutcome.Holds);
    }

    [Fact]
    public void Evaluate_SeedCategorySum_IsViolatedAs198Of208()
    {
        var report = Samples.Report(Seed);

        var check = report.Definition.FindRelation("legacy.categorySum")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.Violated, "the seed's six prose categories add up to 198, not 208: reported, never fixed");
        check.Left.Should().Be(CellValue.Of(198));
        check.Right.Should().Be(CellValue.Of(208));
    }

    [Fact]
    public void Evaluate_SeedNonCrossYearRelations_AllHoldOrDoNotApplyExceptTheCategorySum()
    {
        var report = Samples.Report(Seed);

        var failing = report.Definition.Relations.Where(r => !r.IsCrossYear).Select(r => r.Evaluate(report))
            .Where(c => c.Outcome is not (RelationOutcome.Holds or RelationOutcome.NotApplicable))
            .Select(c => c.Relation.Id);

        failing.Should().Equal("legacy.categorySum");
    }

    [Fact]
    public void Evaluate_Pingtan2011CategorySum_DoesNotApplyWithoutAProseBreakdown()
    {
        var report = Samples.Report(Pingtan2011);

        report.Definition.FindRelation("legacy.categorySum")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_Pingtan2011RequestChannels_AddsTheSixChannelsPrinted()
    {
        var report = Samples.Report(Pingtan2011);

        var check = report.Definition.FindRelation("legacy.requestChannels.cumulative")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Right.Should().Be(CellValue.Of(0));
    }

    [Fact]
    public void Evaluate_BlankOperand_CannotCheck()
    {
        var report = Samples.Report(Huaian2024).ToBuilder().Set(CellKey.Parse("requests.granted.naturalPerson"), CellValue.Blank).Build();

        var resultsTotal = report.Definition.FindRelation("requests.resultsTotal.naturalPerson")!.Evaluate(report);
        var columnTotal = report.Definition.FindRelation("requests.columnTotal.granted")!.Evaluate(report);
        var untouched = report.Definition.FindRelation("requests.resultsTotal.commercialEnterprise")!.Evaluate(report);

        resultsTotal.Outcome.Should().Be(RelationOutcome.CannotCheck);
        resultsTotal.Right.IsBlank.Should().BeTrue("a blank is never read as 0");
        resultsTotal.Left.Should().Be(CellValue.Of(2932));
        columnTotal.Outcome.Should().Be(RelationOutcome.CannotCheck);
        untouched.Outcome.Should().Be(RelationOutcome.Holds);
    }

    [Fact]
    public void Evaluate_BlankTotal_CannotCheck()
    {
        var report = Samples.Report(Pingtan2024).ToBuilder().Set(CellKey.Parse("reviews.reconsideration.total"), CellValue.Blank).Build();

        var check = report.Definition.FindRelation("reviews.total.reconsideration")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.CannotCheck);
        check.Left.IsBlank.Should().BeTrue();
        check.Right.Should().Be(CellValue.Of(7));
    }

    [Fact]
    public void Evaluate_LegacyIndicatorNotPrinted_DoesNotApply()
    {
        var report = Samples.Report(Seed);

        report.Definition.FindRelation("legacy.partOf.proactive.weibo.annual")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.NotApplicable);
        report.Definition.FindRelation("legacy.cumulativeAtLeastAnnual.fees.collected")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.NotApplicable);
        report.Definition.FindRelation("legacy.requestChannels.yearToDate")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_LegacyTotalWithoutAnyChannelRow_DoesNotApply()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.requests.total.annual"), 5)
            .Build();

        var check = report.Definition.FindRelation("legacy.requestChannels.annual")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.NotApplicable);
        check.Left.Should().Be(CellValue.Of(5));
        check.Right.IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_LegacyChannelsNotAddingUp_IsViolated()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.requests.total.annual"), 5)
            .Set(CellKey.Parse("legacy.requests.inPerson.annual"), 2)
            .Set(CellKey.Parse("legacy.requests.online.annual"), 2)
            .Build();

        var check = report.Definition.FindRelation("legacy.requestChannels.annual")!.Evaluate(report);

        check.Outcome.Should().Be(RelationOutcome.Violated);
        check.Right.Should().Be(CellValue.Of(4));
    }

    [Fact]
    public void Evaluate_OfWhichRowAboveItsParent_IsViolated()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.proactive.total.annual"), 10)
            .Set(CellKey.Parse("legacy.proactive.website.annual"), 11)
            .Build();

        report.Definition.FindRelation("legacy.partOf.proactive.website.annual")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.Violated);
    }

    [Fact]
    public void Evaluate_2021ReportUsingTheSingleOtherHandlingRow_ChecksTheResultsTotalWithIt()
    {
        var huaian = Samples.Report(Huaian2024);
        var builder = huaian.ToBuilder();
        foreach (var column in Enum.GetValues<Applicant>())
        {
            builder.Set(RequestRow.OtherNoCorrection, column, CellValue.Blank)
                .Set(RequestRow.OtherFeeUnpaid, column, CellValue.Blank)
                .Set(RequestRow.OtherOther, column, CellValue.Blank);
        }

        foreach (var column in Enum.GetValues<Applicant>())
        {
            builder.Set(RequestRow.OtherHandling, column, huaian.Requests.GetSubtotal(RequestSubtotal.OtherHandlingTotal, column));
        }

        var report = builder.Build();
        var check = report.Definition.FindRelation("requests.resultsTotal.total")!.Evaluate(report);

        report.Requests[RequestRow.OtherHandling, Applicant.Total].Should().Be(CellValue.Of(187));
        report.Requests[RequestRow.OtherOther, Applicant.Total].IsApplicable.Should().BeFalse();
        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Right.Should().Be(CellValue.Of(3050));
        report.Definition.FindRelation("requests.columnTotal.otherHandling")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.Holds);
        report.Definition.FindRelation("requests.columnTotal.otherOther")!.Evaluate(report).Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_CrossYearWithoutPreviousReport_DoesNotApply()
    {
        var report = Samples.Report(Huaian2024);

        var checks = report.Definition.Relations.Where(r => r.IsCrossYear).Select(r => r.Evaluate(report)).ToList();

        checks.Should().NotBeEmpty();
        checks.Should().OnlyContain(c => c.Outcome == RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_SeriesCarryOverBetweenConsecutiveReports_Holds()
    {
        var current = Samples.Report(Huaian2024);
        var previous = PreviousYearOf(current);

        var checks = current.Definition.Relations.Where(r => r.Stem == "series.carryOver").Select(r => r.Evaluate(current, previous)).ToList();

        checks.Should().HaveCount(7);
        checks.Should().OnlyContain(c => c.Outcome == RelationOutcome.Holds);
        checks.Single(c => c.Relation.Id == "series.carryOver.total").Right.Should().Be(CellValue.Of(34));
    }

    [Fact]
    public void Evaluate_SeriesCarryOverWithADifferentFigure_IsViolated()
    {
        var current = Samples.Report(Huaian2024);
        var previous = PreviousYearOf(current).ToBuilder().Set(CellKey.Parse("requests.carriedForward.total"), 35).Build();

        var check = current.Definition.FindRelation("series.carryOver.total")!.Evaluate(current, previous);

        check.Outcome.Should().Be(RelationOutcome.Violated);
        check.Left.Should().Be(CellValue.Of(34));
        check.Right.Should().Be(CellValue.Of(35));
        current.Definition.FindRelation("series.carryOver.naturalPerson")!.Evaluate(current, previous).Outcome.Should().Be(RelationOutcome.Holds);
    }

    [Fact]
    public void Evaluate_SeriesCarryOverFrom2019FormatTo2021Format_ComparesTheSameKeys()
    {
        var current = AnnualReport.CreateBuilder(ReportFormat.National2021, 2021, new Agency("某市人民政府"))
            .Set(RequestRow.CarriedOver, Applicant.Total, 4)
            .Build();
        var previous = AnnualReport.CreateBuilder(ReportFormat.National2019, 2020, new Agency("某市人民政府"))
            .Set(RequestRow.CarriedForward, Applicant.Total, 4)
            .Build();

        current.Definition.FindRelation("series.carryOver.total")!.Evaluate(current, previous).Outcome.Should().Be(RelationOutcome.Holds);
    }

    [Fact]
    public void Evaluate_SeriesCarryOverAfterALegacyReport_DoesNotApply()
    {
        var current = Samples.Report(Pingtan2019);
        var previous = Samples.Report(Seed);

        current.Definition.FindRelation("series.carryOver.total")!.Evaluate(current, previous).Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_SeriesInForceWithSubtraction_Holds()
    {
        // 平潭 2024: 行政规范性文件 issued 62, repealed 33, in force 440, so 411 were in force at the end of 2023.
        var current = Samples.Report(Pingtan2024);
        var previous = InForce2023(411);

        var check = current.Definition.FindRelation("series.inForce.normativeDocuments")!.Evaluate(current, previous);

        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Left.Should().Be(CellValue.Of(440));
        check.Right.Should().Be(CellValue.Of(411 + 62 - 33));
        current.Definition.FindRelation("series.inForce.regulations")!.Evaluate(current, previous).Outcome.Should().Be(RelationOutcome.Holds);
    }

    [Fact]
    public void Evaluate_SeriesInForceWithADifferentFigure_IsViolated()
    {
        var current = Samples.Report(Pingtan2024);

        var check = current.Definition.FindRelation("series.inForce.normativeDocuments")!.Evaluate(current, InForce2023(412));

        check.Outcome.Should().Be(RelationOutcome.Violated);
        check.Right.Should().Be(CellValue.Of(441));
    }

    [Fact]
    public void Evaluate_SeriesInForceAfterA2019FormatReport_DoesNotApply()
    {
        // The 2019 format has no 现行有效件数 column: last year's figure is unknown, so the relation cannot be checked
        // (leaving the term out would compare 440 with 62 − 33).
        var current = Samples.Report(Pingtan2024);
        var previous = AnnualReport.CreateBuilder(ReportFormat.National2019, 2020, new Agency(current.Agency.Name))
            .Set(ProactiveRow.NormativeDocuments, ProactiveColumn.TotalPublished, 400)
            .Build();

        var check = current.Definition.FindRelation("series.inForce.normativeDocuments")!.Evaluate(current, previous);

        check.Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_SeriesInForceWithBlankIssued_CannotCheck()
    {
        var current = Samples.Report(Pingtan2024).ToBuilder()
            .Set(ProactiveRow.NormativeDocuments, ProactiveColumn.Issued, CellValue.Blank)
            .Build();

        current.Definition.FindRelation("series.inForce.normativeDocuments")!.Evaluate(current, InForce2023(411)).Outcome.Should().Be(RelationOutcome.CannotCheck);
    }

    [Fact]
    public void Evaluate_SeriesCumulativeForLegacy_Holds()
    {
        // 高桥镇 2018: 主动公开文件数 208 this year, 2758 cumulatively, so 2550 cumulatively at the end of 2017.
        var current = Samples.Report(Seed);
        var previous = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2017, current.Agency)
            .Set(CellKey.Parse("legacy.proactive.total.annual"), 150)
            .Set(CellKey.Parse("legacy.proactive.total.cumulative"), 2550)
            .Build();

        var check = current.Definition.FindRelation("series.cumulative.proactive.total")!.Evaluate(current, previous);

        check.Outcome.Should().Be(RelationOutcome.Holds);
        check.Left.Should().Be(CellValue.Of(2758));
        check.Right.Should().Be(CellValue.Of(2550 + 208));
    }

    [Fact]
    public void Evaluate_SeriesCumulativeWithAWrongCumulative_IsViolated()
    {
        var current = Samples.Report(Seed);
        var previous = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2017, current.Agency)
            .Set(CellKey.Parse("legacy.proactive.total.cumulative"), 2500)
            .Build();

        current.Definition.FindRelation("series.cumulative.proactive.total")!.Evaluate(current, previous).Outcome.Should().Be(RelationOutcome.Violated);
    }

    [Fact]
    public void Evaluate_SeriesCumulativeForARowLastYearDidNotPrint_DoesNotApply()
    {
        var current = Samples.Report(Seed);
        var previous = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2017, current.Agency)
            .Set(CellKey.Parse("legacy.proactive.total.cumulative"), 2550)
            .Build();

        var check = current.Definition.FindRelation("series.cumulative.proactive.website")!.Evaluate(current, previous);

        check.Outcome.Should().Be(RelationOutcome.NotApplicable, "last year's cumulative figure for the website is unknown");
    }

    [Fact]
    public void Evaluate_ReportOfAnotherFormat_ReadsItsCellsAsNotApplicable()
    {
        var legacy = Samples.Report(Seed);

        FormatCatalog.National2021.FindRelation("requests.balance.total")!.Evaluate(legacy).Outcome.Should().Be(RelationOutcome.NotApplicable);
    }

    [Fact]
    public void Evaluate_NullReport_Throws()
    {
        var act = () => FormatCatalog.National2021.Relations[0].Evaluate(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToString_Relation_ShowsItsCellKeys()
    {
        FormatCatalog.National2021.FindRelation("requests.balance.total")!.ToString().Should().Be(
            "requests.newlyReceived.total + requests.carriedOver.total = requests.resultsTotal.total + requests.carriedForward.total");
        FormatCatalog.National2021.FindRelation("series.carryOver.total")!.ToString().Should().Be(
            "requests.carriedOver.total = previous:requests.carriedForward.total");
        FormatCatalog.Legacy.FindRelation("legacy.categorySum")!.ToString().Should().Be(
            "breakdowns.proactiveByCategory = legacy.proactive.total.annual");
    }

    private static AnnualReport PreviousYearOf(AnnualReport current)
    {
        var builder = AnnualReport.CreateBuilder(current.Format, current.Year - 1, current.Agency);
        foreach (var column in Enum.GetValues<Applicant>())
        {
            builder.Set(RequestRow.CarriedForward, column, current.Requests[RequestRow.CarriedOver, column]);
        }

        return builder.Build();
    }

    private static AnnualReport InForce2023(long normativeDocumentsInForce) =>
        AnnualReport.CreateBuilder(ReportFormat.National2021, 2023, new Agency("平潭综合实验区管委会办公室"))
            .Set(ProactiveRow.NormativeDocuments, ProactiveColumn.InForce, normativeDocumentsInForce)
            .Set(ProactiveRow.Regulations, ProactiveColumn.InForce, 0)
            .Build();
}
