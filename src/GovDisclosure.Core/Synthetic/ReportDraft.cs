using System.Collections.Immutable;
using GovDisclosure.Catalog;

namespace GovDisclosure.Synthetic;

/// <summary>A report being generated: its counts by ordinal, its money cells, metadata and texts, until <see cref="ToReport"/>.</summary>
internal sealed class ReportDraft(TablePlan plan, int year, Agency agency)
{
    private static readonly ImmutableSortedDictionary<CellKey, MoneyUnit> NoUnits = ImmutableSortedDictionary<CellKey, MoneyUnit>.Empty;

    public TablePlan Plan => plan;

    public FormatDefinition Definition => plan.Definition;

    public int Year => year;

    public Agency Agency { get; set; } = agency;

    /// <summary>Gets the counts, by ordinal (money cells are in <see cref="Money"/>).</summary>
    public long[] Values { get; } = new long[plan.Definition.Cells.Length];

    /// <summary>Gets the money cells, by ordinal.</summary>
    public List<(int Ordinal, CellValue Value)> Money { get; } = [];

    public DateOnly PublishedOn { get; set; }

    public ImmutableSortedDictionary<ReportSection, string> Sections { get; set; } = ImmutableSortedDictionary<ReportSection, string>.Empty;

    public ReportBreakdowns Breakdowns { get; set; } = ReportBreakdowns.Empty;

    public ImmutableArray<LegacyOtherRow> OtherRows { get; set; } = [];

    public ImmutableSortedDictionary<CellKey, MoneyUnit> MoneyUnits { get; set; } = NoUnits;

    /// <summary>Gets or sets a count by its ordinal.</summary>
    public long this[int ordinal]
    {
        get => Values[ordinal];
        set => Values[ordinal] = value;
    }

    /// <summary>Tells whether the report has a cell.</summary>
    public bool Has(int ordinal) => ordinal >= 0 && plan.Applicable[ordinal];

    /// <summary>Sets a money cell, with its decimals as printed.</summary>
    public void SetMoney(int ordinal, long units, int decimals) =>
        Money.Add((ordinal, CellValue.FromUnits(units, decimals)));

    /// <summary>Builds the report.</summary>
    public AnnualReport ToReport()
    {
        var applicable = plan.Applicable;
        var cells = new CellValue[Values.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = applicable[i] ? CellValue.Of(Values[i]) : CellValue.NotApplicable;
        }

        foreach (var (ordinal, value) in Money)
        {
            if (applicable[ordinal])
            {
                cells[ordinal] = value;
            }
        }

        return new AnnualReport(Definition, year, Agency, cells, OtherRows, MoneyUnits)
        {
            PublishedOn = PublishedOn,
            Sections = Sections,
            Breakdowns = Breakdowns,
        };
    }
}
