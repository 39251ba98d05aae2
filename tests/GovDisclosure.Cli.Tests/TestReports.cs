using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli.Tests;

/// <summary>Reports made from the seed (沙县高桥镇人民政府 2018, legacy) with the library, written to a temporary folder.</summary>
internal static class TestReports
{
    public static AnnualReport Seed() => GovDisclosureJson.ReadFile(CliRun.SeedJson);

    /// <summary>
    /// The report on the year before: the same annual figures, and each cumulative = this year's cumulative − this year's
    /// annual, so that the printed cumulatives chain exactly.
    /// </summary>
    public static AnnualReport YearBefore(AnnualReport report) => GovDisclosure.Tests.Shared.LegacyYears.YearBefore(report);

    /// <summary>A report given a division code and, optionally, another name.</summary>
    public static AnnualReport InDivision(AnnualReport report, string divisionCode, string? name = null)
    {
        var builder = report.ToBuilder();
        builder.Agency = builder.Agency with { DivisionCode = new DivisionCode(divisionCode), Name = name ?? builder.Agency.Name };
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

    /// <summary>Writes a report as .json, or several as .jsonl, and returns the path.</summary>
    public static string Write(this TemporaryFolder folder, string name, params AnnualReport[] reports)
    {
        var path = folder.File(name);
        if (name.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            using var stream = File.Create(path);
            GovDisclosureJson.WriteLines(stream, reports);
        }
        else
        {
            GovDisclosureJson.WriteFile(path, reports.Single());
        }

        return path;
    }
}
