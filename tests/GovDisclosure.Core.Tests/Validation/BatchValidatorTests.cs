using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>Validating many reports as they are read: identity on each finding, summaries, unreadable inputs, history.</summary>
public sealed class BatchValidatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govdisclosure-batch-").FullName;

    private static AnnualReport Seed => GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ValidateJsonLines_BadLineBetweenGoodOnes_ReportsItAndValidatesTheRest()
    {
        var lines = new StringBuilder()
            .Append(GovDisclosureJson.Serialize(Seed, indented: false)).Append('\n')
            .Append("{\"schemaVersion\": 1, \"format\": \n")
            .Append(GovDisclosureJson.Serialize(Samples.Report("007-huaian-city-2024"), indented: false)).Append('\n');
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString()));
        var findings = new List<ValidationFinding>();

        var summary = Batch().ValidateJsonLines(stream, "reports.jsonl", findings.Add, TestContext.Current.CancellationToken);

        summary.Reports.Should().Be(2);
        summary.UnreadableInputs.Should().Be(1);
        summary.IsComplete.Should().BeFalse();
        var unreadable = findings.Should().ContainSingle(f => f.Code == RuleCodes.Unreadable).Subject;
        unreadable.Severity.Should().Be(Severity.Error);
        unreadable.Report.Should().BeNull();
        unreadable.Location!.Source.Should().Be("reports.jsonl");
        unreadable.Location.Line.Should().Be(2);
        unreadable.GetMessage(DisplayLanguage.English).Should().StartWith("The report could not be read: reports.jsonl:2");
        var categories = findings.Should().ContainSingle(f => f.Code == RuleCodes.LegacyCategorySum).Subject;
        categories.Report.Should().Be(ReportIdentity.Of(Seed, "reports.jsonl", 1));
        findings.Where(f => f.Report?.Line == 3).Should().OnlyContain(f => f.Report!.AgencyName == "淮安市人民政府");
    }

    [Fact]
    public void ValidateJsonLines_NegativeCount_IsReportedUnderItsOwnCode()
    {
        var json = GovDisclosureJson.Serialize(Seed, indented: false).Replace("\"annual\":208", "\"annual\":-208", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json + "\n"));
        var findings = new List<ValidationFinding>();

        var summary = Batch().ValidateJsonLines(stream, "negative.jsonl", findings.Add, TestContext.Current.CancellationToken);

        summary.Reports.Should().Be(0);
        summary.IsComplete.Should().BeFalse();
        var finding = findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.NegativeCount);
        finding.Location!.Path.Should().Be("$.tables.legacy.indicators['proactive.total'].annual");
        finding.GetMessage().Should().Contain("计数为负数").And.Contain("negative.jsonl:1");
    }

    [Fact]
    public void ValidateJsonLines_FractionInCount_IsReportedUnderItsOwnCode()
    {
        var json = GovDisclosureJson.Serialize(Seed, indented: false).Replace("\"annual\":208", "\"annual\":208.5", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var findings = new List<ValidationFinding>();

        Batch().ValidateJsonLines(stream, null, findings.Add, TestContext.Current.CancellationToken);

        findings.Should().ContainSingle().Which.Code.Should().Be(RuleCodes.FractionalCount);
    }

    [Fact]
    public void ValidatePaths_FolderWithBadFileAndOtherFiles_ValidatesTheRestAndListsIgnoredFiles()
    {
        GovDisclosureJson.WriteFile(Path.Combine(_folder, "a-seed.json"), Seed);
        File.WriteAllText(Path.Combine(_folder, "b-broken.json"), "{ \"schemaVersion\": 1 ");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a report");
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        GovDisclosureJson.WriteFile(Path.Combine(_folder, "sub", "huaian.json"), Samples.Report("007-huaian-city-2024"));
        var findings = new List<ValidationFinding>();

        var summary = Batch().ValidatePaths([_folder], findings.Add, TestContext.Current.CancellationToken);

        summary.Reports.Should().Be(2);
        summary.UnreadableInputs.Should().Be(1);
        summary.IsComplete.Should().BeFalse();
        summary.IgnoredFiles.Should().Equal(Path.Combine(_folder, "notes.txt"));
        findings.Should().ContainSingle(f => f.Code == RuleCodes.Unreadable)
            .Which.Location!.Source.Should().Be(Path.Combine(_folder, "b-broken.json"));
        findings.Should().Contain(f => f.Report != null && f.Report.Source == Path.Combine(_folder, "a-seed.json"));
    }

    [Fact]
    public void ValidatePaths_MissingFileAndWrongExtension_AreUnreadableInputs()
    {
        var spreadsheet = Path.Combine(_folder, "reports.xlsx");
        File.WriteAllText(spreadsheet, "a,b\n");
        var findings = new List<ValidationFinding>();

        var summary = Batch().ValidatePaths([Path.Combine(_folder, "missing.json"), spreadsheet], findings.Add, TestContext.Current.CancellationToken);

        summary.UnreadableInputs.Should().Be(2);
        findings.Should().HaveCount(2).And.OnlyContain(f => f.Code == RuleCodes.Unreadable);
        findings[1].GetMessage(DisplayLanguage.English).Should().Contain("expected a report file ending in .json, .jsonl, .ndjson, .csv");
    }

    [Fact]
    public void Validate_Summary_CountsByCodeAndSeverity()
    {
        var broken = Seed.ToBuilder();
        broken.Set(LegacyIndicator.ProactiveWebsite, LegacyPeriod.Annual, 300);
        var inputs = new[] { Seed, broken.Build(), Seed }.Select((r, i) => ReportReadResult.Success(r, new ReadLocation { Source = "batch", Line = i + 1 }));

        var summary = Batch().Validate(inputs, _ => { }, TestContext.Current.CancellationToken);

        summary.Reports.Should().Be(3);
        summary.IsComplete.Should().BeTrue();
        summary.ErrorCount.Should().Be(1);
        summary.ReportsWithErrors.Should().Be(1);
        summary.WarningCount.Should().Be(3);
        summary.ByCode.Select(c => (c.Rule.Code, c.Severity, c.Count)).Should().Equal(
            (RuleCodes.LegacyPartOf, Severity.Error, 1),
            (RuleCodes.LegacyCategorySum, Severity.Warning, 3));
        summary.HistoryChecked.Should().BeFalse();
    }

    [Fact]
    public void Validate_WithHistory_GroupsByAgencyAndChecksAcrossYears()
    {
        var seed = Seed;
        var previous = seed.ToBuilder();
        previous.Year = 2017;
        previous.PublishedOn = new DateOnly(2018, 1, 20);
        foreach (var indicator in Enum.GetValues<LegacyIndicator>())
        {
            if (seed.Legacy[indicator, LegacyPeriod.Cumulative].TryGetWholeNumber(out var total) && seed.Legacy[indicator, LegacyPeriod.Annual].TryGetWholeNumber(out var annual))
            {
                previous.Set(indicator, LegacyPeriod.Cumulative, total - annual);
            }
        }

        previous.Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative, 2500);
        var inputs = new[] { Seed, previous.Build() }.Select((r, i) => ReportReadResult.Success(r, new ReadLocation { Source = "batch", Line = i + 1 }));
        var findings = new List<ValidationFinding>();

        var summary = new BatchValidator(new ReportValidator(ValidationTestKit.Options)) { IncludeHistory = true }
            .Validate(inputs, findings.Add, TestContext.Current.CancellationToken);

        summary.HistoryChecked.Should().BeTrue();
        summary.Agencies.Should().Be(1);
        var cumulative = findings.Where(f => f.Code == RuleCodes.SeriesCumulative).Should().ContainSingle().Subject;
        cumulative.RelationId.Should().Be("series.cumulative.proactive.total");
        cumulative.Report!.Year.Should().Be(2018);
        cumulative.Actual.Should().Be(CellValue.Of(2758));
        cumulative.Expected.Should().Be(CellValue.Of(2500 + 208));
    }

    [Fact]
    public void Validate_WithHistoryPastTheBatchSize_FindsWhatHoldingEveryReportFinds()
    {
        // Reports with planted errors across years, validated holding all of them and holding seven at a time (the others
        // wait in a temporary file): the same findings, in the same order.
        var options = new GovDisclosure.Synthetic.GeneratorOptions { Agencies = 12, FirstYear = 2019, LastYear = 2023, ErrorShare = 0.4, Seed = 5 };
        var inputs = new GovDisclosure.Synthetic.ReportGenerator(options).Generate()
            .Select((r, i) => ReportReadResult.Success(r, new ReadLocation { Source = "synthetic.jsonl", Line = i + 1 }))
            .ToList();
        var held = new List<ValidationFinding>();
        var batched = new List<ValidationFinding>();

        var heldSummary = new BatchValidator { IncludeHistory = true, HistoryBatchSize = int.MaxValue }.Validate(inputs, held.Add, TestContext.Current.CancellationToken);
        var batchedSummary = new BatchValidator { IncludeHistory = true, HistoryBatchSize = 7 }.Validate(inputs, batched.Add, TestContext.Current.CancellationToken);

        held.Should().Contain(f => f.Code.StartsWith("GD04", StringComparison.Ordinal), "the planted errors include cross-year ones");
        batched.Select(Describe).Should().Equal(held.Select(Describe));
        batchedSummary.Agencies.Should().Be(heldSummary.Agencies);

        static string Describe(ValidationFinding f) =>
            $"{f.Code} {f.RelationId} {f.Report?.AgencyName} {f.Report?.Year} {f.Report?.Source}:{f.Report?.Line} {f.Actual} {f.Expected}";
    }

    [Fact]
    public void Validate_WithHistoryPastTheBatchSize_KeepsWhereEachReportWasReadOrThatItIsUnknown()
    {
        // 淮安 for 2021, 2022 and 2024, one report held at a time: all go through the temporary file, which must give
        // back a source and line where there were some, and none where there were none.
        var huaian = Samples.Report("007-huaian-city-2024");
        var inputs = new[]
        {
            ReportReadResult.Success(huaian.Change(b => b.Year = 2021), new ReadLocation { Source = "淮安.jsonl", Line = 7 }),
            ReportReadResult.Success(huaian.Change(b => b.Year = 2022), new ReadLocation()),
            ReportReadResult.Success(huaian, new ReadLocation { Source = "淮安.jsonl" }),
        };
        var findings = new List<ValidationFinding>();

        new BatchValidator { IncludeHistory = true, HistoryBatchSize = 1 }.Validate(inputs, findings.Add, TestContext.Current.CancellationToken);

        var missing = findings.Where(f => f.Code == RuleCodes.SeriesMissingYear).Should().ContainSingle().Subject;
        missing.Report!.Year.Should().Be(2024);
        missing.Report.Source.Should().Be("淮安.jsonl");
        missing.Report.Line.Should().BeNull();
        var carryOver = findings.Where(f => f.Code == RuleCodes.SeriesCarryOver).ToList();
        carryOver.Should().NotBeEmpty("2021's figures carried forward (103) are not 2022's carried over (34)");
        carryOver.Should().OnlyContain(f => f.Report!.Year == 2022 && f.Report.Source == null && f.Report.Line == null);
    }

    [Fact]
    public void Constructor_ValidatorGiven_ValidatesWithIt()
    {
        var validator = new ReportValidator(ValidationTestKit.Options);

        new BatchValidator(validator).Validator.Should().BeSameAs(validator);
    }

    [Fact]
    public void Validate_CancelledToken_StopsBeforeTheFirstReport()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var findings = new List<ValidationFinding>();

        var act = () => Batch().Validate([ReportReadResult.Success(Seed, ReadLocation.Unknown)], findings.Add, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_CancelledAfterTheLastInput_StopsBeforeTheCrossYearChecks()
    {
        // 淮安 for 2022 and 2024 (2023 missing); the token is cancelled once the inputs are all read.
        using var cancellation = new CancellationTokenSource();
        var huaian = RuleTestKit.Sample(RuleTestKit.Huaian2024);
        var findings = new List<ValidationFinding>();

        var act = () => new BatchValidator(new ReportValidator(ValidationTestKit.Options)) { IncludeHistory = true }
            .Validate(ReadThenCancel(), findings.Add, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        findings.Should().NotContain(f => f.Code == RuleCodes.SeriesMissingYear);

        IEnumerable<ReportReadResult> ReadThenCancel()
        {
            yield return ReportReadResult.Success(huaian.Change(b => b.Year = 2022), ReadLocation.Unknown);
            yield return ReportReadResult.Success(huaian, ReadLocation.Unknown);
            cancellation.Cancel();
        }
    }

    [Fact]
    public void Validate_ExplainedAndInfoFindings_AreCountedApartFromTheRest()
    {
        // The seed with its category sum explained, and 淮安 with a suppression that explains nothing (an info).
        var seed = RuleTestKit.Sample(RuleTestKit.Seed).Change(b => b.AddSuppression(
            new Suppression("legacy.categorySum", RuleTestKit.Cells("legacy.proactive.total.annual"), "正文只列举了六类，其余 10 条未分类")));
        var huaian = RuleTestKit.Sample(RuleTestKit.Huaian2024).Change(b => b.AddSuppression(new Suppression(RuleCodes.ReviewsTotal, [], "说明")));
        var inputs = new[] { seed, huaian }.Select(r => ReportReadResult.Success(r, ReadLocation.Unknown));

        var summary = new BatchValidator(new ReportValidator(ValidationTestKit.Options)).Validate(inputs, _ => { }, TestContext.Current.CancellationToken);

        summary.ExplainedCount.Should().Be(1);
        summary.InfoCount.Should().Be(1);
        summary.ErrorCount.Should().Be(0);
        summary.WarningCount.Should().Be(0);
        summary.ByCode.Should().ContainSingle(c => c.Rule.Code == RuleCodes.LegacyCategorySum)
            .Which.Should().Match<CodeCount>(c => c.Count == 0 && c.Explained == 1);
        summary.ByCode.Should().ContainSingle(c => c.Rule.Code == RuleCodes.UnusedSuppression)
            .Which.Should().Match<CodeCount>(c => c.Count == 1 && c.Explained == 0 && c.Severity == Severity.Info);
    }

    [Fact]
    public void ReadLineResults_LineOverTheLimit_StopsReadingAndSaysSo()
    {
        var line = GovDisclosureJson.Serialize(Seed, indented: false);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + line + "\n"));

        var results = GovDisclosureJson.ReadLineResults(stream, "big.jsonl", new ReportJsonReadOptions { MaxLineBytes = 100 }).ToList();

        var failure = results.Should().ContainSingle().Subject;
        failure.IsSuccess.Should().BeFalse();
        failure.StoppedReading.Should().BeTrue();
        failure.Error!.Location.Line.Should().Be(1);
    }

    [Fact]
    public void ReportFilesFind_FolderAndFile_ListsReportFilesInOrdinalOrder()
    {
        File.WriteAllText(Path.Combine(_folder, "b.jsonl"), string.Empty);
        File.WriteAllText(Path.Combine(_folder, "a.JSON"), string.Empty);
        File.WriteAllText(Path.Combine(_folder, "c.ndjson"), string.Empty);
        File.WriteAllText(Path.Combine(_folder, "readme.md"), string.Empty);

        var set = ReportFiles.Find([_folder, "x.json"]);

        set.Files.Select(Path.GetFileName).Should().Equal("a.JSON", "b.jsonl", "c.ndjson", "x.json");
        set.Ignored.Select(Path.GetFileName).Should().Equal("readme.md");
    }

    private static BatchValidator Batch() => new(new ReportValidator(ValidationTestKit.Options));
}
