namespace GovDisclosure;

/// <summary>A count that a report states in prose, with its label as printed (such as <c>机构职能类</c>, 1).</summary>
public sealed record LabeledCount
{
    /// <summary>Initializes a new instance of the <see cref="LabeledCount"/> class.</summary>
    /// <param name="label">The label as printed.</param>
    /// <param name="count">The count (≥ 0).</param>
    /// <exception cref="ArgumentException">The label is empty, or the count negative or of more than 18 digits.</exception>
    public LabeledCount(string label, long count)
    {
        Label = label;
        Count = count;
    }

    /// <summary>Gets the label as printed.</summary>
    public string Label
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the count (a whole number ≥ 0 of at most 18 digits, like every reported figure).</summary>
    public long Count
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, CellValue.MaxWholeNumber);
            field = value;
        }
    }
}
