using System.Collections.Immutable;

namespace GovDisclosure;

/// <summary>
/// The figures a report states in prose rather than in its tables, kept as open lists of (label, count):
/// proactive disclosure by category and by channel, and other figures such as policy interpretations.
/// Legacy reports state them most often; any report may carry them.
/// </summary>
public sealed record ReportBreakdowns
{
    /// <summary>Gets breakdowns with no entries.</summary>
    public static ReportBreakdowns Empty { get; } = new();

    /// <summary>Gets proactive disclosure by category (机构职能类, 政策、规范性文件类 …), as printed.</summary>
    public ImmutableArray<LabeledCount> ProactiveByCategory { get; init => field = Check(value); } = [];

    /// <summary>Gets proactive disclosure by channel (微信公众号, 微博, 公开栏 …), as printed.</summary>
    public ImmutableArray<LabeledCount> ProactiveByChannel { get; init => field = Check(value); } = [];

    /// <summary>Gets other figures stated in prose (政策解读 …), as printed.</summary>
    public ImmutableArray<LabeledCount> Figures { get; init => field = Check(value); } = [];

    /// <summary>Gets a value indicating whether there is no entry at all.</summary>
    public bool IsEmpty => ProactiveByCategory.IsEmpty && ProactiveByChannel.IsEmpty && Figures.IsEmpty;

    /// <summary>Gets one breakdown.</summary>
    /// <param name="kind">The breakdown.</param>
    /// <returns>Its entries.</returns>
    public ImmutableArray<LabeledCount> Get(BreakdownKind kind) => kind switch
    {
        BreakdownKind.ProactiveByCategory => ProactiveByCategory,
        BreakdownKind.ProactiveByChannel => ProactiveByChannel,
        BreakdownKind.Figures => Figures,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown."),
    };

    /// <summary>Returns a copy with one breakdown replaced.</summary>
    /// <param name="kind">The breakdown.</param>
    /// <param name="entries">Its new entries.</param>
    /// <returns>The copy.</returns>
    public ReportBreakdowns With(BreakdownKind kind, ImmutableArray<LabeledCount> entries) => kind switch
    {
        BreakdownKind.ProactiveByCategory => this with { ProactiveByCategory = entries },
        BreakdownKind.ProactiveByChannel => this with { ProactiveByChannel = entries },
        BreakdownKind.Figures => this with { Figures = entries },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown."),
    };

    /// <inheritdoc/>
    public bool Equals(ReportBreakdowns? other) =>
        other is not null
        && ProactiveByCategory.SequenceEqual(other.ProactiveByCategory)
        && ProactiveByChannel.SequenceEqual(other.ProactiveByChannel)
        && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            foreach (var entry in Get(kind))
            {
                hash.Add(entry);
            }

            hash.Add(-1);
        }

        return hash.ToHashCode();
    }

    /// <summary>Adds up a breakdown: not applicable when it has no entry.</summary>
    internal CellValue Sum(BreakdownKind kind)
    {
        var entries = Get(kind);
        if (entries.IsEmpty)
        {
            return CellValue.NotApplicable;
        }

        long sum = 0;
        foreach (var entry in entries)
        {
            sum = checked(sum + entry.Count);
        }

        return CellValue.Of(sum);
    }

    private static ImmutableArray<LabeledCount> Check(ImmutableArray<LabeledCount> value)
    {
        if (value.IsDefault)
        {
            return [];
        }

        foreach (var entry in value)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(value));
        }

        return value;
    }
}
