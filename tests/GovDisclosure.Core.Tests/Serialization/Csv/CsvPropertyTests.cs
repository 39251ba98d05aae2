using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Tests.Properties;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>
/// Tidy and wide CSV round trips over random reports of every format (see <see cref="ReportArbitraries"/>). CSV does not
/// carry the free-text sections nor the suppressions (docs/csv.md, "What CSV carries"): the properties compare with the
/// report without them, and check everything else — identity, every cell with its state, scale and unit, the legacy rows
/// the catalogue does not know and the prose breakdowns.
/// </summary>
public sealed class CsvPropertyTests
{
    private static readonly ReportFormat[] AllFormats = Enum.GetValues<ReportFormat>();

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void WriteTidy_ThenRead_GivesTheReportBackButForItsText(GeneratedReport generated) =>
        CheckRoundTrip(generated.Report, CsvWriteOptions.Default);

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void WriteWide_ThenRead_GivesTheReportBackButForItsText(GeneratedReport generated) =>
        CheckRoundTrip(generated.Report, new CsvWriteOptions { Layout = CsvLayout.Wide });

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 60)]
    public void WriteTidy_ThenRead_GivesTheReportsBackInOrder(GeneratedBatch batch) =>
        CheckBatch(batch, CsvWriteOptions.Default);

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 60)]
    public void WriteWideWithEveryFormat_ThenRead_GivesTheReportsBackInOrder(GeneratedBatch batch) =>
        CheckBatch(batch, new CsvWriteOptions { Layout = CsvLayout.Wide, WideFormats = [.. AllFormats] });

    private static void CheckRoundTrip(AnnualReport report, CsvWriteOptions options)
    {
        var csv = CsvTestKit.Write([report], options);

        var read = CsvTestKit.Read(csv, new CsvReadOptions { Layout = options.Layout }, "generated.csv").Should().ContainSingle().Subject;

        var expected = CsvTestKit.WithoutText(report);
        (read == expected).Should().BeTrue($"the {options.Layout} CSV reads back equal but for the sections and suppressions");
        read.Cells.SequenceEqual(report.Cells).Should().BeTrue("every cell reads back as written");
        read.Cells.Select(c => (c.State, c.Scale)).SequenceEqual(report.Cells.Select(c => (c.State, c.Scale))).Should().BeTrue("every cell keeps its state and printed scale");
        read.MoneyUnits.Should().Equal(report.MoneyUnits);
        read.LegacyOtherRows.Should().Equal(report.LegacyOtherRows);
        read.Breakdowns.Should().Be(report.Breakdowns);
        CsvTestKit.Write([read], options).Should().Equal(csv, "what is read writes the same bytes");
    }

    private static void CheckBatch(GeneratedBatch batch, CsvWriteOptions options)
    {
        // A tidy file cannot hold two reports of one agency, year and format (docs/csv.md): the generated agencies are
        // random, so a repeated identity is unlikely but possible; such batches say nothing about the round trip.
        var reports = batch.Reports.DistinctBy(r => (r.Agency, r.Year, r.Definition.Format)).ToList();

        var read = CsvTestKit.Read(CsvTestKit.Write(reports, options), new CsvReadOptions { Layout = options.Layout }, "generated.csv");

        read.Should().Equal(reports.Select(CsvTestKit.WithoutText));
    }
}
