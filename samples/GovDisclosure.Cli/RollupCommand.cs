using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using GovDisclosure.Catalog;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli;

/// <summary>The <c>rollup</c> command.</summary>
public static partial class CliApp
{
    private static Command RollupCommand(TextWriter output, TextWriter error, Option<bool> verbose, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var inputs = ReportInputsArgument(
            "Reports of one year: .json, .jsonl, .ndjson or .csv files, folders (the report files in them and their subfolders), or '-' for JSON Lines on standard input.");
        var by = new Option<string>("--by")
        {
            Description = "The jurisdictions: province, prefecture or county (by the prefix of each agency's 行政区划代码), or all (one sum of every report).",
            Required = true,
        };
        by.AcceptOnlyFromAmong("province", "prefecture", "county", "all");
        var target = new Option<string>("--out")
        {
            Description = "The output: .jsonl (one report per jurisdiction), .json (exactly one jurisdiction), .csv (tidy: one row per cell), or '-' for JSON Lines on standard output. Written only when every input was read and added up.",
            Required = true,
        };
        var language = new Option<string>("--lang") { Description = "The language of the summary on standard error: zh or en.", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");

        var command = new Command(
            "rollup",
            "Add up the reports of one year into one report per jurisdiction, by the prefix of the agencies' administrative division codes (行政区划代码).\n"
            + "Standard error gets one line per jurisdiction: its reports and the cells with blank inputs (their sums are lower bounds).\n"
            + "Nothing is written when an input cannot be read, a report has no division code, an agency-year is given twice, years are mixed, a sum overflows or a jurisdiction mixes formats (exit code 2).\n\n"
            + "Examples:\n"
            + "  govdisclosure rollup reports/2024/ --by county --out counties-2024.jsonl\n"
            + "  govdisclosure rollup townships.jsonl --by all --out total.json --lang en\n"
            + "  govdisclosure rollup reports.jsonl --by prefecture --out - | govdisclosure validate -")
        {
            inputs,
            by,
            target,
            language,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var settings = new RollupSettings(
                result.GetValue(inputs)!,
                result.GetValue(by) switch
                {
                    "province" => RollupLevel.Province,
                    "prefecture" => RollupLevel.Prefecture,
                    "county" => RollupLevel.County,
                    _ => RollupLevel.All,
                },
                result.GetValue(target)!,
                result.GetValue(language) == "en" ? DisplayLanguage.English : DisplayLanguage.Chinese);
            return Rollup(settings, output, error, openStandardInput, errorIsTerminal);
        }));
        return command;
    }

    private static int Rollup(RollupSettings settings, TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var to = settings.Out;
        var toStandardOutput = to == StandardInputPath;
        if (!toStandardOutput)
        {
            CheckExtension(to, "--out");
            if (settings.Inputs.FirstOrDefault(path => path != StandardInputPath && Path.GetFullPath(path) == Path.GetFullPath(to)) is { } same)
            {
                throw new UsageException($"--out '{to}' is also an input ({same}).");
            }

            // A roll-up written among its inputs would be read as one more report by the next run, and counted twice.
            var full = Path.GetFullPath(to);
            if (settings.Inputs.FirstOrDefault(path => Directory.Exists(path) && full.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { } folder)
            {
                throw new UsageException($"--out '{to}' is inside the input folder {folder}: the next roll-up of that folder would add it up again; write it elsewhere.");
            }

            // Fail before reading a large batch, not after.
            CheckOutputFolder(to);
        }

        var ignored = new List<string>();
        var progress = errorIsTerminal ? new ProgressLine(output, error, settings.Language) : null;

        // The first input that cannot be read ends the run: a roll-up that leaves a report out would look complete.
        var reads = ReadInputs(settings.Inputs, ignored, openStandardInput, progress).Select(read => read.IsSuccess ? read : throw read.Error);
        ImmutableArray<RollupResult> results;
        try
        {
            results = new ReportAggregator(settings.Level).Aggregate(reads);
        }
        finally
        {
            progress?.Clear();
        }

        var mixed = results.Where(r => r.Report is null).ToList();
        if (mixed.Count > 0)
        {
            var first = mixed[0];
            var others = mixed.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({mixed.Count - 1} other jurisdictions too)") : string.Empty;
            throw new RollupException(string.Create(
                CultureInfo.InvariantCulture,
                $"jurisdiction {first.Key} {first.Year} mixes formats ({FormatKeys(first.Formats)}) in its {first.ReportCount} reports{others}: their cells do not add up, so there is no report to write. Roll up the reports of each format separately; nothing was written."))
            {
                Jurisdiction = first.Key,
            };
        }

        var reports = results.Select(r => r.Report!);
        if (toStandardOutput)
        {
            foreach (var report in reports)
            {
                output.Write(GovDisclosureJson.Serialize(report, indented: false));
                output.Write('\n');
            }

            output.Flush();
        }
        else if (IsJsonLines(to))
        {
            WriteAtomically(to, stream => GovDisclosureJson.WriteLines(stream, reports));
        }
        else if (IsCsv(to))
        {
            WriteAtomically(to, stream => GovDisclosureCsv.Write(stream, reports));
        }
        else
        {
            if (results.Length != 1)
            {
                throw new RollupException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the roll-up gives {results.Length} jurisdictions; a .json file holds exactly one: write .jsonl instead; nothing was written."));
            }

            WriteAtomically(to, stream => GovDisclosureJson.Serialize(stream, results[0].Report!));
        }

        new RollupSummaryText(results, ignored, toStandardOutput ? null : to, settings.Language).Write(error);
        return ExitCodes.Success;
    }

    private static string FormatKeys(IEnumerable<ReportFormat> formats) => string.Join(", ", formats.Select(f => FormatCatalog.Get(f).Key));

    private static void CheckOutputFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new OutputException($"could not write {path}: the folder {folder} does not exist.", new DirectoryNotFoundException(folder));
        }
    }

    private sealed record RollupSettings(string[] Inputs, RollupLevel Level, string Out, DisplayLanguage Language);
}

/// <summary>
/// What a roll-up wrote, on standard error: one line per jurisdiction (its reports, formats, and the cells with blank
/// inputs, whose sums are lower bounds), the files ignored in the folders, and a closing line.
/// </summary>
internal sealed class RollupSummaryText(ImmutableArray<RollupResult> results, IReadOnlyList<string> ignored, string? target, DisplayLanguage language)
{
    private const int IgnoredNamed = 3;

    private bool English => language == DisplayLanguage.English;

    public void Write(TextWriter error)
    {
        var invariant = CultureInfo.InvariantCulture;
        foreach (var result in results)
        {
            var blanks = result.BlankCounts.Count(c => c > 0);
            var formats = string.Join(", ", result.Formats.Select(f => FormatCatalog.Get(f).Key));
            error.WriteLine(English
                ? string.Create(invariant, $"{result.Key} {result.Year}: {Count(result.ReportCount, "report")} ({formats}), {(blanks == 0 ? "no cell with blank inputs" : Count(blanks, "cell") + " with blank inputs (their sums are lower bounds)")}")
                : string.Create(invariant, $"{result.Key} {result.Year}：{result.ReportCount} 份报告（{formats}），{(blanks == 0 ? "无空白输入" : $"{blanks} 个单元格有空白输入（其合计为下限）")}"));
        }

        if (ignored.Count > 0)
        {
            var names = string.Join(", ", ignored.Take(IgnoredNamed))
                + (ignored.Count > IgnoredNamed ? string.Create(invariant, $" …+{ignored.Count - IgnoredNamed}") : string.Empty);
            error.WriteLine(English
                ? string.Create(invariant, $"Ignored {Count(ignored.Count, "file")} in the folders that are not report files: {names}.")
                : string.Create(invariant, $"已忽略文件夹中 {ignored.Count} 个非报告文件：{names}。"));
        }

        var reports = results.Sum(r => r.ReportCount);
        if (reports == 0)
        {
            error.WriteLine(English ? "No reports were found." : "未找到任何报告。");
        }

        var where = target ?? (English ? "standard output" : "标准输出");
        error.WriteLine(English
            ? string.Create(invariant, $"Rolled up {Count(reports, "report")} into {Count(results.Length, "jurisdiction")}: {where}")
            : string.Create(invariant, $"已将 {reports} 份报告汇总为 {results.Length} 个辖区：{where}"));
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
