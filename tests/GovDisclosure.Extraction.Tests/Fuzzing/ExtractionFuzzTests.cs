using FluentAssertions;
using GovDisclosure.Fuzzing;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Extraction.Tests.Fuzzing;

/// <summary>
/// A short seeded run of the mutation fuzzer over text and HTML extraction (the long runs are done by hand with
/// <c>tests/GovDisclosure.Fuzz</c>; see docs/robustness.md): every input ends in a result holding a report that writes
/// and reads back, validates and renders, or an error diagnostic — never an exception. Set GOVDISCLOSURE_FUZZ_COUNT to
/// run more inputs.
/// </summary>
public sealed class ExtractionFuzzTests
{
    private static readonly long Count = long.TryParse(Environment.GetEnvironmentVariable("GOVDISCLOSURE_FUZZ_COUNT"), out var count) ? count : 300;

    public static TheoryData<string> Readers() => ["text", "html"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Extract_MutatedInputs_GiveAReportOrAnErrorDiagnostic(string reader)
    {
        var target = ExtractionFuzzTargets.All(Samples.RepositoryRoot, Samples.ReportsFolder).Single(t => t.Name == reader);

        var summary = FuzzRunner.Run(target, Count, seed: 20261128, maxLength: 64 * 1024);

        summary.Crashes.Select(c => $"input #{c.Index} ({c.Input.Length} bytes): {c.Error}").Should().BeEmpty();
        summary.Inputs.Should().Be(Count);
        summary.ReportsRead.Should().BeGreaterThan(target.Seeds.Count / 2, "the seeds and some mutations give reports");
    }
}
