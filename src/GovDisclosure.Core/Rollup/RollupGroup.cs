using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// The running sums of one jurisdiction: flat arrays by cell ordinal (the sums of the counts, with the number of reports
/// that left each cell blank or did not have it; money apart, with its scale and unit), the key indicators, and legacy
/// rows the catalogue does not know. Its size depends on the format, not on the number of reports added.
/// </summary>
/// <remarks>
/// The hot path is one pass over a report's cells that adds each reported figure to a <see langword="long"/>: counts
/// are whole numbers (the builder refuses others), so their sums need no scale, and the number of reports that gave a
/// figure is worked out at the end from the number added less those that left the cell blank or did not have it, which
/// are rare and counted apart. A group's sums thus take 8 bytes a cell, which matters when a million reports go to
/// thousands of groups in no particular order.
/// </remarks>
internal sealed class RollupGroup
{
    private const long MaxUnits = CellValue.MaxWholeNumber;

    private static readonly long[] Powers = PowersOfTen();

    private static readonly int IndicatorCount = Enum.GetValues<KeyIndicator>().Length;

    private readonly List<int>? _sources;
    private readonly long[] _indicatorUnits = new long[IndicatorCount];
    private readonly byte[] _indicatorScales = new byte[IndicatorCount];
    private readonly int[] _indicatorBlanks = new int[IndicatorCount];
    private readonly int[] _indicatorReported = new int[IndicatorCount];
    private RollupPlan? _plan;
    private bool _mixed;
    private int _formats;

    // By cell ordinal: the sum of the counts (money cells are summed apart), and how many reports left the cell blank or
    // did not have it. The reports that gave a figure are the others of the _cellReports added to the cells.
    private long[] _sums = [];
    private int[] _blanks = [];
    private int[] _absent = [];
    private int _cellReports;

    // The ordinal of the first cell whose sum went out of range while adding a report, or -1.
    private int _overflowAt = -1;

    // For each cell of a row that replaces others, each report's sum of the replaced cells of its column.
    private long[] _partUnits = [];
    private byte[] _partScales = [];
    private int[] _partBlanks = [];
    private int[] _partReported = [];
    private bool[] _partFigures = [];

    // For each money cell of the format: the sum in units of its last decimal place, their scale, the reports with a
    // figure, the unit the sum is kept in, and the first report with a figure but no unit.
    private long[] _moneySums = [];
    private byte[] _moneyScales = [];
    private int[] _moneyReported = [];
    private MoneyUnit?[] _moneyUnits = [];
    private ReportIdentity?[] _unitless = [];

    private List<OtherRowSum>? _otherRows;

    public RollupGroup(string key, RollupLevel? level, DivisionCode? divisionCode, bool recordSources)
    {
        Key = key;
        Level = level;
        DivisionCode = divisionCode;
        _sources = recordSources ? [] : null;
    }

    public string Key { get; }

    public RollupLevel? Level { get; }

    public DivisionCode? DivisionCode { get; }

    public int Count { get; private set; }

    public void Add(AnnualReport report, RollupPlan plan, int index)
    {
        Count++;
        _sources?.Add(index);
        _formats |= 1 << (int)plan.Definition.Format;
        var cells = report.Cells.AsSpan();
        if (_plan is null)
        {
            Start(plan);
        }
        else if (_plan != plan && !_mixed)
        {
            // Cells of different formats do not add up: from here on only the key indicators are summed.
            _mixed = true;
            _sums = [];
            _blanks = [];
            _absent = [];
            _moneySums = [];
            _partUnits = [];
            _partScales = [];
            _partBlanks = [];
            _partReported = [];
            _partFigures = [];
            _otherRows = null;
        }

        if (!_mixed)
        {
            AddCells(report, cells, plan);
        }

        AddIndicators(report, cells, plan);
    }

    private void AddCells(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        _cellReports++;
        AddTableCells(report, cells, plan);
        if (plan.ReplacingOrdinals.Length > 0 && cells[plan.ReplacedOrdinals[0][0]].IsApplicable)
        {
            AddReplacedParts(report, cells, plan);
        }

        if (plan.MoneyOrdinals.Length > 0)
        {
            AddMoney(report, cells, plan);
        }

        if (!report.LegacyOtherRows.IsEmpty)
        {
            AddOtherRows(report);
        }
    }

    public RollupResult ToResult(int year, List<SourceEntry> entries)
    {
        var formats = Enum.GetValues<ReportFormat>().Where(f => (_formats & (1 << (int)f)) != 0).ToImmutableArray();
        var indicators = new CellValue[IndicatorCount];
        for (var k = 0; k < IndicatorCount; k++)
        {
            indicators[k] = _indicatorReported[k] > 0
                ? CellValue.FromUnits(_indicatorUnits[k], _indicatorScales[k])
                : _indicatorBlanks[k] > 0 ? CellValue.Blank : CellValue.NotApplicable;
        }

        AnnualReport? report = null;
        string? reason = null;
        var blanks = (int[])_blanks.Clone();
        var reported = new int[_sums.Length];
        for (var i = 0; i < reported.Length; i++)
        {
            reported[i] = _cellReports - _blanks[i] - _absent[i];
        }

        if (_mixed)
        {
            reason = $"The reports of {Key} have different formats ({string.Join(", ", formats.Select(f => FormatCatalog.Get(f).Key))}): their cells do not add up, so only the key indicators are summed.";
        }
        else if (_plan is not null)
        {
            report = BuildReport(year, _plan, blanks, reported);
        }

        return new RollupResult(
            Key,
            Level,
            DivisionCode,
            year,
            Count,
            _sources is null ? null : new RollupSources(entries, [.. _sources], year),
            formats,
            report,
            reason,
            blanks,
            reported,
            indicators,
            _indicatorBlanks,
            _indicatorReported);
    }

    /// <summary>10^0 … 10^18, in whole numbers (never through floating point).</summary>
    private static long[] PowersOfTen()
    {
        var powers = new long[CellValue.MaxScale + 1];
        powers[0] = 1;
        for (var e = 1; e < powers.Length; e++)
        {
            powers[e] = checked(powers[e - 1] * 10);
        }

        return powers;
    }

    private static bool TryAdd(ref long total, ref byte totalScale, long units, int scale)
    {
        if (scale != totalScale)
        {
            if (scale > totalScale)
            {
                if (!TryRescale(ref total, scale - totalScale))
                {
                    return false;
                }

                totalScale = (byte)scale;
            }
            else if (!TryRescale(ref units, totalScale - scale))
            {
                return false;
            }
        }

        // Both terms are at most 18 digits: their sum cannot wrap a long.
        var sum = total + units;
        if (sum is > MaxUnits or < -MaxUnits)
        {
            return false;
        }

        total = sum;
        return true;
    }

    private static bool TryRescale(ref long units, int by)
    {
        var power = Powers[by];
        if (units > MaxUnits / power || units < -MaxUnits / power)
        {
            return false;
        }

        units *= power;
        return true;
    }

    /// <summary>Converts an amount between 元 and 万元 exactly, by moving the decimal point.</summary>
    private static bool TryConvert(ref long units, ref int scale, MoneyUnit from, MoneyUnit to)
    {
        if (from == to)
        {
            return true;
        }

        if (from == MoneyUnit.Yuan)
        {
            // 元 → 万元: four more decimal places; drop trailing zeros if that goes past 18.
            scale += 4;
            while (scale > CellValue.MaxScale && units % 10 == 0)
            {
                units /= 10;
                scale--;
            }

            return scale <= CellValue.MaxScale;
        }

        // 万元 → 元: four fewer decimal places, multiplying where there are fewer than four.
        if (scale >= 4)
        {
            scale -= 4;
            return true;
        }

        var ok = TryRescale(ref units, 4 - scale);
        scale = 0;
        return ok;
    }

    private void Start(RollupPlan plan)
    {
        _plan = plan;
        var length = plan.Definition.Cells.Length;
        _sums = new long[length];
        _blanks = new int[length];
        _absent = new int[length];
        var money = plan.MoneyOrdinals.Length;
        _moneySums = new long[money];
        _moneyScales = new byte[money];
        _moneyReported = new int[money];
        var replacing = plan.ReplacingOrdinals.Length;
        _partUnits = new long[replacing];
        _partScales = new byte[replacing];
        _partBlanks = new int[replacing];
        _partReported = new int[replacing];
        _partFigures = new bool[replacing];
        _moneyUnits = (MoneyUnit?[])plan.MoneyDefaultUnits.Clone();
        _unitless = new ReportIdentity?[money];
    }

    private void AddTableCells(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        // The hot loop: one pass over the report's cells into the group's sums, no lookup, no allocation. A blank or
        // absent cell holds 0 units, so every cell is added without a test of its state; the rare cells that are not
        // reported are counted apart. Money cells are added here too, to keep the loop free of a test per cell, and
        // their sums cleared after: AddMoney adds them with their units. Every figure is at most 18 digits, so the sum
        // of two cannot wrap a long before it is checked.
        var sums = _sums.AsSpan(0, cells.Length);
        var i = 0;
        if (Avx2.IsSupported)
        {
            i = AddFourAtATime(cells, sums);
        }

        for (; i < cells.Length; i++)
        {
            AddOne(cells, sums, i);
        }

        foreach (var ordinal in plan.MoneyOrdinals)
        {
            sums[ordinal] = 0;
        }

        if (_overflowAt >= 0)
        {
            var at = _overflowAt;
            _overflowAt = -1;
            throw Overflow(report, plan.Definition.Cells[at].Key);
        }
    }

    /// <summary>Adds cells four at a time (AVX2): their units gathered from the 16-byte values, their states tested at once.</summary>
    /// <returns>The index of the first cell left to add.</returns>
    private int AddFourAtATime(ReadOnlySpan<CellValue> cells, Span<long> sums)
    {
        // A cell is 16 bytes: its units, then a word whose second byte is its state (CellValue.StateByteOffset).
        ref var words = ref Unsafe.As<CellValue, long>(ref MemoryMarshal.GetReference(cells));
        ref var total = ref MemoryMarshal.GetReference(sums);
        var stateMask = Vector256.Create(0xFFL << ((CellValue.StateByteOffset - 8) * 8));
        var reported = Vector256.Create((long)CellState.Reported << ((CellValue.StateByteOffset - 8) * 8));
        var shift = Vector256.Create((ulong)MaxUnits);
        var limit = Vector256.Create(2 * (ulong)MaxUnits);
        var i = 0;
        for (; i + 4 <= cells.Length; i += 4)
        {
            var first = Vector256.LoadUnsafe(ref words, (nuint)(2 * i));
            var second = Vector256.LoadUnsafe(ref words, (nuint)((2 * i) + 4));

            // [u0 w0 u1 w1] and [u2 w2 u3 w3] → [u0 u2 u1 u3] → [u0 u1 u2 u3]; the words' order does not matter.
            var units = Avx2.Permute4x64(Avx2.UnpackLow(first, second), 0b11_01_10_00);
            var sum = Vector256.LoadUnsafe(ref total, (nuint)i) + units;
            if (Vector256.GreaterThanAny(sum.AsUInt64() + shift, limit))
            {
                // Out of range: these four one by one, so that the first cell out of range is named.
                for (var j = i; j < i + 4; j++)
                {
                    AddOne(cells, sums, j);
                }

                continue;
            }

            sum.StoreUnsafe(ref total, (nuint)i);
            var states = Avx2.UnpackHigh(first, second) & stateMask;
            if (!Vector256.EqualsAll(states, reported))
            {
                for (var j = i; j < i + 4; j++)
                {
                    CountIfNotReported(cells, j);
                }
            }
        }

        return i;
    }

    private void AddOne(ReadOnlySpan<CellValue> cells, Span<long> sums, int i)
    {
        var sum = sums[i] + cells[i].Units;
        sums[i] = sum;
        if ((ulong)(sum + MaxUnits) > 2 * (ulong)MaxUnits && _overflowAt < 0)
        {
            _overflowAt = i;
        }

        CountIfNotReported(cells, i);
    }

    /// <summary>Counts a cell that is blank or absent (it added 0 units to its sum).</summary>
    private void CountIfNotReported(ReadOnlySpan<CellValue> cells, int i)
    {
        var state = cells[i].State;
        if (state == CellState.Blank)
        {
            _blanks[i]++;
        }
        else if (state != CellState.Reported)
        {
            _absent[i]++;
        }
    }

    private void AddReplacedParts(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        for (var j = 0; j < plan.ReplacingOrdinals.Length; j++)
        {
            long sum = 0;
            byte scale = 0;
            var blank = false;
            var any = false;
            foreach (var ordinal in plan.ReplacedOrdinals[j])
            {
                var cell = cells[ordinal];
                if (cell.IsBlank)
                {
                    blank = true;
                }
                else if (cell.IsReported)
                {
                    any = true;
                    if (!TryAdd(ref sum, ref scale, cell.Units, cell.Scale))
                    {
                        throw Overflow(report, plan.Definition.Cells[plan.ReplacingOrdinals[j]].Key);
                    }
                }
            }

            // The figures given are added even beside a blank sub-row (the report then counts as blank: the sum is a lower
            // bound), as they are in the sub-rows' own cells, so that a roll-up of roll-ups gives the same sums.
            if (any)
            {
                _partFigures[j] = true;
                if (!TryAdd(ref _partUnits[j], ref _partScales[j], sum, scale))
                {
                    throw Overflow(report, plan.Definition.Cells[plan.ReplacingOrdinals[j]].Key);
                }
            }

            if (blank)
            {
                _partBlanks[j]++;
            }
            else if (any)
            {
                _partReported[j]++;
            }
        }
    }

    private void AddMoney(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        var stated = report.MoneyUnits;
        for (var k = 0; k < plan.MoneyOrdinals.Length; k++)
        {
            var ordinal = plan.MoneyOrdinals[k];
            var cell = cells[ordinal];
            if (!cell.IsReported)
            {
                continue;
            }

            var key = plan.MoneyKeys[k];
            var unit = plan.MoneyDefaultUnits[k];
            if (stated.Count > 0 && stated.TryGetValue(key, out var statedUnit))
            {
                unit = statedUnit;
            }

            var units = cell.Units;
            var scale = cell.Scale;
            if (unit is not { } from)
            {
                if (_moneyReported[k] > 0)
                {
                    var first = _unitless[k];
                    throw new RollupException(
                        $"Cell {key} of {ReportIdentity.Of(report)} holds money without a unit (neither the report nor the catalogue gives one), "
                        + (first is null ? $"and {_moneyReported[k]} other report(s) of {Key} give figures in it" : $"and so does {first}")
                        + ": amounts of unknown units cannot be added. State the unit of each report (AnnualReportBuilder.SetMoneyUnit).")
                    {
                        Jurisdiction = Key,
                        Cell = key,
                        Reports = first is null ? [ReportIdentity.Of(report)] : [first, ReportIdentity.Of(report)],
                    };
                }

                _unitless[k] = ReportIdentity.Of(report);
            }
            else
            {
                if (_unitless[k] is { } first)
                {
                    throw new RollupException(
                        $"Cell {key} of {first} holds money without a unit (neither the report nor the catalogue gives one), and {ReportIdentity.Of(report)} gives a figure in {from}: amounts of unknown units cannot be added. State the unit of each report (AnnualReportBuilder.SetMoneyUnit).")
                    {
                        Jurisdiction = Key,
                        Cell = key,
                        Reports = [first, ReportIdentity.Of(report)],
                    };
                }

                var to = _moneyUnits[k] ??= from;
                if (!TryConvert(ref units, ref scale, from, to))
                {
                    throw new RollupException(
                        $"Cell {key} of {ReportIdentity.Of(report)}: {cell} {from} cannot be converted exactly to {to} within 18 significant digits.")
                    {
                        Jurisdiction = Key,
                        Cell = key,
                        Reports = [ReportIdentity.Of(report)],
                    };
                }
            }

            _moneyReported[k]++;
            if (!TryAdd(ref _moneySums[k], ref _moneyScales[k], units, scale))
            {
                throw Overflow(report, key);
            }
        }
    }

    private void AddIndicators(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        if (plan.IndicatorsAreCounts)
        {
            AddCountIndicators(report, cells, plan);
            return;
        }

        for (var k = 0; k < IndicatorCount; k++)
        {
            var ordinals = plan.IndicatorOrdinals[k];
            long sum = 0;
            byte scale = 0;
            var blank = false;
            var any = false;
            foreach (var ordinal in ordinals)
            {
                var cell = cells[ordinal];
                if (cell.IsBlank)
                {
                    blank = true;
                    break;
                }

                if (cell.IsReported)
                {
                    any = true;
                    if (!TryAdd(ref sum, ref scale, cell.Units, cell.Scale))
                    {
                        throw Overflow(report, (KeyIndicator)k);
                    }
                }
            }

            if (blank)
            {
                _indicatorBlanks[k]++;
            }
            else if (any)
            {
                _indicatorReported[k]++;
                if (!TryAdd(ref _indicatorUnits[k], ref _indicatorScales[k], sum, scale))
                {
                    throw Overflow(report, (KeyIndicator)k);
                }
            }
        }
    }

    /// <summary>The key indicators when all of them add up counts: whole numbers, so no scale to align.</summary>
    private void AddCountIndicators(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        for (var k = 0; k < IndicatorCount; k++)
        {
            long sum = 0;
            var state = CellState.NotApplicable;
            foreach (var ordinal in plan.IndicatorOrdinals[k])
            {
                ref readonly var cell = ref cells[ordinal];
                if (cell.State == CellState.Blank)
                {
                    state = CellState.Blank;
                    break;
                }

                if (cell.State == CellState.Reported)
                {
                    // A handful of figures of at most 18 digits each: no wrap before the check below.
                    sum += cell.Units;
                    state = CellState.Reported;
                }
            }

            if (state == CellState.Blank)
            {
                _indicatorBlanks[k]++;
            }
            else if (state == CellState.Reported)
            {
                _indicatorReported[k]++;
                var total = _indicatorUnits[k] + sum;
                if ((ulong)(sum + MaxUnits) > 2 * (ulong)MaxUnits || _indicatorScales[k] != 0 || (ulong)(total + MaxUnits) > 2 * (ulong)MaxUnits)
                {
                    // Out of range, or a sum of another format's money in a mixed group: the checked path says which.
                    if ((ulong)(sum + MaxUnits) > 2 * (ulong)MaxUnits || !TryAdd(ref _indicatorUnits[k], ref _indicatorScales[k], sum, 0))
                    {
                        throw Overflow(report, (KeyIndicator)k);
                    }

                    continue;
                }

                _indicatorUnits[k] = total;
            }
        }
    }

    private void AddOtherRows(AnnualReport report)
    {
        _otherRows ??= [];
        foreach (var row in report.LegacyOtherRows)
        {
            var sum = _otherRows.Find(r => string.Equals(r.Label, row.Label, StringComparison.Ordinal));
            if (sum is null)
            {
                sum = new OtherRowSum(row.Label);
                _otherRows.Add(sum);
            }

            try
            {
                sum.Annual.Add(row.Annual, 1);
                sum.Cumulative.Add(row.Cumulative, 1);
                sum.YearToDate.Add(row.YearToDate, 1);
            }
            catch (OverflowException e)
            {
                throw new RollupException($"The sum of the legacy rows '{row.Label}' of {Key} has more than 18 significant digits once {ReportIdentity.Of(report)} is added.", e)
                {
                    Jurisdiction = Key,
                    Reports = [ReportIdentity.Of(report)],
                };
            }
        }
    }

    private AnnualReport BuildReport(int year, RollupPlan plan, int[] blanks, int[] reported)
    {
        var definition = plan.Definition;
        var agency = new Agency(Key)
        {
            DivisionCode = DivisionCode,
            Level = Level switch
            {
                RollupLevel.Province => AgencyLevel.Provincial,
                RollupLevel.Prefecture => AgencyLevel.Prefectural,
                RollupLevel.County => AgencyLevel.County,
                _ => null,
            },
        };
        var builder = AnnualReport.CreateBuilder(definition.Format, year, agency);

        // When any report prints the single row that replaces others, the result prints it too, each report that prints
        // the replaced rows adding their sum.
        var merged = false;
        foreach (var ordinal in plan.ReplacingOrdinals)
        {
            merged |= blanks[ordinal] + reported[ordinal] > 0;
        }

        var sums = (long[])_sums.Clone();
        var figures = new bool[merged ? sums.Length : 0];
        if (merged)
        {
            for (var j = 0; j < plan.ReplacingOrdinals.Length; j++)
            {
                var ordinal = plan.ReplacingOrdinals[j];
                blanks[ordinal] += _partBlanks[j];
                reported[ordinal] += _partReported[j];
                figures[ordinal] = _partFigures[j];
                byte scale = 0;
                if (_partFigures[j] && !TryAdd(ref sums[ordinal], ref scale, _partUnits[j], _partScales[j]))
                {
                    throw new RollupException($"The sum of cell {definition.Cells[ordinal].Key} of {Key} has more than 18 significant digits.")
                    {
                        Jurisdiction = Key,
                        Cell = definition.Cells[ordinal].Key,
                    };
                }
            }
        }

        for (var i = 0; i < sums.Length; i++)
        {
            var k = plan.MoneyIndex[i];
            var value = k < 0 ? CellValue.FromUnits(sums[i], 0) : CellValue.FromUnits(_moneySums[k], _moneyScales[k]);

            if (merged && plan.IsReplaced[i])
            {
                blanks[i] = 0;
                reported[i] = 0;
                continue;
            }

            if (reported[i] > 0 || (merged && figures[i]))
            {
                builder.SetValue(definition.Cells[i], value);
            }
            else if (blanks[i] > 0)
            {
                builder.SetValue(definition.Cells[i], CellValue.Blank);
            }
        }

        for (var k = 0; k < plan.MoneyOrdinals.Length; k++)
        {
            if (_moneyUnits[k] is { } unit && unit != plan.MoneyDefaultUnits[k])
            {
                builder.SetMoneyUnit(plan.MoneyKeys[k], unit);
            }
        }

        foreach (var row in _otherRows ?? [])
        {
            builder.AddLegacyOtherRow(new LegacyOtherRow(row.Label, row.Annual.Result, row.Cumulative.Result, row.YearToDate.Result));
        }

        return builder.Build();
    }

    private RollupException Overflow(AnnualReport report, CellKey cell) =>
        new($"The sum of cell {cell} of {Key} has more than 18 significant digits once {ReportIdentity.Of(report)} is added.")
        {
            Jurisdiction = Key,
            Cell = cell,
            Reports = [ReportIdentity.Of(report)],
        };

    private RollupException Overflow(AnnualReport report, KeyIndicator indicator) =>
        new($"The sum of key indicator {indicator} of {Key} has more than 18 significant digits once {ReportIdentity.Of(report)} is added.")
        {
            Jurisdiction = Key,
            Indicator = indicator,
            Reports = [ReportIdentity.Of(report)],
        };

    private sealed class OtherRowSum(string label)
    {
        public CellValue.Accumulator Annual;
        public CellValue.Accumulator Cumulative;
        public CellValue.Accumulator YearToDate;

        public string Label { get; } = label;
    }
}
