using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// Adds up the reports of one year into one result per jurisdiction: grouped by the prefix of the agencies'
/// administrative division codes (行政区划代码) or by an explicit parent list.
/// </summary>
/// <remarks>
/// <para>
/// Every report goes into exactly one group or the roll-up fails with a <see cref="RollupException"/> that names it:
/// a report without a division code (when grouping by code), a report whose division lies above the level asked (a
/// prefecture's own report asked for counties — it belongs to no county; filter by <see cref="Agency.Level"/> or
/// <see cref="DivisionCode.ImpliedLevel"/> first, or roll up at its level), a report missing from the parent list,
/// reports of different years, or one agency's report twice (by <see cref="AgencyKey"/>) — never dropped, never counted
/// twice.
/// </para>
/// <para>
/// Within a group, reports of one format give a report of that format holding the cell-wise sums; reports of different
/// formats give the key indicators only. Blank is not 0: see <see cref="RollupResult"/>. Arithmetic is checked: a sum
/// of more than 18 significant digits is a <see cref="RollupException"/> naming the jurisdiction and the cell.
/// </para>
/// <para>
/// The input is read once, as a stream. Memory grows with the number of groups (one set of arrays by cell ordinal
/// each), plus, per report, what names it in an error or in <see cref="RollupResult.Sources"/> (a reference to its
/// <see cref="Agency"/>, its format and where it was read from: about 40 bytes; a position more per report when
/// <see cref="RecordSources"/> is on) and its <see cref="AgencyKey"/> for finding duplicates (32 bytes when the key is a
/// credit code). Identities are made only when <see cref="RollupResult.Sources"/> is read.
/// </para>
/// </remarks>
public sealed class ReportAggregator
{
    /// <summary>The key of the single group of <see cref="RollupLevel.All"/>.</summary>
    public const string AllKey = "all";

    private readonly RollupLevel? _level;
    private readonly IReadOnlyDictionary<AgencyKey, string>? _parents;
    private readonly Func<AnnualReport, string?>? _parentOf;

    /// <summary>Initializes a new instance of the <see cref="ReportAggregator"/> class that groups by division code.</summary>
    /// <param name="level">The jurisdictions to form.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not a member of <see cref="RollupLevel"/>.</exception>
    public ReportAggregator(RollupLevel level)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown roll-up level.");
        }

        _level = level;
    }

    /// <summary>Initializes a new instance of the <see cref="ReportAggregator"/> class that groups by a parent list.</summary>
    /// <param name="parents">The parent (a jurisdiction's or a body's name) of each agency, by its key.</param>
    public ReportAggregator(IReadOnlyDictionary<AgencyKey, string> parents)
    {
        ArgumentNullException.ThrowIfNull(parents);
        _parents = parents;
    }

    /// <summary>Initializes a new instance of the <see cref="ReportAggregator"/> class that groups by a parent function.</summary>
    /// <param name="parentOf">The parent of a report's agency, or <see langword="null"/> when it has none (an error).</param>
    public ReportAggregator(Func<AnnualReport, string?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        _parentOf = parentOf;
    }

    /// <summary>Gets the level when grouping by division code, or <see langword="null"/> when grouping by parent.</summary>
    public RollupLevel? Level => _level;

    /// <summary>
    /// Gets a value indicating whether each result lists the reports it sums (<see cref="RollupResult.Sources"/>); on by
    /// default. Turning it off saves one <see cref="ReportIdentity"/> per report.
    /// </summary>
    public bool RecordSources { get; init; } = true;

    /// <summary>Adds up reports.</summary>
    /// <param name="reports">The reports, all of one year; read once.</param>
    /// <returns>One result per jurisdiction, ordered by key (ordinal); empty when there are no reports.</returns>
    /// <exception cref="RollupException">A report cannot be placed, the input mixes years or holds an agency twice, or a sum overflows.</exception>
    public ImmutableArray<RollupResult> Aggregate(IEnumerable<AnnualReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var count = reports.TryGetNonEnumeratedCount(out var known) ? known : 0;
        return Aggregate(reports.Select(r => (r, (string?)null, (long?)null)), count);
    }

    /// <summary>
    /// Adds up reports as read from files (<see cref="Serialization.Json.GovDisclosureJson"/>), so that
    /// <see cref="RollupResult.Sources"/> and errors say where each report was read from.
    /// </summary>
    /// <param name="results">The reports as read; a report that could not be read is an error, not left out.</param>
    /// <returns>One result per jurisdiction, ordered by key (ordinal); empty when there are no reports.</returns>
    /// <exception cref="RollupException">An input could not be read, a report cannot be placed, the input mixes years or holds an agency twice, or a sum overflows.</exception>
    public ImmutableArray<RollupResult> Aggregate(IEnumerable<ReportReadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var count = results.TryGetNonEnumeratedCount(out var known) ? known : 0;
        return Aggregate(
            results.Select(r => r.Report is { } report
                ? (report, r.Location.Source, r.Location.Line)
                : throw new RollupException($"An input could not be read, so the roll-up would leave it out: {r.Error!.Message}", r.Error)),
            count);
    }

    private ImmutableArray<RollupResult> Aggregate(IEnumerable<(AnnualReport Report, string? Source, long? Line)> reports, int count)
    {
        var groups = new Dictionary<string, RollupGroup>(StringComparer.Ordinal);

        // Each report met, by its position: what identifies it, without the report, so that neither finding duplicates
        // nor recording sources keeps every report alive; identities are made only when asked for.
        var entries = new List<SourceEntry>(count);
        var seen = new AgencyKeySet(count);
        var year = 0;
        var index = 0;
        foreach (var (report, source, line) in reports)
        {
            if (report is null)
            {
                throw new RollupException(string.Create(CultureInfo.InvariantCulture, $"Input #{index + 1} is null, not a report."));
            }

            var current = new SourceEntry(report.Agency, report.Format, source, line);
            if (index == 0)
            {
                year = report.Year;
            }
            else if (report.Year != year)
            {
                throw new RollupException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Describe(index, current, report.Year)} is on {report.Year}, but {Describe(0, entries[0], year)} is on {year}: a roll-up adds up the reports of one year."))
                {
                    Reports = [entries[0].Identity(year), current.Identity(report.Year)],
                };
            }

            // The look-up of the agency among those met starts here and ends after the report is added, so that the memory
            // it reads arrives meanwhile. Its error comes first all the same: a duplicate is named, not a failure it caused.
            var agencyKey = AgencyKey.Of(report);
            var probe = seen.Prepare(agencyKey);
            entries.Add(current);
            try
            {
                Place(report, agencyKey, new Met(index, current, year), groups).Add(report, RollupPlan.For(report.Definition), index);
            }
            catch (RollupException) when (!seen.TryAdd(probe, index, out var earlier))
            {
                throw Duplicate(index, earlier, agencyKey, entries, year);
            }

            if (!seen.TryAdd(probe, index, out var first))
            {
                throw Duplicate(index, first, agencyKey, entries, year);
            }

            index++;
        }

        if (index == 0)
        {
            return [];
        }

        return [.. groups.Values.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToResult(year, entries))];
    }

    private static RollupException Duplicate(int index, int first, AgencyKey agencyKey, List<SourceEntry> entries, int year) =>
        new($"{Describe(index, entries[index], year)} and {Describe(first, entries[first], year)} are reports of one agency ({agencyKey}) on {year}: adding both would count it twice.")
        {
            Reports = [entries[first].Identity(year), entries[index].Identity(year)],
        };

    private RollupGroup Place(AnnualReport report, AgencyKey agencyKey, Met met, Dictionary<string, RollupGroup> groups)
    {
        RollupGroup? group;
        if (_level is { } level)
        {
            if (level == RollupLevel.All)
            {
                if (!groups.TryGetValue(AllKey, out group))
                {
                    group = new RollupGroup(AllKey, level, null, RecordSources);
                    groups.Add(AllKey, group);
                }

                return group;
            }

            Span<char> prefix = stackalloc char[6];
            WritePrefix(report, met, level, prefix);
            if (!groups.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out group))
            {
                var key = prefix.ToString();
                group = new RollupGroup(key, level, new DivisionCode(key), RecordSources);
                groups.Add(key, group);
            }

            return group;
        }

        var parent = ParentOf(report, agencyKey, met);
        if (!groups.TryGetValue(parent, out group))
        {
            group = new RollupGroup(parent, null, null, RecordSources);
            groups.Add(parent, group);
        }

        return group;
    }

    private static string Describe(int index, SourceEntry entry, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"Report #{index + 1} ({entry.Identity(year)})");

    private static void WritePrefix(AnnualReport report, Met met, RollupLevel level, Span<char> prefix)
    {
        if (report.Agency.DivisionCode is not { } code)
        {
            throw new RollupException($"{met.Describe()} has no administrative division code: it cannot be placed in a {Describe(level)}.")
            {
                Reports = [met.Identity()],
            };
        }

        var required = level switch
        {
            RollupLevel.Province => AgencyLevel.Provincial,
            RollupLevel.Prefecture => AgencyLevel.Prefectural,
            _ => AgencyLevel.County,
        };
        if (code.ImpliedLevel < required)
        {
            throw new RollupException(
                $"{met.Describe()} has division code {code}, a {code.ImpliedLevel.ToString().ToLowerInvariant()} division: it lies in no single {Describe(level)}. Roll it up at its own level, or leave it out of the input on purpose.")
            {
                Reports = [met.Identity()],
            };
        }

        var significant = level switch
        {
            RollupLevel.Province => 2,
            RollupLevel.Prefecture => 4,
            _ => 6,
        };
        code.Value.AsSpan(0, significant).CopyTo(prefix);
        prefix[significant..].Fill('0');
    }

    private static string Describe(RollupLevel level) => level switch
    {
        RollupLevel.Province => "province",
        RollupLevel.Prefecture => "prefecture",
        _ => "county",
    };

    private string ParentOf(AnnualReport report, AgencyKey agencyKey, Met met)
    {
        string? parent;
        if (_parents is not null)
        {
            if (!_parents.TryGetValue(agencyKey, out parent))
            {
                throw new RollupException($"{met.Describe()} ({agencyKey}) is not in the parent list: it cannot be placed in a group.")
                {
                    Reports = [met.Identity()],
                };
            }
        }
        else
        {
            parent = _parentOf!(report);
        }

        if (string.IsNullOrWhiteSpace(parent))
        {
            throw new RollupException($"{met.Describe()} ({agencyKey}) has no parent: it cannot be placed in a group.")
            {
                Reports = [met.Identity()],
            };
        }

        return parent;
    }

    /// <summary>A report met in the input, described only when an error names it.</summary>
    private readonly record struct Met(int Index, SourceEntry Entry, int Year)
    {
        public ReportIdentity Identity() => Entry.Identity(Year);

        public string Describe() => ReportAggregator.Describe(Index, Entry, Year);
    }
}

/// <summary>
/// What the roll-up keeps of a report it has added: enough to name it (its agency, format, and where it was read from),
/// not its cells.
/// </summary>
internal readonly record struct SourceEntry(Agency Agency, ReportFormat Format, string? Source, long? Line)
{
    public ReportIdentity Identity(int year) => ReportIdentity.Create(Agency, year, Format, Source, Line);
}
