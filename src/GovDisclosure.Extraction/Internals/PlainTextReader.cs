namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// Plain text as copied from a web page: a table flattened one cell per line (blank cells as empty or no-break-space
/// lines), or with the cells of a row run together (<c>行政许可3960181</c>), which this reader splits into a label and
/// a run of digits for the matcher to resolve.
/// </summary>
internal static class PlainTextReader
{
    public static SourceDocument Read(string text)
    {
        // About a token a line, more where cells ran together: room for one and a half a line.
        var tokens = TokenLists.Rent(text.AsSpan().Count('\n') * 3 / 2 + 16);
        var lineNumber = 0;
        var empty = 0;
        var nonEmpty = 0;
        foreach (var rawLine in new Lines(text))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\f').TrimStart('\f');
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                if (ContainsHardSpace(line))
                {
                    tokens.Add(new Token(TokenKind.Value, string.Empty, lineNumber));
                    nonEmpty++;
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Gap, string.Empty, lineNumber));
                    empty++;
                }

                continue;
            }

            nonEmpty++;
            if (NumberParser.IsValueText(trimmed))
            {
                tokens.Add(new Token(TokenKind.Value, trimmed.ToString(), lineNumber));
                continue;
            }

            RunTogether.Split(trimmed, lineNumber, tokens);
        }

        return new SourceDocument(InputKind.Text, tokens, gapsSeparateCells: empty * 3 >= nonEmpty * 2);
    }

    private static bool ContainsHardSpace(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is '\u00a0' or '\u3000')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Splits a line in which a scraper ran a row's cells together into text and runs of digits.</summary>
internal static class RunTogether
{
    /// <summary>Characters that, right after digits, make them a quantity in prose or a date rather than table cells.</summary>
    private const string ProseAfter = "年月日号时分秒条件个项次份篇户宗家起期场层%‰余多万亿人名位岁元度周天";

    public static void Split(ReadOnlySpan<char> line, int lineNumber, List<Token> tokens)
    {
        var textStart = 0;
        var lastEnumerator = 0;
        var i = 0;

        // Only ASCII and full-width digits fold to digits: in a line without full-width ones, the next ASCII digit is looked for at once.
        var fullWidthDigits = line.IndexOfAnyInRange('０', '９') >= 0;
        while (i < line.Length)
        {
            if (!fullWidthDigits)
            {
                var next = line[i..].IndexOfAnyInRange('0', '9');
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var c = Labels.Fold(line[i]);
            if (!char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            // A run: digits, with spaces, no-break spaces, decimal points and thousands separators between digits.
            var start = i;
            var end = i;
            var j = i;
            while (j < line.Length)
            {
                var d = Labels.Fold(line[j]);
                if (char.IsAsciiDigit(d))
                {
                    end = j + 1;
                    j++;
                }
                else if ((d == ' ' || d == '.' || d == ',') && end == j)
                {
                    j++;
                }
                else if (d == ' ')
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            var before = start > 0 ? Labels.Fold(line[start - 1]) : '\0';
            var after = end < line.Length ? Labels.Fold(line[end]) : '\0';
            if (after == ' ' && j < line.Length)
            {
                after = Labels.Fold(line[j]); // "2023 年": what follows the spaces decides
            }

            var afterNext = end + 1 < line.Length ? Labels.Fold(line[end + 1]) : '\0';
            var digits = line[start..end];

            var numbersNext = (after == '.' || after == '、') && afterNext != '\0' && !char.IsAsciiDigit(afterNext) && afterNext != ' ';
            if (numbersNext && digits.Length <= 2 && digits.IndexOf(' ') < 0)
            {
                // "1.网站公开": only a numbering; the sequence restarts or goes on from it.
                lastEnumerator = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
                i = end;
                continue;
            }

            if (char.IsAsciiLetter(before) || before is '-' or '/' or ':' or '_' or '#' or '@' or '第' or '.' or '~')
            {
                i = end;
                continue;
            }

            // "…数条41815092.政府公报…": the last digits number the next row.
            var enumerator = 0;
            if (numbersNext)
            {
                enumerator = EnumeratorLength(digits, lastEnumerator, out var value);
                if (enumerator > 0)
                {
                    lastEnumerator = value;
                    digits = digits[..^enumerator];
                    digits = digits.TrimEnd();
                    if (digits.IsEmpty)
                    {
                        i = end;
                        continue;
                    }
                }
                else
                {
                    i = end;
                    continue;
                }
            }
            else if (after != '\0' && !IsCellEnd(after, afterNext))
            {
                i = end;
                continue;
            }

            var runEnd = start + digits.Length;
            if (enumerator == 0 && after == '元')
            {
                runEnd = end + 1; // the unit belongs to the cell
            }
            else if (enumerator == 0 && after == '万' && afterNext == '元')
            {
                runEnd = end + 2;
            }

            if (start > textStart)
            {
                var text = line[textStart..start].Trim();
                if (!text.IsEmpty)
                {
                    tokens.Add(new Token(TokenKind.Text, text.ToString(), lineNumber));
                }
            }

            tokens.Add(new Token(TokenKind.Digits, line[start..runEnd].ToString(), lineNumber));
            textStart = enumerator > 0 ? start + digits.Length : runEnd;
            if (enumerator > 0)
            {
                // skip the spaces trimmed off before the numbering
                while (textStart < line.Length && Labels.Fold(line[textStart]) == ' ')
                {
                    textStart++;
                }
            }

            i = Math.Max(end, runEnd);
        }

        if (textStart < line.Length)
        {
            var text = line[textStart..].Trim();
            if (!text.IsEmpty)
            {
                tokens.Add(new Token(TokenKind.Text, text.ToString(), lineNumber));
            }
        }
    }

    /// <summary>How many trailing digits of a run number the next row (1 or 2), given the previous numbering; 0 when none fits.</summary>
    private static int EnumeratorLength(ReadOnlySpan<char> run, int previous, out int value)
    {
        value = 0;
        var digits = new string([.. run.ToArray().Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return 0;
        }

        var one = digits[^1] - '0';
        var two = digits.Length >= 2 ? ((digits[^2] - '0') * 10) + one : -1;
        if (two == previous + 1 && two >= 10)
        {
            value = two;
            return 2;
        }

        if (one == previous + 1 || one == 1)
        {
            value = one;
            return 1;
        }

        if (digits.Length == 1 && one > 0)
        {
            value = one;
            return 1;
        }

        return 0;
    }

    /// <summary>Tells whether the character after a run ends a table cell (a label, a unit of money, an opening parenthesis) rather than a quantity in prose.</summary>
    private static bool IsCellEnd(char after, char afterNext) =>
        after == '元' || (after == '万' && afterNext == '元')
        || (!ProseAfter.Contains(after, StringComparison.Ordinal) && after is not ('-' or '/' or ':' or '.' or ',' or ';' or '%') && !char.IsAsciiLetter(after));
}
