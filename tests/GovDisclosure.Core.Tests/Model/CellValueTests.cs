using System.Globalization;
using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class CellValueTests
{
    [Fact]
    public void Default_IsNotApplicable()
    {
        var value = default(CellValue);

        value.State.Should().Be(CellState.NotApplicable);
        value.IsApplicable.Should().BeFalse();
        value.IsBlank.Should().BeFalse();
        value.IsReported.Should().BeFalse();
        value.Should().Be(CellValue.NotApplicable);
    }

    [Fact]
    public void Blank_IsApplicableWithoutAFigure()
    {
        var value = CellValue.Blank;

        value.State.Should().Be(CellState.Blank);
        value.IsApplicable.Should().BeTrue();
        value.IsBlank.Should().BeTrue();
        value.IsReported.Should().BeFalse();
        value.GetValueOrNull().Should().BeNull();
    }

    [Fact]
    public void Of_Count_IsReportedWholeNumber()
    {
        var value = CellValue.Of(3119);

        value.State.Should().Be(CellState.Reported);
        value.IsApplicable.Should().BeTrue();
        value.IsWholeNumber.Should().BeTrue();
        value.Scale.Should().Be(0);
        value.Value.Should().Be(3119m);
        value.TryGetWholeNumber(out var number).Should().BeTrue();
        number.Should().Be(3119);
    }

    [Fact]
    public void Value_Blank_ThrowsInvalidOperation()
    {
        var act = () => CellValue.Blank.Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("*blank*");
    }

    [Fact]
    public void Value_NotApplicable_ThrowsInvalidOperation()
    {
        var act = () => CellValue.NotApplicable.Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("*not applicable*");
    }

    [Theory]
    [InlineData("96171.6", 1)] // 淮安市 2024, 行政事业性收费 (万元)
    [InlineData("4166.241619", 6)]
    [InlineData("18651.06", 2)] // 平潭 2024, 行政事业性收费 (万元)
    [InlineData("75394432.52", 2)] // 平潭 2019, 采购总金额 (元)
    [InlineData("1.50", 2)]
    [InlineData("0.0", 1)]
    [InlineData("-3", 0)]
    public void OfDecimal_PrintedNumber_KeepsItsScale(string printed, int scale)
    {
        var value = CellValue.Of(decimal.Parse(printed, CultureInfo.InvariantCulture));

        value.Scale.Should().Be(scale);
        value.ToString().Should().Be(printed);
        value.Value.ToString(CultureInfo.InvariantCulture).Should().Be(printed);
    }

    [Fact]
    public void OfDecimal_Fraction_IsNotAWholeNumber()
    {
        var value = CellValue.Of(96171.6m);

        value.IsWholeNumber.Should().BeFalse();
        value.TryGetWholeNumber(out _).Should().BeFalse();
        value.TryGetValue(out var figure).Should().BeTrue();
        figure.Should().Be(96171.6m);
    }

    [Fact]
    public void OfLong_KeepsScaleZero()
    {
        CellValue.Of(3985758L).ToString().Should().Be("3985758");
        CellValue.Of(3985758L).Scale.Should().Be(0);
    }

    [Fact]
    public void ImplicitConversions_MakeReportedValues()
    {
        CellValue fromLong = 447228L;
        CellValue fromDecimal = 96171.6m;

        fromLong.Should().Be(CellValue.Of(447228));
        fromDecimal.ToString().Should().Be("96171.6");
    }

    [Fact]
    public void Equals_SameNumberOtherScale_AreEqualWithEqualHashCodes()
    {
        var a = CellValue.Of(1.5m);
        var b = CellValue.Of(1.50m);

        (a == b).Should().BeTrue();
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.ToString().Should().Be("1.5");
        b.ToString().Should().Be("1.50", "the printed scale is kept even though the values are equal");
    }

    [Fact]
    public void Equals_WholeNumberAndZeroDecimals_AreEqualWithEqualHashCodes()
    {
        var a = CellValue.Of(100);
        var b = CellValue.Of(100.000m);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentNumbers_AreNotEqual()
    {
        (CellValue.Of(96171.6m) != CellValue.Of(96171.61m)).Should().BeTrue();
        (CellValue.Of(-3) == CellValue.Of(3)).Should().BeFalse();
    }

    [Fact]
    public void Equals_BlankAndZero_AreNotEqual()
    {
        (CellValue.Blank == CellValue.Of(0)).Should().BeFalse();
        (CellValue.Blank == CellValue.NotApplicable).Should().BeFalse();
        (CellValue.NotApplicable == CellValue.Of(0)).Should().BeFalse();
        CellValue.Blank.Equals((object)0).Should().BeFalse();
    }

    [Fact]
    public void Equals_TwoBlanks_AreEqual()
    {
        (CellValue.Blank == CellValue.Blank).Should().BeTrue();
        CellValue.Blank.GetHashCode().Should().Be(CellValue.Blank.GetHashCode());
        (CellValue.NotApplicable == default(CellValue)).Should().BeTrue();
    }

    [Fact]
    public void ToString_StatesWithoutFigure_SayWhatTheyAre()
    {
        CellValue.Blank.ToString().Should().Be("blank");
        CellValue.NotApplicable.ToString().Should().Be("not applicable");
    }

    [Fact]
    public void ToStringWithFormat_Reported_UsesTheProviderAndBlankIsEmpty()
    {
        CellValue.Of(4166.241619m).ToString("F2", CultureInfo.InvariantCulture).Should().Be("4166.24");
        CellValue.Of(96171.6m).ToString(null, CultureInfo.GetCultureInfo("de-DE")).Should().Be("96171,6");
        CellValue.Of(96171.6m).ToString(null, null).Should().Be("96171.6");
        CellValue.Blank.ToString("F2", CultureInfo.InvariantCulture).Should().BeEmpty();
        CellValue.NotApplicable.ToString(null, CultureInfo.InvariantCulture).Should().BeEmpty();
    }

    [Fact]
    public void TryFormat_Reported_WritesTheFigureAsPrinted()
    {
        Span<char> buffer = stackalloc char[32];

        CellValue.Of(18651.06m).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture).Should().BeTrue();

        buffer[..written].ToString().Should().Be("18651.06");
        CellValue.Blank.TryFormat(buffer, out written, default, null).Should().BeTrue();
        written.Should().Be(0);
    }

    [Fact]
    public void Sum_ReportedValues_AddsExactlyWithTheLargestScale()
    {
        var sum = CellValue.Sum([CellValue.Of(1.5m), CellValue.Of(2.25m), CellValue.Of(3)]);

        sum.Should().Be(CellValue.Of(6.75m));
        sum.Scale.Should().Be(2);
    }

    [Fact]
    public void Sum_TenthsTenTimes_IsExactlyOne()
    {
        var sum = CellValue.Sum(Enumerable.Repeat(CellValue.Of(0.1m), 10).ToArray());

        sum.Value.Should().Be(1m);
    }

    [Fact]
    public void Sum_HuaianDeniedRows_Is178()
    {
        CellValue[] denied = [2, 31, 5, 6, 8, 12, 9, 105];

        CellValue.Sum(denied).Should().Be(CellValue.Of(178));
    }

    [Fact]
    public void Sum_NotApplicableCells_AreLeftOut()
    {
        var sum = CellValue.Sum([CellValue.Of(769), CellValue.NotApplicable, CellValue.Of(11), CellValue.Of(1)]);

        sum.Should().Be(CellValue.Of(781));
    }

    [Fact]
    public void Sum_AnyBlank_IsBlank()
    {
        var sum = CellValue.Sum([CellValue.Of(62), CellValue.Blank, CellValue.Of(25), CellValue.NotApplicable]);

        sum.IsBlank.Should().BeTrue("a blank is never read as 0");
    }

    [Fact]
    public void Sum_NoneApplicable_IsNotApplicable()
    {
        CellValue.Sum([CellValue.NotApplicable, default]).IsApplicable.Should().BeFalse();
        CellValue.Sum([]).IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Sum_Zeros_IsZeroNotBlank()
    {
        var sum = CellValue.Sum([CellValue.Of(0), CellValue.Of(0)]);

        sum.IsReported.Should().BeTrue();
        sum.Should().Be(CellValue.Of(0));
    }

    [Fact]
    public void Sum_BeyondEighteenDigits_ThrowsOverflow()
    {
        var act = () => CellValue.Sum([CellValue.Of(999_999_999_999_999_999), CellValue.Of(1)]);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Sum_RescalingBeyondEighteenDigits_ThrowsOverflow()
    {
        var act = () => CellValue.Sum([CellValue.Of(999_999_999_999_999_999), CellValue.Of(0.5m)]);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void OfLong_EighteenDigits_IsAccepted()
    {
        CellValue.Of(999_999_999_999_999_999).ToString().Should().Be("999999999999999999");
        CellValue.Of(-999_999_999_999_999_999).ToString().Should().Be("-999999999999999999");
    }

    [Theory]
    [InlineData(1_000_000_000_000_000_000)]
    [InlineData(-1_000_000_000_000_000_000)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void OfLong_MoreThanEighteenDigits_ThrowsOverflow(long value)
    {
        var act = () => CellValue.Of(value);

        act.Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData("1234567890123456789")]
    [InlineData("123456789.0123456789")]
    [InlineData("0.1234567890123456789")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1000000000000000000")]
    public void OfDecimal_MoreThanEighteenDigits_ThrowsOverflow(string printed)
    {
        var number = decimal.Parse(printed, CultureInfo.InvariantCulture);

        var act = () => CellValue.Of(number);

        act.Should().Throw<OverflowException>().WithMessage("*18 significant digits*");
        CellValue.TryFromDecimal(number, out var cell).Should().BeFalse();
        cell.IsApplicable.Should().BeFalse();
    }

    [Theory]
    [InlineData("123456789012345678")]
    [InlineData("12345678.9012345678")]
    [InlineData("0.123456789012345678")]
    public void OfDecimal_EighteenDigits_IsExact(string printed)
    {
        var value = CellValue.Of(decimal.Parse(printed, CultureInfo.InvariantCulture));

        value.ToString().Should().Be(printed);
    }

    [Fact]
    public void GetValueOrNull_Reported_IsTheFigure()
    {
        CellValue.Of(4166.241619m).GetValueOrNull().Should().Be(4166.241619m);
        CellValue.NotApplicable.GetValueOrNull().Should().BeNull();
        CellValue.Blank.TryGetValue(out _).Should().BeFalse();
    }

    [Fact]
    public void SumAt_RandomCells_MatchesTheAccumulator()
    {
        var random = new Random(20261127);
        CellValue[] pool =
        [
            CellValue.NotApplicable, CellValue.Blank, CellValue.Of(0), CellValue.Of(7), CellValue.Of(-3), CellValue.Of(1.5m),
            CellValue.Of(96171.6m), CellValue.Of(4166.241619m), CellValue.Of(123_456_789_012_345_678), CellValue.Of(-999_999_999_999_999_999),
        ];
        for (var round = 0; round < 2_000; round++)
        {
            var cells = Enumerable.Range(0, 12).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            var ordinals = Enumerable.Range(0, random.Next(0, 10)).Select(_ => SignedOrdinal(random.Next(cells.Length), subtracted: random.Next(2) == 0)).ToArray();

            var expected = Capture(() => Reference(cells, ordinals));
            var actual = Capture(() => CellValue.SumAt(cells, ordinals));

            actual.Should().Be(expected, "ordinals {0}", string.Join(", ", ordinals));
        }
    }

    [Fact]
    public void SumAt_PartialSumBeyondEighteenDigits_ThrowsOverflowLikeSum()
    {
        CellValue[] cells = [CellValue.Of(999_999_999_999_999_999), CellValue.Of(1)];

        var act = () => CellValue.SumAt(cells, [0, 1, ~1]);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void SumAt_SubtractedCells_AreNegated()
    {
        CellValue[] cells = [CellValue.Of(120), CellValue.Of(20), CellValue.Of(5)];

        CellValue.SumAt(cells, [0, ~1, ~2]).Should().Be(CellValue.Of(95));
    }

    [Fact]
    public void SumCounts_RandomCounts_MatchesTheAccumulator()
    {
        var random = new Random(20261128);
        CellValue[] pool = [CellValue.NotApplicable, CellValue.Blank, CellValue.Of(0), CellValue.Of(7), CellValue.Of(5_000), CellValue.Of(400_000_000_000_000_000)];
        for (var round = 0; round < 2_000; round++)
        {
            var cells = Enumerable.Range(0, 12).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            var ordinals = Enumerable.Range(0, random.Next(0, 10)).Select(_ => random.Next(cells.Length)).ToArray();

            var expected = Capture(() => Reference(cells, ordinals));
            var actual = Capture(() => CellValue.FromCountSum(CellValue.SumCounts(cells, ordinals, out var states), states));

            actual.Should().Be(expected, "ordinals {0}", string.Join(", ", ordinals));
        }
    }

    [Fact]
    public void SumCounts_BeyondEighteenDigits_ThrowsOverflowLikeSum()
    {
        CellValue[] cells = [CellValue.Of(999_999_999_999_999_999), CellValue.Of(1), CellValue.Blank];

        var act = () => CellValue.SumCounts(cells, [2, 0, 1], out _);

        act.Should().Throw<OverflowException>();
    }

    private static int SignedOrdinal(int ordinal, bool subtracted) => subtracted ? ~ordinal : ordinal;

    private static CellValue Reference(CellValue[] cells, int[] ordinals)
    {
        var accumulator = default(CellValue.Accumulator);
        foreach (var ordinal in ordinals)
        {
            accumulator.Add(cells[ordinal < 0 ? ~ordinal : ordinal], ordinal < 0 ? -1 : 1);
        }

        return accumulator.Result;
    }

    private static (CellValue Value, CellState State, int Scale, bool Overflow) Capture(Func<CellValue> sum)
    {
        try
        {
            var value = sum();
            return (value, value.State, value.Scale, false);
        }
        catch (OverflowException)
        {
            return (default, default, 0, true);
        }
    }
}
