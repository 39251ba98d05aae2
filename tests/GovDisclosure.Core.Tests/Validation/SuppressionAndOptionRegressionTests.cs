using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>Regression tests: a disabled duplicate rule, several suppressions for one finding, suppressions of "cannot check" findings.</summary>
public sealed class SuppressionAndOptionRegressionTests
{
    [Fact]
    public void ValidateSeries_DuplicateYearRuleDisabled_GivesNoFinding()
    {
        var options = ValidationTestKit.Options with { DisabledRules = [RuleCodes.SeriesDuplicateYear] };

        var result = new ReportValidator(options).ValidateSeries([Sample(Huaian2024), Sample(Huaian2024)]);

        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_TwoSuppressionsMatchingOneFinding_NeitherIsReportedUnused()
    {
        var report = Sample(Huaian2024).With(("reviews.reconsideration.total", 315)).Change(b =>
        {
            b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明一"));
            b.AddSuppression(new Suppression("reviews.total.reconsideration", [], "说明二"));
        });

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.ReviewsTotal);
        result.Findings[0].IsExplained.Should().BeTrue();
    }

    [Fact]
    public void Validate_StemSuppressionOfCannotCheck_ExplainsItAsTheRelationIdDoes()
    {
        var blank = Sample(Huaian2024).With(("reviews.litigationDirect.pending", CellValue.Blank));

        var byId = Validate(blank.Change(b => b.AddSuppression(new Suppression("reviews.total.litigationDirect", [], "未填"))));
        var byStem = Validate(blank.Change(b => b.AddSuppression(new Suppression("reviews.total", [], "未填"))));

        byId.Codes().Should().Equal(RuleCodes.CannotCheck);
        byId.Findings[0].IsExplained.Should().BeTrue();
        byStem.Codes().Should().Equal(RuleCodes.CannotCheck);
        byStem.Findings[0].IsExplained.Should().BeTrue();
    }

    [Fact]
    public void Validate_CannotCheckSuppressionUsedAcrossYears_IsNotReportedUnusedOnItsOwn()
    {
        var previous = Sample(Huaian2024).Change(b =>
        {
            b.Year = 2023;
            b["requests.carriedForward.naturalPerson"] = 34;
            b["requests.carriedForward.total"] = CellValue.Blank;
            b["proactive.regulations.inForce"] = 10;
            b["proactive.normativeDocuments.inForce"] = 84;
        });
        var current = Sample(Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.CannotCheck, [CellKey.Parse("requests.carriedOver.total")], "上年报告未填结转数")));

        ValidateSeries(previous, current).Findings.Should().ContainSingle().Which.IsExplained.Should().BeTrue();
        Validate(current).Findings.Should().BeEmpty();
    }
}

/// <summary>National-level agencies: the code 100000 stands for the whole country.</summary>
public sealed class NationalDivisionCodeTests
{
    [Fact]
    public void Validate_NationalAgencyWithCountryCode_GivesNoCodeFinding()
    {
        var report = Sample(Huaian2024).Change(b => b.Agency = b.Agency with { DivisionCode = new DivisionCode("100000"), Level = AgencyLevel.National });

        Validate(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_ProvincialAgencyWithCountryCode_DisagreesWithItsLevel()
    {
        var report = Sample(Huaian2024).Change(b => b.Agency = b.Agency with { DivisionCode = new DivisionCode("100000"), Level = AgencyLevel.Provincial });

        var finding = Validate(report).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.DivisionCodeLevel);
        finding.GetMessage(DisplayLanguage.English).Should().Be("Administrative division code 100000 is a national code, but the agency's level is provincial.");
    }

    [Fact]
    public void Validate_CreditCodeRegisteredCentrally_IsNotUnrelatedToTheDivision()
    {
        const string stem = "11100000MB0000001";
        var credit = new UnifiedSocialCreditCode(stem + UnifiedSocialCreditCode.ComputeCheckCharacter(stem));
        var report = Sample(Huaian2024).Change(b => b.Agency = b.Agency with { CreditCode = credit, DivisionCode = new DivisionCode("320000"), Level = AgencyLevel.Provincial });

        Validate(report).Findings.Should().BeEmpty();
    }
}
