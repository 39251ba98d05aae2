using System.CommandLine;
using GovDisclosure.Extraction;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli;

/// <summary>The <c>import</c> command: reports read from published text and saved web pages.</summary>
public static partial class CliApp
{
    private static readonly string[] ImportExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    private static Command ImportCommand(TextWriter output, TextWriter error, Option<bool> verbose)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Published report text (.txt: copied from a web page or from pdftotext -layout; .md) or saved web pages (.html, .htm; UTF-8 or GB18030/GBK).",
            Arity = ArgumentArity.OneOrMore,
        };
        var target = new Option<string>("--out")
        {
            Description = "The output file: .json for one report, .jsonl for several; written only when every file gave a report. Standard output when left out.",
        };
        var year = new Option<int?>("--year") { Description = "The reporting year, when the title does not print it." };
        var agency = new Option<string>("--agency") { Description = "The agency's name, when the title, source line and signature do not print it." };
        var command = new Command(
            "import",
            "Read reports from published text or saved web pages into JSON: every figure exactly as printed, or left blank with a diagnostic.\n"
            + "Diagnostics (rows not recognised, cells left blank and why, rows whose figures ran together, arithmetic that fails) go to standard error.\n"
            + "One file gives a JSON object, several give JSON Lines. Exit code 0 when every file gave a report (even with diagnostics), 2 when one could not.\n\n"
            + "Examples:\n"
            + "  govdisclosure import report-2024.txt\n"
            + "  govdisclosure import page.html --out report.json\n"
            + "  govdisclosure import reports/*.txt --out reports.jsonl")
        {
            files,
            target,
            year,
            agency,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var paths = result.GetValue(files)!;
            var to = result.GetValue(target);
            foreach (var path in paths)
            {
                var extension = Path.GetExtension(path).ToLowerInvariant();
                if (!ImportExtensions.Contains(extension))
                {
                    throw new UsageException($"FILE '{path}': unknown extension '{extension}'; expected .txt, .md, .html or .htm.");
                }
            }

            if (to is not null)
            {
                var expected = paths.Length == 1 ? ".json" : ".jsonl";
                if (!string.Equals(Path.GetExtension(to), expected, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException($"--out '{to}': {paths.Length} file(s) give {(paths.Length == 1 ? "one report, written as .json" : "several reports, written as .jsonl")}.");
                }
            }

            var options = new ExtractionOptions { Year = result.GetValue(year), AgencyName = result.GetValue(agency) };
            var reports = new List<AnnualReport>(paths.Length);
            var failed = 0;
            foreach (var path in paths)
            {
                if (!File.Exists(path))
                {
                    throw new ReportReadException("file not found.", new ReadLocation { Source = path });
                }

                var extraction = ReportExtractor.ExtractFile(path, options);
                foreach (var diagnostic in extraction.Diagnostics)
                {
                    error.WriteLine(diagnostic.ToString());
                }

                if (extraction.Report is { } report)
                {
                    reports.Add(report);
                }
                else
                {
                    failed++;
                }
            }

            if (failed > 0)
            {
                error.WriteLine($"error: {failed} of {paths.Length} file(s) gave no report (see the errors above); nothing written.");
                return ExitCodes.InputError;
            }

            if (to is null)
            {
                // One report: an indented JSON object; several: JSON Lines.
                var indented = reports.Count == 1;
                reports.ForEach(report => output.Write(GovDisclosureJson.Serialize(report, indented) + "\n"));
                output.Flush();
                return ExitCodes.Success;
            }

            WriteAtomically(to, stream =>
            {
                if (reports.Count == 1)
                {
                    GovDisclosureJson.Serialize(stream, reports[0]);
                }
                else
                {
                    GovDisclosureJson.WriteLines(stream, reports);
                }
            });
            return ExitCodes.Success;
        }));
        return command;
    }
}
