using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class AgencyTests
{
    [Fact]
    public void Constructor_Name_IsKeptAsPrinted()
    {
        var agency = new Agency("沙县高桥镇人民政府");

        agency.Name.Should().Be("沙县高桥镇人民政府");
        agency.CreditCode.Should().BeNull();
        agency.DivisionCode.Should().BeNull();
        agency.Level.Should().BeNull();
        agency.Kind.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000")]
    public void Constructor_EmptyName_ThrowsArgumentException(string name)
    {
        var act = () => new Agency(name);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNull()
    {
        var act = () => new Agency(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void With_EmptyName_ThrowsArgumentException()
    {
        var agency = new Agency("淮安市人民政府");

        var act = () => agency with { Name = "  " };

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Init_AllMembers_AreKept()
    {
        var agency = new Agency("荥阳市司法局")
        {
            CreditCode = UnifiedSocialCreditCode.Parse("11410182005291054B"),
            DivisionCode = DivisionCode.Parse("410182"),
            Level = AgencyLevel.County,
            Kind = AgencyKind.Department,
        };

        agency.CreditCode!.Value.IsStateOrgan.Should().BeTrue();
        agency.DivisionCode.Should().Be(DivisionCode.Parse("410182"));
        agency.Level.Should().Be(AgencyLevel.County);
        agency.Kind.Should().Be(AgencyKind.Department);
    }

    [Fact]
    public void Equals_SameMembers_AreEqualWithEqualHashCodes()
    {
        var a = new Agency("淮安市人民政府") { DivisionCode = DivisionCode.Parse("320800"), Level = AgencyLevel.Prefectural, Kind = AgencyKind.Government };
        var b = new Agency("淮安市人民政府") { DivisionCode = new DivisionCode("320800"), Level = AgencyLevel.Prefectural, Kind = AgencyKind.Government };

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_AnyMemberDiffers_AreNotEqual()
    {
        var a = new Agency("淮安市人民政府") { DivisionCode = DivisionCode.Parse("320800"), Level = AgencyLevel.Prefectural };

        (a == (a with { Name = "淮安市人民政府办公室" })).Should().BeFalse();
        (a == (a with { DivisionCode = DivisionCode.Parse("320803") })).Should().BeFalse();
        (a == (a with { Level = AgencyLevel.County })).Should().BeFalse();
        (a == (a with { Kind = AgencyKind.Government })).Should().BeFalse();
        (a == (a with { CreditCode = UnifiedSocialCreditCode.Parse("11140800558745220K") })).Should().BeFalse();
    }
}
