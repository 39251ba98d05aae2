using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class LegacyOtherRowTests
{
    [Fact]
    public void Indexer_Period_ReadsItsFigure()
    {
        var row = new LegacyOtherRow("依申请公开信息目录数", 4, CellValue.Blank);

        row[LegacyPeriod.Annual].Should().Be(CellValue.Of(4));
        row[LegacyPeriod.Cumulative].IsBlank.Should().BeTrue();
        row[LegacyPeriod.YearToDate].IsApplicable.Should().BeFalse("a period the table does not print is not applicable by default");
    }

    [Fact]
    public void Indexer_UnknownPeriod_Throws()
    {
        var row = new LegacyOtherRow("依申请公开信息目录数", 4, 5);

        var act = () => row[(LegacyPeriod)7];

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_EmptyLabel_Throws()
    {
        var act = () => new LegacyOtherRow(" ", 1, 2);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_FiguresFollowCellValueEquality()
    {
        new LegacyOtherRow("收费", 1.5m, 3.25m).Should().Be(new LegacyOtherRow("收费", 1.50m, 3.250m));
        new LegacyOtherRow("收费", 0, 0).Should().NotBe(new LegacyOtherRow("收费", CellValue.Blank, 0));
    }
}
