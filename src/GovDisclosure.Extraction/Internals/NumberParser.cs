using System.Globalization;

namespace GovDisclosure.Extraction.Internals;

/// <summary>What a printed cell holds.</summary>
internal enum CellTextKind
{
    /// <summary>A number.</summary>
    Number,

    /// <summary>Printed empty or with a blank marker (<c>/</c>, <c>—</c>, <c>无</c> …).</summary>
    Blank,

    /// <summary>Neither: text.</summary>
    Text,
}

/// <summary>A parsed cell: its kind, the number as printed and the unit printed inside the cell.</summary>
internal readonly record struct ParsedCell(CellTextKind Kind, decimal Value, MoneyUnit? Unit, bool HasSign, bool HasUnit)
{
    public static ParsedCell Blank => new(CellTextKind.Blank, 0, null, false, false);

    public static ParsedCell Text => new(CellTextKind.Text, 0, null, false, false);
}

/// <summary>
/// Reads the figure of a printed cell: full-width digits, thousands separators, signs, decimals, a unit inside the
/// cell (<c>251000元</c>, <c>12件</c>) and the blank markers of the formats (empty, <c>/</c>, <c>-</c>, <c>—</c>,
/// <c>--</c>, <c>无</c>, <c>不适用</c>, <c>不涉及</c>).
/// </summary>
internal static class NumberParser
{
    private static readonly string[] CountUnits = ["人次", "件", "条", "个", "项", "次", "份", "篇", "户", "宗", "家", "起", "期", "场"];

    /// <summary>Parses a cell's text.</summary>
    public static ParsedCell Parse(ReadOnlySpan<char> raw)
    {
        // Most cells are plain ASCII digits: read at once, as the general path below would read them.
        if (raw.Length is > 0 and <= 18)
        {
            var plain = 0L;
            var i = 0;
            for (; i < raw.Length; i++)
            {
                var digit = unchecked((uint)(raw[i] - '0'));
                if (digit > 9)
                {
                    break;
                }

                plain = (plain * 10) + digit;
            }

            if (i == raw.Length)
            {
                // A figure has no leading zero.
                return raw.Length > 1 && raw[0] == '0' ? ParsedCell.Text : new ParsedCell(CellTextKind.Number, plain, null, false, false);
            }
        }

        var first = raw.TrimStart();
        if (first.IsEmpty)
        {
            return ParsedCell.Blank;
        }

        // A cell holds a figure or a marker: short, starting with a digit, a sign or a marker's first character.
        var start = Labels.Fold(first[0]);
        if (first.Length > 40 || !(char.IsAsciiDigit(start) || start is '+' or '-' or '/' or '\\' or '_' or '×' or 'x' or 'X' or '无' or '不' or ' '))
        {
            return ParsedCell.Text;
        }

        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        var spaceAfterDigit = false;
        foreach (var c in raw)
        {
            var folded = Labels.Fold(c);
            if (folded == '\0' || char.IsWhiteSpace(folded))
            {
                spaceAfterDigit |= length > 0 && char.IsAsciiDigit(buffer[length - 1]);
                continue;
            }

            if (spaceAfterDigit && char.IsAsciiDigit(folded))
            {
                return ParsedCell.Text; // "3 000": two figures, or one with a space inside; not guessed
            }

            spaceAfterDigit = false;
            buffer[length++] = folded;
        }

        var text = buffer[..length];
        if (text.IsEmpty || IsBlankMarker(text))
        {
            return ParsedCell.Blank;
        }

        MoneyUnit? unit = null;
        var hasUnit = false;
        if (text.EndsWith("万元"))
        {
            unit = MoneyUnit.TenThousandYuan;
            text = text[..^2];
            hasUnit = true;
        }
        else if (text.EndsWith("元"))
        {
            unit = MoneyUnit.Yuan;
            text = text[..^1];
            hasUnit = true;
        }
        else
        {
            foreach (var countUnit in CountUnits)
            {
                if (text.EndsWith(countUnit) && text.Length > countUnit.Length)
                {
                    text = text[..^countUnit.Length];
                    hasUnit = true;
                    break;
                }
            }
        }

        var hasSign = false;
        var negative = false;
        if (!text.IsEmpty && text[0] is '+' or '-')
        {
            hasSign = true;
            negative = text[0] == '-';
            text = text[1..];
        }

        return TryDigits(text, out var value)
            ? new ParsedCell(CellTextKind.Number, negative ? -value : value, unit, hasSign, hasUnit)
            : ParsedCell.Text;
    }

    /// <summary>Tells whether a whole line is a figure or a blank marker (a cell of a table flattened one per line).</summary>
    public static bool IsValueText(ReadOnlySpan<char> raw) => Parse(raw).Kind != CellTextKind.Text;

    /// <summary>Tells whether a folded, whitespace-free text is one of the blank markers.</summary>
    public static bool IsBlankMarker(ReadOnlySpan<char> text) =>
        text is "/" or "\\" or "-" or "--" or "---" or "无" or "不适用" or "不涉及" or "—" or "——" or "_" or "×" or "x" or "X";

    /// <summary>Reads digits with optional thousands separators (groups of three) and one decimal point.</summary>
    private static bool TryDigits(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (point >= 0 && (fraction.IsEmpty || !IsDigits(fraction)))
        {
            return false;
        }

        Span<char> digits = stackalloc char[Math.Min(64, text.Length)];
        if (text.Length > 64)
        {
            return false;
        }

        var count = 0;
        if (whole.Contains(','))
        {
            var groups = whole.ToString().Split(',');
            if (groups[0].Length is 0 or > 3 || !IsDigits(groups[0]))
            {
                return false;
            }

            for (var i = 1; i < groups.Length; i++)
            {
                if (groups[i].Length != 3 || !IsDigits(groups[i]))
                {
                    return false;
                }
            }

            foreach (var group in groups)
            {
                group.AsSpan().CopyTo(digits[count..]);
                count += group.Length;
            }
        }
        else
        {
            if (!IsDigits(whole))
            {
                return false;
            }

            whole.CopyTo(digits);
            count = whole.Length;
        }

        if (count > 1 && digits[0] == '0')
        {
            return false; // a figure has no leading zero
        }

        if (point >= 0)
        {
            digits[count++] = '.';
            fraction.CopyTo(digits[count..]);
            count += fraction.Length;
        }

        return count <= 30 && decimal.TryParse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
