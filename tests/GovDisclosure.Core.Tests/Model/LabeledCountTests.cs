using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class LabeledCountTests
{
    [Fact]
    public void Constructor_LabelAndCount_AreKept()
    {
        var entry = new LabeledCount("政策、规范性文件类", 70);

        entry.Label.Should().Be("政策、规范性文件类");
        entry.Count.Should().Be(70);
        entry.Should().Be(new LabeledCount("政策、规范性文件类", 70));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_EmptyLabel_Throws(string label)
    {
        var act = () => new LabeledCount(label, 1);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NegativeCount_Throws()
    {
        var act = () => new LabeledCount("机构职能类", -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void With_NegativeCount_Throws()
    {
        var entry = new LabeledCount("机构职能类", 1);

        var act = () => entry with { Count = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
