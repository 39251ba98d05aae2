using BenchmarkDotNet.Attributes;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Benchmarks.Csv;

/// <summary>
/// Writing 100,000 national2021 reports as a tidy CSV file (about 21 million records), streamed to a temporary file as
/// the reports are made: allocations per report are constant and nothing is kept, so memory stays flat.
/// </summary>
[MemoryDiagnoser]
public class CsvWriteBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = CsvBenchmarkFiles.TemporaryPath();

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long WriteTidy()
    {
        GovDisclosureCsv.WriteFile(_path, CsvBenchmarkFiles.National2021());
        return new FileInfo(_path).Length;
    }
}
