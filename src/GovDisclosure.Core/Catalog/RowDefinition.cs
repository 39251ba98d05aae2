using System.Collections.Immutable;
using GovDisclosure.Internals;

namespace GovDisclosure.Catalog;

/// <summary>A row of a table definition (or, in legacy tables, a canonical indicator).</summary>
public sealed class RowDefinition : CatalogEntry
{
    internal RowDefinition(string key, int enumValue, string label, string englishLabel, ImmutableArray<string> variants)
        : base(key, label, englishLabel, variants)
    {
        EnumValue = enumValue;
    }

    /// <summary>Gets the table the row belongs to.</summary>
    public TableDefinition Table { get; internal set; } = null!;

    /// <summary>Gets the row's position in <see cref="TableDefinition.Rows"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>Gets the value of the row's member in the table's row enum (such as <see cref="RequestRow"/>).</summary>
    public int EnumValue { get; }

    /// <summary>Gets the headings above the row in the official layout, outermost first (such as <c>三、本年度办理结果</c>, <c>（三）不予公开</c>).</summary>
    public ImmutableArray<Heading> Headings { get; internal set; } = [];

    /// <summary>
    /// Gets a value indicating whether a report may leave the row out of its table (every legacy indicator; the
    /// single （六）其他处理 row of 2021 tables). The cells of a row left out are not applicable.
    /// </summary>
    public bool IsOptional { get; internal set; }

    /// <summary>Gets the rows that this optional row replaces when a report has it (and that are present when it is absent).</summary>
    public ImmutableArray<RowDefinition> Replaces { get; internal set; } = [];

    /// <summary>Gets the row this row is a part of (the parent of a 其中 row), or <see langword="null"/>.</summary>
    public RowDefinition? Parent { get; internal set; }

    /// <summary>Gets the optional row that replaces this one when a report has it, or <see langword="null"/>.</summary>
    internal RowDefinition? ReplacedBy { get; set; }

    /// <summary>Gets the keys of the columns in which the row has cells (matched by readers).</summary>
    internal KeySet ColumnKeys => field ??= new KeySet(
        CellsByColumnKey.Select(c => c.Column.Key),
        $"row '{Key}' of table '{Table.Key}' has cells in columns {string.Join(", ", CellsByColumnKey.Select(c => c.Column.Key))}");

    /// <summary>Gets the row's cells, in column order (aligned with <see cref="ColumnKeys"/>).</summary>
    internal CellDefinition[] CellsByColumnKey => field ??= [.. Table.Cells.Where(c => c.Row == this)];

    /// <summary>Gets the value kind of the row's cells when the row, not the column, decides it (the fees row of legacy tables).</summary>
    internal ValueKind? Kind { get; set; }

    internal MoneyUnit? Unit { get; set; }
}

/// <summary>A column of a table definition (or, in legacy tables, a period column).</summary>
public sealed class ColumnDefinition : CatalogEntry
{
    internal ColumnDefinition(string key, int enumValue, string label, string englishLabel, ImmutableArray<string> variants, ValueKind kind, MoneyUnit? unit)
        : base(key, label, englishLabel, variants)
    {
        EnumValue = enumValue;
        Kind = kind;
        Unit = unit;
    }

    /// <summary>Gets the table the column belongs to.</summary>
    public TableDefinition Table { get; internal set; } = null!;

    /// <summary>Gets the column's position in <see cref="TableDefinition.Columns"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>Gets the value of the column's member in the table's column enum (such as <see cref="Applicant"/>).</summary>
    public int EnumValue { get; }

    /// <summary>Gets the headings above the column in the official layout, outermost first (such as <c>申请人情况</c>, <c>法人或其他组织</c>).</summary>
    public ImmutableArray<Heading> Headings { get; internal set; } = [];

    /// <summary>Gets a value indicating whether a report may leave the column out of its table (the period columns of legacy tables).</summary>
    public bool IsOptional { get; internal set; }

    internal ValueKind Kind { get; }

    internal MoneyUnit? Unit { get; }
}

/// <summary>One cell of a table definition: a row and a column that apply together.</summary>
public sealed class CellDefinition
{
    internal CellDefinition(TableDefinition table, RowDefinition row, ColumnDefinition column, int ordinal)
    {
        Table = table;
        Row = row;
        Column = column;
        Ordinal = ordinal;
        Key = new CellKey(table.Key, row.Key, column.Key);
        Kind = row.Kind ?? column.Kind;
        DefaultUnit = row.Kind is not null ? row.Unit : column.Unit;
    }

    /// <summary>Gets the table.</summary>
    public TableDefinition Table { get; }

    /// <summary>Gets the row.</summary>
    public RowDefinition Row { get; }

    /// <summary>Gets the column.</summary>
    public ColumnDefinition Column { get; }

    /// <summary>Gets the cell's key, such as <c>requests.granted.total</c>.</summary>
    public CellKey Key { get; }

    /// <summary>Gets the cell's position among all cells of its format (<see cref="FormatDefinition.Cells"/>).</summary>
    public int Ordinal { get; }

    /// <summary>Gets the kind of value the cell holds.</summary>
    public ValueKind Kind { get; }

    /// <summary>
    /// Gets the unit of a money cell when the report prints none (万元 for 表二's 本年收费金额), or
    /// <see langword="null"/> when the format leaves the unit to the report (2019's 采购总金额) or the cell is not money.
    /// </summary>
    public MoneyUnit? DefaultUnit { get; }

    /// <summary>Gets the cell's label: the row's headings and label and the column's label, such as <c>（三）不予公开 1.属于国家秘密 / 自然人</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public string GetLabel(DisplayLanguage language)
    {
        var parts = new List<string>(Row.Headings.Length + 2);
        foreach (var heading in Row.Headings)
        {
            parts.Add(heading.GetLabel(language));
        }

        parts.Add(Row.GetLabel(language));
        return string.Join(language == DisplayLanguage.English ? " / " : "／", parts) + (language == DisplayLanguage.English ? " — " : "：") + Column.GetLabel(language);
    }

    /// <summary>Returns the cell key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key.ToString();
}
