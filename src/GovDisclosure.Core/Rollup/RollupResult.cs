using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// The roll-up of one jurisdiction: the sum of the reports of one year whose agencies belong to it, with, for every
/// cell and key indicator, how many of those reports left it blank.
/// </summary>
/// <remarks>
/// <para>
/// When every report of the group has one format, <see cref="Report"/> is a report of that format holding the
/// cell-wise sums; otherwise it is <see langword="null"/> (<see cref="ReportUnavailableReason"/> says why) and only
/// the key indicators are summed.
/// </para>
/// <para>
/// Blank is not 0. A cell that every report left blank stays blank. A cell that some reports left blank holds the sum
/// of the others: a lower bound, which <see cref="BlankCounts"/> flags. A cell that some reports do not have at all (a
/// legacy row they did not print) holds the sum of those that do; a figure is complete only when
/// <see cref="ReportedCounts"/> equals <see cref="ReportCount"/> (<see cref="IsComplete(CellKey)"/>).
/// </para>
/// </remarks>
public sealed class RollupResult
{
    private readonly RollupSources? _sources;
    private readonly int[] _blankCounts;
    private readonly int[] _reportedCounts;
    private readonly CellValue[] _keyIndicators;
    private readonly int[] _keyIndicatorBlankCounts;
    private readonly int[] _keyIndicatorReportedCounts;

    internal RollupResult(
        string key,
        RollupLevel? level,
        DivisionCode? divisionCode,
        int year,
        int reportCount,
        RollupSources? sources,
        ImmutableArray<ReportFormat> formats,
        AnnualReport? report,
        string? reportUnavailableReason,
        int[] blankCounts,
        int[] reportedCounts,
        CellValue[] keyIndicators,
        int[] keyIndicatorBlankCounts,
        int[] keyIndicatorReportedCounts)
    {
        Key = key;
        Level = level;
        DivisionCode = divisionCode;
        Year = year;
        ReportCount = reportCount;
        _sources = sources;
        Formats = formats;
        Report = report;
        ReportUnavailableReason = reportUnavailableReason;
        _blankCounts = blankCounts;
        _reportedCounts = reportedCounts;
        _keyIndicators = keyIndicators;
        _keyIndicatorBlankCounts = keyIndicatorBlankCounts;
        _keyIndicatorReportedCounts = keyIndicatorReportedCounts;
    }

    /// <summary>
    /// Gets the jurisdiction's key: its six-digit division code (<c>320000</c>, <c>320800</c>, <c>320803</c>) when grouping
    /// by division code, the parent's name when grouping by a parent list, <c>all</c> for <see cref="RollupLevel.All"/>.
    /// </summary>
    public string Key { get; }

    /// <summary>Gets the level of the roll-up, or <see langword="null"/> when grouping by a parent list.</summary>
    public RollupLevel? Level { get; }

    /// <summary>Gets the jurisdiction's division code when grouping by division code (not for <see cref="RollupLevel.All"/>).</summary>
    public DivisionCode? DivisionCode { get; }

    /// <summary>Gets the reporting year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of reports summed.</summary>
    public int ReportCount { get; }

    /// <summary>
    /// Gets the reports summed, in input order; empty when the aggregator does not record them
    /// (<see cref="ReportAggregator.RecordSources"/>).
    /// </summary>
    public ImmutableArray<ReportIdentity> Sources => _sources?.Identities ?? [];

    /// <summary>Gets the formats of the reports summed, in the order of <see cref="ReportFormat"/>.</summary>
    public ImmutableArray<ReportFormat> Formats { get; }

    /// <summary>
    /// Gets the sums as a report of the group's format (agency: the jurisdiction; no sections, breakdowns or
    /// suppressions), or <see langword="null"/> when the group mixes formats.
    /// </summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets why <see cref="Report"/> is <see langword="null"/>, or <see langword="null"/> when it is not.</summary>
    public string? ReportUnavailableReason { get; }

    /// <summary>
    /// Gets, by cell ordinal of <see cref="Report"/>'s format, how many reports left the cell blank; empty when
    /// <see cref="Report"/> is <see langword="null"/>.
    /// </summary>
    public ImmutableArray<int> BlankCounts => ImmutableCollectionsMarshal.AsImmutableArray(_blankCounts);

    /// <summary>
    /// Gets, by cell ordinal of <see cref="Report"/>'s format, how many reports gave a figure in the cell (the figures
    /// summed); empty when <see cref="Report"/> is <see langword="null"/>.
    /// </summary>
    public ImmutableArray<int> ReportedCounts => ImmutableCollectionsMarshal.AsImmutableArray(_reportedCounts);

    /// <summary>
    /// Gets the key indicators, by <see cref="KeyIndicator"/>: the sum of each report's indicator. A report whose
    /// indicator is blank (a cell it needs is blank) adds nothing and is counted in
    /// <see cref="GetBlankCount(KeyIndicator)"/>; an indicator that no report can give is not applicable.
    /// </summary>
    public ImmutableArray<CellValue> KeyIndicators => ImmutableCollectionsMarshal.AsImmutableArray(_keyIndicators);

    /// <summary>Gets how many reports left a cell blank.</summary>
    /// <param name="key">The cell's key.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The group mixes formats: there are no cells.</exception>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public int GetBlankCount(CellKey key) => _blankCounts[GetOrdinal(key)];

    /// <summary>Gets how many reports gave a figure in a cell.</summary>
    /// <param name="key">The cell's key.</param>
    /// <returns>The count.</returns>
    /// <exception cref="InvalidOperationException">The group mixes formats: there are no cells.</exception>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public int GetReportedCount(CellKey key) => _reportedCounts[GetOrdinal(key)];

    /// <summary>Tells whether every report gave a figure in a cell, so that its sum is the whole figure, not a lower bound.</summary>
    /// <param name="key">The cell's key.</param>
    /// <returns><see langword="true"/> when every report summed gave a figure.</returns>
    /// <exception cref="InvalidOperationException">The group mixes formats: there are no cells.</exception>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public bool IsComplete(CellKey key) => _reportedCounts[GetOrdinal(key)] == ReportCount;

    /// <summary>Gets a key indicator (see <see cref="KeyIndicators"/>).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The sum.</returns>
    public CellValue GetKeyIndicator(KeyIndicator indicator) => _keyIndicators[IndicatorIndex(indicator)];

    /// <summary>Gets how many reports' key indicator was blank.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The count.</returns>
    public int GetBlankCount(KeyIndicator indicator) => _keyIndicatorBlankCounts[IndicatorIndex(indicator)];

    /// <summary>Gets how many reports gave a key indicator (the values summed).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The count.</returns>
    public int GetReportedCount(KeyIndicator indicator) => _keyIndicatorReportedCounts[IndicatorIndex(indicator)];

    /// <summary>Tells whether every report gave a key indicator, so that its sum is the whole figure, not a lower bound.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns><see langword="true"/> when every report summed gave the indicator.</returns>
    public bool IsComplete(KeyIndicator indicator) => _keyIndicatorReportedCounts[IndicatorIndex(indicator)] == ReportCount;

    /// <summary>Describes the result: key, year and number of reports.</summary>
    /// <returns>The text, such as <c>320800 2024 (12 reports)</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Key} {Year} ({ReportCount} report{(ReportCount == 1 ? string.Empty : "s")})");

    private static int IndicatorIndex(KeyIndicator indicator) =>
        Enum.IsDefined(indicator) ? (int)indicator : throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown key indicator.");

    private int GetOrdinal(CellKey key)
    {
        if (Report is null)
        {
            throw new InvalidOperationException($"The group {Key} mixes formats ({string.Join(", ", Formats)}): only key indicators are summed, there are no cells.");
        }

        return Report.Definition.GetCell(key).Ordinal;
    }
}

/// <summary>The reports a result sums, kept as positions in the roll-up's input; their identities are made when first asked for.</summary>
internal sealed class RollupSources(List<SourceEntry> entries, int[] indices, int year)
{
    private ImmutableArray<ReportIdentity> _identities;

    public ImmutableArray<ReportIdentity> Identities
    {
        get
        {
            if (_identities.IsDefault)
            {
                var identities = new ReportIdentity[indices.Length];
                for (var i = 0; i < indices.Length; i++)
                {
                    identities[i] = entries[indices[i]].Identity(year);
                }

                // Two threads may both make them; either array is right.
                ImmutableInterlocked.InterlockedInitialize(ref _identities, ImmutableCollectionsMarshal.AsImmutableArray(identities));
            }

            return _identities;
        }
    }
}
