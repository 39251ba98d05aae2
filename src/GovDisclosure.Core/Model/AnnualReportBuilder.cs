using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using GovDisclosure.Catalog;

namespace GovDisclosure;

/// <summary>
/// Builds an <see cref="AnnualReport"/>: a preparer fills in figures cell by cell; readers use it too, so every report
/// obeys the same rules.
/// </summary>
/// <remarks>
/// <para>
/// Every cell that applies starts blank. Setting a cell of an optional row (a legacy indicator, 2021's single
/// （六）其他处理 row) or an optional column (a legacy period) adds the row or column to the report's table; setting
/// 2021's single （六）其他处理 row replaces its three sub-rows and the other way round, as long as the rows replaced
/// hold no figure.
/// </para>
/// <para>
/// Values are checked against the cell's kind: a count is a whole number ≥ 0, a signed count a whole number,
/// money a number ≥ 0. Whether the figures add up is not checked here: that is the validator's job.
/// </para>
/// </remarks>
public sealed class AnnualReportBuilder
{
    private static readonly LegacyPeriod[] LegacyPeriods = Enum.GetValues<LegacyPeriod>();

    private readonly CellValue[] _values;
    private bool _released;
    private readonly bool[][] _rowIncluded;
    private readonly bool[][] _columnIncluded;
    private readonly List<LegacyOtherRow> _legacyOtherRows = [];

    // Made when first needed: most reports state no unit, break nothing down and suppress nothing, and a reader makes
    // a builder for every report it reads.
    private SortedDictionary<CellKey, MoneyUnit>? _moneyUnits;
    private SortedDictionary<ReportSection, string>? _sections;
    private List<LabeledCount>[]? _breakdowns;
    private List<Suppression>? _suppressions;
    private int _year;
    private Agency _agency;
    private string? _sourceUrl;

    /// <summary>Initializes a new instance of the <see cref="AnnualReportBuilder"/> class for a new report.</summary>
    /// <param name="format">The format.</param>
    /// <param name="year">The reporting year (2008–2100).</param>
    /// <param name="agency">The agency.</param>
    public AnnualReportBuilder(ReportFormat format, int year, Agency agency)
    {
        Definition = FormatCatalog.Get(format);
        Year = year;
        _agency = agency ?? throw new ArgumentNullException(nameof(agency));
        var template = Template.Of(Definition);
        _values = template.Values.AsSpan().ToArray();
        _rowIncluded = Template.Copy(template.RowIncluded);
        _columnIncluded = Template.Copy(template.ColumnIncluded);
    }

    internal AnnualReportBuilder(AnnualReport report)
        : this(report.Format, report.Year, report.Agency)
    {
        PublishedOn = report.PublishedOn;
        _sourceUrl = report.SourceUrl;
        foreach (var table in Definition.Tables)
        {
            var view = report.GetTable(table);
            foreach (var row in table.Rows.Where(r => r.IsOptional))
            {
                _rowIncluded[table.Index][row.Index] = view.IsRowPresent(row);
            }

            foreach (var column in table.Columns.Where(c => c.IsOptional))
            {
                _columnIncluded[table.Index][column.Index] = view.IsColumnPresent(column);
            }
        }

        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = report.Cells[i].IsApplicable ? report.Cells[i] : CellValue.Blank;
        }

        _legacyOtherRows.AddRange(report.LegacyOtherRows);
        foreach (var (key, unit) in report.MoneyUnits)
        {
            (_moneyUnits ??= [])[key] = unit;
        }

        foreach (var (section, text) in report.Sections)
        {
            (_sections ??= [])[section] = text;
        }

        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            Breakdown(kind).AddRange(report.Breakdowns.Get(kind));
        }

        (_suppressions ??= []).AddRange(report.Suppressions);
    }

    /// <summary>Gets the catalogue entry of the report's format.</summary>
    public FormatDefinition Definition { get; }

    /// <summary>Gets the report's format.</summary>
    public ReportFormat Format => Definition.Format;

    /// <summary>Gets or sets the reporting year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2008–2100.</exception>
    public int Year
    {
        get => _year;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, AnnualReport.MinYear);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, AnnualReport.MaxYear);
            _year = value;
        }
    }

    /// <summary>Gets or sets the agency.</summary>
    public Agency Agency
    {
        get => _agency;
        set => _agency = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets or sets the publication date.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Gets or sets the address the report was published at (an absolute URI).</summary>
    /// <exception cref="ArgumentException">The text is not an absolute URI.</exception>
    public string? SourceUrl
    {
        get => _sourceUrl;
        set
        {
            if (value is not null && !AnnualReport.IsAbsoluteUri(value))
            {
                throw new ArgumentException($"'{value}' is not an absolute URI.", nameof(value));
            }

            _sourceUrl = value;
        }
    }

    /// <summary>Gets or sets a cell by its key.</summary>
    /// <param name="key">The key, such as <c>requests.granted.total</c>.</param>
    /// <returns>The cell as the report would have it now.</returns>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public CellValue this[CellKey key]
    {
        get => GetValue(Definition.GetCell(key));
        set => SetValue(Definition.GetCell(key), value);
    }

    /// <summary>
    /// Gets or sets a cell by its catalogue definition, without looking its key up: for code that walks the catalogue
    /// (<see cref="FormatDefinition.Cells"/>, <see cref="TableDefinition.GetCell(RowDefinition, ColumnDefinition)"/>) and sets many cells.
    /// </summary>
    /// <param name="cell">A cell of this builder's format (<see cref="Definition"/>).</param>
    /// <returns>The cell as the report would have it now.</returns>
    /// <exception cref="ArgumentException">The cell is of another format.</exception>
    public CellValue this[CellDefinition cell]
    {
        get => GetValue(OfThisFormat(cell));
        set => SetValue(OfThisFormat(cell), value);
    }

    /// <summary>Gets or sets a cell by its key.</summary>
    /// <param name="key">The key, such as <c>requests.granted.total</c>.</param>
    /// <returns>The cell as the report would have it now.</returns>
    public CellValue this[string key]
    {
        get => this[CellKey.Parse(key)];
        set => this[CellKey.Parse(key)] = value;
    }

    /// <summary>Sets a cell by its key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">A reported figure or <see cref="CellValue.Blank"/>.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder Set(CellKey key, CellValue value)
    {
        this[key] = value;
        return this;
    }

    /// <summary>Sets a cell of a typed table: <c>builder.Set(RequestRow.Granted, Applicant.Total, 5)</c>.</summary>
    /// <typeparam name="TRow">The row enum.</typeparam>
    /// <typeparam name="TColumn">The column enum.</typeparam>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <param name="value">A reported figure or <see cref="CellValue.Blank"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The format has no such cell.</exception>
    public AnnualReportBuilder Set<TRow, TColumn>(TRow row, TColumn column, CellValue value)
        where TRow : struct, Enum
        where TColumn : struct, Enum
    {
        SetValue(FindCell(row, column), value);
        return this;
    }

    /// <summary>Gets a cell of a typed table as the report would have it now.</summary>
    /// <typeparam name="TRow">The row enum.</typeparam>
    /// <typeparam name="TColumn">The column enum.</typeparam>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>The cell.</returns>
    public CellValue Get<TRow, TColumn>(TRow row, TColumn column)
        where TRow : struct, Enum
        where TColumn : struct, Enum => GetValue(FindCell(row, column));

    /// <summary>Adds an optional row to the report's table (its cells start blank).</summary>
    /// <param name="table">The table key.</param>
    /// <param name="row">The row key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The row would replace rows that hold figures.</exception>
    public AnnualReportBuilder IncludeRow(string table, string row)
    {
        IncludeRow(FindRow(table, row));
        return this;
    }

    /// <summary>Removes an optional row from the report's table, with its figures.</summary>
    /// <param name="table">The table key.</param>
    /// <param name="row">The row key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The row is not optional.</exception>
    public AnnualReportBuilder ExcludeRow(string table, string row)
    {
        ExcludeRow(FindRow(table, row));
        return this;
    }

    /// <summary>Adds an optional column (a legacy period) to the report's table (its cells start blank).</summary>
    /// <param name="table">The table key.</param>
    /// <param name="column">The column key.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder IncludeColumn(string table, string column)
    {
        var definition = FindColumn(table, column);
        _columnIncluded[definition.Table.Index][definition.Index] = true;
        return this;
    }

    /// <summary>Removes an optional column (a legacy period) from the report's table, with its figures.</summary>
    /// <param name="table">The table key.</param>
    /// <param name="column">The column key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The column is not optional.</exception>
    public AnnualReportBuilder ExcludeColumn(string table, string column)
    {
        var definition = FindColumn(table, column);
        if (!definition.IsOptional)
        {
            throw new InvalidOperationException($"Column '{column}' of table '{table}' is part of every {Definition.Key} report; it cannot be removed.");
        }

        _columnIncluded[definition.Table.Index][definition.Index] = false;
        foreach (var row in definition.Table.Rows)
        {
            if (definition.Table.GetCell(row, definition) is { } cell)
            {
                _values[cell.Ordinal] = CellValue.Blank;
            }
        }

        for (var i = 0; i < _legacyOtherRows.Count; i++)
        {
            _legacyOtherRows[i] = _legacyOtherRows[i].With((LegacyPeriod)definition.EnumValue, CellValue.NotApplicable);
        }

        return this;
    }

    /// <summary>Adds a legacy row that the catalogue does not know, with its printed label.</summary>
    /// <param name="row">The row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The report is not a legacy report.</exception>
    public AnnualReportBuilder AddLegacyOtherRow(LegacyOtherRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Format != ReportFormat.Legacy)
        {
            throw new InvalidOperationException($"Only legacy reports keep rows the catalogue does not know; this is a {Definition.Key} report.");
        }

        _legacyOtherRows.Add(row);
        return this;
    }

    /// <summary>States the unit of a money cell; <see langword="null"/> goes back to the catalogue's default.</summary>
    /// <param name="key">The money cell.</param>
    /// <param name="unit">The unit the report prints.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The cell does not hold money.</exception>
    public AnnualReportBuilder SetMoneyUnit(CellKey key, MoneyUnit? unit)
    {
        var cell = Definition.GetCell(key);
        if (cell.Kind != ValueKind.Money)
        {
            throw new ArgumentException($"Cell {key} holds a count, not money; it has no unit.", nameof(key));
        }

        if (unit is { } stated && !Enum.IsDefined(stated))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit.");
        }

        if (unit is null || unit == cell.DefaultUnit)
        {
            _moneyUnits?.Remove(key);
        }
        else
        {
            (_moneyUnits ??= [])[key] = unit.Value;
        }

        return this;
    }

    /// <summary>Sets the text of a section; <see langword="null"/> removes it.</summary>
    /// <param name="section">The section.</param>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The format has no such section.</exception>
    public AnnualReportBuilder SetSection(ReportSection section, string? text)
    {
        if (Definition.FindSection(section) is null)
        {
            throw new ArgumentException($"The {Definition.Key} format has no section {section}.", nameof(section));
        }

        if (text is null)
        {
            _sections?.Remove(section);
        }
        else
        {
            (_sections ??= [])[section] = text;
        }

        return this;
    }

    /// <summary>Adds an entry to a prose breakdown.</summary>
    /// <param name="kind">The breakdown.</param>
    /// <param name="label">The label as printed.</param>
    /// <param name="count">The count.</param>
    /// <returns>This builder.</returns>
    public AnnualReportBuilder AddBreakdown(BreakdownKind kind, string label, long count)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown.");
        }

        Breakdown(kind).Add(new LabeledCount(label, count));
        return this;
    }

    /// <summary>Adds an explained deviation.</summary>
    /// <param name="suppression">The suppression.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">It names a cell the format does not have.</exception>
    public AnnualReportBuilder AddSuppression(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        foreach (var cell in suppression.Cells)
        {
            if (!Definition.TryGetCell(cell, out _))
            {
                throw new ArgumentException(Definition.DescribeUnknownCell(cell), nameof(suppression));
            }
        }

        (_suppressions ??= []).Add(suppression);
        return this;
    }

    /// <summary>Builds the report. The builder can go on being used.</summary>
    /// <returns>The report.</returns>
    public AnnualReport Build() => Build(release: false);

    /// <summary>
    /// Builds the report handing it the builder's cell array instead of a copy: for readers that build a report and
    /// drop the builder at once, saving a copy of every cell per report. The builder must not be used afterwards.
    /// </summary>
    /// <returns>The report.</returns>
    internal AnnualReport BuildAndRelease() => Build(release: true);

    private AnnualReport Build(bool release)
    {
        if (_released)
        {
            throw new InvalidOperationException("This builder handed its cells to the report it built: it cannot build again.");
        }

        _released = release;
        // A legacy period that only rows the catalogue does not know print is still a column of the table.
        // (Only then are the builder's flags copied: the other formats only read them here.)
        var columnIncluded = Format == ReportFormat.Legacy ? Template.Copy(_columnIncluded) : _columnIncluded;
        foreach (var row in _legacyOtherRows)
        {
            foreach (var period in LegacyPeriods)
            {
                if (row[period].IsApplicable)
                {
                    columnIncluded[0][Definition.Tables[0].ColumnByEnum((int)period)!.Index] = true;
                }
            }
        }

        var cells = release ? _values : new CellValue[_values.Length];
        foreach (var table in Definition.Tables)
        {
            var columns = columnIncluded[table.Index];

            // Handed the builder's own cells, a row in the report with every column keeps its values as they are.
            var everyColumn = release && !columns.AsSpan().Contains(false);
            foreach (var row in table.Rows)
            {
                var present = IsRowPresent(row);
                if (present && everyColumn)
                {
                    continue;
                }

                foreach (var cell in row.CellsByColumnKey)
                {
                    cells[cell.Ordinal] = present && columns[cell.Column.Index] ? _values[cell.Ordinal] : CellValue.NotApplicable;
                }
            }
        }

        var otherRows = ImmutableArray.CreateBuilder<LegacyOtherRow>(_legacyOtherRows.Count);
        foreach (var row in _legacyOtherRows)
        {
            var normalized = row;
            foreach (var period in LegacyPeriods)
            {
                var included = columnIncluded[0][Definition.Tables[0].ColumnByEnum((int)period)!.Index];
                if (included && !row[period].IsApplicable)
                {
                    normalized = normalized.With(period, CellValue.Blank);
                }
            }

            otherRows.Add(normalized);
        }

        var moneyUnits = _moneyUnits is { Count: > 0 } units ? units.ToImmutableSortedDictionary() : ImmutableSortedDictionary<CellKey, MoneyUnit>.Empty;
        return new AnnualReport(Definition, _year, _agency, cells, otherRows.MoveToImmutable(), moneyUnits)
        {
            PublishedOn = PublishedOn,
            SourceUrl = _sourceUrl,
            Sections = _sections is { Count: > 0 } sections ? sections.ToImmutableSortedDictionary() : ImmutableSortedDictionary<ReportSection, string>.Empty,
            Breakdowns = _breakdowns is null ? ReportBreakdowns.Empty : new ReportBreakdowns
            {
                ProactiveByCategory = [.. _breakdowns[(int)BreakdownKind.ProactiveByCategory]],
                ProactiveByChannel = [.. _breakdowns[(int)BreakdownKind.ProactiveByChannel]],
                Figures = [.. _breakdowns[(int)BreakdownKind.Figures]],
            },
            Suppressions = _suppressions is null ? [] : [.. _suppressions],
        };
    }

    internal static string? CheckValue(CellDefinition cell, CellValue value) => CheckValue(cell, value, out _);

    private List<LabeledCount> Breakdown(BreakdownKind kind) => (_breakdowns ??= [[], [], []])[(int)kind];

    /// <summary>Says what is wrong with a value for a cell, with the rule code of the problem (GD0902 or GD0903).</summary>
    internal static string? CheckValue(CellDefinition cell, CellValue value, out string? code)
    {
        code = null;
        if (!value.IsReported)
        {
            return null;
        }

        // The text of the value is made only for a problem: readers check every cell they read.
        (code, var problem) = cell.Kind switch
        {
            ValueKind.Count when !value.IsWholeNumber =>
                (Validation.RuleCodes.FractionalCount, $"cell {cell.Key} holds a count: expected a whole number ≥ 0, found {Text(value)}"),
            ValueKind.Count when value.Units < 0 =>
                (Validation.RuleCodes.NegativeCount, $"cell {cell.Key} holds a count: expected a whole number ≥ 0, found {Text(value)}"),
            ValueKind.SignedCount when !value.IsWholeNumber =>
                (Validation.RuleCodes.FractionalCount, $"cell {cell.Key} holds a signed count: expected a whole number, found {Text(value)}"),
            ValueKind.Money when value.Units < 0 =>
                (Validation.RuleCodes.NegativeCount, $"cell {cell.Key} holds money: expected an amount ≥ 0, found {Text(value)}"),
            _ => ((string?)null, (string?)null),
        };
        return problem;

        static string Text(CellValue value) => value.ToString(null, CultureInfo.InvariantCulture);
    }

    internal bool IsRowPresent(RowDefinition row) =>
        row.IsOptional ? _rowIncluded[row.Table.Index][row.Index] : FindReplacingRow(row) is null;

    internal RowDefinition? FindReplacingRow(RowDefinition row) =>
        row.ReplacedBy is { } replacing && _rowIncluded[row.Table.Index][replacing.Index] ? replacing : null;

    private CellDefinition OfThisFormat(CellDefinition cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return ReferenceEquals(cell.Table.Format, Definition)
            ? cell
            : throw new ArgumentException($"Cell {cell.Key} is a cell of the {cell.Table.Format.Key} format; this builder makes a {Definition.Key} report.", nameof(cell));
    }

    private CellValue GetValue(CellDefinition cell) =>
        IsRowPresent(cell.Row) && _columnIncluded[cell.Table.Index][cell.Column.Index] ? _values[cell.Ordinal] : CellValue.NotApplicable;

    /// <summary>Sets a cell of this builder's format, checking the value against the cell's kind.</summary>
    internal void SetValue(CellDefinition cell, CellValue value)
    {
        if (!value.IsApplicable)
        {
            throw new ArgumentException(
                $"A cell cannot be set to 'not applicable'; use CellValue.Blank for a cell without a figure, or ExcludeRow/ExcludeColumn to leave an optional row or column out ({cell.Key}).",
                nameof(value));
        }

        var problem = CheckValue(cell, value);
        if (problem is not null)
        {
            throw new ArgumentException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".", nameof(value));
        }

        SetChecked(cell, value);
    }

    /// <summary>Sets a cell to a value that a reader has already checked with <see cref="CheckValue(CellDefinition, CellValue, out string?)"/>.</summary>
    internal void SetChecked(CellDefinition cell, CellValue value)
    {
        if (cell.Row.IsOptional)
        {
            IncludeRow(cell.Row);
        }
        else if (FindReplacingRow(cell.Row) is { } replacing)
        {
            ExcludeReplacingRow(replacing, cell.Row);
        }

        SetCheckedInSettledRow(cell, value);
    }

    /// <summary>
    /// Sets a checked value in a row that <see cref="SetChecked"/> has already set a cell of: the row is included and
    /// no row replaces it, so only the cell's column and value remain.
    /// </summary>
    internal void SetCheckedInSettledRow(CellDefinition cell, CellValue value)
    {
        if (cell.Column.IsOptional)
        {
            // The other columns are in every report: their flags are set from the start and never cleared.
            _columnIncluded[cell.Table.Index][cell.Column.Index] = true;
        }

        _values[cell.Ordinal] = value;
    }

    internal void IncludeRow(RowDefinition row)
    {
        if (!row.IsOptional)
        {
            if (FindReplacingRow(row) is { } replacing)
            {
                ExcludeReplacingRow(replacing, row);
            }

            return;
        }

        if (_rowIncluded[row.Table.Index][row.Index])
        {
            return;
        }

        foreach (var replaced in row.Replaces)
        {
            if (HasFigures(replaced))
            {
                throw new InvalidOperationException(
                    $"Row '{row.Key}' replaces rows {string.Join(", ", row.Replaces.Select(r => $"'{r.Key}'"))} of table '{row.Table.Key}', and '{replaced.Key}' holds figures: a report uses either the single row or its sub-rows, never both.");
            }
        }

        _rowIncluded[row.Table.Index][row.Index] = true;
    }

    private void ExcludeReplacingRow(RowDefinition replacing, RowDefinition replaced)
    {
        if (HasFigures(replacing))
        {
            throw new InvalidOperationException(
                $"Row '{replaced.Key}' of table '{replaced.Table.Key}' is replaced in this report by row '{replacing.Key}', which holds figures: a report uses either the single row or its sub-rows, never both.");
        }

        ExcludeRow(replacing);
    }

    private void ExcludeRow(RowDefinition row)
    {
        if (!row.IsOptional)
        {
            throw new InvalidOperationException($"Row '{row.Key}' of table '{row.Table.Key}' is part of every {Definition.Key} report; it cannot be removed.");
        }

        _rowIncluded[row.Table.Index][row.Index] = false;
        foreach (var cell in row.CellsByColumnKey)
        {
            _values[cell.Ordinal] = CellValue.Blank;
        }
    }

    private bool HasFigures(RowDefinition row) => row.CellsByColumnKey.Any(c => _values[c.Ordinal].IsReported);

    private CellDefinition FindCell<TRow, TColumn>(TRow row, TColumn column)
        where TRow : struct, Enum
        where TColumn : struct, Enum
    {
        foreach (var table in Definition.Tables)
        {
            if (table.RowEnum == typeof(TRow) && table.ColumnEnum == typeof(TColumn))
            {
                var rowDefinition = table.RowByEnum(Unsafe.As<TRow, int>(ref row));
                var columnDefinition = table.ColumnByEnum(Unsafe.As<TColumn, int>(ref column));
                if (rowDefinition is not null && columnDefinition is not null && table.GetCell(rowDefinition, columnDefinition) is { } cell)
                {
                    return cell;
                }

                throw new ArgumentException($"Table '{table.Key}' of the {Definition.Key} format has no cell at {row} × {column}.");
            }
        }

        throw new ArgumentException($"The {Definition.Key} format has no table with rows {typeof(TRow).Name} and columns {typeof(TColumn).Name}.");
    }

    private RowDefinition FindRow(string table, string row)
    {
        var definition = Definition.FindTable(table) ?? throw new KeyNotFoundException($"The {Definition.Key} format has no table '{table}'.");
        return definition.FindRow(row) ?? throw new KeyNotFoundException($"Table '{table}' of the {Definition.Key} format has no row '{row}'.");
    }

    private ColumnDefinition FindColumn(string table, string column)
    {
        var definition = Definition.FindTable(table) ?? throw new KeyNotFoundException($"The {Definition.Key} format has no table '{table}'.");
        return definition.FindColumn(column) ?? throw new KeyNotFoundException($"Table '{table}' of the {Definition.Key} format has no column '{column}'.");
    }

    /// <summary>What a new builder of a format starts from: every cell blank, the rows and columns that are not optional included.</summary>
    private sealed class Template
    {
        private static readonly Dictionary<ReportFormat, Template> ByFormat = FormatCatalog.All.ToDictionary(f => f.Format, f => new Template(f));

        private Template(FormatDefinition definition)
        {
            Values = new CellValue[definition.Cells.Length];
            Array.Fill(Values, CellValue.Blank);
            RowIncluded = [.. definition.Tables.Select(t => t.Rows.Select(r => !r.IsOptional).ToArray())];
            ColumnIncluded = [.. definition.Tables.Select(t => t.Columns.Select(c => !c.IsOptional).ToArray())];
        }

        public CellValue[] Values { get; }

        public bool[][] RowIncluded { get; }

        public bool[][] ColumnIncluded { get; }

        public static Template Of(FormatDefinition definition) => ByFormat[definition.Format];

        public static bool[][] Copy(bool[][] flags)
        {
            var copy = new bool[flags.Length][];
            for (var i = 0; i < flags.Length; i++)
            {
                copy[i] = flags[i].AsSpan().ToArray();
            }

            return copy;
        }
    }
}
