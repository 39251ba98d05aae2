using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>
/// The arguments the validation types refuse: each public member names the argument it refuses, rather than failing
/// later with a <see cref="NullReferenceException"/> from inside.
/// </summary>
public sealed class ValidationArgumentTests
{
    private static readonly AnnualReport Seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

    [Fact]
    public void ReportValidator_NullArguments_ThrowArgumentNullNamingThem()
    {
        var validator = RuleTestKit.Validator;

        ShouldRefuse(() => _ = new ReportValidator(null!), "options");
        ShouldRefuse(() => validator.GetSeverity(null!), "rule");
        ShouldRefuse(() => validator.Validate(null!), "report");
        ShouldRefuse(() => validator.Validate(null!, new List<ValidationFinding>()), "report");
        ShouldRefuse(() => validator.Validate(Seed, null!), "findings");
        ShouldRefuse(() => validator.ValidateSeries(null!), "reports");
        ShouldRefuse(() => validator.ValidateSeries([Seed], null!), "findings");
    }

    [Fact]
    public void BatchValidator_NullArguments_ThrowArgumentNullNamingThem()
    {
        var batch = new BatchValidator(RuleTestKit.Validator);
        using var stream = new MemoryStream();

        ShouldRefuse(() => batch.ValidateJsonLines(null!, null, _ => { }), "stream");
        ShouldRefuse(() => batch.ValidatePaths(null!, _ => { }), "paths");
        ShouldRefuse(() => batch.Validate((IEnumerable<ReportReadResult>)null!, _ => { }), "inputs");
        ShouldRefuse(() => batch.Validate(Array.Empty<ReportReadResult>(), null!), "onFinding");
        ShouldRefuse(() => batch.Validate((Func<IEnumerable<ReportReadResult>>)null!, _ => { }), "readInputs");
        ShouldRefuse(() => batch.Validate(() => [], null!), "onFinding");
    }

    [Fact]
    public void BatchValidator_NoValidatorGiven_UsesTheDefaultOptions() =>
        new BatchValidator().Validator.Options.Should().BeSameAs(ValidationOptions.Default);

    [Fact]
    public void FindingsAndRules_NullArguments_ThrowArgumentNullNamingThem()
    {
        var rule = RuleCatalog.Get(RuleCodes.YearInFuture);

        ShouldRefuse(() => _ = new ValidationFinding(null!, Severity.Error, []), "rule");
        ShouldRefuse(() => _ = new ValidationFinding(rule, Severity.Error, null!), "arguments");
        ShouldRefuse(() => _ = new ValidationResult(null!), "findings");
        ShouldRefuse(() => rule.FormatMessage(null!), "arguments");
        ShouldRefuse(() => _ = new FindingArgument("year", null!), "value");
        ShouldRefuse(() => _ = new FindingArgument("year", "2030", null!), "englishValue");
        ShouldRefuse(() => RuleCatalog.TryGet(null!, out _), "code");
        ShouldRefuse(() => RuleCatalog.ForRelation(null!), "relation");
        ShouldRefuse(() => ReportIdentity.Of(null!), "report");
    }

    [Fact]
    public void FindingArgumentAndIdentity_EmptyNames_ThrowArgumentException()
    {
        var name = () => new FindingArgument(string.Empty, "2030");
        var agency = () => new ReportIdentity(" ", 2018, ReportFormat.Legacy);

        name.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        agency.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("agencyName");
    }

    [Fact]
    public void ValidationOptions_NullSettings_ThrowArgumentNull()
    {
        ((Action)(() => _ = new ValidationOptions { Deadlines = null! })).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationOptions { SeverityOverrides = null! })).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationOptions { DisabledRules = null! })).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationOptions { TimeProvider = null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void RuleCatalog_UnknownCodeOrRelation_ThrowsKeyNotFoundNamingIt()
    {
        var code = () => RuleCatalog.Get("GD9999");

        code.Should().Throw<KeyNotFoundException>().WithMessage("No validation rule has the code 'GD9999'.");
        RuleCatalog.TryGet("GD9999", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void ValidationResult_OfTheSeedsFindings_KeepsThemInOrder()
    {
        var findings = RuleTestKit.Validator.Validate(Seed).Findings;

        var result = new ValidationResult(findings.Reverse());

        result.Findings.Should().Equal(findings.Reverse());
    }

    private static void ShouldRefuse(Action act, string parameter) =>
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(parameter);
}
