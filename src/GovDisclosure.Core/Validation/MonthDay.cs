using System.Globalization;

namespace GovDisclosure.Validation;

/// <summary>A day of the year by month and day, such as 31 January: a publication deadline in the year after the reporting year.</summary>
/// <remarks>29 February is refused: a deadline must exist every year. The default value is 1 January.</remarks>
public readonly record struct MonthDay
{
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Initializes a new instance of the <see cref="MonthDay"/> struct.</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month, valid for that month in every year.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month or day does not exist every year.</exception>
    public MonthDay(int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(2001, month), nameof(day));
        _month = (byte)(month - 1);
        _day = (byte)(day - 1);
    }

    /// <summary>Gets the month, 1 to 12.</summary>
    public int Month => _month + 1;

    /// <summary>Gets the day of the month.</summary>
    public int Day => _day + 1;

    /// <summary>Gets the date of this day in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    public DateOnly In(int year) => new(year, Month, Day);

    /// <summary>Formats the day as <c>--MM-DD</c> (ISO 8601).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"--{Month:00}-{Day:00}");
}
