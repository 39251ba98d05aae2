using GovDisclosure.Serialization.Csv;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Benchmarks.Csv;

/// <summary>
/// The reports of the CSV benchmarks: synthetic national2021 reports of 2024 (<see cref="ReportGenerator"/>), one per
/// agency, made one at a time as they are written, so memory never holds the batch.
/// </summary>
internal static class CsvBenchmarkFiles
{
    /// <summary>The number of reports: the goal's 100,000 (a thousandth in a smoke run).</summary>
    public static readonly int Reports = BenchmarkSize.Of(100_000);

    /// <summary>Gets the reports, made as they are enumerated.</summary>
    public static IEnumerable<AnnualReport> National2021() =>
        new ReportGenerator(new GeneratorOptions { Agencies = Reports, FirstYear = 2024, LastYear = 2024 }).Generate();

    /// <summary>Writes the reports as a tidy CSV file in the temporary folder.</summary>
    public static string WriteTidy()
    {
        var path = TemporaryPath();
        GovDisclosureCsv.WriteFile(path, National2021());
        return path;
    }

    /// <summary>Gets a new file name in the temporary folder.</summary>
    public static string TemporaryPath() => Path.Combine(Path.GetTempPath(), "govdisclosure-bench-" + Guid.NewGuid().ToString("N") + ".csv");
}
