using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>Shared settings of the validation tests: a fixed clock, so that the year and date rules do not depend on today.</summary>
internal static class ValidationTestKit
{
    /// <summary>Gets the date the tests' clock shows (in China Standard Time).</summary>
    public static DateOnly Today { get; } = new(2026, 11, 27);

    /// <summary>Gets options whose clock shows <see cref="Today"/>.</summary>
    public static ValidationOptions Options { get; } = new()
    {
        TimeProvider = new FixedClock(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(8))),
    };

    /// <summary>A clock that always shows the same instant.</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        /// <inheritdoc/>
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
