namespace GovDisclosure;

/// <summary>The body that publishes a report: its name and, where known, its codes, level and kind.</summary>
/// <remarks>Equality is by value over all members.</remarks>
public sealed record Agency
{
    /// <summary>Initializes a new instance of the <see cref="Agency"/> class.</summary>
    /// <param name="name">The agency's name as printed, such as <c>沙县高桥镇人民政府</c>.</param>
    /// <exception cref="ArgumentException">The name is empty or only white space.</exception>
    public Agency(string name)
    {
        Name = name;
    }

    /// <summary>Gets the agency's name as printed.</summary>
    /// <exception cref="ArgumentException">The name is empty or only white space.</exception>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the agency's unified social credit code (统一社会信用代码), where known.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the administrative division code (行政区划代码) of the agency's jurisdiction, where known.</summary>
    public DivisionCode? DivisionCode { get; init; }

    /// <summary>Gets the agency's administrative level, where known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="AgencyLevel"/>.</exception>
    public AgencyLevel? Level { get; init => field = value is { } level && !Enum.IsDefined(level) ? throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown level.") : value; }

    /// <summary>Gets the agency's kind (a people's government or a department), where known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="AgencyKind"/>.</exception>
    public AgencyKind? Kind { get; init => field = value is { } kind && !Enum.IsDefined(kind) ? throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown kind.") : value; }
}
