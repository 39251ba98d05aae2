using System.CommandLine;
using GovDisclosure.Rendering;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli;

/// <summary>The <c>govdisclosure</c> command line: each command reads reports with the library and writes to the given writers.</summary>
public static partial class CliApp
{
    private static readonly string[] ReportExtensions = [".json", ".jsonl", ".csv"];

    /// <summary>Runs a command line; '-' as an input reads the process's standard input, and no progress is shown.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.OpenStandardInput, errorIsTerminal: false);

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="openStandardInput">Opens standard input, read by the commands that take '-' as an input.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal: long work then shows its progress there.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(openStandardInput);
        output = new GuardedTextWriter(output, "standard output");
        var verbose = new Option<bool>("--verbose") { Description = "Print the stack trace of an unexpected error.", Recursive = true };
        var root = new RootCommand(
            "govdisclosure — annual reports on government information disclosure (政府信息公开工作年度报告): validate, render, convert and roll up reports, follow agencies across years, generate synthetic reports and import published ones.\n"
            + "Exit codes: 0 success, 1 validation errors, 2 input could not be read, 64 wrong usage, 70 internal error, 74 output could not be written.")
        {
            verbose,
            ValidateCommand(output, error, verbose, openStandardInput, errorIsTerminal),
            RenderCommand(output, error, verbose),
            ConvertCommand(output, error, verbose),
            RollupCommand(output, error, verbose, openStandardInput, errorIsTerminal),
            HistoryCommand(output, error, verbose, openStandardInput, errorIsTerminal),
            GenerateCommand(output, error, verbose, errorIsTerminal),
            ImportCommand(output, error, verbose),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line: the most telling problem (an unrecognised word before "command missing"), its listed choices joined.
            var problem = parsed.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parsed.Errors[0];
            var first = string.Join(' ', problem.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            error.WriteLine($"error: {first} (see 'govdisclosure --help')");
            return ExitCodes.Usage;
        }

        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        if (code != ExitCodes.OutputError)
        {
            // Help and version are written by the parser, outside the commands, which flush their own output.
            try
            {
                output.Flush();
            }
            catch (OutputException exception)
            {
                error.WriteLine("error: " + exception.Message);
                return ExitCodes.OutputError;
            }
        }

        return code;
    }

    private static Command RenderCommand(TextWriter output, TextWriter error, Option<bool> verbose)
    {
        var file = new Argument<string>("FILE") { Description = "A report (.json) or several (.jsonl, .csv)." };
        var format = new Option<string>("--format") { Description = "markdown, or html: a standalone page (one report) or, with --fragment, one embeddable block per report.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html");
        var fragment = new Option<bool>("--fragment") { Description = "With --format html: print a <div> to paste into a page (its tables carry their own borders) instead of a whole page." };
        var sections = new Option<bool>("--sections") { Description = "Also print the report's headed sections (一、总体情况 …) with their text, each table under its section." };
        var language = new Option<string>("--lang") { Description = "The language of the labels: zh (as printed in the official format) or en.", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");

        var command = new Command(
            "render",
            "Print the report's statistical tables in the official layout, as Markdown or HTML (merged header cells as the official tables print them).\n\n"
            + "Examples:\n"
            + "  govdisclosure render samples/data/gaoqiao-township-2018.json\n"
            + "  govdisclosure render reports.jsonl --lang en > tables.md\n"
            + "  govdisclosure render report.json --format html > report.html\n"
            + "  govdisclosure render report.json --format html --fragment --sections > paste-into-portal.html")
        {
            file,
            format,
            fragment,
            sections,
            language,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var path = result.GetValue(file)!;
            var html = result.GetValue(format) == "html";
            var asFragment = result.GetValue(fragment);
            if (asFragment && !html)
            {
                throw new UsageException("--fragment needs --format html.");
            }

            var options = new ReportRenderOptions
            {
                Language = result.GetValue(language) == "en" ? DisplayLanguage.English : DisplayLanguage.Chinese,
                IncludeSections = result.GetValue(sections),
            };
            if (html && !asFragment)
            {
                // A page holds one report: say so before printing anything.
                HtmlRenderer.RenderPage(output, Single(ReadReports(path), path, "to render as an HTML page", "an HTML page shows one: render with --fragment, one block per report"), options);
                output.Flush();
                return ExitCodes.Success;
            }

            var first = true;
            foreach (var report in ReadReports(path))
            {
                if (html)
                {
                    HtmlRenderer.RenderFragment(output, report, options);
                }
                else
                {
                    if (!first)
                    {
                        output.Write("\n---\n\n");
                    }

                    MarkdownRenderer.Render(output, report, options);
                }

                first = false;
            }

            output.Flush();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ConvertCommand(TextWriter output, TextWriter error, Option<bool> verbose)
    {
        var input = new Argument<string>("IN") { Description = "The input: .json (one report), .jsonl (one report per line) or .csv (tidy or wide, UTF-8 or GB18030)." };
        var target = new Argument<string>("OUT") { Description = "The output: .json (one report), .jsonl or .csv; '-' writes to standard output: JSON Lines, or CSV when --layout is given." };
        var layout = new Option<string>("--layout") { Description = "The CSV layout written: tidy (one row per cell, the default for .csv) or wide (one row per report)." };
        layout.AcceptOnlyFromAmong("tidy", "wide");
        var encoding = new Option<string>("--encoding") { Description = "The encoding of a .csv input: auto (the default: a byte order mark, else UTF-8 if valid, else GB18030), utf-8 or gb18030 (also for GBK).", DefaultValueFactory = _ => "auto" };
        encoding.AcceptOnlyFromAmong("auto", "utf-8", "gb18030");
        var noBom = new Option<bool>("--no-bom") { Description = "Write CSV without the UTF-8 byte order mark (which Excel needs to read Chinese text)." };
        var command = new Command(
            "convert",
            "Convert reports between .json, .jsonl and .csv by the files' extensions, streaming. The output file appears only when the whole input was read.\n\n"
            + "Examples:\n  govdisclosure convert samples/data/gaoqiao-township-2018.json seed.jsonl\n  govdisclosure convert reports.jsonl reports.csv\n"
            + "  govdisclosure convert reports.jsonl table.csv --layout wide\n  govdisclosure convert excel-export.csv reports.jsonl --encoding gb18030\n  govdisclosure convert reports.jsonl - --layout tidy")
        {
            input,
            target,
            layout,
            encoding,
            noBom,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var from = result.GetValue(input)!;
            var to = result.GetValue(target)!;
            CheckExtension(from, "IN");
            if (to != "-")
            {
                CheckExtension(to, "OUT");
                if (Path.GetFullPath(from) == Path.GetFullPath(to))
                {
                    throw new UsageException($"IN and OUT are the same file ({to}).");
                }
            }

            var layoutName = result.GetValue(layout);
            var toCsv = IsCsv(to) || (to == "-" && layoutName is not null);
            if (layoutName is not null && !toCsv)
            {
                throw new UsageException($"--layout applies to CSV output; OUT '{to}' is not a .csv file.");
            }

            var encodingName = result.GetValue(encoding)!;
            if (encodingName != "auto" && !IsCsv(from))
            {
                throw new UsageException($"--encoding applies to a .csv input; IN '{from}' is not one.");
            }

            var readOptions = new CsvReadOptions
            {
                Encoding = encodingName switch
                {
                    "utf-8" => System.Text.Encoding.UTF8,
                    "gb18030" => GovDisclosureCsv.Gb18030,
                    _ => null,
                },
            };
            var reports = ReadReports(from, readOptions);
            var csvOptions = new CsvWriteOptions
            {
                Layout = layoutName == "wide" ? CsvLayout.Wide : CsvLayout.Tidy,
                WriteByteOrderMark = !result.GetValue(noBom),
            };
            if (toCsv && csvOptions.Layout == CsvLayout.Wide)
            {
                // The wide header has the columns of every format the input has: a first pass finds them.
                csvOptions = csvOptions with { WideFormats = [.. ReadReports(from, readOptions).Select(r => r.Format).Distinct().Order()] };
            }

            if (to == "-")
            {
                if (toCsv)
                {
                    GovDisclosureCsv.Write(output, reports, csvOptions);
                }
                else
                {
                    foreach (var report in reports)
                    {
                        output.Write(GovDisclosureJson.Serialize(report, indented: false));
                        output.Write('\n');
                    }
                }

                output.Flush();
                return ExitCodes.Success;
            }

            WriteAtomically(to, stream =>
            {
                if (toCsv)
                {
                    GovDisclosureCsv.Write(stream, reports, csvOptions);
                }
                else if (IsJsonLines(to))
                {
                    GovDisclosureJson.WriteLines(stream, reports);
                }
                else
                {
                    GovDisclosureJson.Serialize(stream, Single(reports, from, "to write as .json", "a .json file holds exactly one: convert to .jsonl instead"));
                }
            });
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The one report of an input; none or several is an input error that says what the one report is for.</summary>
    private static AnnualReport Single(IEnumerable<AnnualReport> reports, string source, string purpose, string severalAdvice)
    {
        using var enumerator = reports.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            throw new ReportReadException($"holds no report: expected one report {purpose}.", new ReadLocation { Source = source });
        }

        var report = enumerator.Current;
        if (enumerator.MoveNext())
        {
            throw new ReportReadException($"holds more than one report; {severalAdvice}.", new ReadLocation { Source = source });
        }

        return report;
    }

    /// <summary>Writes to a temporary file beside the target and renames it on success, so a failed run never leaves a partial file that looks complete.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new OutputException($"could not write {path}: the folder {folder} does not exist.", new DirectoryNotFoundException(folder));
        }

        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new GuardedStream(OpenOutput(temporary, path), path))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"could not write {path}: {exception.Message}", exception);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FileStream OpenOutput(string temporary, string path)
    {
        FileStream? stream = null;
        OutputException.Guard(path, () => stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        return stream!;
    }

    private static IEnumerable<AnnualReport> ReadReports(string path, CsvReadOptions? csvOptions = null)
    {
        CheckExtension(path, "FILE");
        if (!File.Exists(path))
        {
            throw new ReportReadException("file not found.", new ReadLocation { Source = path });
        }

        if (IsCsv(path))
        {
            return GovDisclosureCsv.ReadFile(path, csvOptions);
        }

        if (!IsJsonLines(path))
        {
            return [GovDisclosureJson.ReadFile(path)];
        }

        return ReadLines(path);

        static IEnumerable<AnnualReport> ReadLines(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            foreach (var report in GovDisclosureJson.ReadLines(stream, path, ReadOptions))
            {
                yield return report;
            }
        }
    }

    private static bool IsJsonLines(string path) => string.Equals(Path.GetExtension(path), ".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsCsv(string path) => string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase);

    private static void CheckExtension(string path, string what)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!ReportExtensions.Contains(extension))
        {
            throw new UsageException($"{what} '{path}': unknown extension '{extension}'; expected .json (one report), .jsonl (one report per line) or .csv.");
        }
    }

    private static int Guard(ParseResult result, TextWriter error, Option<bool> verbose, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException exception)
        {
            error.WriteLine("error: " + exception.Message);
            return ExitCodes.Usage;
        }
        catch (ReportReadException exception)
        {
            error.WriteLine("error: " + exception.Message);
            WriteTrace(result, error, verbose, exception);
            return ExitCodes.InputError;
        }
        catch (OutputException exception)
        {
            error.WriteLine("error: " + exception.Message);
            WriteTrace(result, error, verbose, exception);
            return ExitCodes.OutputError;
        }
        catch (Exception exception) when (exception is RollupException or DuplicateReportException)
        {
            // The reports as given cannot be added up or followed: an input problem, named in the message.
            error.WriteLine("error: " + exception.Message);
            WriteTrace(result, error, verbose, exception);
            return ExitCodes.InputError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + exception.Message);
            WriteTrace(result, error, verbose, exception);
            return ExitCodes.InputError;
        }
        catch (Exception exception)
        {
            error.WriteLine($"error: internal error ({exception.GetType().Name}: {exception.Message}); this is a bug, please report it with --verbose output.");
            WriteTrace(result, error, verbose, exception);
            return ExitCodes.InternalError;
        }
    }

    private static void WriteTrace(ParseResult result, TextWriter error, Option<bool> verbose, Exception exception)
    {
        if (result.GetValue(verbose))
        {
            error.WriteLine(exception.ToString());
        }
    }

    private sealed class UsageException(string message) : Exception(message);
}
