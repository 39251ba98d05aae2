using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.Properties;

namespace GovDisclosure.Tests.Serialization;

/// <summary>JSON and JSON Lines round trips over random reports of every format (see <see cref="ReportArbitraries"/>).</summary>
public sealed class JsonPropertyTests
{
    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void Serialize_ThenDeserialize_GivesTheReportBack(GeneratedReport generated)
    {
        var report = generated.Report;

        var json = GovDisclosureJson.Serialize(report);
        var read = GovDisclosureJson.Deserialize(json, "generated.json");

        read.Should().Be(report);
        read.Cells.SequenceEqual(report.Cells).Should().BeTrue("every cell reads back as written");
        GovDisclosureJson.Serialize(read).Should().Be(json);
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void SerializeCompact_ThenDeserialize_KeepsEveryScaleAndUnit(GeneratedReport generated)
    {
        var report = generated.Report;

        var bytes = GovDisclosureJson.SerializeToUtf8Bytes(report, indented: false);
        var read = GovDisclosureJson.Deserialize(bytes);

        // Equality follows decimal (1.50 == 1.5); the scale as printed must survive too.
        read.Cells.Select(c => (c.State, c.Scale)).SequenceEqual(report.Cells.Select(c => (c.State, c.Scale))).Should().BeTrue("every cell keeps its state and scale");
        read.MoneyUnits.Should().Equal(report.MoneyUnits);
        GovDisclosureJson.SerializeToUtf8Bytes(read, indented: false).Should().Equal(bytes);
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 60)]
    public void WriteLines_ThenReadLines_GivesTheReportsBackInOrder(GeneratedBatch batch)
    {
        using var stream = new MemoryStream();
        GovDisclosureJson.WriteLines(stream, batch.Reports);
        stream.Position = 0;

        var read = GovDisclosureJson.ReadLines(stream, "generated.jsonl").ToList();

        read.Should().Equal(batch.Reports);
        stream.Position = 0;
        GovDisclosureJson.ReadLineResults(stream).Select(r => r.Location.Line).Should().Equal(Enumerable.Range(1, batch.Reports.Length).Select(i => (long?)i));
    }
}
