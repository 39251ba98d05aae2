namespace GovDisclosure.Rollup;

/// <summary>
/// One year of an agency's series of a key indicator: the value, the previous year's value, the change and the growth
/// rate.
/// </summary>
/// <remarks>
/// <para>
/// A change is computed only between consecutive years: <see cref="PreviousYear"/> is <c>Year − 1</c> when the agency's
/// report on that year is in the history, else <see langword="null"/>, and then <see cref="Previous"/> and
/// <see cref="Change"/> are not applicable and <see cref="GrowthRate"/> is <see langword="null"/>. A change is never
/// computed across a missing year.
/// </para>
/// <para>
/// <see cref="Change"/> is not applicable when either value is not applicable (the format of either year cannot give
/// the indicator, such as <c>requestsCarriedOver</c> across 2018 → 2019), blank when either is blank, and otherwise
/// <c>Value − Previous</c> (checked). <see cref="GrowthRate"/> is <c>(Value − Previous) / Previous</c> in
/// <see cref="decimal"/>, and <see langword="null"/> whenever it cannot be computed: either value blank or not
/// applicable, or the previous value 0. It is never 0 for a missing figure, nor infinity.
/// </para>
/// </remarks>
/// <para>
/// <see cref="Change"/> and <see cref="GrowthRate"/> are computed when read, so that a series of millions of points
/// costs neither a decimal division nor the room for them until they are wanted.
/// </para>
public readonly record struct IndicatorPoint
{
    /// <summary>Initializes a new instance of the <see cref="IndicatorPoint"/> struct.</summary>
    /// <param name="year">The reporting year.</param>
    /// <param name="format">The format of that year's report.</param>
    /// <param name="indicator">The key indicator.</param>
    /// <param name="value">The indicator in that year's report (not applicable when the format cannot give it, blank when a cell it needs is blank).</param>
    /// <param name="previousYear"><c>year − 1</c> when the agency's report on that year is in the history, else <see langword="null"/>.</param>
    /// <param name="previous">The indicator in the previous year's report (taken as not applicable when <paramref name="previousYear"/> is <see langword="null"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="previousYear"/> is not <c>year − 1</c>.</exception>
    public IndicatorPoint(int year, ReportFormat format, KeyIndicator indicator, CellValue value, int? previousYear, CellValue previous)
    {
        if (previousYear is { } before && before != year - 1)
        {
            throw new ArgumentException($"A change is computed only from the year before: expected {year - 1}, found {before}.", nameof(previousYear));
        }

        Year = year;
        Format = format;
        Indicator = indicator;
        Value = value;
        PreviousYear = previousYear;
        Previous = previousYear is null ? CellValue.NotApplicable : previous;
    }

    /// <summary>Gets the reporting year.</summary>
    public int Year { get; }

    /// <summary>Gets the format of that year's report.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets the key indicator.</summary>
    public KeyIndicator Indicator { get; }

    /// <summary>Gets the indicator in that year's report (not applicable when the format cannot give it, blank when a cell it needs is blank).</summary>
    public CellValue Value { get; }

    /// <summary>Gets <c>Year − 1</c> when the agency's report on that year is in the history, else <see langword="null"/>.</summary>
    public int? PreviousYear { get; }

    /// <summary>Gets the indicator in the previous year's report; not applicable when there is no such report.</summary>
    public CellValue Previous { get; }

    /// <summary>Gets <c>Value − Previous</c> when both are reported; blank when either is blank; else not applicable.</summary>
    /// <exception cref="OverflowException">The change does not fit in 18 significant digits.</exception>
    public CellValue Change => Subtract(Value, Previous);

    /// <summary>Gets <c>(Value − Previous) / Previous</c>, or <see langword="null"/> when it cannot be computed.</summary>
    public decimal? GrowthRate =>
        Value.TryGetValue(out var now) && Previous.TryGetValue(out var before) && before != 0m ? (now - before) / before : null;

    /// <summary>
    /// Subtracts one cell from another: not applicable when either is not applicable, blank when either is blank, else
    /// the difference (checked).
    /// </summary>
    internal static CellValue Subtract(CellValue value, CellValue previous) => CellArithmetic.Combine(value, previous, -1);
}
