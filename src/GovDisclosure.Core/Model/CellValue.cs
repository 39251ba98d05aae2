using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure;

/// <summary>
/// The content of one cell: not applicable, blank, or a reported figure (a count or an amount of money).
/// </summary>
/// <remarks>
/// <para>
/// A reported figure is stored exactly, as an integer number of units of its last printed decimal place
/// (at most 18 significant digits), so money keeps its decimals as printed: <c>96171.6</c> stays
/// <c>96171.6</c> and <c>4166.241619</c> keeps its six decimals. Money never goes through binary floating point.
/// </para>
/// <para>
/// Equality follows <see cref="decimal"/>: two reported values are equal when their numbers are equal
/// (<c>1.50</c> equals <c>1.5</c>); a blank equals a blank and a not-applicable cell equals a
/// not-applicable cell; a blank is never equal to 0.
/// </para>
/// <para>The default value is <see cref="NotApplicable"/>.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CellValue : IEquatable<CellValue>, ISpanFormattable
{
    /// <summary>The largest number of decimal places a reported value may carry.</summary>
    public const int MaxScale = 18;

    /// <summary>The largest whole number a reported value may hold: 18 significant digits.</summary>
    public const long MaxWholeNumber = 999_999_999_999_999_999;

    private const long MaxUnits = MaxWholeNumber;

    // A value that is not reported holds 0 units and scale 0: the roll-up adds every cell's units without testing its state.
    private readonly long _units;
    private readonly byte _scale;
    private readonly CellState _state;

    /// <summary>Gets the offset of the state's byte in a value (the roll-up reads states of several values at once).</summary>
    internal static int StateByteOffset { get; } = GetStateByteOffset();

    private CellValue(CellState state, long units, byte scale)
    {
        _state = state;
        _units = units;
        _scale = scale;
    }

    /// <summary>Gets the value of a cell that the report's table does not have.</summary>
    public static CellValue NotApplicable => default;

    /// <summary>Gets the value of an applicable cell in which the report printed no figure.</summary>
    public static CellValue Blank => new(CellState.Blank, 0, 0);

    /// <summary>Gets the state of the cell.</summary>
    public CellState State => _state;

    /// <summary>Gets a value indicating whether the report printed a figure in the cell.</summary>
    public bool IsReported => _state == CellState.Reported;

    /// <summary>Gets a value indicating whether the cell exists but holds no figure.</summary>
    public bool IsBlank => _state == CellState.Blank;

    /// <summary>Gets a value indicating whether the cell exists in the report's table (blank or reported).</summary>
    public bool IsApplicable => _state != CellState.NotApplicable;

    /// <summary>Gets the number of decimal places of a reported value as printed (0 for a count).</summary>
    public int Scale => _scale;

    /// <summary>Gets a value indicating whether the cell holds a reported whole number.</summary>
    public bool IsWholeNumber => _state == CellState.Reported && _scale == 0;

    /// <summary>Gets the reported figure.</summary>
    /// <exception cref="InvalidOperationException">The cell is blank or not applicable.</exception>
    public decimal Value => _state == CellState.Reported
        ? ToDecimal(_units, _scale)
        : throw new InvalidOperationException(_state == CellState.Blank
            ? "The cell is blank: the report printed no figure in it."
            : "The cell is not applicable: the report's table has no such cell.");

    /// <summary>Creates a reported whole number (a count, or a signed change of a count).</summary>
    /// <param name="value">The number as printed.</param>
    /// <returns>The reported value.</returns>
    /// <exception cref="OverflowException">The number has more than 18 significant digits.</exception>
    public static CellValue Of(long value)
    {
        if (value is > MaxUnits or < -MaxUnits)
        {
            throw new OverflowException($"The number {value.ToString(CultureInfo.InvariantCulture)} has more than 18 significant digits.");
        }

        return new CellValue(CellState.Reported, value, 0);
    }

    /// <summary>Creates a reported number that keeps its decimal places as given (<c>96171.6m</c>, <c>4068.208m</c>).</summary>
    /// <param name="value">The number as printed.</param>
    /// <returns>The reported value.</returns>
    /// <exception cref="OverflowException">The number has more than 18 significant digits.</exception>
    public static CellValue Of(decimal value)
    {
        if (!TryFromDecimal(value, out var cell))
        {
            throw new OverflowException($"The number {value.ToString(CultureInfo.InvariantCulture)} has more than 18 significant digits.");
        }

        return cell;
    }

    /// <summary>Creates a reported value from a decimal, or says that it has too many digits to be stored exactly.</summary>
    /// <param name="value">The number as printed.</param>
    /// <param name="cell">The reported value, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the number has at most 18 significant digits.</returns>
    public static bool TryFromDecimal(decimal value, out CellValue cell)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = value.Scale;
        var low = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        if (bits[2] != 0 || low > MaxUnits || scale > MaxScale)
        {
            cell = default;
            return false;
        }

        var units = (long)low;
        cell = new CellValue(CellState.Reported, value < 0 ? -units : units, (byte)scale);
        return true;
    }

    /// <summary>Implicitly creates a reported whole number.</summary>
    /// <param name="value">The number as printed.</param>
    public static implicit operator CellValue(long value) => Of(value);

    /// <summary>Implicitly creates a reported number that keeps its decimal places.</summary>
    /// <param name="value">The number as printed.</param>
    public static implicit operator CellValue(decimal value) => Of(value);

    /// <summary>Gets the reported figure, or <see langword="null"/> when the cell is blank or not applicable.</summary>
    /// <returns>The figure or <see langword="null"/>.</returns>
    public decimal? GetValueOrNull() => _state == CellState.Reported ? ToDecimal(_units, _scale) : null;

    /// <summary>Gets the reported figure.</summary>
    /// <param name="value">The figure, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the cell holds a reported figure.</returns>
    public bool TryGetValue(out decimal value)
    {
        value = _state == CellState.Reported ? ToDecimal(_units, _scale) : 0m;
        return _state == CellState.Reported;
    }

    /// <summary>Gets the reported whole number.</summary>
    /// <param name="value">The number, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the cell holds a reported whole number.</returns>
    public bool TryGetWholeNumber(out long value)
    {
        value = IsWholeNumber ? _units : 0;
        return IsWholeNumber;
    }

    /// <summary>
    /// Adds cells the way totals of a table are formed: not-applicable cells are left out; if any applicable
    /// cell is blank the sum is blank; if no cell applies the sum is not applicable.
    /// </summary>
    /// <param name="cells">The cells to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in 18 significant digits.</exception>
    public static CellValue Sum(ReadOnlySpan<CellValue> cells)
    {
        var accumulator = new Accumulator();
        foreach (var cell in cells)
        {
            accumulator.Add(cell, 1);
        }

        return accumulator.Result;
    }

    /// <inheritdoc/>
    public bool Equals(CellValue other)
    {
        if (_state != other._state)
        {
            return false;
        }

        if (_state != CellState.Reported)
        {
            return true;
        }

        return _scale == other._scale ? _units == other._units : ToDecimal(_units, _scale) == ToDecimal(other._units, other._scale);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CellValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (_state != CellState.Reported)
        {
            return (int)_state;
        }

        // Equal numbers with other scales (1.5, 1.50) must hash alike: strip trailing zeros first.
        var units = _units;
        var scale = _scale;
        while (scale > 0 && units % 10 == 0)
        {
            units /= 10;
            scale--;
        }

        return HashCode.Combine(units, scale);
    }

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when the cells are equal.</returns>
    public static bool operator ==(CellValue left, CellValue right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when the cells differ.</returns>
    public static bool operator !=(CellValue left, CellValue right) => !left.Equals(right);

    /// <summary>
    /// Formats the cell: a reported figure with its decimals as printed (invariant culture),
    /// <c>blank</c> or <c>not applicable</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => _state switch
    {
        CellState.Reported => ToDecimal(_units, _scale).ToString(CultureInfo.InvariantCulture),
        CellState.Blank => "blank",
        _ => "not applicable",
    };

    /// <summary>Formats a reported figure with the given number format; blank and not-applicable cells give an empty string.</summary>
    /// <param name="format">A standard or custom numeric format, or <see langword="null"/> for the figure as printed.</param>
    /// <param name="formatProvider">The culture, or <see langword="null"/> for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => _state == CellState.Reported
        ? ToDecimal(_units, _scale).ToString(format, formatProvider ?? CultureInfo.InvariantCulture)
        : string.Empty;

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (_state != CellState.Reported)
        {
            charsWritten = 0;
            return true;
        }

        return ToDecimal(_units, _scale).TryFormat(destination, out charsWritten, format, provider ?? CultureInfo.InvariantCulture);
    }

    internal long Units => _units;

    /// <summary>Compares the amounts of two reported values (whatever their decimals).</summary>
    internal int CompareAmount(CellValue other) =>
        _scale == other._scale ? _units.CompareTo(other._units) : Value.CompareTo(other.Value);

    internal static decimal ToDecimal(long units, int scale)
    {
        var negative = units < 0;
        var magnitude = negative ? (ulong)-units : (ulong)units;
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative, (byte)scale);
    }

    internal static CellValue FromUnits(long units, int scale) => new(CellState.Reported, units, (byte)scale);

    /// <summary>
    /// Adds the cells at some ordinals under the rules of <see cref="Sum"/>; an ordinal stored as its complement
    /// (<c>~ordinal</c>, negative) is subtracted. Whole numbers (every scale 0) are added in one loop without rescaling;
    /// decimals and sums beyond 18 digits go through <see cref="Accumulator"/>, so results and exceptions are the same either way.
    /// </summary>
    internal static CellValue SumAt(ReadOnlySpan<CellValue> cells, ReadOnlySpan<int> signedOrdinals)
    {
        long units = 0;
        var scales = 0;
        var states = 0;
        foreach (var signed in signedOrdinals)
        {
            // mask is 0 for an added cell and -1 for a subtracted one: (x ^ mask) - mask is x or -x.
            var mask = signed >> 31;
            ref readonly var cell = ref cells[signed ^ mask];
            scales |= cell._scale;
            states |= (int)cell._state;
            units = unchecked(units + ((cell._units ^ mask) - mask));

            // Blank and not-applicable cells hold 0 units. A partial sum beyond 18 digits is left to the accumulator, which throws.
            if (unchecked((ulong)(units + MaxUnits)) > 2 * (ulong)MaxUnits)
            {
                return SumAtWithAccumulator(cells, signedOrdinals);
            }
        }

        if (scales != 0)
        {
            return SumAtWithAccumulator(cells, signedOrdinals);
        }

        return states == 0 ? NotApplicable
            : (states & (int)CellState.Blank) != 0 ? Blank
            : new CellValue(CellState.Reported, units, 0);
    }

    /// <summary>
    /// Adds the cells at some ordinals, all counts (<see cref="Catalog.ValueKind.Count"/>: whole and never negative), under
    /// the rules of <see cref="Sum"/>: with no scales to align and partial sums that only grow, one comparison per cell
    /// finds a sum beyond 18 digits. Gives the units and the states met (bits of <see cref="CellState"/>), from which
    /// <see cref="FromCountSum"/> makes the sum.
    /// </summary>
    internal static long SumCounts(ReadOnlySpan<CellValue> cells, ReadOnlySpan<int> ordinals, out int states)
    {
        long units = 0;
        var met = 0;
        foreach (var ordinal in ordinals)
        {
            ref readonly var cell = ref cells[ordinal];
            Debug.Assert(cell._scale == 0 && cell._units >= 0, "A count is whole and never negative.");
            met |= (int)cell._state;
            units = unchecked(units + cell._units);
            if (units > MaxUnits)
            {
                throw new OverflowException("The sum has more than 18 significant digits.");
            }
        }

        states = met;
        return units;
    }

    /// <summary>Makes the sum of counts from <see cref="SumCounts"/>: not applicable when no cell applies, blank when one is blank.</summary>
    internal static CellValue FromCountSum(long units, int states) =>
        states == 0 ? NotApplicable
        : (states & (int)CellState.Blank) != 0 ? Blank
        : new CellValue(CellState.Reported, units, 0);

    private static CellValue SumAtWithAccumulator(ReadOnlySpan<CellValue> cells, ReadOnlySpan<int> signedOrdinals)
    {
        var accumulator = default(Accumulator);
        foreach (var signed in signedOrdinals)
        {
            accumulator.Add(signed < 0 ? cells[~signed] : cells[signed], signed < 0 ? -1 : 1);
        }

        return accumulator.Result;
    }

    /// <summary>Adds cells with coefficients under the rules of <see cref="Sum"/>, with checked arithmetic.</summary>
    internal struct Accumulator
    {
        private long _units;
        private byte _scale;
        private bool _anyApplicable;
        private bool _anyBlank;

        public readonly bool AnyApplicable => _anyApplicable;

        public readonly bool AnyBlank => _anyBlank;

        public readonly CellValue Result => !_anyApplicable
            ? NotApplicable
            : _anyBlank ? Blank : FromUnits(_units, _scale);

        public void Add(CellValue cell, int coefficient)
        {
            switch (cell._state)
            {
                case CellState.NotApplicable:
                    return;
                case CellState.Blank:
                    _anyApplicable = true;
                    _anyBlank = true;
                    return;
            }

            _anyApplicable = true;
            var units = cell._units;
            if (cell._scale > _scale)
            {
                _units = checked(_units * Pow10(cell._scale - _scale));
                _scale = cell._scale;
            }
            else if (cell._scale < _scale)
            {
                units = checked(units * Pow10(_scale - cell._scale));
            }

            _units = checked(_units + (coefficient * units));
            if (_units is > MaxUnits or < -MaxUnits)
            {
                throw new OverflowException("The sum has more than 18 significant digits.");
            }
        }

        private static long Pow10(int exponent)
        {
            long result = 1;
            for (var i = 0; i < exponent; i++)
            {
                result = checked(result * 10);
            }

            return result;
        }
    }

    private static int GetStateByteOffset()
    {
        var probe = Blank;
        var offset = (int)Unsafe.ByteOffset(ref Unsafe.As<CellValue, byte>(ref probe), ref Unsafe.As<CellState, byte>(ref Unsafe.AsRef(in probe._state)));
        return Unsafe.SizeOf<CellValue>() == 16 && offset is >= 8 and < 16
            ? offset
            : throw new InvalidOperationException("A cell value is laid out as 8 bytes of units, then its scale and state within 8 more bytes.");
    }
}
