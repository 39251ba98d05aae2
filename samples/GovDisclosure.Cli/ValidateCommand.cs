using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GovDisclosure.Validation;

namespace GovDisclosure.Cli;

/// <summary>The <c>validate</c> command.</summary>
public static partial class CliApp
{
    private static Command ValidateCommand(TextWriter output, TextWriter error, Option<bool> verbose, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var inputs = ReportInputsArgument(
            "Reports: .json (one report), .jsonl or .ndjson (one report per line), .csv (tidy or wide), folders (the report files in them and their subfolders), or '-' for JSON Lines on standard input.");
        var format = new Option<string>("--format") { Description = "text: a table of findings and a summary; json: an array of findings, the summary on standard error.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var history = new Option<bool>("--history") { Description = "Also check each agency's reports across years (carry-over, cumulative figures, missing and duplicate years); a batch of agencies is held at a time, the other reports wait in a temporary file." };
        var language = new Option<string>("--lang") { Description = "The language of messages and labels: zh or en.", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var minimum = new Option<string?>("--min-severity")
        {
            Description = "The least severe findings listed: error, warning or info (default: warning for text, info for json). The summary and the exit code count every finding.",
        };
        minimum.AcceptOnlyFromAmong("error", "warning", "info");

        var command = new Command(
            "validate",
            "Validate every report read, and with --history each agency's reports across years. Findings are printed as they are found, the summary at the end.\n"
            + "Exit codes: 0 no error, 1 at least one error, 2 an input could not be read (the rest is still validated and printed).\n\n"
            + "Examples:\n"
            + "  govdisclosure validate samples/data/gaoqiao-township-2018.json\n"
            + "  govdisclosure validate reports/ --history --lang en\n"
            + "  govdisclosure validate reports.jsonl --format json > findings.json\n"
            + "  govdisclosure convert reports.jsonl - | govdisclosure validate -")
        {
            inputs,
            format,
            history,
            language,
            minimum,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var paths = result.GetValue(inputs)!;
            var json = result.GetValue(format) == "json";
            var settings = new ValidateSettings(
                Language: result.GetValue(language) == "en" ? DisplayLanguage.English : DisplayLanguage.Chinese,
                Json: json,
                LeastSeverity: result.GetValue(minimum) switch
                {
                    "error" => Severity.Error,
                    "warning" => Severity.Warning,
                    "info" => Severity.Info,
                    _ => json ? Severity.Info : Severity.Warning,
                },
                History: result.GetValue(history));
            return Validate(paths, settings, output, error, openStandardInput, errorIsTerminal);
        }));
        return command;
    }

    private static int Validate(string[] paths, ValidateSettings settings, TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var ignored = new List<string>();
        var progress = errorIsTerminal ? new ProgressLine(output, error, settings.Language) : null;
        using IFindingWriter writer = settings.Json ? new JsonFindingWriter(output, settings.Language) : new TextFindingWriter(output, settings.Language);
        var hidden = 0;
        ReadLocation? firstUnreadable = null;
        var sinceFlush = Stopwatch.StartNew();
        var validator = new BatchValidator(new ReportValidator()) { IncludeHistory = settings.History, HistoryBatchSize = AgencyBatchSize() };

        // The inputs are read once; the cross-year checks hold a batch of agencies at a time, the others wait in a temporary file.
        var summary = validator.Validate(ReadInputs(paths, ignored, openStandardInput, progress), OnFinding);
        progress?.Clear();
        var text = new ValidationSummaryText(summary, ignored, hidden, settings.LeastSeverity, settings.Language);
        writer.Finish();
        if (settings.Json)
        {
            output.Flush();
            error.WriteLine(text.OneLine());
        }
        else
        {
            text.Write(output, separate: writer.WroteAny);
            output.Flush();
        }

        if (!summary.IsComplete)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"error: {summary.UnreadableInputs} {(summary.UnreadableInputs == 1 ? "input" : "inputs")} could not be read (the first: {firstUnreadable}); the results do not cover the whole batch."));
            return ExitCodes.InputError;
        }

        return summary.ErrorCount > 0 ? ExitCodes.ValidationErrors : ExitCodes.Success;

        void OnFinding(ValidationFinding finding)
        {
            firstUnreadable ??= finding.Location;
            if (finding.Severity > settings.LeastSeverity)
            {
                hidden++;
                return;
            }

            progress?.Clear();
            writer.Write(finding);
            if (sinceFlush.ElapsedMilliseconds >= 200)
            {
                output.Flush();
                sinceFlush.Restart();
            }
        }
    }

    private sealed record ValidateSettings(DisplayLanguage Language, bool Json, Severity LeastSeverity, bool History);
}
