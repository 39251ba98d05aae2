using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from <c>0-9 A-H J-N P-R T-U W-Y</c>,
/// the last a check character.
/// </summary>
/// <remarks>
/// <para>
/// The constructor checks the shape (length and alphabet). A code whose check character does not match is
/// still a value — a report as published may carry a mistyped code, and saying so is the validator's job —
/// so the check is exposed as <see cref="HasValidCheckCharacter"/> and <see cref="ComputeCheckCharacter"/>.
/// </para>
/// <para>The default value has an empty <see cref="Value"/> and is not a valid code.</para>
/// </remarks>
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>, IComparable<UnifiedSocialCreditCode>, ISpanParsable<UnifiedSocialCreditCode>
{
    /// <summary>The 31 characters a code is made of, in the order of their values.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="UnifiedSocialCreditCode"/> struct.</summary>
    /// <param name="value">The 18 characters of the code.</param>
    /// <exception cref="ArgumentException">The code does not have the shape of a unified social credit code.</exception>
    public UnifiedSocialCreditCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var error = Check(value);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(value));
        }

        _value = value;
    }

    private UnifiedSocialCreditCode(string value, bool trusted)
    {
        _ = trusted;
        _value = value;
    }

    /// <summary>Gets the code's 18 characters.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the check character as printed (the 18th).</summary>
    public char CheckCharacter => Value.Length == 18 ? Value[17] : '\0';

    /// <summary>Gets a value indicating whether the printed check character is the one GB 32100-2015 computes.</summary>
    public bool HasValidCheckCharacter => Value.Length == 18 && ComputeCheckCharacter(Value.AsSpan(0, 17)) == Value[17];

    /// <summary>Gets the registration authority character (the 1st): <c>1</c> is 机构编制, the registrar of organs of state.</summary>
    public char RegistrationAuthority => Value.Length == 18 ? Value[0] : '\0';

    /// <summary>Gets a value indicating whether the code is an organ of state's (it starts with <c>11</c>).</summary>
    public bool IsStateOrgan => Value.StartsWith("11", StringComparison.Ordinal);

    /// <summary>
    /// Gets the administrative division code of the registration authority (characters 3 to 8), or
    /// <see langword="null"/> when those characters are not a division code.
    /// </summary>
    public DivisionCode? RegistrationDivision =>
        Value.Length == 18 && DivisionCode.TryParse(Value.AsSpan(2, 6), out var division) ? division : null;

    /// <summary>Computes the check character of the first 17 characters of a code (GB 32100-2015).</summary>
    /// <param name="first17">The first 17 characters.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The text is not 17 characters of the code's alphabet.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException($"Expected the first 17 characters of a code, found {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' at position {i + 1} is not a character of a unified social credit code.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Parses a code (shape only; see <see cref="HasValidCheckCharacter"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text does not have the shape of a unified social credit code.</exception>
    public static UnifiedSocialCreditCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a code (shape only; see <see cref="HasValidCheckCharacter"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text does not have the shape of a unified social credit code.</exception>
    public static UnifiedSocialCreditCode Parse(ReadOnlySpan<char> s)
    {
        var error = Check(s);
        return error is null ? new UnifiedSocialCreditCode(s.ToString(), trusted: true) : throw new FormatException(error);
    }

    /// <summary>Tries to parse a code (shape only; see <see cref="HasValidCheckCharacter"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text has the shape of a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out UnifiedSocialCreditCode result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a code (shape only; see <see cref="HasValidCheckCharacter"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text has the shape of a code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out UnifiedSocialCreditCode result)
    {
        var ok = Check(s) is null;
        result = ok ? new UnifiedSocialCreditCode(s.ToString(), trusted: true) : default;
        return ok;
    }

    /// <summary>
    /// Parses a code and requires its check character to be the one GB 32100-2015 computes — for a preparer entering
    /// the agency's own code. Readers of published reports use <see cref="Parse(string)"/>, so that a mistyped code is
    /// kept and reported rather than refused.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a code, or its check character is wrong (the message gives the right one).</exception>
    public static UnifiedSocialCreditCode ParseStrict(string s)
    {
        var code = Parse(s);
        var expected = ComputeCheckCharacter(code.Value.AsSpan(0, 17));
        return code.HasValidCheckCharacter
            ? code
            : throw new FormatException($"'{s}' has the check character '{code.CheckCharacter}', but GB 32100-2015 gives '{expected}' for its first 17 characters.");
    }

    /// <summary>Says what is wrong with the shape of a code, or returns <see langword="null"/> when nothing is.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The problem, in English, or <see langword="null"/>.</returns>
    public static string? Check(ReadOnlySpan<char> s)
    {
        if (s.Length != 18)
        {
            return $"'{s}' is not a unified social credit code: expected 18 characters, found {s.Length}.";
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (!Alphabet.Contains(s[i], StringComparison.Ordinal))
            {
                return $"'{s}' is not a unified social credit code: '{s[i]}' at position {i + 1} is not one of 0-9 A-H J-N P-R T-U W-Y (upper case).";
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(UnifiedSocialCreditCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnifiedSocialCreditCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(UnifiedSocialCreditCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the code's 18 characters.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    static UnifiedSocialCreditCode IParsable<UnifiedSocialCreditCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<UnifiedSocialCreditCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnifiedSocialCreditCode result) => TryParse(s, out result);

    /// <inheritdoc/>
    static UnifiedSocialCreditCode ISpanParsable<UnifiedSocialCreditCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<UnifiedSocialCreditCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnifiedSocialCreditCode result) => TryParse(s, out result);
}
