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

        var candidates = Splitter.Cut(run, [ValueKind.Count, ValueKind.Count], out _, out var truncated);

        candidates.Should().BeEmpty();
        truncated.Should().BeFalse();
    }

    [Fact]
    public void Split_RunOfTwoEighteenDigitCells_GivesThem()
    {
        var candidates = Splitter.Cut("999999999999999999 5", [ValueKind.Count, ValueKind.Count], out _, out _);

        candidates.Should().ContainSingle().Which.Should().Equal("999999999999999999", "5");
    }

    [Fact]
    public void Split_RunOfSixtyThousandDigits_GivesNoCandidateAtOnce()
    {
        // Found by the fuzzer: a huge run in a row of seven cells tried every part up to the run's end at each cell.
        var run = string.Concat(Enumerable.Repeat("1234567890", 6_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var candidates = Splitter.Cut(run, [.. Enumerable.Repeat(ValueKind.Count, 7)], out _, out var truncated);

        candidates.Should().BeEmpty();
        truncated.Should().BeFalse();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Split_MoneyCellOfTheLongestText_IsStillACandidate()
    {
        // 0. and 18 decimal places: 20 characters, the longest a cell's text can be (Splitter.MaxCellLength).
        var candidates = Splitter.Cut("0.000000000000000001 7", [ValueKind.Money, ValueKind.Count], out _, out _);

        candidates.Should().ContainSingle().Which.Should().Equal("0.000000000000000001", "7");
    }

    [Fact]
    public void Split_RunJustTooLongForItsCells_GivesNoCandidateAtOnce()
    {
        // Found by the fuzzer (HTML, 7 s): 130 digits cannot fill seven counts of at most 18 digits, but every way of
        // cutting the first six was tried before that showed.
        var run = new string('9', 130);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var candidates = Splitter.Cut(run, [.. Enumerable.Repeat(ValueKind.Count, 7)], out _, out var truncated);

        candidates.Should().BeEmpty();
        truncated.Should().BeFalse();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Split_RunWithManySplits_StillStopsAtTheLimit()
    {
        var candidates = Splitter.Cut(new string('1', 60), [.. Enumerable.Repeat(ValueKind.Count, 7)], out _, out var truncated);

        candidates.Should().HaveCount(Splitter.Limit);
        truncated.Should().BeTrue();
    }

    [Fact]
    public void Cut_GivesTheCandidatesWithTheirTextsRead()
    {
        // The candidates are kept as the places of their cuts; their figures are their texts read.
        var splits = Splitter.Cut("120.5300 7万元", [ValueKind.Count, ValueKind.Money, ValueKind.Count], out var unit, out var truncated);

        unit.Should().Be(MoneyUnit.TenThousandYuan);
        truncated.Should().BeFalse();
        splits.Select(c => string.Join("/", c)).Should().Equal("1/20.5300/7", "12/0.5300/7");
        for (var i = 0; i < splits.Count; i++)
        {
            Enumerable.Range(0, 3).Select(c => splits.Value(i, c)).Should().Equal(splits[i].Select(Splitter.Value));
        }

        splits.Value(0, 1).Scale.Should().Be(4, "20.5300 keeps its printed scale");
        splits.Text(1, 0).Should().Be("12");
    }

    [Fact]
    public void Cut_ManySplits_StopsAtTheLimitInTheOrderOfTheSearch()
    {
        var splits = Splitter.Cut(new string('1', 60), [.. Enumerable.Repeat(ValueKind.Count, 7)], out _, out var truncated);

        truncated.Should().BeTrue();
        splits.Count.Should().Be(Splitter.Limit);
        splits[Splitter.Limit / 2].Should().Equal("1", "1", "11111111", "1111111111", "1111111111", "1111111111111111", "11111111111111");
    }
}
