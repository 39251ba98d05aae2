using FluentAssertions;
using GovDisclosure.Extraction.Internals;

namespace GovDisclosure.Extraction.Tests.Internals;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("208", 208)]
    [InlineData(" 0\u00a0", 0)]
    [InlineData("１２３", 123)]
    [InlineData("1,234", 1234)]
    [InlineData("12，345，678", 12345678)]
    [InlineData("96171.6", 96171.6)]
    [InlineData("4166.241619", 4166.241619)]
    [InlineData("+12", 12)]
    [InlineData("-3", -3)]
    [InlineData("－3", -3)]
    [InlineData("12件", 12)]
    [InlineData("7条", 7)]
    public void Parse_Figure_ReadsTheNumberAsPrinted(string text, double expected)
    {
        var parsed = NumberParser.Parse(text);

        parsed.Kind.Should().Be(CellTextKind.Number);
        parsed.Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData("251000元", 251000, MoneyUnit.Yuan)]
    [InlineData("4068.208万元", 4068.208, MoneyUnit.TenThousandYuan)]
    public void Parse_AmountWithUnit_RecordsTheUnit(string text, double expected, MoneyUnit unit)
    {
        var parsed = NumberParser.Parse(text);

        parsed.Value.Should().Be((decimal)expected);
        parsed.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u00a0\u00a0")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("--")]
    [InlineData("——")]
    [InlineData("无")]
    [InlineData("不适用")]
    [InlineData("不涉及")]
    public void Parse_BlankMarker_IsBlankNotZero(string text) => NumberParser.Parse(text).Kind.Should().Be(CellTextKind.Blank);

    [Theory]
    [InlineData("3 000")]
    [InlineData("007")]
    [InlineData("1,23")]
    [InlineData("12%")]
    [InlineData("约12")]
    [InlineData("1.2.3")]
    [InlineData("规章")]
    public void Parse_NotAFigure_IsText(string text) => NumberParser.Parse(text).Kind.Should().Be(CellTextKind.Text);
}
