using FluentAssertions;
using GovDisclosure.Fuzzing;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Fuzzing;

/// <summary>
/// A short seeded run of the mutation fuzzer over each reader of the core package (the long runs are done by hand with
/// <c>tests/GovDisclosure.Fuzz</c>; see docs/robustness.md): every input ends in reports that write and read back
/// equal, validate and render, or in a <see cref="ReportReadException"/> that says where — never another exception.
/// Set GOVDISCLOSURE_FUZZ_COUNT to run more inputs.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly long Count = long.TryParse(Environment.GetEnvironmentVariable("GOVDISCLOSURE_FUZZ_COUNT"), out var count) ? count : 2_000;

    public static TheoryData<string> Readers() => ["json", "jsonl", "csv-tidy", "csv-wide"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_MutatedInputs_GiveReportsOrALocatedReadError(string reader)
    {
        var target = CoreFuzzTargets.All(Samples.RepositoryRoot, Samples.ReportsFolder).Concat(CsvFuzzTargets.All(Samples.RepositoryRoot, Samples.ReportsFolder)).Single(t => t.Name == reader);

        // Inputs up to 64 KiB keep the run to seconds; the long runs go to 1 MiB.
        var summary = FuzzRunner.Run(target, Count, seed: 20261128, maxLength: 64 * 1024);

        output.WriteLine(summary.ToString());
        summary.Crashes.Select(c => $"input #{c.Index} ({c.Input.Length} bytes): {c.Error}").Should().BeEmpty();
        summary.Inputs.Should().Be(Count);
        summary.Accepted.Should().BeGreaterThan(target.Seeds.Count / 2, "the seeds and some mutations are reports");
        summary.Rejected.Should().BeGreaterThan(Count / 2, "most mutations break the input");
    }
}
