using FluentAssertions;

namespace GovDisclosure.Tests.Docs;

/// <summary>The README's example is this test's code: it is compiled and run, and the README must show it verbatim.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_Runs()
    {
        var (json, markdown, granted) = Example();

        granted.Should().Be(12m);
        json.Should().Contain("\"granted\": {").And.Contain("\"total\": 12");
        markdown.Should().Contain("| （一）予以公开 |  |  |  |  |  |  | 12 |");
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "ReadmeExampleTests.cs"), "readme", "README.md");

    private static (string Json, string Markdown, decimal Granted) Example()
    {
        // begin-snippet: readme
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府") { Level = AgencyLevel.County });
        builder.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, 12);
        builder.Set(RequestRow.NewlyReceived, Applicant.Total, 12);
        builder.Set(RequestRow.Granted, Applicant.Total, 12);
        var report = builder.Build();                        // every other applicable cell is blank, never 0

        decimal granted = report.Requests[RequestRow.Granted, Applicant.Total].Value;
        CellValue same = report["requests.granted.total"];  // the same cell by its key
        CellValue received = report.KeyIndicators[KeyIndicator.RequestsReceived];

        string json = GovDisclosure.Serialization.Json.GovDisclosureJson.Serialize(report);
        AnnualReport back = GovDisclosure.Serialization.Json.GovDisclosureJson.Deserialize(json);
        string markdown = GovDisclosure.Rendering.MarkdownRenderer.Render(back);
        // end-snippet
        same.Should().Be(CellValue.Of(12));
        received.Should().Be(CellValue.Of(12));
        back.Should().Be(report);
        return (json, markdown, granted);
    }
}
