using System.Collections.Immutable;

namespace GovDisclosure.Catalog;

/// <summary>Something the catalogue names: a stable key, the Chinese label as printed in the official format, an English label and the label variants seen in real reports.</summary>
public abstract class CatalogEntry
{
    private protected CatalogEntry(string key, string label, string englishLabel, ImmutableArray<string> variants)
    {
        Key = key;
        Label = label;
        EnglishLabel = englishLabel;
        Variants = variants.IsDefault ? [] : variants;
    }

    /// <summary>Gets the stable key, the contract of the JSON and CSV files.</summary>
    public string Key { get; }

    /// <summary>Gets the Chinese label as printed in the official format.</summary>
    public string Label { get; }

    /// <summary>Gets the English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>Gets other labels that real reports print for the same thing (besides punctuation, width and spacing differences, which readers of printed text normalise).</summary>
    public ImmutableArray<string> Variants { get; }

    /// <summary>Gets the label in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public string GetLabel(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishLabel : Label;

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}

/// <summary>A heading that groups rows or columns in the official layout, such as <c>（三）不予公开</c> or <c>法人或其他组织</c>.</summary>
public sealed class Heading
{
    internal Heading(string label, string englishLabel)
    {
        Label = label;
        EnglishLabel = englishLabel;
    }

    /// <summary>Gets the Chinese label as printed.</summary>
    public string Label { get; }

    /// <summary>Gets the English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>Gets the label in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public string GetLabel(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishLabel : Label;

    /// <summary>Returns the Chinese label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;
}

/// <summary>The kind of value a cell holds.</summary>
public enum ValueKind
{
    /// <summary>A whole number ≥ 0.</summary>
    Count,

    /// <summary>A whole number that may be negative (本年增/减, printed like <c>+12</c>, <c>-3</c>).</summary>
    SignedCount,

    /// <summary>An amount of money ≥ 0 with its decimals as printed, in the cell's unit.</summary>
    Money,
}

/// <summary>How a table is laid out in the official format.</summary>
public enum TableLayout
{
    /// <summary>Rows down, columns across, one grid (表三, legacy tables).</summary>
    Grid,

    /// <summary>Several small grids, each with its own caption and columns (表二).</summary>
    Blocks,

    /// <summary>All rows' cells across one printed row, rows as column groups (表四, printed as one row of 15).</summary>
    SingleRow,
}
