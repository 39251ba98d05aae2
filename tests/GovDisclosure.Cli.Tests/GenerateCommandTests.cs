using System.Text.Json;
using FluentAssertions;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_JsonLines_WritesOneReportPerAgencyAndYearThatValidatesClean()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("reports.jsonl");

        var run = CliRun.Of("generate", "--agencies", "20", "--years", "2017-2022", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"已生成 20 个单位的 120 份报告（2017–2022 年度，种子 1），植入错误 0 处：{target}\n");
        var reports = ReadLines(target);
        reports.Should().HaveCount(120);
        reports.Select(r => r.Format).Distinct().Should().HaveCount(3);
        reports.GroupBy(AgencyKey.Of).Should().HaveCount(20).And.OnlyContain(g => g.Select(r => r.Year).SequenceEqual(Enumerable.Range(2017, 6)));

        var validation = CliRun.Of("validate", target, "--history", "--min-severity", "info", "--lang", "en");
        validation.ExitCode.Should().Be(ExitCodes.Success);
        validation.Output.Should().Be("Validated 120 reports (20 agencies, also across years): 0 errors, 0 warnings, 0 info, 0 explained.\n");
    }

    [Fact]
    public void Generate_SameSeed_SameBytes_OtherSeed_OtherReports()
    {
        using var folder = new TemporaryFolder();
        string Run(string name, string seed)
        {
            var path = folder.File(name);
            CliRun.Of("generate", "--agencies", "15", "--years", "2023", "--seed", seed, "--out", path).ExitCode.Should().Be(ExitCodes.Success);
            return File.ReadAllText(path);
        }

        var first = Run("a.jsonl", "7");
        var second = Run("b.jsonl", "7");
        var other = Run("c.jsonl", "8");

        second.Should().Be(first);
        other.Should().NotBe(first);
    }

    [Fact]
    public void Generate_ToStandardOutput_WritesJsonLinesThere()
    {
        var run = CliRun.Of("generate", "--agencies", "3", "--years", "2020-2021", "--out", "-", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().Be("Generated 6 reports of 3 agencies (2020–2021, seed 1), 0 planted errors: standard output\n");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        lines.Select(line => GovDisclosureJson.Deserialize(line).Year).Should().Equal(2020, 2021, 2020, 2021, 2020, 2021);
    }

    [Fact]
    public void Generate_OneReportAsJson_WritesOneObject()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("one.json");

        var toFile = CliRun.Of("generate", "--agencies", "1", "--years", "2024", "--out", target);
        var toOutput = CliRun.Of("generate", "--agencies", "1", "--years", "2024", "--out", "-", "--format", "json");

        toFile.ExitCode.Should().Be(ExitCodes.Success);
        var report = GovDisclosureJson.ReadFile(target);
        report.Year.Should().Be(2024);
        report.Format.Should().Be(ReportFormat.National2021);
        toOutput.ExitCode.Should().Be(ExitCodes.Success);
        toOutput.Output.Should().StartWith("{\n").And.EndWith("}\n");
        GovDisclosureJson.Deserialize(toOutput.Output).Should().Be(report);
    }

    [Fact]
    public void Generate_WithErrors_PlantedListIsExactlyWhatValidateFinds()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("reports.jsonl");
        var plantedPath = folder.File("planted.jsonl");

        var run = CliRun.Of("generate", "--agencies", "60", "--years", "2016-2023", "--errors", "0.2", "--seed", "3", "--planted", plantedPath, "--out", target, "--lang", "en");
        var validation = CliRun.Of("validate", target, "--history", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var planted = File.ReadAllLines(plantedPath).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        planted.Should().NotBeEmpty();
        run.Error.Should().EndWith($", {planted.Count} planted errors: {target}\n");
        var expected = planted.SelectMany(p => p.GetProperty("findings").EnumerateArray()).Select(Key).ToHashSet();
        validation.ExitCode.Should().Be(ExitCodes.ValidationErrors);
        var found = JsonDocument.Parse(validation.Output).RootElement.EnumerateArray().Select(Key).ToHashSet();
        found.Should().BeEquivalentTo(expected);

        static string Key(JsonElement finding)
        {
            var report = finding.GetProperty("report");
            return $"{report.GetProperty("agency").GetString()}|{report.GetProperty("creditCode").GetString()}|{report.GetProperty("year").GetInt32()}|{finding.GetProperty("code").GetString()}";
        }
    }

    [Fact]
    public void Generate_PlantedLine_NamesKindAgencyYearCellsAndFindings()
    {
        using var folder = new TemporaryFolder();
        var plantedPath = folder.File("planted.jsonl");

        CliRun.Of("generate", "--agencies", "40", "--years", "2021-2023", "--errors", "0.4", "--planted", plantedPath, "--out", folder.File("r.jsonl"))
            .ExitCode.Should().Be(ExitCodes.Success);

        var first = JsonDocument.Parse(File.ReadLines(plantedPath).First()).RootElement;
        first.EnumerateObject().Select(p => p.Name).Should().Equal("kind", "agency", "year", "cells", "description", "findings");
        first.GetProperty("kind").GetString().Should().MatchRegex("^[a-z][A-Za-z]+$");
        first.GetProperty("agency").GetProperty("creditCode").GetString().Should().HaveLength(18);
        first.GetProperty("findings").EnumerateArray().Should().OnlyContain(f => f.GetProperty("code").GetString()!.StartsWith("GD", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TwelveDigitTownships_GivesTwelveDigitCodes()
    {
        var run = CliRun.Of("generate", "--agencies", "300", "--years", "2023", "--twelve-digit-townships", "--out", "-");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var townships = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => GovDisclosureJson.Deserialize(line))
            .Where(r => r.Agency.Level == AgencyLevel.Township).ToList();
        townships.Should().NotBeEmpty().And.OnlyContain(r => r.Agency.DivisionCode!.Value.Value.Length == 12);
    }

    [Fact]
    public void Generate_StandardErrorIsATerminal_WritesTheSameFileAndEndsWithTheSummary()
    {
        using var folder = new TemporaryFolder();
        var plain = folder.File("plain.jsonl");
        var shown = folder.File("shown.jsonl");
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };

        CliRun.Of("generate", "--agencies", "300", "--years", "2016-2023", "--out", plain).ExitCode.Should().Be(ExitCodes.Success);
        var code = CliApp.Run(["generate", "--agencies", "300", "--years", "2016-2023", "--out", shown, "--lang", "en"], output, error, () => Stream.Null, errorIsTerminal: true);

        code.Should().Be(ExitCodes.Success);
        output.ToString().Should().BeEmpty();
        error.ToString().Should().EndWith($"Generated 2,400 reports of 300 agencies (2016–2023, seed 1), 0 planted errors: {shown}\n");
        File.ReadAllBytes(shown).Should().Equal(File.ReadAllBytes(plain));
    }

    [Theory]
    [InlineData("--years", "2016..2023", "--years '2016..2023': expected FROM-TO, such as 2016-2023, or one year, such as 2023.")]
    [InlineData("--years", "2023-2016", "--years 2023-2016: expected years from 2008 to 2100, the first not after the last.")]
    [InlineData("--years", "2007-2010", "--years 2007-2010: expected years from 2008 to 2100, the first not after the last.")]
    [InlineData("--errors", "0.6", "--errors 0.6: expected a share from 0 to 0.5, such as 0.05.")]
    [InlineData("--agencies", "0", "--agencies 0: expected 1 to 5000000.")]
    public void Generate_BadValue_IsAUsageErrorNamingIt(string option, string value, string message)
    {
        using var folder = new TemporaryFolder();
        string[] args = ["generate", "--agencies", "5", "--years", "2023", "--out", folder.File("r.jsonl")];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Be($"error: {message}\n");
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Generate_CsvOutput_SaysItIsNotOfferedYet()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("generate", "--agencies", "5", "--years", "2023", "--out", folder.File("r.csv"));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("CSV output is not offered by generate yet");
    }

    [Fact]
    public void Generate_JsonWithManyReports_IsAUsageErrorBeforeAnythingIsWritten()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("generate", "--agencies", "2", "--years", "2022-2023", "--out", folder.File("r.json"));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Be("error: a .json output holds exactly one report, but 2 agencies × 2 years make 4: write .jsonl instead.\n");
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Generate_FormatDisagreeingWithExtension_IsAUsageError()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("generate", "--agencies", "1", "--years", "2023", "--format", "json", "--out", folder.File("r.jsonl"));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("does not end in .json, the --format given");
    }

    [Fact]
    public void Generate_PlantedNotJsonLinesOrSameAsOut_IsAUsageError()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("r.jsonl");

        var text = CliRun.Of("generate", "--agencies", "5", "--years", "2023", "--errors", "0.1", "--planted", folder.File("p.txt"), "--out", target);
        var same = CliRun.Of("generate", "--agencies", "5", "--years", "2023", "--errors", "0.1", "--planted", target, "--out", target);

        text.ExitCode.Should().Be(ExitCodes.Usage);
        text.Error.Should().Contain("expected a .jsonl file");
        same.ExitCode.Should().Be(ExitCodes.Usage);
        same.Error.Should().Contain("--planted and --out are the same file");
    }

    [Fact]
    public void Generate_FolderMissing_IsAnOutputError()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("generate", "--agencies", "5", "--years", "2023", "--out", Path.Combine(folder.Path, "missing", "r.jsonl"));

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Error.Should().Contain("does not exist");
    }

    [Fact]
    public void Generate_RequiredOptionMissing_IsAUsageError()
    {
        var run = CliRun.Of("generate", "--agencies", "5", "--out", "-");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--years");
    }

    [Fact]
    public void Help_SaysWhatItDoesAndHowToGetCsv()
    {
        var run = CliRun.Of("generate", "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("--agencies").And.Contain("--years").And.Contain("--errors").And.Contain("--planted").And.Contain("for CSV, convert the .jsonl: govdisclosure convert reports.jsonl reports.csv");
    }

    private static List<AnnualReport> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        return [.. GovDisclosureJson.ReadLines(stream, path)];
    }
}
