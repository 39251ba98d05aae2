using GovDisclosure.Catalog;

namespace GovDisclosure.Synthetic;

/// <summary>
/// Which cells a generated report of one format (and layout) has, and how its totals follow from the other cells: every
/// relation of the catalogue within a report that states one printed cell as the sum of others (<c>（七）总计</c>, the 总计
/// column, 表四's totals, a legacy total of channels or outcomes) becomes a step that computes that cell, in an order where
/// every step's terms come first. The generator fills the other cells and lets the steps add up the rest, so that every
/// such relation holds by construction; the one relation with two cells on each side (表三's balance) holds because the
/// generator hands out exactly the requests it has.
/// </summary>
internal sealed class TablePlan
{
    // The steps for this plan's cells, flattened: step i sets _targets[i] to the sum of _sources[_starts[i].._starts[i + 1]].
    // Cells the plan does not have are left out, and so are steps whose target it does not have.
    private readonly int[] _targets;
    private readonly int[] _starts;
    private readonly int[] _sources;

    private TablePlan(FormatDefinition definition, bool[] applicable)
    {
        Definition = definition;
        Applicable = applicable;
        var steps = Steps(definition)
            .Where(s => applicable[s.Target])
            .Select(s => s with { Sources = [.. s.Sources.Where(source => applicable[source])] })
            .Where(s => s.Sources.Length > 0)
            .ToArray();
        _targets = [.. steps.Select(s => s.Target)];
        _sources = [.. steps.SelectMany(s => s.Sources)];
        _starts = new int[steps.Length + 1];
        for (var i = 0; i < steps.Length; i++)
        {
            _starts[i + 1] = _starts[i] + steps[i].Sources.Length;
        }
    }

    /// <summary>Gets the format.</summary>
    public FormatDefinition Definition { get; }

    /// <summary>Gets, by ordinal, whether the report's tables have the cell.</summary>
    public bool[] Applicable { get; }

    /// <summary>The plan of a national format in its official layout.</summary>
    public static TablePlan National(ReportFormat format) => Of(AnnualReport.CreateBuilder(format, FormatCatalog.Get(format).FirstYear, Placeholder));

    /// <summary>The plan of the 2021 format with （六）其他处理 printed as one row, as some real reports print it.</summary>
    public static TablePlan National2021SingleOtherRow() =>
        Of(AnnualReport.CreateBuilder(ReportFormat.National2021, 2021, Placeholder).IncludeRow("requests", "otherHandling"));

    /// <summary>The plan of a legacy table with the given indicators and period columns.</summary>
    public static TablePlan Legacy(IEnumerable<LegacyIndicator> rows, bool cumulative)
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2008, Placeholder);
        foreach (var row in rows)
        {
            builder.Set(row, LegacyPeriod.Annual, 0);
            if (cumulative)
            {
                builder.Set(row, LegacyPeriod.Cumulative, 0);
            }
        }

        return Of(builder);
    }

    /// <summary>Computes the totals of a report's counts from the cells they add up.</summary>
    /// <param name="values">The counts, by ordinal.</param>
    public void Derive(long[] values)
    {
        var sources = _sources;
        for (var i = 0; i < _targets.Length; i++)
        {
            long sum = 0;
            for (var j = _starts[i]; j < _starts[i + 1]; j++)
            {
                sum += values[sources[j]];
            }

            values[_targets[i]] = sum;
        }
    }

    private static readonly Agency Placeholder = new("placeholder");

    private static TablePlan Of(AnnualReportBuilder builder)
    {
        var report = builder.Build();
        return new TablePlan(report.Definition, [.. report.Cells.Select(c => c.IsApplicable)]);
    }

    /// <summary>The sums of the catalogue's relations, each target once, after the targets its terms need.</summary>
    private static Step[] Steps(FormatDefinition definition)
    {
        var candidates = definition.Relations
            .Where(r => !r.IsCrossYear && r.Kind == RelationKind.Equal && r.Left.Length == 1
                && r.Terms.All(t => t.Cell is not null && !t.IsNegated && !t.IsPreviousYear))
            .Select(r => new Step(definition.GetCell(r.Left[0].Cell!.Value).Ordinal, [.. r.Right.Select(t => definition.GetCell(t.Cell!.Value).Ordinal)]))
            .ToList();
        var targets = candidates.Select(s => s.Target).ToHashSet();
        var done = new HashSet<int>();
        var ordered = new List<Step>();
        while (candidates.Count > 0)
        {
            var ready = candidates.FirstOrDefault(s => s.Sources.All(source => !targets.Contains(source) || done.Contains(source)))
                ?? throw new InvalidOperationException($"The relations of the {definition.Key} format define totals in a circle.");
            candidates.Remove(ready);
            if (done.Add(ready.Target))
            {
                ordered.Add(ready);
            }
        }

        return [.. ordered];
    }

    private sealed record Step(int Target, int[] Sources);
}
