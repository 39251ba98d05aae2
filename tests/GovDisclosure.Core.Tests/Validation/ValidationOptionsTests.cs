using System.Collections.Immutable;
using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The validator's options: severity overrides, rules turned off, unknown codes.</summary>
public sealed class ValidationOptionsTests
{
    /// <summary>Gets 淮安 2024 with 表四's reconsideration total printed as 315 instead of 351.</summary>
    private static AnnualReport Huaian315 => Sample(Huaian2024).With(("reviews.reconsideration.total", 315));

    [Fact]
    public void Validate_SeverityOverride_ChangesTheFindingsSeverity()
    {
        var options = ValidationTestKit.Options with { SeverityOverrides = ImmutableDictionary.CreateRange([KeyValuePair.Create(RuleCodes.ReviewsTotal, Severity.Warning)]) };

        var result = Validate(Huaian315, options);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.ReviewsTotal);
        finding.Severity.Should().Be(Severity.Warning);
        finding.ToString().Should().StartWith("GD0204 warning: ");
        result.ErrorCount.Should().Be(0);
        result.WarningCount.Should().Be(1);
        result.IsValid.Should().BeTrue();
        new ReportValidator(options).GetSeverity(RuleCatalog.Get(RuleCodes.ReviewsTotal)).Should().Be(Severity.Warning);
    }

    [Fact]
    public void Validate_CannotCheckRaisedToError_MakesTheReportInvalid()
    {
        var options = ValidationTestKit.Options with { SeverityOverrides = ImmutableDictionary.CreateRange([KeyValuePair.Create(RuleCodes.CannotCheck, Severity.Error)]) };
        var report = Sample(Huaian2024).With(("reviews.litigationDirect.pending", CellValue.Blank));

        var result = Validate(report, options);

        result.Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void ValidateSeries_SeverityOverride_AppliesToSeriesRules()
    {
        var options = ValidationTestKit.Options with { SeverityOverrides = ImmutableDictionary.CreateRange([KeyValuePair.Create(RuleCodes.SeriesMissingYear, Severity.Info)]) };

        var result = ValidateSeries(options, Sample(Pingtan2024), Sample(Pingtan2024).Change(b => b.Year = 2022));

        result.Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void Validate_DisabledRule_GivesNoFindingOfThatRule()
    {
        var options = ValidationTestKit.Options with { DisabledRules = [RuleCodes.ReviewsTotal] };

        var result = Validate(Huaian315, options);

        result.Findings.Should().BeEmpty();
        new ReportValidator(options).GetSeverity(RuleCatalog.Get(RuleCodes.ReviewsTotal)).Should().BeNull();
    }

    [Fact]
    public void Validate_DisabledRule_LeavesTheOtherRules()
    {
        var options = ValidationTestKit.Options with { DisabledRules = [RuleCodes.RequestsColumnTotal] };

        var result = Validate(Sample(Huaian2024).With(("requests.granted.total", 1326)), options);

        result.Codes().Should().Equal(RuleCodes.RequestsResultsTotal);
    }

    [Fact]
    public void Validate_SeedWithCategorySumDisabled_GivesNoFinding()
    {
        Validate(Sample(Seed), ValidationTestKit.Options with { DisabledRules = [RuleCodes.LegacyCategorySum] }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_MissingYearDisabled_GivesNoFinding()
    {
        var options = ValidationTestKit.Options with { DisabledRules = [RuleCodes.SeriesMissingYear] };

        var result = ValidateSeries(options, Sample(Pingtan2019), Sample(Pingtan2024));

        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void ValidateSeries_CarryOverDisabled_LeavesInForce()
    {
        var options = ValidationTestKit.Options with { DisabledRules = [RuleCodes.SeriesCarryOver] };

        var result = ValidateSeries(options, Sample(Huaian2024).Change(b => b.Year = 2023), Sample(Huaian2024));

        result.Codes().Should().Equal(RuleCodes.SeriesInForce, RuleCodes.SeriesInForce);
    }

    [Fact]
    public void Constructor_UnknownCodeInSeverityOverrides_Throws()
    {
        var options = ValidationTestKit.Options with { SeverityOverrides = ImmutableDictionary.CreateRange([KeyValuePair.Create("GD9999", Severity.Info)]) };

        var act = () => new ReportValidator(options);

        act.Should().Throw<ArgumentException>().WithMessage("*GD9999*");
    }

    [Theory]
    [InlineData("GD9999")]
    [InlineData("gd0201")]
    [InlineData("requests.balance")]
    public void Constructor_UnknownCodeInDisabledRules_Throws(string code)
    {
        var options = ValidationTestKit.Options with { DisabledRules = [code] };

        var act = () => new ReportValidator(options);

        act.Should().Throw<ArgumentException>().WithMessage($"*{code}*");
    }

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsNamingTheRuleAndTheValue()
    {
        var options = ValidationTestKit.Options with { SeverityOverrides = ImmutableDictionary.CreateRange([KeyValuePair.Create(RuleCodes.ReviewsTotal, (Severity)42)]) };

        var act = () => new ReportValidator(options);

        act.Should().Throw<ArgumentException>().WithMessage($"Validation options give rule {RuleCodes.ReviewsTotal} the unknown severity 42.");
    }

    [Fact]
    public void GetDeadline_NullReport_ThrowsArgumentNull()
    {
        var act = () => ValidationTestKit.Options.Deadlines.GetDeadline(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
    }

    [Theory]
    [InlineData(0, 1, "month")]
    [InlineData(13, 1, "month")]
    [InlineData(1, 0, "day")]
    [InlineData(2, 29, "day")]
    public void MonthDay_DayThatIsNotInEveryYear_ThrowsNamingIt(int month, int day, string parameter)
    {
        var act = () => new MonthDay(month, day);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void GetSeverity_DefaultOptions_IsEveryRulesDefault()
    {
        var validator = new ReportValidator();

        validator.Options.Should().BeSameAs(ValidationOptions.Default);
        RuleCatalog.All.Should().OnlyContain(r => validator.GetSeverity(r) == r.DefaultSeverity);
    }

    [Fact]
    public void Validate_IntoACollection_AddsTheFindingsAndCountsThem()
    {
        var findings = new List<ValidationFinding>(Validator.Validate(Sample(Seed)).Findings);

        var added = Validator.Validate(Huaian315, findings);

        added.Should().Be(1);
        findings.Select(f => f.Code).Should().Equal(RuleCodes.LegacyCategorySum, RuleCodes.ReviewsTotal);
        ShouldRender(new ValidationResult(findings));
    }

    [Fact]
    public void ValidateSeries_IntoACollection_AddsTheFindingsAndCountsThem()
    {
        var findings = new List<ValidationFinding>();

        var added = Validator.ValidateSeries([Sample(Pingtan2019), Sample(Pingtan2024)], findings);

        added.Should().Be(4);
        findings.Should().HaveCount(4);
        ShouldRender(new ValidationResult(findings));
    }
}
