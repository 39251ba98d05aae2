using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
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
/// reports validated across years. That holds at most <see cref="HistoryBatchSize"/> reports in memory: past it, the
/// reports wait in a temporary file (deleted at the end) until their agency's batch is validated, so the inputs are read
/// once (see <see cref="AgencyBatches{T}"/>). Without it, memory does not grow with the batch.
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
    /// Gets the most reports held at once for the cross-year checks (2,000 unless set): a batch with more writes them to a
    /// temporary file and validates one group of agencies that fits at a time.
    /// </summary>
    public int HistoryBatchSize { get; init; } = 2_000;

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
        return Run(inputs, onFinding, cancellationToken);
    }

    /// <summary>
    /// Validates the results of a reader. The inputs are read once, as by
    /// <see cref="Validate(IEnumerable{ReportReadResult}, Action{ValidationFinding}, CancellationToken)"/>, whose findings
    /// and summary these are: the overload stays for callers that pass a reader.
    /// </summary>
    /// <param name="readInputs">Reads the reports and read errors; called once.</param>
    /// <param name="onFinding">Receives each finding as it is found.</param>
    /// <param name="cancellationToken">Stops the validation between reports.</param>
    /// <returns>The summary.</returns>
    public BatchSummary Validate(Func<IEnumerable<ReportReadResult>> readInputs, Action<ValidationFinding> onFinding, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readInputs);
        ArgumentNullException.ThrowIfNull(onFinding);
        return Run(readInputs(), onFinding, cancellationToken);
    }

    private BatchSummary Run(IEnumerable<ReportReadResult> inputs, Action<ValidationFinding> onFinding, CancellationToken cancellationToken)
    {
        var tally = new BatchSummary.Tally();
        var sink = new CallbackCollection(finding =>
        {
            tally.Count(finding);
            onFinding(finding);
        });
        // Past a batch, the reports wait in a temporary file for their agency's batch: the inputs are read once.
        using var agencies = IncludeHistory
            ? new AgencyBatches<SourcedReport>(r => AgencyKey.Of(r.Report), HistoryBatchSize, Pack, Unpack)
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
            foreach (var (_, reports) in agencies.Groups())
            {
                cancellationToken.ThrowIfCancellationRequested();
                Validator.ValidateSeries(reports, sink);
            }
        }

        return tally.ToSummary(historyChecked: agencies is not null, agencies?.Agencies);
    }

    /// <summary>A report with where it was read, as bytes: the line (or -1), the source's length in bytes (or -1) and UTF-8, then the report's JSON.</summary>
    private static byte[] Pack(SourcedReport item)
    {
        var json = GovDisclosureJson.SerializeToUtf8Bytes(item.Report, indented: false);
        var source = item.Source is null ? [] : Encoding.UTF8.GetBytes(item.Source);
        var bytes = new byte[sizeof(long) + sizeof(int) + source.Length + json.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, item.Line ?? -1);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(sizeof(long)), item.Source is null ? -1 : source.Length);
        source.CopyTo(bytes.AsSpan(sizeof(long) + sizeof(int)));
        json.CopyTo(bytes.AsSpan(sizeof(long) + sizeof(int) + source.Length));
        return bytes;
    }

    private static SourcedReport Unpack(ReadOnlyMemory<byte> memory)
    {
        var bytes = memory.Span;
        var line = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        var sourceLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[sizeof(long)..]);
        var json = bytes[(sizeof(long) + sizeof(int) + Math.Max(sourceLength, 0))..];
        var source = sourceLength < 0 ? null : Encoding.UTF8.GetString(bytes.Slice(sizeof(long) + sizeof(int), sourceLength));
        return new SourcedReport(GovDisclosureJson.Deserialize(json, source), source, line < 0 ? null : line);
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
