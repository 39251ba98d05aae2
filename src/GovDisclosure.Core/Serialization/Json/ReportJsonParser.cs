using System.Buffers.Text;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;
using GovDisclosure.Validation;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// The strict reader of one report object (a whole file, or one line of a JSON Lines file). Every error names the
/// source, line, column and JSON path and says what was expected; nothing is skipped or guessed.
/// </summary>
internal ref struct ReportJsonParser
{
    /// <summary>Reads one part of a report with a parser positioned on its first token (see <see cref="ParseFragment"/>).</summary>
    internal delegate T FragmentReader<T>(ref ReportJsonParser parser, ref Utf8JsonReader reader);

    private static readonly KeySet TopLevelProperties =
        new(["schemaVersion", "format", "year", "agency", "publishedOn", "sourceUrl", "tables", "units", "sections", "breakdowns", "suppressions"]);

    private static readonly KeySet AgencyProperties = new(["name", "creditCode", "divisionCode", "level", "kind"]);
    private static readonly KeySet LegacyTableProperties = new(["indicators", "otherRows"]);
    private static readonly KeySet OtherRowProperties = new(["label", "annual", "cumulative", "yearToDate"]);
    private static readonly KeySet LabeledCountProperties = new(["label", "count"]);
    private static readonly KeySet SuppressionProperties = new(["code", "cells", "reason"]);
    private static readonly KeySet BreakdownProperties = new(Keys.Breakdowns);
    private static readonly string YearDescription = $"the reporting year, a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear}";
    private static readonly string UnitDescription = $"a unit: {string.Join(" or ", Keys.MoneyUnits)}";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    private readonly ReadOnlySpan<byte> _document;
    private readonly string? _source;
    private readonly long _firstLine;
    private readonly List<string> _path;
    private readonly int _maxEntries;
    private string? _leaf;
    private string _maxEntriesOption = "ReportJsonReadOptions.MaxListEntries";

    private ReportJsonParser(ReadOnlySpan<byte> document, string? source, long firstLine, int maxEntries)
    {
        _document = document;
        _source = source;
        _firstLine = firstLine;
        _maxEntries = maxEntries;
        _path = [];
    }

    /// <summary>Reads one report object that fills the whole of <paramref name="document"/>.</summary>
    /// <param name="document">The UTF-8 bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="firstLine">The line number of the document's first line (1 for a file, N for line N of JSON Lines).</param>
    /// <param name="options">The limits.</param>
    /// <remarks>A document in the form our writers produce is read by <see cref="CanonicalReportScanner"/>; any other by <see cref="ParseStrict"/>.</remarks>
    public static AnnualReport Parse(ReadOnlySpan<byte> document, string? source, long firstLine, ReportJsonReadOptions options) =>
        CanonicalReportScanner.TryRead(document, options.MaxListEntries) ?? ParseStrict(document, source, firstLine, options);

    /// <summary>Reads one report object that fills the whole of <paramref name="document"/>, token by token, whatever its form.</summary>
    /// <param name="document">The UTF-8 bytes.</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="firstLine">The line number of the document's first line (1 for a file, N for line N of JSON Lines).</param>
    /// <param name="options">The limits.</param>
    internal static AnnualReport ParseStrict(ReadOnlySpan<byte> document, string? source, long firstLine, ReportJsonReadOptions options)
    {
        var parser = new ReportJsonParser(document, source, firstLine, options.MaxListEntries);
        var reader = new Utf8JsonReader(document, ReaderOptions);
        try
        {
            var report = parser.ParseDocument(ref reader);
            return report;
        }
        catch (JsonException exception)
        {
            throw parser.SyntaxError(exception);
        }
    }

    /// <summary>
    /// Reads a JSON value that is one part of a report, such as the <c>otherRows</c> array or the <c>breakdowns</c>
    /// object held in a column of the wide CSV layout: the whole of <paramref name="json"/>, read by
    /// <paramref name="read"/>. Errors name the line (1) and column within the value and its path from <c>$</c>.
    /// </summary>
    public static T ParseFragment<T>(ReadOnlySpan<byte> json, FragmentReader<T> read, int maxListEntries, string maxListEntriesOption)
    {
        var parser = new ReportJsonParser(json, null, 1, maxListEntries) { _maxEntriesOption = maxListEntriesOption };
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (IsBlank(json))
            {
                throw new ReportReadException("the value is empty.", new ReadLocation { Line = 1, Column = 1, Path = "$" });
            }

            parser.Read(ref reader);
            var value = read(ref parser, ref reader);
            var trailing = json[(int)reader.BytesConsumed..].TrimStart(" \t\r\n"u8);
            if (!trailing.IsEmpty)
            {
                var (line, column) = parser.LineAndColumn(json.Length - trailing.Length);
                throw new ReportReadException("unexpected content after the value.", new ReadLocation { Line = line, Column = column, Path = "$" });
            }

            return value;
        }
        catch (JsonException exception)
        {
            throw parser.SyntaxError(exception);
        }
    }

    /// <summary>Reads the <c>otherRows</c> array of a legacy table (see <see cref="ParseFragment"/>): the rows, each with the periods it gives.</summary>
    public static ImmutableArray<LegacyOtherRow> ReadOtherRows(ref ReportJsonParser parser, ref Utf8JsonReader reader)
    {
        var rows = new AnnualReportBuilder(ReportFormat.Legacy, AnnualReport.MinYear, new Agency("otherRows"));
        parser.ParseOtherRows(ref reader, rows);
        return rows.Build().LegacyOtherRows;
    }

    /// <summary>Reads a <c>breakdowns</c> object (see <see cref="ParseFragment"/>).</summary>
    public static ReportBreakdowns ReadBreakdowns(ref ReportJsonParser parser, ref Utf8JsonReader reader) => parser.ParseBreakdowns(ref reader);

    /// <summary>Reads one report object at the reader's position (used by the System.Text.Json converter).</summary>
    public static AnnualReport ParseValue(ref Utf8JsonReader reader)
    {
        var parser = new ReportJsonParser(default, null, 1, ReportJsonReadOptions.Default.MaxListEntries);
        return parser.ParseReport(ref reader);
    }

    private AnnualReport ParseDocument(ref Utf8JsonReader reader)
    {
        if (IsBlank(_document))
        {
            throw new ReportReadException(
                _firstLine == 1 ? "the input is empty: expected a JSON object holding one report." : "the line is empty: expected a JSON object holding one report.",
                new ReadLocation { Source = _source, Line = _firstLine });
        }

        Read(ref reader);
        var report = ParseReport(ref reader);
        var end = reader.BytesConsumed;
        var trailing = _document[(int)end..].TrimStart(" \t\r\n"u8);
        if (!trailing.IsEmpty)
        {
            var (line, column) = LineAndColumn(_document.Length - trailing.Length);
            throw new ReportReadException(
                "unexpected content after the report object: a JSON document holds exactly one report (several go in JSON Lines, one report per line).",
                new ReadLocation { Source = _source, Line = line, Column = column, Path = "$" });
        }

        return report;
    }

    private AnnualReport ParseReport(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            throw Error(ref reader, "expected a JSON object holding one report, found an array; several reports go in a JSON Lines file, one object per line.");
        }

        Expect(ref reader, JsonTokenType.StartObject, "a JSON object holding one report");

        Span<bool> seen = stackalloc bool[TopLevelProperties.Count];
        var startReader = reader;
        int? schemaVersion = null;
        FormatDefinition? format = null;
        int? year = null;
        Agency? agency = null;
        DateOnly? publishedOn = null;
        string? sourceUrl = null;
        ReportBreakdowns? breakdowns = null;
        Utf8JsonReader tables = default, units = default, sections = default, suppressions = default;
        bool hasTables = false, hasUnits = false, hasSections = false, hasSuppressions = false;
        AnnualReportBuilder? builder = null;

        while (ReadProperty(ref reader, TopLevelProperties, seen, out var name))
        {
            Read(ref reader);
            _path.Add(name);
            switch (name)
            {
                case "schemaVersion":
                    var version = ReadInt(ref reader, "the schema version, 1");
                    if (version != 1)
                    {
                        throw Error(ref reader, $"unsupported schemaVersion {version}: this library reads schemaVersion 1.");
                    }

                    schemaVersion = version;
                    break;
                case "format":
                    var formatKey = ReadString(ref reader, "the format: legacy, national2019 or national2021");
                    if (!FormatCatalog.TryGetByKey(formatKey, out format))
                    {
                        throw Error(ref reader, $"unknown format '{formatKey}': expected legacy, national2019 or national2021.");
                    }

                    break;
                case "year":
                    var value = ReadInt(ref reader, YearDescription);
                    if (value is < AnnualReport.MinYear or > AnnualReport.MaxYear)
                    {
                        throw Error(ref reader, $"year {value} is out of range: expected {AnnualReport.MinYear} to {AnnualReport.MaxYear}.");
                    }

                    year = value;
                    break;
                case "agency":
                    agency = ParseAgency(ref reader);
                    break;
                case "publishedOn":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        var text = ReadString(ref reader, "the publication date as YYYY-MM-DD");
                        if (!TryParseIsoDate(text, out var date) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                        {
                            throw Error(ref reader, $"'{text}' is not a date: expected YYYY-MM-DD, such as 2024-01-29.");
                        }

                        publishedOn = date;
                    }

                    break;
                case "sourceUrl":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        sourceUrl = ReadString(ref reader, "the source address, an absolute URI");
                        if (!AnnualReport.IsAbsoluteUri(sourceUrl))
                        {
                            throw Error(ref reader, $"'{sourceUrl}' is not an absolute URI.");
                        }
                    }

                    break;
                case "tables":
                    if (StartPart(ref reader, JsonTokenType.StartObject, "an object of tables", ref builder, schemaVersion, format, year, agency))
                    {
                        ParseTables(ref reader, builder!);
                    }
                    else
                    {
                        hasTables = Defer(ref reader, ref tables, JsonTokenType.StartObject, "an object of tables");
                    }

                    break;
                case "units":
                    if (StartPart(ref reader, JsonTokenType.StartObject, "an object mapping money cells to units", ref builder, schemaVersion, format, year, agency))
                    {
                        ParseUnits(ref reader, builder!);
                    }
                    else
                    {
                        hasUnits = Defer(ref reader, ref units, JsonTokenType.StartObject, "an object mapping money cells to units");
                    }

                    break;
                case "sections":
                    if (StartPart(ref reader, JsonTokenType.StartObject, "an object mapping section keys to text", ref builder, schemaVersion, format, year, agency))
                    {
                        ParseSections(ref reader, builder!);
                    }
                    else
                    {
                        hasSections = Defer(ref reader, ref sections, JsonTokenType.StartObject, "an object mapping section keys to text");
                    }

                    break;
                case "breakdowns":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        breakdowns = ParseBreakdowns(ref reader);
                    }

                    break;
                case "suppressions":
                    if (StartPart(ref reader, JsonTokenType.StartArray, "an array of suppressions", ref builder, schemaVersion, format, year, agency))
                    {
                        ParseSuppressions(ref reader, builder!);
                    }
                    else
                    {
                        hasSuppressions = Defer(ref reader, ref suppressions, JsonTokenType.StartArray, "an array of suppressions");
                    }

                    break;
            }

            _path.RemoveAt(_path.Count - 1);
        }

        foreach (var (required, present) in new[] { ("schemaVersion", schemaVersion is not null), ("format", format is not null), ("year", year is not null), ("agency", agency is not null) })
        {
            if (!present)
            {
                throw Error(ref startReader, $"missing required property '{required}' (a report has schemaVersion, format, year and agency).");
            }
        }

        builder ??= new AnnualReportBuilder(format!.Format, year!.Value, agency!);
        builder.PublishedOn = publishedOn;
        builder.SourceUrl = sourceUrl;

        if (hasTables)
        {
            _path.Add("tables");
            ParseTables(ref tables, builder);
            _path.RemoveAt(_path.Count - 1);
        }

        if (hasUnits)
        {
            _path.Add("units");
            ParseUnits(ref units, builder);
            _path.RemoveAt(_path.Count - 1);
        }

        if (hasSections)
        {
            _path.Add("sections");
            ParseSections(ref sections, builder);
            _path.RemoveAt(_path.Count - 1);
        }

        if (breakdowns is not null)
        {
            foreach (var kind in Enum.GetValues<BreakdownKind>())
            {
                foreach (var entry in breakdowns.Get(kind))
                {
                    builder.AddBreakdown(kind, entry.Label, entry.Count);
                }
            }
        }

        if (hasSuppressions)
        {
            _path.Add("suppressions");
            ParseSuppressions(ref suppressions, builder);
            _path.RemoveAt(_path.Count - 1);
        }

        return builder.BuildAndRelease();
    }

    /// <summary>
    /// Says whether a part of the report (tables, units, sections, suppressions) can be read where it stands: when
    /// the schema version, format, year and agency came before it, as the writer puts them, the part is read in the
    /// same pass (the builder made on the first such part); otherwise it is skipped and read once they are known.
    /// </summary>
    private bool StartPart(
        ref Utf8JsonReader reader,
        JsonTokenType expected,
        string what,
        ref AnnualReportBuilder? builder,
        int? schemaVersion,
        FormatDefinition? format,
        int? year,
        Agency? agency)
    {
        if (schemaVersion is null || format is null || year is null || agency is null || reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(ref reader, expected, what);
        builder ??= new AnnualReportBuilder(format.Format, year.Value, agency);
        return true;
    }

    private bool Defer(ref Utf8JsonReader reader, ref Utf8JsonReader saved, JsonTokenType expected, string what)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(ref reader, expected, what);
        saved = reader;

        // TrySkip, not Skip: inside a caller's document (the converter) the reader holds partial JSON, although
        // System.Text.Json has read the whole report ahead, so the skip succeeds.
        if (!reader.TrySkip())
        {
            throw Truncated();
        }

        return true;
    }

    private Agency ParseAgency(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object with the agency's name and, optionally, creditCode, divisionCode, level and kind");
        var start = reader;
        Span<bool> seen = stackalloc bool[AgencyProperties.Count];
        string? name = null;
        UnifiedSocialCreditCode? creditCode = null;
        DivisionCode? divisionCode = null;
        AgencyLevel? level = null;
        AgencyKind? kind = null;
        while (ReadProperty(ref reader, AgencyProperties, seen, out var property))
        {
            Read(ref reader);
            _path.Add(property);
            if (reader.TokenType != JsonTokenType.Null || property == "name")
            {
                switch (property)
                {
                    case "name":
                        name = ReadString(ref reader, "the agency's name");
                        if (string.IsNullOrWhiteSpace(name))
                        {
                            throw Error(ref reader, "the agency's name is empty.");
                        }

                        break;
                    case "creditCode":
                        var code = ReadString(ref reader, "the unified social credit code (18 characters)");
                        creditCode = UnifiedSocialCreditCode.TryParse(code, out var parsedCode)
                            ? parsedCode
                            : throw Error(ref reader, UnifiedSocialCreditCode.Check(code)!);
                        break;
                    case "divisionCode":
                        var division = ReadString(ref reader, "the administrative division code (6, 9 or 12 digits)");
                        divisionCode = DivisionCode.TryParse(division, out var parsedDivision)
                            ? parsedDivision
                            : throw Error(ref reader, DivisionCode.Check(division)!);
                        break;
                    case "level":
                        var levelKey = ReadString(ref reader, "the level");
                        level = Keys.TryParse<AgencyLevel>(levelKey, Keys.AgencyLevels, out var parsedLevel)
                            ? parsedLevel
                            : throw Error(ref reader, $"unknown level '{levelKey}': expected {string.Join(", ", Keys.AgencyLevels)}.");
                        break;
                    case "kind":
                        var kindKey = ReadString(ref reader, "the kind");
                        kind = Keys.TryParse<AgencyKind>(kindKey, Keys.AgencyKinds, out var parsedKind)
                            ? parsedKind
                            : throw Error(ref reader, $"unknown kind '{kindKey}': expected {string.Join(", ", Keys.AgencyKinds)}.");
                        break;
                }
            }

            _path.RemoveAt(_path.Count - 1);
        }

        if (name is null)
        {
            throw Error(ref start, "missing required property 'name' (the agency's name).");
        }

        return new Agency(name) { CreditCode = creditCode, DivisionCode = divisionCode, Level = level, Kind = kind };
    }

    private void ParseTables(ref Utf8JsonReader reader, AnnualReportBuilder builder)
    {
        var format = builder.Definition;
        Span<bool> seen = stackalloc bool[format.TableKeys.Count];
        while (ReadProperty(ref reader, format.TableKeys, seen, out var key))
        {
            Read(ref reader);
            _path.Add(key);
            var table = format.FindTable(key)!;
            if (reader.TokenType != JsonTokenType.Null)
            {
                if (format.Format == ReportFormat.Legacy)
                {
                    ParseLegacyTable(ref reader, table, builder);
                }
                else
                {
                    ParseGridTable(ref reader, table, builder);
                }
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void ParseGridTable(ref Utf8JsonReader reader, TableDefinition table, AnnualReportBuilder builder)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Expect(ref reader, JsonTokenType.StartObject, $"an object of the rows of table '{table.Key}'");
        }

        Span<bool> seen = stackalloc bool[table.RowKeys.Count];
        var rowIndex = -1;
        while (ReadPropertyIndex(ref reader, table.RowKeys, seen, out rowIndex, rowIndex + 1))
        {
            var row = table.Rows[rowIndex];
            var rowKey = row.Key;
            _path.Add(rowKey);
            if (row.IsOptional || row.ReplacedBy is not null)
            {
                CheckReplacement(ref reader, row, seen);
            }

            Read(ref reader);
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw Error(ref reader, $"expected an object of the cells of row '{rowKey}', found null (a blank cell is null inside the row object).");
            }

            if (row.IsOptional)
            {
                builder.IncludeRow(table.Key, row.Key);
            }

            ParseRowCells(ref reader, row, builder);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void CheckReplacement(ref Utf8JsonReader reader, RowDefinition row, scoped ReadOnlySpan<bool> seen)
    {
        foreach (var other in row.Table.Rows)
        {
            var conflict = (other.IsOptional && other.Replaces.Contains(row) && seen[other.Index])
                || (row.IsOptional && row.Replaces.Contains(other) && seen[other.Index]);
            if (conflict)
            {
                var single = row.IsOptional ? row : other;
                throw Error(
                    ref reader,
                    $"row '{row.Key}' cannot stand beside row '{other.Key}': a report uses either the single row '{single.Key}' or its sub-rows {string.Join(", ", single.Replaces.Select(r => $"'{r.Key}'"))}, never both.");
            }
        }
    }

    private void ParseRowCells(ref Utf8JsonReader reader, RowDefinition row, AnnualReportBuilder builder)
    {
        var table = row.Table;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // The description is made only for the error: this runs for every row of every report.
            Expect(ref reader, JsonTokenType.StartObject, $"an object of the cells of row '{row.Key}'");
        }

        var columnKeys = row.ColumnKeys;
        var cells = row.CellsByColumnKey;
        var legacy = table.Format.Format == ReportFormat.Legacy;
        var first = true;
        Span<bool> seen = stackalloc bool[columnKeys.Count];
        var columnIndex = -1;
        while (ReadPropertyIndex(ref reader, columnKeys, seen, out columnIndex, columnIndex + 1))
        {
            Read(ref reader);
            var cell = cells[columnIndex];

            // The cell is the path's last segment only for an error: a field, not a push and pop for every cell.
            _leaf = cell.Column.Key;

            // ReadCell holds the value to the cell's kind (a whole number for a count, nothing negative but a signed
            // count), which is all AnnualReportBuilder.CheckValue asks of it.
            var value = ReadCell(ref reader, cell.Kind);
            if (legacy)
            {
                builder.IncludeColumn(table.Key, cell.Column.Key);
            }

            if (first)
            {
                // The row's inclusion is settled by its first cell; the others only set their values.
                builder.SetChecked(cell, value);
                first = false;
            }
            else
            {
                builder.SetCheckedInSettledRow(cell, value);
            }

            _leaf = null;
        }
    }

    private void ParseLegacyTable(ref Utf8JsonReader reader, TableDefinition table, AnnualReportBuilder builder)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object with 'indicators' and 'otherRows'");
        Span<bool> seen = stackalloc bool[LegacyTableProperties.Count];
        while (ReadProperty(ref reader, LegacyTableProperties, seen, out var property))
        {
            Read(ref reader);
            _path.Add(property);
            if (reader.TokenType != JsonTokenType.Null)
            {
                if (property == "indicators")
                {
                    ParseGridTable(ref reader, table, builder);
                }
                else
                {
                    ParseOtherRows(ref reader, builder);
                }
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void ParseOtherRows(ref Utf8JsonReader reader, AnnualReportBuilder builder)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of rows the catalogue does not know, each with its printed label");
        var index = 0;
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            _path.Add($"[{index.ToString(CultureInfo.InvariantCulture)}]");
            CheckEntries(ref reader, index, "legacy rows the catalogue does not know");
            Expect(ref reader, JsonTokenType.StartObject, "an object with 'label' and the row's period figures");
            var start = reader;
            var seen = new bool[OtherRowProperties.Count];
            string? label = null;
            var values = new CellValue[3];
            while (ReadProperty(ref reader, OtherRowProperties, seen, out var property))
            {
                Read(ref reader);
                _path.Add(property);
                if (property == "label")
                {
                    label = ReadString(ref reader, "the row's label as printed");
                    if (string.IsNullOrWhiteSpace(label))
                    {
                        throw Error(ref reader, "the row's label is empty.");
                    }
                }
                else
                {
                    var period = OtherRowProperties.IndexOf(property) - 1;
                    values[period] = ReadCell(ref reader, null);
                    builder.IncludeColumn("legacy", property);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            if (label is null)
            {
                throw Error(ref start, "missing required property 'label' (the row's label as printed).");
            }

            builder.AddLegacyOtherRow(new LegacyOtherRow(label, values[0], values[1], values[2]));
            _path.RemoveAt(_path.Count - 1);
            index++;
        }
    }

    private void ParseUnits(ref Utf8JsonReader reader, AnnualReportBuilder builder)
    {
        var format = builder.Definition;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            var name = GetString(ref reader);
            _path.Add(name);
            if (!seen.Add(name))
            {
                throw Error(ref reader, $"duplicate property '{name}'.");
            }

            if (!CellKey.TryParse(name, out var key) || !format.TryGetCell(key, out var cell))
            {
                throw Error(ref reader, CellKey.TryParse(name, out key) ? format.DescribeUnknownCell(key) : $"'{name}' is not a cell key (table.row.column).");
            }

            if (cell.Kind != ValueKind.Money)
            {
                throw Error(ref reader, $"cell {name} holds a count, not money; only money cells have a unit.");
            }

            Read(ref reader);
            var unitKey = ReadString(ref reader, UnitDescription);
            if (!Keys.TryParse<MoneyUnit>(unitKey, Keys.MoneyUnits, out var unit))
            {
                throw Error(ref reader, $"unknown unit '{unitKey}': expected {string.Join(" or ", Keys.MoneyUnits)}.");
            }

            builder.SetMoneyUnit(key, unit);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void ParseSections(ref Utf8JsonReader reader, AnnualReportBuilder builder)
    {
        var format = builder.Definition;
        Span<bool> seen = stackalloc bool[format.SectionKeys.Count];
        while (ReadProperty(ref reader, format.SectionKeys, seen, out var key))
        {
            Read(ref reader);
            _path.Add(key);
            if (reader.TokenType != JsonTokenType.Null)
            {
                builder.SetSection(format.FindSection(key)!.Section, ReadString(ref reader, "the section's text"));
            }

            _path.RemoveAt(_path.Count - 1);
        }
    }

    private ReportBreakdowns ParseBreakdowns(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Expect(ref reader, JsonTokenType.StartObject, $"an object with {string.Join(", ", Keys.Breakdowns)}");
        }

        Span<bool> seen = stackalloc bool[BreakdownProperties.Count];
        var result = ReportBreakdowns.Empty;
        while (ReadProperty(ref reader, BreakdownProperties, seen, out var key))
        {
            Read(ref reader);
            _path.Add(key);
            if (reader.TokenType != JsonTokenType.Null)
            {
                var kind = (BreakdownKind)BreakdownProperties.IndexOf(key);
                result = result.With(kind, ParseLabeledCounts(ref reader));
            }

            _path.RemoveAt(_path.Count - 1);
        }

        return result;
    }

    private ImmutableArray<LabeledCount> ParseLabeledCounts(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of { label, count }");
        var entries = ImmutableArray.CreateBuilder<LabeledCount>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return entries.ToImmutable();
            }

            _path.Add($"[{entries.Count.ToString(CultureInfo.InvariantCulture)}]");
            CheckEntries(ref reader, entries.Count, "entries in one breakdown");
            Expect(ref reader, JsonTokenType.StartObject, "an object { label, count }");
            var start = reader;
            var seen = new bool[LabeledCountProperties.Count];
            string? label = null;
            long? count = null;
            while (ReadProperty(ref reader, LabeledCountProperties, seen, out var property))
            {
                Read(ref reader);
                _path.Add(property);
                if (property == "label")
                {
                    label = ReadString(ref reader, "the label as printed");
                    if (string.IsNullOrWhiteSpace(label))
                    {
                        throw Error(ref reader, "the label is empty.");
                    }
                }
                else
                {
                    var value = ReadCell(ref reader, ValueKind.Count);
                    if (!value.TryGetWholeNumber(out var number))
                    {
                        throw Error(ref reader, "expected a whole number ≥ 0, found null (a stated count cannot be blank).");
                    }

                    count = number;
                }

                _path.RemoveAt(_path.Count - 1);
            }

            if (label is null || count is null)
            {
                throw Error(ref start, $"missing required property '{(label is null ? "label" : "count")}' (each entry has a label and a count).");
            }

            entries.Add(new LabeledCount(label, count.Value));
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void ParseSuppressions(ref Utf8JsonReader reader, AnnualReportBuilder builder)
    {
        var format = builder.Definition;
        var index = 0;
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            _path.Add($"[{index.ToString(CultureInfo.InvariantCulture)}]");
            CheckEntries(ref reader, index, "suppressions");
            Expect(ref reader, JsonTokenType.StartObject, "an object { code, cells, reason }");
            var start = reader;
            var seen = new bool[SuppressionProperties.Count];
            string? code = null, reason = null;
            var cells = new List<CellKey>();
            while (ReadProperty(ref reader, SuppressionProperties, seen, out var property))
            {
                Read(ref reader);
                _path.Add(property);
                switch (property)
                {
                    case "code":
                        code = ReadString(ref reader, "the finding code or relation id explained");
                        break;
                    case "reason":
                        reason = ReadString(ref reader, "why the deviation is correct");
                        break;
                    default:
                        Expect(ref reader, JsonTokenType.StartArray, "an array of cell keys");
                        while (true)
                        {
                            Read(ref reader);
                            if (reader.TokenType == JsonTokenType.EndArray)
                            {
                                break;
                            }

                            _path.Add($"[{cells.Count.ToString(CultureInfo.InvariantCulture)}]");
                            CheckEntries(ref reader, cells.Count, "cells in one suppression");
                            var text = ReadString(ref reader, "a cell key (table.row.column)");
                            if (!CellKey.TryParse(text, out var key))
                            {
                                throw Error(ref reader, $"'{text}' is not a cell key (table.row.column).");
                            }

                            if (!format.TryGetCell(key, out _))
                            {
                                throw Error(ref reader, format.DescribeUnknownCell(key));
                            }

                            cells.Add(key);
                            _path.RemoveAt(_path.Count - 1);
                        }

                        break;
                }

                _path.RemoveAt(_path.Count - 1);
            }

            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(reason))
            {
                throw Error(ref start, $"missing or empty required property '{(string.IsNullOrWhiteSpace(code) ? "code" : "reason")}' (a suppression has a code, cells and a reason).");
            }

            builder.AddSuppression(new Suppression(code, cells, reason));
            _path.RemoveAt(_path.Count - 1);
            index++;
        }
    }

    /// <summary>Reads a cell: a number or null (blank). A kind of null accepts any number (rows the catalogue does not know).</summary>
    private CellValue ReadCell(ref Utf8JsonReader reader, ValueKind? kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return CellValue.Blank;
        }

        if (reader.TokenType == JsonTokenType.Number && TryConvertNumber(reader.ValueSpan, kind, out var value))
        {
            return value;
        }

        // Only errors from here: TryConvertNumber takes every number a cell of the kind holds.
        var expected = kind switch
        {
            ValueKind.Count => "a whole number ≥ 0 (a count) or null (blank)",
            ValueKind.SignedCount => "a whole number (a signed change) or null (blank)",
            ValueKind.Money => "an amount of money ≥ 0 or null (blank)",
            _ => "a number or null (blank)",
        };
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(ref reader, $"expected {expected}, found {Describe(ref reader)}.");
        }

        var raw = reader.ValueSpan;
        var text = Encoding.UTF8.GetString(raw);
        if (kind is ValueKind.Count or ValueKind.SignedCount)
        {
            if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
            {
                throw Error(ref reader, $"expected {expected}, found {text}: a count is written as a whole number, without a fraction or an exponent.", RuleCodes.FractionalCount);
            }

            if (!Utf8Parser.TryParse(raw, out long number, out var consumed) || consumed != raw.Length || number is > CellValue.MaxWholeNumber or < -CellValue.MaxWholeNumber)
            {
                throw Error(ref reader, $"the number {text} has more than 18 significant digits.");
            }

            throw Error(ref reader, $"expected {expected}, found {number}: a count cannot be negative.", RuleCodes.NegativeCount);
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !CellValue.TryFromDecimal(amount, out _))
        {
            throw Error(ref reader, $"the number {text} has more than 18 significant digits or is out of range.");
        }

        throw Error(ref reader, $"expected {expected}, found {text}: an amount of money cannot be negative.", RuleCodes.NegativeCount);
    }

    /// <summary>
    /// Gives the value of a JSON number token for a cell of a kind (<see langword="null"/>: a row the catalogue does not
    /// know, which takes any number): false where the number does not fit the kind — a fraction or exponent in a count,
    /// a negative count or amount, more than 18 significant digits. Both readers take cells through it.
    /// </summary>
    internal static bool TryConvertNumber(ReadOnlySpan<byte> raw, ValueKind? kind, out CellValue value)
    {
        // Nearly every figure is a count of a few digits: up to 18 digits (no sign, fraction or exponent) fit any kind.
        if (TryReadPlainDigits(raw, out var plain))
        {
            value = CellValue.Of(plain);
            return true;
        }

        value = default;
        if (kind is ValueKind.Count or ValueKind.SignedCount)
        {
            if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0
                || !Utf8Parser.TryParse(raw, out long number, out var consumed) || consumed != raw.Length
                || number is > CellValue.MaxWholeNumber or < -CellValue.MaxWholeNumber
                || (kind == ValueKind.Count && number < 0))
            {
                return false;
            }

            value = CellValue.Of(number);
            return true;
        }

        if (!decimal.TryParse(Encoding.UTF8.GetString(raw), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || !CellValue.TryFromDecimal(amount, out var cell) || (kind == ValueKind.Money && amount < 0))
        {
            return false;
        }

        value = cell;
        return true;
    }

    /// <summary>Reads a number token of 1 to 18 digits and nothing else; false for any other form.</summary>
    private static bool TryReadPlainDigits(ReadOnlySpan<byte> raw, out long value)
    {
        value = 0;
        if (raw.Length is 0 or > 18)
        {
            return false;
        }

        foreach (var b in raw)
        {
            var digit = unchecked((uint)(b - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private int ReadInt(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw Error(ref reader, $"expected {expected}, found {Describe(ref reader)}.");
        }

        return value;
    }

    private string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(ref reader, $"expected {expected} (a string), found {Describe(ref reader)}.");
        }

        return GetString(ref reader);
    }

    /// <summary>Reads the next property name of an object, checking it is known and not repeated; false at the object's end.</summary>
    private bool ReadProperty(ref Utf8JsonReader reader, KeySet known, scoped Span<bool> seen, out string name)
    {
        var found = ReadPropertyIndex(ref reader, known, seen, out var index);
        name = found ? known.Keys[index] : string.Empty;
        return found;
    }

    /// <summary>Reads the next property name of an object as its index in <paramref name="known"/>; false at the object's end.</summary>
    private bool ReadPropertyIndex(ref Utf8JsonReader reader, KeySet known, scoped Span<bool> seen, out int index, int hint = 0)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            index = -1;
            return false;
        }

        index = known.IndexOf(ref reader, hint);
        if (index < 0)
        {
            var unknown = GetString(ref reader);
            _path.Add(unknown);
            throw Error(ref reader, $"unknown property '{unknown}': {known.Description}.");
        }

        var name = known.Keys[index];
        if (seen[index])
        {
            _path.Add(name);
            throw Error(ref reader, $"duplicate property '{name}'.");
        }

        seen[index] = true;
        return true;
    }

    /// <summary>Stops a list at the limit of entries (<see cref="ReportJsonReadOptions.MaxListEntries"/>) before its next entry is read.</summary>
    private readonly void CheckEntries(ref Utf8JsonReader reader, int count, string what)
    {
        if (count >= _maxEntries)
        {
            throw Error(ref reader, $"more than {_maxEntries} {what} in one report ({_maxEntriesOption}).");
        }
    }

    private void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw Error(ref reader, $"expected {what}, found {Describe(ref reader)}.");
        }
    }

    private void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Truncated();
        }
    }

    private readonly ReportReadException Truncated() => new(
        "unexpected end of input: the JSON is truncated.",
        new ReadLocation { Source = _source, Line = LastLine(), Path = FormatPath() });

    /// <summary>Decodes the string or property name the reader is on, reporting text that is not UTF-8 at its place.</summary>
    private readonly string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new ReportReadException("the text is not valid UTF-8.", Location(ref reader), exception);
        }
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{Truncate(Encoding.UTF8.GetString(reader.ValueSpan))}\"",
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private readonly ReadLocation Location(ref Utf8JsonReader reader)
    {
        var (line, column) = LineAndColumn(reader.TokenStartIndex);
        return new ReadLocation { Source = _source, Line = line, Column = column, Path = FormatPath() };
    }

    private readonly ReportReadException Error(ref Utf8JsonReader reader, string problem) => new(problem, Location(ref reader));

    private readonly ReportReadException Error(ref Utf8JsonReader reader, string problem, string code) => new(problem, Location(ref reader)) { Code = code };

    private readonly ReportReadException SyntaxError(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:", " | " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        var location = new ReadLocation
        {
            Source = _source,
            Line = _firstLine + (exception.LineNumber ?? 0),
            Column = exception.BytePositionInLine is { } bytes ? ColumnOfByte(exception.LineNumber ?? 0, bytes) : null,
            Path = FormatPath(),
        };
        return new ReportReadException(IsTruncated(_document) ? "unexpected end of input: the JSON is truncated." : "invalid JSON: " + message.TrimEnd(), location, exception);
    }

    /// <summary>Whether the document is the beginning of a JSON value that the input ends before (rather than invalid JSON).</summary>
    private static bool IsTruncated(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, isFinalBlock: false, new JsonReaderState(ReaderOptions));
        try
        {
            while (reader.Read())
            {
            }

            // Out of input: truncated unless the value was complete.
            return !(reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private readonly string FormatPath()
    {
        var text = new StringBuilder("$");
        foreach (var segment in _path)
        {
            Append(text, segment);
        }

        if (_leaf is not null)
        {
            Append(text, _leaf);
        }

        return text.ToString();

        static void Append(StringBuilder text, string segment)
        {
            if (segment.StartsWith('['))
            {
                text.Append(segment);
            }
            else if (segment.Length > 0 && segment.All(char.IsAsciiLetterOrDigit))
            {
                text.Append('.').Append(segment);
            }
            else
            {
                text.Append("['").Append(segment.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }
    }

    private readonly (long? Line, long? Column) LineAndColumn(long offset)
    {
        if (_document.IsEmpty)
        {
            // Inside a caller's document (the converter): the reader's offsets are not lines of a document we know.
            return (null, null);
        }

        var before = _document[..(int)Math.Min(offset, _document.Length)];
        var lines = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (_firstLine + lines, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private readonly long? ColumnOfByte(long lineIndex, long bytePosition)
    {
        var start = LineStart(lineIndex);
        if (start < 0)
        {
            return null;
        }

        var end = (int)Math.Min(start + bytePosition, _document.Length);
        return Encoding.UTF8.GetCharCount(_document[start..end]) + 1;
    }

    private readonly int LineStart(long lineIndex)
    {
        var start = 0;
        for (var i = 0; i < lineIndex; i++)
        {
            var next = _document[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return -1;
            }

            start += next + 1;
        }

        return start;
    }

    private readonly long LastLine() => _firstLine + _document.Count((byte)'\n') - (_document.EndsWith("\n"u8) ? 1 : 0);

    private static bool IsBlank(ReadOnlySpan<byte> document) => document.Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>Reads a date printed as <c>YYYY-MM-DD</c> without the culture machinery (what <c>TryParseExact</c> would accept in that form).</summary>
    internal static bool TryParseIsoDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;

        static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
