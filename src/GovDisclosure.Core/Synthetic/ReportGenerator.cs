namespace GovDisclosure.Synthetic;

/// <summary>
/// Generates synthetic annual reports that look like real ones: an agency hierarchy with real province codes and
/// plausible 行政区划代码 below them, valid 统一社会信用代码, people's governments and their departments, request counts
/// where most agencies receive none and a few receive thousands, every relation of each format satisfied, carry-over
/// and legacy cumulative totals consistent from year to year, publication before the deadline — and, on request, a
/// share of planted errors with the findings each must give.
/// </summary>
/// <remarks>
/// <para>
/// Reports come agency by agency, each agency's years in order (legacy up to 2018, national2019 for 2019–2020,
/// national2021 from 2021), as a stream: nothing is held but the agency being generated, so 200,000 agencies × 15
/// years take the memory of one agency. A roll-up needs one year's reports: generate one year, or filter by year.
/// </para>
/// <para>
/// The same options give the same reports. The generator uses its own pseudo-random numbers (SplitMix64), keyed by
/// the seed, the agency's place in the hierarchy and the year, so a report does not depend on the years generated
/// before it: the report of an agency on 2023 is the same in a run of 2016–2023 as in a run of 2023 alone. The
/// generator is immutable; each enumeration of <see cref="Generate"/> is independent, and several may run at once.
/// </para>
/// </remarks>
public sealed class ReportGenerator
{
    private readonly AgencyHierarchy _hierarchy;

    /// <summary>Initializes a new instance of the <see cref="ReportGenerator"/> class.</summary>
    /// <param name="options">What to generate.</param>
    /// <exception cref="ArgumentException">The options do not hold together (see <see cref="GeneratorOptions.Validate"/>).</exception>
    public ReportGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _hierarchy = AgencyHierarchy.Build(options.Seed, options.Agencies, options.TwelveDigitTownshipCodes);
    }

    /// <summary>Gets the options.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>Lists the agencies, in the order their reports come, without generating reports.</summary>
    /// <returns>The agencies, created as they are enumerated.</returns>
    public IEnumerable<Agency> Agencies() => _hierarchy.Select(Options.Agencies).Select(a => a.Agency);

    /// <summary>Generates the reports, agency by agency, each agency's years in order.</summary>
    /// <param name="onPlanted">
    /// Receives each planted error (when <see cref="GeneratorOptions.ErrorShare"/> is above 0) before the report it
    /// changes is returned — or, for a report left out, before the next one.
    /// </param>
    /// <returns>The reports, generated as they are enumerated.</returns>
    public IEnumerable<AnnualReport> Generate(Action<PlantedError>? onPlanted = null)
    {
        var planter = Options.ErrorShare > 0 ? new ErrorPlanter(Options) : null;
        foreach (var agency in _hierarchy.Select(Options.Agencies))
        {
            var series = new AgencySeries(agency, Options.Seed);
            var planted = planter?.PlanYears(agency.Position);
            var typoPlanted = false;
            for (var year = Options.FirstYear; year <= Options.LastYear; year++)
            {
                var draft = series.Draft(year);
                if (planted is null || !planted[year - Options.FirstYear])
                {
                    yield return draft.ToReport();
                    continue;
                }

                var (error, outcome) = planter!.Plant(series, draft, typoPlanted);
                typoPlanted |= error.Kind == PlantedErrorKind.CreditCodeCheckCharacter;
                onPlanted?.Invoke(error);
                if (outcome == PlantedOutcome.Drop)
                {
                    continue;
                }

                var report = draft.ToReport();
                yield return report;
                if (outcome == PlantedOutcome.Duplicate)
                {
                    // The same report collected a second time.
                    yield return report;
                }
            }
        }
    }
}
