using GovDisclosure.Benchmarks.Validation;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Benchmarks.Csv;

/// <summary>
/// The reports of the CSV benchmarks: national2021 reports with their own agencies (each its credit code), sharing the
/// cells of a pool of generated reports (a <c>with</c> copy per agency), made one at a time as they are written, so
/// memory never holds the batch.
/// </summary>
internal static class CsvBenchmarkFiles
{
    /// <summary>The number of reports: the goal's 100,000.</summary>
    public const int Reports = 100_000;

    private const int Pool = 1_000;

    private static readonly AnnualReport[] ReportPool =
        [.. Enumerable.Range(0, Pool).Select(i => BenchmarkReports.National(BenchmarkReports.Agency(i), 2024, seed: i))];

    /// <summary>Gets the reports, made as they are enumerated.</summary>
    public static IEnumerable<AnnualReport> National2021(int count = Reports) =>
        Enumerable.Range(0, count).Select(i => ReportPool[i % Pool] with { Agency = BenchmarkReports.Agency(i) });

    /// <summary>Writes the reports as a tidy CSV file in the temporary folder.</summary>
    public static string WriteTidy(int count = Reports)
    {
        var path = TemporaryPath();
        GovDisclosureCsv.WriteFile(path, National2021(count));
        return path;
    }

    /// <summary>Gets a new file name in the temporary folder.</summary>
    public static string TemporaryPath() => Path.Combine(Path.GetTempPath(), "govdisclosure-bench-" + Guid.NewGuid().ToString("N") + ".csv");
}
