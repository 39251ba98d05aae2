using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Extraction.Internals;

namespace GovDisclosure.Extraction.Tests.Internals;

public sealed class SplitterTests
{
    [Fact]
    public void Split_RunTooLongForTheCellsDigits_GivesNoCandidateInsteadOfOverflowing()
    {
        // 40 digits into two cells: one of them would have more than 18 significant digits, more than a cell (and past a decimal's 29).
        var run = new string('9', 40);

        var candidates = Splitter.Split(run, [ValueKind.Count, ValueKind.Count], out _, out var truncated);

        candidates.Should().BeEmpty();
        truncated.Should().BeFalse();
    }

    [Fact]
    public void Split_RunOfTwoEighteenDigitCells_GivesThem()
    {
        var candidates = Splitter.Split("999999999999999999 5", [ValueKind.Count, ValueKind.Count], out _, out _);

        candidates.Should().ContainSingle().Which.Should().Equal("999999999999999999", "5");
    }
}
