namespace GovDisclosure;

/// <summary>
/// Input could not be read as a report: it names where (file, line, column, JSON path or CSV column, row label) and
/// what was expected.
/// </summary>
public sealed class ReportReadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    public ReportReadException()
        : this("The input could not be read as a report.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public ReportReadException(string message)
        : this(message, ReadLocation.Unknown, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ReportReadException(string message, Exception? innerException)
        : this(message, ReadLocation.Unknown, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportReadException"/> class.</summary>
    /// <param name="problem">What is wrong and what was expected, without the location.</param>
    /// <param name="location">Where.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ReportReadException(string problem, ReadLocation location, Exception? innerException = null)
        : base(Format(problem, location), innerException)
    {
        Problem = problem;
        Location = location ?? ReadLocation.Unknown;
    }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Problem { get; }

    /// <summary>Gets where the problem is.</summary>
    public ReadLocation Location { get; }

    /// <summary>
    /// Gets the validation rule code of the problem: <c>GD0902</c> for a negative count, <c>GD0903</c> for a fraction in
    /// a count, otherwise <c>GD0901</c> (the input is not a report). Batch validation reports the problem under this code.
    /// </summary>
    public string Code { get; init; } = Validation.RuleCodes.Unreadable;

    private static string Format(string problem, ReadLocation? location)
    {
        var where = location?.ToString();
        return string.IsNullOrEmpty(where) ? problem : $"{where}: {problem}";
    }
}

/// <summary>Where in the input a problem is: the source (file name), line and column (1-based), and the JSON path or CSV column.</summary>
public sealed record ReadLocation
{
    /// <summary>Gets a location that says nothing.</summary>
    public static ReadLocation Unknown { get; } = new();

    /// <summary>Gets the source: a file name, or a name the caller gave to a stream.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the line (1-based).</summary>
    public long? Line { get; init; }

    /// <summary>Gets the column (1-based, in characters).</summary>
    public long? Column { get; init; }

    /// <summary>Gets the JSON path (<c>$.tables.requests.granted.total</c>) or the CSV column name.</summary>
    public string? Path { get; init; }

    /// <summary>Formats the location as <c>source:line:column: path</c>, leaving out what is unknown.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Source ?? string.Empty;
        if (Line is { } line)
        {
            text += (text.Length > 0 ? ":" : "line ") + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Column is { } column)
            {
                text += ":" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (!string.IsNullOrEmpty(Path))
        {
            text += (text.Length > 0 ? ": " : string.Empty) + Path;
        }

        return text;
    }
}
