using System.Collections.Immutable;
using GovDisclosure.Catalog;

namespace GovDisclosure.Rollup;

/// <summary>
/// The legacy cumulative totals (历年累计): this year's cumulative from last year's and this year's annual figure, and
/// the recomputation of a whole series from its first printed cumulative.
/// </summary>
/// <remarks>
/// Only legacy reports (2008–2018) have cumulative columns; reports of the national formats are ignored here. Sums are
/// checked: a cumulative that does not fit in 18 significant digits is an <see cref="OverflowException"/>, never a
/// wrap. A figure is never guessed: a blank stays blank, a missing year breaks the chain.
/// </remarks>
public static class CumulativeTotals
{
    private const string AnnualColumn = "annual";
    private const string CumulativeColumn = "cumulative";

    /// <summary>Computes this year's cumulative: last year's cumulative plus this year's annual figure.</summary>
    /// <param name="previousCumulative">Last year's cumulative.</param>
    /// <param name="annual">This year's annual figure.</param>
    /// <returns>
    /// The sum; not applicable when either is not applicable, else blank when either is blank.
    /// </returns>
    /// <exception cref="OverflowException">The sum does not fit in 18 significant digits.</exception>
    public static CellValue Next(CellValue previousCumulative, CellValue annual) => CellArithmetic.Combine(previousCumulative, annual, 1);

    /// <summary>Recomputes the cumulative totals of one agency's legacy reports and lists where the printed ones differ.</summary>
    /// <param name="reports">The reports of one agency (by <see cref="AgencyKey"/>); reports of the national formats are ignored.</param>
    /// <returns>The differences and the breaks of the chain.</returns>
    /// <exception cref="ArgumentException">There is no report, or the reports are of more than one agency.</exception>
    /// <exception cref="DuplicateReportException">Two reports have the same year.</exception>
    /// <exception cref="OverflowException">A computed cumulative does not fit in 18 significant digits.</exception>
    public static CumulativeCheck Recompute(IEnumerable<AnnualReport> reports) => Recompute(AgencyHistory.Of(reports));

    /// <summary>Recomputes the cumulative totals of an agency's legacy reports and lists where the printed ones differ.</summary>
    /// <param name="history">The agency's history; reports of the national formats are ignored.</param>
    /// <returns>The differences and the breaks of the chain.</returns>
    /// <exception cref="OverflowException">A computed cumulative does not fit in 18 significant digits.</exception>
    /// <remarks>
    /// <para>
    /// For each legacy indicator row of the catalogue, and each row the catalogue does not know (matched across years
    /// by its printed label, exactly), the chain starts at the first year whose printed cumulative is reported and
    /// goes on year by year: computed(N) = computed(N−1) + annual(N). Each year whose printed cumulative is reported
    /// and differs from the computed one is listed; the chain goes on from the computed figure, so one misprinted
    /// year is listed once.
    /// </para>
    /// <para>
    /// The chain breaks when the previous year's report is missing, when this year's annual figure is blank or not
    /// applicable, or when a label the catalogue does not know is printed twice in one report; each break is listed
    /// with its reason, and the chain restarts from that year's printed cumulative where it is reported. A blank
    /// printed cumulative where a chain would start is listed as a break too. A printed cumulative that is blank while
    /// the chain runs is neither compared nor a break.
    /// </para>
    /// </remarks>
    public static CumulativeCheck Recompute(AgencyHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var legacy = history.Reports.Where(r => r.Format == ReportFormat.Legacy).ToArray();
        var differences = ImmutableArray.CreateBuilder<CumulativeDifference>();
        var breaks = ImmutableArray.CreateBuilder<CumulativeChainBreak>();
        var table = FormatCatalog.Legacy.Tables[0];
        var annualColumn = table.FindColumn(AnnualColumn)!;
        var cumulativeColumn = table.FindColumn(CumulativeColumn)!;
        foreach (var row in table.Rows)
        {
            var annualCell = table.GetCell(row, annualColumn);
            var cumulativeCell = table.GetCell(row, cumulativeColumn);
            if (annualCell is null || cumulativeCell is null)
            {
                continue;
            }

            var chain = new Chain(row.Key, false, differences, breaks);
            foreach (var report in legacy)
            {
                chain.Step(report.Year, report[annualCell], report[cumulativeCell], ambiguous: false);
            }
        }

        var labels = legacy.SelectMany(r => r.LegacyOtherRows).Select(r => r.Label).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var label in labels)
        {
            var chain = new Chain(label, true, differences, breaks);
            foreach (var report in legacy)
            {
                LegacyOtherRow? found = null;
                var count = 0;
                foreach (var other in report.LegacyOtherRows)
                {
                    if (string.Equals(other.Label, label, StringComparison.Ordinal))
                    {
                        found ??= other;
                        count++;
                    }
                }

                chain.Step(report.Year, found?.Annual ?? CellValue.NotApplicable, found?.Cumulative ?? CellValue.NotApplicable, ambiguous: count > 1);
            }
        }

        return new CumulativeCheck(history.Key, [.. legacy.Select(r => r.Year)], differences.ToImmutable(), breaks.ToImmutable());
    }

    /// <summary>The running chain of one row.</summary>
    private sealed class Chain(
        string row,
        bool isOtherRow,
        ImmutableArray<CumulativeDifference>.Builder differences,
        ImmutableArray<CumulativeChainBreak>.Builder breaks)
    {
        private bool _running;
        private CellValue _computed;
        private int _year;

        public void Step(int year, CellValue annual, CellValue printed, bool ambiguous)
        {
            if (ambiguous)
            {
                breaks.Add(new CumulativeChainBreak(year, row, isOtherRow, CumulativeBreakReason.AmbiguousLabel, Restarted: false));
                _running = false;
                return;
            }

            if (!annual.IsApplicable && !printed.IsApplicable && !_running)
            {
                return;
            }

            CumulativeBreakReason? reason = null;
            if (_running)
            {
                if (_year != year - 1)
                {
                    reason = CumulativeBreakReason.MissingYear;
                }
                else if (annual.IsBlank)
                {
                    reason = CumulativeBreakReason.BlankAnnual;
                }
                else if (!annual.IsApplicable)
                {
                    reason = CumulativeBreakReason.AnnualNotApplicable;
                }
                else
                {
                    _computed = Next(_computed, annual);
                    _year = year;
                    if (printed.IsReported && printed != _computed)
                    {
                        differences.Add(new CumulativeDifference(year, row, isOtherRow, printed, _computed));
                    }

                    return;
                }
            }

            _running = printed.IsReported;
            if (_running)
            {
                _computed = printed;
                _year = year;
            }

            if (reason is { } why)
            {
                breaks.Add(new CumulativeChainBreak(year, row, isOtherRow, why, _running));
            }
            else if (printed.IsBlank)
            {
                breaks.Add(new CumulativeChainBreak(year, row, isOtherRow, CumulativeBreakReason.BlankCumulative, Restarted: false));
            }
        }
    }
}

/// <summary>The outcome of <see cref="CumulativeTotals.Recompute(AgencyHistory)"/> for one agency.</summary>
public sealed class CumulativeCheck
{
    internal CumulativeCheck(AgencyKey key, ImmutableArray<int> years, ImmutableArray<CumulativeDifference> differences, ImmutableArray<CumulativeChainBreak> breaks)
    {
        Key = key;
        Years = years;
        Differences = differences;
        Breaks = breaks;
    }

    /// <summary>Gets the agency's key.</summary>
    public AgencyKey Key { get; }

    /// <summary>Gets the years of the legacy reports checked, in order.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Gets every year and row whose printed cumulative differs from the computed one, by row, then year.</summary>
    public ImmutableArray<CumulativeDifference> Differences { get; }

    /// <summary>Gets every place the chain broke, with the reason, by row, then year.</summary>
    public ImmutableArray<CumulativeChainBreak> Breaks { get; }

    /// <summary>Gets a value indicating whether every printed cumulative that could be checked matches the computed one.</summary>
    public bool IsConsistent => Differences.IsEmpty;
}

/// <summary>A printed cumulative (历年累计) that differs from the one computed from the first year on.</summary>
/// <param name="Year">The reporting year.</param>
/// <param name="Row">The legacy indicator key (<c>proactive.total</c>), or the printed label of a row the catalogue does not know.</param>
/// <param name="IsOtherRow">Whether <paramref name="Row"/> is the printed label of a row the catalogue does not know.</param>
/// <param name="Printed">The cumulative the report prints.</param>
/// <param name="Computed">The cumulative computed: the chain's start plus every annual figure since.</param>
public sealed record CumulativeDifference(int Year, string Row, bool IsOtherRow, CellValue Printed, CellValue Computed)
{
    /// <summary>Gets the key of the cumulative cell (<c>legacy.proactive.total.cumulative</c>), or <see langword="null"/> for a row the catalogue does not know.</summary>
    public CellKey? Cell => IsOtherRow ? null : new CellKey("legacy", Row, "cumulative");

    /// <summary>Gets the printed cumulative minus the computed one.</summary>
    public CellValue Difference => IndicatorPoint.Subtract(Printed, Computed);
}

/// <summary>Where the chain of cumulative totals broke, and why.</summary>
/// <param name="Year">The year the chain could not reach.</param>
/// <param name="Row">The legacy indicator key (<c>proactive.total</c>), or the printed label of a row the catalogue does not know.</param>
/// <param name="IsOtherRow">Whether <paramref name="Row"/> is the printed label of a row the catalogue does not know.</param>
/// <param name="Reason">Why the chain broke.</param>
/// <param name="Restarted">Whether the chain restarted from that year's printed cumulative.</param>
public sealed record CumulativeChainBreak(int Year, string Row, bool IsOtherRow, CumulativeBreakReason Reason, bool Restarted);

/// <summary>Why a chain of cumulative totals broke.</summary>
public enum CumulativeBreakReason
{
    /// <summary>The report on the year before is missing: nothing is assumed about it.</summary>
    MissingYear,

    /// <summary>This year's annual figure is blank: blank is not 0.</summary>
    BlankAnnual,

    /// <summary>This year's report has no annual figure for the row (the row or the annual column is absent).</summary>
    AnnualNotApplicable,

    /// <summary>The printed cumulative is blank where the chain would start: there is no starting point.</summary>
    BlankCumulative,

    /// <summary>A row the catalogue does not know is printed twice with the same label in one report: which one continues the chain is not guessed.</summary>
    AmbiguousLabel,
}
