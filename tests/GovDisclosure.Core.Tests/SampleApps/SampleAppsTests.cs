using System.Diagnostics;
using System.Reflection;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.SampleApps;

/// <summary>The sample programs under samples/ run as a user runs them: built by this project's build, started as processes.</summary>
public sealed class SampleAppsTests
{
    [Fact]
    public void Embed_Run_SavesAValidReportAsJsonAndCsvThatReadBack()
    {
        using var folder = new TemporaryFolder();

        var run = Run("GovDisclosure.Samples.Embed", folder.Path);

        run.ExitCode.Should().Be(0, run.Output);
        var (json, csv) = (Path.Combine(folder.Path, "report.json"), Path.Combine(folder.Path, "report.csv"));
        run.Output.Should().Contain("0 errors, 0 warnings").And.Contain($"Saved {json} and {csv}");
        var report = GovDisclosureJson.ReadFile(json);
        report.Format.Should().Be(ReportFormat.National2021);
        report.Requests[RequestRow.Granted, Applicant.Total].Should().Be(CellValue.Of(12));
        report.Requests[RequestRow.CarriedForward, Applicant.Total].Should().Be(CellValue.Of(0));
        GovDisclosureCsv.ReadFile(csv).Should().ContainSingle().Which.Should().Be(report, "the CSV holds the same report");
    }

    [Fact]
    public void Hosting_Run_PublishesTheSeedAsAnHtmlFragment()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "seed.html");

        var run = Run("GovDisclosure.Samples.Hosting", Samples.SeedJsonPath, output, "--GovDisclosure:Language=en");

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("GD0301 Warning: The categories stated in the text add up to 198").And.Contain("Published 沙县高桥镇人民政府 2018 to " + output);
        File.ReadAllText(output).Should().StartWith("<div class=\"govdisclosure-report\" lang=\"en\">").And.Contain(">Information proactively disclosed</th>");
    }

    [Fact]
    public void Hosting_PublishedText_ExtractsAndPublishesIt()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "seed.html");

        var run = Run("GovDisclosure.Samples.Hosting", Samples.TextPath(Samples.LegacyCases[0]), output);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("info BreakdownLabelCompleted [legacy]: the category printed '农村工信息' is read as '农村工作类'.")
            .And.Contain("Published 沙县高桥镇人民政府 2018 to " + output);
        File.ReadAllText(output).Should().StartWith("<div class=\"govdisclosure-report\" lang=\"zh-CN\">").And.Contain(">主动公开文件数</th>");
    }

    [Fact]
    public void Hosting_ReportWithErrors_WritesNothingAndExitsWith1()
    {
        using var folder = new TemporaryFolder();
        var input = Path.Combine(folder.Path, "bad.json");
        var output = Path.Combine(folder.Path, "bad.html");
        File.WriteAllText(input, File.ReadAllText(Samples.SeedJsonPath).Replace("\"annual\": 200", "\"annual\": 300", StringComparison.Ordinal));

        var run = Run("GovDisclosure.Samples.Hosting", input, output);

        run.ExitCode.Should().Be(1, run.Output);
        run.Output.Should().Contain("has 1 errors: not published");
        File.Exists(output).Should().BeFalse();
    }

    private static (int ExitCode, string Output) Run(string sample, params string[] args)
    {
        var configuration = typeof(SampleAppsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var program = Path.Combine(Samples.RepositoryRoot, "samples", sample, "bin", configuration, "net10.0", sample + ".dll");
        File.Exists(program).Should().BeTrue($"the build of the tests builds {program}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue($"{sample} ends");
        return (process.ExitCode, output + error.Result);
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govdisclosure-samples-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
