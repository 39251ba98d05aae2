using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using GovDisclosure.Catalog;
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
    private readonly int _maxListEntries;

    /// <summary>The first line of each report read, by a hash of its agency, codes, year and format.</summary>
    private readonly Dictionary<UInt128, long> _reportsSeen = [];

    /// <summary>The state of the report being read, reused from report to report (one per format).</summary>
    private readonly Dictionary<ReportFormat, CellState> _states = [];

    /// <summary>Whether the identity columns are the first nine: the record's start then holds them all, compared at once.</summary>
    private readonly bool _identityFirst;

    /// <summary>Whether the header is the writer's: a record of the cell expected next can then be matched as text at once.</summary>
    private readonly bool _writerHeader;

    private byte[] _identity = new byte[256];
    private readonly int[] _identityEnds = new int[IdentityCount];
    private byte[] _prefix = new byte[256];
    private int _prefixLength = -1;
    private bool _hasReport;
    private UInt128 _reportKey;
    private long _firstLine;
    private long _lastLine;
    private CsvReportIdentity? _report;
    private ReportReadException? _error;
    private CellState? _state;

    public TidyCsvReader(string[] header, string? source, int maxListEntries)
        : base(header, source)
    {
        _maxListEntries = maxListEntries;
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
        _identityFirst = Enumerable.Range(0, IdentityCount).All(i => IdentityIndex(i) == i);
        _writerHeader = header.SequenceEqual(TidyCsvWriter.Columns, StringComparer.Ordinal);

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
        if (_writerHeader && _error is null && _state is not null && TakeExpected(csv, line))
        {
            _lastLine = line;
            return null;
        }

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
        _report = null;
        _state = null;
        _prefixLength = -1;
        if (_identityFirst && RawIdentity(csv) is { IsEmpty: false } prefix)
        {
            if (prefix.Length > _prefix.Length)
            {
                _prefix = new byte[Math.Max(_prefix.Length * 2, prefix.Length)];
            }

            prefix.CopyTo(_prefix);
            _prefixLength = prefix.Length;
        }

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
            _report = ParseIdentity(csv);
        }
        catch (CsvFieldException exception)
        {
            _error = Error(line, exception);
            return;
        }

        var format = _report.Definition.Format;
        if (!_states.TryGetValue(format, out var state))
        {
            state = new CellState(CsvCatalog.Of(_report.Definition));
            _states.Add(format, state);
        }

        state.Reset();
        _state = state;
    }

    /// <summary>
    /// Reads the current record when it is the record the writer would write next for the report being read: its text
    /// is then the report's identity fields, the next cell's key, a value and unit, and the cell's labels, matched as
    /// three spans of the record without taking it apart into fields. Any other record (or one quoted otherwise) is read
    /// field by field.
    /// </summary>
    private bool TakeExpected(CsvReader csv, long line)
    {
        var state = _state!;
        var ordinal = state.Next;
        if (ordinal >= state.Values.Length || _prefixLength < 0 || csv.FieldCount != Header.Length)
        {
            return false;
        }

        var cell = state.Catalog.Cells[ordinal];
        var record = csv.RawRecord;
        var prefix = _prefix.AsSpan(0, _prefixLength);
        if (cell.RecordLabels is not { } labels
            || record.Length < prefix.Length + cell.RecordKeys.Length + labels.Length
            || !record.StartsWith(prefix)
            || !record[prefix.Length..].StartsWith(cell.RecordKeys)
            || !record.EndsWith(labels))
        {
            return false;
        }

        var middle = record[(prefix.Length + cell.RecordKeys.Length)..^labels.Length];
        var comma = middle.IndexOf((byte)',');
        if (comma < 0 || middle.IndexOf((byte)'"') >= 0 || middle[(comma + 1)..].Contains((byte)','))
        {
            return false;
        }

        if (state.HasRecord(ordinal))
        {
            return false;
        }

        try
        {
            state.Values[ordinal] = ParseCell(middle[..comma], cell.Definition, cell.Key, "value");
            if (ParseUnit(middle[(comma + 1)..], cell.Definition, "unit") is { } unit)
            {
                state.Units.Add((ordinal, unit));
            }
        }
        catch (CsvFieldException exception)
        {
            _error = Error(line, exception);
            return true;
        }

        state.Record(ordinal, line);
        state.RowPresent[state.CellRow[ordinal]] = true;
        state.ColumnPresent[state.CellColumn[ordinal]] = true;
        state.Next = ordinal + 1;
        return true;
    }

    /// <summary>Reads the cell of the current record into the report's state.</summary>
    private void Take(CsvReader csv, long line)
    {
        var state = _state!;
        var catalog = state.Catalog;
        var table = csv.GetSpan(_table);
        var row = csv.GetSpan(_row);
        var column = csv.GetSpan(_column);

        if (table.IsEmpty && row.IsEmpty && column.IsEmpty)
        {
            TakeIdentityOnly(csv, line);
            return;
        }

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
        if (state.HasRecord(ordinal))
        {
            throw new CsvFieldException("row", $"cell {cell.Key} of report {Describe()} has a second record (the first is on line {state.Lines[ordinal]}): each cell has one.");
        }

        CheckLabel(csv, _rowLabel, cell.RowLabel, "row", cell.Definition.Row.Key);
        CheckLabel(csv, _columnLabel, cell.ColumnLabel, "column", cell.Definition.Column.Key);
        state.Values[ordinal] = ParseCell(csv.GetSpan(_value), cell.Definition, cell.Key, "value");
        if (_unit >= 0 && ParseUnit(csv.GetSpan(_unit), cell.Definition, "unit") is { } unit)
        {
            state.Units.Add((ordinal, unit));
        }

        state.Record(ordinal, line);
        state.RowPresent[state.CellRow[ordinal]] = true;
        state.ColumnPresent[state.CellColumn[ordinal]] = true;
        state.Next = ordinal + 1;
    }

    /// <summary>
    /// The record of a report that has no cell, no legacy row and no breakdown (a legacy report that printed no figure):
    /// its identity and nothing else, so that the report is not lost. It is the report's only record.
    /// </summary>
    private void TakeIdentityOnly(CsvReader csv, long line)
    {
        var state = _state!;
        foreach (var (index, name) in (ReadOnlySpan<(int, string)>)[(_value, "value"), (_unit, "unit"), (_rowLabel, "rowLabel"), (_columnLabel, "columnLabel")])
        {
            if (index >= 0 && !csv.GetSpan(index).IsEmpty)
            {
                throw new CsvFieldException(name, $"a record without table, row and column stands for a report without figures and has no {name}: expected an empty field, found '{CsvText.Show(csv.GetSpan(index))}'.");
            }
        }

        if (state.IdentityOnlyLine != 0)
        {
            throw new CsvFieldException("table", $"report {Describe()} has a second record without table, row and column (the first is on line {state.IdentityOnlyLine}).");
        }

        state.IdentityOnlyLine = line;
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
            if (index >= _maxListEntries)
            {
                throw new CsvFieldException("row", $"more than {_maxListEntries} legacy rows the catalogue does not know in one report (CsvReadOptions.MaxListEntries).");
            }

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

        CheckLabel(csv, _columnLabel, period.Label, "column", period.Definition.Key);
        entry.Values[slot] = ParseCell(csv.GetSpan(_value), null, $"otherRows[{index}].{period.Definition.Key}", "value");
        CheckNoUnit(csv, $"row otherRows[{index}]");
        entry.Lines[slot] = line;
        state.ColumnPresent[period.Definition.Index] = true;
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

        if (index >= _maxListEntries)
        {
            throw new CsvFieldException("row", $"more than {_maxListEntries} entries of breakdown {name} in one report (CsvReadOptions.MaxListEntries).");
        }

        if (!column.SequenceEqual(CsvCatalog.BreakdownCountKey))
        {
            throw new CsvFieldException("column", $"unknown column '{CsvText.Show(column)}' of table breakdowns: expected count.");
        }

        var label = Label(csv, "a breakdown entry");
        CheckLabel(csv, _columnLabel, heading, "breakdown", name);
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

    /// <summary>A printed label of a catalogue row or column (or a breakdown's heading), which the file may leave empty but not contradict.</summary>
    private static void CheckLabel(CsvReader csv, int index, byte[] expected, string what, string key)
    {
        if (index < 0)
        {
            return;
        }

        var field = CsvText.Unprotect(csv.GetSpan(index));
        if (!field.IsEmpty && !field.SequenceEqual(CsvText.Unprotect(expected)))
        {
            var label = what == "breakdown" ? $"the heading of breakdown {key}" : $"the printed label of {what} '{key}'";
            throw new CsvFieldException(csv.Headers[index], $"expected {label}, '{System.Text.Encoding.UTF8.GetString(CsvText.Unprotect(expected))}', or an empty field, found '{CsvText.Show(field)}': the key and the label disagree.");
        }
    }

    private void CheckNoUnit(CsvReader csv, string what)
    {
        if (_unit >= 0 && !csv.GetSpan(_unit).IsEmpty)
        {
            throw new CsvFieldException("unit", $"{what} has no unit (its figures are kept as printed): expected an empty field, found '{CsvText.Show(csv.GetSpan(_unit))}'.");
        }
    }

    /// <summary>Ends the report being read: checks it is complete and makes it.</summary>
    private ReportReadResult Complete()
    {
        _hasReport = false;
        if (_error is not null)
        {
            return ReportReadResult.Failure(_error);
        }

        var state = _state!;
        var identity = _report!;
        var definition = identity.Definition;
        var location = new ReadLocation { Source = Source, Line = _firstLine };
        foreach (var (row, index, replaced) in state.OptionalRows)
        {
            if (state.RowPresent[index] && replaced.FirstOrDefault(r => state.RowPresent[r.Index]) is { } conflict)
            {
                return Failure($"has records of row '{row.Key}' and of row '{conflict.Row.Key}' of table '{row.Table.Key}': a report uses either the single row '{row.Key}' or its sub-rows {string.Join(", ", row.Replaces.Select(r => $"'{r.Key}'"))}, never both.");
            }
        }

        if (state.IdentityOnlyLine != 0 && (state.RowPresent.Contains(true) || state.ColumnPresent.Contains(true) || state.OtherRows.Count > 0 || state.Breakdowns.Any(b => b.Count > 0)))
        {
            return Failure($"has a record without table, row and column (line {state.IdentityOnlyLine}) beside records of its figures: that record stands for a report without figures, and is then its only record.");
        }

        // Every cell of the rows and columns the report has must have a record; the cells come from the records alone.
        var cells = new CellValue[state.Values.Length];
        List<string>? missing = null;
        for (var ordinal = 0; ordinal < cells.Length; ordinal++)
        {
            if (state.HasRecord(ordinal))
            {
                cells[ordinal] = state.Values[ordinal];
            }
            else if (state.IsPresent(ordinal))
            {
                (missing ??= []).Add(definition.Cells[ordinal].Key.ToString());
            }
        }

        for (var index = 0; index < state.OtherRows.Count; index++)
        {
            foreach (var period in state.Catalog.Periods)
            {
                if (state.ColumnPresent[period.Definition.Index] && state.OtherRows[index].Lines[(int)period.Period] == 0)
                {
                    (missing ??= []).Add($"otherRows[{index}].{period.Definition.Key}");
                }
            }
        }

        if (missing is not null)
        {
            return Failure($"has no record of {(missing.Count == 1 ? "cell" : "cells")} {ListKeys(missing)}: the tidy layout has a record for every cell of a report (a blank one with an empty value); a report cut short, or whose records are split, is not read.");
        }

        var units = ImmutableSortedDictionary<CellKey, MoneyUnit>.Empty;
        foreach (var (ordinal, unit) in state.Units)
        {
            var cell = definition.Cells[ordinal];
            if (unit != cell.DefaultUnit)
            {
                units = units.SetItem(cell.Key, unit);
            }
        }

        ImmutableArray<LegacyOtherRow> otherRows = state.OtherRows.Count == 0 ? [] : [.. state.OtherRows.Select(r => new LegacyOtherRow(r.Label, r.Values[0], r.Values[1], r.Values[2]))];
        var breakdowns = state.Breakdowns.All(b => b.Count == 0)
            ? ReportBreakdowns.Empty
            : new ReportBreakdowns
            {
                ProactiveByCategory = [.. state.Breakdowns[(int)BreakdownKind.ProactiveByCategory]],
                ProactiveByChannel = [.. state.Breakdowns[(int)BreakdownKind.ProactiveByChannel]],
                Figures = [.. state.Breakdowns[(int)BreakdownKind.Figures]],
            };
        var report = new AnnualReport(definition, identity.Year, identity.Agency, cells, otherRows, units)
        {
            PublishedOn = identity.PublishedOn,
            SourceUrl = identity.SourceUrl,
            Breakdowns = breakdowns,
        };
        return ReportReadResult.Success(report, location);

        ReportReadResult Failure(string problem) =>
            ReportReadResult.Failure(new ReportReadException($"report {Describe()}, lines {_firstLine}–{_lastLine}, {problem}", location));
    }

    /// <summary>The raw start of the current record up to the end of its ninth field (the identity), or empty when it cannot be had.</summary>
    private static ReadOnlySpan<byte> RawIdentity(CsvReader csv)
    {
        if (csv.FieldCount < IdentityCount)
        {
            return default;
        }

        // The end of the ninth field, found from the first field from it on that has text (an empty one has no bytes to
        // place): the fields between are empty, each one comma.
        var record = csv.RawRecord;
        for (var i = IdentityCount - 1; i < csv.FieldCount; i++)
        {
            var field = csv.GetRawSpan(i);
            if (!field.IsEmpty)
            {
                return record.Overlaps(field, out var offset) && offset >= 0 && offset + field.Length <= record.Length
                    ? record[..(i == IdentityCount - 1 ? offset + field.Length : offset - (i - IdentityCount + 1))]
                    : default;
            }
        }

        return default;
    }

    private bool SameIdentity(CsvReader csv)
    {
        // The raw text of the identity fields as the report's first record had it: the same bytes, the same fields.
        if (_prefixLength >= 0 && RawIdentity(csv).SequenceEqual(_prefix.AsSpan(0, _prefixLength)))
        {
            return true;
        }

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
    private sealed class CellState
    {
        public CellState(CsvCatalog catalog)
        {
            Catalog = catalog;
            var definition = catalog.Definition;
            Legacy = definition.Format == ReportFormat.Legacy;
            var rowBase = new int[definition.Tables.Length + 1];
            var columnBase = new int[definition.Tables.Length + 1];
            for (var t = 0; t < definition.Tables.Length; t++)
            {
                rowBase[t + 1] = rowBase[t] + definition.Tables[t].Rows.Length;
                columnBase[t + 1] = columnBase[t] + definition.Tables[t].Columns.Length;
            }

            int RowIndex(RowDefinition row) => rowBase[row.Table.Index] + row.Index;
            var cells = definition.Cells;
            Values = new CellValue[cells.Length];
            Lines = new long[cells.Length];
            Reports = new int[cells.Length];
            CellRow = [.. cells.Select(c => RowIndex(c.Row))];
            CellColumn = [.. cells.Select(c => columnBase[c.Table.Index] + c.Column.Index)];
            ReplacedBy = [.. cells.Select(c => c.Row.ReplacedBy is { } single ? RowIndex(single) : -1)];
            Optional = [.. cells.Select(c => c.Row.IsOptional)];
            RowPresent = new bool[rowBase[^1]];
            ColumnPresent = new bool[columnBase[^1]];
            OptionalRows = [.. definition.Tables.SelectMany(t => t.Rows).Where(r => r.IsOptional && r.Replaces.Length > 0)
                .Select(r => (r, RowIndex(r), r.Replaces.Select(q => (q, RowIndex(q))).Select(p => new ReplacedRow(p.q, p.Item2)).ToArray()))];
        }

        public CsvCatalog Catalog { get; }

        public bool Legacy { get; }

        public CellValue[] Values { get; }

        /// <summary>Gets the line of each cell's record (valid where <see cref="HasRecord"/>).</summary>
        public long[] Lines { get; }

        /// <summary>Gets, for each cell, the number of the report whose record set <see cref="Lines"/> and <see cref="Values"/>: no array is cleared between reports.</summary>
        private int[] Reports { get; }

        private int Report { get; set; }

        /// <summary>Gets each cell's row, numbered across the format's tables.</summary>
        public int[] CellRow { get; }

        /// <summary>Gets each cell's column, numbered across the format's tables.</summary>
        public int[] CellColumn { get; }

        /// <summary>Gets, for each cell, the optional single row that replaces its row when present, or -1.</summary>
        public int[] ReplacedBy { get; }

        /// <summary>Gets whether each cell's row is optional.</summary>
        public bool[] Optional { get; }

        /// <summary>Gets whether each row has a record, numbered across the format's tables.</summary>
        public bool[] RowPresent { get; }

        /// <summary>Gets whether each column has a record (of a cell or a legacy row the catalogue does not know).</summary>
        public bool[] ColumnPresent { get; }

        /// <summary>Gets the optional rows that replace others, with the rows they replace.</summary>
        public (RowDefinition Row, int Index, ReplacedRow[] Replaced)[] OptionalRows { get; }

        public List<(int Ordinal, MoneyUnit Unit)> Units { get; } = [];

        /// <summary>Gets or sets the line of the report's record without a cell, or 0.</summary>
        public long IdentityOnlyLine { get; set; }

        public List<OtherRow> OtherRows { get; } = [];

        public List<LabeledCount>[] Breakdowns { get; } = [[], [], []];

        /// <summary>Gets or sets the ordinal expected next: the records of a report usually come in the catalogue's order.</summary>
        public int Next { get; set; }

        /// <summary>Whether the report being read has a record of a cell.</summary>
        public bool HasRecord(int ordinal) => Reports[ordinal] == Report;

        /// <summary>Notes the record of a cell.</summary>
        public void Record(int ordinal, long line)
        {
            Lines[ordinal] = line;
            Reports[ordinal] = Report;
        }

        /// <summary>Whether the report has a cell, from the rows and columns its records name.</summary>
        public bool IsPresent(int ordinal) => Legacy
            ? RowPresent[CellRow[ordinal]] && ColumnPresent[CellColumn[ordinal]]
            : Optional[ordinal] ? RowPresent[CellRow[ordinal]] : ReplacedBy[ordinal] < 0 || !RowPresent[ReplacedBy[ordinal]];

        public void Reset()
        {
            Report = checked(Report + 1);
            Array.Clear(RowPresent);
            Array.Clear(ColumnPresent);
            Units.Clear();
            OtherRows.Clear();
            IdentityOnlyLine = 0;
            foreach (var entries in Breakdowns)
            {
                entries.Clear();
            }

            Next = 0;
        }
    }

    private sealed record ReplacedRow(RowDefinition Row, int Index);

    private sealed class OtherRow(string label, long line)
    {
        public string Label { get; } = label;

        public long Line { get; } = line;

        public CellValue[] Values { get; } = new CellValue[3];

        public long[] Lines { get; } = new long[3];
    }
}
