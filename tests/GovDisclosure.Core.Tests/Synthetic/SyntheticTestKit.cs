using GovDisclosure.Synthetic;
using GovDisclosure.Tests.Validation;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Synthetic;

/// <summary>Generated batches shared by the generator's tests (generated once), and validation as the CLI does it.</summary>
internal static class SyntheticTestKit
{
    private static readonly Lazy<Batch> CleanBatch = new(() => Generate(new GeneratorOptions { Agencies = 400, FirstYear = 2016, LastYear = 2023 }));

    private static readonly Lazy<Batch> ErrorBatch = new(() => Generate(new GeneratorOptions { Agencies = 600, FirstYear = 2016, LastYear = 2023, ErrorShare = 0.2, Seed = 7 }));

    /// <summary>Gets 400 agencies × 2016–2023 (legacy, national2019 and national2021 reports), without planted errors.</summary>
    public static Batch Clean => CleanBatch.Value;

    /// <summary>Gets 600 agencies × 2016–2023 with a fifth of the agency-years given a planted error.</summary>
    public static Batch WithErrors => ErrorBatch.Value;

    /// <summary>
    /// Validates each report and each agency's series (reports grouped by <see cref="AgencyKey"/>), with the default
    /// options and the tests' fixed clock.
    /// </summary>
    public static List<ValidationFinding> Validate(IReadOnlyCollection<AnnualReport> reports)
    {
        var validator = new ReportValidator(ValidationTestKit.Options);
        var findings = new List<ValidationFinding>();
        foreach (var report in reports)
        {
            validator.Validate(report, findings);
        }

        foreach (var series in reports.GroupBy(AgencyKey.Of))
        {
            validator.ValidateSeries(series, findings);
        }

        return findings;
    }

    public static Batch Generate(GeneratorOptions options)
    {
        var planted = new List<PlantedError>();
        var reports = new ReportGenerator(options).Generate(planted.Add).ToList();
        return new Batch(options, reports, planted);
    }

    internal sealed record Batch(GeneratorOptions Options, List<AnnualReport> Reports, List<PlantedError> Planted);
}
