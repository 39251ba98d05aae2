using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure;

/// <summary>
/// The stable key of a cell: <c>table.row.column</c>, such as <c>requests.granted.total</c> or, in legacy
/// tables whose indicator keys contain dots, <c>legacy.proactive.total.annual</c>.
/// </summary>
/// <remarks>
/// Keys are the contract of the JSON and CSV files (see <c>docs/formats.md</c>). The table is the first
/// segment, the column the last, and the row everything in between. Each segment is made of ASCII letters
/// and digits. The default value has empty segments and is not a valid key.
/// </remarks>
public readonly struct CellKey : IEquatable<CellKey>, IComparable<CellKey>, ISpanParsable<CellKey>
{
    private readonly string? _table;
    private readonly string? _row;
    private readonly string? _column;

    /// <summary>Initializes a new instance of the <see cref="CellKey"/> struct.</summary>
    /// <param name="table">The table key, such as <c>requests</c>.</param>
    /// <param name="row">The row key, such as <c>granted</c> or <c>proactive.total</c>.</param>
    /// <param name="column">The column key, such as <c>total</c>.</param>
    /// <exception cref="ArgumentException">A segment is empty or holds other characters than ASCII letters and digits.</exception>
    public CellKey(string table, string row, string column)
    {
        CheckSegment(table, nameof(table), allowDots: false);
        CheckSegment(row, nameof(row), allowDots: true);
        CheckSegment(column, nameof(column), allowDots: false);
        _table = table;
        _row = row;
        _column = column;
    }

    /// <summary>Gets the table key.</summary>
    public string Table => _table ?? string.Empty;

    /// <summary>Gets the row key.</summary>
    public string Row => _row ?? string.Empty;

    /// <summary>Gets the column key.</summary>
    public string Column => _column ?? string.Empty;

    /// <summary>Parses a key of the form <c>table.row.column</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a cell key.</exception>
    public static CellKey Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a key of the form <c>table.row.column</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a cell key.</exception>
    public static CellKey Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var key)
            ? key
            : throw new FormatException($"'{s}' is not a cell key: expected table.row.column, each part made of ASCII letters and digits.");

    /// <summary>Tries to parse a key of the form <c>table.row.column</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a cell key.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CellKey result) => TryParse(s.AsSpan(), out result);

    /// <summary>Tries to parse a key of the form <c>table.row.column</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The key, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a cell key.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CellKey result)
    {
        result = default;
        var first = s.IndexOf('.');
        var last = s.LastIndexOf('.');
        if (first <= 0 || last <= first + 1 || last == s.Length - 1)
        {
            return false;
        }

        var table = s[..first];
        var row = s[(first + 1)..last];
        var column = s[(last + 1)..];
        if (!IsSegment(table, false) || !IsSegment(row, true) || !IsSegment(column, false))
        {
            return false;
        }

        result = new CellKey(table.ToString(), row.ToString(), column.ToString(), trusted: true);
        return true;
    }


    /// <inheritdoc/>
    public bool Equals(CellKey other) =>
        string.Equals(Table, other.Table, StringComparison.Ordinal)
        && string.Equals(Row, other.Row, StringComparison.Ordinal)
        && string.Equals(Column, other.Column, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CellKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Table),
        StringComparer.Ordinal.GetHashCode(Row),
        StringComparer.Ordinal.GetHashCode(Column));

    /// <summary>Compares keys by table, row and column, ordinally.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(CellKey other)
    {
        var byTable = string.CompareOrdinal(Table, other.Table);
        if (byTable != 0)
        {
            return byTable;
        }

        var byRow = string.CompareOrdinal(Row, other.Row);
        return byRow != 0 ? byRow : string.CompareOrdinal(Column, other.Column);
    }

    /// <summary>Compares two keys for equality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys are equal.</returns>
    public static bool operator ==(CellKey left, CellKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(CellKey left, CellKey right) => !left.Equals(right);

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CellKey left, CellKey right) => left.CompareTo(right) < 0;

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CellKey left, CellKey right) => left.CompareTo(right) > 0;

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort last.</returns>
    public static bool operator <=(CellKey left, CellKey right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(CellKey left, CellKey right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the key as <c>table.row.column</c>.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => _table is null ? string.Empty : string.Concat(Table, ".", Row, ".", Column);

    private CellKey(string table, string row, string column, bool trusted)
    {
        _ = trusted;
        _table = table;
        _row = row;
        _column = column;
    }

    private static void CheckSegment(string value, string paramName, bool allowDots)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!IsSegment(value, allowDots))
        {
            throw new ArgumentException(
                $"'{value}' is not a key: expected ASCII letters and digits{(allowDots ? " (parts separated by dots)" : string.Empty)}.",
                paramName);
        }
    }

    private static bool IsSegment(ReadOnlySpan<char> value, bool allowDots)
    {
        if (value.IsEmpty || value[0] == '.' || value[^1] == '.')
        {
            return false;
        }

        var previousDot = false;
        foreach (var c in value)
        {
            if (c == '.')
            {
                if (!allowDots || previousDot)
                {
                    return false;
                }

                previousDot = true;
                continue;
            }

            previousDot = false;
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    static CellKey IParsable<CellKey>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<CellKey>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CellKey result) => TryParse(s, out result);

    /// <inheritdoc/>
    static CellKey ISpanParsable<CellKey>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<CellKey>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CellKey result) => TryParse(s, out result);
}
