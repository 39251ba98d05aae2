using System.Runtime.CompilerServices;
using GovDisclosure.Catalog;

namespace GovDisclosure;

/// <summary>A statistical table of a report, read by row and column keys or definitions.</summary>
public readonly struct ReportTable
{
    private readonly AnnualReport _report;

    internal ReportTable(AnnualReport report, TableDefinition definition)
    {
        _report = report;
        Definition = definition;
    }

    /// <summary>Gets the table's definition.</summary>
    public TableDefinition Definition { get; }

    /// <summary>Gets a cell by row and column keys.</summary>
    /// <param name="row">The row key.</param>
    /// <param name="column">The column key.</param>
    /// <returns>The cell; not applicable when the row and column do not apply together.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such row or column.</exception>
    public CellValue this[string row, string column]
    {
        get
        {
            var rowDefinition = Definition.FindRow(row) ?? throw new KeyNotFoundException($"Table '{Definition.Key}' of the {Definition.Format.Key} format has no row '{row}'.");
            var columnDefinition = Definition.FindColumn(column) ?? throw new KeyNotFoundException($"Table '{Definition.Key}' of the {Definition.Format.Key} format has no column '{column}'.");
            return this[rowDefinition, columnDefinition];
        }
    }

    /// <summary>Gets a cell by row and column definitions.</summary>
    /// <param name="row">The row, from this table.</param>
    /// <param name="column">The column, from this table.</param>
    /// <returns>The cell; not applicable when the row and column do not apply together.</returns>
    public CellValue this[RowDefinition row, ColumnDefinition column] =>
        Definition.GetCell(row, column) is { } cell ? _report.GetCellByOrdinal(cell.Ordinal) : CellValue.NotApplicable;

    /// <summary>Tells whether the report's table has a row (an optional row is present when any of its cells applies).</summary>
    /// <param name="row">The row, from this table.</param>
    /// <returns><see langword="true"/> when the row is present.</returns>
    public bool IsRowPresent(RowDefinition row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var column in Definition.Columns)
        {
            if (this[row, column].IsApplicable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the report's table has a column (an optional column is present when any of its cells applies).</summary>
    /// <param name="column">The column, from this table.</param>
    /// <returns><see langword="true"/> when the column is present.</returns>
    public bool IsColumnPresent(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        foreach (var row in Definition.Rows)
        {
            if (this[row, column].IsApplicable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a derived subtotal in a column, such as <c>deniedTotal</c>: the sum of its rows that the table has.</summary>
    /// <param name="derived">The subtotal, from this table.</param>
    /// <param name="column">The column, from this table.</param>
    /// <returns>The sum; blank when a row it adds is blank.</returns>
    public CellValue GetDerived(DerivedRowDefinition derived, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(derived);
        var accumulator = default(CellValue.Accumulator);
        foreach (var row in derived.Rows)
        {
            accumulator.Add(this[row, column], 1);
        }

        return accumulator.Result;
    }
}

/// <summary>
/// A statistical table of a report, read through the enums of its rows and columns:
/// <c>report.Requests[RequestRow.Granted, Applicant.Total]</c>.
/// </summary>
/// <typeparam name="TRow">The row enum, such as <see cref="RequestRow"/>.</typeparam>
/// <typeparam name="TColumn">The column enum, such as <see cref="Applicant"/>.</typeparam>
/// <remarks>
/// A row or column that the report's format does not have (a 2021 sub-row in a 2019 report, any national table in a
/// legacy report) reads as not applicable.
/// </remarks>
public readonly struct ReportTable<TRow, TColumn>
    where TRow : struct, Enum
    where TColumn : struct, Enum
{
    private readonly AnnualReport _report;

    internal ReportTable(AnnualReport report, TableDefinition? definition)
    {
        _report = report;
        Definition = definition;
    }

    /// <summary>Gets the table's definition, or <see langword="null"/> when the report's format has no such table.</summary>
    public TableDefinition? Definition { get; }

    /// <summary>Gets a value indicating whether the report's format has the table.</summary>
    public bool Exists => Definition is not null;

    /// <summary>Gets a cell.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>The cell.</returns>
    public CellValue this[TRow row, TColumn column] =>
        Definition is null ? CellValue.NotApplicable : _report.GetCellByOrdinal(Definition.GetOrdinalByEnum(ToInt(row), ToInt(column)));

    /// <summary>Gets the definition of a row, or <see langword="null"/> when the format's table has no such row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The definition.</returns>
    public RowDefinition? FindRow(TRow row) => Definition?.RowByEnum(ToInt(row));

    /// <summary>Gets the definition of a column, or <see langword="null"/> when the format's table has no such column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The definition.</returns>
    public ColumnDefinition? FindColumn(TColumn column) => Definition?.ColumnByEnum(ToInt(column));

    /// <summary>Tells whether the report's table has a row.</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when the row is present.</returns>
    public bool IsRowPresent(TRow row) => FindRow(row) is { } definition && new ReportTable(_report, Definition!).IsRowPresent(definition);

    /// <summary>Gets a derived subtotal by its key, such as <c>deniedTotal</c>.</summary>
    /// <param name="key">The subtotal's key.</param>
    /// <param name="column">The column.</param>
    /// <returns>The sum; not applicable when the table has no such subtotal or column.</returns>
    public CellValue GetDerived(string key, TColumn column)
    {
        var derived = Definition?.FindDerivedRow(key);
        var columnDefinition = FindColumn(column);
        return derived is null || columnDefinition is null
            ? CellValue.NotApplicable
            : new ReportTable(_report, Definition!).GetDerived(derived, columnDefinition);
    }

    private static int ToInt<T>(T value)
        where T : struct, Enum => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
}

/// <summary>Typed helpers for table <c>requests</c>.</summary>
public static class RequestTableExtensions
{
    /// <summary>Gets a derived subtotal of table <c>requests</c>, such as （三）不予公开 = the sum of the eight denied rows.</summary>
    /// <param name="table">The table.</param>
    /// <param name="subtotal">The subtotal.</param>
    /// <param name="column">The column.</param>
    /// <returns>The sum; blank when a row it adds is blank; not applicable in a legacy report.</returns>
    public static CellValue GetSubtotal(this ReportTable<RequestRow, Applicant> table, RequestSubtotal subtotal, Applicant column)
    {
        var key = table.Definition?.DerivedRows.FirstOrDefault(d => d.EnumValue == (int)subtotal)?.Key;
        return key is null ? CellValue.NotApplicable : table.GetDerived(key, column);
    }
}

/// <summary>The key indicators of a report, computed from its cells by the catalogue's mapping for its format.</summary>
public readonly struct KeyIndicatorSet
{
    private readonly AnnualReport _report;

    internal KeyIndicatorSet(AnnualReport report) => _report = report;

    /// <summary>Gets an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value; blank when a cell it needs is blank; not applicable when the format cannot give it. Never 0 for a figure the report does not give.</returns>
    public CellValue this[KeyIndicator indicator] => _report.Definition.GetKeyIndicator(indicator).Evaluate(_report);

    /// <summary>Gets every indicator with its value, in the order of <see cref="KeyIndicator"/>.</summary>
    /// <returns>The indicators.</returns>
    public IEnumerable<KeyValuePair<KeyIndicator, CellValue>> AsEnumerable()
    {
        var report = _report;
        return Enum.GetValues<KeyIndicator>().Select(i => KeyValuePair.Create(i, report.Definition.GetKeyIndicator(i).Evaluate(report)));
    }
}
