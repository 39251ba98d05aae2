using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Internals;

namespace GovDisclosure.Catalog;

/// <summary>One report format: its tables, sections, arithmetic relations and the mapping of its cells to the key indicators.</summary>
public sealed class FormatDefinition : CatalogEntry
{
    private readonly Dictionary<CellKey, CellDefinition> _cellsByKey;
    private readonly Dictionary<string, RelationDefinition> _relationsById;

    internal FormatDefinition(
        ReportFormat format,
        string key,
        string label,
        string englishLabel,
        int firstYear,
        int? lastYear,
        ImmutableArray<TableDefinition> tables,
        ImmutableArray<SectionDefinition> sections)
        : base(key, label, englishLabel, [])
    {
        Format = format;
        FirstYear = firstYear;
        LastYear = lastYear;
        Tables = tables;
        Sections = sections;
        for (var i = 0; i < tables.Length; i++)
        {
            tables[i].Format = this;
            tables[i].Index = i;
        }

        Cells = [.. tables.SelectMany(t => t.Cells)];
        _cellsByKey = Cells.ToDictionary(c => c.Key);
        _relationsById = new Dictionary<string, RelationDefinition>(StringComparer.Ordinal);
    }

    /// <summary>Gets the format.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets the first reporting year the format is used for.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last reporting year the format is used for, or <see langword="null"/> while it is in force.</summary>
    public int? LastYear { get; }

    /// <summary>Gets the statistical tables.</summary>
    public ImmutableArray<TableDefinition> Tables { get; }

    /// <summary>Gets every cell that applies, in ordinal order (table by table, row by row).</summary>
    public ImmutableArray<CellDefinition> Cells { get; }

    /// <summary>Gets the headed free-text sections, in the order of the official format.</summary>
    public ImmutableArray<SectionDefinition> Sections { get; }

    /// <summary>Gets the arithmetic relations, within a report and across years.</summary>
    public ImmutableArray<RelationDefinition> Relations { get; private set; } = [];

    /// <summary>Gets how the format's cells give each key indicator, in the order of <see cref="KeyIndicator"/>.</summary>
    public ImmutableArray<KeyIndicatorDefinition> KeyIndicators { get; private set; } = [];

    /// <summary>Gets the keys of the tables (matched by readers).</summary>
    internal KeySet TableKeys => field ??= new KeySet(Tables.Select(t => t.Key), $"the {Key} format has tables {string.Join(", ", Tables.Select(t => t.Key))}");

    /// <summary>Gets the keys of the sections (matched by readers).</summary>
    internal KeySet SectionKeys => field ??= new KeySet(Sections.Select(s => s.Key), $"the {Key} format has sections {string.Join(", ", Sections.Select(s => s.Key))}");

    /// <summary>Tells whether the format is the one used for reports on a year.</summary>
    /// <param name="year">The reporting year.</param>
    /// <returns><see langword="true"/> when the year falls within the format's years.</returns>
    public bool IsUsedFor(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);

    /// <summary>Finds a table by its key.</summary>
    /// <param name="key">The table key, such as <c>requests</c>.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public TableDefinition? FindTable(string key)
    {
        foreach (var table in Tables)
        {
            if (string.Equals(table.Key, key, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Finds a section by its key.</summary>
    /// <param name="key">The section key, such as <c>overview</c>.</param>
    /// <returns>The section, or <see langword="null"/> when the format has no such section.</returns>
    public SectionDefinition? FindSection(string key)
    {
        foreach (var section in Sections)
        {
            if (string.Equals(section.Key, key, StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>Finds the definition of a section.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The definition, or <see langword="null"/> when the format has no such section.</returns>
    public SectionDefinition? FindSection(ReportSection section)
    {
        foreach (var definition in Sections)
        {
            if (definition.Section == section)
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>Finds a relation by its id.</summary>
    /// <param name="id">The id, such as <c>requests.balance.total</c>.</param>
    /// <returns>The relation, or <see langword="null"/>.</returns>
    public RelationDefinition? FindRelation(string id) => _relationsById.GetValueOrDefault(id);

    /// <summary>Finds a cell by its key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cell">The cell, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the format has the cell.</returns>
    public bool TryGetCell(CellKey key, [NotNullWhen(true)] out CellDefinition? cell) => _cellsByKey.TryGetValue(key, out cell);

    /// <summary>Gets a cell by its key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">The format has no such cell; the message says which part of the key is unknown.</exception>
    public CellDefinition GetCell(CellKey key) =>
        _cellsByKey.TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException(DescribeUnknownCell(key));

    /// <summary>Gets the definition of a key indicator for this format.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The definition (check <see cref="KeyIndicatorDefinition.IsAvailable"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="KeyIndicator"/>.</exception>
    public KeyIndicatorDefinition GetKeyIndicator(KeyIndicator indicator) =>
        Enum.IsDefined(indicator) ? KeyIndicators[(int)indicator] : throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown key indicator.");

    internal string DescribeUnknownCell(CellKey key)
    {
        var table = FindTable(key.Table);
        if (table is null)
        {
            return $"The {Key} format has no table '{key.Table}'; its tables are {string.Join(", ", Tables.Select(t => t.Key))}.";
        }

        var row = table.FindRow(key.Row);
        if (row is null)
        {
            return $"Table '{table.Key}' of the {Key} format has no row '{key.Row}'.";
        }

        var column = table.FindColumn(key.Column);
        return column is null
            ? $"Table '{table.Key}' of the {Key} format has no column '{key.Column}'."
            : $"In the {Key} format, row '{key.Row}' of table '{table.Key}' has no cell in column '{key.Column}'.";
    }

    internal void Complete(ImmutableArray<RelationDefinition> relations, ImmutableArray<KeyIndicatorDefinition> keyIndicators)
    {
        Relations = relations;
        KeyIndicators = keyIndicators;
        foreach (var indicator in keyIndicators)
        {
            indicator.Bind(this);
        }
        foreach (var relation in relations)
        {
            relation.Bind(this);
            _relationsById.Add(relation.Id, relation);
        }
    }
}
