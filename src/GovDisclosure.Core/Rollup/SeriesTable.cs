namespace GovDisclosure.Rollup;

/// <summary>The key indicators of many agencies and years as rows, ready to be written as CSV.</summary>
public static class SeriesTable
{
    /// <summary>Gets one row per agency, year and key indicator that the year's format can give.</summary>
    /// <param name="histories">The agencies' histories (<see cref="AgencyHistory.Build"/>).</param>
    /// <returns>
    /// The rows: histories in the order given, then years in order, then indicators in the order of
    /// <see cref="KeyIndicator"/>. An indicator that a year's format cannot give has no row (it is absent, never 0); a
    /// blank indicator has a row with a blank value.
    /// </returns>
    /// <exception cref="OverflowException">A change does not fit in 18 significant digits.</exception>
    public static IEnumerable<SeriesRow> Rows(IEnumerable<AgencyHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        return RowsIterator(histories);
    }

    private static IEnumerable<SeriesRow> RowsIterator(IEnumerable<AgencyHistory> histories)
    {
        var indicators = Enum.GetValues<KeyIndicator>();
        var series = new System.Collections.Immutable.ImmutableArray<IndicatorPoint>[indicators.Length];
        foreach (var history in histories)
        {
            ArgumentNullException.ThrowIfNull(history, nameof(histories));
            var agency = history.Agency;
            var key = history.Key.ToString();
            for (var i = 0; i < indicators.Length; i++)
            {
                series[i] = history.GetSeries(indicators[i]);
            }

            for (var r = 0; r < history.Reports.Length; r++)
            {
                var definition = history.Reports[r].Definition;
                for (var i = 0; i < indicators.Length; i++)
                {
                    var indicator = definition.GetKeyIndicator(indicators[i]);
                    if (!indicator.IsAvailable)
                    {
                        continue;
                    }

                    var point = series[i][r];
                    yield return new SeriesRow
                    {
                        AgencyName = agency.Name,
                        CreditCode = agency.CreditCode,
                        DivisionCode = agency.DivisionCode,
                        AgencyKey = key,
                        Year = point.Year,
                        Format = point.Format,
                        Indicator = point.Indicator,
                        IndicatorKey = indicator.Key,
                        Value = point.Value,
                        PreviousYear = point.PreviousYear,
                        Previous = point.Previous,
                        Change = point.Change,
                        GrowthRate = point.GrowthRate,
                    };
                }
            }
        }
    }
}

/// <summary>
/// One row of a series table: an agency, a year and a key indicator, with the previous year's value, the change and
/// the growth rate (see <see cref="IndicatorPoint"/>).
/// </summary>
/// <remarks>
/// The identity columns are those of the agency's latest report (<see cref="AgencyHistory.Agency"/>), the same on every
/// row of one agency, so that a renamed agency's rows (under one credit code) group together.
/// </remarks>
public sealed record SeriesRow
{
    /// <summary>Gets the agency's name, as its latest report prints it.</summary>
    public required string AgencyName { get; init; }

    /// <summary>Gets the agency's unified social credit code, where its latest report gives one.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the agency's administrative division code, where its latest report gives one.</summary>
    public DivisionCode? DivisionCode { get; init; }

    /// <summary>Gets the text of the agency's key (<see cref="GovDisclosure.AgencyKey.ToString"/>), such as <c>name:沙县高桥镇人民政府</c>.</summary>
    public required string AgencyKey { get; init; }

    /// <summary>Gets the reporting year.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the format of that year's report.</summary>
    public required ReportFormat Format { get; init; }

    /// <summary>Gets the key indicator.</summary>
    public required KeyIndicator Indicator { get; init; }

    /// <summary>Gets the indicator's catalogue key, such as <c>requestsReceived</c>.</summary>
    public required string IndicatorKey { get; init; }

    /// <summary>Gets the indicator's value (blank when a cell it needs is blank).</summary>
    public required CellValue Value { get; init; }

    /// <summary>Gets <c>Year − 1</c> when the agency's report on that year exists, else <see langword="null"/>.</summary>
    public int? PreviousYear { get; init; }

    /// <summary>Gets the previous year's value (not applicable when there is no previous year or its format cannot give the indicator).</summary>
    public CellValue Previous { get; init; }

    /// <summary>Gets the change from the previous year (see <see cref="IndicatorPoint.Change"/>).</summary>
    public CellValue Change { get; init; }

    /// <summary>Gets the growth rate from the previous year, or <see langword="null"/> when it cannot be computed (see <see cref="IndicatorPoint.GrowthRate"/>).</summary>
    public decimal? GrowthRate { get; init; }
}
