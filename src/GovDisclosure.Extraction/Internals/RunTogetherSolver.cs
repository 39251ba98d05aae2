using GovDisclosure.Catalog;

namespace GovDisclosure.Extraction.Internals;

/// <summary>A row whose cells ran together, waiting for the table's relations to choose among its splits.</summary>
internal sealed class PendingRow
{
    public PendingRow(TableDefinition table, CellDefinition?[] cells, List<string[]> candidates, List<decimal[]> values, MoneyUnit? unit, bool truncated, int line, string label)
    {
        Values = values;
        Table = table;
        Cells = cells;
        Candidates = candidates;
        Unit = unit;
        Truncated = truncated;
        Line = line;
        Label = label;
    }

    public TableDefinition Table { get; }

    /// <summary>Gets the cells, in the order of the run.</summary>
    public CellDefinition?[] Cells { get; }

    /// <summary>Gets the splits allowed by the no-leading-zero rule (and the spaces printed).</summary>
    public List<string[]> Candidates { get; }

    /// <summary>Gets each candidate's figures (<see cref="Splitter.Value"/> of its texts), in the order of <see cref="Candidates"/>.</summary>
    public List<decimal[]> Values { get; }

    public MoneyUnit? Unit { get; }

    public bool Truncated { get; }

    public int Line { get; }

    public string Label { get; }

    /// <summary>Gets or sets the splits still possible once the relations are applied (indexes into <see cref="Candidates"/>).</summary>
    public List<int> Possible { get; set; } = [];
}

/// <summary>
/// Chooses among the splits of run-together rows: a split is kept only if, with the other rows' figures, every exact
/// relation of the table can hold. A row is recovered when exactly one of its splits appears in the consistent
/// assignments; otherwise it stays ambiguous. Nothing is guessed.
/// </summary>
internal static class RunTogetherSolver
{
    private const int NodeBudget = 2_000_000;

    /// <summary>Resolves the rows: sets <see cref="PendingRow.Possible"/>; returns false when no assignment satisfies the relations.</summary>
    /// <param name="rows">The pending rows of one report.</param>
    /// <param name="format">The format.</param>
    /// <param name="known">Reads a cell that is not pending: a number, blank (null) or not printed (NaN marker via false).</param>
    public static bool Solve(List<PendingRow> rows, FormatDefinition format, Func<CellKey, (bool Present, decimal? Value)> known)
    {
        var at = new Dictionary<CellKey, (int Row, int Column)>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Cells.Length; c++)
            {
                if (rows[r].Cells[c] is { } cell)
                {
                    at[cell.Key] = (r, c);
                }
            }
        }

        var constraints = new List<Constraint>();
        foreach (var relation in format.Relations)
        {
            if (relation.IsCrossYear || relation.Strength != RelationStrength.Exact || relation.Terms.Any(t => t.Cell is null))
            {
                continue;
            }

            var constraint = new Constraint(relation.Kind);
            var usable = true;
            AddSide(relation.Left, 1);
            AddSide(relation.Right, -1);
            if (usable && constraint.Variables.Count > 0 && constraint.HasLeft && constraint.HasRight)
            {
                constraints.Add(constraint);
            }

            void AddSide(System.Collections.Immutable.ImmutableArray<RelationTerm> terms, int side)
            {
                foreach (var term in terms)
                {
                    var sign = side * (term.IsNegated ? -1 : 1);
                    if (at.TryGetValue(term.Cell!.Value, out var place))
                    {
                        constraint.Terms.Add((place.Row, place.Column, sign, 0));
                        if (!constraint.Variables.Contains(place.Row))
                        {
                            constraint.Variables.Add(place.Row);
                        }
                    }
                    else
                    {
                        var (present, value) = known(term.Cell.Value);
                        if (!present)
                        {
                            continue;
                        }

                        if (value is null)
                        {
                            usable = false;
                            return;
                        }

                        constraint.Terms.Add((-1, -1, sign, value.Value));
                    }

                    if (side > 0)
                    {
                        constraint.HasLeft = true;
                    }
                    else
                    {
                        constraint.HasRight = true;
                    }
                }
            }
        }

        // Each candidate's figures, parsed once by the splitter.
        var values = rows.Select(r => r.Values).ToArray();
        var domains = rows.Select(r => Enumerable.Range(0, r.Candidates.Count).ToList()).ToArray();

        // Constraints on one row alone filter its splits first.
        foreach (var constraint in constraints.Where(c => c.Variables.Count == 1))
        {
            var row = constraint.Variables[0];
            domains[row] = [.. domains[row].Where(i => constraint.Holds(r => r == row ? values[row][i] : null))];
        }

        if (domains.Any(d => d.Count == 0))
        {
            return false;
        }

        var multi = constraints.Where(c => c.Variables.Count > 1).ToList();

        // Rows that share no relation with another row keep what their own relations allow; the others are searched together.
        var linked = multi.SelectMany(c => c.Variables).ToHashSet();
        var order = Enumerable.Range(0, rows.Count).Where(linked.Contains).OrderBy(r => domains[r].Count).ToArray();
        var chosen = new int[rows.Count];
        Array.Fill(chosen, -1);
        var seen = rows.Select(_ => new HashSet<int>()).ToArray();
        var nodes = 0;
        var solutions = 0;
        var exhausted = false;
        Search(0);
        if (exhausted)
        {
            // Too many combinations to be sure: only what each row's own relations allow.
            for (var r = 0; r < rows.Count; r++)
            {
                rows[r].Possible = domains[r];
            }

            return true;
        }

        if (solutions == 0)
        {
            return false;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Possible = linked.Contains(r) ? [.. seen[r].Order()] : domains[r];
        }

        return true;

        void Search(int depth)
        {
            if (exhausted)
            {
                return;
            }

            if (++nodes > NodeBudget)
            {
                exhausted = true;
                return;
            }

            if (depth == order.Length)
            {
                solutions++;
                foreach (var r in order)
                {
                    seen[r].Add(chosen[r]);
                }

                return;
            }

            var row = order[depth];
            foreach (var candidate in domains[row])
            {
                chosen[row] = candidate;
                var ok = true;
                foreach (var constraint in multi)
                {
                    if (constraint.Variables.Contains(row) && constraint.Variables.TrueForAll(v => chosen[v] >= 0)
                        && !constraint.Holds(r => values[r][chosen[r]]))
                    {
                        ok = false;
                        break;
                    }
                }

                if (ok)
                {
                    Search(depth + 1);
                }

                chosen[row] = -1;
                if (exhausted)
                {
                    return;
                }
            }
        }
    }

    private sealed class Constraint(RelationKind kind)
    {
        public List<(int Row, int Column, int Sign, decimal Constant)> Terms { get; } = [];

        public List<int> Variables { get; } = [];

        public bool HasLeft { get; set; }

        public bool HasRight { get; set; }

        /// <summary>Left − Right, compared with 0 (= or ≤).</summary>
        public bool Holds(Func<int, decimal[]?> rowValues)
        {
            decimal difference = 0;
            foreach (var (row, column, sign, constant) in Terms)
            {
                if (row < 0)
                {
                    difference += sign * constant;
                    continue;
                }

                var values = rowValues(row);
                if (values is null)
                {
                    return true;
                }

                difference += sign * values[column];
            }

            return kind == RelationKind.Equal ? difference == 0 : difference <= 0;
        }
    }
}
