using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Model;

public sealed class AnnualReportBuilderTests
{
    private static readonly Agency Township = new("沙县高桥镇人民政府");
    private static readonly Agency City = new("淮安市人民政府");

    private static readonly RequestRow[] OtherSubRows = [RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherOther];

    [Theory]
    [InlineData(ReportFormat.National2019)]
    [InlineData(ReportFormat.National2021)]
    public void Build_NewNationalReport_EveryApplicableCellIsBlank(ReportFormat format)
    {
        var report = AnnualReport.CreateBuilder(format, format == ReportFormat.National2019 ? 2019 : 2021, City).Build();

        report.Cells.Should().HaveCount(report.Definition.Cells.Length);
        report.Cells.Where(c => c.IsApplicable).Should().OnlyContain(c => c.IsBlank);
        report.Cells.Should().NotContain(c => c.IsReported);
        var notApplicable = report.Definition.Cells.Where(c => !report[c].IsApplicable).Select(c => c.Row.Key).Distinct();
        notApplicable.Should().BeEquivalentTo(format == ReportFormat.National2021 ? ["otherHandling"] : Array.Empty<string>());
    }

    [Fact]
    public void Build_NewNationalReport_KeyIndicatorsAreBlank()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2021, City).Build();

        report.KeyIndicators[KeyIndicator.RequestsReceived].IsBlank.Should().BeTrue();
        report.KeyIndicators[KeyIndicator.OtherOutcome].IsBlank.Should().BeTrue();
        report.KeyIndicators[KeyIndicator.ProactivelyDisclosed].IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Build_NewLegacyReport_HasNoRowsOrPeriods()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township).Build();

        report.Cells.Should().OnlyContain(c => !c.IsApplicable);
        report.LegacyPeriods.Should().BeEmpty();
    }

    [Fact]
    public void Indexer_ByDefinition_SetsAndGetsTheCellItsKeyNames()
    {
        var builder = new AnnualReportBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));
        var granted = builder.Definition.GetCell(CellKey.Parse("requests.granted.total"));

        builder[granted] = CellValue.Of(12);

        builder[granted].Should().Be(CellValue.Of(12));
        builder["requests.granted.total"].Should().Be(CellValue.Of(12));
        builder.Build()["requests.granted.total"].Should().Be(CellValue.Of(12));
    }

    [Fact]
    public void Indexer_ByDefinition_RefusesACellOfAnotherFormatAndAValueTheCellDoesNotTake()
    {
        var builder = new AnnualReportBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));
        var of2019 = FormatCatalog.Get(ReportFormat.National2019).GetCell(CellKey.Parse("requests.granted.total"));
        var granted = builder.Definition.GetCell(CellKey.Parse("requests.granted.total"));

        FluentActions.Invoking(() => builder[of2019] = CellValue.Of(1)).Should().Throw<ArgumentException>()
            .WithMessage("*national2019 format*national2021 report*");
        FluentActions.Invoking(() => builder[granted] = CellValue.Of(-1)).Should().Throw<ArgumentException>()
            .WithMessage("*whole number ≥ 0*");
        builder[granted].Should().Be(CellValue.Blank);
    }

    [Fact]
    public void Constructor_YearOutOfRange_Throws()
    {
        var act = () => AnnualReport.CreateBuilder(ReportFormat.Legacy, 2007, Township);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_NullAgency_Throws()
    {
        var act = () => AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Set_FractionInCount_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Set(CellKey.Parse("requests.granted.total"), 1.5m);

        act.Should().Throw<ArgumentException>().WithMessage("*requests.granted.total*count*1.5*");
        builder[CellKey.Parse("requests.granted.total")].IsBlank.Should().BeTrue("a rejected value leaves the cell as it was");
    }

    [Fact]
    public void Set_NegativeCount_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Set(ReviewRow.Reconsideration, ReviewColumn.Corrected, -1);

        act.Should().Throw<ArgumentException>().WithMessage("*reviews.reconsideration.corrected*");
    }

    [Fact]
    public void Set_NegativeLegacyCount_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township);

        var act = () => builder["legacy.proactive.total.annual"] = -208;

        act.Should().Throw<ArgumentException>().WithMessage("*legacy.proactive.total.annual*");
    }

    [Fact]
    public void Set_NegativeSignedCount_IsAccepted()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City)
            .Set(ProactiveRow.Licensing, ProactiveColumn.ItemChange, -3)
            .Set(ProactiveRow.Fees, ProactiveColumn.ItemChange, 12)
            .Build();

        report.Proactive[ProactiveRow.Licensing, ProactiveColumn.ItemChange].Should().Be(CellValue.Of(-3));
        report["proactive.fees.itemChange"].Should().Be(CellValue.Of(12));
    }

    [Fact]
    public void Set_FractionInSignedCount_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City);

        var act = () => builder.Set(ProactiveRow.Penalty, ProactiveColumn.ItemChange, -0.5m);

        act.Should().Throw<ArgumentException>().WithMessage("*proactive.penalty.itemChange*signed count*");
    }

    [Fact]
    public void Set_DecimalMoney_KeepsItsScale()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City)
            .Set(ProactiveRow.Fees, ProactiveColumn.Amount, 4166.241619m)
            .Build();

        report.Proactive[ProactiveRow.Fees, ProactiveColumn.Amount].ToString().Should().Be("4166.241619");
    }

    [Fact]
    public void Set_NegativeMoney_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Set(ProactiveRow.Fees, ProactiveColumn.Amount, -96171.6m);

        act.Should().Throw<ArgumentException>().WithMessage("*proactive.fees.amount*money*");
    }

    [Fact]
    public void Set_NegativeLegacyFees_ThrowsNamingTheCell()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2014, Township);

        var act = () => builder.Set(CellKey.Parse("legacy.fees.collected.annual"), -0.01m);

        act.Should().Throw<ArgumentException>().WithMessage("*legacy.fees.collected.annual*");
        builder.Set(CellKey.Parse("legacy.fees.collected.annual"), 0.01m).Build()["legacy.fees.collected.annual"].Should().Be(CellValue.Of(0.01m));
    }

    [Fact]
    public void Set_NotApplicable_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Set(RequestRow.Granted, Applicant.Total, CellValue.NotApplicable);

        act.Should().Throw<ArgumentException>().WithMessage("*not applicable*requests.granted.total*");
    }

    [Fact]
    public void Set_Blank_MakesTheCellBlankAgain()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City).Set(RequestRow.Granted, Applicant.Total, 5);

        builder.Set(RequestRow.Granted, Applicant.Total, CellValue.Blank);

        builder.Get(RequestRow.Granted, Applicant.Total).IsBlank.Should().BeTrue();
    }

    [Fact]
    public void Set_CellTheFormatLacks_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City);

        var typed = () => builder.Set(RequestRow.OtherOther, Applicant.Total, 1);
        var byKey = () => builder.Set(CellKey.Parse("requests.otherOther.total"), 1);
        var otherTable = () => builder.Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 1);
        var outsideBlock = () => builder.Set(ProactiveRow.Fees, ProactiveColumn.Decisions, 1);

        typed.Should().Throw<ArgumentException>();
        byKey.Should().Throw<KeyNotFoundException>().WithMessage("*row 'otherOther'*");
        otherTable.Should().Throw<ArgumentException>();
        outsideBlock.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Set_LegacyRow_AddsTheRowAndPeriod()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township)
            .Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual, 208)
            .Build();

        report.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual].Should().Be(CellValue.Of(208));
        report.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative].IsApplicable.Should().BeFalse();
        report.Legacy[LegacyIndicator.ProactiveWebsite, LegacyPeriod.Annual].IsApplicable.Should().BeFalse();
        report.Legacy.IsRowPresent(LegacyIndicator.ProactiveTotal).Should().BeTrue();
        report.Legacy.IsRowPresent(LegacyIndicator.ProactiveWebsite).Should().BeFalse();
        report.LegacyPeriods.Should().Equal(LegacyPeriod.Annual);
    }

    [Fact]
    public void Set_LegacyRowsInTwoPeriods_OtherRowsGetBlankInEveryPresentPeriod()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township)
            .Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual, 208)
            .Set(LegacyIndicator.ProactiveWebsite, LegacyPeriod.Cumulative, 2624)
            .Build();

        report.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
        report.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative].IsBlank.Should().BeTrue();
        report.Legacy[LegacyIndicator.ProactiveWebsite, LegacyPeriod.Annual].IsBlank.Should().BeTrue();
        report.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.YearToDate].IsApplicable.Should().BeFalse();
        report.Legacy[LegacyIndicator.RequestsTotal, LegacyPeriod.Annual].IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void IncludeColumn_YearToDate_AddsThePeriodWithBlankCells()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, Township)
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 3)
            .IncludeColumn("legacy", "yearToDate")
            .Build();

        report.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.YearToDate);
        report["legacy.requests.total.yearToDate"].IsBlank.Should().BeTrue();
    }

    [Fact]
    public void IncludeRow_LegacyRow_AddsItBlank()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, Township)
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 3)
            .IncludeRow("legacy", "complaints.total")
            .Build();

        report.Legacy[LegacyIndicator.ComplaintsTotal, LegacyPeriod.Annual].IsBlank.Should().BeTrue();
    }

    [Fact]
    public void ExcludeRow_LegacyRow_RemovesItWithItsFigures()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, Township)
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 3)
            .Set(LegacyIndicator.RequestsOnline, LegacyPeriod.Annual, 3);

        var report = builder.ExcludeRow("legacy", "requests.online").Build();

        report.Legacy[LegacyIndicator.RequestsOnline, LegacyPeriod.Annual].IsApplicable.Should().BeFalse();
        builder.IncludeRow("legacy", "requests.online").Build().Legacy[LegacyIndicator.RequestsOnline, LegacyPeriod.Annual].IsBlank.Should().BeTrue();
    }

    [Fact]
    public void ExcludeColumn_LegacyPeriod_RemovesItFromKnownAndOtherRows()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township)
            .Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual, 208)
            .Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative, 2758)
            .AddLegacyOtherRow(new LegacyOtherRow("政策解读数", 17, 40))
            .ExcludeColumn("legacy", "cumulative")
            .Build();

        report.LegacyPeriods.Should().Equal(LegacyPeriod.Annual);
        report["legacy.proactive.total.cumulative"].IsApplicable.Should().BeFalse();
        report.LegacyOtherRows.Single().Cumulative.IsApplicable.Should().BeFalse();
        report.LegacyOtherRows.Single().Annual.Should().Be(CellValue.Of(17));
    }

    [Fact]
    public void ExcludeColumn_NationalColumn_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.ExcludeColumn("requests", "total");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ExcludeRow_NonOptionalRow_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.ExcludeRow("requests", "granted");

        act.Should().Throw<InvalidOperationException>().WithMessage("*granted*");
    }

    [Fact]
    public void ExcludeRow_2019OtherHandling_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City);

        var act = () => builder.ExcludeRow("requests", "otherHandling");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ExcludeRow_UnknownRow_ThrowsKeyNotFound()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.ExcludeRow("requests", "refused");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*refused*");
    }

    [Fact]
    public void Set_2021OtherHandling_ReplacesTheThreeSubRows()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City)
            .Set(RequestRow.OtherHandling, Applicant.Total, 187)
            .Build();

        report.Requests[RequestRow.OtherHandling, Applicant.Total].Should().Be(CellValue.Of(187));
        report.Requests[RequestRow.OtherHandling, Applicant.NaturalPerson].IsBlank.Should().BeTrue();
        foreach (var row in OtherSubRows)
        {
            report.Requests.IsRowPresent(row).Should().BeFalse();
            report.Requests[row, Applicant.Total].IsApplicable.Should().BeFalse();
        }

        report.Requests.GetSubtotal(RequestSubtotal.OtherHandlingTotal, Applicant.Total).Should().Be(CellValue.Of(187));
        report.KeyIndicators[KeyIndicator.OtherOutcome].Should().Be(CellValue.Of(187));
    }

    [Fact]
    public void Set_2021OtherHandlingWhileASubRowHoldsAFigure_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City).Set(RequestRow.OtherFeeUnpaid, Applicant.NaturalPerson, 6);

        var act = () => builder.Set(RequestRow.OtherHandling, Applicant.Total, 187);

        act.Should().Throw<InvalidOperationException>().WithMessage("*otherFeeUnpaid*");
        builder.Get(RequestRow.OtherFeeUnpaid, Applicant.NaturalPerson).Should().Be(CellValue.Of(6), "the sub-rows stay as they were");
        builder.Get(RequestRow.OtherHandling, Applicant.Total).IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Set_2021SubRowWhileOtherHandlingHoldsAFigure_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City).Set(RequestRow.OtherHandling, Applicant.Total, 187);

        var act = () => builder.Set(RequestRow.OtherOther, Applicant.Total, 110);

        act.Should().Throw<InvalidOperationException>().WithMessage("*otherHandling*");
        builder.Get(RequestRow.OtherHandling, Applicant.Total).Should().Be(CellValue.Of(187));
        builder.Get(RequestRow.OtherOther, Applicant.Total).IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Set_2021SubRowWhileOtherHandlingIsBlank_GoesBackToTheSubRows()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City)
            .IncludeRow("requests", "otherHandling")
            .Set(RequestRow.OtherOther, Applicant.Total, 110)
            .Build();

        report.Requests.IsRowPresent(RequestRow.OtherHandling).Should().BeFalse();
        report.Requests[RequestRow.OtherOther, Applicant.Total].Should().Be(CellValue.Of(110));
        report.Requests[RequestRow.OtherNoCorrection, Applicant.Total].IsBlank.Should().BeTrue();
    }

    [Fact]
    public void IncludeRow_2021OtherHandlingWhileASubRowHoldsAFigure_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City).Set(RequestRow.OtherNoCorrection, Applicant.Total, 71);

        var act = () => builder.IncludeRow("requests", "otherHandling");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ExcludeRow_2021OtherHandling_BringsTheSubRowsBackBlank()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, City).Set(RequestRow.OtherHandling, Applicant.Total, 187);

        var report = builder.ExcludeRow("requests", "otherHandling").Build();

        report.Requests[RequestRow.OtherHandling, Applicant.Total].IsApplicable.Should().BeFalse();
        foreach (var row in OtherSubRows)
        {
            report.Requests[row, Applicant.Total].IsBlank.Should().BeTrue();
        }

        builder.IncludeRow("requests", "otherHandling").Get(RequestRow.OtherHandling, Applicant.Total).IsBlank.Should().BeTrue("excluding a row drops its figures");
    }

    [Fact]
    public void SetMoneyUnit_ProcurementAmount_IsKeptAsStated()
    {
        var key = CellKey.Parse("proactive.centralizedProcurement.procurementAmount");

        var report = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City)
            .Set(key, 75394432.52m)
            .SetMoneyUnit(key, MoneyUnit.Yuan)
            .Build();

        report.GetMoneyUnit(key).Should().Be(MoneyUnit.Yuan);
        report.MoneyUnits.Should().ContainKey(key).WhoseValue.Should().Be(MoneyUnit.Yuan);
        report[key].ToString().Should().Be("75394432.52");
    }

    [Fact]
    public void SetMoneyUnit_TheDefaultUnit_IsNotStored()
    {
        var key = CellKey.Parse("proactive.fees.amount");

        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City).SetMoneyUnit(key, MoneyUnit.TenThousandYuan).Build();

        report.MoneyUnits.Should().BeEmpty();
        report.GetMoneyUnit(key).Should().Be(MoneyUnit.TenThousandYuan);
    }

    [Fact]
    public void SetMoneyUnit_OtherUnitThenNull_GoesBackToTheDefault()
    {
        var key = CellKey.Parse("proactive.fees.amount");
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City).SetMoneyUnit(key, MoneyUnit.Yuan);

        builder.Build().GetMoneyUnit(key).Should().Be(MoneyUnit.Yuan);
        builder.SetMoneyUnit(key, null).Build().GetMoneyUnit(key).Should().Be(MoneyUnit.TenThousandYuan);
    }

    [Fact]
    public void SetMoneyUnit_CountCell_ThrowsArgumentException()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.SetMoneyUnit(CellKey.Parse("requests.granted.total"), MoneyUnit.Yuan);

        act.Should().Throw<ArgumentException>().WithMessage("*requests.granted.total*");
    }

    [Fact]
    public void SetMoneyUnit_UnknownCell_ThrowsKeyNotFound()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, City);

        var act = () => builder.SetMoneyUnit(CellKey.Parse("proactive.fees.amount"), MoneyUnit.Yuan);

        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void AddBreakdown_Entries_AreKeptInPrintedOrder()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township)
            .AddBreakdown(BreakdownKind.ProactiveByCategory, "机构职能类", 1)
            .AddBreakdown(BreakdownKind.ProactiveByCategory, "政策、规范性文件类", 70)
            .AddBreakdown(BreakdownKind.ProactiveByChannel, "微信公众号发布", 47)
            .AddBreakdown(BreakdownKind.Figures, "政策解读数量", 17)
            .Build();

        report.Breakdowns.ProactiveByCategory.Should().Equal(new LabeledCount("机构职能类", 1), new LabeledCount("政策、规范性文件类", 70));
        report.Breakdowns.Get(BreakdownKind.ProactiveByChannel).Should().Equal(new LabeledCount("微信公众号发布", 47));
        report.Breakdowns.Figures.Should().Equal(new LabeledCount("政策解读数量", 17));
        report.Breakdowns.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void AddBreakdown_NegativeCount_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township);

        var act = () => builder.AddBreakdown(BreakdownKind.Figures, "政策解读数量", -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AddBreakdown_EmptyLabel_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township);

        var act = () => builder.AddBreakdown(BreakdownKind.Figures, " ", 1);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void AddSuppression_KnownCells_IsKept()
    {
        var suppression = new Suppression("legacy.categorySum", [CellKey.Parse("legacy.proactive.total.annual")], "正文只列举了部分类别");

        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township).AddSuppression(suppression).Build();

        report.Suppressions.Should().Equal(suppression);
    }

    [Fact]
    public void AddSuppression_UnknownCell_ThrowsNamingIt()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2018, Township);

        var act = () => builder.AddSuppression(new Suppression("legacy.categorySum", [CellKey.Parse("requests.granted.total")], "说明"));

        act.Should().Throw<ArgumentException>().WithMessage("*table 'requests'*");
    }

    [Fact]
    public void SetSection_SectionTheFormatLacks_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.SetSection(ReportSection.Fees, "收费");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void SetSection_TextThenNull_AddsAndRemovesIt()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City).SetSection(ReportSection.Overview, "一、总体情况……");

        builder.Build().GetSection(ReportSection.Overview).Should().Be("一、总体情况……");
        builder.SetSection(ReportSection.Overview, null).Build().Sections.Should().BeEmpty();
    }

    [Fact]
    public void AddLegacyOtherRow_NationalReport_ThrowsInvalidOperation()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 1, 2));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void AddLegacyOtherRow_PeriodOnlyItPrints_IsAPeriodOfTheTable()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2013, Township)
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 2)
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", CellValue.Blank, 30))
            .Build();

        report.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
        report["legacy.requests.total.cumulative"].IsBlank.Should().BeTrue();
        report.LegacyOtherRows.Single().Label.Should().Be("依申请公开信息目录数");
        report.LegacyOtherRows.Single().Cumulative.Should().Be(CellValue.Of(30));
    }

    [Fact]
    public void AddLegacyOtherRow_MissingPresentPeriod_IsBlank()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2013, Township)
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Cumulative, 9)
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 4, CellValue.NotApplicable))
            .Build();

        report.LegacyOtherRows.Single().Cumulative.IsBlank.Should().BeTrue();
        report.LegacyOtherRows.Single().YearToDate.IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Build_BuilderUsedAfterwards_LeavesTheBuiltReportUnchanged()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City).Set(RequestRow.Granted, Applicant.Total, 1362);
        var report = builder.Build();

        builder.Set(RequestRow.Granted, Applicant.Total, 1);
        builder.AddBreakdown(BreakdownKind.Figures, "政策解读", 3);
        builder.Year = 2023;

        report.Requests[RequestRow.Granted, Applicant.Total].Should().Be(CellValue.Of(1362));
        report.Breakdowns.IsEmpty.Should().BeTrue();
        report.Year.Should().Be(2024);
        builder.Build().Requests[RequestRow.Granted, Applicant.Total].Should().Be(CellValue.Of(1));
    }

    [Fact]
    public void Year_OutOfRange_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Year = 2101;

        act.Should().Throw<ArgumentOutOfRangeException>();
        builder.Year.Should().Be(2024);
    }

    [Fact]
    public void SourceUrl_RootRelativePath_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.SourceUrl = "/zwgk/zfxxgk/ndbg/2024.html";

        act.Should().Throw<ArgumentException>();
        builder.SourceUrl = "https://www.huaian.gov.cn/zwgk/ndbg/2024.html";
        builder.Build().SourceUrl.Should().Be("https://www.huaian.gov.cn/zwgk/ndbg/2024.html");
    }

    [Fact]
    public void Metadata_Set_AppearsInTheReport()
    {
        var agency = new Agency("荥阳市司法局") { CreditCode = UnifiedSocialCreditCode.Parse("11410182005291054B") };
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);
        builder.Agency = agency;
        builder.PublishedOn = new DateOnly(2025, 1, 20);

        var report = builder.Build();

        report.Agency.Should().Be(agency);
        report.PublishedOn.Should().Be(new DateOnly(2025, 1, 20));
        report.Format.Should().Be(ReportFormat.National2021);
    }

    [Fact]
    public void Agency_Null_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, City);

        var act = () => builder.Agency = null!;

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Get_ThroughKeyAndTypedAccess_Agree()
    {
        var builder = Samples.Report("010-pingtan-zone-2024").ToBuilder();

        builder.Get(ProactiveRow.NormativeDocuments, ProactiveColumn.InForce).Should().Be(CellValue.Of(440));
        builder["proactive.normativeDocuments.repealed"].Should().Be(CellValue.Of(33));
        builder[CellKey.Parse("proactive.fees.amount")].Should().Be(CellValue.Of(18651.06m));
    }

    [Theory]
    [InlineData("000-gaoqiao-township-2018")]
    [InlineData("006-pingtan-zone-2019")]
    [InlineData("010-pingtan-zone-2024")]
    public void BuildAndRelease_RealReports_SameReportAsBuildAndNoSecondBuild(string sample)
    {
        var report = Samples.Report(sample);
        var builder = report.ToBuilder();

        var released = builder.BuildAndRelease();

        released.Should().Be(report.ToBuilder().Build());
        released.Cells.Should().Equal(report.Cells);
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*handed its cells*");
    }
}
