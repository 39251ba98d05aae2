using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Extraction.Internals;

namespace GovDisclosure.Extraction.Tests.Internals;

/// <summary>
/// The solver's answer is the definition's: a split of a run-together row is kept exactly when some choice of the other
/// rows' splits makes every exact relation among them hold. The search checks each relation once, at the row that
/// completes it, keeps the passing splits of a row for each choice of the rows it depends on, and counts the last row's
/// splits without stepping into them; these tests hold it to a plain look at every pair.
/// </summary>
public sealed class RunTogetherSolverTests
{
    [Theory]
    [InlineData("95123", "4312")]
    [InlineData("987654321012", "12345678901")]
    [InlineData("90000900009", "1000010001")]
    [InlineData("111", "999")]
    public void Solve_SubRowAndItsTotal_KeepsExactlyTheSplitsThatSomeSplitOfTheOtherRowAllows(string totalRun, string subRun)
    {
        var format = FormatCatalog.Legacy;
        var relation = format.Relations.First(r =>
            r.Kind == RelationKind.AtMost && r.Strength == RelationStrength.Exact && !r.IsCrossYear && r.Left.Length == 1 && r.Right.Length == 1
            && r.Left[0].Cell is { } left && r.Right[0].Cell is { } right && Cell(format, left).Table == Cell(format, right).Table
            && Cell(format, left).Row != Cell(format, right).Row);
        var sub = Row(format, Cell(format, relation.Left[0].Cell!.Value), subRun);
        var total = Row(format, Cell(format, relation.Right[0].Cell!.Value), totalRun);
        var inRows = sub.Cells.Concat(total.Cells).Select(c => c!.Key).ToHashSet();

        // Every cell outside the two rows is printed blank: the relations that name one cannot be used.
        var consistent = RunTogetherSolver.Solve([sub, total], format, _ => (true, null));

        var relations = format.Relations.Where(r => !r.IsCrossYear && r.Strength == RelationStrength.Exact && r.Terms.All(t => t.Cell is { } key && inRows.Contains(key))).ToList();
        relations.Should().NotBeEmpty();
        var pairs = (from s in Enumerable.Range(0, sub.Candidates.Count)
                     from t in Enumerable.Range(0, total.Candidates.Count)
                     where relations.All(r => Holds(r, sub, s, total, t))
                     select (Sub: s, Total: t)).ToList();
        consistent.Should().Be(pairs.Count > 0);
        if (consistent)
        {
            sub.Possible.Should().Equal(pairs.Select(p => p.Sub).Distinct().Order());
            total.Possible.Should().Equal(pairs.Select(p => p.Total).Distinct().Order());
        }
    }

    private static CellDefinition Cell(FormatDefinition format, CellKey key) => format.Cells.Single(c => c.Key == key);

    private static PendingRow Row(FormatDefinition format, CellDefinition cell, string run)
    {
        var table = cell.Table;
        CellDefinition?[] cells = [.. table.Cells.Where(c => c.Row == cell.Row)];
        var candidates = Splitter.Cut(run, [.. cells.Select(c => c!.Kind)], out var unit, out var truncated);
        candidates.Count.Should().BePositive();
        return new PendingRow(table, cells, candidates, unit, truncated, 1, cell.Row.Key);
    }

    private static bool Holds(RelationDefinition relation, PendingRow sub, int s, PendingRow total, int t)
    {
        decimal Side(IEnumerable<RelationTerm> terms) => terms.Sum(term =>
        {
            var (row, split) = Array.FindIndex(sub.Cells, c => c!.Key == term.Cell) >= 0 ? (sub, s) : (total, t);
            var value = Splitter.Value(row.Candidates[split][Array.FindIndex(row.Cells, c => c!.Key == term.Cell)]);
            return term.IsNegated ? -value : value;
        });

        var difference = Side(relation.Left) - Side(relation.Right);
        return relation.Kind == RelationKind.Equal ? difference == 0 : difference <= 0;
    }
}
