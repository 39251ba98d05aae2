using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class CellKeyTests
{
    [Fact]
    public void Parse_NationalKey_SplitsTableRowAndColumn()
    {
        var key = CellKey.Parse("requests.granted.total");

        key.Table.Should().Be("requests");
        key.Row.Should().Be("granted");
        key.Column.Should().Be("total");
        key.ToString().Should().Be("requests.granted.total");
    }

    [Fact]
    public void Parse_LegacyKeyWithDots_KeepsTheDotsInTheRow()
    {
        var key = CellKey.Parse("legacy.proactive.total.annual");

        key.Table.Should().Be("legacy");
        key.Row.Should().Be("proactive.total");
        key.Column.Should().Be("annual");
        key.ToString().Should().Be("legacy.proactive.total.annual");
    }

    [Fact]
    public void Constructor_LegacyRow_FormatsLikeTheParsedKey()
    {
        var key = new CellKey("legacy", "responses.notThisAgency", "cumulative");

        key.Should().Be(CellKey.Parse("legacy.responses.notThisAgency.cumulative"));
        key.GetHashCode().Should().Be(CellKey.Parse("legacy.responses.notThisAgency.cumulative").GetHashCode());
    }

    [Fact]
    public void Parse_Span_ParsesLikeTheString()
    {
        CellKey.Parse("xx requests.granted.total".AsSpan(3)).Should().Be(CellKey.Parse("requests.granted.total"));
    }

    [Fact]
    public void Parse_AsIParsable_Parses()
    {
        Parse<CellKey>("reviews.reconsideration.corrected").Should().Be(new CellKey("reviews", "reconsideration", "corrected"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("requests")]
    [InlineData("requests.granted")]
    [InlineData(".granted.total")]
    [InlineData("requests.granted.")]
    [InlineData("requests..total")]
    [InlineData("requests...total")]
    [InlineData("legacy.proactive..total.annual")]
    [InlineData("legacy..proactive.total.annual")]
    [InlineData("requests.granted .total")]
    [InlineData(" requests.granted.total")]
    [InlineData("requests.granted-total.x")]
    [InlineData("requests.予以公开.total")]
    [InlineData("requests.granted.total\n")]
    [InlineData("ｒequests.granted.total")]
    public void Parse_NotAKey_ThrowsFormatException(string text)
    {
        var act = () => CellKey.Parse(text);

        act.Should().Throw<FormatException>();
        CellKey.TryParse(text, out var key).Should().BeFalse();
        key.Should().Be(default(CellKey));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        CellKey.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => CellKey.Parse((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("legacy.x", "proactive.total", "annual")]
    [InlineData("legacy", "proactive.total", "an.nual")]
    [InlineData("", "granted", "total")]
    [InlineData("requests", "", "total")]
    [InlineData("requests", "granted", "")]
    [InlineData("requests", ".granted", "total")]
    [InlineData("requests", "granted.", "total")]
    [InlineData("requests", "gran ted", "total")]
    public void Constructor_BadSegment_ThrowsArgumentException(string table, string row, string column)
    {
        var act = () => new CellKey(table, row, column);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Default_IsEmptyAndUnlikeAnyKey()
    {
        var key = default(CellKey);

        key.ToString().Should().BeEmpty();
        key.Table.Should().BeEmpty();
        key.Row.Should().BeEmpty();
        key.Column.Should().BeEmpty();
        key.Should().NotBe(CellKey.Parse("requests.granted.total"));
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        (CellKey.Parse("requests.granted.total") == CellKey.Parse("requests.granted.total")).Should().BeTrue();
        (CellKey.Parse("requests.granted.total") != CellKey.Parse("requests.Granted.total")).Should().BeTrue();
        CellKey.Parse("requests.granted.total").Equals((object)"requests.granted.total").Should().BeFalse();
    }

    [Fact]
    public void CompareTo_OrdersByTableRowThenColumnOrdinally()
    {
        var keys = new[]
        {
            CellKey.Parse("reviews.reconsideration.total"),
            CellKey.Parse("requests.granted.total"),
            CellKey.Parse("requests.granted.naturalPerson"),
            CellKey.Parse("requests.carriedOver.total"),
        };

        keys.Order().Select(k => k.ToString()).Should().Equal(
            "requests.carriedOver.total", "requests.granted.naturalPerson", "requests.granted.total", "reviews.reconsideration.total");
        (keys[1] > keys[2]).Should().BeTrue();
        (keys[3] < keys[1]).Should().BeTrue();
        (keys[1] >= keys[1]).Should().BeTrue();
        (keys[1] <= keys[0]).Should().BeTrue();
    }

    private static T Parse<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
