namespace GovDisclosure.Benchmarks;

/// <summary>
/// The sizes of the benchmarks' data. A smoke run (<c>GOVDISCLOSURE_BENCHMARK_SMOKE=1</c>, as CI sets it for its dry
/// run) divides them by 1,000, so that every benchmark is shown to build, set up and run in seconds; figures come from
/// full-size runs only.
/// </summary>
internal static class BenchmarkSize
{
    /// <summary>Gets a value indicating whether this is a smoke run.</summary>
    public static bool IsSmoke { get; } = Environment.GetEnvironmentVariable("GOVDISCLOSURE_BENCHMARK_SMOKE") is "1" or "true";

    /// <summary>Gets the size to use for a benchmark whose full size is <paramref name="full"/>.</summary>
    /// <param name="full">The full size.</param>
    /// <returns>The full size, or a thousandth of it (at least 10) in a smoke run.</returns>
    public static int Of(int full) => IsSmoke ? Math.Max(10, full / 1_000) : full;
}
