using FluentAssertions;

namespace GovDisclosure.Cli.Tests;

public sealed class ConvertCommandTests
{
    [Fact]
    public void Convert_JsonToJsonLinesAndBack_GivesTheSameFile()
    {
        using var folder = new TemporaryFolder();
        var lines = folder.File("seed.jsonl");
        var back = folder.File("seed.json");

        CliRun.Of("convert", CliRun.SeedJson, lines).ExitCode.Should().Be(ExitCodes.Success);
        CliRun.Of("convert", lines, back).ExitCode.Should().Be(ExitCodes.Success);

        File.ReadAllLines(lines).Should().ContainSingle();
        File.ReadAllText(back).Should().Be(File.ReadAllText(CliRun.SeedJson));
    }

    [Fact]
    public void Convert_ToStandardOutput_WritesOneLinePerReport()
    {
        var run = CliRun.Of("convert", CliRun.SeedJson, "-");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("{\"schemaVersion\":1,\"format\":\"legacy\",\"year\":2018,").And.EndWith("}\n");
        run.Output.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void Convert_SeveralReportsToJson_ExitsWith2AndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var lines = folder.File("two.jsonl");
        CliRun.Of("convert", CliRun.SeedJson, lines);
        File.AppendAllText(lines, File.ReadAllText(lines));
        var target = folder.File("one.json");

        var run = CliRun.Of("convert", lines, target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain(lines).And.Contain("more than one report");
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void Convert_BadLineInTheMiddle_ExitsWith2NamingTheLineAndLeavesNoPartialOutput()
    {
        using var folder = new TemporaryFolder();
        var lines = folder.File("batch.jsonl");
        CliRun.Of("convert", CliRun.SeedJson, lines);
        var good = File.ReadAllText(lines);
        File.WriteAllText(lines, good + good.Replace("\"year\":2018", "\"year\":2007", StringComparison.Ordinal) + good);
        var target = folder.File("copy.jsonl");

        var run = CliRun.Of("convert", lines, target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith($"error: {lines}:2:").And.Contain("$.year").And.Contain("2007");
        File.Exists(target).Should().BeFalse();
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void Convert_ExistingOutput_IsReplacedOnlyOnSuccess()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("out.jsonl");
        File.WriteAllText(target, "previous");
        var bad = folder.File("bad.json");
        File.WriteAllText(bad, "{}");

        CliRun.Of("convert", bad, target).ExitCode.Should().Be(ExitCodes.InputError);
        File.ReadAllText(target).Should().Be("previous");

        CliRun.Of("convert", CliRun.SeedJson, target).ExitCode.Should().Be(ExitCodes.Success);
        File.ReadAllText(target).Should().StartWith("{\"schemaVersion\":1");
    }

    [Fact]
    public void Convert_OutputFolderMissing_ExitsWith74NamingTheOutput()
    {
        using var folder = new TemporaryFolder();
        var target = Path.Combine(folder.Path, "missing", "out.jsonl");

        var run = CliRun.Of("convert", CliRun.SeedJson, target);

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Error.Should().Be($"error: could not write {target}: the folder {Path.GetDirectoryName(target)} does not exist.\n");
    }

    [Fact]
    public void Convert_SameFile_ExitsWith64()
    {
        var run = CliRun.Of("convert", CliRun.SeedJson, CliRun.SeedJson);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("same file");
    }

    [Theory]
    [InlineData("reports.txt")]
    [InlineData("reports.xlsx")]
    public void Convert_UnsupportedOutputExtension_ExitsWith64(string output)
    {
        var run = CliRun.Of("convert", CliRun.SeedJson, output);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("error: OUT '" + output + "'");
    }
}
