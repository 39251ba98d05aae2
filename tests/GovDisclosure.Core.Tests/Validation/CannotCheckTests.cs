using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>GD0001: a relation with a blank operand is neither confirmed nor refuted; a blank is never read as 0.</summary>
public sealed class CannotCheckTests
{
    [Fact]
    public void Validate_HuaianGrantedCellBlank_GivesCannotCheckForBothRelationsNamingTheCell()
    {
        // 予以公开 / 商业企业 printed as 21; left blank here.
        var result = Validate(Sample(Huaian2024).With(("requests.granted.commercialEnterprise", CellValue.Blank)));

        result.Codes().Should().Equal(RuleCodes.CannotCheck, RuleCodes.CannotCheck);
        result.RelationIds().Should().Equal("requests.resultsTotal.commercialEnterprise", "requests.columnTotal.granted");
        result.Findings.Should().OnlyContain(f => f.Severity == Severity.Info && f.GetArgument("blankCells", DisplayLanguage.Chinese) == "requests.granted.commercialEnterprise");
        var column = result.Findings[0];
        column.Actual.Should().Be(CellValue.Of(53));
        column.Expected.IsBlank.Should().BeTrue();
        column.Cells.Should().Contain(CellKey.Parse("requests.granted.commercialEnterprise")).And.HaveCount(22);
        column.GetMessage().Should().Be(
            "无法核对 requests.resultsTotal.commercialEnterprise（（七）总计 = （一）至（六）各项之和）：requests.granted.commercialEnterprise 为空白，空白不按 0 计。");
        column.GetMessage(DisplayLanguage.English).Should().Be(
            "Cannot check requests.resultsTotal.commercialEnterprise (results total = the sum of outcomes (1) to (6)): requests.granted.commercialEnterprise blank, and a blank is not read as 0.");
        var row = result.Findings[1];
        row.Actual.Should().Be(CellValue.Of(1362));
        row.Expected.IsBlank.Should().BeTrue();
        row.GetMessage(DisplayLanguage.English).Should().Be(
            "Cannot check requests.columnTotal.granted (total = the sum of the six applicant columns): requests.granted.commercialEnterprise blank, and a blank is not read as 0.");
        result.ErrorCount.Should().Be(0);
        result.InfoCount.Should().Be(2);
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_BlankWhereZeroWouldBreakTheRelations_IsNotAFailure()
    {
        var zero = Validate(Sample(Huaian2024).With(("requests.granted.commercialEnterprise", 0)));
        var blank = Validate(Sample(Huaian2024).With(("requests.granted.commercialEnterprise", CellValue.Blank)));

        zero.Codes().Should().Equal(RuleCodes.RequestsResultsTotal, RuleCodes.RequestsColumnTotal);
        blank.Codes().Should().Equal(RuleCodes.CannotCheck, RuleCodes.CannotCheck);
        blank.WithCode(RuleCodes.RequestsResultsTotal).Should().BeEmpty();
        blank.WithCode(RuleCodes.RequestsColumnTotal).Should().BeEmpty();
    }

    [Fact]
    public void Validate_BlankWhereZeroWouldPass_IsNotAPass()
    {
        // 科研机构 printed 0 everywhere in Huaian's 表三: a blank instead of that 0 would add up if read as 0, but is not a pass.
        var result = Validate(Sample(Huaian2024).With(("requests.granted.researchInstitution", CellValue.Blank)));

        result.Codes().Should().Equal(RuleCodes.CannotCheck, RuleCodes.CannotCheck);
        result.RelationIds().Should().Equal("requests.resultsTotal.researchInstitution", "requests.columnTotal.granted");
    }

    [Fact]
    public void Validate_TwoBlankCellsInOneRelation_NamesBothInEachLanguage()
    {
        var report = Sample(Huaian2024).With(
            ("requests.granted.researchInstitution", CellValue.Blank),
            ("requests.granted.publicInterestOrganization", CellValue.Blank));

        var result = Validate(report);

        var row = result.Findings.Single(f => f.RelationId == "requests.columnTotal.granted");
        row.Code.Should().Be(RuleCodes.CannotCheck);
        row.GetArgument("blankCells").Should().Be("requests.granted.researchInstitution、requests.granted.publicInterestOrganization");
        row.GetArgument("blankCells", DisplayLanguage.English).Should().Be("requests.granted.researchInstitution, requests.granted.publicInterestOrganization");
        result.Codes().Should().OnlyContain(c => c == RuleCodes.CannotCheck).And.HaveCount(3);
    }

    [Fact]
    public void Validate_BlankPrintedTotal_GivesCannotCheckNotAFailure()
    {
        // The printed total itself blank (the left side of the relation).
        var result = Validate(Sample(Huaian2024).With(("reviews.litigationDirect.total", CellValue.Blank)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.CannotCheck);
        finding.RelationId.Should().Be("reviews.total.litigationDirect");
        finding.Actual.IsBlank.Should().BeTrue();
        finding.Expected.Should().Be(CellValue.Of(13 + 4 + 8 + 1));
        finding.Cells.Should().Equal(Cells(
            "reviews.litigationDirect.total",
            "reviews.litigationDirect.upheld",
            "reviews.litigationDirect.corrected",
            "reviews.litigationDirect.other",
            "reviews.litigationDirect.pending"));
        finding.GetMessage().Should().Be(
            "无法核对 reviews.total.litigationDirect（总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）：reviews.litigationDirect.total 为空白，空白不按 0 计。");
    }

    [Fact]
    public void Validate_Pingtan2011GazetteAnnualBlank_GivesCannotCheckForTheLegacyRelations()
    {
        var result = Validate(Sample(Pingtan2011).With(("legacy.proactive.gazette.annual", CellValue.Blank)));

        result.Codes().Should().Equal(RuleCodes.CannotCheck, RuleCodes.CannotCheck);
        result.RelationIds().Should().Equal("legacy.partOf.proactive.gazette.annual", "legacy.cumulativeAtLeastAnnual.proactive.gazette");
        result.Findings.Should().OnlyContain(f => f.GetArgument("blankCells", DisplayLanguage.English) == "legacy.proactive.gazette.annual");
        result.Findings[1].GetMessage(DisplayLanguage.English).Should().Be(
            "Cannot check legacy.cumulativeAtLeastAnnual.proactive.gazette (cumulative ≥ annual): legacy.proactive.gazette.annual blank, and a blank is not read as 0.");
    }

    [Fact]
    public void Validate_SeedProactiveTotalBlank_CategorySumCannotBeChecked()
    {
        var result = Validate(Sample(Seed).With(("legacy.proactive.total.annual", CellValue.Blank)));

        var categories = result.Findings.Single(f => f.RelationId == "legacy.categorySum");
        categories.Code.Should().Be(RuleCodes.CannotCheck);
        categories.Cells.Should().Equal(Cells("legacy.proactive.total.annual"));
        categories.Actual.Should().Be(CellValue.Of(198));
        categories.Expected.IsBlank.Should().BeTrue();
        result.WithCode(RuleCodes.LegacyCategorySum).Should().BeEmpty();
        result.Codes().Should().OnlyContain(c => c == RuleCodes.CannotCheck);
    }

    [Fact]
    public void Validate_CannotCheckDisabled_GivesNeitherAFindingNorAFailure()
    {
        var report = Sample(Huaian2024).With(("requests.granted.commercialEnterprise", CellValue.Blank));

        var result = Validate(report, ValidationTestKit.Options with { DisabledRules = [RuleCodes.CannotCheck] });

        result.Findings.Should().BeEmpty();
    }
}
