using System.Text;
using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Rollup;

public sealed class ReportAggregatorTests
{
    private static readonly CellKey NewlyReceived = CellKey.Parse("requests.newlyReceived.total");
    private static readonly CellKey Granted = CellKey.Parse("requests.granted.total");
    private static readonly CellKey FeesAmount = CellKey.Parse("proactive.fees.amount");
    private static readonly CellKey ProcurementAmount = CellKey.Parse("proactive.centralizedProcurement.procurementAmount");

    private static AnnualReport Huaian => Coded(Samples.Report("007-huaian-city-2024"), "320800");

    private static AnnualReport Pingtan => Coded(Samples.Report("010-pingtan-zone-2024"), "320803");

    [Fact]
    public void Aggregate_TwoRealReports_EachCellIsTheSumOfTheirCells()
    {
        var (huaian, pingtan) = (Huaian, Pingtan);

        var result = new ReportAggregator(RollupLevel.Prefecture).Aggregate([huaian, pingtan]).Should().ContainSingle().Subject;

        result.Key.Should().Be("320800");
        result.ReportCount.Should().Be(2);
        var sum = result.Report!;
        sum.Format.Should().Be(ReportFormat.National2021);
        sum.Year.Should().Be(2024);
        sum[NewlyReceived].Value.Should().Be(huaian[NewlyReceived].Value + pingtan[NewlyReceived].Value);
        sum[Granted].Value.Should().Be(huaian[Granted].Value + pingtan[Granted].Value);
        sum[FeesAmount].Value.Should().Be(96171.6m + 18651.06m);
        sum.KeyIndicators[KeyIndicator.RequestsHandled].Value.Should().Be(
            huaian.KeyIndicators[KeyIndicator.RequestsHandled].Value + pingtan.KeyIndicators[KeyIndicator.RequestsHandled].Value);
        foreach (var cell in sum.Definition.Cells)
        {
            var (a, b) = (huaian[cell], pingtan[cell]);
            var expected = a.IsReported && b.IsReported ? CellValue.Of(a.Value + b.Value)
                : a.IsReported ? a
                : b.IsReported ? b
                : a.IsBlank || b.IsBlank ? CellValue.Blank : CellValue.NotApplicable;
            sum[cell].Should().Be(expected, cell.Key.ToString());
            result.GetBlankCount(cell.Key).Should().Be((a.IsBlank ? 1 : 0) + (b.IsBlank ? 1 : 0), cell.Key.ToString());
        }
    }

    [Fact]
    public void Aggregate_TwoRealReports_RelationsThatHeldOnTheInputsHoldOnTheSum()
    {
        var (huaian, pingtan) = (Huaian, Pingtan);
        var validator = new ReportValidator();
        var failedOnInputs = validator.Validate(huaian).Findings.Concat(validator.Validate(pingtan).Findings)
            .Where(f => f.Severity == Severity.Error).Select(f => f.RelationId).ToHashSet();

        var sum = new ReportAggregator(RollupLevel.Prefecture).Aggregate([huaian, pingtan])[0].Report!;

        var errors = validator.Validate(sum).Findings.Where(f => f.Severity == Severity.Error && !failedOnInputs.Contains(f.RelationId));
        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("006-pingtan-zone-2019")]
    [InlineData("007-huaian-city-2024")]
    [InlineData("010-pingtan-zone-2024")]
    [InlineData("001-pingtan-county-2011")]
    [InlineData("000-gaoqiao-township-2018")]
    public void Aggregate_OneRealReport_IsThatReport(string id)
    {
        var report = Samples.Report(id);

        var result = new ReportAggregator(RollupLevel.All).Aggregate([report]).Should().ContainSingle().Subject;

        result.Key.Should().Be(ReportAggregator.AllKey);
        result.Report!.Cells.Should().Equal(report.Cells);
        result.Report.LegacyOtherRows.Should().Equal(report.LegacyOtherRows);
        result.Report.MoneyUnits.Should().Equal(report.MoneyUnits);
        result.Report.Agency.Name.Should().Be("all");
        result.Report.Sections.Should().BeEmpty();
        foreach (var indicator in Enum.GetValues<KeyIndicator>())
        {
            result.GetKeyIndicator(indicator).Should().Be(report.KeyIndicators[indicator], indicator.ToString());
        }
    }

    [Fact]
    public void Aggregate_TheSeedReport_IsThatReport()
    {
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

        var result = new ReportAggregator(RollupLevel.All).Aggregate([seed])[0];

        result.Report!.Cells.Should().Equal(seed.Cells);
        result.Report.LegacyPeriods.Should().Equal(seed.LegacyPeriods);
        result.Sources.Should().Equal(ReportIdentity.Of(seed));
    }

    [Fact]
    public void Aggregate_SomeInputsBlank_SumsTheReportedOnesAndCountsTheBlanks()
    {
        var huaian = Huaian;
        var other = Named(huaian, "淮安市某局", b => b[NewlyReceived] = CellValue.Blank);

        var result = new ReportAggregator(RollupLevel.Prefecture).Aggregate([huaian, other])[0];

        result.Report![NewlyReceived].Should().Be(huaian[NewlyReceived]);
        result.GetBlankCount(NewlyReceived).Should().Be(1);
        result.GetReportedCount(NewlyReceived).Should().Be(1);
        result.IsComplete(NewlyReceived).Should().BeFalse();
        result.IsComplete(Granted).Should().BeTrue();
        result.BlankCounts[result.Report.Definition.GetCell(NewlyReceived).Ordinal].Should().Be(1);
        result.GetKeyIndicator(KeyIndicator.RequestsReceived).Should().Be(huaian.KeyIndicators[KeyIndicator.RequestsReceived]);
        result.GetBlankCount(KeyIndicator.RequestsReceived).Should().Be(1);
        result.IsComplete(KeyIndicator.RequestsReceived).Should().BeFalse();
        result.GetBlankCount(KeyIndicator.Granted).Should().Be(0);
    }

    [Fact]
    public void Aggregate_EveryInputBlank_StaysBlank()
    {
        var a = Constructed("320803", "甲", b => b[Granted] = CellValue.Blank);
        var b = Constructed("320803", "乙", b => b[Granted] = CellValue.Blank);

        var result = new ReportAggregator(RollupLevel.County).Aggregate([a, b])[0];

        result.Report![Granted].IsBlank.Should().BeTrue();
        result.GetBlankCount(Granted).Should().Be(2);
        result.GetReportedCount(Granted).Should().Be(0);
        result.GetKeyIndicator(KeyIndicator.Granted).IsBlank.Should().BeTrue();
        result.GetBlankCount(KeyIndicator.Granted).Should().Be(2);
    }

    [Fact]
    public void Aggregate_MixedFormats_GivesKeyIndicatorsOnly()
    {
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);
        var national = Samples.Report("006-pingtan-zone-2019").ToBuilder();
        national.Year = 2018;
        var pingtan = national.Build();

        var result = new ReportAggregator(RollupLevel.All).Aggregate([seed, pingtan])[0];

        result.Report.Should().BeNull();
        result.ReportUnavailableReason.Should().Contain("legacy").And.Contain("national2019");
        result.Formats.Should().Equal(ReportFormat.Legacy, ReportFormat.National2019);
        result.BlankCounts.Should().BeEmpty();
        result.GetKeyIndicator(KeyIndicator.RequestsReceived).Value.Should().Be(
            seed.KeyIndicators[KeyIndicator.RequestsReceived].Value + pingtan.KeyIndicators[KeyIndicator.RequestsReceived].Value);
        result.GetKeyIndicator(KeyIndicator.ProactivelyDisclosed).Should().Be(seed.KeyIndicators[KeyIndicator.ProactivelyDisclosed]);
        result.GetReportedCount(KeyIndicator.ProactivelyDisclosed).Should().Be(1);
        result.IsComplete(KeyIndicator.ProactivelyDisclosed).Should().BeFalse();
        var act = () => result.GetBlankCount(Granted);
        act.Should().Throw<InvalidOperationException>().WithMessage("*mixes formats*");
    }

    [Theory]
    [InlineData(RollupLevel.County, new[] { "320803", "320812", "350128" }, new[] { 3, 2, 5 })]
    [InlineData(RollupLevel.Prefecture, new[] { "320800", "350100" }, new[] { 5, 5 })]
    [InlineData(RollupLevel.Province, new[] { "320000", "350000" }, new[] { 5, 5 })]
    [InlineData(RollupLevel.All, new[] { "all" }, new[] { 10 })]
    public void Aggregate_ByLevel_GroupsByDivisionCodePrefix(RollupLevel level, string[] keys, int[] sums)
    {
        AnnualReport[] reports =
        [
            Constructed("320803", "清江浦区人民政府", b => b[Granted] = 1),
            Constructed("350128", "平潭县人民政府", b => b[Granted] = 5),
            Constructed("320803101", "某街道办事处", b => b[Granted] = 2),
            Constructed("320812", "清江浦区某局", b => b[Granted] = 2),
        ];

        var results = new ReportAggregator(level).Aggregate(reports);

        results.Select(r => r.Key).Should().Equal(keys);
        results.Select(r => r.Report![Granted].Value).Should().Equal(sums.Select(s => (decimal)s));
        if (level != RollupLevel.All)
        {
            results.Select(r => r.DivisionCode!.Value.Value).Should().Equal(keys);
            results.Should().OnlyContain(r => r.Report!.Agency.DivisionCode == r.DivisionCode && r.Level == level);
        }

        results.Sum(r => r.ReportCount).Should().Be(4);
        results.SelectMany(r => r.Sources).Should().HaveCount(4);
    }

    [Fact]
    public void Aggregate_Sources_AreInInputOrder()
    {
        var a = Constructed("320803", "甲");
        var b = Constructed("320803", "乙");

        var result = new ReportAggregator(RollupLevel.County).Aggregate([b, a])[0];

        result.Sources.Select(s => s.AgencyName).Should().Equal("乙", "甲");
        result.Report!.Agency.Level.Should().Be(AgencyLevel.County);
    }

    [Fact]
    public void Aggregate_WithoutRecordSources_KeepsNoSources()
    {
        var result = new ReportAggregator(RollupLevel.County) { RecordSources = false }.Aggregate([Constructed("320803", "甲")])[0];

        result.Sources.Should().BeEmpty();
        result.ReportCount.Should().Be(1);
    }

    [Fact]
    public void Aggregate_ReadResults_SourcesSayWhereEachReportWasRead()
    {
        var lines = string.Join('\n', GovDisclosureJson.Serialize(Constructed("320803", "甲"), indented: false), GovDisclosureJson.Serialize(Constructed("320803", "乙"), indented: false));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines));

        var result = new ReportAggregator(RollupLevel.County).Aggregate(GovDisclosureJson.ReadLineResults(stream, "batch.jsonl"))[0];

        result.Sources.Select(s => (s.Source, s.Line)).Should().Equal(("batch.jsonl", 1L), ("batch.jsonl", 2L));
    }

    [Fact]
    public void Aggregate_ReportAboveTheLevel_IsAnErrorNamingIt()
    {
        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([Constructed("320803", "甲"), Constructed("320800", "淮安市人民政府")]);

        act.Should().Throw<RollupException>().WithMessage("*#2*淮安市人民政府*320800*prefectural*no single county*")
            .Which.Reports.Should().ContainSingle().Which.AgencyName.Should().Be("淮安市人民政府");
    }

    [Fact]
    public void Aggregate_ReportWithoutDivisionCode_IsAnErrorNamingIt()
    {
        var noCode = Samples.Report("007-huaian-city-2024");

        var act = () => new ReportAggregator(RollupLevel.Province).Aggregate([noCode]);

        act.Should().Throw<RollupException>().WithMessage("*淮安市人民政府 2024*no administrative division code*");
    }

    [Fact]
    public void Aggregate_ByParentList_GroupsByParent()
    {
        var a = Constructed(null, "沙县财政局", b => b[Granted] = 1);
        var b = Constructed(null, "沙县教育局", b => b[Granted] = 2);
        var c = Constructed(null, "高桥镇人民政府", b => b[Granted] = 4);
        var parents = new Dictionary<AgencyKey, string>
        {
            [AgencyKey.Of(a)] = "沙县",
            [AgencyKey.Of(b)] = "沙县",
            [AgencyKey.Of(c)] = "高桥镇",
        };

        var results = new ReportAggregator(parents).Aggregate([a, b, c]);

        results.Select(r => (r.Key, r.Report![Granted].Value)).Should().Equal(("沙县", 3m), ("高桥镇", 4m));
        results[0].Report!.Agency.Name.Should().Be("沙县");
        results[0].Level.Should().BeNull();
        results[0].DivisionCode.Should().BeNull();
    }

    [Fact]
    public void Aggregate_ByParentFunction_GroupsByParent()
    {
        var a = Constructed(null, "沙县财政局", b => b[Granted] = 1);
        var b = Constructed(null, "沙县教育局", b => b[Granted] = 2);

        var results = new ReportAggregator(r => r.Agency.Name[..2]).Aggregate([a, b]);

        results.Should().ContainSingle().Which.Report![Granted].Value.Should().Be(3);
    }

    [Fact]
    public void Aggregate_ReportMissingFromTheParentList_IsAnErrorNamingIt()
    {
        var a = Constructed(null, "沙县财政局");
        var b = Constructed(null, "沙县教育局");

        var act = () => new ReportAggregator(new Dictionary<AgencyKey, string> { [AgencyKey.Of(a)] = "沙县" }).Aggregate([a, b]);

        act.Should().Throw<RollupException>().WithMessage("*沙县教育局*not in the parent list*");
        var none = () => new ReportAggregator(_ => null).Aggregate([a]);
        none.Should().Throw<RollupException>().WithMessage("*沙县财政局*no parent*");
    }

    [Fact]
    public void Aggregate_OneAgencyTwice_IsAnErrorNamingBoth()
    {
        var first = Constructed("320803", "清江浦区人民政府", b => b[Granted] = 1);
        var second = Constructed("320803", "清江浦区 人民政府", b => b[Granted] = 2);

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([first, Constructed("320803", "甲"), second]);

        act.Should().Throw<RollupException>().WithMessage("*#3*#1*one agency*twice*")
            .Which.Reports.Select(r => r.AgencyName).Should().Equal("清江浦区人民政府", "清江浦区 人民政府");
    }

    [Fact]
    public void Aggregate_OneAgencyTwiceWhoseSecondReportOverflows_IsTheDuplicateError()
    {
        // The second report of an agency is named as a duplicate, not as the overflow that adding it caused.
        var first = Constructed("320803", "清江浦区人民政府", b => b[Granted] = CellValue.MaxWholeNumber);
        var second = Constructed("320803", "清江浦区人民政府", b => b[Granted] = 1);

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([first, second]);

        act.Should().Throw<RollupException>().WithMessage("*#2*#1*one agency*twice*");
    }

    [Fact]
    public void Aggregate_OneCreditCodeTwiceAmongThousands_IsAnErrorNamingBoth()
    {
        var reports = Enumerable.Range(0, 3_000).Select(i => Coded(i, i)).Append(Coded(3_000, 1_234)).ToArray();

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate(reports);

        act.Should().Throw<RollupException>().WithMessage("*#3001*#1235*one agency*creditCode:*twice*");

        static AnnualReport Coded(int index, int code)
        {
            var first17 = "11320803MB" + code.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var agency = new Agency($"机关{index}")
            {
                DivisionCode = new DivisionCode("320803"),
                CreditCode = UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)),
            };
            return AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, agency).Build();
        }
    }

    [Fact]
    public void Aggregate_DifferentYears_IsAnError()
    {
        var builder = Constructed("320803", "乙").ToBuilder();
        builder.Year = 2023;

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([Constructed("320803", "甲"), builder.Build()]);

        act.Should().Throw<RollupException>().WithMessage("*乙 2023*is on 2023*甲 2024*one year*");
    }

    [Fact]
    public void Aggregate_NoReports_GivesNoResults()
    {
        new ReportAggregator(RollupLevel.County).Aggregate(Array.Empty<AnnualReport>()).Should().BeEmpty();
    }

    [Fact]
    public void Aggregate_SumOver18Digits_IsAnErrorNamingTheJurisdictionAndTheCell()
    {
        var a = Constructed("320803", "甲", b => b[Granted] = CellValue.MaxWholeNumber);
        var b = Constructed("320803", "乙", b => b[Granted] = 1);

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([a, b]);

        var error = act.Should().Throw<RollupException>().WithMessage("*requests.granted.total*320803*乙*").Which;
        error.Jurisdiction.Should().Be("320803");
        error.Cell.Should().Be(Granted);
    }

    [Fact]
    public void Aggregate_KeyIndicatorOver18DigitsInMixedFormats_IsAnErrorNamingTheJurisdictionAndTheIndicator()
    {
        // Mixed formats add up key indicators only: the overflow is caught there, not in a cell.
        var a = Constructed("320803", "甲", b => b[Granted] = CellValue.MaxWholeNumber, ReportFormat.National2019);
        var sameYear = Constructed("320803", "乙", b => b[Granted] = 1).ToBuilder();
        sameYear.Year = a.Year;

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([a, sameYear.Build()]);

        var error = act.Should().Throw<RollupException>().WithMessage("*Granted*320803*乙*").Which;
        error.Jurisdiction.Should().Be("320803");
        error.Indicator.Should().Be(KeyIndicator.Granted);
        error.Cell.Should().BeNull();
    }

    [Fact]
    public void Aggregate_ResultsOfOneRollup_ListTheirSourcesAlikeEachTimeAsked()
    {
        var reports = new[] { Constructed("320803", "甲"), Constructed("320803", "乙"), Constructed("320812", "丙") };

        var results = new ReportAggregator(RollupLevel.County).Aggregate(reports);

        results[0].Sources.Should().Equal(results[0].Sources).And.HaveCount(2);
        results[0].Sources.Select(s => s.AgencyName).Should().Equal("甲", "乙");
        results[1].Sources.Should().ContainSingle().Which.Should().Be(ReportIdentity.Of(reports[2]));
    }

    [Fact]
    public void Aggregate_MoneyInAnotherUnit_IsConvertedExactlyToTheDefault()
    {
        var a = Constructed("320803", "甲", b => b[FeesAmount] = 1.5m);
        var b = Constructed("320803", "乙", b => b.Set(FeesAmount, 35000).SetMoneyUnit(FeesAmount, MoneyUnit.Yuan));

        var result = new ReportAggregator(RollupLevel.County).Aggregate([a, b])[0];

        result.Report![FeesAmount].Value.Should().Be(5m);
        result.Report.GetMoneyUnit(FeesAmount).Should().Be(MoneyUnit.TenThousandYuan);
        result.Report.MoneyUnits.Should().BeEmpty();
    }

    [Fact]
    public void Aggregate_YuanWithMoreDecimalsThanTenThousandYuanCanHold_IsAnErrorNamingTheCell()
    {
        var a = Constructed("320803", "甲", b => b[FeesAmount] = 0.5m);
        var b = Constructed("320803", "乙", b => b.Set(FeesAmount, 0.000000000000001m).SetMoneyUnit(FeesAmount, MoneyUnit.Yuan));
        var exact = Constructed("320803", "丙", b => b.Set(FeesAmount, 0.000000000000010m).SetMoneyUnit(FeesAmount, MoneyUnit.Yuan));

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([a, b]);

        act.Should().Throw<RollupException>().WithMessage("Cell proactive.fees.amount of *乙*: 0.000000000000001 Yuan cannot be converted exactly to TenThousandYuan within 18 significant digits.")
            .Which.Cell.Should().Be(FeesAmount);
        new ReportAggregator(RollupLevel.County).Aggregate([a, exact])[0].Report![FeesAmount].Value.Should().Be(0.500000000000000001m);
    }

    [Fact]
    public void Aggregate_TenThousandYuanTooLargeForYuan_IsAnErrorNamingTheCell()
    {
        var a = Constructed("320803", "甲", b => b.Set(ProcurementAmount, 120.5m).SetMoneyUnit(ProcurementAmount, MoneyUnit.Yuan), ReportFormat.National2019);
        var b = Constructed("320803", "乙", b => b.Set(ProcurementAmount, 100_000_000_000_000m).SetMoneyUnit(ProcurementAmount, MoneyUnit.TenThousandYuan), ReportFormat.National2019);

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([a, b]);

        act.Should().Throw<RollupException>().WithMessage("Cell * of *乙*: 100000000000000 TenThousandYuan cannot be converted exactly to Yuan within 18 significant digits.")
            .Which.Reports.Should().ContainSingle().Which.AgencyName.Should().Be("乙");
    }

    [Fact]
    public void Aggregate_LegacyOtherRowsWhoseSumPasses18Digits_IsAnErrorNamingTheRow()
    {
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);
        var a = seed.ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", CellValue.MaxWholeNumber, CellValue.MaxWholeNumber)).Build();
        var other = seed.ToBuilder();
        other.Agency = seed.Agency with { Name = "沙县某镇人民政府" };
        var b = other.AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 1L, 1L)).Build();

        var act = () => new ReportAggregator(RollupLevel.All).Aggregate([a, b]);

        act.Should().Throw<RollupException>().WithMessage("The sum of the legacy rows '依申请公开信息目录数' of all has more than 18 significant digits once 沙县某镇人民政府 2018* is added.")
            .Which.Jurisdiction.Should().Be("all");
    }

    [Fact]
    public void Aggregate_MoneyWithoutADefaultUnit_IsKeptInTheFirstUnitStated()
    {
        var a = Constructed("320803", "甲", b => b.Set(ProcurementAmount, 120.5m).SetMoneyUnit(ProcurementAmount, MoneyUnit.Yuan), ReportFormat.National2019);
        var b = Constructed("320803", "乙", b => b.Set(ProcurementAmount, 0.25m).SetMoneyUnit(ProcurementAmount, MoneyUnit.TenThousandYuan), ReportFormat.National2019);

        var result = new ReportAggregator(RollupLevel.County).Aggregate([a, b])[0];

        result.Report![ProcurementAmount].Value.Should().Be(2620.5m);
        result.Report.GetMoneyUnit(ProcurementAmount).Should().Be(MoneyUnit.Yuan);
    }

    [Fact]
    public void Aggregate_MoneyOfUnknownUnit_IsNotAddedToOtherMoney()
    {
        var a = Constructed("320803", "甲", b => b[ProcurementAmount] = 120.5m, ReportFormat.National2019);
        var b = Constructed("320803", "乙", b => b.Set(ProcurementAmount, 1).SetMoneyUnit(ProcurementAmount, MoneyUnit.Yuan), ReportFormat.National2019);
        var c = Constructed("320803", "丙", b => b[ProcurementAmount] = 3m, ReportFormat.National2019);

        var act = () => new ReportAggregator(RollupLevel.County).Aggregate([a, b]);
        var both = () => new ReportAggregator(RollupLevel.County).Aggregate([a, c]);

        act.Should().Throw<RollupException>().WithMessage("*procurementAmount*甲*without a unit*乙*")
            .Which.Cell.Should().Be(ProcurementAmount);
        both.Should().Throw<RollupException>().WithMessage("*丙 2020*without a unit*甲 2020*");
    }

    [Fact]
    public void Aggregate_SingleOtherHandlingRowAndSubRows_GivesTheSingleRowWithTheSubRowsAdded()
    {
        var single = Constructed("320803", "甲", b => b.Set(RequestRow.OtherHandling, Applicant.Total, 4));
        var subRows = Constructed("320803", "乙", b => b
            .Set(RequestRow.OtherNoCorrection, Applicant.Total, 1)
            .Set(RequestRow.OtherFeeUnpaid, Applicant.Total, 2)
            .Set(RequestRow.OtherOther, Applicant.Total, 3));
        var blankSubRow = Constructed("320803", "丙", b => b
            .Set(RequestRow.OtherNoCorrection, Applicant.Total, 10)
            .Set(RequestRow.OtherFeeUnpaid, Applicant.Total, 20));

        var mixed = new ReportAggregator(RollupLevel.County).Aggregate([single, subRows, blankSubRow])[0];
        var onlySubRows = new ReportAggregator(RollupLevel.County).Aggregate([subRows, blankSubRow])[0];

        var key = CellKey.Parse("requests.otherHandling.total");
        mixed.Report!.Requests[RequestRow.OtherHandling, Applicant.Total].Value.Should().Be(40, "丙's 10 and 20 are added beside its blank sub-row, as they are in the sub-rows' own sums");
        mixed.Report.Requests[RequestRow.OtherOther, Applicant.Total].IsApplicable.Should().BeFalse();
        mixed.GetReportedCount(key).Should().Be(2);
        mixed.GetBlankCount(key).Should().Be(1);
        mixed.GetKeyIndicator(KeyIndicator.OtherOutcome).Value.Should().Be(10);
        onlySubRows.Report!.Requests[RequestRow.OtherHandling, Applicant.Total].IsApplicable.Should().BeFalse();
        onlySubRows.Report.Requests[RequestRow.OtherNoCorrection, Applicant.Total].Value.Should().Be(11);
        onlySubRows.Report.Requests[RequestRow.OtherOther, Applicant.Total].Value.Should().Be(3);
        onlySubRows.GetBlankCount(CellKey.Parse("requests.otherOther.total")).Should().Be(1);
    }

    [Fact]
    public void Aggregate_OfPartialRollupsWithSubRowsPartlyBlank_GivesTheSumsOfAllAtOnce()
    {
        // Counties into prefectures, then prefectures into the province: 丙 leaves one sub-row blank and gives the others.
        var single = Constructed("320803", "甲", b => b.Set(RequestRow.OtherHandling, Applicant.Total, 4));
        var subRows = Constructed("320804", "乙", b => b
            .Set(RequestRow.OtherNoCorrection, Applicant.Total, 1)
            .Set(RequestRow.OtherFeeUnpaid, Applicant.Total, 2)
            .Set(RequestRow.OtherOther, Applicant.Total, 3));
        var blankSubRow = Constructed("320805", "丙", b => b
            .Set(RequestRow.OtherNoCorrection, Applicant.Total, 10)
            .Set(RequestRow.OtherFeeUnpaid, Applicant.Total, 20));
        var key = CellKey.Parse("requests.otherHandling.total");

        var atOnce = new ReportAggregator(_ => "省").Aggregate([single, subRows, blankSubRow])[0];
        var left = new ReportAggregator(_ => "甲市").Aggregate([single])[0].Report!;
        var right = new ReportAggregator(_ => "乙市").Aggregate([subRows, blankSubRow])[0].Report!;
        var ofParts = new ReportAggregator(_ => "省").Aggregate([left, right])[0];

        atOnce.Report![key].Should().Be(CellValue.Of(40));
        ofParts.Report![key].Should().Be(atOnce.Report[key]);
        atOnce.GetBlankCount(key).Should().Be(1, "丙's figure for the row is not whole");
        atOnce.IsComplete(key).Should().BeFalse();
    }

    [Fact]
    public void Aggregate_ManyReportsWhoseSumPasses18Digits_FailsNamingTheCellAndTheReport()
    {
        // 10^14 requests in each of 10,001 reports: the sum passes 999,999,999,999,999,999 at the 10,000th.
        var template = Constructed("320803", "模板", b => b.Set(RequestRow.NewlyReceived, Applicant.Total, 100_000_000_000_000));
        var reports = Enumerable.Range(0, 10_001).Select(i => template with { Agency = new Agency($"机构{i}") { DivisionCode = new DivisionCode("320803") } });

        var act = () => new ReportAggregator(RollupLevel.County) { RecordSources = false }.Aggregate(reports);

        var error = act.Should().Throw<RollupException>().WithMessage("*requests.newlyReceived.total*more than 18 significant digits*机构9999*").Which;
        error.Cell.Should().Be(CellKey.Parse("requests.newlyReceived.total"));
        error.Jurisdiction.Should().Be("320803");
    }

    [Fact]
    public void Aggregate_LegacyReports_UniteTheirRowsAndPeriodsAndAddOtherRowsByLabel()
    {
        var a = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("甲") { DivisionCode = new DivisionCode("350427") })
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Annual, 3)
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 2, CellValue.NotApplicable))
            .Build();
        var b = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("乙") { DivisionCode = new DivisionCode("350427") })
            .Set(LegacyIndicator.RequestsTotal, LegacyPeriod.Cumulative, 30)
            .Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual, 7)
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 5, 50))
            .AddLegacyOtherRow(new LegacyOtherRow("其他事项", 1, CellValue.Blank))
            .Build();

        var sum = new ReportAggregator(RollupLevel.County).Aggregate([a, b])[0].Report!;

        sum.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
        sum.Legacy[LegacyIndicator.RequestsTotal, LegacyPeriod.Annual].Value.Should().Be(3);
        sum.Legacy[LegacyIndicator.RequestsTotal, LegacyPeriod.Cumulative].Value.Should().Be(30);
        sum.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual].Value.Should().Be(7);
        sum.LegacyOtherRows.Select(r => r.Label).Should().Equal("依申请公开信息目录数", "其他事项");
        sum.LegacyOtherRows[0].Annual.Value.Should().Be(7);
        sum.LegacyOtherRows[0].Cumulative.Value.Should().Be(50, "甲's table has no cumulative column");
        sum.LegacyOtherRows[1].Cumulative.IsBlank.Should().BeTrue();
    }

    private static AnnualReport Coded(AnnualReport report, string code)
    {
        var builder = report.ToBuilder();
        builder.Agency = report.Agency with { DivisionCode = new DivisionCode(code) };
        return builder.Build();
    }

    private static AnnualReport Named(AnnualReport report, string name, Action<AnnualReportBuilder> change)
    {
        var builder = report.ToBuilder();
        builder.Agency = report.Agency with { Name = name };
        change(builder);
        return builder.Build();
    }

    private static AnnualReport Constructed(string? code, string name, Action<AnnualReportBuilder>? fill = null, ReportFormat format = ReportFormat.National2021)
    {
        var year = format == ReportFormat.National2019 ? 2020 : 2024;
        var builder = AnnualReport.CreateBuilder(format, year, new Agency(name) { DivisionCode = code is null ? null : new DivisionCode(code) });
        fill?.Invoke(builder);
        return builder.Build();
    }
}
