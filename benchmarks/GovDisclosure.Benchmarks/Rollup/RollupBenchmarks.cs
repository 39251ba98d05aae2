using System.Globalization;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rollup;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Benchmarks.Rollup;

/// <summary>
/// Roll-up of one year's national2021 reports into counties, and the histories of agencies over ten years, at the sizes
/// of the goals: 1,000,000 reports rolled up in ≤ 1 s per core; 200,000 agencies × 10 years in ≤ 2 s. The reports
/// share the cells of a pool of generated reports (a <c>with</c> copy per agency), so memory holds agencies, not
/// a million tables; every agency has its own credit code and division code.
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private static readonly int RollupReports = BenchmarkSize.Of(1_000_000);
    private static readonly int HistoryAgencies = BenchmarkSize.Of(200_000);
    private const int HistoryYears = 10;
    private const int Pool = 1_000;

    private AnnualReport[] _oneYear = [];
    private AnnualReport[] _oneYearByCounty = [];
    private AnnualReport[] _tenYears = [];

    [GlobalSetup]
    public void Setup()
    {
        var pool = new ReportGenerator(new GeneratorOptions { Agencies = Pool, FirstYear = 2024, LastYear = 2024 }).Generate().ToArray();
        _oneYear = [.. Enumerable.Range(0, RollupReports).Select(i => pool[i % Pool] with { Agency = CountyAgency(i) })];

        _oneYearByCounty = [.. _oneYear.OrderBy(r => r.Agency.DivisionCode!.Value.Value, StringComparer.Ordinal)];

        var series = new ReportGenerator(new GeneratorOptions { Agencies = Pool / HistoryYears, FirstYear = 2019, LastYear = 2019 + HistoryYears - 1 }).Generate().Chunk(HistoryYears).ToArray();
        _tenYears = new AnnualReport[HistoryAgencies * HistoryYears];
        for (var agency = 0; agency < HistoryAgencies; agency++)
        {
            var identity = CountyAgency(agency);
            var years = series[agency % series.Length];
            for (var year = 0; year < HistoryYears; year++)
            {
                _tenYears[(agency * HistoryYears) + year] = years[year] with { Agency = identity };
            }
        }

        var counties = new ReportAggregator(RollupLevel.County).Aggregate(_oneYear.Take(10_000));
        if (counties.IsDefaultOrEmpty || counties.Any(c => c.Report is null || c.Sources.Length != c.ReportCount))
        {
            throw new InvalidOperationException("The benchmark roll-up should give one national2021 report per county.");
        }
    }

    /// <summary>
    /// 1,000,000 national2021 reports of 2024 into one report per county, in the worst order for the cache: each report
    /// goes to another county than the one before (3,100 counties' sums of about 5 KB each are touched in turn).
    /// </summary>
    [Benchmark]
    public int RollupMillionReportsIntoCounties() => new ReportAggregator(RollupLevel.County) { RecordSources = false }.Aggregate(_oneYear).Length;

    /// <summary>The same reports as a collection of county files would give them: each county's reports together.</summary>
    [Benchmark]
    public int RollupMillionReportsIntoCountiesGroupedInput() => new ReportAggregator(RollupLevel.County) { RecordSources = false }.Aggregate(_oneYearByCounty).Length;

    /// <summary>The same (worst order) with the defaults: recording which reports each county sums.</summary>
    [Benchmark]
    public int RollupMillionReportsIntoCountiesWithSources() => new ReportAggregator(RollupLevel.County).Aggregate(_oneYear).Length;

    /// <summary>The same, then every county's sources listed: one <see cref="GovDisclosure.Validation.ReportIdentity"/> made per report.</summary>
    [Benchmark]
    public int RollupMillionReportsIntoCountiesSourcesListed()
    {
        var sources = 0;
        foreach (var county in new ReportAggregator(RollupLevel.County).Aggregate(_oneYear))
        {
            sources += county.Sources.Length;
        }

        return sources;
    }

    /// <summary>200,000 agencies × 10 years: histories built and every key indicator's series computed.</summary>
    [Benchmark]
    public int HistoryOfTwoHundredThousandAgencies()
    {
        var points = 0;
        foreach (var history in AgencyHistory.Build(_tenYears))
        {
            foreach (var indicator in Enum.GetValues<KeyIndicator>())
            {
                points += history.GetSeries(indicator).Length;
            }
        }

        return points;
    }

    /// <summary>The same histories as CSV-ready rows: every point with its change and growth rate computed.</summary>
    [Benchmark]
    public int HistoryRowsWithChangeAndGrowth()
    {
        var growing = 0;
        foreach (var row in SeriesTable.Rows(AgencyHistory.Build(_tenYears)))
        {
            if (row.GrowthRate > 0m && row.Change.IsReported)
            {
                growing++;
            }
        }

        return growing;
    }

    /// <summary>A government at a county of one of 31 provinces × 10 prefectures × 10 counties, with its own credit code.</summary>
    private static Agency CountyAgency(int index)
    {
        var county = index % 3_100;
        var province = ((county / 100) % 31) switch
        {
            < 5 and var p => 11 + p,
            < 8 and var p => 21 + p - 5,
            < 15 and var p => 31 + p - 8,
            < 21 and var p => 41 + p - 15,
            < 26 and var p => 50 + p - 21,
            var p => 61 + p - 26,
        };
        var division = string.Create(CultureInfo.InvariantCulture, $"{province:00}{(county / 10 % 10) + 1:00}{(county % 10) + 1:00}");
        var first17 = "11" + division + "MB" + (index % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return new Agency(string.Create(CultureInfo.InvariantCulture, $"第{index}号县人民政府"))
        {
            CreditCode = UnifiedSocialCreditCode.ParseStrict(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)),
            DivisionCode = DivisionCode.Parse(division),
            Level = AgencyLevel.County,
            Kind = AgencyKind.Government,
        };
    }
}
