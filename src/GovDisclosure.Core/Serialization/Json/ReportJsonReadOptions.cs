namespace GovDisclosure.Serialization.Json;

/// <summary>Limits for reading report JSON, so that a hostile or broken file ends in a clear error rather than unbounded memory.</summary>
public sealed record ReportJsonReadOptions
{
    /// <summary>Gets the default limits.</summary>
    public static ReportJsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest single-report JSON document read, in bytes (default 64 MiB).</summary>
    public int MaxDocumentBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 64 * 1024 * 1024;

    /// <summary>Gets the longest line of a JSON Lines file, in bytes (default 16 MiB, at most 1 GiB); a longer line is an error, never read into memory whole.</summary>
    public int MaxLineBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1 << 30);
            field = value;
        }
    } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets the most entries one list of a report may hold (default 10,000): legacy rows the catalogue does not know,
    /// the entries of each prose breakdown, suppressions and the cells of one suppression. Tables have the catalogue's
    /// cells and no more; this bounds the rest, so that memory follows the report, not the input's length.
    /// </summary>
    public int MaxListEntries
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 10_000;

    /// <summary>
    /// Gets the most reports a JSON Lines input may hold, or <see langword="null"/> (the default) for no limit. The report
    /// after the last one allowed is an error naming its line, never dropped in silence.
    /// </summary>
    public long? MaxReports
    {
        get;
        init => field = ReadLimits.CheckMaxReports(value);
    }

    /// <summary>
    /// Gets the number of threads that parse the lines of a JSON Lines input read with
    /// <see cref="GovDisclosureJson.ReadLineResults"/> (default 1: the caller's thread; at most 256). The lines are still
    /// read in order and the results handed out in order; only the parsing is spread, a few dozen lines at a time.
    /// </summary>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 256);
            field = value;
        }
    } = 1;
}
