using System.Diagnostics;
using System.Globalization;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Benchmarks.Csv;

/// <summary>
/// Shows that CSV writing and reading stream: 100,000 national2021 reports written as a tidy file and read back, with
/// the process's peak working set. Run it with the GC heap capped to show memory stays flat:
/// <c>DOTNET_GCHeapHardLimit=0x2000000 dotnet run -c Release --project benchmarks/GovDisclosure.Benchmarks -- csv-memory</c>
/// (32 MB for a 4 GB file).
/// </summary>
internal static class CsvMemoryCheck
{
    public static void Run(TextWriter output)
    {
        var path = CsvBenchmarkFiles.TemporaryPath();
        try
        {
            var clock = Stopwatch.StartNew();
            GovDisclosureCsv.WriteFile(path, CsvBenchmarkFiles.National2021());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {CsvBenchmarkFiles.Reports} reports, {new FileInfo(path).Length / 1_000_000} MB, in {clock.Elapsed.TotalSeconds:F1} s"));
            clock.Restart();
            var reports = GovDisclosureCsv.ReadFile(path).Count();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {reports} reports in {clock.Elapsed.TotalSeconds:F1} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB, GC heap limit {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_000_000} MB"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
