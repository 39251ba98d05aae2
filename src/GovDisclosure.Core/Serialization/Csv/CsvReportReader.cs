using System.Runtime.CompilerServices;
using CsvHelper;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Reads the reports of a CSV input, streaming: the header picks the layout, then each record is given to the layout's
/// reader, which gives back each report (or the error that says where and why it is not one) as soon as it is complete.
/// </summary>
internal sealed class CsvReportReader : IDisposable
{
    private readonly CsvReader _csv;
    private readonly string? _source;
    private readonly CsvReadOptions _options;
    private long _count;

    private CsvReportReader(Stream input, System.Text.Encoding? encoding, string? source, CsvReadOptions options)
    {
        _source = source;
        _options = options;
        _csv = CsvReader.Create(
            input,
            CsvReaderOptions.Default with
            {
                Separator = ',',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                MissingField = CsvMissingFieldHandling.ReturnEmpty,
                MaxRecordSize = options.MaxRecordBytes,
                IncludeValuesInExceptions = true,
                Encoding = encoding,
                PoolStrings = false,
            },
            leaveOpen: true);
    }

    /// <summary>Opens an input, detecting its encoding (the start of the stream is read synchronously).</summary>
    public static CsvReportReader Open(Stream stream, string? source, CsvReadOptions options)
    {
        var (input, encoding) = CsvInput.Open(stream, options.Encoding);
        return new CsvReportReader(input, encoding, source, options);
    }

    /// <summary>Opens an input, detecting its encoding (the start of the stream is read asynchronously).</summary>
    public static async Task<CsvReportReader> OpenAsync(Stream stream, string? source, CsvReadOptions options, CancellationToken cancellationToken)
    {
        var (input, encoding) = await CsvInput.OpenAsync(stream, options.Encoding, cancellationToken).ConfigureAwait(false);
        return new CsvReportReader(input, encoding, source, options);
    }

    /// <summary>Reads every report, collecting errors; a problem with the header or the CSV itself ends the reading.</summary>
    public IEnumerable<ReportReadResult> Results()
    {
        CsvLayoutReader layout;
        try
        {
            _csv.ReadHeader();
            layout = CsvLayoutReader.Create([.. _csv.Headers], _source, _options.Layout, _options.MaxListEntries);
        }
        catch (Exception exception) when (exception is ReportReadException or CsvFormatException)
        {
            return [Stop(exception)];
        }

        return Records(layout);
    }

    /// <summary>Reads every report asynchronously, collecting errors (see <see cref="Results"/>).</summary>
    public async IAsyncEnumerable<ReportReadResult> ResultsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CsvLayoutReader? layout = null;
        ReportReadResult? stop = null;
        try
        {
            await _csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            layout = CsvLayoutReader.Create([.. _csv.Headers], _source, _options.Layout, _options.MaxListEntries);
        }
        catch (Exception exception) when (exception is ReportReadException or CsvFormatException)
        {
            stop = Stop(exception);
        }

        if (stop is not null)
        {
            yield return stop;
            yield break;
        }

        while (true)
        {
            ReportReadResult? result = null;
            try
            {
                if (!await _csv.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                result = layout!.Accept(_csv);
            }
            catch (CsvFormatException exception)
            {
                stop = Stop(exception);
            }

            if (result is not null)
            {
                result = CountAgainstLimit(result);
                yield return result;
                if (result.StoppedReading)
                {
                    yield break;
                }
            }

            if (stop is not null)
            {
                yield return stop;
                yield break;
            }
        }

        if (layout!.Finish() is { } last)
        {
            yield return CountAgainstLimit(last);
        }
    }

    public void Dispose() => _csv.Dispose();

    private IEnumerable<ReportReadResult> Records(CsvLayoutReader layout)
    {
        while (true)
        {
            ReportReadResult? result = null;
            ReportReadResult? stop = null;
            try
            {
                if (!_csv.Read())
                {
                    break;
                }

                result = layout.Accept(_csv);
            }
            catch (CsvFormatException exception)
            {
                stop = Stop(exception);
            }

            if (result is not null)
            {
                result = CountAgainstLimit(result);
                yield return result;
                if (result.StoppedReading)
                {
                    yield break;
                }
            }

            if (stop is not null)
            {
                yield return stop;
                yield break;
            }
        }

        if (layout.Finish() is { } last)
        {
            yield return CountAgainstLimit(last);
        }
    }

    /// <summary>
    /// Counts a result (a report, or a record group that is not one) against <see cref="CsvReadOptions.MaxReports"/>: the
    /// first past the limit becomes the error that ends the reading, at its line.
    /// </summary>
    private ReportReadResult CountAgainstLimit(ReportReadResult result)
    {
        if (_options.MaxReports is { } limit && _count >= limit)
        {
            return ReportReadResult.Failure(
                new ReportReadException(
                    $"the input holds more than {limit} reports, the limit set (CsvReadOptions.MaxReports); the reports after it are not read.",
                    result.Location with { Column = null, Path = null }),
                stoppedReading: true);
        }

        _count++;
        return result;
    }

    /// <summary>The result of a problem that ends the reading: the header, malformed CSV, a record over the size limit.</summary>
    private ReportReadResult Stop(Exception exception)
    {
        var error = exception as ReportReadException ?? new ReportReadException(
            "the CSV is malformed: " + exception.Message.TrimEnd('.') + " (a quote that is not closed, text after a closing quote, or a record longer than CsvReadOptions.MaxRecordBytes); the rest of the file is not read.",
            new ReadLocation { Source = _source, Line = exception is CsvFormatException { LineNumber: > 0 } format ? format.LineNumber : null },
            exception);
        return ReportReadResult.Failure(error, stoppedReading: true);
    }
}
