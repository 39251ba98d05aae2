using System.Collections.Immutable;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Rollup;

/// <summary>
/// The running sums of one jurisdiction: flat arrays by cell ordinal (units of the last decimal place and their scale,
/// with the number of reports that left each cell blank or gave a figure), the key indicators, and legacy rows the
/// catalogue does not know. Its size depends on the format, not on the number of reports added.
/// </summary>
internal sealed class RollupGroup
{
    private const long MaxUnits = CellValue.MaxWholeNumber;

    private static readonly long[] Powers = PowersOfTen();

    private static readonly int IndicatorCount = Enum.GetValues<KeyIndicator>().Length;

    private readonly List<ReportIdentity>? _sources;
    private readonly long[] _indicatorUnits = new long[IndicatorCount];
    private readonly byte[] _indicatorScales = new byte[IndicatorCount];
    private readonly int[] _indicatorBlanks = new int[IndicatorCount];
    private readonly int[] _indicatorReported = new int[IndicatorCount];
    private RollupPlan? _plan;
    private bool _mixed;
    private int _formats;

    private Slot[] _slots = [];

    // For each cell of a row that replaces others, each report's sum of the replaced cells of its column.
    private long[] _partUnits = [];
    private byte[] _partScales = [];
    private int[] _partBlanks = [];
    private int[] _partReported = [];
    private bool[] _partFigures = [];

    // For each money cell of the format: the unit the sums are kept in, and the first report with a figure but no unit.
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

    public void Add(AnnualReport report, RollupPlan plan, ReportIdentity? identity)
    {
        Count++;
        _sources?.Add(identity!);
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
            _slots = [];
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

    public RollupResult ToResult(int year)
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
        if (_mixed)
        {
            reason = $"The reports of {Key} have different formats ({string.Join(", ", formats.Select(f => FormatCatalog.Get(f).Key))}): their cells do not add up, so only the key indicators are summed.";
        }
        else if (_plan is not null)
        {
            report = BuildReport(year, _plan);
        }

        var blanks = new int[_slots.Length];
        var reported = new int[_slots.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            blanks[i] = _slots[i].Blanks;
            reported[i] = _slots[i].Reported;
        }

        return new RollupResult(
            Key,
            Level,
            DivisionCode,
            year,
            Count,
            _sources is null ? [] : [.. _sources],
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
        _slots = new Slot[length];
        var replacing = plan.ReplacingOrdinals.Length;
        _partUnits = new long[replacing];
        _partScales = new byte[replacing];
        _partBlanks = new int[replacing];
        _partReported = new int[replacing];
        _partFigures = new bool[replacing];
        _moneyUnits = (MoneyUnit?[])plan.MoneyDefaultUnits.Clone();
        _unitless = new ReportIdentity?[plan.MoneyOrdinals.Length];
    }

    private void AddTableCells(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
        // The hot loop: one pass over the report's cells into the group's slots, no lookup, no allocation.
        var slots = _slots.AsSpan(0, cells.Length);
        var isMoney = plan.IsMoney.AsSpan(0, cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            ref readonly var cell = ref cells[i];
            var state = cell.State;
            if (state == CellState.Reported)
            {
                if (isMoney[i])
                {
                    continue;
                }

                ref var slot = ref slots[i];
                slot.Reported++;
                if (cell.Scale == slot.Scale)
                {
                    // Both terms are at most 18 digits: their sum cannot wrap a long.
                    var sum = slot.Units + cell.Units;
                    if (sum is > MaxUnits or < -MaxUnits)
                    {
                        throw Overflow(report, plan.Definition.Cells[i].Key);
                    }

                    slot.Units = sum;
                }
                else if (!TryAdd(ref slot.Units, ref slot.Scale, cell.Units, cell.Scale))
                {
                    throw Overflow(report, plan.Definition.Cells[i].Key);
                }
            }
            else if (state == CellState.Blank)
            {
                slots[i].Blanks++;
            }
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
                if (_slots[ordinal].Reported > 0)
                {
                    var first = _unitless[k];
                    throw new RollupException(
                        $"Cell {key} of {ReportIdentity.Of(report)} holds money without a unit (neither the report nor the catalogue gives one), "
                        + (first is null ? $"and {_slots[ordinal].Reported} other report(s) of {Key} give figures in it" : $"and so does {first}")
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

            ref var slot = ref _slots[ordinal];
            slot.Reported++;
            if (!TryAdd(ref slot.Units, ref slot.Scale, units, scale))
            {
                throw Overflow(report, key);
            }
        }
    }

    private void AddIndicators(AnnualReport report, ReadOnlySpan<CellValue> cells, RollupPlan plan)
    {
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

    private AnnualReport BuildReport(int year, RollupPlan plan)
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
            merged |= _slots[ordinal].Blanks + _slots[ordinal].Reported > 0;
        }

        var figures = new bool[merged ? _slots.Length : 0];
        if (merged)
        {
            for (var j = 0; j < plan.ReplacingOrdinals.Length; j++)
            {
                var ordinal = plan.ReplacingOrdinals[j];
                ref var slot = ref _slots[ordinal];
                slot.Blanks += _partBlanks[j];
                slot.Reported += _partReported[j];
                figures[ordinal] = _partFigures[j];
                if (_partFigures[j] && !TryAdd(ref slot.Units, ref slot.Scale, _partUnits[j], _partScales[j]))
                {
                    throw new RollupException($"The sum of cell {definition.Cells[ordinal].Key} of {Key} has more than 18 significant digits.")
                    {
                        Jurisdiction = Key,
                        Cell = definition.Cells[ordinal].Key,
                    };
                }
            }
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            ref var slot = ref _slots[i];
            if (merged && plan.IsReplaced[i])
            {
                slot = default;
                continue;
            }

            if (slot.Reported > 0 || (merged && figures[i]))
            {
                builder.Set(definition.Cells[i], CellValue.FromUnits(slot.Units, slot.Scale));
            }
            else if (slot.Blanks > 0)
            {
                builder.Set(definition.Cells[i], CellValue.Blank);
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

    /// <summary>The running sum of one cell: units of its last decimal place, their scale, and the reports counted.</summary>
    private struct Slot
    {
        public long Units;
        public int Blanks;
        public int Reported;
        public byte Scale;
    }

    private sealed class OtherRowSum(string label)
    {
        public CellValue.Accumulator Annual;
        public CellValue.Accumulator Cumulative;
        public CellValue.Accumulator YearToDate;

        public string Label { get; } = label;
    }
}
