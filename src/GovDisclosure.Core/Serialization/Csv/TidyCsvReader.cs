using System.Globalization;
using CsvHelper;
using GovDisclosure.Validation;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Reads the tidy layout: consecutive records with the same identity fields are one report, one record per cell. A
/// report's records must be together and complete: every cell of its tables has a record (a blank one with an empty
/// value), no cell has two, and no report appears in two places of the file.
/// </summary>
internal sealed class TidyCsvReader : CsvLayoutReader
{
    private const int IdentityCount = 9;

    private readonly int _table;
    private readonly int _row;
    private readonly int _column;
    private readonly int _value;
    private readonly int _unit;
    private readonly int _rowLabel;
    private readonly int _columnLabel;

    /// <summary>The first line of each report read, by a hash of its agency, codes, year and format.</summary>
    private readonly Dictionary<UInt128, long> _reportsSeen = [];

    /// <summary>The state of the report being read, reused from report to report (one per format).</summary>
    private readonly Dictionary<ReportFormat, CellState> _states = [];

    private byte[] _identity = new byte[256];
    private readonly int[] _identityEnds = new int[IdentityCount];
    private bool _hasReport;
    private UInt128 _reportKey;
    private long _firstLine;
    private long _lastLine;
    private AnnualReportBuilder? _builder;
    private ReportReadException? _error;
    private CellState? _state;

    public TidyCsvReader(string[] header, string? source)
        : base(header, source)
    {
        foreach (var name in header)
        {
            if (!CsvIdentity.Columns.Contains(name, StringComparer.Ordinal) && !TidyCsvWriter.CellColumns.Contains(name, StringComparer.Ordinal))
            {
                throw new ReportReadException(
                    $"unknown column '{name}': a tidy report CSV has the columns {string.Join(", ", TidyCsvWriter.Columns)} (see docs/csv.md).",
                    new ReadLocation { Source = source, Line = 1, Path = name });
            }
        }

        _table = Required("table");
        _row = Required("row");
        _column = Required("column");
        _value = Required("value");
        _unit = Array.IndexOf(header, "unit");
        _rowLabel = Array.IndexOf(header, "rowLabel");
        _columnLabel = Array.IndexOf(header, "columnLabel");

        int Required(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0
                ? index
                : throw new ReportReadException(
                    $"the header has no column '{name}': a tidy report CSV has the columns table, row, column and value (see docs/csv.md).",
                    new ReadLocation { Source = source, Line = 1 });
        }
    }

    public override ReportReadResult? Accept(CsvReader csv)
    {
        var line = csv.LineNumber;
        ReportReadResult? completed = null;
        if (!_hasReport || !SameIdentity(csv))
        {
            var key = KeyOf(csv);
            if (_hasReport && key == _reportKey)
            {
                // The same agency, year and format as the records just before, but other identity fields: neither part is read.
                var problem = $"the records of report {Describe()} disagree on their identity fields from line {line} on ({Difference(csv)}): the records of one report have the same identity fields.";
                _hasReport = false;
                completed = ReportReadResult.Failure(Error(_firstLine, null, $"lines {_firstLine}–{_lastLine}: " + problem));
                Begin(csv, line, key, checkSeen: false);
                _error ??= Error(line, null, problem);
            }
            else
            {
                completed = _hasReport ? Complete() : null;
                Begin(csv, line, key, checkSeen: true);
            }
        }

        _lastLine = line;
        if (_error is not null)
        {
            return completed;
        }

        try
        {
            if (CheckFieldCount(csv) is { } problem)
            {
                throw new CsvFieldException(null, problem);
            }

            Take(csv, line);
        }
        catch (CsvFieldException exception)
        {
            _error = Error(line, exception);
        }

        return completed;
    }

    public override ReportReadResult? Finish() => _hasReport ? Complete() : null;

    /// <summary>Starts a report at the current record.</summary>
    private void Begin(CsvReader csv, long line, UInt128 key, bool checkSeen)
    {
        _hasReport = true;
        _firstLine = line;
        _lastLine = line;
        _reportKey = key;
        _error = null;
        _builder = null;
        _state = null;
        var length = 0;
        for (var i = 0; i < IdentityCount; i++)
        {
            var field = IdentityField(csv, i);
            if (length + field.Length > _identity.Length)
            {
                Array.Resize(ref _identity, Math.Max(_identity.Length * 2, length + field.Length));
            }

            field.CopyTo(_identity.AsSpan(length));
            length += field.Length;
            _identityEnds[i] = length;
        }

        if (!checkSeen)
        {
            return;
        }

        if (_reportsSeen.TryGetValue(key, out var first))
        {
            _error = Error(line, null, $"the records of report {Describe()} are in two places: from line {first} and from line {line}. The records of one report are together (is the file sorted by another column?); two copies of one report are not read.");
            return;
        }

        _reportsSeen.Add(key, line);
        try
        {
            _builder = ParseIdentity(csv);
        }
        catch (CsvFieldException exception)
        {
            _error = Error(line, exception);
            return;
        }

        var format = _builder.Format;
        if (!_states.TryGetValue(format, out var state))
        {
            state = new CellState(CsvCatalog.Of(_builder.Definition));
            _states.Add(format, state);
        }

        state.Reset();
        _state = state;
    }

    /// <summary>Reads the cell of the current record into the report's state.</summary>
    private void Take(CsvReader csv, long line)
    {
        var state = _state!;
        var catalog = state.Catalog;
        var table = csv.GetSpan(_table);
        var row = csv.GetSpan(_row);
        var column = csv.GetSpan(_column);

        // Records usually come in the catalogue's order: try the cell after the last one first.
        var ordinal = state.Next;
        if (ordinal >= catalog.Cells.Length || !Matches(catalog.Cells[ordinal], table, row, column))
        {
            if (IsOtherRow(catalog, table, row))
            {
                TakeOtherRow(csv, line, row, column);
                return;
            }

            if (table.SequenceEqual(CsvCatalog.BreakdownsTableKey))
            {
                TakeBreakdown(csv, line, row, column);
                return;
            }

            ordinal = catalog.FindOrdinal(table, row, column);
            if (ordinal < 0)
            {
                throw new CsvFieldException(null, UnknownCell(catalog, table, row, column));
            }
        }

        var cell = catalog.Cells[ordinal];
        if (state.Lines[ordinal] != 0)
        {
            throw new CsvFieldException("row", $"cell {cell.Key} of report {Describe()} has a second record (the first is on line {state.Lines[ordinal]}): each cell has one.");
        }

        CheckLabel(csv, _rowLabel, cell.RowLabel, $"the printed label of row '{cell.Definition.Row.Key}'");
        CheckLabel(csv, _columnLabel, cell.ColumnLabel, $"the printed label of column '{cell.Definition.Column.Key}'");
        state.Values[ordinal] = ParseCell(csv.GetSpan(_value), cell.Definition, cell.Key, "value");
        if (_unit >= 0 && ParseUnit(csv.GetSpan(_unit), cell.Definition, "unit") is { } unit)
        {
            state.Units.Add((ordinal, unit));
        }

        state.Lines[ordinal] = line;
        state.Next = ordinal + 1;
    }

    private static bool Matches(CsvCell cell, ReadOnlySpan<byte> table, ReadOnlySpan<byte> row, ReadOnlySpan<byte> column) =>
        row.SequenceEqual(cell.Row) && column.SequenceEqual(cell.Column) && table.SequenceEqual(cell.Table);

    private static bool IsOtherRow(CsvCatalog catalog, ReadOnlySpan<byte> table, ReadOnlySpan<byte> row) =>
        catalog.Definition.Format == ReportFormat.Legacy && table.SequenceEqual(CsvCatalog.LegacyTableKey) && row.StartsWith("otherRows["u8);

    /// <summary>A record of a legacy row the catalogue does not know: <c>legacy</c>, <c>otherRows[i]</c>, a period.</summary>
    private void TakeOtherRow(CsvReader csv, long line, ReadOnlySpan<byte> row, ReadOnlySpan<byte> column)
    {
        var state = _state!;
        var index = ParseIndex(row, CsvCatalog.OtherRowsKey.Length, state.OtherRows.Count, CsvCatalog.OtherRowsKey);
        var period = state.Catalog.FindPeriod(column)
            ?? throw new CsvFieldException("column", $"unknown column '{CsvText.Show(column)}' of a legacy row: expected {string.Join(", ", state.Catalog.Periods.Select(p => p.Definition.Key))}.");
        var label = Label(csv, "a legacy row the catalogue does not know");
        OtherRow entry;
        if (index == state.OtherRows.Count)
        {
            entry = new OtherRow(label, line);
            state.OtherRows.Add(entry);
        }
        else
        {
            entry = state.OtherRows[index];
            if (!string.Equals(entry.Label, label, StringComparison.Ordinal))
            {
                throw new CsvFieldException("rowLabel", $"row otherRows[{index}] is labelled '{entry.Label}' on line {entry.Line}, '{label}' here: the records of one row have one label.");
            }
        }

        var slot = (int)period.Period;
        if (entry.Lines[slot] != 0)
        {
            throw new CsvFieldException("column", $"row otherRows[{index}] ('{entry.Label}') has a second record for column {period.Definition.Key} (the first is on line {entry.Lines[slot]}).");
        }

        CheckLabel(csv, _columnLabel, period.Label, $"the printed label of column '{period.Definition.Key}'");
        entry.Values[slot] = ParseCell(csv.GetSpan(_value), null, $"otherRows[{index}].{period.Definition.Key}", "value");
        CheckNoUnit(csv, $"row otherRows[{index}]");
        entry.Lines[slot] = line;
    }

    /// <summary>A record of a prose breakdown: <c>breakdowns</c>, <c>proactiveByCategory[i]</c>, <c>count</c>.</summary>
    private void TakeBreakdown(CsvReader csv, long line, ReadOnlySpan<byte> row, ReadOnlySpan<byte> column)
    {
        var state = _state!;
        var kind = -1;
        for (var i = 0; i < CsvCatalog.Breakdowns.Length; i++)
        {
            var key = CsvCatalog.Breakdowns[i].KeyUtf8;
            if (row.StartsWith(key) && row.Length > key.Length && row[key.Length] == (byte)'[')
            {
                kind = i;
            }
        }

        if (kind < 0)
        {
            throw new CsvFieldException("row", $"unknown row '{CsvText.Show(row)}' of table breakdowns: expected {string.Join(", ", CsvCatalog.Breakdowns.Select(b => b.Key + "[N]"))}.");
        }

        var (name, keyUtf8, heading) = CsvCatalog.Breakdowns[kind];
        var entries = state.Breakdowns[kind];
        var index = ParseIndex(row, keyUtf8.Length, entries.Count, name);
        if (index < entries.Count)
        {
            throw new CsvFieldException("row", $"breakdown {name}[{index}] has a second record: each entry has one.");
        }

        if (!column.SequenceEqual(CsvCatalog.BreakdownCountKey))
        {
            throw new CsvFieldException("column", $"unknown column '{CsvText.Show(column)}' of table breakdowns: expected count.");
        }

        var label = Label(csv, "a breakdown entry");
        CheckLabel(csv, _columnLabel, heading, "the heading of the breakdown");
        var value = csv.GetSpan(_value);
        if (value.IsEmpty || CsvText.ParseNumber(value, out _) is not { } count || !count.TryGetWholeNumber(out var number) || number < 0)
        {
            throw new CsvFieldException("value", $"expected a whole number ≥ 0 for breakdown {name}[{index}] ('{label}'), found '{CsvText.Show(value)}' (a count stated in the text is never blank).", value.IsEmpty || value[0] != (byte)'-' ? null : RuleCodes.NegativeCount);
        }

        CheckNoUnit(csv, $"breakdown {name}[{index}]");
        entries.Add(new LabeledCount(label, number));
    }

    /// <summary>Reads the index of <c>key[i]</c>: the next entry (<paramref name="count"/>) or one already begun.</summary>
    private static int ParseIndex(ReadOnlySpan<byte> row, int prefix, int count, string key)
    {
        var digits = row[(prefix + 1)..];
        if (digits.IsEmpty || digits[^1] != (byte)']'
            || !int.TryParse(digits[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index > count)
        {
            throw new CsvFieldException(
                "row",
                $"expected {key}[{count}] (the next entry){(count > 0 ? $" or an earlier one, {key}[0] to {key}[{count - 1}]" : string.Empty)}, found '{CsvText.Show(row)}': entries are numbered from 0 in the order they are printed.");
        }

        return index;
    }

    /// <summary>The printed label of a row the catalogue does not know (the rowLabel column), which must be given.</summary>
    private string Label(CsvReader csv, string what)
    {
        var field = _rowLabel >= 0 ? csv.GetSpan(_rowLabel) : default;
        if (CsvText.Unprotect(field).IsEmpty)
        {
            throw new CsvFieldException("rowLabel", $"expected the printed label of {what}, found {(_rowLabel < 0 ? "no rowLabel column" : "an empty field")}: the label is what names such a row.");
        }

        try
        {
            var label = CsvText.Decode(field);
            return string.IsNullOrWhiteSpace(label)
                ? throw new CsvFieldException("rowLabel", $"expected the printed label of {what}, found only white space.")
                : label;
        }
        catch (FormatException exception)
        {
            throw new CsvFieldException("rowLabel", exception.Message);
        }
    }

    /// <summary>A printed label of a catalogue row or column, which the file may leave empty but not contradict.</summary>
    private static void CheckLabel(CsvReader csv, int index, byte[] expected, string what)
    {
        if (index < 0)
        {
            return;
        }

        var field = CsvText.Unprotect(csv.GetSpan(index));
        if (!field.IsEmpty && !field.SequenceEqual(CsvText.Unprotect(expected)))
        {
            throw new CsvFieldException(csv.Headers[index], $"expected {what}, '{System.Text.Encoding.UTF8.GetString(CsvText.Unprotect(expected))}', or an empty field, found '{CsvText.Show(field)}': the key and the label disagree.");
        }
    }

    private void CheckNoUnit(CsvReader csv, string what)
    {
        if (_unit >= 0 && !csv.GetSpan(_unit).IsEmpty)
        {
            throw new CsvFieldException("unit", $"{what} has no unit (its figures are kept as printed): expected an empty field, found '{CsvText.Show(csv.GetSpan(_unit))}'.");
        }
    }

    /// <summary>Ends the report being read: checks it is complete and builds it.</summary>
    private ReportReadResult Complete()
    {
        _hasReport = false;
        if (_error is not null)
        {
            return ReportReadResult.Failure(_error);
        }

        var state = _state!;
        var builder = _builder!;
        var catalog = state.Catalog;
        var definition = catalog.Definition;
        var legacy = definition.Format == ReportFormat.Legacy;
        var rowPresent = new bool[definition.Tables.Sum(t => t.Rows.Length)];
        var columnPresent = new bool[definition.Tables.Sum(t => t.Columns.Length)];
        var rowBase = new int[definition.Tables.Length];
        var columnBase = new int[definition.Tables.Length];
        for (var t = 1; t < definition.Tables.Length; t++)
        {
            rowBase[t] = rowBase[t - 1] + definition.Tables[t - 1].Rows.Length;
            columnBase[t] = columnBase[t - 1] + definition.Tables[t - 1].Columns.Length;
        }

        foreach (var cell in definition.Cells)
        {
            if (state.Lines[cell.Ordinal] != 0)
            {
                rowPresent[rowBase[cell.Table.Index] + cell.Row.Index] = true;
                columnPresent[columnBase[cell.Table.Index] + cell.Column.Index] = true;
            }
        }

        foreach (var otherRow in state.OtherRows)
        {
            foreach (var period in catalog.Periods)
            {
                if (otherRow.Lines[(int)period.Period] != 0)
                {
                    columnPresent[period.Definition.Index] = true;
                }
            }
        }

        var location = new ReadLocation { Source = Source, Line = _firstLine };
        foreach (var table in definition.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.IsOptional && rowPresent[rowBase[table.Index] + r.Index]))
            {
                if (row.Replaces.FirstOrDefault(r => rowPresent[rowBase[table.Index] + r.Index]) is { } replaced)
                {
                    return Failure($"has records of row '{row.Key}' and of row '{replaced.Key}' of table '{table.Key}': a report uses either the single row '{row.Key}' or its sub-rows {string.Join(", ", row.Replaces.Select(r => $"'{r.Key}'"))}, never both.");
                }
            }
        }

        var missing = new List<string>();
        foreach (var cell in definition.Cells)
        {
            var table = cell.Table;
            var present = cell.Row.IsOptional || legacy
                ? rowPresent[rowBase[table.Index] + cell.Row.Index]
                : cell.Row.ReplacedBy is not { } replacing || !rowPresent[rowBase[table.Index] + replacing.Index];
            present &= !legacy || columnPresent[columnBase[table.Index] + cell.Column.Index];
            if (present && state.Lines[cell.Ordinal] == 0)
            {
                missing.Add(cell.Key.ToString());
            }
        }

        foreach (var (otherRow, index) in state.OtherRows.Select((r, i) => (r, i)))
        {
            foreach (var period in catalog.Periods)
            {
                if (columnPresent[period.Definition.Index] && otherRow.Lines[(int)period.Period] == 0)
                {
                    missing.Add($"otherRows[{index}].{period.Definition.Key}");
                }
            }
        }

        if (missing.Count > 0)
        {
            return Failure($"has no record of {(missing.Count == 1 ? "cell" : "cells")} {ListKeys(missing)}: the tidy layout has a record for every cell of a report (a blank one with an empty value); a report cut short, or whose records are split, is not read.");
        }

        foreach (var cell in definition.Cells)
        {
            if (state.Lines[cell.Ordinal] != 0)
            {
                builder.Set(cell, state.Values[cell.Ordinal]);
            }
        }

        foreach (var (ordinal, unit) in state.Units)
        {
            builder.SetMoneyUnit(definition.Cells[ordinal].Key, unit);
        }

        foreach (var otherRow in state.OtherRows)
        {
            builder.AddLegacyOtherRow(new LegacyOtherRow(otherRow.Label, otherRow.Values[0], otherRow.Values[1], otherRow.Values[2]));
        }

        for (var kind = 0; kind < state.Breakdowns.Length; kind++)
        {
            foreach (var entry in state.Breakdowns[kind])
            {
                builder.AddBreakdown((BreakdownKind)kind, entry.Label, entry.Count);
            }
        }

        return ReportReadResult.Success(builder.Build(), location);

        ReportReadResult Failure(string problem) =>
            ReportReadResult.Failure(new ReportReadException($"report {Describe()}, lines {_firstLine}–{_lastLine}, {problem}", location));
    }

    private bool SameIdentity(CsvReader csv)
    {
        var start = 0;
        for (var i = 0; i < IdentityCount; i++)
        {
            var end = _identityEnds[i];
            if (!IdentityField(csv, i).SequenceEqual(_identity.AsSpan(start, end - start)))
            {
                return false;
            }

            start = end;
        }

        return true;
    }

    /// <summary>Which identity field of the current record differs from the report before, for a message.</summary>
    private string Difference(CsvReader csv)
    {
        var start = 0;
        for (var i = 0; i < IdentityCount; i++)
        {
            var end = _identityEnds[i];
            var before = _identity.AsSpan(start, end - start);
            var here = IdentityField(csv, i);
            if (!here.SequenceEqual(before))
            {
                return $"{CsvIdentity.Columns[i]} '{CsvText.Show(before)}' before, '{CsvText.Show(here)}' here";
            }

            start = end;
        }

        return "none";
    }

    /// <summary>The agency, year and format of the report being read, from its identity fields as written.</summary>
    private string Describe()
    {
        string Field(int i) => CsvText.Show(CsvText.Unprotect(_identity.AsSpan(i == 0 ? 0 : _identityEnds[i - 1], _identityEnds[i] - (i == 0 ? 0 : _identityEnds[i - 1]))));
        return $"{Field(CsvIdentity.AgencyName)} {Field(CsvIdentity.Year)} ({Field(CsvIdentity.Format)})";
    }

    /// <summary>
    /// A 128-bit FNV-1a hash of the fields that make a report one agency's on one year in one format (name, codes, year,
    /// format): reports are remembered by it, not by their text, so memory grows by a few bytes per report read.
    /// </summary>
    private UInt128 KeyOf(CsvReader csv)
    {
        var hash = new UInt128(0x6c62272e07bb0142, 0x62b821756295c58d);
        var prime = new UInt128(0x0000000001000000, 0x000000000000013B);
        foreach (var column in (ReadOnlySpan<int>)[CsvIdentity.AgencyName, CsvIdentity.CreditCode, CsvIdentity.DivisionCode, CsvIdentity.Year, CsvIdentity.Format])
        {
            foreach (var b in IdentityField(csv, column))
            {
                hash = unchecked((hash ^ b) * prime);
            }

            // 0xFF never occurs in UTF-8: it separates the fields.
            hash = unchecked((hash ^ 0xFF) * prime);
        }

        return hash;
    }

    private static string UnknownCell(CsvCatalog catalog, ReadOnlySpan<byte> table, ReadOnlySpan<byte> row, ReadOnlySpan<byte> column)
    {
        var text = $"{CsvText.Show(table)}.{CsvText.Show(row)}.{CsvText.Show(column)}";
        var described = CellKey.TryParse(text, out var key)
            ? catalog.Definition.DescribeUnknownCell(key)
            : "table, row and column are keys of ASCII letters and digits (see docs/formats.md).";
        return $"unknown cell '{text}' in a {catalog.Definition.Key} report: {described}";
    }

    /// <summary>The cells of the report being read, kept between reports of one format to read without allocating.</summary>
    private sealed class CellState(CsvCatalog catalog)
    {
        public CsvCatalog Catalog { get; } = catalog;

        public CellValue[] Values { get; } = new CellValue[catalog.Cells.Length];

        /// <summary>Gets the line of each cell's record, 0 for a cell without one.</summary>
        public long[] Lines { get; } = new long[catalog.Cells.Length];

        public List<(int Ordinal, MoneyUnit Unit)> Units { get; } = [];

        public List<OtherRow> OtherRows { get; } = [];

        public List<LabeledCount>[] Breakdowns { get; } = [[], [], []];

        /// <summary>Gets or sets the ordinal expected next: the records of a report usually come in the catalogue's order.</summary>
        public int Next { get; set; }

        public void Reset()
        {
            Array.Clear(Lines);
            Units.Clear();
            OtherRows.Clear();
            foreach (var entries in Breakdowns)
            {
                entries.Clear();
            }

            Next = 0;
        }
    }

    private sealed class OtherRow(string label, long line)
    {
        public string Label { get; } = label;

        public long Line { get; } = line;

        public CellValue[] Values { get; } = new CellValue[3];

        public long[] Lines { get; } = new long[3];
    }
}
