namespace GovDisclosure.Extraction.Internals;

/// <summary>Markdown: pipe tables (each row a printed row, cells positional) and the text around them.</summary>
internal static class MarkdownReader
{
    public static SourceDocument Read(string text)
    {
        var tokens = TokenLists.Rent(256);
        var number = 0;
        var inTable = false;
        foreach (var raw in new Lines(text))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && line[0] == '|')
            {
                inTable = true;
                if (IsSeparator(line))
                {
                    continue;
                }

                foreach (var cell in Cells(line))
                {
                    var content = Unmark(cell);
                    tokens.Add(NumberParser.IsValueText(content) || content.Length == 0
                        ? new Token(TokenKind.Value, content, number)
                        : new Token(TokenKind.Text, content, number));
                }

                tokens.Add(new Token(TokenKind.RowEnd, string.Empty, number));
                continue;
            }

            if (inTable)
            {
                tokens.Add(new Token(TokenKind.TableEnd, string.Empty, number));
                inTable = false;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            var content2 = Unmark(line.TrimStart('#').TrimStart('>').Trim().ToString());
            if (content2.Length > 0)
            {
                tokens.Add(new Token(TokenKind.Text, content2, number));
            }
        }

        if (inTable)
        {
            tokens.Add(new Token(TokenKind.TableEnd, string.Empty, number));
        }

        return new SourceDocument(InputKind.Markdown, tokens, gapsSeparateCells: false);
    }

    /// <summary>Tells whether a text holds a Markdown pipe table (a row followed by a separator row).</summary>
    public static bool LooksLikeMarkdown(string text)
    {
        // Without a '|' no line can be a row: the lines need not be looked at.
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return false;
        }

        var previousWasRow = false;
        foreach (var raw in new Lines(text))
        {
            var line = raw.Trim();
            if (previousWasRow && IsSeparator(line))
            {
                return true;
            }

            previousWasRow = line.Length > 1 && line[0] == '|';
        }

        return false;
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] != '|')
        {
            return false;
        }

        foreach (var c in line)
        {
            if (c is not ('|' or '-' or ':' or ' '))
            {
                return false;
            }
        }

        return line.Contains('-');
    }

    private static List<string> Cells(ReadOnlySpan<char> line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var body = line[1..];
        if (body.Length > 0 && body[^1] == '|')
        {
            body = body[..^1];
        }

        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] == '|')
            {
                current.Append('|');
                i++;
            }
            else if (body[i] == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(body[i]);
            }
        }

        cells.Add(current.ToString().Trim());
        return cells;
    }

    private static string Unmark(string text) =>
        text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("<br>", string.Empty, StringComparison.Ordinal)
            .Replace("<br/>", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal).Trim();
}
