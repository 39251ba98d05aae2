using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure;

/// <summary>
/// An administrative division code (行政区划代码, GB/T 2260): six digits (province 2, prefecture 2, county 2),
/// extended to nine or twelve digits for township-level divisions.
/// </summary>
/// <remarks>
/// The constructor checks the shape only (6, 9 or 12 ASCII digits, a province part other than <c>00</c>);
/// whether the code exists is not checked. Its prefixes give the jurisdictions used by roll-ups
/// (<see cref="Province"/>, <see cref="Prefecture"/>, <see cref="County"/>). The default value has an
/// empty <see cref="Value"/> and is not a valid code.
/// </remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>, ISpanParsable<DivisionCode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="DivisionCode"/> struct.</summary>
    /// <param name="value">The code, such as <c>320800</c> or <c>350427105</c>.</param>
    /// <exception cref="ArgumentException">The code does not have the shape of a division code.</exception>
    public DivisionCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var error = Check(value);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(value));
        }

        _value = value;
    }

    private DivisionCode(string value, bool trusted)
    {
        _ = trusted;
        _value = value;
    }

    /// <summary>Gets the code's digits.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Gets the level that the code's shape implies: nine or twelve digits are a township; six digits ending in
    /// <c>0000</c> a province, in <c>00</c> a prefecture, otherwise a county.
    /// </summary>
    public AgencyLevel ImpliedLevel
    {
        get
        {
            var value = Value;
            if (value.Length > 6)
            {
                return AgencyLevel.Township;
            }

            if (value.AsSpan(2, 4).SequenceEqual("0000"))
            {
                return AgencyLevel.Provincial;
            }

            return value.AsSpan(4, 2).SequenceEqual("00") ? AgencyLevel.Prefectural : AgencyLevel.County;
        }
    }

    /// <summary>Gets the code of the province the division belongs to (<c>320000</c> for <c>320800</c>).</summary>
    public DivisionCode Province => new(string.Concat(Value.AsSpan(0, 2), "0000"), trusted: true);

    /// <summary>Gets the code of the prefecture the division belongs to (<c>320800</c> for <c>320803</c>).</summary>
    /// <remarks>For a province this is the province's own code.</remarks>
    public DivisionCode Prefecture => ImpliedLevel == AgencyLevel.Provincial ? this : new(string.Concat(Value.AsSpan(0, 4), "00"), trusted: true);

    /// <summary>Gets the six-digit code of the county the division belongs to (<c>350427</c> for <c>350427105</c>).</summary>
    /// <remarks>For a province or prefecture this is its own code.</remarks>
    public DivisionCode County => Value.Length > 6 ? new(Value[..6], trusted: true) : this;

    /// <summary>
    /// Tells whether this division lies within (or is) another: <c>320803</c> lies within <c>320800</c> and
    /// <c>320000</c>.
    /// </summary>
    /// <param name="jurisdiction">The enclosing division.</param>
    /// <returns><see langword="true"/> when this division lies within <paramref name="jurisdiction"/>.</returns>
    public bool IsWithin(DivisionCode jurisdiction)
    {
        var outer = jurisdiction.Value;
        if (outer.Length == 0 || Value.Length == 0)
        {
            return false;
        }

        var significant = jurisdiction.ImpliedLevel switch
        {
            AgencyLevel.Provincial => 2,
            AgencyLevel.Prefectural => 4,
            _ => outer.Length,
        };
        return Value.Length >= significant && Value.AsSpan(0, significant).SequenceEqual(outer.AsSpan(0, significant));
    }

    /// <summary>Parses a division code.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text does not have the shape of a division code.</exception>
    public static DivisionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a division code.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text does not have the shape of a division code.</exception>
    public static DivisionCode Parse(ReadOnlySpan<char> s)
    {
        var error = Check(s);
        return error is null ? new DivisionCode(s.ToString(), trusted: true) : throw new FormatException(error);
    }

    /// <summary>Tries to parse a division code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text has the shape of a division code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out DivisionCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a division code.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text has the shape of a division code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out DivisionCode result)
    {
        var ok = Check(s) is null;
        result = ok ? new DivisionCode(s.ToString(), trusted: true) : default;
        return ok;
    }

    /// <summary>Says what is wrong with the shape of a division code, or returns <see langword="null"/> when nothing is.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The problem, in English, or <see langword="null"/>.</returns>
    public static string? Check(ReadOnlySpan<char> s)
    {
        if (s.Length is not (6 or 9 or 12))
        {
            return $"'{s}' is not an administrative division code: expected 6 digits (or 9 or 12 for a township), found {s.Length} characters.";
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return $"'{s}' is not an administrative division code: expected digits only.";
            }
        }

        return s.StartsWith("00") ? $"'{s}' is not an administrative division code: the province part cannot be 00." : null;
    }

    /// <inheritdoc/>
    public bool Equals(DivisionCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(DivisionCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the code's digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static DivisionCode IParsable<DivisionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<DivisionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DivisionCode result) => TryParse(s, out result);

    /// <inheritdoc/>
    static DivisionCode ISpanParsable<DivisionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<DivisionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DivisionCode result) => TryParse(s, out result);
}
