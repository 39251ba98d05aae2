using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Cli;

/// <summary>The <c>generate</c> command.</summary>
public static partial class CliApp
{
    private static Command GenerateCommand(TextWriter output, TextWriter error, Option<bool> verbose, bool errorIsTerminal)
    {
        var agencies = new Option<int>("--agencies")
        {
            Description = $"The number of agencies (1 to {GeneratorOptions.MaxAgencies:N0}; a whole country has about 200,000). Each gets one report a year.",
            Required = true,
        };
        var years = new Option<string>("--years")
        {
            Description = "The reporting years, FROM-TO (2016-2023) or one year (2023), within 2008–2100: legacy up to 2018, national2019 for 2019–2020, national2021 from 2021.",
            Required = true,
        };
        var seed = new Option<long>("--seed") { Description = "The seed: the same options give the same reports, byte for byte.", DefaultValueFactory = _ => 1 };
        var format = new Option<string?>("--format")
        {
            Description = "jsonl (one report per line; the default) or json (exactly one report). By default the extension of --out decides. For CSV, convert the .jsonl.",
        };
        format.AcceptOnlyFromAmong("jsonl", "json");
        var target = new Option<string>("--out")
        {
            Description = "The output: .jsonl, .json (exactly one report), or '-' for standard output. A file appears only when every report was written.",
            Required = true,
        };
        var errors = new Option<double>("--errors")
        {
            Description = $"The share of agency-years given a planted error (0 to {GeneratorOptions.MaxErrorShare}): a total that does not add up, a carry-over break, a mistyped credit code, a late publication, a missing or duplicated report.",
            DefaultValueFactory = _ => 0,
        };
        var planted = new Option<string?>("--planted")
        {
            Description = "Write the planted errors to this .jsonl file, one per line, with the findings each must give (report, code, cells).",
        };
        var twelveDigits = new Option<bool>("--twelve-digit-townships") { Description = "Give townships twelve-digit division codes (the nine digits and 000) instead of nine." };
        var language = new Option<string>("--lang") { Description = "The language of the progress and summary on standard error: zh or en.", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");

        var command = new Command(
            "generate",
            "Generate synthetic but internally consistent reports for benchmarks, tests and demos: an agency hierarchy with real province codes, "
            + "valid 统一社会信用代码, realistic sizes and skew (most agencies receive no request, a few thousands), every relation of each format "
            + "satisfied, carry-over and cumulative totals consistent between years. Reports come agency by agency, each agency's years in order; "
            + "a roll-up needs one year's reports, so generate one year for it.\n"
            + "Output: .jsonl or .json; for CSV, convert the .jsonl: govdisclosure convert reports.jsonl reports.csv\n\n"
            + "Examples:\n"
            + "  govdisclosure generate --agencies 1000 --years 2016-2023 --out reports.jsonl\n"
            + "  govdisclosure generate --agencies 200000 --years 2023 --seed 7 --out country-2023.jsonl\n"
            + "  govdisclosure generate --agencies 500 --years 2019-2023 --errors 0.05 --planted planted.jsonl --out reports.jsonl\n"
            + "  govdisclosure generate --agencies 1 --years 2023 --out - --format json")
        {
            agencies,
            years,
            seed,
            format,
            target,
            errors,
            planted,
            twelveDigits,
            language,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var settings = new GenerateSettings(
                result.GetValue(agencies),
                result.GetValue(years)!,
                result.GetValue(seed),
                result.GetValue(format),
                result.GetValue(target)!,
                result.GetValue(errors),
                result.GetValue(planted),
                result.GetValue(twelveDigits),
                result.GetValue(language) == "en" ? DisplayLanguage.English : DisplayLanguage.Chinese);
            return Generate(settings, output, error, errorIsTerminal);
        }));
        return command;
    }

    private static int Generate(GenerateSettings settings, TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var options = settings.ToOptions();
        var toStandardOutput = settings.Out == StandardInputPath;
        var json = settings.Format switch
        {
            "json" => true,
            "jsonl" => false,
            _ => !toStandardOutput && string.Equals(Path.GetExtension(settings.Out), ".json", StringComparison.OrdinalIgnoreCase),
        };
        if (!toStandardOutput)
        {
            var extension = Path.GetExtension(settings.Out).ToLowerInvariant();
            if (extension == ".csv")
            {
                throw new UsageException($"--out '{settings.Out}': CSV output is not offered by generate yet; write .jsonl.");
            }

            if (extension != (json ? ".json" : ".jsonl"))
            {
                throw new UsageException(settings.Format is null
                    ? $"--out '{settings.Out}': unknown extension '{extension}'; expected .jsonl (one report per line) or .json (exactly one report)."
                    : $"--out '{settings.Out}' does not end in .{settings.Format}, the --format given.");
            }

            CheckOutputFolder(settings.Out);
        }

        if (json && (options.Reports != 1 || options.ErrorShare > 0))
        {
            throw new UsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"a .json output holds exactly one report, but {options.Agencies} agencies × {options.Years} years make {options.Reports}{(options.ErrorShare > 0 ? " (and --errors may add or leave out reports)" : string.Empty)}: write .jsonl instead."));
        }

        if (settings.Planted is { } plantedPath)
        {
            if (!string.Equals(Path.GetExtension(plantedPath), ".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--planted '{plantedPath}': expected a .jsonl file.");
            }

            if (!toStandardOutput && Path.GetFullPath(plantedPath) == Path.GetFullPath(settings.Out))
            {
                throw new UsageException($"--planted and --out are the same file ({plantedPath}).");
            }

            CheckOutputFolder(plantedPath);
        }

        var generator = new ReportGenerator(options);
        var progress = errorIsTerminal ? new ProgressLine(output, error, settings.Language, DescribeProgress) : null;
        var count = 0;
        var plantedCount = 0;
        try
        {
            if (settings.Planted is { } path)
            {
                WriteAtomically(path, stream =>
                {
                    using var plantedWriter = new PlantedErrorWriter(stream);
                    Write(generator.Generate(e =>
                    {
                        plantedCount++;
                        plantedWriter.Write(e);
                    }));
                });
            }
            else
            {
                Write(generator.Generate(_ => plantedCount++));
            }
        }
        finally
        {
            progress?.Clear();
        }

        var english = settings.Language == DisplayLanguage.English;
        var span = options.Years == 1 ? options.FirstYear.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{options.FirstYear}–{options.LastYear}");
        var where = toStandardOutput ? (english ? "standard output" : "标准输出") : settings.Out;
        error.WriteLine(english
            ? string.Create(CultureInfo.InvariantCulture, $"Generated {count:N0} reports of {options.Agencies:N0} agencies ({span}, seed {options.Seed}), {plantedCount:N0} planted errors: {where}")
            : string.Create(CultureInfo.InvariantCulture, $"已生成 {options.Agencies:N0} 个单位的 {count:N0} 份报告（{span} 年度，种子 {options.Seed}），植入错误 {plantedCount:N0} 处：{where}"));
        return ExitCodes.Success;

        void Write(IEnumerable<AnnualReport> reports)
        {
            var counted = reports.Select(report =>
            {
                count++;
                progress?.Show(count);
                return report;
            });
            if (toStandardOutput)
            {
                foreach (var report in counted)
                {
                    output.Write(GovDisclosureJson.Serialize(report, indented: json));
                    output.Write('\n');
                }

                output.Flush();
            }
            else if (json)
            {
                WriteAtomically(settings.Out, stream => GovDisclosureJson.Serialize(stream, counted.Single()));
            }
            else
            {
                WriteAtomically(settings.Out, stream => GovDisclosureJson.WriteLines(stream, counted));
            }
        }
    }

    private static string DescribeProgress(int reports, DisplayLanguage language) => language == DisplayLanguage.English
        ? string.Create(CultureInfo.InvariantCulture, $"{reports:N0} reports generated…")
        : string.Create(CultureInfo.InvariantCulture, $"已生成 {reports:N0} 份报告…");

    private sealed record GenerateSettings(
        int Agencies,
        string Years,
        long Seed,
        string? Format,
        string Out,
        double Errors,
        string? Planted,
        bool TwelveDigitTownships,
        DisplayLanguage Language)
    {
        /// <summary>The generator's options, or a usage error that names the option and the range.</summary>
        public GeneratorOptions ToOptions()
        {
            if (Agencies is < 1 or > GeneratorOptions.MaxAgencies)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--agencies {Agencies}: expected 1 to {GeneratorOptions.MaxAgencies}."));
            }

            if (Errors is not (>= 0 and <= GeneratorOptions.MaxErrorShare))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--errors {Errors}: expected a share from 0 to {GeneratorOptions.MaxErrorShare}, such as 0.05."));
            }

            var (first, last) = ParseYears(Years);
            return new GeneratorOptions
            {
                Agencies = Agencies,
                FirstYear = first,
                LastYear = last,
                Seed = Seed,
                ErrorShare = Errors,
                TwelveDigitTownshipCodes = TwelveDigitTownships,
            };
        }

        private static (int First, int Last) ParseYears(string text)
        {
            var parts = text.Split('-');
            if (parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                if (first < AnnualReport.MinYear || last > AnnualReport.MaxYear || first > last)
                {
                    throw new UsageException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"--years {text}: expected years from {AnnualReport.MinYear} to {AnnualReport.MaxYear}, the first not after the last."));
                }

                return (first, last);
            }

            throw new UsageException($"--years '{text}': expected FROM-TO, such as 2016-2023, or one year, such as 2023.");
        }
    }

    /// <summary>Planted errors as JSON Lines: one object per error, its findings with their report in the shape of <c>validate --format json</c>.</summary>
    private sealed class PlantedErrorWriter(Stream stream) : IDisposable
    {
        private readonly Utf8JsonWriter _writer = new(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        public void Write(PlantedError planted)
        {
            var w = _writer;
            w.WriteStartObject();
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(planted.Kind.ToString()));
            w.WriteStartObject("agency");
            w.WriteString("name", planted.Agency.Name);
            w.WriteString("creditCode", planted.Agency.CreditCode?.ToString());
            w.WriteString("divisionCode", planted.Agency.DivisionCode?.ToString());
            w.WriteEndObject();
            w.WriteNumber("year", planted.Year);
            WriteCells(w, planted.Cells);
            w.WriteString("description", planted.Description);
            w.WriteStartArray("findings");
            foreach (var finding in planted.Findings)
            {
                w.WriteStartObject();
                w.WriteStartObject("report");
                w.WriteString("agency", finding.Report.AgencyName);
                w.WriteString("creditCode", finding.Report.CreditCode?.ToString());
                w.WriteString("divisionCode", finding.Report.DivisionCode?.ToString());
                w.WriteNumber("year", finding.Report.Year);
                w.WriteString("format", FormatCatalog.Get(finding.Report.Format).Key);
                w.WriteEndObject();
                w.WriteString("code", finding.Code);
                WriteCells(w, finding.Cells);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            stream.WriteByte((byte)'\n');
        }

        public void Dispose() => _writer.Dispose();

        private static void WriteCells(Utf8JsonWriter w, IEnumerable<CellKey> cells)
        {
            w.WriteStartArray("cells");
            foreach (var cell in cells)
            {
                w.WriteStringValue(cell.ToString());
            }

            w.WriteEndArray();
        }
    }
}
