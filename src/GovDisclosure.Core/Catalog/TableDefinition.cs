using System.Collections.Immutable;
using GovDisclosure.Internals;

namespace GovDisclosure.Catalog;

/// <summary>A statistical table of a format: its rows, columns, the cells that apply, its official layout and derived subtotals.</summary>
public sealed class TableDefinition : CatalogEntry
{
    private readonly int[] _grid;
    private readonly int[] _rowByEnum;
    private readonly int[] _columnByEnum;
    private readonly Dictionary<string, RowDefinition> _rowsByKey;
    private readonly Dictionary<string, ColumnDefinition> _columnsByKey;

    internal TableDefinition(
        string key,
        string label,
        string englishLabel,
        Type rowEnum,
        Type columnEnum,
        ImmutableArray<RowDefinition> rows,
        ImmutableArray<ColumnDefinition> columns,
        Func<RowDefinition, ColumnDefinition, bool> applies,
        int firstOrdinal,
        int rowEnumCount,
        int columnEnumCount)
        : base(key, label, englishLabel, [])
    {
        RowEnum = rowEnum;
        ColumnEnum = columnEnum;
        Rows = rows;
        Columns = columns;
        _rowsByKey = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        _columnsByKey = columns.ToDictionary(c => c.Key, StringComparer.Ordinal);
        _rowByEnum = Enumerable.Repeat(-1, rowEnumCount).ToArray();
        _columnByEnum = Enumerable.Repeat(-1, columnEnumCount).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r].Table = this;
            rows[r].Index = r;
            _rowByEnum[rows[r].EnumValue] = r;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            columns[c].Table = this;
            columns[c].Index = c;
            _columnByEnum[columns[c].EnumValue] = c;
        }

        _grid = new int[rows.Length * columns.Length];
        var cells = ImmutableArray.CreateBuilder<CellDefinition>();
        var ordinal = firstOrdinal;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                var at = (row.Index * columns.Length) + column.Index;
                if (applies(row, column))
                {
                    cells.Add(new CellDefinition(this, row, column, ordinal));
                    _grid[at] = ordinal++;
                }
                else
                {
                    _grid[at] = -1;
                }
            }
        }

        Cells = cells.ToImmutable();
        FirstOrdinal = firstOrdinal;
    }

    /// <summary>Gets the format the table belongs to.</summary>
    public FormatDefinition Format { get; internal set; } = null!;

    /// <summary>Gets the table's position in <see cref="FormatDefinition.Tables"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>Gets the enum whose members name the rows (such as <see cref="RequestRow"/>).</summary>
    public Type RowEnum { get; }

    /// <summary>Gets the enum whose members name the columns (such as <see cref="Applicant"/>).</summary>
    public Type ColumnEnum { get; }

    /// <summary>Gets the rows in the order of the official layout.</summary>
    public ImmutableArray<RowDefinition> Rows { get; }

    /// <summary>Gets the columns in the order of the official layout.</summary>
    public ImmutableArray<ColumnDefinition> Columns { get; }

    /// <summary>Gets the cells that apply, row by row, in the order of their ordinals.</summary>
    public ImmutableArray<CellDefinition> Cells { get; }

    /// <summary>Gets how the official format lays the table out.</summary>
    public TableLayout Layout { get; internal set; }

    /// <summary>Gets the blocks of a <see cref="TableLayout.Blocks"/> table, each with its caption, rows and columns; empty otherwise.</summary>
    public ImmutableArray<TableBlock> Blocks { get; internal set; } = [];

    /// <summary>Gets the heading of the row-label column (such as <c>信息内容</c>), or <see langword="null"/>.</summary>
    public Heading? StubHeading { get; internal set; }

    /// <summary>Gets the note printed in the header of the row-label column (表三's 勾稽关系 note), or <see langword="null"/>.</summary>
    public Heading? StubNote { get; internal set; }

    /// <summary>Gets the subtotals that the official layout implies but does not print (such as <c>deniedTotal</c>).</summary>
    public ImmutableArray<DerivedRowDefinition> DerivedRows { get; internal set; } = [];

    internal int FirstOrdinal { get; }

    /// <summary>Gets the keys of the rows (matched by readers).</summary>
    internal KeySet RowKeys => field ??= new KeySet(
        Rows.Select(r => r.Key),
        $"table '{Key}' of the {Format.Key} format has rows {string.Join(", ", Rows.Select(r => r.Key))}");

    /// <summary>Finds a row by its key.</summary>
    /// <param name="key">The row key.</param>
    /// <returns>The row, or <see langword="null"/> when the table has no such row.</returns>
    public RowDefinition? FindRow(string key) => _rowsByKey.GetValueOrDefault(key);

    /// <summary>Finds a column by its key.</summary>
    /// <param name="key">The column key.</param>
    /// <returns>The column, or <see langword="null"/> when the table has no such column.</returns>
    public ColumnDefinition? FindColumn(string key) => _columnsByKey.GetValueOrDefault(key);

    /// <summary>Finds a derived subtotal by its key.</summary>
    /// <param name="key">The key, such as <c>deniedTotal</c>.</param>
    /// <returns>The subtotal, or <see langword="null"/>.</returns>
    public DerivedRowDefinition? FindDerivedRow(string key)
    {
        foreach (var derived in DerivedRows)
        {
            if (string.Equals(derived.Key, key, StringComparison.Ordinal))
            {
                return derived;
            }
        }

        return null;
    }

    /// <summary>Gets the cell at a row and column.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>The cell, or <see langword="null"/> when the row and column do not apply together.</returns>
    public CellDefinition? GetCell(RowDefinition row, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        if (row.Table != this || column.Table != this)
        {
            throw new ArgumentException("The row and column must belong to this table.");
        }

        return GetCell(row.Index, column.Index);
    }

    /// <summary>Gets the cell at a row and column position.</summary>
    /// <param name="rowIndex">The row's <see cref="RowDefinition.Index"/>.</param>
    /// <param name="columnIndex">The column's <see cref="ColumnDefinition.Index"/>.</param>
    /// <returns>The cell, or <see langword="null"/> when the row and column do not apply together.</returns>
    public CellDefinition? GetCell(int rowIndex, int columnIndex)
    {
        var ordinal = GetOrdinal(rowIndex, columnIndex);
        return ordinal < 0 ? null : Cells[ordinal - FirstOrdinal];
    }

    internal int GetOrdinal(int rowIndex, int columnIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(columnIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rowIndex, Rows.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(columnIndex, Columns.Length);
        return _grid[(rowIndex * Columns.Length) + columnIndex];
    }

    internal int GetOrdinalByEnum(int rowEnum, int columnEnum)
    {
        if (!IsIndex(rowEnum, _rowByEnum.Length) || !IsIndex(columnEnum, _columnByEnum.Length))
        {
            return -1;
        }

        var row = _rowByEnum[rowEnum];
        var column = _columnByEnum[columnEnum];
        return row < 0 || column < 0 ? -1 : _grid[(row * Columns.Length) + column];
    }

    internal RowDefinition? RowByEnum(int rowEnum) =>
        IsIndex(rowEnum, _rowByEnum.Length) && _rowByEnum[rowEnum] >= 0 ? Rows[_rowByEnum[rowEnum]] : null;

    internal ColumnDefinition? ColumnByEnum(int columnEnum) =>
        IsIndex(columnEnum, _columnByEnum.Length) && _columnByEnum[columnEnum] >= 0 ? Columns[_columnByEnum[columnEnum]] : null;

    private static bool IsIndex(int value, int length) => value >= 0 && value < length;
}

/// <summary>One block of a <see cref="TableLayout.Blocks"/> table: a caption (such as <c>第二十条第（一）项</c>) with its own rows and columns.</summary>
public sealed class TableBlock
{
    internal TableBlock(Heading caption, ImmutableArray<RowDefinition> rows, ImmutableArray<ColumnDefinition> columns)
    {
        Caption = caption;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Gets the block's caption.</summary>
    public Heading Caption { get; }

    /// <summary>Gets the block's rows.</summary>
    public ImmutableArray<RowDefinition> Rows { get; }

    /// <summary>Gets the block's columns.</summary>
    public ImmutableArray<ColumnDefinition> Columns { get; }
}

/// <summary>A subtotal that the official layout implies but does not print, such as （三）不予公开 = the sum of its eight rows.</summary>
public sealed class DerivedRowDefinition : CatalogEntry
{
    internal DerivedRowDefinition(string key, int enumValue, string label, string englishLabel, ImmutableArray<RowDefinition> rows)
        : base(key, label, englishLabel, [])
    {
        EnumValue = enumValue;
        Rows = rows;
    }

    /// <summary>Gets the value of the subtotal's member in <see cref="RequestSubtotal"/>.</summary>
    public int EnumValue { get; }

    /// <summary>Gets the rows added up (rows that a report's table does not have are left out).</summary>
    public ImmutableArray<RowDefinition> Rows { get; }
}

/// <summary>A headed free-text section of a format.</summary>
public sealed class SectionDefinition : CatalogEntry
{
    internal SectionDefinition(ReportSection section, string key, string label, string englishLabel, ImmutableArray<string> variants)
        : base(key, label, englishLabel, variants)
    {
        Section = section;
    }

    /// <summary>Gets the section.</summary>
    public ReportSection Section { get; }
}
