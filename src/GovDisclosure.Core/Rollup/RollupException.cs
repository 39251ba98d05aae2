using System.Collections.Immutable;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// A roll-up could not be formed: a report cannot be placed in a group (no division code, a division above the level
/// asked, not in the parent list), the input mixes years or holds one agency twice, a sum has more than 18 significant
/// digits, or money cannot be added in one unit. The message names the reports, the jurisdiction and the cell.
/// </summary>
public sealed class RollupException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RollupException"/> class.</summary>
    public RollupException()
        : this("The reports could not be rolled up.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RollupException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public RollupException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RollupException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RollupException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the key of the jurisdiction concerned (<c>320800</c>, a parent's name, <c>all</c>), where there is one.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Gets the cell concerned, where there is one.</summary>
    public CellKey? Cell { get; init; }

    /// <summary>Gets the key indicator concerned, where there is one.</summary>
    public KeyIndicator? Indicator { get; init; }

    /// <summary>Gets the reports concerned (for a duplicate: the first and the second), in input order.</summary>
    public ImmutableArray<ReportIdentity> Reports { get; init; } = [];
}
