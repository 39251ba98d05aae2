using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure;

/// <summary>
/// One input of a batch read that collects errors instead of stopping at the first: either a report, or the error
/// that says where and why the input is not one.
/// </summary>
public sealed class ReportReadResult
{
    private ReportReadResult(AnnualReport? report, ReportReadException? error, ReadLocation location, bool stoppedReading)
    {
        Report = report;
        Error = error;
        Location = location;
        StoppedReading = stoppedReading;
    }

    /// <summary>Gets the report, when the input was one.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the error, when the input was not a report.</summary>
    public ReportReadException? Error { get; }

    /// <summary>Gets where the input was read from: the source and, for JSON Lines, the line.</summary>
    public ReadLocation Location { get; }

    /// <summary>Gets a value indicating whether the input was a report.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Report is not null;

    /// <summary>
    /// Gets a value indicating whether the error ended the reading of its source (a line over the length limit, an
    /// input that cannot be opened): what followed it was not read, so the batch is incomplete beyond this error.
    /// </summary>
    public bool StoppedReading { get; }

    /// <summary>Creates the result of an input that was a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="location">Where it was read from.</param>
    /// <returns>The result.</returns>
    public static ReportReadResult Success(AnnualReport report, ReadLocation location)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(location);
        return new(report, null, location, false);
    }

    /// <summary>Creates the result of an input that was not a report.</summary>
    /// <param name="error">The error.</param>
    /// <param name="stoppedReading">Whether the error ended the reading of its source.</param>
    /// <returns>The result.</returns>
    public static ReportReadResult Failure(ReportReadException error, bool stoppedReading = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error, error.Location, stoppedReading);
    }

    /// <summary>Formats the result as the report or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSuccess ? $"{Location}: {Report}" : Error.Message;
}
