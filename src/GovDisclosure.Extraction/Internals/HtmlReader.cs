using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// A saved web page, parsed with AngleSharp: each table becomes a grid (rowspan and colspan expanded, a spanned
/// label repeated in every row and column it covers, a spanned figure counted once), each block of text a line.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "head", "svg", "iframe", "object" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "main", "nav",
        "aside", "blockquote", "pre", "dl", "dt", "dd", "center", "form", "fieldset", "figure", "figcaption", "hr", "address", "caption", "tr", "td", "th", "tbody", "thead", "tfoot",
    };

    public static SourceDocument Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var walker = new Walker();
        if (document.Title is { Length: > 0 } title)
        {
            walker.Add(title, document.QuerySelector("title")?.SourceReference?.Position.Line ?? 1);
        }

        if (document.Body is { } body)
        {
            walker.Walk(body, body.SourceReference?.Position.Line ?? 1);
            walker.Flush();
        }

        return new SourceDocument(InputKind.Html, walker.Tokens, gapsSeparateCells: false);
    }

    /// <summary>Tells whether a text is HTML (a tag of a page or a table near its start).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<table", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || (head.Contains("<p", StringComparison.OrdinalIgnoreCase) && head.Contains("</p>", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Collapses whitespace runs to one space (no-break spaces kept) and trims.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private sealed class Walker
    {
        private readonly StringBuilder _buffer = new();
        private int _line = 1;

        public List<Token> Tokens { get; } = TokenLists.Rent(512);

        public void Walk(IElement element, int line)
        {
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    if (_buffer.Length == 0)
                    {
                        _line = line;
                    }

                    _buffer.Append(text.Data);
                    continue;
                }

                if (child is not IElement childElement)
                {
                    continue;
                }

                var tag = childElement.LocalName;
                var childLine = childElement.SourceReference?.Position.Line ?? line;
                if (Skipped.Contains(tag))
                {
                    continue;
                }

                if (tag == "br")
                {
                    Flush();
                    continue;
                }

                if (childElement is IHtmlTableElement table && table.QuerySelector("table") is null)
                {
                    Flush();
                    EmitTable(table);
                    continue;
                }

                if (Blocks.Contains(tag))
                {
                    Flush();
                    Walk(childElement, childLine);
                    Flush();
                }
                else
                {
                    Walk(childElement, childLine);
                }
            }
        }

        public void Flush()
        {
            if (_buffer.Length == 0)
            {
                return;
            }

            var text = Collapse(_buffer.ToString()).Trim();
            _buffer.Clear();
            Add(text, _line);
        }

        public void Add(string text, int line)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return;
            }

            if (NumberParser.IsValueText(text))
            {
                Tokens.Add(new Token(TokenKind.Value, text, line));
                return;
            }

            RunTogether.Split(text, line, Tokens);
        }

        private void EmitTable(IHtmlTableElement table)
        {
            var grid = new List<GridCell?[]>();
            var width = 0;
            var rowIndex = 0;
            var rowLines = new List<int>();
            foreach (var row in table.Rows)
            {
                EnsureRow(grid, rowIndex);
                rowLines.Add(row.SourceReference?.Position.Line ?? 1);
                var column = 0;
                foreach (var cell in row.Cells)
                {
                    while (column < grid[rowIndex].Length && grid[rowIndex][column] is not null)
                    {
                        column++;
                    }

                    var rowSpan = Math.Clamp(cell.RowSpan <= 0 ? table.Rows.Length - rowIndex : cell.RowSpan, 1, 500);
                    var columnSpan = Math.Clamp(cell.ColumnSpan, 1, 100);
                    var text = Collapse(CellText(cell)).Trim();
                    var isValue = NumberParser.IsValueText(text);
                    for (var r = 0; r < rowSpan; r++)
                    {
                        EnsureRow(grid, rowIndex + r);
                        for (var c = 0; c < columnSpan; c++)
                        {
                            Place(grid, rowIndex + r, column + c, new GridCell(text, isValue, r > 0 || c > 0));
                            width = Math.Max(width, column + c + 1);
                        }
                    }

                    column += columnSpan;
                }

                rowIndex++;
            }

            for (var r = 0; r < grid.Count; r++)
            {
                var line = r < rowLines.Count ? rowLines[r] : rowLines.LastOrDefault(1);
                foreach (var cell in grid[r].AsSpan(0, width))
                {
                    if (cell is null)
                    {
                        Tokens.Add(new Token(TokenKind.Value, string.Empty, line));
                    }
                    else if (cell.IsValue)
                    {
                        if (!cell.IsCopy)
                        {
                            Tokens.Add(new Token(TokenKind.Value, cell.Text, line));
                        }
                    }
                    else
                    {
                        Tokens.Add(new Token(TokenKind.Text, cell.Text, line));
                    }
                }

                Tokens.Add(new Token(TokenKind.RowEnd, string.Empty, line));
            }

            Tokens.Add(new Token(TokenKind.TableEnd, string.Empty, rowLines.LastOrDefault(1)));
        }

        private static string CellText(IElement cell)
        {
            var builder = new StringBuilder();
            Append(cell, builder);
            return builder.ToString();

            static void Append(INode node, StringBuilder builder)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IText text)
                    {
                        builder.Append(text.Data);
                    }
                    else if (child is IElement element && !Skipped.Contains(element.LocalName))
                    {
                        Append(element, builder);
                    }
                }
            }
        }

        private static void EnsureRow(List<GridCell?[]> grid, int row)
        {
            while (grid.Count <= row)
            {
                grid.Add(grid.Count > 0 ? new GridCell?[grid[0].Length] : []);
            }
        }

        private static void Place(List<GridCell?[]> grid, int row, int column, GridCell cell)
        {
            if (column >= grid[row].Length)
            {
                // The rows grow together, doubling: a row of thousands of cells once made every row a copy per cell.
                var width = Math.Max(column + 1, grid[row].Length * 2);
                for (var r = 0; r < grid.Count; r++)
                {
                    if (grid[r].Length < width)
                    {
                        var wider = new GridCell?[width];
                        grid[r].CopyTo(wider, 0);
                        grid[r] = wider;
                    }
                }
            }

            grid[row][column] ??= cell;
        }
    }

    private sealed record GridCell(string Text, bool IsValue, bool IsCopy);
}
