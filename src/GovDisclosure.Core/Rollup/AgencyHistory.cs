using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// One agency's reports ordered by year, across formats: the series of each key indicator with its change and growth
/// from year to year.
/// </summary>
/// <remarks>
/// <para>
/// Reports are recognised as one agency's by <see cref="AgencyKey"/>: the unified social credit code where the report
/// gives one, else the administrative division code and the name, else the name. A renamed agency, or one that gives
/// a credit code in some years only, falls under two keys: two histories, never one by guess.
/// </para>
/// <para>Immutable. Two reports with the same key and year are an error (<see cref="DuplicateReportException"/>), never a double count.</para>
/// </remarks>
public sealed class AgencyHistory
{
    private AgencyHistory(AgencyKey key, ImmutableArray<AnnualReport> reports)
    {
        Key = key;
        Reports = reports;
        var missing = ImmutableArray.CreateBuilder<int>();
        for (var i = 1; i < reports.Length; i++)
        {
            for (var year = reports[i - 1].Year + 1; year < reports[i].Year; year++)
            {
                missing.Add(year);
            }
        }

        MissingYears = missing.ToImmutable();
    }

    /// <summary>Gets the key that recognises the agency across years.</summary>
    public AgencyKey Key { get; }

    /// <summary>Gets the agency as its latest report names it.</summary>
    public Agency Agency => Reports[^1].Agency;

    /// <summary>Gets the agency's name as its latest report prints it.</summary>
    public string AgencyName => Agency.Name;

    /// <summary>Gets the agency's reports, one per year, ordered by year.</summary>
    public ImmutableArray<AnnualReport> Reports { get; }

    /// <summary>Gets the year of the first report.</summary>
    public int FirstYear => Reports[0].Year;

    /// <summary>Gets the year of the last report.</summary>
    public int LastYear => Reports[^1].Year;

    /// <summary>Gets the years between <see cref="FirstYear"/> and <see cref="LastYear"/> that have no report, in order.</summary>
    public ImmutableArray<int> MissingYears { get; }

    /// <summary>Groups reports into one history per agency.</summary>
    /// <param name="reports">The reports, of any agencies, years and formats, in any order.</param>
    /// <returns>The histories, ordered by the text of their key (<see cref="AgencyKey.ToString"/>, ordinal).</returns>
    /// <exception cref="DuplicateReportException">Two reports have the same agency key and year.</exception>
    public static ImmutableArray<AgencyHistory> Build(IEnumerable<AnnualReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var groups = new Dictionary<AgencyKey, List<AnnualReport>>();
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            var key = AgencyKey.Of(report);
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(report);
        }

        var texts = new string[groups.Count];
        var histories = new AgencyHistory[groups.Count];
        var index = 0;
        foreach (var (key, list) in groups)
        {
            texts[index] = key.ToString();
            histories[index++] = Create(key, list);
        }

        Array.Sort(texts, histories, StringComparer.Ordinal);
        return ImmutableArray.Create(histories);
    }

    /// <summary>Builds the history of one agency.</summary>
    /// <param name="reports">The agency's reports, in any order.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentException">There is no report, or the reports fall under more than one agency key.</exception>
    /// <exception cref="DuplicateReportException">Two reports have the same year.</exception>
    public static AgencyHistory Of(IEnumerable<AnnualReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var list = new List<AnnualReport>();
        AgencyKey? key = null;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            var reportKey = AgencyKey.Of(report);
            if (key is { } known && known != reportKey)
            {
                throw new ArgumentException(
                    $"The reports are of more than one agency: {known} and {reportKey}. Use AgencyHistory.Build to group them.",
                    nameof(reports));
            }

            key = reportKey;
            list.Add(report);
        }

        return key is { } found
            ? Create(found, list)
            : throw new ArgumentException("A history needs at least one report.", nameof(reports));
    }

    /// <summary>Finds the report on a year.</summary>
    /// <param name="year">The reporting year.</param>
    /// <returns>The report, or <see langword="null"/> when the history has none on that year.</returns>
    public AnnualReport? Find(int year)
    {
        var index = IndexOf(year);
        return index >= 0 ? Reports[index] : null;
    }

    /// <summary>Gets the series of a key indicator: one point per report, in year order.</summary>
    /// <param name="indicator">The key indicator.</param>
    /// <returns>The points (see <see cref="IndicatorPoint"/> for how change and growth are computed).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The indicator is not a member of <see cref="KeyIndicator"/>.</exception>
    /// <exception cref="OverflowException">A change does not fit in 18 significant digits.</exception>
    public ImmutableArray<IndicatorPoint> GetSeries(KeyIndicator indicator)
    {
        if (!Enum.IsDefined(indicator))
        {
            throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown key indicator.");
        }

        var points = ImmutableArray.CreateBuilder<IndicatorPoint>(Reports.Length);
        var previous = CellValue.NotApplicable;
        int? previousYear = null;
        foreach (var report in Reports)
        {
            var value = report.KeyIndicators[indicator];
            int? before = previousYear == report.Year - 1 ? previousYear : null;
            points.Add(new IndicatorPoint(report.Year, report.Format, indicator, value, before, previous));
            previous = value;
            previousYear = report.Year;
        }

        return points.MoveToImmutable();
    }

    /// <summary>Describes the history: the agency, its key and its years.</summary>
    /// <returns>The text, such as <c>沙县高桥镇人民政府 (name:沙县高桥镇人民政府) 2017–2018</c>.</returns>
    public override string ToString() => $"{AgencyName} ({Key}) {FirstYear}–{LastYear}";

    private static AgencyHistory Create(AgencyKey key, List<AnnualReport> reports)
    {
        // A stable sort (insertion: an agency has a few reports) keeps the input order of two reports on one year, so the
        // exception names them as given.
        var ordered = reports.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var report = ordered[i];
            var j = i - 1;
            for (; j >= 0 && ordered[j].Year > report.Year; j--)
            {
                ordered[j + 1] = ordered[j];
            }

            ordered[j + 1] = report;
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Year == ordered[i - 1].Year)
            {
                throw new DuplicateReportException(key, ordered[i].Year, ReportIdentity.Of(ordered[i - 1]), ReportIdentity.Of(ordered[i]));
            }
        }

        return new AgencyHistory(key, ImmutableCollectionsMarshal.AsImmutableArray(ordered));
    }

    private int IndexOf(int year)
    {
        int low = 0, high = Reports.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = Reports[middle].Year;
            if (found == year)
            {
                return middle;
            }

            if (found < year)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
