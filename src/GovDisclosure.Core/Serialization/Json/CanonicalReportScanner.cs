using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// The quick reader of a report object in the form our writers produce (<see cref="ReportJsonWriter"/>): the
/// properties in the writers' and the catalogue's order, compact or with white space between the tokens (indented, or
/// the spaced separators of other languages' JSON writers). It reads that form byte by byte against the catalogue's
/// keys, without a tokenizer, and gives <see langword="null"/> at the first byte outside it: then
/// <see cref="ReportJsonParser"/> reads the document from its start, and reports any error at its place.
/// </summary>
/// <remarks>
/// <para>
/// It never throws and never decides that a document is wrong: it only accepts documents the strict reader reads the
/// same way, calling the same builder methods with the same values (numbers go through the strict reader's
/// <see cref="ReportJsonParser.TryConvertNumber"/>), so a report it gives is the report the strict reader would give.
/// A key out of order, repeated or escaped, a lone surrogate escape, bytes that are not UTF-8, a control
/// character, a number the cell does not take, a list longer than the limit, a suppression, a row beside the rows it
/// replaces, and a date or code the strict reader would refuse send the document to the strict reader.
/// </para>
/// <para>
/// <c>CanonicalReportScannerTests</c> holds it to that: on generated reports of every format, the samples, random
/// reports and mutated lines, a report it gives equals the strict reader's, and it gives none where the strict reader
/// fails.
/// </para>
/// </remarks>
internal ref struct CanonicalReportScanner
{
    private static readonly FormatDefinition[] Formats = [.. FormatCatalog.All];
    private static readonly KeySet FormatKeys = new(Formats.Select(f => f.Key));
    private static readonly KeySet OtherRowKeys = new(["label", "annual", "cumulative", "yearToDate"]);
    private static readonly KeySet BreakdownKeys = new(Keys.Breakdowns);

    private readonly ReadOnlySpan<byte> _json;
    private readonly int _maxEntries;
    private int _at;

    private CanonicalReportScanner(ReadOnlySpan<byte> json, int maxEntries)
    {
        _json = json;
        _maxEntries = maxEntries;
    }

    /// <summary>Reads a report in the writers' form; <see langword="null"/> when the document is in any other form.</summary>
    /// <param name="json">The document (one line of JSON Lines, or a whole file).</param>
    /// <param name="maxListEntries">The most entries a list may hold (<see cref="ReportJsonReadOptions.MaxListEntries"/>): a longer list is left to the strict reader, which reports it.</param>
    /// <returns>The report, or <see langword="null"/>.</returns>
    public static AnnualReport? TryRead(ReadOnlySpan<byte> json, int maxListEntries)
    {
        var scanner = new CanonicalReportScanner(json, maxListEntries);
        return scanner.ReadReport();
    }

    private AnnualReport? ReadReport()
    {
        if (!Literal("{\"schemaVersion\":1,\"format\":\""u8) || ReadFormat() is not { } format
            || !Literal(",\"year\":"u8) || !ReadYear(out var year) || year is < AnnualReport.MinYear or > AnnualReport.MaxYear
            || !Literal(",\"agency\":"u8) || ReadAgency() is not { } agency)
        {
            return null;
        }

        DateOnly? publishedOn = null;
        if (Literal(",\"publishedOn\":\""u8))
        {
            if (ReadAsciiString() is not { } date || !ReportJsonParser.TryParseIsoDate(date, out var parsed))
            {
                return null;
            }

            publishedOn = parsed;
        }

        string? sourceUrl = null;
        if (Literal(",\"sourceUrl\":\""u8))
        {
            if (ReadStringBody() is not { } url || !AnnualReport.IsAbsoluteUri(url))
            {
                return null;
            }

            sourceUrl = url;
        }

        var builder = new AnnualReportBuilder(format.Format, year, agency) { PublishedOn = publishedOn, SourceUrl = sourceUrl };
        if (!Literal(",\"tables\":{"u8) || !ReadTables(builder))
        {
            return null;
        }

        if ((Literal(",\"units\":{"u8) && !ReadUnits(builder))
            || (Literal(",\"sections\":{"u8) && !ReadSections(builder))
            || (Literal(",\"breakdowns\":{"u8) && !ReadBreakdowns(builder)))
        {
            return null;
        }

        if (!Next((byte)'}') || !_json[_at..].Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        return builder.BuildAndRelease();
    }

    private FormatDefinition? ReadFormat()
    {
        if (!ReadRawString(out var key))
        {
            return null;
        }

        for (var i = 0; i < Formats.Length; i++)
        {
            if (key.SequenceEqual(FormatKeys.Utf8(i)))
            {
                return Formats[i];
            }
        }

        return null;
    }

    private Agency? ReadAgency()
    {
        if (!Literal("{\"name\":\""u8) || ReadStringBody() is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        UnifiedSocialCreditCode? creditCode = null;
        DivisionCode? divisionCode = null;
        AgencyLevel? level = null;
        AgencyKind? kind = null;
        if (Literal(",\"creditCode\":\""u8))
        {
            if (ReadAsciiString() is not { } text || !UnifiedSocialCreditCode.TryParse(text, out var code))
            {
                return null;
            }

            creditCode = code;
        }

        if (Literal(",\"divisionCode\":\""u8))
        {
            if (ReadAsciiString() is not { } text || !DivisionCode.TryParse(text, out var code))
            {
                return null;
            }

            divisionCode = code;
        }

        if (Literal(",\"level\":\""u8))
        {
            if (ReadAsciiString() is not { } text || !Keys.TryParse<AgencyLevel>(text, Keys.AgencyLevels, out var parsed))
            {
                return null;
            }

            level = parsed;
        }

        if (Literal(",\"kind\":\""u8))
        {
            if (ReadAsciiString() is not { } text || !Keys.TryParse<AgencyKind>(text, Keys.AgencyKinds, out var parsed))
            {
                return null;
            }

            kind = parsed;
        }

        return Next((byte)'}') ? new Agency(name) { CreditCode = creditCode, DivisionCode = divisionCode, Level = level, Kind = kind } : null;
    }

    private bool ReadTables(AnnualReportBuilder builder)
    {
        var format = builder.Definition;
        var keys = format.TableKeys;
        var index = -1;
        if (Next((byte)'}'))
        {
            return true;
        }

        do
        {
            index = ReadKey(keys, index + 1);
            if (index < 0)
            {
                return false;
            }

            if (Literal("null"u8))
            {
                continue;
            }

            var table = format.Tables[index];
            var read = format.Format == ReportFormat.Legacy ? ReadLegacyTable(table, builder) : Next((byte)'{') && ReadRows(table, builder);
            if (!read)
            {
                return false;
            }
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    private bool ReadLegacyTable(TableDefinition table, AnnualReportBuilder builder)
    {
        if (!Literal("{\"indicators\":"u8) || !(Literal("null"u8) || (Next((byte)'{') && ReadRows(table, builder))))
        {
            return false;
        }

        if (Literal(",\"otherRows\":"u8) && !Literal("null"u8) && !(Next((byte)'[') && ReadOtherRows(builder)))
        {
            return false;
        }

        return Next((byte)'}');
    }

    private bool ReadOtherRows(AnnualReportBuilder builder)
    {
        if (Next((byte)']'))
        {
            return true;
        }

        var count = 0;
        do
        {
            if (count++ >= _maxEntries || !Literal("{\"label\":\""u8) || ReadStringBody() is not { } label || string.IsNullOrWhiteSpace(label))
            {
                return false;
            }

            var values = new CellValue[3];
            var index = 0;
            while (Next((byte)','))
            {
                index = ReadKey(OtherRowKeys, index + 1);
                if (index < 0 || !ReadValue(null, out values[index - 1]))
                {
                    return false;
                }

                builder.IncludeColumn("legacy", OtherRowKeys.Keys[index]);
            }

            if (!Next((byte)'}'))
            {
                return false;
            }

            builder.AddLegacyOtherRow(new LegacyOtherRow(label, values[0], values[1], values[2]));
        }
        while (Next((byte)','));

        return Next((byte)']');
    }

    private bool ReadRows(TableDefinition table, AnnualReportBuilder builder)
    {
        if (Next((byte)'}'))
        {
            return true;
        }

        var keys = table.RowKeys;
        Span<bool> seen = stackalloc bool[keys.Count];
        var index = -1;
        do
        {
            index = ReadKey(keys, index + 1);
            if (index < 0)
            {
                return false;
            }

            var row = table.Rows[index];
            if (StandsBesideReplaced(row, seen))
            {
                return false;
            }

            seen[index] = true;
            if (!Next((byte)'{'))
            {
                return false;
            }

            if (row.IsOptional)
            {
                builder.IncludeRow(row);
            }

            if (!ReadCells(row, builder))
            {
                return false;
            }
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    /// <summary>
    /// Whether a row stands beside a row it replaces or that replaces it (the strict reader's error). The catalogue
    /// gives each replaced row its <see cref="RowDefinition.ReplacedBy"/>, so only those rows are looked at.
    /// </summary>
    private static bool StandsBesideReplaced(RowDefinition row, ReadOnlySpan<bool> seen)
    {
        if (row.ReplacedBy is { } replacing && seen[replacing.Index])
        {
            return true;
        }

        foreach (var replaced in row.Replaces)
        {
            if (seen[replaced.Index])
            {
                return true;
            }
        }

        return false;
    }

    private bool ReadCells(RowDefinition row, AnnualReportBuilder builder)
    {
        if (Next((byte)'}'))
        {
            return true;
        }

        var keys = row.ColumnKeys;
        var cells = row.CellsByColumnKey;
        var index = -1;
        var first = true;
        do
        {
            index = ReadKey(keys, index + 1);
            if (index < 0)
            {
                return false;
            }

            if (!ReadValue(cells[index].Kind, out var value))
            {
                return false;
            }

            if (first)
            {
                builder.SetChecked(cells[index], value);
                first = false;
            }
            else
            {
                builder.SetCheckedInSettledRow(cells[index], value);
            }
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    private bool ReadSections(AnnualReportBuilder builder)
    {
        if (Next((byte)'}'))
        {
            return true;
        }

        var format = builder.Definition;
        var index = -1;
        do
        {
            index = ReadKey(format.SectionKeys, index + 1);
            if (index < 0)
            {
                return false;
            }

            if (!Literal("null"u8))
            {
                if (!Next((byte)'"') || ReadStringBody() is not { } text)
                {
                    return false;
                }

                builder.SetSection(format.Sections[index].Section, text);
            }
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    private bool ReadUnits(AnnualReportBuilder builder)
    {
        if (Next((byte)'}'))
        {
            return true;
        }

        var format = builder.Definition;
        var seen = new List<CellKey>();
        do
        {
            if (!Next((byte)'"') || ReadAsciiString() is not { } name || !Literal(":\""u8) || ReadAsciiString() is not { } unitKey
                || !CellKey.TryParse(name, out var key) || seen.Contains(key) || !format.TryGetCell(key, out var cell) || cell.Kind != ValueKind.Money
                || !Keys.TryParse<MoneyUnit>(unitKey, Keys.MoneyUnits, out var unit))
            {
                return false;
            }

            seen.Add(key);
            builder.SetMoneyUnit(key, unit);
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    private bool ReadBreakdowns(AnnualReportBuilder builder)
    {
        if (Next((byte)'}'))
        {
            return true;
        }

        var index = -1;
        do
        {
            index = ReadKey(BreakdownKeys, index + 1);
            if (index < 0)
            {
                return false;
            }

            if (Literal("null"u8))
            {
                continue;
            }

            if (!Next((byte)'['))
            {
                return false;
            }

            if (Next((byte)']'))
            {
                continue;
            }

            var entries = 0;
            do
            {
                if (entries++ >= _maxEntries || !Literal("{\"label\":\""u8) || ReadStringBody() is not { } label || string.IsNullOrWhiteSpace(label)
                    || !Literal(",\"count\":"u8) || !ReadValue(ValueKind.Count, out var count) || !count.TryGetWholeNumber(out var number) || !Next((byte)'}'))
                {
                    return false;
                }

                builder.AddBreakdown((BreakdownKind)index, label, number);
            }
            while (Next((byte)','));

            if (!Next((byte)']'))
            {
                return false;
            }
        }
        while (Next((byte)','));

        return Next((byte)'}');
    }

    /// <summary>Reads a figure for a cell of a kind: <c>null</c> (blank), or a number the kind takes (as the strict reader converts it).</summary>
    private bool ReadValue(ValueKind? kind, out CellValue value)
    {
        // Nearly every figure is a few plain digits: read at once (what TryConvertNumber gives for them, whatever the kind).
        var rest = _json[_at..];
        var length = 0;
        var number = 0L;
        while (length < rest.Length)
        {
            var digit = unchecked((uint)(rest[length] - '0'));
            if (digit > 9)
            {
                break;
            }

            number = unchecked((number * 10) + digit);
            length++;
        }

        if (length is > 0 and <= 18 && length < rest.Length && EndsNumber(rest[length]) && (length == 1 || rest[0] != (byte)'0'))
        {
            _at += length;
            value = CellValue.Of(number);
            return true;
        }

        if (length == 0 && rest.Length > 0 && IsWhiteSpace(rest[0]))
        {
            SkipWhiteSpace();
            return ReadValue(kind, out value);
        }

        if (Literal("null"u8))
        {
            value = CellValue.Blank;
            return true;
        }

        value = default;
        return ReadNumber(out var raw) && ReportJsonParser.TryConvertNumber(raw, kind, out value);
    }

    /// <summary>Reads a JSON number (<c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>) that ends at <c>,</c>, <c>}</c> or <c>]</c>.</summary>
    private bool ReadNumber(out ReadOnlySpan<byte> raw)
    {
        var rest = _json[_at..];
        var i = 0;
        raw = default;
        if (i < rest.Length && rest[i] == (byte)'-')
        {
            i++;
        }

        if (i < rest.Length && rest[i] == (byte)'0')
        {
            i++;
        }
        else if (!Digits(rest, ref i))
        {
            return false;
        }

        if (i < rest.Length && rest[i] == (byte)'.')
        {
            i++;
            if (!Digits(rest, ref i))
            {
                return false;
            }
        }

        if (i < rest.Length && rest[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < rest.Length && rest[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            if (!Digits(rest, ref i))
            {
                return false;
            }
        }

        if (i == rest.Length || !EndsNumber(rest[i]))
        {
            return false;
        }

        raw = rest[..i];
        _at += i;
        return true;

        static bool Digits(ReadOnlySpan<byte> text, ref int i)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit((char)text[i]))
            {
                i++;
            }

            return i > start;
        }
    }

    /// <summary>Reads <c>"key":</c> for a key at or after <paramref name="from"/> in the set (keys come in its order, none twice); -1 for anything else.</summary>
    private int ReadKey(KeySet keys, int from)
    {
        var rest = _json[_at..];
        for (var i = from; i < keys.Count; i++)
        {
            var property = keys.Property(i);
            if (rest.StartsWith(property))
            {
                _at += property.Length;
                return i;
            }
        }

        // White space around the name or the colon.
        SkipWhiteSpace();
        rest = _json[_at..];
        for (var i = from; i < keys.Count; i++)
        {
            var name = keys.Property(i)[..^1];
            if (rest.StartsWith(name))
            {
                _at += name.Length;
                return Next((byte)':') ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>Reads a year: four digits, the first not 0, before a comma or white space.</summary>
    private bool ReadYear(out int year)
    {
        year = 0;
        SkipWhiteSpace();
        var rest = _json[_at..];
        if (rest.Length < 5 || rest[0] == (byte)'0' || !EndsNumber(rest[4]) || rest[4] is (byte)'}' or (byte)']')
        {
            return false;
        }

        foreach (var b in rest[..4])
        {
            var digit = unchecked((uint)(b - '0'));
            if (digit > 9)
            {
                return false;
            }

            year = (year * 10) + (int)digit;
        }

        _at += 4;
        return true;
    }

    /// <summary>
    /// Reads the rest of a string whose opening quote is read: its text, when it is UTF-8 without a control character
    /// and its escapes are JSON's (a lone surrogate escape is left to the strict reader).
    /// </summary>
    private string? ReadStringBody()
    {
        if (ReadRawString(out var bytes))
        {
            return Decode(bytes);
        }

        // The writers escape line breaks, quotes and backslashes: such text is decoded here. First its end: the first
        // quote that no backslash escapes.
        var rest = _json[_at..];
        var end = 0;
        while (true)
        {
            var next = rest[end..].IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0)
            {
                return null;
            }

            end += next;
            if (rest[end] == (byte)'"')
            {
                break;
            }

            end += 2;
            if (end >= rest.Length)
            {
                return null;
            }
        }

        var body = rest[..end];
        if (body.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return null;
        }

        // Each escape gives fewer bytes than it takes.
        var buffer = ArrayPool<byte>.Shared.Rent(body.Length);
        try
        {
            var length = 0;
            var i = 0;
            while (i < body.Length)
            {
                var run = body[i..].IndexOf((byte)'\\');
                run = run < 0 ? body.Length - i : run;
                body.Slice(i, run).CopyTo(buffer.AsSpan(length));
                length += run;
                i += run;
                if (i < body.Length && !Unescape(body, ref i, buffer, ref length))
                {
                    return null;
                }
            }

            if (Decode(buffer.AsSpan(0, length)) is not { } text)
            {
                return null;
            }

            _at += end + 1;
            return text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes UTF-8 text in one pass, checking it as it goes; <see langword="null"/> when it is not UTF-8.</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= 256)
        {
            Span<char> chars = stackalloc char[bytes.Length];
            return Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(chars[..written])
                : null;
        }

        var rented = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            return Utf8.ToUtf16(bytes, rented, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? new string(rented, 0, written)
                : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Decodes the escape at <paramref name="i"/> (a backslash) into UTF-8; false for an escape JSON does not have or a lone surrogate.</summary>
    private static bool Unescape(ReadOnlySpan<byte> text, ref int i, byte[] buffer, ref int length)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        byte simple = text[i + 1] switch
        {
            (byte)'"' => (byte)'"',
            (byte)'\\' => (byte)'\\',
            (byte)'/' => (byte)'/',
            (byte)'b' => (byte)'\b',
            (byte)'f' => (byte)'\f',
            (byte)'n' => (byte)'\n',
            (byte)'r' => (byte)'\r',
            (byte)'t' => (byte)'\t',
            _ => 0,
        };
        if (simple != 0)
        {
            buffer[length++] = simple;
            i += 2;
            return true;
        }

        if (!TryHex(text, i, out var unit))
        {
            return false;
        }

        i += 6;
        Rune rune;
        if (char.IsHighSurrogate((char)unit))
        {
            if (!TryHex(text, i, out var low) || !char.IsLowSurrogate((char)low))
            {
                return false;
            }

            i += 6;
            rune = new Rune((char)unit, (char)low);
        }
        else if (char.IsLowSurrogate((char)unit))
        {
            return false;
        }
        else
        {
            rune = new Rune(unit);
        }

        length += rune.EncodeToUtf8(buffer.AsSpan(length));
        return true;

        static bool TryHex(ReadOnlySpan<byte> text, int at, out int value)
        {
            value = 0;
            if (at + 6 > text.Length || text[at] != (byte)'\\' || text[at + 1] != (byte)'u')
            {
                return false;
            }

            for (var k = at + 2; k < at + 6; k++)
            {
                var digit = HexConverter(text[k]);
                if (digit < 0)
                {
                    return false;
                }

                value = (value * 16) + digit;
            }

            return true;
        }

        static int HexConverter(byte b) => b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            _ => -1,
        };
    }

    /// <summary>Reads the bytes of the rest of a string whose opening quote is read, when it holds no escape and no control character.</summary>
    private bool ReadRawString(out ReadOnlySpan<byte> bytes)
    {
        var rest = _json[_at..];
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0 || rest[end] != (byte)'"' || rest[..end].IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            bytes = default;
            return false;
        }

        bytes = rest[..end];
        _at += end + 1;
        return true;
    }

    /// <summary>Reads one structural byte (or a string's opening quote), after any white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Next(byte expected)
    {
        if (_at < _json.Length)
        {
            var b = _json[_at];
            if (b == expected)
            {
                _at++;
                return true;
            }

            if (b > (byte)' ')
            {
                return false;
            }
        }

        return NextAfterWhiteSpace(expected);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextAfterWhiteSpace(byte expected)
    {
        SkipWhiteSpace();
        if (_at < _json.Length && _json[_at] == expected)
        {
            _at++;
            return true;
        }

        return false;
    }

    /// <summary>Reads a run of tokens as the writers print them; white space between the tokens is read too.</summary>
    private bool Literal(ReadOnlySpan<byte> expected)
    {
        var rest = _json[_at..];
        if (rest.StartsWith(expected))
        {
            _at += expected.Length;
            return true;
        }

        var matched = rest.CommonPrefixLength(expected);
        return matched < rest.Length && IsWhiteSpace(rest[matched]) && SpacedLiteral(expected);
    }

    /// <summary>
    /// Reads a run of tokens with white space where JSON allows it: before and after a structural byte, before a string,
    /// after a string's closing quote — never inside a string, a number or <c>null</c>.
    /// </summary>
    private bool SpacedLiteral(ReadOnlySpan<byte> expected)
    {
        var at = _at;
        var inString = false;
        byte previous = (byte)',';
        foreach (var b in expected)
        {
            if (!inString && (IsStructural(b) || b == (byte)'"' || IsStructural(previous) || previous == (byte)'"'))
            {
                while (at < _json.Length && IsWhiteSpace(_json[at]))
                {
                    at++;
                }
            }

            if (at >= _json.Length || _json[at] != b)
            {
                return false;
            }

            inString ^= b == (byte)'"';
            previous = b;
            at++;
        }

        _at = at;
        return true;
    }

    private void SkipWhiteSpace()
    {
        while (_at < _json.Length && IsWhiteSpace(_json[_at]))
        {
            _at++;
        }
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsStructural(byte b) => b is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',';

    /// <summary>Whether a byte ends a number token: a structural byte that may follow a value, or white space.</summary>
    private static bool EndsNumber(byte b) => b == (byte)',' || b == (byte)'}' || b == (byte)']' || IsWhiteSpace(b);

    /// <summary>Reads the rest of a string whose opening quote is read, when it is ASCII without escapes (a code, a key, a date).</summary>
    private string? ReadAsciiString() => ReadRawString(out var bytes) && Ascii.IsValid(bytes) ? Encoding.ASCII.GetString(bytes) : null;
}
