using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Docs;

/// <summary>The examples of docs/validation.md are this test's code.</summary>
public sealed class ValidationDocExampleTests
{
    [Fact]
    public void ValidationDoc_ShowsTheExamplesVerbatim()
    {
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "ValidationDocExampleTests.cs"), "validate-one", "docs/validation.md");
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "ValidationDocExampleTests.cs"), "validate-options", "docs/validation.md");
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "ValidationDocExampleTests.cs"), "validate-batch", "docs/validation.md");
    }

    [Fact]
    public void ValidateOneExample_FindsTheSeedReportsWarning()
    {
        var path = Samples.SeedJsonPath;

        // begin-snippet: validate-one
        AnnualReport report = GovDisclosureJson.ReadFile(path);
        var validator = new ReportValidator();
        ValidationResult result = validator.Validate(report);
        foreach (ValidationFinding finding in result.Findings)
        {
            Console.WriteLine($"{finding.Code} {finding.Severity}: {finding.GetMessage()}");
        }

        bool publishable = result.IsValid;                   // no error that the report does not explain
        // end-snippet
        publishable.Should().BeTrue();
        result.Findings.Should().ContainSingle().Which.Code.Should().Be("GD0301");
    }

    [Fact]
    public void OptionsExample_ChangesSeveritiesAndDeadlines()
    {
        var report = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

        // begin-snippet: validate-options
        var options = new ValidationOptions
        {
            SeverityOverrides = ValidationOptions.Default.SeverityOverrides.Add(RuleCodes.LegacyCategorySum, Severity.Error),
            DisabledRules = ValidationOptions.Default.DisabledRules.Add(RuleCodes.CannotCheck),
            Deadlines = PublicationDeadlines.Regulations with { Governments = new MonthDay(2, 28) },
        };
        var strict = new ReportValidator(options);
        // end-snippet
        strict.Validate(report).ErrorCount.Should().Be(1);
    }

    [Fact]
#pragma warning disable xUnit1051 // the documented example shows the call without a cancellation token
    public void BatchExample_ValidatesAFolder()
    {
        var folder = Path.GetDirectoryName(Samples.SeedJsonPath)!;

        // begin-snippet: validate-batch
        var batch = new BatchValidator(new ReportValidator()) { IncludeHistory = true };
        BatchSummary summary = batch.ValidatePaths([folder], finding =>
            Console.WriteLine($"{finding.Report?.ToString() ?? finding.Location?.ToString()}  {finding.Code}  {finding.GetMessage(DisplayLanguage.English)}"));
        if (!summary.IsComplete)
        {
            Console.WriteLine($"{summary.UnreadableInputs} inputs could not be read: the findings do not cover the whole batch.");
        }
        // end-snippet
        summary.Reports.Should().BeGreaterThan(0);
    }
#pragma warning restore xUnit1051
}
