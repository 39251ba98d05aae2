using BenchmarkDotNet.Attributes;
using GovDisclosure.Extraction;

namespace GovDisclosure.Benchmarks.Extraction;

/// <summary>
/// <see cref="ReportExtractor"/> on the real report texts of ../shared/samples/reports (8–17 KB each: flattened one
/// cell per line, run together, pdftotext layout), from the text to the validated report with its diagnostics. The goal
/// is ≥ 5,000 report texts of about 16 KB per second per core. <see cref="AllSamples"/> is per report.
/// Measured on the shared 2-core machine under a load average above 20: 2.9–8.6 ms per report wall-clock,
/// 165–330 KB allocated; 0.55–0.83 ms of CPU time per report (about 1,200–1,800 per second per core): short of the goal.
/// With the labels matched on reused buffers, 107–295 KB allocated per report; still short of the goal (see docs/extraction.md).
/// Measured again on a quieter machine after warm-up, back to back: 0.35–0.45 ms of CPU time per report (2,200–2,900 per
/// second per core) and 132–363 KB allocated before the rivals, relations and detection were worked out once; 0.29 ms
/// (3,400–3,500 per second per core) and 99–310 KB after. <see cref="AllSamples"/>: 404 µs and 236 KB per report before,
/// 380 µs and 205 KB after (<c>--job short</c>). Still short of the goal: the rest is spread over the matcher, the
/// tokenisers and the garbage collector (docs/extraction.md, "Speed"). After a third round (surface forms, heading
/// checks, plain-digit cells, builder cells by definition, line splitting, legacy prose), in a warm process: 0.19 ms of
/// CPU time per report before and 0.14 ms after (about 7,000 per second per core, the goal met once the JIT has finished
/// its tiers), 32–153 KB allocated per report.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string[] _texts = [];
    private string _flattened = string.Empty;
    private string _runTogether = string.Empty;
    private string _layout = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var folder = SamplesFolder();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        _texts = [.. files.Select(File.ReadAllText)];
        foreach (var (file, text) in files.Zip(_texts))
        {
            if (ReportExtractor.Extract(text).Report is null)
            {
                throw new InvalidOperationException($"{file} gives no report.");
            }
        }

        _flattened = _texts[Array.FindIndex(files, f => f.Contains("010-", StringComparison.Ordinal))];
        _runTogether = _texts[Array.FindIndex(files, f => f.Contains("006-", StringComparison.Ordinal))];
        _layout = _texts[Array.FindIndex(files, f => f.Contains("007-", StringComparison.Ordinal))];
    }

    /// <summary>Every sample text once (per report).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int AllSamples()
    {
        var cells = 0;
        for (var i = 0; i < 5; i++)
        {
            cells += ReportExtractor.Extract(_texts[i % _texts.Length]).Diagnostics.Length;
        }

        return cells;
    }

    /// <summary>A 2021-format report flattened one cell per line (8 KB).</summary>
    [Benchmark]
    public ExtractionResult Flattened() => ReportExtractor.Extract(_flattened);

    /// <summary>A 2019-format report whose table cells ran together (17 KB), resolved by the relations.</summary>
    [Benchmark]
    public ExtractionResult RunTogether() => ReportExtractor.Extract(_runTogether);

    /// <summary>A 2021-format report as <c>pdftotext -layout</c> text (11 KB).</summary>
    [Benchmark]
    public ExtractionResult Layout() => ReportExtractor.Extract(_layout);

    private static string SamplesFolder()
    {
        // BenchmarkDotNet runs a copy of this assembly from a folder below the project's bin: look upwards for the repository.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovDisclosure.Core.sln")))
            {
                var samples = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "samples", "reports"));
                return Directory.Exists(samples) ? samples : throw new DirectoryNotFoundException("The shared sample reports are expected at " + samples);
            }
        }

        throw new DirectoryNotFoundException("GovDisclosure.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
