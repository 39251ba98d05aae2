using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The example of docs/csv.md is this test's code; the column dictionary of docs/csv.md is generated.</summary>
public sealed class CsvDocExampleTests
{
    [Fact]
    public void CsvColumnDictionary_IsGeneratedFromTheCatalogue() =>
        GeneratedFile.ShouldMatchSection("docs/csv.md", "columns", CsvReference.Generate());

    [Fact]
    public void CsvDoc_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "CsvDocExampleTests.cs"), "csv", "docs/csv.md");

    [Fact]
    public void CsvExample_Runs()
    {
        var folder = Directory.CreateTempSubdirectory("govdisclosure-csv-doc-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "reports.jsonl"), GovDisclosureJson.Serialize(GovDisclosureJson.ReadFile(Samples.SeedJsonPath), indented: false) + "\n");

            var (read, incomplete) = Example(Path.Combine(folder, "reports.jsonl"), Path.Combine(folder, "reports.csv"), Path.Combine(folder, "table.csv"));

            read.Should().Be(1);
            incomplete.Should().BeFalse();
            File.ReadAllText(Path.Combine(folder, "reports.csv"), Encoding.UTF8).Should().Contain("legacy,proactive.total,annual,208");
            File.ReadAllText(Path.Combine(folder, "table.csv"), Encoding.UTF8).Should().StartWith("agencyName,");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Read, bool Incomplete) Example(string jsonlPath, string csvPath, string tablePath)
    {
        // begin-snippet: csv
        using (var input = File.OpenRead(jsonlPath))
        using (var output = File.Create(csvPath))
        {
            // Tidy (one record per cell), UTF-8 with a byte order mark: reports are written as they are read.
            GovDisclosureCsv.Write(output, GovDisclosureJson.ReadLines(input, jsonlPath));
        }

        // One record per report, for a spreadsheet.
        GovDisclosureCsv.WriteFile(tablePath, GovDisclosureCsv.ReadFile(csvPath), new CsvWriteOptions { Layout = CsvLayout.Wide });

        // Reading that collects errors: a report that cannot be read is a result saying where and why, and the batch is incomplete.
        var read = 0;
        var incomplete = false;
        using var stream = File.OpenRead(csvPath);
        foreach (var result in GovDisclosureCsv.ReadResults(stream, csvPath))
        {
            if (result.IsSuccess)
            {
                read++;
            }
            else
            {
                Console.Error.WriteLine(result.Error.Message); // reports.csv:12: value: expected a whole number ≥ 0 …
                incomplete = true;
            }
        }
        // end-snippet

        return (read, incomplete);
    }
}
