using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Rollup;

/// <summary>Consecutive years of one agency, made from the real sample reports.</summary>
internal static class HistoryTestReports
{
    /// <summary>The seed: 沙县高桥镇人民政府 2018 (legacy, annual and cumulative; 主动公开 208, cumulative 2758).</summary>
    public static AnnualReport Seed2018() => GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

    /// <summary>平潭综合实验区管委会 2019 (national2019; 新收 23, 结转下年 0).</summary>
    public static AnnualReport PingtanZone2019() => Samples.Report("006-pingtan-zone-2019");

    /// <summary>平潭综合实验区管委会办公室 2024 (national2021; 新收 218).</summary>
    public static AnnualReport PingtanZone2024() => Samples.Report("010-pingtan-zone-2024");

    /// <summary>
    /// The legacy report on the year before: the same annual figures, and each cumulative = this year's cumulative − this
    /// year's annual, so that the printed cumulatives chain exactly.
    /// </summary>
    public static AnnualReport LegacyYearBefore(AnnualReport report) => GovDisclosure.Tests.Shared.LegacyYears.YearBefore(report);

    /// <summary>The seed with the reports on 2016 and 2017 made before it: three consecutive legacy years.</summary>
    public static AnnualReport[] Seed2016To2018()
    {
        var seed = Seed2018();
        var before = LegacyYearBefore(seed);
        return [LegacyYearBefore(before), before, seed];
    }

    /// <summary>A report moved to another year (figures unchanged, no publication date).</summary>
    public static AnnualReport AsYear(AnnualReport report, int year, Agency? agency = null)
    {
        var builder = report.ToBuilder();
        builder.Year = year;
        builder.PublishedOn = null;
        builder.Agency = agency ?? report.Agency;
        return builder.Build();
    }

    /// <summary>A report with some cells changed.</summary>
    public static AnnualReport With(AnnualReport report, params (string Key, CellValue Value)[] cells)
    {
        var builder = report.ToBuilder();
        foreach (var (key, value) in cells)
        {
            builder[key] = value;
        }

        return builder.Build();
    }
}
