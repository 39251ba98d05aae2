using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli;

/// <summary>The <c>history</c> command.</summary>
public static partial class CliApp
{
    private static Command HistoryCommand(TextWriter output, TextWriter error, Option<bool> verbose, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var inputs = ReportInputsArgument(
            "Reports of any agencies and years: .json, .jsonl, .ndjson or .csv files, folders (the report files in them and their subfolders), or '-' for JSON Lines on standard input.");
        var agency = new Option<string?>("--agency")
        {
            Description = "Only the agency with this 统一社会信用代码, this 行政区划代码 (every agency with exactly this code), this name in any year (full-width forms and white space do not matter) or this agency key (name:…).",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: a table per agency (indicators by year, with change and growth) and the cumulative check of legacy reports; csv: one row per agency, year and indicator (UTF-8 with BOM); json: an array of agencies with their series and cumulative check.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "csv", "json");
        var language = new Option<string>("--lang") { Description = "The language of the labels: zh or en. CSV headers and JSON keys stay English.", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");

        var command = new Command(
            "history",
            "Follow each agency across years: the key indicators year by year with their change and growth, across the 2019 and 2021 format changes, "
            + "and for legacy reports (2008–2018) the printed cumulative totals (历年累计) recomputed from the first year.\n"
            + "Reports are one agency's by credit code, else division code and name, else name. Nothing is written when an input cannot be read or an agency-year is given twice (exit code 2).\n\n"
            + "Examples:\n"
            + "  govdisclosure history reports/\n"
            + "  govdisclosure history reports/ --agency 沙县高桥镇人民政府 --lang en\n"
            + "  govdisclosure history reports/ --format csv > series.csv\n"
            + "  govdisclosure history reports.jsonl --format json > history.json")
        {
            inputs,
            agency,
            format,
            language,
        };
        command.SetAction(result => Guard(result, error, verbose, () =>
        {
            var query = result.GetValue(agency);
            if (query is not null && string.IsNullOrWhiteSpace(query))
            {
                throw new UsageException("--agency needs a credit code, a division code or a name.");
            }

            var settings = new HistorySettings(
                result.GetValue(inputs)!,
                query?.Trim(),
                result.GetValue(format)!,
                result.GetValue(language) == "en" ? DisplayLanguage.English : DisplayLanguage.Chinese);
            return History(settings, output, error, openStandardInput, errorIsTerminal);
        }));
        return command;
    }

    private static int History(HistorySettings settings, TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool errorIsTerminal)
    {
        var ignored = new List<string>();
        var progress = errorIsTerminal ? new ProgressLine(output, error, settings.Language) : null;
        var reports = ReadInputs(settings.Inputs, ignored, openStandardInput, progress).Select(input => input.IsSuccess ? input.Report : throw input.Error);

        // The inputs are read once, keeping each report's agency and year (and the reports while they fit in a batch; past
        // it, the reports wait in a temporary file until their batch of agencies is written).
        using var batches = new AgencyBatches<AnnualReport>(
            AgencyKey.Of,
            AgencyBatchSize(),
            report => GovDisclosureJson.SerializeToUtf8Bytes(report, indented: false),
            bytes => GovDisclosureJson.Deserialize(bytes.Span));
        var firstSeen = new Dictionary<AgencyKey, int>();
        var agencyYears = new HashSet<(int Agency, int Year)>();
        var selected = new HashSet<AgencyKey>();
        (int Agency, AgencyKey Key)? duplicate = null;
        try
        {
            // The first input that cannot be read ends the run: a series without it would show a gap that is not in the reports.
            foreach (var report in reports)
            {
                var key = batches.Add(report);
                if (!firstSeen.TryGetValue(key, out var agency))
                {
                    firstSeen.Add(key, agency = firstSeen.Count);
                }

                if (!agencyYears.Add((agency, report.Year)) && (duplicate is null || agency < duplicate.Value.Agency))
                {
                    duplicate = (agency, key);
                }

                if (settings.Agency is { } query && AgencyQuery.Matches(key, report, query))
                {
                    selected.Add(key);
                }
            }

            if (duplicate is { Key: var twice })
            {
                // Nothing is written: the agency first read that has a year twice is named, as when every report is held.
                _ = AgencyHistory.Of(batches.Groups(include: key => key == twice).Single().Items);
            }
        }
        finally
        {
            progress?.Clear();
        }

        var matching = settings.Agency is null ? batches.Agencies : selected.Count;
        var histories = batches.Groups(include: settings.Agency is null ? null : selected.Contains).Select(group => AgencyHistory.Of(group.Items));
        var english = settings.Language == DisplayLanguage.English;
        if (ignored.Count > 0)
        {
            error.WriteLine(english
                ? string.Create(CultureInfo.InvariantCulture, $"Ignored {ignored.Count} file{(ignored.Count == 1 ? string.Empty : "s")} in the folders that are not report files: {string.Join(", ", ignored)}.")
                : string.Create(CultureInfo.InvariantCulture, $"已忽略文件夹中 {ignored.Count} 个非报告文件：{string.Join(", ", ignored)}。"));
        }

        if (batches.Count == 0)
        {
            error.WriteLine(english ? "No reports were found." : "未找到任何报告。");
        }
        else if (matching == 0)
        {
            error.WriteLine(english
                ? string.Create(CultureInfo.InvariantCulture, $"No agency matches '{settings.Agency}' ({batches.Agencies} agencies read): give its credit code, division code or name as a report prints it.")
                : string.Create(CultureInfo.InvariantCulture, $"没有与“{settings.Agency}”相符的单位（共读取 {batches.Agencies} 个单位）：请给出报告所载的统一社会信用代码、行政区划代码或名称。"));
        }

        try
        {
            switch (settings.Format)
            {
                case "csv":
                    HistoryCsvWriter.Write(output, histories);
                    break;
                case "json":
                    new HistoryJsonWriter(output, settings.Language).Write(histories);
                    break;
                default:
                    new HistoryTextWriter(output, settings.Language).Write(histories);
                    break;
            }
        }
        catch (OverflowException exception)
        {
            throw new ReportReadException($"a change from one year to the next does not fit in 18 significant digits: {exception.Message}", exception);
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private sealed record HistorySettings(string[] Inputs, string? Agency, string Format, DisplayLanguage Language);
}

/// <summary>Which agencies <c>--agency</c> selects.</summary>
internal static class AgencyQuery
{
    /// <summary>
    /// Tells whether a report is of the agency asked for: its key's text, its credit code (letters in any case), its
    /// division code, or its name compared as <see cref="AgencyKey"/> compares names. A history is the agency asked for
    /// when any of its reports is.
    /// </summary>
    public static bool Matches(AgencyKey key, AnnualReport report, string query)
    {
        var agency = report.Agency;
        return string.Equals(key.ToString(), query, StringComparison.Ordinal)
            || (agency.CreditCode is { } credit && string.Equals(credit.Value, query, StringComparison.OrdinalIgnoreCase))
            || (agency.DivisionCode is { } division && string.Equals(division.Value, query, StringComparison.Ordinal))
            || string.Equals(NameKey(agency.Name), NameKey(query), StringComparison.Ordinal);
    }

    /// <summary>A name as an agency key compares it (NFKC, white space removed).</summary>
    private static string NameKey(string name) => AgencyKey.Of(new Agency(name)).Value;
}

/// <summary>The labels of the history command's output.</summary>
internal static class HistoryLabels
{
    public static string Indicator(KeyIndicator indicator, DisplayLanguage language) =>
        Catalog.FormatCatalog.National2021.GetKeyIndicator(indicator).GetLabel(language);

    public static string FormatKey(ReportFormat format) => Catalog.FormatCatalog.Get(format).Key;

    /// <summary>The label of a legacy row followed by the cumulative check: the catalogue's label and key, or the printed label of a row the catalogue does not know.</summary>
    public static string CumulativeRow(string row, bool isOtherRow, DisplayLanguage language)
    {
        if (isOtherRow)
        {
            return language == DisplayLanguage.English ? $"'{row}'" : $"“{row}”";
        }

        var definition = Catalog.FormatCatalog.Legacy.Tables[0].Rows.FirstOrDefault(r => r.Key == row);
        var label = definition?.GetLabel(language) ?? row;
        return language == DisplayLanguage.English ? $"{label} ({row})" : $"{label}（{row}）";
    }

    public static string BreakReason(CumulativeBreakReason reason, DisplayLanguage language) => language == DisplayLanguage.English
        ? reason switch
        {
            CumulativeBreakReason.MissingYear => "the report on the year before is missing",
            CumulativeBreakReason.BlankAnnual => "the annual figure is blank",
            CumulativeBreakReason.AnnualNotApplicable => "there is no annual figure",
            CumulativeBreakReason.BlankCumulative => "the printed cumulative is blank, so there is nothing to start from",
            _ => "the label is printed twice in the report",
        }
        : reason switch
        {
            CumulativeBreakReason.MissingYear => "缺少上一年的报告",
            CumulativeBreakReason.BlankAnnual => "本年数为空白",
            CumulativeBreakReason.AnnualNotApplicable => "没有本年数",
            CumulativeBreakReason.BlankCumulative => "累计数为空白，无从起算",
            _ => "同一标签在报告中出现两次",
        };

    /// <summary>The key of a break reason in JSON.</summary>
    public static string BreakReasonKey(CumulativeBreakReason reason) => reason switch
    {
        CumulativeBreakReason.MissingYear => "missingYear",
        CumulativeBreakReason.BlankAnnual => "blankAnnual",
        CumulativeBreakReason.AnnualNotApplicable => "annualNotApplicable",
        CumulativeBreakReason.BlankCumulative => "blankCumulative",
        _ => "ambiguousLabel",
    };

    /// <summary>The series rows of one agency grouped by indicator, in the order of <see cref="KeyIndicator"/>, each group in year order.</summary>
    public static ImmutableArray<IGrouping<KeyIndicator, SeriesRow>> ByIndicator(AgencyHistory history) =>
        [.. SeriesTable.Rows([history]).GroupBy(r => r.Indicator).OrderBy(g => g.Key)];
}
