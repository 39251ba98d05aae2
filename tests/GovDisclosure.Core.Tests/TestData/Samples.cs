using System.Globalization;
using System.Text.Json;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.TestData;

/// <summary>
/// The real published reports of <c>../shared/samples/reports</c>: each case's figures as a careful reader recorded them
/// (<c>NNN-id.expected.json</c>), turned into reports by matching the printed labels against the catalogue.
/// </summary>
public static class Samples
{
    /// <summary>The national-format cases.</summary>
    public static readonly string[] NationalCases = ["006-pingtan-zone-2019", "007-huaian-city-2024", "010-pingtan-zone-2024"];

    /// <summary>The legacy-format cases.</summary>
    public static readonly string[] LegacyCases = ["000-gaoqiao-township-2018", "001-pingtan-county-2011"];

    /// <summary>Every case.</summary>
    public static IEnumerable<string> AllCases => LegacyCases.Concat(NationalCases);

    /// <summary>Gets the folder of the shared sample reports (set GOVDISCLOSURE_SAMPLES to override).</summary>
    public static string ReportsFolder
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("GOVDISCLOSURE_SAMPLES");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            var folder = Path.Combine(RepositoryRoot, "..", "shared", "samples", "reports");
            return Directory.Exists(folder)
                ? Path.GetFullPath(folder)
                : throw new DirectoryNotFoundException($"The shared sample reports are expected at {Path.GetFullPath(folder)} (beside the repository); set GOVDISCLOSURE_SAMPLES to their folder.");
        }
    }

    /// <summary>Gets the repository's root folder (the one holding GovDisclosure.Core.sln).</summary>
    public static string RepositoryRoot => Shared.RepositoryPaths.Root;

    /// <summary>Gets the path of the seed report's JSON (samples/data/gaoqiao-township-2018.json).</summary>
    public static string SeedJsonPath => Shared.RepositoryPaths.SeedJson;

    /// <summary>Gets the path of a case's published text.</summary>
    /// <param name="id">The case id, such as <c>007-huaian-city-2024</c>.</param>
    /// <returns>The path.</returns>
    public static string TextPath(string id) => Path.Combine(ReportsFolder, id + ".txt");

    /// <summary>Reads a case's recorded figures.</summary>
    /// <param name="id">The case id.</param>
    /// <returns>The figures.</returns>
    public static ExpectedReport Expected(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ReportsFolder, id + ".expected.json")));
        var root = document.RootElement;
        var cells = root.GetProperty("cells").EnumerateArray().Select(c => new ExpectedCell(
            c.GetProperty("table").GetString()!,
            c.GetProperty("row").GetString()!,
            c.GetProperty("column").GetString()!,
            c.GetProperty("value").ValueKind == JsonValueKind.Null ? null : c.GetProperty("value").GetDecimal())).ToList();
        return new ExpectedReport(
            id,
            root.GetProperty("agency").GetString()!,
            root.GetProperty("year").GetInt32(),
            root.GetProperty("edition").GetString()!,
            root.TryGetProperty("publishedOn", out var published) ? DateOnly.Parse(published.GetString()!, CultureInfo.InvariantCulture) : null,
            cells);
    }

    /// <summary>Builds a report from a case's recorded figures, matching printed labels to the catalogue.</summary>
    /// <param name="id">The case id.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Report(string id)
    {
        var expected = Expected(id);
        FormatCatalog.TryGetByKey(expected.Edition, out var format);
        var builder = AnnualReport.CreateBuilder(format!.Format, expected.Year, new Agency(expected.Agency));
        builder.PublishedOn = expected.PublishedOn;
        foreach (var cell in expected.Cells)
        {
            if (cell.Table.StartsWith("(prose)", StringComparison.Ordinal))
            {
                var kind = cell.Table switch
                {
                    var t when t.Contains("类别", StringComparison.Ordinal) => BreakdownKind.ProactiveByCategory,
                    var t when t.Contains("形式", StringComparison.Ordinal) => BreakdownKind.ProactiveByChannel,
                    _ => BreakdownKind.Figures,
                };
                builder.AddBreakdown(kind, cell.Row, (long)cell.Value!.Value);
                continue;
            }

            builder[KeyOf(format, cell)] = cell.Value is { } value ? CellValue.Of(value) : CellValue.Blank;
        }

        return builder.Build();
    }

    /// <summary>Finds the cell key of a recorded cell by its printed table, row and column labels.</summary>
    /// <param name="format">The report's format.</param>
    /// <param name="cell">The recorded cell.</param>
    /// <returns>The key.</returns>
    public static CellKey KeyOf(FormatDefinition format, ExpectedCell cell)
    {
        if (format.Format == ReportFormat.Legacy)
        {
            var legacy = format.Tables[0];
            var period = cell.Column == "历年累计" ? "cumulative" : "annual";
            var label = Normalize(cell.Row);
            if (label.Length > 2 && char.IsAsciiDigit(label[0]) && label[1] == '.')
            {
                label = label[2..]; // legacy rows are numbered within their family (1.网站公开); the catalogue's labels are not
            }

            var row = legacy.Rows.Single(r => Normalize(r.Label) == label || r.Variants.Any(v => Normalize(v) == label));
            return new CellKey("legacy", row.Key, period);
        }

        var table = format.Tables.Single(t => t.Label == cell.Table);
        var rowLabel = Normalize(cell.Row.Contains('-', StringComparison.Ordinal) ? cell.Row[(cell.Row.IndexOf('-', StringComparison.Ordinal) + 1)..] : cell.Row);
        var matchedRow = table.Rows.Single(r => Normalize(r.Label) == rowLabel);
        var columnLabel = Normalize(cell.Column);
        var column = table.Columns.Single(c => table.GetCell(matchedRow, c) is not null && (Normalize(c.Label) == columnLabel || c.Variants.Any(v => Normalize(v) == columnLabel)));
        return new CellKey(table.Key, matchedRow.Key, column.Key);
    }

    private static string Normalize(string label)
    {
        return label.Replace("其中:", string.Empty, StringComparison.Ordinal).Replace("其中：", string.Empty, StringComparison.Ordinal)
            .Replace('、', '.').Replace('（', '(').Replace('）', ')').Replace('：', ':').Trim();
    }
}

/// <summary>A case's recorded figures.</summary>
public sealed record ExpectedReport(string Id, string Agency, int Year, string Edition, DateOnly? PublishedOn, IReadOnlyList<ExpectedCell> Cells);

/// <summary>One recorded cell: the printed table, row and column labels and the value (null for blank).</summary>
public sealed record ExpectedCell(string Table, string Row, string Column, decimal? Value);
