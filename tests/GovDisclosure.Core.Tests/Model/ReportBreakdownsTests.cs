using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class ReportBreakdownsTests
{
    [Fact]
    public void Empty_HasNoEntries()
    {
        ReportBreakdowns.Empty.IsEmpty.Should().BeTrue();
        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            ReportBreakdowns.Empty.Get(kind).Should().BeEmpty();
        }
    }

    [Fact]
    public void With_OneBreakdown_ReplacesOnlyIt()
    {
        var breakdowns = ReportBreakdowns.Empty.With(BreakdownKind.ProactiveByChannel, [new LabeledCount("微信公众号发布", 47)]);

        breakdowns.ProactiveByChannel.Should().Equal(new LabeledCount("微信公众号发布", 47));
        breakdowns.ProactiveByCategory.Should().BeEmpty();
        breakdowns.IsEmpty.Should().BeFalse();
        ReportBreakdowns.Empty.IsEmpty.Should().BeTrue("the original is unchanged");
    }

    [Fact]
    public void Equals_SameEntries_AreEqualWithEqualHashCodes()
    {
        var a = ReportBreakdowns.Empty with { Figures = [new LabeledCount("政策解读数量", 17)] };
        var b = ReportBreakdowns.Empty with { Figures = [new LabeledCount("政策解读数量", 17)] };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SameEntryInAnotherBreakdown_AreNotEqual()
    {
        var a = ReportBreakdowns.Empty with { Figures = [new LabeledCount("公开栏", 3)] };
        var b = ReportBreakdowns.Empty with { ProactiveByChannel = [new LabeledCount("公开栏", 3)] };

        a.Should().NotBe(b);
    }

    [Fact]
    public void Init_DefaultArray_IsEmpty()
    {
        var breakdowns = ReportBreakdowns.Empty with { ProactiveByCategory = default };

        breakdowns.ProactiveByCategory.IsDefault.Should().BeFalse();
        breakdowns.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Init_NullEntry_Throws()
    {
        var act = () => ReportBreakdowns.Empty with { Figures = [null!] };

        act.Should().Throw<ArgumentNullException>();
    }
}
