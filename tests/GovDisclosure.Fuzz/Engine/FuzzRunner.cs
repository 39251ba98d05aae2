using System.Diagnostics;

namespace GovDisclosure.Fuzzing;

/// <summary>
/// A reader under fuzzing: its seed inputs, the words of its format, and how to read one input. Reading returns the
/// number of reports read (0 is fine) or throws the reader's documented exception; any other exception is a crash.
/// </summary>
/// <param name="Name">The reader's name on the command line (<c>json</c>, <c>jsonl</c>, …).</param>
/// <param name="Seeds">Valid and near-valid inputs to mutate.</param>
/// <param name="Dictionary">Words of the format to insert.</param>
/// <param name="Read">Reads one input, checks what was read, and returns the number of reports.</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, IReadOnlyList<string> Dictionary, Func<byte[], int> Read);

/// <summary>An input that ended in something other than a report or the documented exception.</summary>
/// <param name="Index">The input's number in the run.</param>
/// <param name="Input">The input.</param>
/// <param name="Error">What happened.</param>
internal sealed record FuzzCrash(long Index, byte[] Input, Exception Error);

/// <summary>The outcome of a run over one reader.</summary>
internal sealed class FuzzSummary
{
    public required string Reader { get; init; }

    public required int Seed { get; init; }

    public long Inputs { get; set; }

    public long Accepted { get; set; }

    public long Rejected { get; set; }

    public long ReportsRead { get; set; }

    public List<FuzzCrash> Crashes { get; } = [];

    public long CrashCount { get; set; }

    /// <summary>Gets or sets the number of inputs that took longer than the run's slow threshold (a hang in the making).</summary>
    public long SlowCount { get; set; }

    public TimeSpan Elapsed { get; set; }

    public TimeSpan Slowest { get; set; }

    public int SlowestLength { get; set; }

    public int LargestInput { get; set; }

    /// <summary>Gets or sets the most bytes allocated for one input, per byte of that input (of inputs of at least 64 KiB).</summary>
    public double MaxAllocationPerInputByte { get; set; }

    public override string ToString() =>
        $"{Reader}: {Inputs:N0} inputs (seed {Seed}) in {Elapsed.TotalSeconds:F1} s: {Accepted:N0} read ({ReportsRead:N0} reports), {Rejected:N0} rejected with a located ReportReadException, {CrashCount:N0} crashes, {SlowCount:N0} slow; "
        + $"slowest input {Slowest.TotalMilliseconds:F0} ms ({SlowestLength:N0} bytes); largest input {LargestInput:N0} bytes; at most {MaxAllocationPerInputByte:F1} bytes allocated per input byte (inputs ≥ 64 KiB)";
}

/// <summary>Runs a seeded mutation fuzzer over a reader and checks the contract on every input.</summary>
internal static class FuzzRunner
{
    /// <summary>Mutates the reader's seeds <paramref name="count"/> times and reads each input.</summary>
    /// <param name="target">The reader.</param>
    /// <param name="count">How many inputs.</param>
    /// <param name="seed">The seed of the mutations.</param>
    /// <param name="maxLength">The longest input, in bytes.</param>
    /// <param name="onCrash">Called for each crash (to save the input).</param>
    /// <param name="onProgress">Called every 10,000 inputs.</param>
    /// <param name="onSlow">Called for each input slower than <paramref name="slow"/> (to save it), with its time.</param>
    /// <param name="slow">How long one input may take before it counts as slow (default 1 s).</param>
    /// <returns>The summary; <see cref="FuzzSummary.Crashes"/> holds the first 20 crashes.</returns>
    public static FuzzSummary Run(FuzzTarget target, long count, int seed, int maxLength = 1 << 20, Action<FuzzCrash>? onCrash = null, Action<FuzzSummary>? onProgress = null, Action<long, byte[], TimeSpan>? onSlow = null, TimeSpan? slow = null)
    {
        var slowThreshold = slow ?? TimeSpan.FromSeconds(1);
        var mutator = new Mutator(seed, maxLength, target.Dictionary);
        var summary = new FuzzSummary { Reader = target.Name, Seed = seed };
        var total = Stopwatch.StartNew();
        var one = new Stopwatch();

        // The seeds themselves first, then mutations of them.
        for (long i = 0; i < count; i++)
        {
            var input = i < target.Seeds.Count ? target.Seeds[(int)i] : mutator.Mutate(target.Seeds[mutator.Random.Next(target.Seeds.Count)], target.Seeds);
            summary.Inputs++;
            summary.LargestInput = Math.Max(summary.LargestInput, input.Length);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            one.Restart();
            try
            {
                var reports = target.Read(input);
                summary.Accepted++;
                summary.ReportsRead += reports;
            }
            catch (ReportReadException error) when (HasLocation(error))
            {
                summary.Rejected++;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                var crash = new FuzzCrash(i, input, error is ReportReadException ? new InvalidOperationException("A ReportReadException without a location: " + error.Message, error) : error);
                summary.CrashCount++;
                if (summary.Crashes.Count < 20)
                {
                    summary.Crashes.Add(crash);
                }

                onCrash?.Invoke(crash);
            }

            one.Stop();
            if (one.Elapsed > slowThreshold)
            {
                summary.SlowCount++;
                onSlow?.Invoke(i, input, one.Elapsed);
            }

            if (one.Elapsed > summary.Slowest)
            {
                summary.Slowest = one.Elapsed;
                summary.SlowestLength = input.Length;
            }

            if (input.Length >= 64 * 1024)
            {
                var perByte = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / input.Length;
                summary.MaxAllocationPerInputByte = Math.Max(summary.MaxAllocationPerInputByte, perByte);
            }

            if ((i + 1) % 10_000 == 0)
            {
                summary.Elapsed = total.Elapsed;
                onProgress?.Invoke(summary);
            }
        }

        summary.Elapsed = total.Elapsed;
        return summary;
    }

    /// <summary>Whether a read error says where: a line (with or without a column), a path, or, for a problem of the whole input (its size), the source.</summary>
    public static bool HasLocation(ReportReadException error) =>
        error.Location.Line is not null || !string.IsNullOrEmpty(error.Location.Path) || !string.IsNullOrEmpty(error.Location.Source);
}
