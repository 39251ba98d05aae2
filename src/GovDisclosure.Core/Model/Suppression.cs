using System.Collections.Immutable;

namespace GovDisclosure;

/// <summary>
/// An explained deviation: the report states why a finding (by its code, or by a relation id of the catalogue)
/// on some cells is not an error. The finding is still listed, with the reason, but not counted as an error.
/// </summary>
public sealed record Suppression
{
    /// <summary>Initializes a new instance of the <see cref="Suppression"/> class.</summary>
    /// <param name="code">The finding code or relation id explained.</param>
    /// <param name="cells">The cells concerned (may be empty when the code alone says what is explained).</param>
    /// <param name="reason">Why the deviation is correct.</param>
    /// <exception cref="ArgumentException">The code or the reason is empty.</exception>
    public Suppression(string code, IEnumerable<CellKey> cells, string reason)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Code = code;
        Cells = [.. cells];
        Reason = reason;
    }

    /// <summary>Gets the finding code or relation id explained.</summary>
    public string Code
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the cells concerned.</summary>
    public ImmutableArray<CellKey> Cells { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets why the deviation is correct.</summary>
    public string Reason
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Suppression? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Reason, StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            hash.Add(cell);
        }

        return hash.ToHashCode();
    }
}
