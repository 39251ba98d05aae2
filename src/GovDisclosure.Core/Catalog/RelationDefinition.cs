using System.Collections.Immutable;
using System.Text;

namespace GovDisclosure.Catalog;

/// <summary>How the two sides of a relation compare.</summary>
public enum RelationKind
{
    /// <summary>Left = Right.</summary>
    Equal,

    /// <summary>Left ≤ Right.</summary>
    AtMost,
}

/// <summary>How strongly a relation is expected to hold.</summary>
public enum RelationStrength
{
    /// <summary>Always holds in a correct report (printed totals, the 勾稽关系 of 表三).</summary>
    Exact,

    /// <summary>Holds unless something the report should explain happened (corrections, restructuring).</summary>
    Soft,

    /// <summary>A heuristic that ordinary events break (amended regulations).</summary>
    Heuristic,
}

/// <summary>The outcome of checking a relation on a report.</summary>
public enum RelationOutcome
{
    /// <summary>The relation does not apply: a side has no cell that the report's table has, or the previous year's report is missing.</summary>
    NotApplicable,

    /// <summary>A cell the relation needs is blank: the relation can be neither confirmed nor refuted (never a pass, never a failure).</summary>
    CannotCheck,

    /// <summary>The relation holds.</summary>
    Holds,

    /// <summary>The relation does not hold.</summary>
    Violated,

    /// <summary>A side adds up to more than 18 significant digits, beyond what a cell holds: the relation cannot be checked.</summary>
    OutOfRange,
}

/// <summary>One term of a relation: a cell (of this year's or last year's report) or the sum of a prose breakdown, added or subtracted.</summary>
public sealed class RelationTerm
{
    private RelationTerm(CellKey? cell, BreakdownKind? breakdown, bool isNegated, bool isPreviousYear)
    {
        Cell = cell;
        Breakdown = breakdown;
        IsNegated = isNegated;
        IsPreviousYear = isPreviousYear;
    }

    /// <summary>Gets the cell, or <see langword="null"/> for a breakdown term.</summary>
    public CellKey? Cell { get; }

    /// <summary>Gets the breakdown whose counts are added up, or <see langword="null"/> for a cell term.</summary>
    public BreakdownKind? Breakdown { get; }

    /// <summary>Gets a value indicating whether the term is subtracted.</summary>
    public bool IsNegated { get; }

    /// <summary>Gets a value indicating whether the term is read from the previous year's report.</summary>
    public bool IsPreviousYear { get; }

    /// <summary>Formats the term, such as <c>-proactive.regulations.repealed</c> or <c>previous:requests.carriedForward.total</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (IsNegated ? "-" : string.Empty) + (IsPreviousYear ? "previous:" : string.Empty)
        + (Cell?.ToString() ?? "breakdowns." + Breakdown switch
        {
            BreakdownKind.ProactiveByCategory => "proactiveByCategory",
            BreakdownKind.ProactiveByChannel => "proactiveByChannel",
            _ => "figures",
        });

    internal static RelationTerm Of(CellKey cell, bool negated = false, bool previousYear = false) => new(cell, null, negated, previousYear);

    internal static RelationTerm Of(BreakdownKind breakdown) => new(null, breakdown, false, false);

    /// <summary>Gets the ordinal of the cell in the relation's format, or -1 for a breakdown term.</summary>
    internal int Ordinal { get; private set; } = -1;

    internal void Bind(FormatDefinition format) =>
        Ordinal = Cell is { } cell && format.TryGetCell(cell, out var definition) ? definition.Ordinal : -1;

    /// <summary>Reads the term from a report: by ordinal when the report has the relation's format, else by key.</summary>
    internal CellValue Resolve(AnnualReport report, FormatDefinition format) =>
        Breakdown is { } breakdown ? report.Breakdowns.Sum(breakdown)
        : ReferenceEquals(report.Definition, format) ? report.GetCellByOrdinal(Ordinal)
        : report.GetCellOrNotApplicable(Cell!.Value);
}

/// <summary>
/// An arithmetic relation between cells, with a stable id that findings and suppressions cite, such as
/// <c>requests.balance.naturalPerson</c>: newlyReceived + carriedOver = resultsTotal + carriedForward in the 自然人 column.
/// </summary>
/// <remarks>
/// <para>
/// Terms whose cell the report's table does not have (a legacy row not printed, the (六) layout not used) are
/// left out; if a side is left with no term the relation does not apply. A cross-year relation needs every one of its
/// terms: if any cell it reads is missing (last year's report has no such row, or another format) it does not apply,
/// rather than being checked with the term left out. A blank term makes the relation
/// <see cref="RelationOutcome.CannotCheck"/>: a blank is never read as 0.
/// </para>
/// </remarks>
public sealed class RelationDefinition
{
    // How a report of the relation's own format is read, set by Bind for a relation of cells within one report (null
    // for cross-year relations and breakdown terms): the ordinals of the cells, those the format does not have left
    // out. When every term is an added count (whole, never negative) the sides are summed by CellValue.SumCounts;
    // otherwise by CellValue.SumAt, with a subtracted cell's ordinal stored as its complement.
    private int[]? _leftOrdinals;
    private int[] _rightOrdinals = [];
    private bool _countsOnly;

    internal RelationDefinition(
        string id,
        RelationStem stem,
        RelationKind kind,
        RelationStrength strength,
        ImmutableArray<RelationTerm> left,
        ImmutableArray<RelationTerm> right)
    {
        Id = id;
        Stem = stem.Id;
        Label = stem.Label;
        EnglishLabel = stem.EnglishLabel;
        Kind = kind;
        Strength = strength;
        Left = left;
        Right = right;
        IsCrossYear = left.Any(t => t.IsPreviousYear) || right.Any(t => t.IsPreviousYear);
    }

    /// <summary>Gets the relation's stable id, such as <c>requests.balance.naturalPerson</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the family the relation belongs to, such as <c>requests.balance</c>.</summary>
    public string Stem { get; }

    /// <summary>Gets the family's description in Chinese, such as <c>本年新收 + 上年结转 = 办理结果总计 + 结转下年度</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the family's description in English.</summary>
    public string EnglishLabel { get; }

    /// <summary>Gets how the sides compare.</summary>
    public RelationKind Kind { get; }

    /// <summary>Gets how strongly the relation is expected to hold.</summary>
    public RelationStrength Strength { get; }

    /// <summary>Gets the terms of the left side (the printed total, where there is one).</summary>
    public ImmutableArray<RelationTerm> Left { get; }

    /// <summary>Gets the terms of the right side.</summary>
    public ImmutableArray<RelationTerm> Right { get; }

    /// <summary>Gets a value indicating whether the relation links a report to the previous year's report of the same agency.</summary>
    public bool IsCrossYear { get; }

    /// <summary>Gets every term the relation reads, left side first.</summary>
    public IEnumerable<RelationTerm> Terms => Left.Concat(Right);

    /// <summary>
    /// Gets what the relation is about within its family, in Chinese: the column, row or row and period whose cells it
    /// adds, such as <c>自然人</c> for <c>requests.balance.naturalPerson</c>; empty for a family of one relation.
    /// </summary>
    public string Subject { get; private set; } = string.Empty;

    /// <summary>Gets <see cref="Subject"/> in English.</summary>
    public string EnglishSubject { get; private set; } = string.Empty;

    /// <summary>Gets the format whose catalogue holds the relation.</summary>
    public FormatDefinition Format { get; private set; } = null!;

    /// <summary>Gets <see cref="Subject"/> in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The subject.</returns>
    public string GetSubject(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishSubject : Subject;

    /// <summary>Gets the family's description in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    public string GetLabel(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishLabel : Label;

    /// <summary>Checks the relation on a report.</summary>
    /// <param name="report">The report (this year's, for a cross-year relation).</param>
    /// <param name="previous">The same agency's report of the previous year, for a cross-year relation.</param>
    /// <returns>The outcome with the values of both sides.</returns>
    /// <remarks>A side whose sum has more than 18 significant digits gives <see cref="RelationOutcome.OutOfRange"/>, never an exception.</remarks>
    public RelationCheck Evaluate(AnnualReport report, AnnualReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            return EvaluateChecked(report, previous);
        }
        catch (OverflowException)
        {
            return new RelationCheck(this, RelationOutcome.OutOfRange, CellValue.NotApplicable, CellValue.NotApplicable);
        }
    }

    private RelationCheck EvaluateChecked(AnnualReport report, AnnualReport? previous)
    {
        if (_leftOrdinals is { } leftOrdinals && ReferenceEquals(report.Definition, Format))
        {
            var cells = report.CellSpan;
            return _countsOnly
                ? CompareCounts(cells, leftOrdinals)
                : Compare(CellValue.SumAt(cells, leftOrdinals), CellValue.SumAt(cells, _rightOrdinals));
        }

        if (IsCrossYear && (previous is null || !AllTermsApplicable(report, previous)))
        {
            return new RelationCheck(this, RelationOutcome.NotApplicable, CellValue.NotApplicable, CellValue.NotApplicable);
        }

        return Compare(Sum(Left.AsSpan(), report, previous), Sum(Right.AsSpan(), report, previous));
    }

    /// <summary>
    /// Says, on whole counts and without building the outcome, that a relation of counts within one report holds or
    /// does not apply: the validator's path for the relations that give no finding. False when the relation must be
    /// evaluated in full (<see cref="Evaluate"/>): it is not such a relation, a cell is blank, it is violated, or a sum
    /// leaves 18 digits.
    /// </summary>
    internal bool HoldsOrDoesNotApply(AnnualReport report)
    {
        if (_leftOrdinals is not { } leftOrdinals || !_countsOnly || !ReferenceEquals(report.Definition, Format))
        {
            return false;
        }

        var cells = report.CellSpan;
        long leftUnits, rightUnits;
        int leftStates, rightStates;
        try
        {
            leftUnits = CellValue.SumCounts(cells, leftOrdinals, out leftStates);
            rightUnits = CellValue.SumCounts(cells, _rightOrdinals, out rightStates);
        }
        catch (OverflowException)
        {
            return false;
        }

        return leftStates == 0 || rightStates == 0
            || (((leftStates | rightStates) & (int)CellState.Blank) == 0 && (Kind == RelationKind.Equal ? leftUnits == rightUnits : leftUnits <= rightUnits));
    }

    /// <summary>Does what <see cref="Compare"/> does for a relation of counts, on plain numbers.</summary>
    private RelationCheck CompareCounts(ReadOnlySpan<CellValue> cells, int[] leftOrdinals)
    {
        var leftUnits = CellValue.SumCounts(cells, leftOrdinals, out var leftStates);
        var rightUnits = CellValue.SumCounts(cells, _rightOrdinals, out var rightStates);
        var outcome = leftStates == 0 || rightStates == 0 ? RelationOutcome.NotApplicable
            : ((leftStates | rightStates) & (int)CellState.Blank) != 0 ? RelationOutcome.CannotCheck
            : (Kind == RelationKind.Equal ? leftUnits == rightUnits : leftUnits <= rightUnits) ? RelationOutcome.Holds
            : RelationOutcome.Violated;
        return new RelationCheck(this, outcome, CellValue.FromCountSum(leftUnits, leftStates), CellValue.FromCountSum(rightUnits, rightStates));
    }

    private RelationCheck Compare(CellValue left, CellValue right)
    {
        if (!left.IsApplicable || !right.IsApplicable)
        {
            return new RelationCheck(this, RelationOutcome.NotApplicable, left, right);
        }

        if (left.IsBlank || right.IsBlank)
        {
            return new RelationCheck(this, RelationOutcome.CannotCheck, left, right);
        }

        var comparison = left.CompareAmount(right);
        var holds = Kind == RelationKind.Equal ? comparison == 0 : comparison <= 0;
        return new RelationCheck(this, holds ? RelationOutcome.Holds : RelationOutcome.Violated, left, right);
    }

    /// <summary>Lists the cells the relation reads that are blank in a report (or in the previous year's, for its terms).</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">The previous year's report, for a cross-year relation.</param>
    /// <returns>The blank terms, in the relation's order.</returns>
    public IEnumerable<RelationTerm> GetBlankTerms(AnnualReport report, AnnualReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var term in Terms)
        {
            var source = term.IsPreviousYear ? previous : report;
            if (source is not null && term.Resolve(source, Format).IsBlank)
            {
                yield return term;
            }
        }
    }

    /// <summary>Formats the relation with its cell keys, such as <c>requests.resultsTotal.total = requests.granted.total + …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, Left);
        text.Append(Kind == RelationKind.Equal ? " = " : " <= ");
        Append(text, Right);
        return text.ToString();

        static void Append(StringBuilder text, ImmutableArray<RelationTerm> terms)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                var term = terms[i];
                if (i > 0)
                {
                    text.Append(term.IsNegated ? " - " : " + ");
                }
                else if (term.IsNegated)
                {
                    text.Append('-');
                }

                text.Append(term.IsPreviousYear ? "previous:" : string.Empty).Append(term.Cell?.ToString() ?? term.ToString().TrimStart('-'));
            }
        }
    }

    internal void Bind(FormatDefinition format)
    {
        Format = format;
        foreach (var term in Terms)
        {
            term.Bind(format);
        }

        if (!IsCrossYear && Terms.All(t => t.Cell is not null))
        {
            _leftOrdinals = SignedOrdinals(Left);
            _rightOrdinals = SignedOrdinals(Right);
            _countsOnly = Terms.All(t => !t.IsNegated && (t.Ordinal < 0 || format.Cells[t.Ordinal].Kind == ValueKind.Count));
        }

        (Subject, EnglishSubject) = DescribeSubject(format);
    }

    /// <summary>The ordinals of the cells the terms read (<c>~ordinal</c> for a subtracted one), without the cells the format does not have.</summary>
    private static int[] SignedOrdinals(ImmutableArray<RelationTerm> terms) =>
        [.. terms.Where(t => t.Ordinal >= 0).Select(t => t.IsNegated ? ~t.Ordinal : t.Ordinal)];

    private (string Subject, string EnglishSubject) DescribeSubject(FormatDefinition format)
    {
        var suffix = Id.Length > Stem.Length ? Id[(Stem.Length + 1)..] : string.Empty;
        var table = Terms.Select(t => t.Cell).FirstOrDefault(c => c is not null) is { } cell ? format.FindTable(cell.Table) : null;
        if (suffix.Length == 0 || table is null)
        {
            return (string.Empty, string.Empty);
        }

        if (table.FindColumn(suffix) is { } column)
        {
            return (column.Label, column.EnglishLabel);
        }

        if (table.FindRow(suffix) is { } row)
        {
            return (row.Label, row.EnglishLabel);
        }

        var dot = suffix.LastIndexOf('.');
        if (dot > 0 && table.FindRow(suffix[..dot]) is { } partRow && table.FindColumn(suffix[(dot + 1)..]) is { } partColumn)
        {
            return ($"{partRow.Label}（{partColumn.Label}）", $"{partRow.EnglishLabel} ({partColumn.EnglishLabel})");
        }

        throw new InvalidOperationException($"Relation {Id}: '{suffix}' is neither a column nor a row of table {table.Key}.");
    }

    private bool AllTermsApplicable(AnnualReport report, AnnualReport previous)
    {
        foreach (var term in Left)
        {
            if (!term.Resolve(term.IsPreviousYear ? previous : report, Format).IsApplicable)
            {
                return false;
            }
        }

        foreach (var term in Right)
        {
            if (!term.Resolve(term.IsPreviousYear ? previous : report, Format).IsApplicable)
            {
                return false;
            }
        }

        return true;
    }

    private CellValue Sum(ReadOnlySpan<RelationTerm> terms, AnnualReport report, AnnualReport? previous)
    {
        var accumulator = default(CellValue.Accumulator);
        foreach (var term in terms)
        {
            var source = term.IsPreviousYear ? previous! : report;
            accumulator.Add(term.Resolve(source, Format), term.IsNegated ? -1 : 1);
        }

        return accumulator.Result;
    }
}

/// <summary>The outcome of checking a relation on a report, with the values of both sides.</summary>
/// <remarks>The default value is not the outcome of any check: its <see cref="Relation"/> is <see langword="null"/>.</remarks>
public readonly struct RelationCheck
{
    internal RelationCheck(RelationDefinition relation, RelationOutcome outcome, CellValue left, CellValue right)
    {
        Relation = relation;
        Outcome = outcome;
        Left = left;
        Right = right;
    }

    /// <summary>Gets the relation checked.</summary>
    public RelationDefinition Relation { get; }

    /// <summary>Gets the outcome.</summary>
    public RelationOutcome Outcome { get; }

    /// <summary>Gets the left side's sum (blank when a term is blank; not applicable when no term applies).</summary>
    public CellValue Left { get; }

    /// <summary>Gets the right side's sum (blank when a term is blank; not applicable when no term applies).</summary>
    public CellValue Right { get; }
}

/// <summary>A family of relations: its id and its description in both languages.</summary>
internal sealed record RelationStem(string Id, string Label, string EnglishLabel);

/// <summary>How a format's cells give a key indicator.</summary>
public sealed class KeyIndicatorDefinition : CatalogEntry
{
    internal KeyIndicatorDefinition(KeyIndicator indicator, string key, string label, string englishLabel, ImmutableArray<CellKey> cells)
        : base(key, label, englishLabel, [])
    {
        Indicator = indicator;
        Cells = cells;
    }

    private FormatDefinition? _format;
    private int[] _ordinals = [];

    /// <summary>Gets the indicator.</summary>
    public KeyIndicator Indicator { get; }

    /// <summary>
    /// Gets the cells added up to give the indicator; cells the report's table does not have are left out. Empty when the
    /// format cannot give the indicator.
    /// </summary>
    public ImmutableArray<CellKey> Cells { get; }

    /// <summary>Gets a value indicating whether the format can give the indicator at all.</summary>
    public bool IsAvailable => !Cells.IsEmpty;

    /// <summary>Computes the indicator for a report of this format.</summary>
    /// <param name="report">The report.</param>
    /// <returns>
    /// The sum; blank when a cell it needs is blank; not applicable when the report cannot give the indicator.
    /// Never 0 for a figure the report does not give.
    /// </returns>
    public CellValue Evaluate(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var accumulator = default(CellValue.Accumulator);
        if (ReferenceEquals(report.Definition, _format))
        {
            // The report has the catalogue's format: read its cells by ordinal, with no lookup by key.
            foreach (var ordinal in _ordinals)
            {
                accumulator.Add(report.GetCellByOrdinal(ordinal), 1);
            }

            return accumulator.Result;
        }

        foreach (var cell in Cells)
        {
            accumulator.Add(report.GetCellOrNotApplicable(cell), 1);
        }

        return accumulator.Result;
    }

    /// <summary>Resolves the cells to ordinals of the format that holds the definition.</summary>
    internal void Bind(FormatDefinition format)
    {
        _format = format;
        _ordinals = [.. Cells.Select(c => format.TryGetCell(c, out var cell) ? cell.Ordinal : -1)];
    }
}
