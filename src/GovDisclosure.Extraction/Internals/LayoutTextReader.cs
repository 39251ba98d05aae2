namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// Text from <c>pdftotext -layout</c>: columns aligned by spaces, row labels wrapped over several lines, vertical group
/// labels split character by character, page numbers and page breaks inside tables. A line whose last segments are
/// figures is a row; its label is the text on the line, joined with the text aligned with it on the lines above
/// (up to a numbered start) and below (until the next row), offered to the matcher as parts.
/// </summary>
internal static class LayoutTextReader
{
    private const int Tolerance = 2;

    public static SourceDocument Read(string text)
    {
        var lines = new List<Line>();
        var number = 0;
        foreach (var raw in new Lines(text))
        {
            number++;
            // A line is read in place; only one with a form feed in it is copied without it.
            lines.Add(raw.Contains('\f') ? Parse(raw.ToString().Replace("\f", string.Empty, StringComparison.Ordinal), number) : Parse(raw, number));
        }

        var consumed = new HashSet<(int Line, int Segment)>();
        var labels = new Dictionary<int, (List<Segment> Above, List<Segment> Below)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].FirstValue >= 0)
            {
                labels[i] = CollectLabel(lines, i, consumed);
            }
        }

        var tokens = TokenLists.Rent(lines.Count * 4);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsPageNumber)
            {
                continue;
            }

            if (line.Segments.Count == 0)
            {
                continue;
            }

            if (line.FirstValue < 0)
            {
                for (var s = 0; s < line.Segments.Count; s++)
                {
                    if (!consumed.Contains((i, s)))
                    {
                        tokens.Add(new Token(TokenKind.Text, line.Segments[s].Text, line.Number, line.Segments[s].Column));
                    }
                }

                continue;
            }

            var (above, below) = labels[i];
            foreach (var segment in above)
            {
                tokens.Add(new Token(TokenKind.Text, segment.Text, segment.Line, segment.Column));
            }

            for (var s = 0; s < line.FirstValue; s++)
            {
                tokens.Add(new Token(TokenKind.Text, line.Segments[s].Text, line.Number, line.Segments[s].Column));
            }

            foreach (var segment in below)
            {
                tokens.Add(new Token(TokenKind.Text, segment.Text, segment.Line, segment.Column));
            }

            for (var s = line.FirstValue; s < line.Segments.Count; s++)
            {
                tokens.Add(new Token(TokenKind.Value, line.Segments[s].Text, line.Number, line.Segments[s].Column));
            }

            tokens.Add(new Token(TokenKind.RowEnd, string.Empty, line.Number));
        }

        return new SourceDocument(InputKind.Layout, tokens, gapsSeparateCells: false);
    }

    /// <summary>Tells whether a text looks like <c>pdftotext -layout</c> output: many lines with cells separated by wide runs of spaces.</summary>
    public static bool LooksLikeLayout(string text)
    {
        // Without three spaces in a row no line is wide: the lines need not be looked at.
        if (!text.Contains("   ", StringComparison.Ordinal))
        {
            return false;
        }

        var wide = 0;
        var lines = 0;
        foreach (var line in new Lines(text))
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            lines++;
            if (trimmed.Contains("   ", StringComparison.Ordinal))
            {
                wide++;
            }
        }

        return wide >= 8 && wide * 10 >= lines;
    }

    private static (List<Segment> Above, List<Segment> Below) CollectLabel(List<Line> lines, int index, HashSet<(int, int)> consumed)
    {
        var line = lines[index];
        var above = new List<Segment>();
        var below = new List<Segment>();
        int column;
        bool numbered;
        if (line.FirstValue > 0)
        {
            var own = line.Segments[line.FirstValue - 1];
            column = own.Column;
            numbered = StartsWithNumbering(own.Text);
        }
        else
        {
            // No text on the row's line: the label is wrapped around it; take the nearest text line above.
            var found = -1;
            for (var k = index - 1; k >= 0 && k >= index - 3; k--)
            {
                if (lines[k].FirstValue >= 0)
                {
                    break;
                }

                if (lines[k].Segments.Count > 0 && !lines[k].IsPageNumber)
                {
                    found = k;
                    break;
                }
            }

            if (found < 0)
            {
                return (above, below);
            }

            var segmentIndex = lines[found].Segments.Count - 1;
            var segment = lines[found].Segments[segmentIndex];
            if (consumed.Contains((found, segmentIndex)))
            {
                return (above, below);
            }

            consumed.Add((found, segmentIndex));
            above.Add(segment);
            column = segment.Column;
            numbered = StartsWithNumbering(segment.Text);
            index = found;
        }

        // Upwards: the start of a wrapped label, up to a segment that starts with a numbering; parts are at most two lines apart.
        var nearest = index;
        for (var k = index - 1; !numbered && k >= 0 && k >= nearest - 2; k--)
        {
            if (lines[k].FirstValue >= 0)
            {
                break;
            }

            var s = Aligned(lines[k], column);
            if (s < 0 || consumed.Contains((k, s)))
            {
                continue;
            }

            if (IsCaption(lines[k].Segments[s].Text))
            {
                break;
            }

            nearest = k;
            consumed.Add((k, s));
            above.Insert(0, lines[k].Segments[s]);
            numbered = StartsWithNumbering(lines[k].Segments[s].Text);
        }

        // Downwards: continuations up to the next row or the next numbered segment.
        var rowLine = line.Number;
        var last = rowLine - 1; // lines are numbered from 1, one entry each
        for (var k = last + 1; k < lines.Count && k <= last + 2; k++)
        {
            if (lines[k].FirstValue >= 0)
            {
                break;
            }

            var s = Aligned(lines[k], column);
            if (s < 0 || consumed.Contains((k, s)))
            {
                continue;
            }

            if (StartsWithNumbering(lines[k].Segments[s].Text) || IsCaption(lines[k].Segments[s].Text) || IsNextRowLabel(lines, k))
            {
                break;
            }

            last = k;
            consumed.Add((k, s));
            below.Add(lines[k].Segments[s]);
        }

        return (above, below);
    }

    /// <summary>Tells whether the line's text is the label of a row printed on a later line (a numbered row whose figures follow).</summary>
    private static bool IsNextRowLabel(List<Line> lines, int k)
    {
        for (var j = k + 1; j < lines.Count && j <= k + 2; j++)
        {
            if (lines[j].FirstValue == 0)
            {
                return true;
            }

            if (lines[j].Segments.Count > 0)
            {
                return false;
            }
        }

        return false;
    }

    private static int Aligned(Line line, int column)
    {
        for (var s = 0; s < line.Segments.Count; s++)
        {
            if (Math.Abs(line.Segments[s].Column - column) <= Tolerance)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>Tells whether a text is a block caption or a column heading rather than part of a row label (第二十条第（五）项, 信息内容).</summary>
    private static bool IsCaption(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        ReadOnlySpan<char> surface = buffer[..Labels.Surface(text, buffer)];
        return (surface.StartsWith('第') && surface.Contains('条')) || surface is "信息内容" or "项目" or "指标" or "指标名称";
    }

    private static bool StartsWithNumbering(string text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        ReadOnlySpan<char> surface = buffer[..Labels.Surface(text, buffer)];
        return Labels.StripNumbering(surface).Length != surface.Length || surface.StartsWith("其中", StringComparison.Ordinal);
    }

    private static Line Parse(ReadOnlySpan<char> text, int number)
    {
        var segments = new List<Segment>();
        var column = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ' || text[i] == '\t' || text[i] == '\u3000' || text[i] == '\u00a0')
            {
                column += Width(text[i]);
                i++;
                continue;
            }

            var start = i;
            var startColumn = column;
            var end = i;
            while (i < text.Length)
            {
                if (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00a0' || text[i] == '\u3000')
                {
                    // One space stays inside a segment; two or more (or a tab) end it.
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    if (text[i] != ' ' || next is ' ' or '\t' or '\u00a0' or '\u3000')
                    {
                        break;
                    }
                }

                column += Width(text[i]);
                i++;
                end = i;
            }

            segments.Add(new Segment(text[start..end].Trim().ToString(), number, startColumn));
        }

        var line = new Line(number, segments);
        var trimmed = text.Trim();
        line.IsPageNumber = IsPageNumber(trimmed);
        if (!line.IsPageNumber)
        {
            // A row: its last segments are figures (or blank markers), at least one of them a number.
            var first = segments.Count;
            var numbers = 0;
            var runs = false;
            for (var s = segments.Count - 1; s >= 0; s--)
            {
                var parsed = NumberParser.Parse(segments[s].Text);
                if (parsed.Kind == CellTextKind.Text)
                {
                    // "3 0" kept as one segment: several figures separated by single spaces.
                    if (AllNumbers(segments[s].Text))
                    {
                        first = s;
                        numbers++;
                        runs = true;
                        continue;
                    }

                    break;
                }

                first = s;
                if (parsed.Kind == CellTextKind.Number)
                {
                    numbers++;
                }
            }

            line.FirstValue = numbers > 0 ? first : -1;
            if (line.FirstValue >= 0 && runs)
            {
                // split segments such as "3 0" into separate cells
                var expanded = new List<Segment>(segments.Count);
                for (var s = 0; s < segments.Count; s++)
                {
                    if (s >= line.FirstValue && NumberParser.Parse(segments[s].Text).Kind == CellTextKind.Text)
                    {
                        var offset = segments[s].Column;
                        foreach (var part in segments[s].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            expanded.Add(new Segment(part, number, offset));
                            offset += part.Length + 1;
                        }
                    }
                    else
                    {
                        expanded.Add(segments[s]);
                    }
                }

                line.Segments = expanded;
            }
        }

        return line;
    }

    /// <summary>Tells whether a text is two or more figures separated by spaces (read in place: most texts are not).</summary>
    private static bool AllNumbers(string text)
    {
        var parts = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var part = text.AsSpan(range);
            if (part.IsEmpty)
            {
                continue;
            }

            if (NumberParser.Parse(part).Kind != CellTextKind.Number)
            {
                return false;
            }

            parts++;
        }

        return parts > 1;
    }

    private static bool IsPageNumber(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length is 0 or > 12)
        {
            return false;
        }

        var core = trimmed.Trim("-—– －");
        if (core.Length == trimmed.Length)
        {
            return core.StartsWith('第') && core.EndsWith('页');
        }

        return core.Length > 0 && !core.ContainsAnyExcept(AsciiDigits);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    private static int Width(char c) => c >= '\u2e80' ? 2 : 1;

    private sealed class Line(int number, List<Segment> segments)
    {
        public int Number { get; } = number;

        public List<Segment> Segments { get; set; } = segments;

        public int FirstValue { get; set; } = -1;

        public bool IsPageNumber { get; set; }
    }

    private readonly record struct Segment(string Text, int Line, int Column);
}
