using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// Maps the intermediate form onto the catalogue: headings set the current table, printed labels are matched to the
/// catalogue's rows (canonical keys, then one-character typos when only one label is that close), figures are read
/// into the cells by column position, and rows whose cells ran together wait for <see cref="RunTogetherSolver"/>.
/// </summary>
internal sealed class TableMatcher
{
    /// <summary>The headings looked for, in this order (the last found in a text wins): the table (by key) they start, or null for a section after the tables; the numbered form looked for anywhere; the bare form that must be the whole text.</summary>
    private static readonly (string? Table, string Numbered, string? Bare)[] Headings =
    [
        ("proactive", "二、主动公开政府信息情况", "主动公开政府信息情况"),
        ("requests", "三、收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况"),
        ("reviews", "四、政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况"),
        ("reviews", "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "因政府信息公开申请行政复议、提起行政诉讼的情况"),
        ("reviews", "四、因政府信息公开申请行政复议、提起行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼情况"),

        // A table's own header, where its heading is missing or far: the block captions and column headings of one table only.
        ("proactive", "第二十条第(一)项", null),
        ("proactive", "本年制发件数", null),
        ("proactive", "本年新制作数量", null),
        ("requests", "申请人情况", null),
        ("reviews", "未经复议直接起诉", null),
        (null, "五、存在的主要问题", null),
        (null, "五、政府信息公开工作存在", null),
        (null, "六、其他需要报告的事项", null),
        (null, "一、总体情况", null),
        (null, "一、概述", null),
    ];

    /// <summary>The first characters of the numbered forms of <see cref="Headings"/>: a text with none of them holds none of those forms.</summary>
    private static readonly System.Buffers.SearchValues<char> HeadingStarts = System.Buffers.SearchValues.Create([.. Headings.Select(h => h.Numbered[0]).Distinct()]);

    private static readonly string[] UnitWords = ["条", "件", "个", "项", "次", "人次", "份", "篇", "万元", "元", "单位", "计量单位"];

    private readonly SourceDocument _document;
    private readonly FormatDefinition _format;
    private readonly LabelIndex _index;
    private readonly AnnualReportBuilder _builder;
    private readonly Diagnostics _diagnostics;
    private readonly int _year;
    private readonly List<ColumnDefinition?> _periods = [];
    private readonly HashSet<RowDefinition> _rows = [];
    private readonly HashSet<RowDefinition> _conflictingRows = [];
    private readonly List<PendingRow> _pending = [];
    private readonly Dictionary<string, double[]> _columnCentres = new(StringComparer.Ordinal);
    private readonly TableStats[] _stats;
    private TableDefinition? _current;
    private bool _headerMode;
    private bool _legacyRowsSeen;
    private RowDefinition? _lastParent;
    private BreakdownKind? _breakdown;
    private readonly List<Token?> _printed = [];
    private char[] _surface = t_surface ?? [];
    private char[] _canonical = t_canonical ?? [];
    private char[] _part = t_part ?? [];

    /// <summary>The buffers of the last matcher run on this thread, kept for the next (one report after another).</summary>
    [ThreadStatic]
    private static char[]? t_surface;

    [ThreadStatic]
    private static char[]? t_canonical;

    [ThreadStatic]
    private static char[]? t_part;
    private Func<RowDefinition, int, bool>? _isAllowed;

    public TableMatcher(SourceDocument document, FormatDefinition format, AnnualReportBuilder builder, Diagnostics diagnostics, int year)
    {
        _document = document;
        _format = format;
        _index = LabelIndex.For(format);
        _builder = builder;
        _diagnostics = diagnostics;
        _year = year;
        _stats = [.. format.Tables.Select(_ => new TableStats())];
    }

    public IReadOnlyList<TableStats> Stats => _stats;

    /// <summary>Gets the rows whose printed figures were read (even if all blank).</summary>
    public IReadOnlySet<RowDefinition> RowsRead => _rows;

    public void Run()
    {
        var parts = new List<Token>();
        var values = new List<Token>();
        foreach (var token in _document.Tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Text:
                    if (HasValues(values))
                    {
                        OnRow(parts, values, null);
                        parts.Clear();
                    }

                    values.Clear();
                    OnText(token);
                    if (parts.Count == 8)
                    {
                        parts.RemoveAt(0);
                    }

                    parts.Add(token);
                    break;
                case TokenKind.Value:
                case TokenKind.Gap:
                    values.Add(token);
                    break;
                case TokenKind.Digits when HasValues(values):
                    // Figures with spaces among a row's cells, one per line: a cell, not a row run together.
                    values.Add(token with { Kind = TokenKind.Value });
                    break;
                case TokenKind.Digits:
                    OnRow(parts, values, token);
                    parts.Clear();
                    values.Clear();
                    break;
                case TokenKind.RowEnd:
                case TokenKind.TableEnd:
                    if (HasValues(values))
                    {
                        OnRow(parts, values, null);
                    }

                    parts.Clear();
                    values.Clear();
                    if (token.Kind == TokenKind.TableEnd)
                    {
                        OnTableEnd();
                    }

                    break;
            }
        }

        if (HasValues(values))
        {
            OnRow(parts, values, null);
        }

        ResolvePending();
        (t_surface, t_canonical, t_part) = (_surface, _canonical, _part);
    }

    /// <summary>A reusable buffer of at least the length.</summary>
    private static char[] Buffer(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 256)];
        }

        return buffer;
    }

    private static bool HasValues(List<Token> values)
    {
        foreach (var value in values)
        {
            if (value.Kind == TokenKind.Value)
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Headings
    // ------------------------------------------------------------------------------------------------------------
    private void OnText(Token token)
    {
        // Every heading looked for is numbered (二、…) or short; legacy titles end in 表; a long text with neither is prose.
        var raw = token.Text;
        if (raw.Length > 60 && !raw.Contains('、', StringComparison.Ordinal) && !raw.Contains('表', StringComparison.Ordinal) && !raw.Contains("正文所列", StringComparison.Ordinal))
        {
            if (_format.Format == ReportFormat.Legacy && _current == _format.Tables[0] && _legacyRowsSeen)
            {
                _current = null;
            }

            return;
        }

        if (_format.Format == ReportFormat.Legacy ? !MayMatterToLegacy(raw) : !MayHoldHeading(raw))
        {
            return;
        }

        var buffer = Buffer(ref _surface, raw.Length);
        var surface = buffer.AsSpan(0, Labels.Surface(raw, buffer));
        if (surface.Length == 0)
        {
            return;
        }

        if (_format.Format == ReportFormat.Legacy)
        {
            OnLegacyText(surface, token);
            return;
        }

        var best = -1;
        TableDefinition? target = null;
        var anyNumbered = surface.ContainsAny(HeadingStarts);
        foreach (var (table, numbered, bare) in Headings)
        {
            var at = anyNumbered ? surface.LastIndexOf(numbered, StringComparison.Ordinal) : -1;
            if (at < 0 && bare is not null && surface.SequenceEqual(bare))
            {
                at = 0;
            }

            if (at >= 0 && at >= best)
            {
                best = at;
                target = table is null ? null : _format.FindTable(table);
            }
        }

        if (best < 0)
        {
            return;
        }

        _current = target;
        if (target is not null)
        {
            _stats[target.Index].Touch(token.Line);
        }
    }

    /// <summary>
    /// Whether a text holds a character that every heading of <see cref="Headings"/> holds one of: 、, 条, 本, 申 or 未 in
    /// each numbered form, 况 in each bare form. Those characters are their own surface form and none other folds to them,
    /// so a text without any of them holds no heading.
    /// </summary>
    private static bool MayHoldHeading(string raw)
    {
        foreach (var c in raw)
        {
            if (c is '、' or '条' or '本' or '申' or '未' or '况')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <see cref="OnLegacyText"/> may do anything with a text: it looks for 正文所列, a title ending in 统计表 or
    /// 情况表, periods in the header, a period label alone (each holding 本, 累 or 统) and a long text ending the table.
    /// </summary>
    private bool MayMatterToLegacy(string raw)
    {
        var legacy = _format.Tables[0];
        if ((_current == legacy && _headerMode) || (_current == legacy && _legacyRowsSeen && raw.Length > 40))
        {
            return true;
        }

        var periodLabel = _current is null && _breakdown is null;
        foreach (var c in raw)
        {
            if (c is '正' or '表' || (periodLabel && c is '本' or '累' or '统'))
            {
                return true;
            }
        }

        return false;
    }

    private void OnLegacyText(ReadOnlySpan<char> surface, Token token)
    {
        var legacy = _format.Tables[0];
        if (surface.Contains("正文所列", StringComparison.Ordinal))
        {
            _breakdown = surface.Contains("类别", StringComparison.Ordinal) ? BreakdownKind.ProactiveByCategory
                : surface.Contains("渠道", StringComparison.Ordinal) || surface.Contains("形式", StringComparison.Ordinal) ? BreakdownKind.ProactiveByChannel
                : BreakdownKind.Figures;
            _current = null;
            return;
        }

        var title = Math.Max(surface.LastIndexOf("统计表", StringComparison.Ordinal), surface.LastIndexOf("情况表", StringComparison.Ordinal));
        if (title >= 0 && (surface.Length - title < 80 || _document.Kind == InputKind.Text))
        {
            StartLegacy(legacy, token.Line);
            ScanPeriods(surface[(title + 3)..]);
            return;
        }

        if (_current == legacy && _headerMode)
        {
            ScanPeriods(surface);
            return;
        }

        if (_current is null && _breakdown is null && IsPeriodLabel(surface))
        {
            StartLegacy(legacy, token.Line);
            ScanPeriods(surface);
            return;
        }

        if (_current == legacy && _legacyRowsSeen && surface.Length > 40)
        {
            _current = null;
        }
    }

    private void StartLegacy(TableDefinition legacy, int line)
    {
        _current = legacy;
        _headerMode = true;
        _legacyRowsSeen = false;
        _breakdown = null;
        _periods.Clear();
        _stats[0].Touch(line);
    }

    private void OnTableEnd()
    {
        if (_format.Format == ReportFormat.Legacy)
        {
            if (_legacyRowsSeen)
            {
                _current = null;
            }

            _breakdown = null;
        }
    }

    private static bool IsPeriodLabel(ReadOnlySpan<char> surface) =>
        surface is "本年" or "本年度" or "历年累计" or "本年累计" or "统计数" or "本期实际" or "累计";

    private void ScanPeriods(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            if (rest.StartsWith("历年累计"))
            {
                AddPeriod(LegacyPeriod.Cumulative);
                i += 4;
            }
            else if (rest.StartsWith("本年累计"))
            {
                AddPeriod(LegacyPeriod.YearToDate);
                i += 4;
            }
            else if (rest.StartsWith("累计"))
            {
                AddPeriod(LegacyPeriod.Cumulative);
                i += 2;
            }
            else if (rest.StartsWith("本年度") || rest.StartsWith("本期实际"))
            {
                AddPeriod(LegacyPeriod.Annual);
                i += rest.StartsWith("本年度") ? 3 : 4;
            }
            else if (rest.StartsWith("本年") || rest.StartsWith("统计数") || rest.StartsWith("数量"))
            {
                AddPeriod(LegacyPeriod.Annual);
                i += rest.StartsWith("统计数") ? 3 : 2;
            }
            else if (rest.Length >= 4 && rest[0] == '2' && rest[1] == '0' && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3]) && (rest.Length == 4 || !char.IsAsciiDigit(rest[4])))
            {
                var year = int.Parse(rest[..4], CultureInfo.InvariantCulture);
                i += 4;
                var after = text[i..];
                if (after.StartsWith("年1月") || after.StartsWith("年01") || after.StartsWith("-"))
                {
                    continue; // a date, not a column
                }

                if (year == _year)
                {
                    AddPeriod(LegacyPeriod.Annual);
                }
                else
                {
                    _periods.Add(null); // another year's column: read, not kept
                }

                i += after.StartsWith("年度") ? 2 : after.StartsWith("年") ? 1 : 0;
            }
            else
            {
                i++;
            }
        }
    }

    private void AddPeriod(LegacyPeriod period)
    {
        var column = _format.Tables[0].Columns.First(c => c.EnumValue == (int)period);
        if (!_periods.Contains(column))
        {
            _periods.Add(column);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Rows
    // ------------------------------------------------------------------------------------------------------------
    private void OnRow(List<Token> parts, List<Token> values, Token? digits)
    {
        var line = digits?.Line ?? values.FirstOrDefault(v => v.Kind == TokenKind.Value).Line;
        var match = digits is not null ? MatchSuffix(parts) : MatchLabel(parts);
        if (match.Row is { } row)
        {
            if (_format.Format != ReportFormat.Legacy && row.Table != _current)
            {
                _current = row.Table;
                _stats[row.Table.Index].Touch(line);
            }

            if (_format.Format == ReportFormat.Legacy)
            {
                if (_current != row.Table)
                {
                    StartLegacy(row.Table, line);
                }

                _headerMode = false;
                _legacyRowsSeen = true;
                if (row.Parent is null)
                {
                    _lastParent = row;
                }
            }

            if (match.Fuzzy)
            {
                _diagnostics.Add(ExtractionCode.LabelMatchedWithTypo, Severity.Info, $"'{match.Printed}' read as '{row.Label}' (one character differs; no other label is that close).", line, row.Table.Key, match.Printed);
            }

            ReadRow(row, match.Printed, values, digits, line);
            return;
        }

        var label = parts.Count > 0 ? parts[^1].Text.Trim() : string.Empty;
        if (_breakdown is { } kind && digits is null)
        {
            ReadBreakdownRow(kind, label, values);
            return;
        }

        if (_current is null)
        {
            return;
        }

        if (_current.Layout == TableLayout.SingleRow)
        {
            ReadSingleRow(_current, values, digits, line, label);
            return;
        }

        if (_format.Format == ReportFormat.Legacy)
        {
            if (_headerMode)
            {
                foreach (var value in values.Where(v => v.Kind == TokenKind.Value))
                {
                    ScanPeriods(Labels.Surface(value.Text));
                }

                return;
            }

            if (digits is null && label.Length is > 1 and <= 40 && values.Any(v => v.Kind == TokenKind.Value && NumberParser.Parse(v.Text).Kind == CellTextKind.Number))
            {
                ReadLegacyOtherRow(label, values, line);
            }

            return;
        }

        if (digits is null && label.Length is > 0 and <= 40 && values.Any(v => v.Kind == TokenKind.Value && NumberParser.Parse(v.Text).Kind == CellTextKind.Number))
        {
            _diagnostics.Add(ExtractionCode.RowNotRecognised, Severity.Warning, $"the row '{label}' with figures {Printed(values)} matches no row of table '{_current.Key}'; its figures are not kept.", line, _current.Key, label);
        }
    }

    private readonly record struct Match(RowDefinition? Row, string Printed, bool Fuzzy);

    private Match MatchLabel(List<Token> parts)
    {
        var labelParts = parts;
        foreach (var part in parts)
        {
            if (IsUnitWord(part.Text))
            {
                labelParts = [.. parts.Where(p => !IsUnitWord(p.Text))];
                break;
            }
        }

        // The last one to four parts joined: the surface form of a join is the join of the parts' surface forms.
        var first = Math.Max(0, labelParts.Count - 4);
        var total = 0;
        for (var k = first; k < labelParts.Count; k++)
        {
            total += labelParts[k].Text.Length;
        }

        var surfaces = Buffer(ref _surface, total);
        var canonicals = Buffer(ref _canonical, total);
        var at = surfaces.Length;
        for (var k = labelParts.Count - 1; k >= first; k--)
        {
            var part = Buffer(ref _part, labelParts[k].Text.Length);
            var length = Labels.Surface(labelParts[k].Text, part);
            at -= length;
            part.AsSpan(0, length).CopyTo(surfaces.AsSpan(at));
            var canonical = canonicals.AsSpan(0, Labels.CanonicalFromSurface(surfaces.AsSpan(at), canonicals));
            if (canonical.Length == 0)
            {
                continue;
            }

            if (_index.Find(canonical) is { } rows && Choose(rows, canonical.Length) is { } row)
            {
                return new Match(row, Joined(labelParts, k), false);
            }
        }

        // A label wrapped around other text (pdftotext): any run of consecutive parts, shortest first (joined, folded
        // and keyed in buffers; the printed text is made only for a match).
        for (var length = 1; length <= 3; length++)
        {
            for (var start = labelParts.Count - 1 - length; start >= 0 && start >= labelParts.Count - 6; start--)
            {
                var size = 0;
                for (var k = start; k < start + length; k++)
                {
                    size += labelParts[k].Text.Length;
                }

                var text = Buffer(ref _part, size).AsSpan(0, JoinTrimmed(labelParts, start, start + length, _part));
                var surface = Buffer(ref _surface, text.Length).AsSpan(0, Labels.Surface(text, _surface));
                var canonical = Buffer(ref _canonical, surface.Length).AsSpan(0, Labels.CanonicalFromSurface(surface, _canonical));
                if (canonical.Length > 0 && _index.Find(canonical) is { } rows && Choose(rows, canonical.Length) is { } row)
                {
                    return new Match(row, text.ToString(), false);
                }
            }
        }

        if (_current is not null)
        {
            var joined = new StringBuilder();
            for (var k = labelParts.Count - 1; k >= 0 && k >= labelParts.Count - 2; k--)
            {
                joined.Insert(0, labelParts[k].Text.Trim());
                var canonical = Labels.Canonical(joined.ToString());
                if (canonical.Length > 40 || canonical.Any(char.IsAsciiDigit))
                {
                    break;
                }

                var near = _index.FindNear(canonical, _current);
                if (near.Count == 1 && !_rows.Contains(near[0]))
                {
                    return new Match(near[0], joined.ToString(), true);
                }
            }
        }

        return default;
    }

    /// <summary>The printed label of the parts from the index on: their texts trimmed and joined.</summary>
    private string Joined(List<Token> parts, int from)
    {
        var size = 0;
        for (var k = from; k < parts.Count; k++)
        {
            size += parts[k].Text.Length;
        }

        return Buffer(ref _part, size).AsSpan(0, JoinTrimmed(parts, from, parts.Count, _part)).ToString();
    }

    /// <summary>Writes the texts of the parts in the range, each trimmed, one after the other; returns the length written.</summary>
    private static int JoinTrimmed(List<Token> parts, int from, int to, Span<char> destination)
    {
        var length = 0;
        for (var k = from; k < to; k++)
        {
            var text = parts[k].Text.AsSpan().Trim();
            text.CopyTo(destination[length..]);
            length += text.Length;
        }

        return length;
    }

    private Match MatchSuffix(List<Token> parts)
    {
        if (parts.Count == 0)
        {
            return default;
        }

        var text = parts[^1].Text.AsSpan();
        text = text.Length > 200 ? text[^200..] : text;
        var buffer = Buffer(ref _surface, text.Length);
        ReadOnlySpan<char> surface = buffer.AsSpan(0, Labels.Surface(text, buffer));
        var allowed = _isAllowed ??= IsAllowed;
        foreach (var unit in UnitWords)
        {
            if (surface.EndsWith(unit, StringComparison.Ordinal) && surface.Length > unit.Length + 1)
            {
                var withoutUnit = surface[..^unit.Length];
                if (_index.FindSuffix(withoutUnit, allowed, out var unitLength) is { } unitRow)
                {
                    return new Match(unitRow, withoutUnit[^unitLength..].ToString(), false);
                }
            }
        }

        var found = _index.FindSuffix(surface, allowed, out var length);
        return found is null ? default : new Match(found, surface[^length..].ToString(), false);
    }

    private RowDefinition? Choose(List<RowDefinition> rows, int length)
    {
        RowDefinition? first = null;
        foreach (var row in rows)
        {
            if (!IsAllowed(row, length))
            {
                continue;
            }

            if (row.Parent is not null && row.Parent == _lastParent)
            {
                return row;
            }

            first ??= row;
        }

        return first;
    }

    private bool IsAllowed(RowDefinition row, int length) =>
        row.Table == _current || length >= 6 || (_format.Format == ReportFormat.Legacy && _current is null && length >= 4 && _legacyRowsSeen);

    private static bool IsUnitWord(string text)
    {
        var trimmed = text.Trim();
        foreach (var unit in UnitWords)
        {
            if (trimmed == unit)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadRow(RowDefinition row, string printed, List<Token> values, Token? digits, int line)
    {
        var table = row.Table;
        var stats = _stats[table.Index];
        if (digits is null && !values.Any(v => v.Kind == TokenKind.Value && v.Text.AsSpan().Trim().Length > 0)
            && (row.IsOptional && _format.Format != ReportFormat.Legacy || values.Count(v => v.Kind == TokenKind.Value) != ColumnCount(row)))
        {
            return; // a heading row of the table (a group label over its sub-rows, a header cell), not a row of figures
        }

        stats.Touch(line);
        if (!_rows.Add(row))
        {
            _diagnostics.Add(ExtractionCode.DuplicateRow, Severity.Warning, $"the row '{printed}' ({table.Key}.{row.Key}) is printed again; the first printing is kept.", line, table.Key, printed);
            return;
        }

        stats.RowsFound++;
        CellDefinition?[] cells;
        if (table.Layout != TableLayout.Blocks && _format.Format == ReportFormat.Legacy)
        {
            if (_periods.Count == 0)
            {
                var cellsOfRow = AnnualCells(row);
                SetValue(_format.GetCell(cellsOfRow[0]), CellValue.Blank, line, printed);
                stats.CellsLeftBlank++;
                _diagnostics.Add(ExtractionCode.PeriodColumnsUnknown, Severity.Warning, $"the legacy table's period columns (本年, 历年累计 …) were not found in its header, so the figures {Printed(values, digits)} of '{printed}' cannot be placed; left blank.", line, table.Key, printed, cellsOfRow);
                return;
            }

            cells = new CellDefinition?[_periods.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _periods[i] is { } period ? table.GetCell(row, period) : null;
            }
        }
        else
        {
            cells = CellsOfRow(row);
        }

        if (digits is { } run)
        {
            AddPending(table, cells, run, printed);
            return;
        }

        Assign(table, cells, values, line, printed);
    }

    /// <summary>The keys of a legacy row's cells in the annual column.</summary>
    private static ImmutableArray<CellKey> AnnualCells(RowDefinition row) =>
        row.Table.Columns.Where(c => c.Key == "annual").Select(c => row.Table.GetCell(row, c)!.Key).ToImmutableArray();

    private int ColumnCount(RowDefinition row) =>
        row.Table.Layout != TableLayout.Blocks && _format.Format == ReportFormat.Legacy ? _periods.Count : CellsOfRow(row).Length;

    /// <summary>
    /// The cells of a row in the order its figures are printed: its block's columns, or the table's (not for the legacy
    /// table, whose columns are the periods its header names). Worked out once per catalogue row; never changed.
    /// </summary>
    private static CellDefinition?[] CellsOfRow(RowDefinition row)
    {
        if (CellsByRow.TryGetValue(row, out var known))
        {
            return known;
        }

        return CellsByRow.GetOrAdd(row, FindCellsOfRow(row));
    }

    private static CellDefinition?[] FindCellsOfRow(RowDefinition row)
    {
        var table = row.Table;
        var columns = table.Layout == TableLayout.Blocks ? table.Blocks.First(b => b.Rows.Contains(row)).Columns : table.Columns;
        return [.. columns.Select(c => table.GetCell(row, c))];
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RowDefinition, CellDefinition?[]> CellsByRow = new(ReferenceEqualityComparer.Instance);

    /// <summary>The cells of a table printed as one row: row by row, column by column. Worked out once per catalogue table; never changed.</summary>
    private static CellDefinition?[] CellsOfSingleRow(TableDefinition table) =>
        CellsBySingleRowTable.TryGetValue(table, out var known) ? known : CellsBySingleRowTable.GetOrAdd(table, FindCellsOfSingleRow(table));

    private static CellDefinition?[] FindCellsOfSingleRow(TableDefinition table) => [.. table.Rows.SelectMany(r => table.Columns.Select(c => table.GetCell(r, c)))];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TableDefinition, CellDefinition?[]> CellsBySingleRowTable = new(ReferenceEqualityComparer.Instance);

    private void ReadSingleRow(TableDefinition table, List<Token> values, Token? digits, int line, string label)
    {
        var cells = CellsOfSingleRow(table);
        var count = digits is null ? values.Count(v => v.Kind == TokenKind.Value) : cells.Length;
        if (count != cells.Length && digits is null)
        {
            if (values.Any(v => v.Kind == TokenKind.Value && NumberParser.Parse(v.Text).Kind == CellTextKind.Number))
            {
                _diagnostics.Add(ExtractionCode.RowNotRecognised, Severity.Warning, $"table '{table.Key}' is printed as one row of {cells.Length} figures; this row '{label}' has {count}: {Printed(values)}; not kept.", line, table.Key, label);
            }

            return;
        }

        foreach (var row in table.Rows)
        {
            if (!_rows.Add(row))
            {
                _diagnostics.Add(ExtractionCode.DuplicateRow, Severity.Warning, $"table '{table.Key}' is printed again; the first printing is kept.", line, table.Key, label);
                return;
            }
        }

        _stats[table.Index].Touch(line);
        _stats[table.Index].RowsFound += table.Rows.Length;
        if (digits is { } run)
        {
            AddPending(table, cells, run, label);
        }
        else
        {
            Assign(table, cells, values, line, label);
        }
    }

    private void AddPending(TableDefinition table, CellDefinition?[] cells, Token run, string printed)
    {
        var kinds = new ValueKind[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            kinds[i] = cells[i]?.Kind ?? ValueKind.Count;
        }

        var candidates = Splitter.Cut(run.Text, kinds, out var unit, out var truncated);
        if (candidates.Count == 0)
        {
            var present = Present(cells);
            foreach (var cell in present)
            {
                SetValue(cell, CellValue.Blank, run.Line, printed);
            }

            _stats[table.Index].CellsLeftBlank += present.Length;
            _diagnostics.Add(ExtractionCode.NoSplitFits, Severity.Warning, $"the figures '{run.Text.Trim()}' of '{printed}' were printed with no separator and cannot be split into its {cells.Length} cells (no leading zeros); left blank.", run.Line, table.Key, printed, [.. present.Select(c => c.Key)]);
            return;
        }

        _pending.Add(new PendingRow(table, cells, candidates, unit, truncated, run.Line, printed));
    }

    /// <summary>Places a row's printed cells into its columns by position; when their number does not fit, the row is left blank.</summary>
    private void Assign(TableDefinition table, CellDefinition?[] cells, List<Token> values, int line, string printed)
    {
        // Column centres are learnt from layout text only.
        var layoutKey = _document.Kind == InputKind.Layout ? string.Join(',', cells.Select(c => c?.Column.Key)) : string.Empty;
        var items = Resolve(values, cells.Length) is { } resolved ? Learn(layoutKey, resolved) : ByPosition(layoutKey, values, cells.Length);
        var stats = _stats[table.Index];
        if (items is null)
        {
            var keys = cells.Where(c => c is not null).Select(c => c!.Key).ToImmutableArray();
            foreach (var cell in cells)
            {
                if (cell is not null)
                {
                    SetValue(cell, CellValue.Blank, line, printed);
                }
            }

            stats.CellsLeftBlank += keys.Length;
            _diagnostics.Add(ExtractionCode.CellCountMismatch, Severity.Warning, $"the row '{printed}' has {values.Count(v => v.Kind == TokenKind.Value)} printed cells {Printed(values)} for {cells.Length} columns, and which are which cannot be known; left blank.", line, table.Key, printed, keys);
            return;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } cell)
            {
                SetCell(cell, items[i]?.Text ?? string.Empty, items[i]?.Line ?? line, printed);
            }
        }
    }

    /// <summary>Remembers where a complete row of layout text prints each column (the centre of each figure).</summary>
    private List<Token?> Learn(string layoutKey, List<Token?> items)
    {
        if (_document.Kind == InputKind.Layout && !_columnCentres.ContainsKey(layoutKey) && items.TrueForAll(t => t is { Column: >= 0 }))
        {
            _columnCentres[layoutKey] = [.. items.Select(t => Centre(t!.Value))];
        }

        return items;
    }

    /// <summary>
    /// Places the figures of a layout row that prints fewer figures than columns by where they stand: each under the
    /// column whose centre (from a complete row of the same table above) is nearest and clearly nearer than the next.
    /// Null when there is no such row, or a figure stands between two columns or two under one.
    /// </summary>
    private List<Token?>? ByPosition(string layoutKey, List<Token> values, int count)
    {
        if (_document.Kind != InputKind.Layout || !_columnCentres.TryGetValue(layoutKey, out var centres) || centres.Length != count)
        {
            return null;
        }

        var items = new Token?[count];
        foreach (var value in values.Where(v => v.Kind == TokenKind.Value && v.Column >= 0))
        {
            var centre = Centre(value);
            var order = Enumerable.Range(0, count).OrderBy(i => Math.Abs(centres[i] - centre)).ToArray();
            var nearest = Math.Abs(centres[order[0]] - centre);
            var next = count > 1 ? Math.Abs(centres[order[1]] - centre) : double.MaxValue;
            if (items[order[0]] is not null || nearest * 2 >= next)
            {
                return null;
            }

            items[order[0]] = value;
        }

        return [.. items];
    }

    private static double Centre(Token token) => token.Column + (token.Text.AsSpan().Trim().Length / 2.0);

    private List<Token?>? Resolve(List<Token> values, int count)
    {
        // The list is reused from row to row: what it returns is read before the next row is resolved.
        var printed = _printed;
        printed.Clear();
        foreach (var value in values)
        {
            if (value.Kind == TokenKind.Value)
            {
                printed.Add(value);
            }
        }

        if (printed.Count > count)
        {
            // Blank cells after a complete row (a blank line below the table) are not the row's.
            while (printed.Count > count && printed[^1]!.Value.Text.AsSpan().Trim().IsEmpty)
            {
                printed.RemoveAt(printed.Count - 1);
            }
        }

        if (printed.Count == count)
        {
            return printed;
        }

        if (printed.Count > count || !values.Any(v => v.Kind == TokenKind.Gap))
        {
            return null;
        }

        var items = new List<Token?>();
        var gaps = 0;
        foreach (var value in values)
        {
            if (value.Kind == TokenKind.Gap)
            {
                gaps++;
                continue;
            }

            AddGaps();
            items.Add(value);
        }

        AddGaps();
        return items.Count == count ? items : null;

        void AddGaps()
        {
            var blanks = _document.GapsSeparateCells ? (gaps - 1) / 2 : gaps;
            for (var b = 0; b < blanks; b++)
            {
                items.Add(null);
            }

            gaps = 0;
        }
    }

    private void SetCell(CellDefinition cell, string text, int line, string printed)
    {
        var stats = _stats[cell.Table.Index];
        var parsed = NumberParser.Parse(text);
        switch (parsed.Kind)
        {
            case CellTextKind.Blank:
                SetValue(cell, CellValue.Blank, line, printed);
                stats.CellsRead++;
                if (text.AsSpan().Trim().Length > 0)
                {
                    _diagnostics.Add(ExtractionCode.PrintedBlank, Severity.Info, $"'{printed}' / {cell.Column.Label}: printed '{text.Trim()}', read as blank (not 0).", line, cell.Table.Key, printed, [cell.Key]);
                }

                return;
            case CellTextKind.Text:
                SetValue(cell, CellValue.Blank, line, printed);
                stats.CellsLeftBlank++;
                _diagnostics.Add(ExtractionCode.CellNotNumber, Severity.Warning, $"'{printed}' / {cell.Column.Label}: '{text.Trim()}' is neither a figure nor a blank marker; left blank.", line, cell.Table.Key, printed, [cell.Key]);
                return;
        }

        SetNumber(cell, parsed, text.AsSpan().Trim(), line, printed);
    }

    /// <summary>
    /// Sets a cell, unless its row cannot stand beside a row that already holds figures (2021's single （六）其他处理 row and
    /// its three sub-rows: a report uses one or the other). Such a cell is not kept, and a warning says so once per row.
    /// </summary>
    /// <returns>Whether the cell was set.</returns>
    private bool SetValue(CellDefinition cell, CellValue value, int? line, string printed)
    {
        var rival = FirstReportedRival(cell);
        if (rival is null)
        {
            _builder[cell] = value;
            return true;
        }

        if (_conflictingRows.Add(cell.Row))
        {
            _diagnostics.Add(ExtractionCode.InvalidValue, Severity.Warning, $"'{printed}': row '{cell.Row.Key}' cannot stand beside row '{rival.Key}', which already holds figures (a report uses either the single row or its sub-rows, never both); its figures are not kept.", line, cell.Table.Key, printed, [cell.Key]);
        }

        return false;
    }

    /// <summary>The first row that cannot stand beside the cell's row and already holds a reported figure, or <see langword="null"/>.</summary>
    private RowDefinition? FirstReportedRival(CellDefinition cell)
    {
        var rivals = Rivals(cell.Row);
        if (rivals.Length == 0)
        {
            return null;
        }

        var table = cell.Table;
        foreach (var rival in rivals)
        {
            foreach (var column in table.Columns)
            {
                if (table.GetCell(rival, column) is { } other && _builder[other].IsReported)
                {
                    return rival;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The rows that cannot stand beside a row, in the catalogue's order: the rows an optional row replaces, or the
    /// optional rows that replace it. Worked out once per row and format (the catalogue does not change).
    /// </summary>
    private static RowDefinition[] Rivals(RowDefinition row)
    {
        if (RivalsByRow.TryGetValue(row, out var known))
        {
            return known;
        }

        return RivalsByRow.GetOrAdd(row, FindRivals(row));
    }

    private static RowDefinition[] FindRivals(RowDefinition row) =>
        row.IsOptional ? [.. row.Replaces] : [.. row.Table.Rows.Where(r => r.IsOptional && r.Replaces.Contains(row))];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RowDefinition, RowDefinition[]> RivalsByRow = new(ReferenceEqualityComparer.Instance);

    private void SetNumber(CellDefinition cell, ParsedCell parsed, ReadOnlySpan<char> text, int line, string printed)
    {
        var stats = _stats[cell.Table.Index];
        var problem = cell.Kind switch
        {
            // A count printed with decimals (1.0) is not a whole number as printed, as in JSON and CSV.
            ValueKind.Count when parsed.Value < 0 || parsed.Value.Scale > 0 => "a count is a whole number ≥ 0",
            ValueKind.Count when parsed.Unit is not null => "a count, not an amount of money",
            ValueKind.SignedCount when parsed.Value.Scale > 0 => "a signed count is a whole number",
            ValueKind.Money when parsed.Value < 0 => "an amount is ≥ 0",
            _ => null,
        };
        if (problem is not null || !CellValue.TryFromDecimal(parsed.Value, out var value))
        {
            SetValue(cell, CellValue.Blank, line, printed);
            stats.CellsLeftBlank++;
            _diagnostics.Add(ExtractionCode.InvalidValue, Severity.Warning, $"'{printed}' / {cell.Column.Label}: '{text}' does not fit the cell ({problem ?? "out of range"}); left blank.", line, cell.Table.Key, printed, [cell.Key]);
            return;
        }

        if (!SetValue(cell, value, line, printed))
        {
            return;
        }

        stats.CellsRead++;
        if (cell.Kind == ValueKind.Money && parsed.Unit is { } unit)
        {
            _builder.SetMoneyUnit(cell.Key, unit);
            _diagnostics.Add(ExtractionCode.UnitInCell, Severity.Info, $"'{printed}' / {cell.Column.Label}: '{text}' recorded as {parsed.Value.ToString(CultureInfo.InvariantCulture)} {(unit == MoneyUnit.Yuan ? "元" : "万元")}.", line, cell.Table.Key, printed, [cell.Key]);
        }
    }

    private void ReadLegacyOtherRow(string label, List<Token> values, int line)
    {
        var items = Resolve(values, _periods.Count);
        var stats = _stats[0];
        if (items is null)
        {
            _diagnostics.Add(ExtractionCode.CellCountMismatch, Severity.Warning, $"the row '{label}' has {values.Count(v => v.Kind == TokenKind.Value)} printed cells {Printed(values)} for {_periods.Count} period columns; not kept.", line, "legacy", label);
            return;
        }

        var annual = CellValue.NotApplicable;
        var cumulative = CellValue.NotApplicable;
        var yearToDate = CellValue.NotApplicable;
        for (var i = 0; i < items.Count; i++)
        {
            if (_periods[i] is not { } period)
            {
                continue;
            }

            var parsed = NumberParser.Parse(items[i]?.Text ?? string.Empty);
            var value = parsed.Kind == CellTextKind.Number && CellValue.TryFromDecimal(parsed.Value, out var number) ? number : CellValue.Blank;
            if (parsed.Kind == CellTextKind.Text)
            {
                stats.CellsLeftBlank++;
            }
            else
            {
                stats.CellsRead++;
            }

            switch ((LegacyPeriod)period.EnumValue)
            {
                case LegacyPeriod.Annual:
                    annual = value;
                    break;
                case LegacyPeriod.Cumulative:
                    cumulative = value;
                    break;
                default:
                    yearToDate = value;
                    break;
            }
        }

        _builder.AddLegacyOtherRow(new LegacyOtherRow(label, annual, cumulative, yearToDate));
        stats.RowsFound++;
        _diagnostics.Add(ExtractionCode.RowKeptWithPrintedLabel, Severity.Info, $"the row '{label}' is not in the catalogue; kept with its printed label and figures {Printed(values)}.", line, "legacy", label);
    }

    private void ReadBreakdownRow(BreakdownKind kind, string label, List<Token> values)
    {
        var printed = values.Where(v => v.Kind == TokenKind.Value).ToList();
        if (label.Length == 0 || printed.Count != 1 || NumberParser.Parse(printed[0].Text) is not { Kind: CellTextKind.Number } parsed)
        {
            return;
        }

        if (parsed.Value < 0 || parsed.Value.Scale > 0 || parsed.Value > CellValue.MaxWholeNumber)
        {
            _diagnostics.Add(ExtractionCode.InvalidValue, Severity.Warning, $"'{label}': '{printed[0].Text.Trim()}' is not a count (a whole number ≥ 0 of at most 18 digits); the entry is not kept.", null, "breakdowns", label);
            return;
        }

        _builder.AddBreakdown(kind, label, (long)parsed.Value);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Rows run together
    // ------------------------------------------------------------------------------------------------------------
    private void ResolvePending()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        // Rows with one split are settled first, so that the relations see them as printed figures.
        var consistent = RunTogetherSolver.Solve(_pending, _format, key =>
        {
            var cell = _builder[key];
            return (cell.IsApplicable, cell.GetValueOrNull());
        });

        foreach (var row in _pending)
        {
            var possible = consistent ? row.Possible : [.. Enumerable.Range(0, row.Candidates.Count)];
            if (possible.Count == 1 && !row.Truncated)
            {
                // The split's figures and texts are read from the candidates, a text only where a message names it.
                var index = possible[0];
                for (var i = 0; i < row.Cells.Length; i++)
                {
                    if (row.Cells[i] is { } cell)
                    {
                        var unit = cell.Kind == ValueKind.Money ? row.Unit : null;
                        SetNumber(cell, new ParsedCell(CellTextKind.Number, row.Candidates.Value(index, i), unit, false, unit is not null), row.Candidates.TextSpan(index, i), row.Line, row.Label);
                    }
                }

                if (row.Candidates.Count > 1)
                {
                    _diagnostics.Add(ExtractionCode.RunTogetherRecovered, Severity.Info, $"the figures '{row.Label}' were printed with no separator; of {row.Candidates.Count} splits only {string.Join(" / ", row.Candidates[index])} fits the table's relations.", row.Line, row.Table.Key, row.Label, [.. Present(row.Cells).Select(c => c.Key)]);
                }

                continue;
            }

            LeaveAmbiguous(row, possible, consistent);
        }
    }

    /// <summary>The cells of a run that are cells of the table (not another year's column), in order.</summary>
    private static CellDefinition[] Present(CellDefinition?[] cells)
    {
        var count = 0;
        foreach (var cell in cells)
        {
            if (cell is not null)
            {
                count++;
            }
        }

        var present = new CellDefinition[count];
        count = 0;
        foreach (var cell in cells)
        {
            if (cell is not null)
            {
                present[count++] = cell;
            }
        }

        return present;
    }

    /// <summary>Leaves the cells of a run-together row blank when more than one split (or none) remains, saying which remain.</summary>
    private void LeaveAmbiguous(PendingRow row, List<int> possible, bool consistent)
    {
        var present = Present(row.Cells);
        foreach (var cell in present)
        {
            SetValue(cell, CellValue.Blank, row.Line, row.Label);
        }

        _stats[row.Table.Index].CellsLeftBlank += present.Length;
        var listed = possible.Take(50).Select(i => row.Candidates[i].Where((_, c) => row.Cells[c] is not null).ToImmutableArray()).ToImmutableArray();
        var reason = row.Truncated ? $"more than {Splitter.Limit} splits"
            : consistent ? $"{possible.Count} splits remain after the no-leading-zero rule and the table's relations"
            : $"no combination of splits satisfies the table's relations, and {possible.Count} splits have no leading zero";
        _diagnostics.Add(
            ExtractionCode.AmbiguousRow,
            Severity.Warning,
            $"the figures of '{row.Label}' were printed with no separator and {reason}: {string.Join("; ", listed.Take(8).Select(c => string.Join(" / ", c)))}{(possible.Count > 8 ? " …" : string.Empty)}; left blank.",
            row.Line,
            row.Table.Key,
            row.Label,
            [.. present.Select(c => c.Key)],
            listed);
    }

    private static string Printed(List<Token> values, Token? digits = null) =>
        digits is { } run ? $"'{run.Text.Trim()}'" : "[" + string.Join(", ", values.Where(v => v.Kind == TokenKind.Value).Select(v => v.Text.Trim().Length == 0 ? "(blank)" : v.Text.Trim())) + "]";
}

/// <summary>How far one table was read.</summary>
internal sealed class TableStats
{
    public bool Found { get; private set; }

    public int? Line { get; private set; }

    public int RowsFound { get; set; }

    public int CellsRead { get; set; }

    public int CellsLeftBlank { get; set; }

    public void Touch(int line)
    {
        if (!Found)
        {
            Found = true;
            Line = line;
        }
    }
}
