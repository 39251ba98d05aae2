using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Catalog;

namespace GovDisclosure.Rollup;

/// <summary>Starts next year's report from this year's, for a preparer: identity, format, carry-over and cumulative starting points, and nothing else.</summary>
public static class CarryForward
{
    private const string Requests = "requests";
    private const string CarriedForwardRow = "carriedForward";
    private const string CarriedOverRow = "carriedOver";

    /// <summary>Starts the report on the year after a report's.</summary>
    /// <param name="report">This year's report.</param>
    /// <returns>
    /// The draft: a builder for year N+1 with the same agency and the format of that year
    /// (<see cref="FormatCatalog.ForYear(int)"/>). Between national reports, 上年结转 (<c>requests.carriedOver.*</c>) is
    /// this year's 结转下年度继续办理 (<c>requests.carriedForward.*</c>), column by column (a blank stays blank). From a
    /// legacy report to a legacy year, this year's printed cumulatives are kept as starting points in the draft (not
    /// in the builder's cells). Nothing else is filled in: no publication date, address, sections, breakdowns,
    /// suppressions or other cells.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The report is on the last year a report may carry.</exception>
    public static NextYearDraft StartNextYear(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year >= AnnualReport.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(report), report.Year, $"A report on {report.Year} has no next year: reports carry years up to {AnnualReport.MaxYear}.");
        }

        var year = report.Year + 1;
        var format = FormatCatalog.ForYear(year);
        var builder = AnnualReport.CreateBuilder(format.Format, year, report.Agency);
        var notes = ImmutableArray.CreateBuilder<string>();
        var cumulative = ImmutableSortedDictionary.CreateBuilder<CellKey, CellValue>();
        var otherCumulative = ImmutableSortedDictionary.CreateBuilder<string, CellValue>(StringComparer.Ordinal);
        var fromNational = report.Definition.FindTable(Requests) is not null;
        var toNational = format.FindTable(Requests) is not null;
        if (fromNational && toNational)
        {
            CarryOver(report, builder);
        }
        else if (toNational)
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The report on {report.Year} is in the {report.Definition.Key} format, which has no 结转下年度继续办理 (requests.carriedForward): 上年结转 (requests.carriedOver) of {year} cannot be taken from it and is left blank."));
        }
        else if (report.Format == ReportFormat.Legacy)
        {
            CumulativeStart(report, cumulative, otherCumulative);
        }
        else
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The report on {report.Year} is in the {report.Definition.Key} format, which has no cumulative (历年累计) figures: the cumulative figures of {year} have no starting point."));
        }

        return new NextYearDraft(report, builder, cumulative.ToImmutable(), otherCumulative.ToImmutable(), notes.ToImmutable());
    }

    private static void CarryOver(AnnualReport report, AnnualReportBuilder builder)
    {
        var target = builder.Definition.FindTable(Requests)!;
        var carriedOver = target.FindRow(CarriedOverRow)!;
        foreach (var column in target.Columns)
        {
            if (target.GetCell(carriedOver, column) is null)
            {
                continue;
            }

            var source = report.GetCellOrNotApplicable(new CellKey(Requests, CarriedForwardRow, column.Key));
            if (source.IsReported)
            {
                builder[new CellKey(Requests, CarriedOverRow, column.Key)] = source;
            }
        }
    }

    private static void CumulativeStart(
        AnnualReport report,
        ImmutableSortedDictionary<CellKey, CellValue>.Builder cumulative,
        ImmutableSortedDictionary<string, CellValue>.Builder otherCumulative)
    {
        foreach (var cell in report.Definition.Cells)
        {
            if (cell.Column.Key == NextYearDraft.CumulativeColumn && report[cell].IsApplicable)
            {
                cumulative[cell.Key] = report[cell];
            }
        }

        foreach (var row in report.LegacyOtherRows)
        {
            if (row.Cumulative.IsApplicable)
            {
                // A label printed twice is not a starting point: which figure continues is not guessed.
                if (otherCumulative.ContainsKey(row.Label))
                {
                    otherCumulative[row.Label] = CellValue.Blank;
                }
                else
                {
                    otherCumulative[row.Label] = row.Cumulative;
                }
            }
        }
    }
}

/// <summary>
/// Next year's report as a preparer starts it (<see cref="CarryForward.StartNextYear(AnnualReport)"/>): a builder with
/// the identity, the format and the carry-over, the cumulative starting points of a legacy report, and notes on what
/// could not be carried forward.
/// </summary>
public sealed class NextYearDraft
{
    internal const string CumulativeColumn = "cumulative";
    private const string AnnualColumn = "annual";

    internal NextYearDraft(
        AnnualReport previous,
        AnnualReportBuilder builder,
        ImmutableSortedDictionary<CellKey, CellValue> cumulativeStart,
        ImmutableSortedDictionary<string, CellValue> otherRowCumulativeStart,
        ImmutableArray<string> notes)
    {
        Previous = previous;
        Builder = builder;
        CumulativeStart = cumulativeStart;
        OtherRowCumulativeStart = otherRowCumulativeStart;
        Notes = notes;
    }

    /// <summary>Gets the report the draft starts from (year N).</summary>
    public AnnualReport Previous { get; }

    /// <summary>Gets the builder of the report on year N+1, for the preparer to fill in.</summary>
    public AnnualReportBuilder Builder { get; }

    /// <summary>
    /// Gets the cumulative starting points of a legacy report followed by a legacy year: each cumulative cell of year N
    /// (<c>legacy.proactive.total.cumulative</c>) with its printed value (a blank stays blank). Empty otherwise. They are
    /// not in <see cref="Builder"/>'s cells; <see cref="CompleteCumulative"/> adds this year's annual figures to them.
    /// </summary>
    public ImmutableSortedDictionary<CellKey, CellValue> CumulativeStart { get; }

    /// <summary>
    /// Gets the cumulative starting points of the legacy rows the catalogue does not know, by printed label (blank for a
    /// label printed twice). The preparer adds these rows with <see cref="AnnualReportBuilder.AddLegacyOtherRow"/>;
    /// <see cref="CumulativeTotals.Next"/> gives their cumulative.
    /// </summary>
    public ImmutableSortedDictionary<string, CellValue> OtherRowCumulativeStart { get; }

    /// <summary>Gets what could not be carried forward, and why (such as 上年结转 after a legacy report).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// Fills in the cumulative cells of the builder: for each starting point, cumulative = start + this year's annual
    /// figure, where the preparer has entered the annual figure and the start is reported. A cumulative cell that
    /// already holds a figure is left as the preparer entered it; a blank annual figure or start leaves the cell
    /// unfilled (never 0).
    /// </summary>
    /// <returns>The cumulative cells filled in, in key order.</returns>
    /// <exception cref="OverflowException">A cumulative does not fit in 18 significant digits.</exception>
    public ImmutableArray<CellKey> CompleteCumulative()
    {
        var filled = ImmutableArray.CreateBuilder<CellKey>();
        foreach (var (key, start) in CumulativeStart)
        {
            var annualKey = new CellKey(key.Table, key.Row, AnnualColumn);
            var annual = Builder[annualKey];
            if (!start.IsReported || !annual.IsReported || Builder[key].IsReported)
            {
                continue;
            }

            Builder[key] = CumulativeTotals.Next(start, annual);
            filled.Add(key);
        }

        return filled.ToImmutable();
    }
}
