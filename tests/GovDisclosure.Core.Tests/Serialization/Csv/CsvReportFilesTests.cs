using FluentAssertions;
using GovDisclosure.Serialization;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>CSV files among the report files that are found, read and validated in batches.</summary>
public sealed class CsvReportFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdisclosure-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Find_FolderWithCsv_ListsItAsAReportFile()
    {
        File.WriteAllText(Path.Combine(_folder, "reports.csv"), "");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "");

        var files = ReportFiles.Find([_folder]);

        files.Files.Select(Path.GetFileName).Should().Equal("reports.csv");
        files.Ignored.Select(Path.GetFileName).Should().Equal("notes.txt");
    }

    [Fact]
    public void ValidatePaths_CsvWithABadReport_ValidatesTheOthersAndIsIncomplete()
    {
        var huaian = JsonTestReports.Get("007-huaian-city-2024");
        var legacy = JsonTestReports.Get("legacy-annual-only");
        var csv = new CsvLines(CsvTestKit.WriteText([legacy, huaian])).Set("requests.granted.total", "value", "-4");
        var path = Path.Combine(_folder, "reports.csv");
        File.WriteAllText(path, csv.ToString());
        var findings = new List<ValidationFinding>();

        var summary = new BatchValidator().ValidatePaths([_folder], findings.Add, TestContext.Current.CancellationToken);

        summary.Reports.Should().Be(1);
        summary.UnreadableInputs.Should().Be(1);
        summary.IsComplete.Should().BeFalse();
        findings.Should().Contain(f => f.Code == RuleCodes.NegativeCount);
    }

    [Fact]
    public void ReadFile_Csv_GivesItsReportsWithTheirLines()
    {
        var path = Path.Combine(_folder, "wide.csv");
        GovDisclosureCsv.WriteFile(path, [JsonTestReports.Get("legacy-annual-only"), JsonTestReports.Get("legacy-all-blank-indicators")], CsvTestKit.Wide);

        var results = ReportFiles.ReadFile(path).ToList();

        results.Should().HaveCount(2).And.OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Location.Line).Should().Equal(2L, 3L);
    }
}
