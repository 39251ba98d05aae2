using System.Collections.Concurrent;
using GovDisclosure.Catalog;

namespace GovDisclosure.Extraction.Internals;

/// <summary>The printed labels of a format's rows (official labels and variants), by canonical key and by surface form for suffix matching.</summary>
internal sealed class LabelIndex
{
    private static readonly ConcurrentDictionary<ReportFormat, LabelIndex> Cache = new();

    private readonly Dictionary<string, List<RowDefinition>> _canonical = new(StringComparer.Ordinal);
    private readonly List<(string Surface, RowDefinition Row)> _surfaces = [];
    private readonly Dictionary<RowDefinition, string> _keys = [];
    private readonly Dictionary<TableDefinition, (string Key, RowDefinition Row)[]> _byTable = [];
    private readonly Dictionary<string, List<RowDefinition>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<char, (string Surface, RowDefinition Row, int CanonicalLength)[]> _surfacesByLastChar = [];

    private LabelIndex(FormatDefinition format)
    {
        Format = format;
        _bySpan = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var table in format.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var label in row.Variants.Prepend(row.Label))
                {
                    var surface = Labels.Surface(label);
                    var canonical = Labels.CanonicalFromSurface(surface);
                    Add(canonical, row);
                    _keys.TryAdd(row, canonical);
                    AddSurface(surface, row);
                    AddSurface(Labels.StripNumbering(Labels.StripOfWhich(surface)).ToString(), row);
                    AddSurface(canonical, row);
                }
            }
        }

        _surfaces.Sort((a, b) => b.Surface.Length.CompareTo(a.Surface.Length));

        // The surface forms of two characters or more by their last character, each list in the order of _surfaces.
        foreach (var group in _surfaces.Where(e => e.Surface.Length >= 2).GroupBy(e => e.Surface[^1]))
        {
            _surfacesByLastChar[group.Key] = [.. group.Select(e => (e.Surface, e.Row, Labels.CanonicalFromSurface(e.Surface).Length))];
        }
        foreach (var table in format.Tables)
        {
            _byTable[table] = [.. _canonical.SelectMany(e => e.Value.Where(r => r.Table == table).Select(r => (e.Key, r))).Where(e => e.Key.Length >= 4)];
        }
    }

    public FormatDefinition Format { get; }

    public static LabelIndex For(FormatDefinition format) => Cache.GetOrAdd(format.Format, static (_, format) => new LabelIndex(format), format);

    /// <summary>Gets the canonical key of a row's official label.</summary>
    public string KeyOf(RowDefinition row) => _keys[row];

    /// <summary>Finds the rows whose label has this canonical key.</summary>
    public List<RowDefinition>? Find(string canonical) => _canonical.GetValueOrDefault(canonical);

    /// <summary>Finds the rows whose label has this canonical key.</summary>
    public List<RowDefinition>? Find(ReadOnlySpan<char> canonical) => _bySpan.TryGetValue(canonical, out var rows) ? rows : null;

    /// <summary>
    /// Finds the row whose label (of two characters or more) ends the text (surface form), the longest such label
    /// among the rows allowed; <paramref name="allowed"/> is given the row and the length of the label's canonical key.
    /// </summary>
    public RowDefinition? FindSuffix(ReadOnlySpan<char> surface, Func<RowDefinition, int, bool> allowed, out int length)
    {
        if (!surface.IsEmpty && _surfacesByLastChar.TryGetValue(surface[^1], out var labels))
        {
            foreach (var (label, row, canonicalLength) in labels)
            {
                if (surface.EndsWith(label, StringComparison.Ordinal) && allowed(row, canonicalLength))
                {
                    length = label.Length;
                    return row;
                }
            }
        }

        length = 0;
        return null;
    }

    /// <summary>Finds the rows of a table whose canonical label is one edit away from the key.</summary>
    public List<RowDefinition> FindNear(string canonical, TableDefinition table)
    {
        var found = new List<RowDefinition>();
        if (canonical.Length < 4)
        {
            return found;
        }

        foreach (var (key, row) in _byTable[table])
        {
            if (Math.Abs(key.Length - canonical.Length) <= 1 && !found.Contains(row) && Labels.Distance(key, canonical, 1) <= 1)
            {
                found.Add(row);
            }
        }

        return found;
    }

    private void Add(string canonical, RowDefinition row)
    {
        if (canonical.Length == 0)
        {
            return;
        }

        if (!_canonical.TryGetValue(canonical, out var rows))
        {
            _canonical[canonical] = rows = [];
        }

        if (!rows.Contains(row))
        {
            rows.Add(row);
        }
    }

    private void AddSurface(string surface, RowDefinition row)
    {
        if (surface.Length > 0 && !_surfaces.Contains((surface, row)))
        {
            _surfaces.Add((surface, row));
        }
    }
}
