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
}
