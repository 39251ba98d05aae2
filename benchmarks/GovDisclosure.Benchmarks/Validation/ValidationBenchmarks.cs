using BenchmarkDotNet.Attributes;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;
using GovDisclosure.Validation;

namespace GovDisclosure.Benchmarks.Validation;

/// <summary>
/// <see cref="ReportValidator"/> on reports without findings (the common case, whose goal is ≥ 1,000,000 national2021
/// reports per second per core and no allocation), on the seed legacy report (one warning), and on ten-year series.
/// Results of the batched benchmarks are per report or per series.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const int ReportCount = 1_000;
    private const int SeriesCount = 100;
    private const int SeriesYears = 10;

    private readonly ReportValidator _validator = new();
    private readonly List<ValidationFinding> _findings = [];
    private AnnualReport[] _national2021 = [];
    private AnnualReport _legacy = null!;
    private AnnualReport[][] _series = [];

    [GlobalSetup]
    public void Setup()
    {
        _national2021 = [.. new ReportGenerator(new GeneratorOptions { Agencies = ReportCount / 4, FirstYear = 2021, LastYear = 2024 }).Generate()];
        foreach (var report in _national2021)
        {
            var findings = _validator.Validate(report).Findings;
            if (findings.Length != 0)
            {
                throw new InvalidOperationException($"The benchmark report {report} has findings: {string.Join("; ", findings.Select(f => f.GetMessage(DisplayLanguage.English)))}");
            }
        }

        _legacy = GovDisclosureJson.ReadFile(SeedJsonPath());
        var warnings = _validator.Validate(_legacy).Findings.Where(f => f.Severity != Severity.Info).ToList();
        if (warnings.Count != 1 || warnings[0].Severity != Severity.Warning)
        {
            throw new InvalidOperationException($"The seed report should give exactly one warning, found {warnings.Count} findings above Info.");
        }

        _series = [.. new ReportGenerator(new GeneratorOptions { Agencies = SeriesCount, FirstYear = 2019, LastYear = 2019 + SeriesYears - 1 }).Generate().Chunk(SeriesYears)];
        foreach (var series in _series)
        {
            var findings = _validator.ValidateSeries(series).Findings;
            if (findings.Length != 0)
            {
                throw new InvalidOperationException($"The benchmark series of {series[0].Agency.Name} has findings: {string.Join("; ", findings.Select(f => f.GetMessage(DisplayLanguage.English)))}");
            }
        }
    }

    /// <summary>One national2021 report with no findings, into a reused list (per report).</summary>
    [Benchmark(OperationsPerInvoke = ReportCount)]
    public int National2021NoFindings()
    {
        var findings = _findings;
        var added = 0;
        foreach (var report in _national2021)
        {
            findings.Clear();
            added += _validator.Validate(report, findings);
        }

        return added;
    }

    /// <summary>The seed legacy report (2018, one warning and its Info findings), into a reused list.</summary>
    [Benchmark]
    public int LegacySeedReport()
    {
        _findings.Clear();
        return _validator.Validate(_legacy, _findings);
    }

    /// <summary>The cross-year rules on ten years (2019–2028) of one agency's national reports (per series).</summary>
    [Benchmark(OperationsPerInvoke = SeriesCount)]
    public int NationalSeriesOfTenYears()
    {
        var findings = _findings;
        var added = 0;
        foreach (var series in _series)
        {
            findings.Clear();
            added += _validator.ValidateSeries(series, findings);
        }

        return added;
    }

    private static string SeedJsonPath()
    {
        // BenchmarkDotNet runs a copy of this assembly from a folder below the project's bin: look upwards for the repository.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "samples", "data", "gaoqiao-township-2018.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("samples/data/gaoqiao-township-2018.json not found above " + AppContext.BaseDirectory);
    }
}
