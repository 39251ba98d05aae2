using System.Globalization;
using GovDisclosure.Catalog;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// The ways a run of digits (<c>3960181</c>) can be split into a row's cells: every cell a number with no leading
/// zero, a decimal point only inside a money cell, and a cut wherever the run had a space (a space never falls inside
/// a printed figure).
/// </summary>
internal static class Splitter
{
    /// <summary>More candidates than this are not enumerated: the row is ambiguous.</summary>
    public const int Limit = 20000;

    /// <summary>
    /// The longest text of one cell: 18 significant digits and a decimal point, or <c>0.</c> and 18 decimal places. A run
    /// longer than this many characters per cell has no split, and no part longer than it is tried: the search stays
    /// bounded by the row, not by the length of the run (a run of 60,000 digits took seconds).
    /// </summary>
    public const int MaxCellLength = 20;

    /// <summary>
    /// Splits a run into cells of the given kinds, keeping each candidate as the places of its cuts: each part is cut
    /// and read once, whatever number of candidates hold it.
    /// </summary>
    /// <param name="run">The run as printed (digits, spaces, a decimal point, a trailing 元 or 万元).</param>
    /// <param name="kinds">The cells' kinds, in column order.</param>
    /// <param name="unit">The unit printed at the end of the run, if any.</param>
    /// <param name="truncated">Set when there were more candidates than <see cref="Limit"/>.</param>
    /// <returns>The candidates, in the order of the search (the first cell shortest first), at most <see cref="Limit"/>.</returns>
    public static Splits Cut(string run, IReadOnlyList<ValueKind> kinds, out MoneyUnit? unit, out bool truncated)
    {
        unit = null;
        var text = run.AsSpan().Trim();
        if (text.EndsWith("万元", StringComparison.Ordinal))
        {
            unit = MoneyUnit.TenThousandYuan;
            text = text[..^2];
        }
        else if (text.EndsWith('元'))
        {
            unit = MoneyUnit.Yuan;
            text = text[..^1];
        }

        // The digits and decimal points, and after which of them the run had a space or a comma.
        var chars = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var cutAfter = new bool[text.Length];
        var count = 0;
        foreach (var raw in text)
        {
            var c = Labels.Fold(raw);
            if (char.IsAsciiDigit(c) || c == '.')
            {
                chars[count++] = c;
            }
            else if ((c == ' ' || c == ',') && count > 0)
            {
                cutAfter[count - 1] = true;
            }
        }

        truncated = false;
        if (count == 0 || kinds.Count == 0)
        {
            return Splits.None;
        }

        if (count > (long)kinds.Count * MaxCellLength)
        {
            return Splits.None;
        }

        var cellKinds = kinds as ValueKind[] ?? [.. kinds];
        var digits = new string(chars[..count]);
        var results = new Splits(digits, cellKinds.Length);
        var starts = new int[cellKinds.Length + 1];
        var stop = false;

        // Whether the rest of the run, from a place (position, cell), can be cut into the remaining cells, worked out once
        // for each place the search reaches (0 not yet, 1 yes, -1 no): the search then steps only into parts from which a
        // split reaches the end, so its steps are bounded by the candidates it lists (a run with no split used to take
        // 20^(cells-1) steps).
        var finishes = new sbyte[digits.Length + 1, cellKinds.Length + 1];

        Search(0, 0);
        truncated = stop;
        return results;

        void Search(int position, int cell)
        {
            if (stop || !Finishes(position, cell))
            {
                return;
            }

            if (cell == cellKinds.Length)
            {
                if (results.Count >= Limit)
                {
                    stop = true;
                    return;
                }

                starts[cellKinds.Length] = digits.Length;
                results.Add(starts);
                return;
            }

            for (var end = FirstEnd(position, cell, position + 1); end > 0 && !stop; end = FirstEnd(position, cell, end + 1))
            {
                starts[cell] = position;
                Search(end, cell + 1);
            }
        }

        bool Finishes(int position, int cell)
        {
            if (cell == cellKinds.Length)
            {
                return position == digits.Length;
            }

            if (finishes[position, cell] == 0)
            {
                finishes[position, cell] = FirstEnd(position, cell, position + 1) > 0 ? (sbyte)1 : (sbyte)-1;
            }

            return finishes[position, cell] > 0;
        }

        // The first end, from the one given, of a part that is a cell of its kind from which the rest can be cut; 0 if none.
        int FirstEnd(int position, int cell, int from)
        {
            var last = Math.Min(digits.Length, position + MaxCellLength);
            for (var end = from; end <= last; end++)
            {
                // A space inside the part: every later end has it inside too.
                if (end - 1 > position && cutAfter[end - 2])
                {
                    return 0;
                }

                // A place already known not to finish is passed over before the part is tested as a cell.
                if ((cell + 1 == cellKinds.Length || finishes[end, cell + 1] >= 0)
                    && IsCell(digits.AsSpan(position, end - position), cellKinds[cell]) && Finishes(end, cell + 1))
                {
                    return end;
                }
            }

            return 0;
        }
    }

    /// <summary>Reads a cell's text as a number.</summary>
    public static decimal Value(string part) => Value(part.AsSpan());

    /// <summary>Reads a cell's text as a number.</summary>
    public static decimal Value(ReadOnlySpan<char> part) => decimal.Parse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static bool IsCell(ReadOnlySpan<char> part, ValueKind kind)
    {
        if (part[0] == '.' || part[^1] == '.')
        {
            return false;
        }

        var point = part.IndexOf('.');
        if (point >= 0 && (kind != ValueKind.Money || part[(point + 1)..].Contains('.')))
        {
            return false;
        }

        if (point < 0)
        {
            // A whole number: no leading zero and at most 18 digits (the largest a cell holds is 18 nines). Checked
            // without parsing: the splitter tries thousands of parts.
            return part.Length <= 18 && !(part.Length > 1 && part[0] == '0');
        }

        // A cell holds at most 18 significant digits: a longer run of digits is no cell (and no decimal).
        return !(part.Length > 1 && part[0] == '0' && part[1] != '.')
            && decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && CellValue.TryFromDecimal(value, out _);
    }
}

/// <summary>
/// The candidates of one run, each kept as where its cells start (one array, candidate after candidate). The figures
/// are read for all the candidates when first asked for, each part once; the texts are cut when asked for.
/// </summary>
internal sealed class Splits : IReadOnlyList<string[]>
{
    /// <summary>The candidates past which the figures of parts shared by candidates are read once.</summary>
    private const int SharedFrom = 8;

    private readonly string _digits;
    private readonly int _width;
    private int[] _starts;
    private decimal[]? _figures;

    /// <summary>Initializes a new instance of the <see cref="Splits"/> class.</summary>
    /// <param name="digits">The run's digits and decimal points, without spaces.</param>
    /// <param name="width">The cells of each candidate.</param>
    public Splits(string digits, int width)
    {
        _digits = digits;
        _width = width;
        _starts = new int[(width + 1) * 4];
    }

    /// <summary>Gets no candidates.</summary>
    public static Splits None { get; } = new(string.Empty, 0);

    /// <summary>Gets the number of candidates.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a candidate's texts, a new array each time.</summary>
    /// <param name="index">The candidate.</param>
    public string[] this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var texts = new string[_width];
            for (var cell = 0; cell < _width; cell++)
            {
                texts[cell] = Text(index, cell);
            }

            return texts;
        }
    }

    /// <summary>Adds a candidate.</summary>
    /// <param name="starts">Where each cell starts, and the end of the run last.</param>
    public void Add(int[] starts)
    {
        var at = Count * (_width + 1);
        if (at + _width + 1 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        Array.Copy(starts, 0, _starts, at, _width + 1);
        Count++;
        _figures = null;
    }

    /// <summary>A candidate's text of one cell.</summary>
    /// <param name="index">The candidate.</param>
    /// <param name="cell">The cell.</param>
    public string Text(int index, int cell)
    {
        var (start, length) = Part(index, cell);
        return _digits.Substring(start, length);
    }

    /// <summary>A candidate's text of one cell, as a span of the run's digits.</summary>
    /// <param name="index">The candidate.</param>
    /// <param name="cell">The cell.</param>
    public ReadOnlySpan<char> TextSpan(int index, int cell)
    {
        var (start, length) = Part(index, cell);
        return _digits.AsSpan(start, length);
    }

    /// <summary>A candidate's figure in one cell: <see cref="Splitter.Value(ReadOnlySpan{char})"/> of its text.</summary>
    /// <param name="index">The candidate.</param>
    /// <param name="cell">The cell.</param>
    public decimal Value(int index, int cell) => (_figures ??= ReadFigures())[(index * _width) + cell];

    /// <inheritdoc/>
    public IEnumerator<string[]> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc/>
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Key(int start, int length) => (start * (Splitter.MaxCellLength + 1)) + length;

    private decimal[] ReadFigures()
    {
        var figures = new decimal[Count * _width];

        // A few candidates read their parts as they come; many share their parts, each read once.
        var read = Count > SharedFrom ? new Dictionary<int, decimal>() : null;
        for (var i = 0; i < Count; i++)
        {
            for (var cell = 0; cell < _width; cell++)
            {
                var (start, length) = Part(i, cell);
                var key = Key(start, length);
                if (read is null || !read.TryGetValue(key, out var figure))
                {
                    figure = Splitter.Value(_digits.AsSpan(start, length));
                    read?.Add(key, figure);
                }

                figures[(i * _width) + cell] = figure;
            }
        }

        return figures;
    }

    private (int Start, int Length) Part(int index, int cell)
    {
        var at = (index * (_width + 1)) + cell;
        return (_starts[at], _starts[at + 1] - _starts[at]);
    }
}
