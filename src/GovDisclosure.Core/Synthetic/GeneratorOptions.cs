namespace GovDisclosure.Synthetic;

/// <summary>What <see cref="ReportGenerator"/> generates: how many agencies, which years, the seed, and the share of planted errors.</summary>
/// <remarks>
/// Each property checks its own range when set; <see cref="Validate"/> checks the properties together (the
/// <see cref="ReportGenerator"/> calls it). Equality is by value.
/// </remarks>
public sealed record GeneratorOptions
{
    /// <summary>The largest number of agencies (the codes of the hierarchy hold a few million more; a country has about 200,000).</summary>
    public const int MaxAgencies = 5_000_000;

    /// <summary>The largest share of planted errors: an error is planted in at most one of any two consecutive years of an agency.</summary>
    public const double MaxErrorShare = 0.5;

    /// <summary>Gets the default options: 1,000 agencies, 2016–2023, seed 1, no planted error.</summary>
    public static GeneratorOptions Default { get; } = new();

    /// <summary>Gets the number of agencies (1 to <see cref="MaxAgencies"/>); each has one report for each year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1 or above <see cref="MaxAgencies"/>.</exception>
    public int Agencies
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxAgencies);
            field = value;
        }
    } = 1_000;

    /// <summary>
    /// Gets the first reporting year (2008–2100). Reports on 2008–2018 are <c>legacy</c>, on 2019–2020 <c>national2019</c>,
    /// from 2021 <c>national2021</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2008–2100.</exception>
    public int FirstYear { get; init => field = CheckYear(value); } = 2016;

    /// <summary>Gets the last reporting year (2008–2100, not before <see cref="FirstYear"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2008–2100.</exception>
    public int LastYear { get; init => field = CheckYear(value); } = 2023;

    /// <summary>Gets the seed: the same options give the same reports, byte for byte once serialised.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// Gets the share of agency-years that get a planted error (0 to <see cref="MaxErrorShare"/>): a total that does not
    /// add up, a carry-over break, a mistyped credit code, a late publication, a missing or duplicated report… Each is
    /// reported to the callback of <see cref="ReportGenerator.Generate"/> with the findings it must give.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is not a number from 0 to <see cref="MaxErrorShare"/>.</exception>
    public double ErrorShare
    {
        get;
        init => field = value is >= 0 and <= MaxErrorShare
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The share of planted errors must be from 0 to {MaxErrorShare}.");
    }

    /// <summary>Gets a value indicating whether townships get twelve-digit codes (the nine digits and <c>000</c>, as in the statistical division codes) rather than nine.</summary>
    public bool TwelveDigitTownshipCodes { get; init; }

    /// <summary>Gets the number of years.</summary>
    public int Years => LastYear - FirstYear + 1;

    /// <summary>Gets the number of reports before errors are planted (a missing year removes one, a duplicate adds one).</summary>
    public long Reports => (long)Agencies * Years;

    /// <summary>Checks the properties together.</summary>
    /// <exception cref="ArgumentException"><see cref="LastYear"/> is before <see cref="FirstYear"/>.</exception>
    public void Validate()
    {
        if (LastYear < FirstYear)
        {
            throw new ArgumentException($"The last year ({LastYear}) is before the first year ({FirstYear}).");
        }
    }

    private static int CheckYear(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, AnnualReport.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, AnnualReport.MaxYear);
        return value;
    }
}
