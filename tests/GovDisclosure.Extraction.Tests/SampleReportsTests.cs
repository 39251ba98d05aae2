using FluentAssertions;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Tests;

/// <summary>
/// Every real report in ../shared/samples/reports (found by listing the folder, so reports added later are tested too)
/// comes out as its .expected.json records: each recorded cell equal (null = blank), or — only in texts whose cells
/// were run together — blank with an "ambiguous" diagnostic whose candidate splits include the recorded figures;
/// and the arithmetic that fails in the source is reported.
/// </summary>
public sealed class SampleReportsTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Samples.ReportsFolder, "*.expected.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expected.json".Length]);
        }

        return data;
    }

    [Fact]
    public void Cases_SamplesFolder_HasReports() => Cases().Should().NotBeEmpty();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_SampleReport_GivesEveryRecordedCell(string id)
    {
        var expected = Samples.Expected(id);
        var result = ReportExtractor.ExtractFile(Samples.TextPath(id));

        result.Report.Should().NotBeNull(string.Join("\n", result.Diagnostics));
        var report = result.Report!;
        report.Year.Should().Be(expected.Year);
        report.Definition.Key.Should().Be(expected.Edition);
        expected.Agency.Should().StartWith(report.Agency.Name, "the agency is read from the signature, the source line or the title");
        if (expected.PublishedOn is { } published)
        {
            report.PublishedOn.Should().Be(published);
        }

        var problems = new List<string>();
        foreach (var cell in expected.Cells)
        {
            if (cell.Table.StartsWith("(prose)", StringComparison.Ordinal))
            {
                var entries = report.Breakdowns.ProactiveByCategory.Concat(report.Breakdowns.ProactiveByChannel).Concat(report.Breakdowns.Figures);
                if (!entries.Any(e => e.Label == cell.Row && e.Count == cell.Value))
                {
                    problems.Add($"prose '{cell.Row}' = {cell.Value}: not extracted");
                }

                continue;
            }

            var key = Samples.KeyOf(report.Definition, cell);
            var actual = report[key];
            if (cell.Value is null ? actual.IsBlank : actual.IsReported && actual.Value == cell.Value.Value)
            {
                continue;
            }

            if (actual.IsBlank && cell.Value is { } value && IsAmbiguousWith(result, key, value))
            {
                continue;
            }

            problems.Add($"{key} ('{cell.Row}' / '{cell.Column}'): expected {cell.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"}, got {actual}");
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_SampleReport_ReportsTheArithmeticThatFailsInTheSource(string id)
    {
        var recorded = Samples.Report(id);
        var failing = new ReportValidator().Validate(recorded).Findings
            .Where(f => f.RelationId is not null && f.Code != RuleCodes.CannotCheck)
            .Select(f => f.RelationId!)
            .ToHashSet();

        var result = ReportExtractor.ExtractFile(Samples.TextPath(id));

        failing.Should().BeSubsetOf(result.WithCode(ExtractionCode.RelationFails).Select(d => d.Finding!.RelationId!));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_SampleReport_NeverFillsACellTheTextDoesNotPrint(string id)
    {
        var expected = Samples.Expected(id);
        var result = ReportExtractor.ExtractFile(Samples.TextPath(id));
        var report = result.Report!;
        var recorded = expected.Cells.Where(c => !c.Table.StartsWith("(prose)", StringComparison.Ordinal)).Select(c => Samples.KeyOf(report.Definition, c)).ToHashSet();

        // Every reported figure of a table is one the reader recorded (legacy reports add the prose total only where the table lacks it).
        report.Definition.Cells.Where(c => report[c.Key].IsReported).Select(c => c.Key).Should().BeSubsetOf(recorded);
    }

    [Fact]
    public void Extract_SeedReport_ReportsCategoriesNotAddingUp()
    {
        var result = ReportExtractor.ExtractFile(Samples.TextPath("000-gaoqiao-township-2018"));

        var finding = result.WithCode(ExtractionCode.RelationFails).Single(d => d.Finding!.RelationId == "legacy.categorySum").Finding!;
        finding.Expected.Value.Should().Be(208);
        finding.Actual.Value.Should().Be(198);
        result.WithCode(ExtractionCode.BreakdownLabelCompleted).Should().ContainSingle().Which.PrintedLabel.Should().Be("农村工");
    }

    [Fact]
    public void Extract_RunTogether2019Report_LeavesAmbiguousRowsBlankAndRecoversTheRest()
    {
        var result = ReportExtractor.ExtractFile(Samples.TextPath("006-pingtan-zone-2019"));

        var licensing = result.WithCode(ExtractionCode.AmbiguousRow).Single(d => d.PrintedLabel == "行政许可");
        licensing.Cells.Should().Equal(CellKey.Parse("proactive.licensing.previousYearItems"), CellKey.Parse("proactive.licensing.itemChange"), CellKey.Parse("proactive.licensing.decisions"));
        licensing.Candidates.Should().ContainEquivalentOf(new[] { "396", "0", "181" });
        result.Report!["proactive.licensing.previousYearItems"].IsBlank.Should().BeTrue();
        result.Report["requests.newlyReceived.total"].Value.Should().Be(23);
        result.Tables.Single(t => t.Table == "requests").Confidence.Should().Be(1);
        result.Tables.Single(t => t.Table == "proactive").Confidence.Should().BeLessThan(0.5);
    }

    private static bool IsAmbiguousWith(ExtractionResult result, CellKey key, decimal value) =>
        result.WithCode(ExtractionCode.AmbiguousRow).Any(d =>
        {
            var index = d.Cells.IndexOf(key);
            return index >= 0 && d.Candidates.Any(c => Splitter(c[index]) == value);
        });

    private static decimal Splitter(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
