namespace GovDisclosure.Serialization;

/// <summary>The checks the readers' options share for their limits.</summary>
internal static class ReadLimits
{
    /// <summary>Gives a limit on the reports of one input back when it is <see langword="null"/> (no limit) or at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is less than 1.</exception>
    public static long? CheckMaxReports(long? value)
    {
        if (value is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1L, "MaxReports");
        }

        return value;
    }
}
