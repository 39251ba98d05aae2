namespace GovDisclosure.Tests.Shared;

/// <summary>Legacy reports of earlier years made from a real one (shared by the test projects).</summary>
internal static class LegacyYears
{
    /// <summary>
    /// The legacy report on the year before: the same annual figures, and each cumulative = this year's cumulative − this
    /// year's annual, so that the printed cumulatives chain exactly.
    /// </summary>
    public static AnnualReport YearBefore(AnnualReport report)
    {
        var builder = report.ToBuilder();
        builder.Year = report.Year - 1;
        builder.PublishedOn = null;
        foreach (var cell in report.Definition.Cells.Where(c => c.Column.Key == "cumulative"))
        {
            var annual = report[new CellKey("legacy", cell.Row.Key, "annual")];
            if (report[cell].IsReported && annual.IsReported)
            {
                builder[cell.Key] = report[cell].Value - annual.Value;
            }
        }

        return builder.Build();
    }
}
