using System.Collections.Immutable;
using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// What the CSV layouts take from the catalogue for one format, prepared once: each cell's key parts and printed labels
/// in UTF-8 (compared with the fields read without decoding them) and a lookup of cells by key without allocating.
/// </summary>
internal sealed class CsvCatalog
{
    /// <summary>The table of the tidy rows that hold prose breakdowns.</summary>
    public const string BreakdownsTable = "breakdowns";

    /// <summary>The column of the tidy rows that hold prose breakdowns.</summary>
    public const string BreakdownCountColumn = "count";

    /// <summary>The row key of the legacy rows the catalogue does not know, before their index: <c>otherRows[0]</c>.</summary>
    public const string OtherRowsKey = "otherRows";

    /// <summary>The wide column of a money cell's unit is the cell key followed by this.</summary>
    public const string UnitSuffix = ":unit";

    /// <summary>The wide column that holds the legacy rows the catalogue does not know, as JSON.</summary>
    public const string OtherRowsColumn = "otherRows";

    /// <summary>The wide column that holds the prose breakdowns, as JSON.</summary>
    public const string BreakdownsColumn = "breakdowns";

    private static readonly CsvCatalog[] Formats = [.. FormatCatalog.All.Select(f => new CsvCatalog(f))];

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ordinals;

    private CsvCatalog(FormatDefinition definition)
    {
        Definition = definition;
        FormatKey = Encoding.UTF8.GetBytes(definition.Key);
        Cells = [.. definition.Cells.Select(c => new CsvCell(c))];
        var ordinals = definition.Cells.ToDictionary(c => c.Key.ToString(), c => c.Ordinal, StringComparer.Ordinal);
        _ordinals = ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        Periods = definition.Format == ReportFormat.Legacy ? [.. definition.Tables[0].Columns.Select(c => new CsvPeriod(c))] : [];
    }

    /// <summary>Gets the format.</summary>
    public FormatDefinition Definition { get; }

    /// <summary>Gets the format key in UTF-8.</summary>
    public byte[] FormatKey { get; }

    /// <summary>Gets the cells, by ordinal.</summary>
    public CsvCell[] Cells { get; }

    /// <summary>Gets the period columns of a legacy table (empty for other formats), in the catalogue's order.</summary>
    public CsvPeriod[] Periods { get; }

    /// <summary>Gets the UTF-8 key of the legacy table.</summary>
    public static byte[] LegacyTableKey { get; } = Encoding.UTF8.GetBytes("legacy");

    /// <summary>Gets the UTF-8 key of the breakdowns table.</summary>
    public static byte[] BreakdownsTableKey { get; } = Encoding.UTF8.GetBytes(BreakdownsTable);

    /// <summary>Gets the UTF-8 key of the breakdowns' count column.</summary>
    public static byte[] BreakdownCountKey { get; } = Encoding.UTF8.GetBytes(BreakdownCountColumn);

    /// <summary>Gets the breakdowns: key and printed heading in UTF-8, by <see cref="BreakdownKind"/>.</summary>
    public static ImmutableArray<(string Key, byte[] KeyUtf8, byte[] Label)> Breakdowns { get; } =
        [.. Enum.GetValues<BreakdownKind>().Select(k => (Keys.Of(k), Encoding.UTF8.GetBytes(Keys.Of(k)), Encoding.UTF8.GetBytes(Keys.Label(k, DisplayLanguage.Chinese))))];

    /// <summary>Gets the catalogue of a format.</summary>
    public static CsvCatalog Of(FormatDefinition format) => Formats[(int)format.Format];

    /// <summary>Finds a cell by the three parts of its key, read as UTF-8; -1 when the format has no such cell.</summary>
    public int FindOrdinal(ReadOnlySpan<byte> table, ReadOnlySpan<byte> row, ReadOnlySpan<byte> column)
    {
        var length = table.Length + row.Length + column.Length + 2;
        if (length > 256)
        {
            return -1;
        }

        Span<char> key = stackalloc char[length];
        if (!Ascii(table, key) || !Ascii(row, key[(table.Length + 1)..]) || !Ascii(column, key[(table.Length + row.Length + 2)..]))
        {
            return -1;
        }

        key[table.Length] = '.';
        key[table.Length + row.Length + 1] = '.';
        return _ordinals.TryGetValue(key, out var ordinal) ? ordinal : -1;

        static bool Ascii(ReadOnlySpan<byte> bytes, Span<char> chars)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] >= 0x80)
                {
                    return false;
                }

                chars[i] = (char)bytes[i];
            }

            return true;
        }
    }

    /// <summary>Finds a cell by its key text (a wide column); -1 when the format has no such cell.</summary>
    public int FindOrdinal(string key) => _ordinals.TryGetValue(key, out var ordinal) ? ordinal : -1;

    /// <summary>Finds a legacy period column by its UTF-8 key; <see langword="null"/> when there is none.</summary>
    public CsvPeriod? FindPeriod(ReadOnlySpan<byte> key)
    {
        foreach (var period in Periods)
        {
            if (key.SequenceEqual(period.Key))
            {
                return period;
            }
        }

        return null;
    }
}

/// <summary>One cell as the CSV layouts write and match it.</summary>
internal sealed class CsvCell(CellDefinition definition)
{
    public CellDefinition Definition { get; } = definition;

    public string Key { get; } = definition.Key.ToString();

    public byte[] Table { get; } = Encoding.UTF8.GetBytes(definition.Table.Key);

    public byte[] Row { get; } = Encoding.UTF8.GetBytes(definition.Row.Key);

    public byte[] Column { get; } = Encoding.UTF8.GetBytes(definition.Column.Key);

    /// <summary>Gets the row's printed label (Chinese, as in the official format).</summary>
    public byte[] RowLabel { get; } = CsvText.ProtectUtf8(definition.Row.Label);

    /// <summary>Gets the column's printed label.</summary>
    public byte[] ColumnLabel { get; } = CsvText.ProtectUtf8(definition.Column.Label);

    /// <summary>Gets the tidy record's text between the identity fields and the value, as the writer writes it: <c>,table,row,column,</c>.</summary>
    public byte[] RecordKeys { get; } = Encoding.UTF8.GetBytes($",{definition.Table.Key},{definition.Row.Key},{definition.Column.Key},");

    /// <summary>
    /// Gets the tidy record's text after the unit, as the writer writes it: <c>,rowLabel,columnLabel</c>; <see langword="null"/>
    /// when a label would be quoted.
    /// </summary>
    public byte[]? RecordLabels { get; } = RecordText(CsvText.Protect(definition.Row.Label), CsvText.Protect(definition.Column.Label));

    private static byte[]? RecordText(string rowLabel, string columnLabel) =>
        (rowLabel + columnLabel).AsSpan().IndexOfAny(",\"\r\n") >= 0 ? null : Encoding.UTF8.GetBytes($",{rowLabel},{columnLabel}");
}

/// <summary>A period column of the legacy table as the CSV layouts write and match it.</summary>
internal sealed class CsvPeriod(ColumnDefinition definition)
{
    public ColumnDefinition Definition { get; } = definition;

    public LegacyPeriod Period { get; } = (LegacyPeriod)definition.EnumValue;

    public byte[] Key { get; } = Encoding.UTF8.GetBytes(definition.Key);

    public byte[] Label { get; } = CsvText.ProtectUtf8(definition.Label);
}
