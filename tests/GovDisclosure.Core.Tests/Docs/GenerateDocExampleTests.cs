using FluentAssertions;
using GovDisclosure.Synthetic;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Docs;

/// <summary>The example of docs/generate.md is this test's code.</summary>
public sealed class GenerateDocExampleTests
{
    [Fact]
    public void GenerateDoc_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "GenerateDocExampleTests.cs"), "generate-validate", "docs/generate.md");

    [Fact]
    public void Example_FindsExactlyThePlantedErrors()
    {
        var output = new StringWriter();

        // begin-snippet: generate-validate
        var options = new GeneratorOptions { Agencies = 200, FirstYear = 2016, LastYear = 2023, Seed = 7, ErrorShare = 0.05 };
        var planted = new List<PlantedError>();
        var reports = new ReportGenerator(options).Generate(planted.Add).ToList();   // or stream them: nothing is held

        var validator = new ReportValidator();
        var findings = new List<ValidationFinding>();
        foreach (var report in reports)
        {
            validator.Validate(report, findings);
        }

        foreach (var series in reports.GroupBy(AgencyKey.Of))                        // each agency's years
        {
            validator.ValidateSeries(series, findings);
        }

        var expected = planted.SelectMany(p => p.Findings).Select(f => (f.Report, f.Code)).ToHashSet();
        var found = findings.Select(f => (f.Report!, f.Code)).ToHashSet();
        output.WriteLine($"{reports.Count} reports, {planted.Count} planted errors, found exactly: {found.SetEquals(expected)}");
        // end-snippet

        output.ToString().Should().Be($"{reports.Count} reports, {planted.Count} planted errors, found exactly: True{Environment.NewLine}");
        planted.Should().NotBeEmpty();
    }
}
