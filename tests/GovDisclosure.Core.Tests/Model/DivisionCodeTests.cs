using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class DivisionCodeTests
{
    // 320000 江苏省, 320800 淮安市, 320803 淮安区, 350128 平潭县.
    [Theory]
    [InlineData("320000", AgencyLevel.Provincial)]
    [InlineData("110000", AgencyLevel.Provincial)]
    [InlineData("320800", AgencyLevel.Prefectural)]
    [InlineData("321000", AgencyLevel.Prefectural)]
    [InlineData("320803", AgencyLevel.County)]
    [InlineData("350128", AgencyLevel.County)]
    [InlineData("350427105", AgencyLevel.Township)]
    [InlineData("350427105001", AgencyLevel.Township)]
    [InlineData("320800000", AgencyLevel.Township)]
    public void ImpliedLevel_FollowsTheShape(string code, AgencyLevel level)
    {
        new DivisionCode(code).ImpliedLevel.Should().Be(level);
    }

    [Theory]
    [InlineData("320803", "320000", "320800", "320803")]
    [InlineData("320800", "320000", "320800", "320800")]
    [InlineData("320000", "320000", "320000", "320000")]
    [InlineData("350427105", "350000", "350400", "350427")]
    [InlineData("350427105001", "350000", "350400", "350427")]
    public void Prefixes_GiveTheEnclosingJurisdictions(string code, string province, string prefecture, string county)
    {
        var division = DivisionCode.Parse(code);

        division.Province.Value.Should().Be(province);
        division.Prefecture.Value.Should().Be(prefecture);
        division.County.Value.Should().Be(county);
        division.Province.ImpliedLevel.Should().Be(AgencyLevel.Provincial);
    }

    [Theory]
    [InlineData("320803", "320800", true)]
    [InlineData("320803", "320000", true)]
    [InlineData("320803", "320803", true)]
    [InlineData("320800", "320000", true)]
    [InlineData("320800", "320800", true)]
    [InlineData("350427105", "350427", true)]
    [InlineData("350427105", "350400", true)]
    [InlineData("350427105001", "350427105", true)]
    [InlineData("320803", "320900", false)]
    [InlineData("320803", "350000", false)]
    [InlineData("320800", "320803", false)]
    [InlineData("320000", "320800", false)]
    [InlineData("350427", "350427105", false)]
    [InlineData("350427106", "350427105", false)]
    public void IsWithin_ComparesTheJurisdictionsPrefix(string code, string jurisdiction, bool within)
    {
        DivisionCode.Parse(code).IsWithin(DivisionCode.Parse(jurisdiction)).Should().Be(within);
    }

    [Fact]
    public void IsWithin_DefaultOnEitherSide_IsFalse()
    {
        DivisionCode.Parse("320803").IsWithin(default).Should().BeFalse();
        default(DivisionCode).IsWithin(DivisionCode.Parse("320000")).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("32080")]
    [InlineData("3208031")]
    [InlineData("32080310")]
    [InlineData("3208031050")]
    [InlineData("3504271050011")]
    [InlineData("32080a")]
    [InlineData("320 80")]
    [InlineData("-32080")]
    [InlineData("３２０８００")]
    [InlineData("000000")]
    [InlineData("001234")]
    public void Parse_BadShape_ThrowsFormatException(string text)
    {
        var act = () => DivisionCode.Parse(text);

        act.Should().Throw<FormatException>();
        DivisionCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(DivisionCode));
        DivisionCode.Check(text).Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("32080")]
    [InlineData("000000")]
    public void Constructor_BadShape_ThrowsArgumentException(string text)
    {
        var act = () => new DivisionCode(text);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Check_Length_SaysWhatWasFound()
    {
        DivisionCode.Check("3208031").Should().Contain("found 7 characters");
        DivisionCode.Check("320803").Should().BeNull();
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        DivisionCode.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByDigits()
    {
        var a = DivisionCode.Parse("320800");
        var b = new DivisionCode("320800");

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != DivisionCode.Parse("320803")).Should().BeTrue();
        a.ToString().Should().Be("320800");
        (a < DivisionCode.Parse("320803")).Should().BeTrue();
        (DivisionCode.Parse("350128") > a).Should().BeTrue();
    }

    [Fact]
    public void Default_HasEmptyValue()
    {
        default(DivisionCode).Value.Should().BeEmpty();
        default(DivisionCode).ToString().Should().BeEmpty();
    }
}
