using GovDisclosure.Catalog;

namespace GovDisclosure.Extraction.Internals;

/// <summary>A row whose cells ran together, waiting for the table's relations to choose among its splits.</summary>
internal sealed class PendingRow
{
    public PendingRow(TableDefinition table, CellDefinition?[] cells, Splits candidates, MoneyUnit? unit, bool truncated, int line, string label)
    {
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
    public Splits Candidates { get; }

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
        // Where each pending cell stands (row and column of the run), by the cell's ordinal in the format; -1 for none.
        var atRow = new int[format.Cells.Length];
        var atColumn = new int[format.Cells.Length];
        Array.Fill(atRow, -1);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Cells.Length; c++)
            {
                if (rows[r].Cells[c] is { } cell)
                {
                    atRow[cell.Ordinal] = r;
                    atColumn[cell.Ordinal] = c;
                }
            }
        }

        var constraints = new List<Constraint>();
        foreach (var relation in ExactRelations(format))
        {
            // A relation none of whose cells is pending constrains no row: it is passed over.
            if (!NamesAny(relation, atRow))
            {
                continue;
            }

            var constraint = new Constraint(relation.Kind, relation.Ordinals.Length);
            var usable = AddSide(constraint, relation.Left, relation.LeftCells, 1) && AddSide(constraint, relation.Right, relation.RightCells, -1);
            if (usable && constraint.Variables.Count > 0 && constraint.HasLeft && constraint.HasRight)
            {
                constraints.Add(constraint);
            }
        }

        bool AddSide(Constraint constraint, System.Collections.Immutable.ImmutableArray<RelationTerm> terms, CellDefinition[] cells, int side)
        {
            for (var t = 0; t < terms.Length; t++)
            {
                var term = terms[t];
                var sign = side * (term.IsNegated ? -1 : 1);
                var ordinal = cells[t].Ordinal;
                if (atRow[ordinal] >= 0)
                {
                    var row = atRow[ordinal];
                    constraint.Add(row, atColumn[ordinal], sign, 0);
                    if (!constraint.Variables.Contains(row))
                    {
                        constraint.Variables.Add(row);
                    }
                }
                else
                {
                    var (present, value) = known(term.Cell!.Value);
                    if (!present)
                    {
                        continue;
                    }

                    if (value is null)
                    {
                        return false;
                    }

                    constraint.Add(-1, -1, sign, value.Value);
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

            return true;
        }

        // Each candidate's figures: each part read once, whatever number of candidates hold it.
        var values = rows.Select(r => r.Candidates).ToArray();
        var domains = rows.Select(r => Enumerable.Range(0, r.Candidates.Count).ToList()).ToArray();
        // Constraints on one row alone filter its splits first.
        var chosen = new int[rows.Count];
        Array.Fill(chosen, -1);
        foreach (var constraint in constraints.Where(c => c.Variables.Count == 1))
        {
            var row = constraint.Variables[0];
            domains[row] = [.. domains[row].Where(i =>
            {
                chosen[row] = i;
                return constraint.Holds(values, chosen);
            })];
            chosen[row] = -1;
        }

        if (domains.Any(d => d.Count == 0))
        {
            return false;
        }

        var multi = constraints.Where(c => c.Variables.Count > 1).ToList();

        // Rows that share no relation with another row keep what their own relations allow; the others are searched together.
        var linked = multi.SelectMany(c => c.Variables).ToHashSet();
        var order = Enumerable.Range(0, rows.Count).Where(linked.Contains).OrderBy(r => domains[r].Count).ToArray();

        // A relation is checked at the depth of the search where the last of its rows is chosen, and only there: the
        // same checks, made once each, as looking through every relation at every step.
        var depthOf = new int[rows.Count];
        Array.Fill(depthOf, -1);
        for (var d = 0; d < order.Length; d++)
        {
            depthOf[order[d]] = d;
        }

        // Each relation goes to the depth of the last of its rows, in the order of the relations (one pass over them).
        var byDepth = new List<Constraint>?[order.Length];
        foreach (var constraint in multi)
        {
            var last = -1;
            foreach (var variable in constraint.Variables)
            {
                last = Math.Max(last, depthOf[variable]);
            }

            (byDepth[last] ??= []).Add(constraint);
        }

        var checks = new Constraint[order.Length][];
        for (var d = 0; d < order.Length; d++)
        {
            checks[d] = byDepth[d] is { } atDepth ? [.. atDepth] : [];
        }

        // Which splits of the row at a depth pass its checks depends only on the splits chosen for the other rows of
        // those checks (often one row: the total the row is part of), not on the whole path: the list is worked out
        // once for each choice of those rows and kept, within a bound on what is kept.
        var memos = new Memo[order.Length];
        for (var d = 0; d < order.Length; d++)
        {
            var row = order[d];
            var others = checks[d].SelectMany(c => c.Variables).Where(v => v != row).Distinct().Order().ToArray();
            memos[d] = new Memo(others, others.Length <= Memo.MaxKeyRows);
        }

        var kept = 0;
        var seen = rows.Select(r => new bool[r.Candidates.Count]).ToArray();
        var domainArrays = domains.Select(d => d.ToArray()).ToArray();
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
            rows[r].Possible = linked.Contains(r) ? [.. Enumerable.Range(0, seen[r].Length).Where(i => seen[r][i])] : domains[r];
        }

        return true;

        // Every step (a partial choice whose completed relations hold) counts towards the budget, as it always did: the
        // steps are the same whichever way the splits that pass are found, so the budget gives up on the same rows.
        void Search(int depth)
        {
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
                    seen[r][chosen[r]] = true;
                }

                return;
            }

            var row = order[depth];
            var passing = Passing(depth);
            if (depth == order.Length - 1)
            {
                // The last row: each split that passes is one step and one solution; counted, not stepped into.
                if (passing.Length > NodeBudget - nodes)
                {
                    nodes = NodeBudget + 1;
                    exhausted = true;
                    return;
                }

                nodes += passing.Length;
                solutions += passing.Length;
                if (passing.Length > 0)
                {
                    for (var d = 0; d < depth; d++)
                    {
                        seen[order[d]][chosen[order[d]]] = true;
                    }

                    foreach (var candidate in passing)
                    {
                        seen[row][candidate] = true;
                    }
                }

                return;
            }

            foreach (var candidate in passing)
            {
                chosen[row] = candidate;
                Search(depth + 1);
                if (exhausted)
                {
                    return;
                }
            }

            chosen[row] = -1;
        }

        // The splits of the row at this depth for which every relation it completes holds, in the order of its domain.
        int[] Passing(int depth)
        {
            var memo = memos[depth];
            var key = 0L;
            if (memo.Kept)
            {
                foreach (var other in memo.Rows)
                {
                    key = (key << Memo.BitsPerRow) | (uint)chosen[other];
                }

                if (memo.Lists is { } lists && lists.TryGetValue(key, out var known))
                {
                    return known;
                }
            }

            var row = order[depth];
            var rowChecks = checks[depth];
            var domain = domainArrays[row];
            int[] passing;
            if (rowChecks.Length == 0)
            {
                passing = domain;
            }
            else
            {
                var found = new List<int>();
                foreach (var candidate in domain)
                {
                    chosen[row] = candidate;
                    var ok = true;
                    foreach (var constraint in rowChecks)
                    {
                        if (!constraint.Holds(values, chosen))
                        {
                            ok = false;
                            break;
                        }
                    }

                    if (ok)
                    {
                        found.Add(candidate);
                    }
                }

                chosen[row] = -1;
                passing = [.. found];
            }

            if (memo.Kept && kept + passing.Length <= Memo.MaxKept)
            {
                kept += passing.Length + 1;
                (memo.Lists ??= []).Add(key, passing);
            }

            return passing;
        }
    }

    /// <summary>The exact relations of a format within one year whose terms all name a cell, in the format's order, with their terms' cells.</summary>
    private static ExactRelation[] ExactRelations(FormatDefinition format)
    {
        if (ExactRelationsByFormat.TryGetValue(format, out var known))
        {
            return known;
        }

        ExactRelation[] relations = [.. format.Relations
            .Where(r => !r.IsCrossYear && r.Strength == RelationStrength.Exact && !r.Terms.Any(t => t.Cell is null))
            .Select(r => new ExactRelation(r, format))];
        return ExactRelationsByFormat.GetOrAdd(format, relations);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FormatDefinition, ExactRelation[]> ExactRelationsByFormat = new(ReferenceEqualityComparer.Instance);

    /// <summary>Tells whether any cell of the relation is pending (has a row).</summary>
    private static bool NamesAny(ExactRelation relation, int[] atRow)
    {
        foreach (var ordinal in relation.Ordinals)
        {
            if (atRow[ordinal] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An exact relation with the cells of its terms, side by side, looked up once per format.</summary>
    private sealed class ExactRelation(RelationDefinition relation, FormatDefinition format)
    {
        public RelationKind Kind { get; } = relation.Kind;

        public System.Collections.Immutable.ImmutableArray<RelationTerm> Left { get; } = relation.Left;

        public System.Collections.Immutable.ImmutableArray<RelationTerm> Right { get; } = relation.Right;

        /// <summary>Gets the cells of <see cref="Left"/>, term by term.</summary>
        public CellDefinition[] LeftCells { get; } = [.. relation.Left.Select(t => format.GetCell(t.Cell!.Value))];

        /// <summary>Gets the cells of <see cref="Right"/>, term by term.</summary>
        public CellDefinition[] RightCells { get; } = [.. relation.Right.Select(t => format.GetCell(t.Cell!.Value))];

        /// <summary>Gets the ordinals of all the relation's cells.</summary>
        public int[] Ordinals { get; } = [.. relation.Left.Concat(relation.Right).Select(t => format.GetCell(t.Cell!.Value).Ordinal)];
    }

    /// <summary>The lists of passing splits kept for one depth of the search, by the splits chosen for <see cref="Rows"/>.</summary>
    private sealed class Memo(int[] rows, bool kept)
    {
        /// <summary>Bits of the key per row: a row has at most <see cref="Splitter.Limit"/> splits.</summary>
        public const int BitsPerRow = 15;

        /// <summary>Rows a key holds (4 × 15 bits in a <see langword="long"/>); a depth whose checks name more is not kept.</summary>
        public const int MaxKeyRows = 4;

        /// <summary>The most splits kept in lists for one search (about 16 MB); past it, lists are worked out each time.</summary>
        public const int MaxKept = 4_000_000;

        /// <summary>Gets the other rows of the depth's checks.</summary>
        public int[] Rows { get; } = rows;

        /// <summary>Gets a value indicating whether lists are kept for this depth (not when its checks name too many rows).</summary>
        public bool Kept { get; } = kept;

        /// <summary>Gets or sets the lists kept, made when the first is kept.</summary>
        public Dictionary<long, int[]>? Lists { get; set; }
    }

    /// <summary>A relation on the pending rows: its terms (a pending row's column, or a constant), each with its sign.</summary>
    /// <param name="kind">Equal, or at most.</param>
    /// <param name="capacity">The most terms it can have (the relation's).</param>
    private sealed class Constraint(RelationKind kind, int capacity)
    {
        private readonly int[] _rows = new int[capacity];

        private readonly int[] _columns = new int[capacity];

        private readonly int[] _signs = new int[capacity];

        private readonly decimal[] _constants = new decimal[capacity];

        private int _count;

        public List<int> Variables { get; } = new(2);

        public bool HasLeft { get; set; }

        public bool HasRight { get; set; }

        /// <summary>Adds a term: a pending row's column (<paramref name="row"/> ≥ 0), or a constant (row −1).</summary>
        public void Add(int row, int column, int sign, decimal constant)
        {
            _rows[_count] = row;
            _columns[_count] = column;
            _signs[_count] = sign;
            _constants[_count] = constant;
            _count++;
        }

        /// <summary>Left − Right, compared with 0 (= or ≤), for the chosen split of each of its rows (all chosen).</summary>
        /// <param name="values">The figures of each row's splits.</param>
        /// <param name="chosen">The split chosen for each row.</param>
        public bool Holds(Splits[] values, int[] chosen)
        {
            decimal difference = 0;
            for (var i = 0; i < _count; i++)
            {
                var row = _rows[i];
                difference += row < 0 ? _signs[i] * _constants[i] : _signs[i] * values[row].Value(chosen[row], _columns[i]);
            }

            return kind == RelationKind.Equal ? difference == 0 : difference <= 0;
        }
    }
}
