namespace GovDisclosure;

/// <summary>
/// A row of a legacy table that the catalogue does not know, kept with its printed label and its figures
/// (never dropped). Its number kind is unknown, so its figures are kept as printed.
/// </summary>
public sealed record LegacyOtherRow
{
    /// <summary>Initializes a new instance of the <see cref="LegacyOtherRow"/> class.</summary>
    /// <param name="label">The label as printed, such as <c>依申请公开信息目录数</c>.</param>
    /// <param name="annual">The annual figure (not applicable when the table has no annual column).</param>
    /// <param name="cumulative">The cumulative figure (not applicable when the table has no cumulative column).</param>
    /// <param name="yearToDate">The year-to-date figure (not applicable when the table has no such column).</param>
    /// <exception cref="ArgumentException">The label is empty.</exception>
    public LegacyOtherRow(string label, CellValue annual, CellValue cumulative, CellValue yearToDate = default)
    {
        Label = label;
        Annual = annual;
        Cumulative = cumulative;
        YearToDate = yearToDate;
    }

    /// <summary>Gets the label as printed.</summary>
    public string Label
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the annual figure.</summary>
    public CellValue Annual { get; init; }

    /// <summary>Gets the cumulative (历年累计) figure.</summary>
    public CellValue Cumulative { get; init; }

    /// <summary>Gets the year-to-date (本年累计) figure.</summary>
    public CellValue YearToDate { get; init; }

    /// <summary>Gets the figure of a period column.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The figure.</returns>
    public CellValue this[LegacyPeriod period] => period switch
    {
        LegacyPeriod.Annual => Annual,
        LegacyPeriod.Cumulative => Cumulative,
        LegacyPeriod.YearToDate => YearToDate,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    internal LegacyOtherRow With(LegacyPeriod period, CellValue value) => period switch
    {
        LegacyPeriod.Annual => this with { Annual = value },
        LegacyPeriod.Cumulative => this with { Cumulative = value },
        _ => this with { YearToDate = value },
    };
}
