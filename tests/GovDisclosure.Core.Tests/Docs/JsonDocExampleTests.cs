// begin-snippet: json-usings
using System.Text.Json;
using GovDisclosure.Serialization.Json;
// end-snippet
using FluentAssertions;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The example of docs/json.md, compiled and run.</summary>
public sealed class JsonDocExampleTests
{
    [Fact]
    public void JsonDoc_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "JsonDocExampleTests.cs"), ["json-usings", "json"], "docs/json.md");

    [Fact]
    public async Task JsonExample_ReadsWritesAndStreamsTheSeed()
    {
        var path = Samples.SeedJsonPath;
        using var stream = new MemoryStream();
        GovDisclosureJson.WriteLines(stream, [GovDisclosureJson.ReadFile(path), Samples.Report("006-pingtan-zone-2019")]);
        stream.Position = 0;
        using var output = new MemoryStream();
        var reports = GovDisclosureJson.ReadLinesAsync(new MemoryStream(stream.ToArray()), "copy.jsonl", cancellationToken: TestContext.Current.CancellationToken);
        var read = new List<AnnualReport>();

#pragma warning disable xUnit1051 // the doc's code passes no token
        // begin-snippet: json
        AnnualReport report = GovDisclosureJson.ReadFile(path);                    // strict: errors name the file, line, column and JSON path
        string json = GovDisclosureJson.Serialize(report);                         // indented; Chinese unescaped
        await foreach (AnnualReport line in GovDisclosureJson.ReadLinesAsync(stream, "reports.jsonl"))
        {
            read.Add(line);                                                        // one line at a time: a 1 GB file is never in memory
        }

        await GovDisclosureJson.WriteLinesAsync(output, reports);                  // reports: an IAsyncEnumerable<AnnualReport>
        var options = new JsonSerializerOptions().ConfigureForGovDisclosure();    // reports inside your own types
        // end-snippet
#pragma warning restore xUnit1051

        json.Should().Contain("\"name\": \"沙县高桥镇人民政府\"");
        read.Select(r => r.Year).Should().Equal(2018, 2019);
        output.ToArray().Should().Equal(stream.ToArray());
        JsonSerializer.Deserialize<AnnualReport>(JsonSerializer.Serialize(report, options), options).Should().Be(report);
    }
}
