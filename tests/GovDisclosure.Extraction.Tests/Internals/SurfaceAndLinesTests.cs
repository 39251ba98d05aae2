using System.Text;
using FluentAssertions;
using GovDisclosure.Extraction.Internals;

namespace GovDisclosure.Extraction.Tests.Internals;

/// <summary>The fast paths of the surface form and of line splitting give what their plain definitions give.</summary>
public sealed class SurfaceAndLinesTests
{
    [Fact]
    public void Surface_EveryCharacter_IsItsFoldedFormUnlessNulWhitespaceOrQuote()
    {
        const string Quotes = "\"'“”‘’「」『』《》〈〉<>";
        Span<char> one = stackalloc char[1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var folded = Labels.Fold(c);
            var expected = folded == '\0' || char.IsWhiteSpace(folded) || Quotes.Contains(folded, StringComparison.Ordinal) ? string.Empty : folded.ToString();

            Labels.Surface([c], one).Should().Be(expected.Length, $"U+{i:X4}");
            if (expected.Length > 0)
            {
                one[0].Should().Be(expected[0], $"U+{i:X4}");
            }

            var appended = new StringBuilder();
            Labels.AppendSurface(appended, [c]);
            appended.ToString().Should().Be(expected, $"U+{i:X4}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("\n\n")]
    [InlineData("a\r\nb\rc\nd\fe")]
    [InlineData("a\r\r\nb\n\r")]
    [InlineData("一\u0085二\u2028三\u2029四\r\n五")]
    [InlineData("no break\u2029")]
    public void Lines_AnyText_SplitsAsEnumerateLines(string text)
    {
        var expected = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            expected.Add(line.ToString());
        }

        var actual = new List<string>();
        foreach (var line in new Lines(text))
        {
            actual.Add(line.ToString());
        }

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData("0", true, "0")]
    [InlineData("42", true, "42")]
    [InlineData("999999999999999999", true, "999999999999999999")]
    [InlineData("1234567890123456789", true, "1234567890123456789")]
    [InlineData("007", false, "0")]
    [InlineData("4２", true, "42")]
    public void Parse_PlainDigits_ReadAsTheGeneralPathReadsThem(string text, bool isNumber, string value)
    {
        var parsed = NumberParser.Parse(text);

        parsed.Kind.Should().Be(isNumber ? CellTextKind.Number : CellTextKind.Text);
        parsed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(value);
        parsed.Value.Scale.Should().Be(0);
    }
}
