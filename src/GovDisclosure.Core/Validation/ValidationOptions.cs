using System.Collections.Immutable;

namespace GovDisclosure.Validation;

/// <summary>Settings of a <see cref="ReportValidator"/>: deadlines, severities, rules turned off, and the clock.</summary>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: the deadlines of the Regulations, every rule on at its default severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the publication deadlines.</summary>
    public PublicationDeadlines Deadlines { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = PublicationDeadlines.Regulations;

    /// <summary>Gets severities that replace rules' defaults, by rule code.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } =
        ImmutableDictionary.Create<string, Severity>(StringComparer.Ordinal);

    /// <summary>Gets the codes of rules that are not checked (for instance <c>GD0001</c> to leave out "cannot check" findings).</summary>
    public ImmutableHashSet<string> DisabledRules { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } =
        ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Gets the clock that gives today's date (in China Standard Time, UTC+8) for the rules on the reporting year and
    /// the publication date.
    /// </summary>
    public TimeProvider TimeProvider { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = TimeProvider.System;

    /// <summary>Checks that every code the options name is a rule of the <see cref="RuleCatalog"/>.</summary>
    /// <exception cref="ArgumentException">An override or a disabled rule names an unknown code.</exception>
    public void Validate()
    {
        foreach (var code in SeverityOverrides.Keys.Concat(DisabledRules))
        {
            if (!RuleCatalog.TryGet(code, out _))
            {
                throw new ArgumentException($"Validation options name '{code}', which is not a rule code (codes are listed in docs/validation-rules.md).");
            }
        }

        foreach (var (code, severity) in SeverityOverrides)
        {
            if (!Enum.IsDefined(severity))
            {
                throw new ArgumentException($"Validation options give rule {code} the unknown severity {(int)severity}.");
            }
        }
    }
}

/// <summary>
/// The publication deadlines in the year after the reporting year. By default those of the Regulations on Open
/// Government Information (2019, Art. 49) for the national formats, and 31 March for legacy reports.
/// </summary>
/// <remarks>
/// A department (<see cref="AgencyKind.Department"/>) at county level or above has the <see cref="Departments"/>
/// deadline; a people's government, a township agency, or an agency whose kind or level is not stated has the
/// <see cref="Governments"/> deadline, so that an unknown kind never gives a warning that the later deadline would not.
/// Local rules may be stricter: set the days here.
/// </remarks>
public sealed record PublicationDeadlines
{
    /// <summary>Gets the deadlines of the Regulations: 31 January for departments, 31 March for governments and legacy reports.</summary>
    public static PublicationDeadlines Regulations { get; } = new();

    /// <summary>Gets the deadline of departments of people's governments at or above county level (national formats).</summary>
    public MonthDay Departments { get; init; } = new(1, 31);

    /// <summary>Gets the deadline of people's governments and of other agencies (national formats).</summary>
    public MonthDay Governments { get; init; } = new(3, 31);

    /// <summary>Gets the deadline of legacy reports (2008–2018).</summary>
    public MonthDay Legacy { get; init; } = new(3, 31);

    /// <summary>Gets the deadline of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The last day on which it may be published.</returns>
    public DateOnly GetDeadline(AnnualReport report) => GetDeadlineRule(report).In(GetDeadlineYear(report));

    internal static int GetDeadlineYear(AnnualReport report) => report.Year + 1;

    internal MonthDay GetDeadlineRule(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return GetKind(report) switch
        {
            DeadlineKind.Legacy => Legacy,
            DeadlineKind.Departments => Departments,
            _ => Governments,
        };
    }

    internal static DeadlineKind GetKind(AnnualReport report) =>
        report.Format == ReportFormat.Legacy ? DeadlineKind.Legacy
        : report.Agency is { Kind: AgencyKind.Department, Level: AgencyLevel.National or AgencyLevel.Provincial or AgencyLevel.Prefectural or AgencyLevel.County }
            ? DeadlineKind.Departments
            : DeadlineKind.Governments;

    internal enum DeadlineKind
    {
        Legacy,
        Departments,
        Governments,
    }
}
