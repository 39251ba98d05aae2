namespace GovDisclosure;

/// <summary>Arithmetic on two cells where both must be present: unlike a sum of a row, a missing side is not left out.</summary>
internal static class CellArithmetic
{
    /// <summary>
    /// Computes <paramref name="left"/> + <paramref name="sign"/> × <paramref name="right"/>: not applicable when either is
    /// not applicable, else blank when either is blank, else the result (checked).
    /// </summary>
    /// <exception cref="OverflowException">The result does not fit in 18 significant digits.</exception>
    public static CellValue Combine(CellValue left, CellValue right, int sign)
    {
        if (!left.IsApplicable || !right.IsApplicable)
        {
            return CellValue.NotApplicable;
        }

        if (left.IsBlank || right.IsBlank)
        {
            return CellValue.Blank;
        }

        var accumulator = default(CellValue.Accumulator);
        accumulator.Add(left, 1);
        accumulator.Add(right, sign);
        return accumulator.Result;
    }
}
