using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>Reports inside a caller's own System.Text.Json documents.</summary>
public sealed class SystemTextJsonIntegrationTests
{
    private static JsonSerializerOptions Options => new JsonSerializerOptions().ConfigureForGovDisclosure();

    public static TheoryData<string> Cases() => [.. JsonTestReports.AllCases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serialize_WithConfiguredOptions_GivesTheShapeOfGovDisclosureJson(string name)
    {
        var report = JsonTestReports.Get(name);

        var json = JsonSerializer.Serialize(report, Options);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(GovDisclosureJson.Serialize(report))).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_WithConfiguredOptions_ReadsWhatGovDisclosureJsonWrote(string name)
    {
        var report = JsonTestReports.Get(name);

        var read = JsonSerializer.Deserialize<AnnualReport>(GovDisclosureJson.Serialize(report), Options);

        (read == report).Should().BeTrue();
    }

    [Fact]
    public void Serialize_WithOptionsThatKeepChinese_GivesTheSameBytesAsGovDisclosureJson()
    {
        var report = JsonTestReports.Get("national2021-everything");
        var options = Options;
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

        var bytes = JsonSerializer.SerializeToUtf8Bytes(report, options);

        bytes.Should().Equal(GovDisclosureJson.SerializeToUtf8Bytes(report, indented: false));
    }

    [Fact]
    public void RoundTrip_ReportInsideACallersRecord_GivesAnEqualRecord()
    {
        var batch = new Batch("淮安 2024", Samples.Report("007-huaian-city-2024"), [Samples.Report("006-pingtan-zone-2019"), Samples.Report("000-gaoqiao-township-2018")]);

        var json = JsonSerializer.Serialize(batch, Options);
        var read = JsonSerializer.Deserialize<Batch>(json, Options)!;

        read.Note.Should().Be(batch.Note);
        (read.Report == batch.Report).Should().BeTrue();
        read.Others.Zip(batch.Others).Should().OnlyContain(pair => pair.First == pair.Second);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("Report").GetProperty("tables").GetProperty("proactive").GetProperty("fees").GetProperty("amount").GetRawText()
            .Should().Be("96171.6");
    }

    [Fact]
    public void RoundTrip_ReportInsideACallersRecordWithReflectionOptions_GivesAnEqualRecord()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.ConfigureForGovDisclosure();
        var batch = new Batch("平潭 2024", Samples.Report("010-pingtan-zone-2024"), []);

        var read = JsonSerializer.Deserialize<Batch>(JsonSerializer.Serialize(batch, options), options)!;

        (read.Report == batch.Report).Should().BeTrue();
    }

    [Fact]
    public void RoundTrip_NullReportInsideACallersRecord_StaysNull()
    {
        var holder = new Holder(null);

        var json = JsonSerializer.Serialize(holder, Options);
        var read = JsonSerializer.Deserialize<Holder>(json, Options)!;

        json.Should().Be("{\"Report\":null}");
        read.Report.Should().BeNull();
    }

    [Fact]
    public async Task DeserializeAsync_CallersDocumentReadInSmallBuffers_ReadsTheReports()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = new Batch("two", JsonTestReports.Get("legacy-three-periods-other-rows"), [JsonTestReports.Get("national2021-everything")]);
        var options = Options;
        options.DefaultBufferSize = 16;
        using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(batch, options));

        var read = (await JsonSerializer.DeserializeAsync<Batch>(stream, options, cancellationToken))!;

        (read.Report == batch.Report).Should().BeTrue();
        (read.Others[0] == batch.Others[0]).Should().BeTrue();
    }

    [Fact]
    public void Deserialize_BadReportInsideACallersDocument_ThrowsJsonExceptionWrappingTheReadError()
    {
        var json = JsonSerializer.Serialize(new Batch("x", Samples.Report("007-huaian-city-2024"), []), Options)
            .Replace("\"granted\":{\"naturalPerson\":", "\"granted\":{\"naturalPerson\":-", StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => JsonSerializer.Deserialize<Batch>(json, Options)).Should().ThrowExactly<JsonException>().Which;

        var inner = error.InnerException.Should().BeOfType<ReportReadException>().Which;
        inner.Location.Path.Should().Be("$.tables.requests.granted.naturalPerson");
        inner.Problem.Should().Contain("a count cannot be negative");
        error.Message.Should().Contain("$.tables.requests.granted.naturalPerson").And.Contain("a count cannot be negative");
        error.Path.Should().Be("$.Report");
    }

    [Fact]
    public void Deserialize_BadReportInsideAnIndentedCallersDocument_DoesNotMakeUpALine()
    {
        var options = Options;
        options.WriteIndented = true;
        var json = JsonSerializer.Serialize(new Batch("x", Samples.Report("010-pingtan-zone-2024"), []), options);
        var at = json.IndexOf("\"upheld\": ", json.IndexOf("\"reconsideration\"", StringComparison.Ordinal), StringComparison.Ordinal) + "\"upheld\": ".Length;
        json = json.Insert(at, "-");
        var line = json[..at].Count(c => c == '\n');

        var error = FluentActions.Invoking(() => JsonSerializer.Deserialize<Batch>(json, options)).Should().ThrowExactly<JsonException>().Which;

        var inner = error.InnerException.Should().BeOfType<ReportReadException>().Which;
        inner.Location.Path.Should().Be("$.tables.reviews.reconsideration.upheld");
        inner.Location.Line.Should().BeNull("the converter does not see the caller's document, so it cannot know the line");
        inner.Location.Column.Should().BeNull();
        error.Path.Should().Be("$.Report");
        error.LineNumber.Should().BeGreaterThanOrEqualTo(line, "System.Text.Json names a (0-based) line of the caller's document within the report");
    }

    [Fact]
    public void Deserialize_ReportOfAnUnknownFormatInsideACallersDocument_ThrowsJsonExceptionWrappingTheReadError()
    {
        var json = """{"Note":"x","Report":{"schemaVersion":1,"format":"national2030","year":2031,"agency":{"name":"淮安市人民政府"}},"Others":[]}""";

        var error = FluentActions.Invoking(() => JsonSerializer.Deserialize<Batch>(json, Options)).Should().ThrowExactly<JsonException>().Which;

        error.InnerException.Should().BeOfType<ReportReadException>().Which.Location.Path.Should().Be("$.format");
    }

    [Fact]
    public void Deserialize_ArrayWhereAReportBelongs_ThrowsJsonException()
    {
        var json = """{"Note":"x","Report":[],"Others":[]}""";

        var error = FluentActions.Invoking(() => JsonSerializer.Deserialize<Batch>(json, Options)).Should().ThrowExactly<JsonException>().Which;

        error.InnerException.Should().BeOfType<ReportReadException>();
    }

    [Fact]
    public void Deserialize_ReportFollowedByTheCallersProperties_LeavesTheReaderAfterTheReport()
    {
        var report = Samples.Report("001-pingtan-county-2011");
        var json = "{\"Report\":" + GovDisclosureJson.Serialize(report, indented: false) + ",\"Note\":\"后\",\"Others\":[]}";

        var read = JsonSerializer.Deserialize<Batch>(json, Options)!;

        read.Note.Should().Be("后");
        (read.Report == report).Should().BeTrue();
    }

    [Fact]
    public void Serialize_ReportWithDefaultOptions_UsesTheConverterOfTheType()
    {
        var report = Samples.Report("000-gaoqiao-township-2018");

        var json = JsonSerializer.Serialize(report);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(GovDisclosureJson.Serialize(report))).Should().BeTrue();
    }

    public sealed record Batch(string Note, AnnualReport Report, List<AnnualReport> Others);

    public sealed record Holder(AnnualReport? Report);
}
