using System.Collections.Immutable;
using GovDisclosure.Serialization;
using GovDisclosure.Serialization.Json;
using static GovDisclosure.Validation.ReportValidator;

namespace GovDisclosure.Validation;

/// <summary>
/// Validates many reports as they are read — a JSON Lines stream, files, folders — handing each finding, with the
/// report's identity, to a callback and returning a summary by code. An input that cannot be read is reported as a
/// finding (<see cref="RuleCodes.Unreadable"/> and the codes of <see cref="ReportReadException.Code"/>) and the rest is
/// still validated; the summary then says the batch was incomplete.
/// </summary>
/// <remarks>
/// With <see cref="IncludeHistory"/>, the reports are also grouped by agency (<see cref="AgencyKey"/>) and each agency's
/// reports validated across years. Given inputs that can be read again (<see cref="Validate(Func{IEnumerable{ReportReadResult}}, Action{ValidationFinding}, CancellationToken)"/>),
/// that holds at most <see cref="HistoryBatchSize"/> reports (see <see cref="AgencyBatches{T}"/>); given inputs read once,
/// it keeps every report in memory until the end of the batch. Without it, memory does not grow with the batch.
/// </remarks>
public sealed class BatchValidator
{
    /// <summary>Initializes a new instance of the <see cref="BatchValidator"/> class.</summary>
    /// <param name="validator">The validator of each report; one with the default options when <see langword="null"/>.</param>
    public BatchValidator(ReportValidator? validator = null)
    {
        Validator = validator ?? new ReportValidator();
    }

    /// <summary>Gets the validator of each report.</summary>
    public ReportValidator Validator { get; }

    /// <summary>Gets a value indicating whether each agency's reports are also validated across years.</summary>
    public bool IncludeHistory { get; init; }

    /// <summary>
    /// Gets the most reports held at once for the cross-year checks when the inputs can be read again (20,000 unless
    /// set); a batch with more is read again once per group of agencies that fits.
    /// </summary>
    public int HistoryBatchSize { get; init; } = 20_000;

    /// <summary>Gets the limits of the JSON readers; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</summary>
    public ReportJsonReadOptions? ReadOptions { get; init; }

    /// <summary>Validates the reports of a JSON Lines stream.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the stream in findings (a file name).</param>
    /// <param name="onFinding">Receives each finding as it is found.</param>
    /// <param name="cancellationToken">Stops the validation between reports.</param>
    /// <returns>The summary.</returns>
    public BatchSummary ValidateJsonLines(Stream stream, string? source, Action<ValidationFinding> onFinding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Validate(GovDisclosureJson.ReadLineResults(stream, source, ReadOptions), onFinding, cancellationToken);
    }

    /// <summary>Validates the reports of files and folders (see <see cref="ReportFiles.Find"/>).</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="onFinding">Receives each finding as it is found.</param>
    /// <param name="cancellationToken">Stops the validation between reports.</param>
    /// <returns>The summary, which lists the files of the folders that were ignored.</returns>
    public BatchSummary ValidatePaths(IEnumerable<string> paths, Action<ValidationFinding> onFinding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ReportFiles.Find(paths);
        var summary = Validate(files.Files.SelectMany(f => ReportFiles.ReadFile(f, ReadOptions)), onFinding, cancellationToken);
        return summary.WithIgnoredFiles(files.Ignored);
    }

    /// <summary>Validates the results of any reader that collects errors (JSON Lines, files, CSV).</summary>
    /// <param name="inputs">The reports and read errors, in order.</param>
    /// <param name="onFinding">Receives each finding as it is found.</param>
    /// <param name="cancellationToken">Stops the validation between reports.</param>
    /// <returns>The summary.</returns>
    public BatchSummary Validate(IEnumerable<ReportReadResult> inputs, Action<ValidationFinding> onFinding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(onFinding);
        return Validate(inputs, readAgain: null, onFinding, cancellationToken);
    }

    /// <summary>
    /// Validates the results of a reader that can be read again (files, not a stream), holding at most
    /// <see cref="HistoryBatchSize"/> reports for the cross-year checks: the inputs are read once for everything else, and
    /// again once per group of agencies when they do not fit. The findings and summary are those of
    /// <see cref="Validate(IEnumerable{ReportReadResult}, Action{ValidationFinding}, CancellationToken)"/>.
    /// </summary>
    /// <param name="readInputs">Reads the reports and read errors, in the same order each time.</param>
    /// <param name="onFinding">Receives each finding as it is found.</param>
    /// <param name="cancellationToken">Stops the validation between reports.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="IOException">The inputs read again are not those read first.</exception>
    public BatchSummary Validate(Func<IEnumerable<ReportReadResult>> readInputs, Action<ValidationFinding> onFinding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readInputs);
        ArgumentNullException.ThrowIfNull(onFinding);
        return Validate(readInputs(), readInputs, onFinding, cancellationToken);
    }

    private BatchSummary Validate(IEnumerable<ReportReadResult> inputs, Func<IEnumerable<ReportReadResult>>? readAgain, Action<ValidationFinding> onFinding, CancellationToken cancellationToken)
    {
        var tally = new BatchSummary.Tally();
        var sink = new CallbackCollection(finding =>
        {
            tally.Count(finding);
            onFinding(finding);
        });
        var agencies = IncludeHistory
            ? new AgencyBatches<SourcedReport>(r => AgencyKey.Of(r.Report), readAgain is null ? int.MaxValue : HistoryBatchSize)
            : null;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!input.IsSuccess)
            {
                tally.Unreadable++;
                var error = input.Error;
                var rule = RuleCatalog.TryGet(error.Code, out var known) && known.Scope == RuleScope.Input ? known : RuleCatalog.Get(RuleCodes.Unreadable);
                if (Validator.GetSeverity(rule) is { } severity)
                {
                    sink.Add(new ValidationFinding(rule, severity, [Arg("location", error.Location.ToString()), Arg("problem", error.Problem)])
                    {
                        Location = error.Location,
                    });
                }

                continue;
            }

            tally.Reports++;
            Validator.Validate(input.Report, sink, input.Location.Source, input.Location.Line);
            agencies?.Add(new SourcedReport(input.Report, input.Location.Source, input.Location.Line));
        }

        if (agencies is not null)
        {
            foreach (var (_, reports) in agencies.Groups(() => Reports(readAgain!())))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Validator.ValidateSeries(reports, sink);
            }
        }

        return tally.ToSummary(historyChecked: agencies is not null, agencies?.Agencies);

        static IEnumerable<SourcedReport> Reports(IEnumerable<ReportReadResult> inputs)
        {
            foreach (var input in inputs)
            {
                if (input.IsSuccess)
                {
                    yield return new SourcedReport(input.Report, input.Location.Source, input.Location.Line);
                }
            }
        }
    }

    /// <summary>A collection that hands what is added to a callback.</summary>
    private sealed class CallbackCollection(Action<ValidationFinding> onAdd) : ICollection<ValidationFinding>
    {
        public int Count => 0;

        public bool IsReadOnly => false;

        public void Add(ValidationFinding item) => onAdd(item);

        public void Clear() => throw new NotSupportedException();

        public bool Contains(ValidationFinding item) => false;

        public void CopyTo(ValidationFinding[] array, int arrayIndex)
        {
        }

        public bool Remove(ValidationFinding item) => throw new NotSupportedException();

        public IEnumerator<ValidationFinding> GetEnumerator() => Enumerable.Empty<ValidationFinding>().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What a batch validation read and found: counts by severity and by code, and whether every input was read.</summary>
public sealed class BatchSummary
{
    private BatchSummary(
        int reports,
        int unreadable,
        int reportsWithErrors,
        int errors,
        int warnings,
        int infos,
        int explained,
        ImmutableArray<CodeCount> byCode,
        bool historyChecked,
        int? agencies,
        ImmutableArray<string> ignoredFiles)
    {
        Reports = reports;
        UnreadableInputs = unreadable;
        ReportsWithErrors = reportsWithErrors;
        ErrorCount = errors;
        WarningCount = warnings;
        InfoCount = infos;
        ExplainedCount = explained;
        ByCode = byCode;
        HistoryChecked = historyChecked;
        Agencies = agencies;
        IgnoredFiles = ignoredFiles;
    }

    /// <summary>Gets the number of reports read and validated.</summary>
    public int Reports { get; }

    /// <summary>Gets the number of inputs (files, lines) that could not be read as reports.</summary>
    public int UnreadableInputs { get; }

    /// <summary>Gets a value indicating whether every input was read: when <see langword="false"/>, the findings do not cover the whole batch.</summary>
    public bool IsComplete => UnreadableInputs == 0;

    /// <summary>Gets the number of reports with at least one error they do not explain.</summary>
    public int ReportsWithErrors { get; }

    /// <summary>Gets the number of errors not explained (including unreadable inputs).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings not explained.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of information findings not explained.</summary>
    public int InfoCount { get; }

    /// <summary>Gets the number of findings the reports explain.</summary>
    public int ExplainedCount { get; }

    /// <summary>Gets the findings counted by code, in code order.</summary>
    public ImmutableArray<CodeCount> ByCode { get; }

    /// <summary>Gets a value indicating whether the agencies' reports were also validated across years.</summary>
    public bool HistoryChecked { get; }

    /// <summary>Gets the number of agencies the reports were grouped into, when <see cref="HistoryChecked"/>.</summary>
    public int? Agencies { get; }

    /// <summary>Gets the files of the folders validated that were not read because they are not report files.</summary>
    public ImmutableArray<string> IgnoredFiles { get; }

    internal BatchSummary WithIgnoredFiles(ImmutableArray<string> ignored) =>
        new(Reports, UnreadableInputs, ReportsWithErrors, ErrorCount, WarningCount, InfoCount, ExplainedCount, ByCode, HistoryChecked, Agencies, ignored);

    /// <summary>Counts findings as they come.</summary>
    internal sealed class Tally
    {
        private readonly SortedDictionary<string, (Severity Severity, int Count, int Explained)> _byCode = new(StringComparer.Ordinal);
        private readonly HashSet<ReportIdentity> _withErrors = [];
        private int _errors;
        private int _warnings;
        private int _infos;
        private int _explained;

        public int Reports { get; set; }

        public int Unreadable { get; set; }

        public void Count(ValidationFinding finding)
        {
            var (_, count, explained) = _byCode.GetValueOrDefault(finding.Code);
            if (finding.IsExplained)
            {
                _explained++;
                _byCode[finding.Code] = (finding.Severity, count, explained + 1);
                return;
            }

            _byCode[finding.Code] = (finding.Severity, count + 1, explained);
            switch (finding.Severity)
            {
                case Severity.Error:
                    _errors++;
                    if (finding.Report is { } report)
                    {
                        _withErrors.Add(report);
                    }

                    break;
                case Severity.Warning:
                    _warnings++;
                    break;
                default:
                    _infos++;
                    break;
            }
        }

        public BatchSummary ToSummary(bool historyChecked, int? agencies) => new(
            Reports,
            Unreadable,
            _withErrors.Count,
            _errors,
            _warnings,
            _infos,
            _explained,
            [.. _byCode.Select(c => new CodeCount(RuleCatalog.Get(c.Key), c.Value.Severity, c.Value.Count, c.Value.Explained))],
            historyChecked,
            agencies,
            []);
    }
}

/// <summary>How many findings of one rule a batch gave.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Severity">The severity its findings had.</param>
/// <param name="Count">The number of findings not explained.</param>
/// <param name="Explained">The number of findings the reports explain.</param>
public sealed record CodeCount(ValidationRule Rule, Severity Severity, int Count, int Explained);
