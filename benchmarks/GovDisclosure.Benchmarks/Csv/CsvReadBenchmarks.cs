using BenchmarkDotNet.Attributes;
using CsvHelper;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Benchmarks.Csv;

/// <summary>
/// Reading a tidy CSV file of 100,000 national2021 reports (about 21 million records) back into reports, streamed from
/// a temporary file, against CsvHelper's own read of every field of the same file (the baseline): the goal is a ratio of
/// at most 2. Allocations per report are constant and nothing is kept from report to report but a 16-byte key, so memory
/// stays flat however long the file.
/// </summary>
[MemoryDiagnoser]
public class CsvReadBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = CsvBenchmarkFiles.WriteTidy();

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>CsvHelper's raw field read: every record, every field as UTF-8 bytes, nothing decoded or parsed.</summary>
    [Benchmark(Baseline = true)]
    public long RawFieldRead()
    {
        using var csv = CsvReader.FromFile(_path, CsvReaderOptions.Default with { Separator = ',' });
        long bytes = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                bytes += csv.GetSpan(i).Length;
            }
        }

        return bytes;
    }

    /// <summary>The tidy reader: every record checked against the catalogue, each report built and given as it completes.</summary>
    [Benchmark]
    public int ReadTidy()
    {
        var reports = 0;
        foreach (var unused in GovDisclosureCsv.ReadFile(_path))
        {
            reports++;
        }

        return reports == CsvBenchmarkFiles.Reports ? reports : throw new InvalidOperationException($"Read {reports} reports.");
    }
}
