using System.Globalization;
using System.Text;
using FluentAssertions;

namespace GovDisclosure.Cli.Tests;

/// <summary>
/// history and validate --history read their inputs once and hold a batch of agencies at a time, the other reports
/// waiting in a temporary file; with batches of a few reports (GOVDISCLOSURE_AGENCY_BATCH_SIZE) the output must be that
/// of one batch holding every report.
/// </summary>
public sealed class AgencyBatchTests
{
    private const string BatchSizeVariable = "GOVDISCLOSURE_AGENCY_BATCH_SIZE";

    /// <summary>Twelve generated agencies over 2017–2022 (with planted errors: some years missing or given twice), the early years in one file and the later in another.</summary>
    private static string Reports(TemporaryFolder folder, string errorShare = "0")
    {
        var all = folder.File("all.jsonl");
        CliRun.Of("generate", "--agencies", "12", "--years", "2017-2022", "--errors", errorShare, "--out", all).ExitCode.Should().Be(ExitCodes.Success);
        var lines = File.ReadAllLines(all);
        File.Delete(all);
        var inputs = Path.Combine(folder.Path, "inputs");
        Directory.CreateDirectory(inputs);
        File.WriteAllLines(Path.Combine(inputs, "early.jsonl"), lines.Where(l => Year(l) <= 2019));
        File.WriteAllLines(Path.Combine(inputs, "late.jsonl"), lines.Where(l => Year(l) > 2019));
        return inputs;

        static int Year(string line) => int.Parse(line.Split("\"year\":")[1].Split(',')[0], CultureInfo.InvariantCulture);
    }

    private static CliRun InBatchesOf(int size, params string[] args)
    {
        Environment.SetEnvironmentVariable(BatchSizeVariable, size.ToString(CultureInfo.InvariantCulture));
        try
        {
            return CliRun.Of(args);
        }
        finally
        {
            Environment.SetEnvironmentVariable(BatchSizeVariable, null);
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("csv")]
    [InlineData("json")]
    public void History_SmallBatches_SameOutputAsOneBatch(string format)
    {
        using var folder = new TemporaryFolder();
        var inputs = Reports(folder);

        var whole = CliRun.Of("history", inputs, "--format", format);
        var batched = InBatchesOf(7, "history", inputs, "--format", format);

        whole.ExitCode.Should().Be(ExitCodes.Success);
        whole.Output.Split("\n").Length.Should().BeGreaterThan(100);
        batched.Should().Be(whole);
    }

    [Fact]
    public void History_SmallBatchesAndAgencyQuery_SameOutputAsOneBatch()
    {
        using var folder = new TemporaryFolder();
        var inputs = Reports(folder);
        var name = File.ReadLines(Path.Combine(inputs, "late.jsonl")).Skip(20).First().Split("\"name\":\"")[1].Split('"')[0];

        var whole = CliRun.Of("history", inputs, "--agency", name, "--format", "csv");
        var batched = InBatchesOf(7, "history", inputs, "--agency", name, "--format", "csv");

        whole.ExitCode.Should().Be(ExitCodes.Success);
        whole.Output.Should().Contain(name);
        batched.Should().Be(whole);
    }

    [Fact]
    public void History_SmallBatchesAndAYearGivenTwice_SameErrorAndNothingWritten()
    {
        using var folder = new TemporaryFolder();
        var inputs = Reports(folder);
        File.Copy(Path.Combine(inputs, "late.jsonl"), Path.Combine(inputs, "late-again.jsonl"));

        var whole = CliRun.Of("history", inputs);
        var batched = InBatchesOf(7, "history", inputs);

        whole.ExitCode.Should().Be(ExitCodes.InputError);
        whole.Output.Should().BeEmpty();
        batched.Should().Be(whole);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void ValidateHistory_SmallBatches_SameFindingsInTheSameOrderAsOneBatch(string format)
    {
        using var folder = new TemporaryFolder();
        var inputs = Reports(folder, errorShare: "0.3");

        var whole = CliRun.Of("validate", inputs, "--history", "--format", format, "--min-severity", "info");
        var batched = InBatchesOf(7, "validate", inputs, "--history", "--format", format, "--min-severity", "info");

        whole.ExitCode.Should().Be(ExitCodes.ValidationErrors);
        whole.Output.Should().Contain("GD0401", "the planted errors include carry-over ones");
        batched.Should().Be(whole);
    }

    [Fact]
    public void HistoryAndValidateHistory_StandardInputWithSmallBatches_SameAsFiles()
    {
        using var folder = new TemporaryFolder();
        var inputs = Reports(folder, errorShare: "0.3");
        var file = folder.File("all.jsonl");
        File.WriteAllLines(file, Directory.GetFiles(inputs).Order(StringComparer.Ordinal).SelectMany(File.ReadLines));

        Environment.SetEnvironmentVariable(BatchSizeVariable, "7");
        try
        {
            var history = FromStandardInput(file, "history", "-", "--format", "csv");
            history.Should().Be(CliRun.Of("history", file, "--format", "csv"), "a year given twice is the same error");

            var validation = FromStandardInput(file, "validate", "-", "--history", "--format", "json");
            var fromFile = CliRun.Of("validate", file, "--history", "--format", "json");
            validation.ExitCode.Should().Be(fromFile.ExitCode);
            validation.Output.Should().Be(fromFile.Output.Replace(JsonString(file), "\"-\"", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(BatchSizeVariable, null);
        }
    }

    private static string JsonString(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static CliRun FromStandardInput(string file, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var code = CliApp.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(File.ReadAllText(file))), errorIsTerminal: false);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
