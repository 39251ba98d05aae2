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

    /// <summary>Splits a run into cells of the given kinds.</summary>
    /// <param name="run">The run as printed (digits, spaces, a decimal point, a trailing 元 or 万元).</param>
    /// <param name="kinds">The cells' kinds, in column order.</param>
    /// <param name="unit">The unit printed at the end of the run, if any.</param>
    /// <param name="truncated">Set when there were more candidates than <see cref="Limit"/>.</param>
    /// <returns>The candidates, each the cells' texts.</returns>
    public static List<string[]> Split(string run, IReadOnlyList<ValueKind> kinds, out MoneyUnit? unit, out bool truncated) =>
        Split(run, kinds, out unit, out truncated, out _);

    /// <summary>Splits a run into cells of the given kinds, with each candidate's figures.</summary>
    /// <param name="run">The run as printed (digits, spaces, a decimal point, a trailing 元 or 万元).</param>
    /// <param name="kinds">The cells' kinds, in column order.</param>
    /// <param name="unit">The unit printed at the end of the run, if any.</param>
    /// <param name="truncated">Set when there were more candidates than <see cref="Limit"/>.</param>
    /// <param name="values">Each candidate's figures (<see cref="Value"/> of its texts), in the order of the candidates.</param>
    /// <returns>The candidates, each the cells' texts.</returns>
    public static List<string[]> Split(string run, IReadOnlyList<ValueKind> kinds, out MoneyUnit? unit, out bool truncated, out List<decimal[]> values)
    {
        unit = null;
        var text = run.Trim();
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

        var chars = new List<char>(text.Length);
        var cutAfter = new List<bool>(text.Length);
        foreach (var raw in text)
        {
            var c = Labels.Fold(raw);
            if (char.IsAsciiDigit(c) || c == '.')
            {
                chars.Add(c);
                cutAfter.Add(false);
            }
            else if ((c == ' ' || c == ',') && chars.Count > 0)
            {
                cutAfter[^1] = true;
            }
        }

        var results = new List<string[]>();
        var figures = new List<decimal[]>();
        values = figures;
        truncated = false;
        if (chars.Count == 0 || kinds.Count == 0)
        {
            return results;
        }

        if (chars.Count > (long)kinds.Count * MaxCellLength)
        {
            return results;
        }

        var digits = new string([.. chars]);
        var parts = new string[kinds.Count];
        var partValues = new decimal[kinds.Count];
        var stop = false;

        // A part (start, length) is cut and parsed once, however many candidates hold it.
        var texts = new string?[digits.Length, MaxCellLength + 1];
        var numbers = new decimal[digits.Length, MaxCellLength + 1];

        // Whether the rest of the run, from a place (position, cell), can be cut into the remaining cells, worked out
        // backwards once for every place: the search then steps only into parts from which a split reaches the end, so
        // its steps are bounded by the candidates it lists (a run with no split used to take 20^(cells-1) steps). A
        // part (start, length) is tested as a cell of each kind once.
        var finishes = new bool[digits.Length + 1, kinds.Count + 1];
        var fits = new bool[kinds.Count][,];
        finishes[digits.Length, kinds.Count] = true;
        for (var cell = kinds.Count - 1; cell >= 0; cell--)
        {
            fits[cell] = new bool[digits.Length, MaxCellLength + 1];
            for (var position = digits.Length - 1; position >= 0; position--)
            {
                var last = Math.Min(digits.Length, position + MaxCellLength);
                for (var end = position + 1; end <= last; end++)
                {
                    // A space inside the part: every later end has it inside too.
                    if (end - 1 > position && cutAfter[end - 2])
                    {
                        break;
                    }

                    if (finishes[end, cell + 1] && IsCell(digits.AsSpan(position, end - position), kinds[cell]))
                    {
                        fits[cell][position, end - position] = true;
                        finishes[position, cell] = true;
                    }
                }
            }
        }

        Search(0, 0);
        truncated = stop;
        return results;

        void Search(int position, int cell)
        {
            if (stop || !finishes[position, cell])
            {
                return;
            }

            if (cell == kinds.Count)
            {
                if (results.Count >= Limit)
                {
                    stop = true;
                    return;
                }

                results.Add((string[])parts.Clone());
                figures.Add((decimal[])partValues.Clone());
                return;
            }

            var last = Math.Min(digits.Length, position + MaxCellLength);
            for (var end = position + 1; end <= last && !stop; end++)
            {
                if (!fits[cell][position, end - position])
                {
                    continue;
                }

                var length = end - position;
                if (texts[position, length] is not { } part)
                {
                    part = digits[position..end];
                    texts[position, length] = part;
                    numbers[position, length] = Value(part);
                }

                parts[cell] = part;
                partValues[cell] = numbers[position, length];
                Search(end, cell + 1);
            }
        }
    }

    /// <summary>Reads a cell's text as a number.</summary>
    public static decimal Value(string part) => decimal.Parse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

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
