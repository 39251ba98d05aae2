using GovDisclosure.Catalog;

namespace GovDisclosure.Rollup;

/// <summary>
/// What the roll-up needs to know of one format, worked out once: which cells hold money and in which default unit,
/// which cells give each key indicator (by ordinal), and which optional row replaces which rows.
/// </summary>
internal sealed class RollupPlan
{
    private static readonly RollupPlan[] Plans = [.. FormatCatalog.All.Select(f => new RollupPlan(f))];

    private RollupPlan(FormatDefinition definition)
    {
        Definition = definition;
        var cells = definition.Cells;
        IsMoney = new bool[cells.Length];
        var money = cells.Where(c => c.Kind == ValueKind.Money).ToArray();
        foreach (var cell in money)
        {
            IsMoney[cell.Ordinal] = true;
        }

        MoneyOrdinals = [.. money.Select(c => c.Ordinal)];
        MoneyIndex = [.. Enumerable.Repeat(-1, cells.Length)];
        for (var k = 0; k < MoneyOrdinals.Length; k++)
        {
            MoneyIndex[MoneyOrdinals[k]] = k;
        }

        MoneyKeys = [.. money.Select(c => c.Key)];
        MoneyDefaultUnits = [.. money.Select(c => c.DefaultUnit)];

        var indicators = Enum.GetValues<KeyIndicator>();
        IndicatorOrdinals = new int[indicators.Length][];
        foreach (var indicator in indicators)
        {
            IndicatorOrdinals[(int)indicator] =
            [
                .. definition.GetKeyIndicator(indicator).Cells
                    .Select(k => definition.TryGetCell(k, out var cell) ? cell.Ordinal : -1)
                    .Where(o => o >= 0),
            ];
        }

        // Nine figures of at most 18 digits cannot wrap a long: a longer list takes the checked path.
        IndicatorsAreCounts = IndicatorOrdinals.All(ordinals => ordinals.Length <= 9 && ordinals.All(o => !IsMoney[o]));

        // A row that replaces others (2021's single （六）其他处理 row): its cells, and for each the replaced rows' cells
        // of the same column.
        var replacing = new List<int>();
        var parts = new List<int[]>();
        foreach (var table in definition.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.Replaces.IsEmpty))
            {
                foreach (var cell in row.CellsByColumnKey)
                {
                    replacing.Add(cell.Ordinal);
                    parts.Add([.. row.Replaces.Select(r => table.GetCell(r, cell.Column)?.Ordinal ?? -1).Where(o => o >= 0)]);
                }
            }
        }

        ReplacingOrdinals = [.. replacing];
        ReplacedOrdinals = [.. parts];
        IsReplaced = new bool[cells.Length];
        foreach (var ordinal in parts.SelectMany(p => p))
        {
            IsReplaced[ordinal] = true;
        }
    }

    public FormatDefinition Definition { get; }

    /// <summary>Gets, by ordinal, whether a cell holds money (added in a second pass, with units).</summary>
    public bool[] IsMoney { get; }

    public int[] MoneyOrdinals { get; }

    /// <summary>Gets, by ordinal, the index of a money cell in <see cref="MoneyOrdinals"/>, or -1.</summary>
    public int[] MoneyIndex { get; }

    public CellKey[] MoneyKeys { get; }

    public MoneyUnit?[] MoneyDefaultUnits { get; }

    /// <summary>Gets, by <see cref="KeyIndicator"/>, the ordinals of the cells added up to give it.</summary>
    public int[][] IndicatorOrdinals { get; }

    /// <summary>Gets a value indicating whether every key indicator adds up at most nine counts: whole numbers, with no unit or scale.</summary>
    public bool IndicatorsAreCounts { get; }

    /// <summary>Gets the ordinals of the cells of rows that replace others.</summary>
    public int[] ReplacingOrdinals { get; }

    /// <summary>Gets, for each of <see cref="ReplacingOrdinals"/>, the ordinals of the cells it replaces.</summary>
    public int[][] ReplacedOrdinals { get; }

    /// <summary>Gets, by ordinal, whether a cell belongs to a row that another row may replace.</summary>
    public bool[] IsReplaced { get; }

    public static RollupPlan For(FormatDefinition definition) => Plans[(int)definition.Format];
}
