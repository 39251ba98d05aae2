using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class SuppressionTests
{
    [Fact]
    public void Constructor_Members_AreKept()
    {
        var suppression = new Suppression("legacy.categorySum", [CellKey.Parse("legacy.proactive.total.annual")], "正文只列举了六类");

        suppression.Code.Should().Be("legacy.categorySum");
        suppression.Cells.Should().Equal(CellKey.Parse("legacy.proactive.total.annual"));
        suppression.Reason.Should().Be("正文只列举了六类");
    }

    [Fact]
    public void Equals_SameMembers_AreEqualWithEqualHashCodes()
    {
        var a = new Suppression("requests.balance.total", [CellKey.Parse("requests.carriedForward.total")], "说明");
        var b = new Suppression("requests.balance.total", [CellKey.Parse("requests.carriedForward.total")], "说明");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(b with { Cells = [] });
        a.Should().NotBe(b with { Code = "requests.balance.naturalPerson" });
    }

    [Theory]
    [InlineData("", "说明")]
    [InlineData("requests.balance", " ")]
    public void Constructor_EmptyCodeOrReason_Throws(string code, string reason)
    {
        var act = () => new Suppression(code, [], reason);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void With_DefaultCells_AreEmpty()
    {
        var suppression = new Suppression("requests.balance", [], "说明") with { Cells = default };

        suppression.Cells.IsDefault.Should().BeFalse();
        suppression.Cells.Should().BeEmpty();
    }
}
