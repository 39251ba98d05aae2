using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovDisclosure.Catalog;

namespace GovDisclosure;

/// <summary>
/// One annual report on government information disclosure (政府信息公开工作年度报告): the agency, the reporting
/// year, the format, publication metadata, the cells of the format's statistical tables, free-text sections,
/// prose breakdowns, and explained deviations.
/// </summary>
/// <remarks>
/// <para>
/// Immutable, with equality by value. Build one with <see cref="CreateBuilder(ReportFormat, int, Agency)"/>
/// (or <see cref="ToBuilder"/> to start from another), change metadata with <c>with</c> expressions.
/// </para>
/// <para>
/// Cells are read through typed tables (<c>report.Requests[RequestRow.Granted, Applicant.Total]</c>) or by key
/// (<c>report["requests.granted.total"]</c>). Every cell is <see cref="CellState.Reported"/>,
/// <see cref="CellState.Blank"/> or <see cref="CellState.NotApplicable"/>; a blank is never 0.
/// </para>
/// <para>
/// A report as filed may be wrong: its figures need not add up, and construction never checks that — the
/// validator says how a report deviates. Construction checks only what makes a report unreadable: a cell the
/// format does not have, a value of the wrong kind (a fraction or a negative number in a count).
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Json.AnnualReportJsonConverter))]
public sealed record AnnualReport
{
    /// <summary>The earliest reporting year (the Regulations took effect on 2008-05-01).</summary>
    public const int MinYear = 2008;

    /// <summary>The latest reporting year a report may carry.</summary>
    public const int MaxYear = 2100;

    private readonly CellValue[] _cells;

    internal AnnualReport(
        FormatDefinition definition,
        int year,
        Agency agency,
        CellValue[] cells,
        ImmutableArray<LegacyOtherRow> legacyOtherRows,
        ImmutableSortedDictionary<CellKey, MoneyUnit> moneyUnits)
    {
        Definition = definition;
        Year = year;
        Agency = agency;
        _cells = cells;
        LegacyOtherRows = legacyOtherRows;
        MoneyUnits = moneyUnits;
    }

    /// <summary>Gets the catalogue entry of the report's format.</summary>
    public FormatDefinition Definition { get; }

    /// <summary>Gets the report's format.</summary>
    public ReportFormat Format => Definition.Format;

    /// <summary>Gets the reporting year (the report on year N is published in N+1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2008–2100.</exception>
    public int Year
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinYear);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxYear);
            field = value;
        }
    }

    /// <summary>Gets the agency that published the report.</summary>
    public Agency Agency
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    }

    /// <summary>Gets the publication date, where known.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Gets the address the report was published at, where known (an absolute URI, kept as written).</summary>
    /// <exception cref="ArgumentException">The text is not an absolute URI.</exception>
    public string? SourceUrl
    {
        get;
        init
        {
            if (value is not null && !IsAbsoluteUri(value))
            {
                throw new ArgumentException($"'{value}' is not an absolute URI.", nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Gets the free-text sections the report has, by section.</summary>
    /// <exception cref="ArgumentException">A section is one the format does not have.</exception>
    public ImmutableSortedDictionary<ReportSection, string> Sections
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var (section, text) in value)
            {
                if (Definition.FindSection(section) is null)
                {
                    throw new ArgumentException($"The {Definition.Key} format has no section {section}.", nameof(value));
                }

                ArgumentNullException.ThrowIfNull(text, nameof(value));
            }

            field = value;
        }
    } = ImmutableSortedDictionary<ReportSection, string>.Empty;

    /// <summary>Gets the figures the report states in prose (by category, by channel, other figures).</summary>
    public ReportBreakdowns Breakdowns
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = ReportBreakdowns.Empty;

    /// <summary>Gets the deviations the report explains.</summary>
    /// <exception cref="ArgumentException">A suppression names a cell the format does not have.</exception>
    public ImmutableArray<Suppression> Suppressions
    {
        get;
        init
        {
            var suppressions = value.IsDefault ? [] : value;
            foreach (var suppression in suppressions)
            {
                ArgumentNullException.ThrowIfNull(suppression, nameof(value));
                foreach (var cell in suppression.Cells)
                {
                    if (!Definition.TryGetCell(cell, out _))
                    {
                        throw new ArgumentException(Definition.DescribeUnknownCell(cell), nameof(value));
                    }
                }
            }

            field = suppressions;
        }
    } = [];

    /// <summary>Gets the rows of a legacy table that the catalogue does not know, with their printed labels, in printed order.</summary>
    public ImmutableArray<LegacyOtherRow> LegacyOtherRows { get; }

    /// <summary>
    /// Gets the units the report states for its money cells where they differ from the catalogue's default
    /// (<see cref="CellDefinition.DefaultUnit"/>) or the format leaves the unit to the report.
    /// </summary>
    public ImmutableSortedDictionary<CellKey, MoneyUnit> MoneyUnits { get; }

    /// <summary>Gets every cell of the format, in the catalogue's ordinal order (<see cref="FormatDefinition.Cells"/>).</summary>
    public ImmutableArray<CellValue> Cells => ImmutableCollectionsMarshal.AsImmutableArray(_cells);

    /// <summary>Gets the period columns the legacy table has (those with at least one applicable cell); empty for other formats.</summary>
    public ImmutableArray<LegacyPeriod> LegacyPeriods
    {
        get
        {
            if (Format != ReportFormat.Legacy)
            {
                return [];
            }

            var table = Definition.Tables[0];
            var periods = ImmutableArray.CreateBuilder<LegacyPeriod>();
            foreach (var period in Enum.GetValues<LegacyPeriod>())
            {
                var column = table.ColumnByEnum((int)period)!;
                if (new ReportTable(this, table).IsColumnPresent(column) || LegacyOtherRows.Any(r => r[period].IsApplicable))
                {
                    periods.Add(period);
                }
            }

            return periods.ToImmutable();
        }
    }

    /// <summary>Gets table <c>proactive</c> (表二) of a national report; every cell is not applicable in a legacy report.</summary>
    public ReportTable<ProactiveRow, ProactiveColumn> Proactive => new(this, Definition.FindTable("proactive"));

    /// <summary>Gets table <c>requests</c> (表三) of a national report; every cell is not applicable in a legacy report.</summary>
    public ReportTable<RequestRow, Applicant> Requests => new(this, Definition.FindTable("requests"));

    /// <summary>Gets table <c>reviews</c> (表四) of a national report; every cell is not applicable in a legacy report.</summary>
    public ReportTable<ReviewRow, ReviewColumn> Reviews => new(this, Definition.FindTable("reviews"));

    /// <summary>Gets the statistical table of a legacy report; every cell is not applicable in a national report.</summary>
    public ReportTable<LegacyIndicator, LegacyPeriod> Legacy => new(this, Definition.FindTable("legacy"));

    /// <summary>Gets the key indicators: one view of the main figures across all formats.</summary>
    public KeyIndicatorSet KeyIndicators => new(this);

    /// <summary>Gets a cell by its key.</summary>
    /// <param name="key">The key, such as <c>requests.granted.total</c>.</param>
    /// <returns>The cell (not applicable when the report's table left its row or column out).</returns>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public CellValue this[CellKey key] => _cells[Definition.GetCell(key).Ordinal];

    /// <summary>Gets a cell by its key.</summary>
    /// <param name="key">The key, such as <c>requests.granted.total</c>.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="FormatException">The text is not a cell key.</exception>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public CellValue this[string key] => this[CellKey.Parse(key)];

    /// <summary>Gets a cell by its definition.</summary>
    /// <param name="cell">The cell's definition, from this report's format.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">The cell belongs to another format.</exception>
    public CellValue this[CellDefinition cell]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(cell);
            return cell.Table.Format == Definition
                ? _cells[cell.Ordinal]
                : throw new ArgumentException($"Cell {cell.Key} belongs to the {cell.Table.Format.Key} format, not {Definition.Key}.", nameof(cell));
        }
    }

    /// <summary>Gets a cell by its key, if the format has it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The cell, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the format has the cell.</returns>
    public bool TryGetCell(CellKey key, out CellValue value)
    {
        if (Definition.TryGetCell(key, out var cell))
        {
            value = _cells[cell.Ordinal];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Finds a table by its key.</summary>
    /// <param name="key">The table key, such as <c>requests</c>.</param>
    /// <returns>The table, or <see langword="null"/> when the format has no such table.</returns>
    public ReportTable? FindTable(string key) => Definition.FindTable(key) is { } table ? new ReportTable(this, table) : null;

    /// <summary>Gets a table of the report.</summary>
    /// <param name="table">The table's definition, from this report's format.</param>
    /// <returns>The table.</returns>
    public ReportTable GetTable(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Format == Definition
            ? new ReportTable(this, table)
            : throw new ArgumentException($"Table {table.Key} belongs to the {table.Format.Key} format, not {Definition.Key}.", nameof(table));
    }

    /// <summary>Gets the unit of a money cell: the unit the report states, else the catalogue's default.</summary>
    /// <param name="key">The cell's key.</param>
    /// <returns>The unit, or <see langword="null"/> when the cell is not money or neither the report nor the format gives a unit.</returns>
    /// <exception cref="KeyNotFoundException">The format has no such cell.</exception>
    public MoneyUnit? GetMoneyUnit(CellKey key)
    {
        var cell = Definition.GetCell(key);
        if (cell.Kind != ValueKind.Money)
        {
            return null;
        }

        return MoneyUnits.TryGetValue(key, out var unit) ? unit : cell.DefaultUnit;
    }

    /// <summary>Gets the text of a section.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The text, or <see langword="null"/> when the report has none.</returns>
    public string? GetSection(ReportSection section) => Sections.GetValueOrDefault(section);

    /// <summary>Creates a builder for a new report.</summary>
    /// <param name="format">The format.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="agency">The agency.</param>
    /// <returns>The builder.</returns>
    public static AnnualReportBuilder CreateBuilder(ReportFormat format, int year, Agency agency) => new(format, year, agency);

    /// <summary>Creates a builder that starts from this report.</summary>
    /// <returns>The builder.</returns>
    public AnnualReportBuilder ToBuilder() => new(this);

    /// <inheritdoc/>
    public bool Equals(AnnualReport? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Definition == other.Definition
            && Year == other.Year
            && Agency == other.Agency
            && PublishedOn == other.PublishedOn
            && string.Equals(SourceUrl, other.SourceUrl, StringComparison.Ordinal)
            && _cells.AsSpan().SequenceEqual(other._cells)
            && LegacyOtherRows.SequenceEqual(other.LegacyOtherRows)
            && MoneyUnits.SequenceEqual(other.MoneyUnits)
            && Sections.Count == other.Sections.Count
            && Sections.All(s => other.Sections.TryGetValue(s.Key, out var text) && string.Equals(s.Value, text, StringComparison.Ordinal))
            && Breakdowns == other.Breakdowns
            && Suppressions.SequenceEqual(other.Suppressions);
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Format);
        hash.Add(Year);
        hash.Add(Agency);
        hash.Add(PublishedOn);
        foreach (var cell in _cells)
        {
            hash.Add(cell);
        }

        hash.Add(LegacyOtherRows.Length);
        hash.Add(Sections.Count);
        hash.Add(Breakdowns);
        hash.Add(Suppressions.Length);
        return hash.ToHashCode();
    }

    /// <summary>Describes the report: agency, year and format.</summary>
    /// <returns>The text, such as <c>沙县高桥镇人民政府 2018 (legacy)</c>.</returns>
    public override string ToString() => $"{Agency.Name} {Year} ({Definition.Key})";

    /// <summary>
    /// Tells whether text is an absolute URI as written: it must start with its scheme, so that a root-relative path
    /// (<c>/a/b.html</c>, which .NET on Unix reads as a file path) or a Windows path is not taken for one.
    /// </summary>
    internal static bool IsAbsoluteUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);

    internal CellValue GetCellOrNotApplicable(CellKey key) =>
        Definition.TryGetCell(key, out var cell) ? _cells[cell.Ordinal] : CellValue.NotApplicable;

    /// <summary>Gets the cells, in ordinal order, without the <see cref="ImmutableArray{T}"/> wrapper.</summary>
    internal ReadOnlySpan<CellValue> CellSpan => _cells;

    internal CellValue GetCellByOrdinal(int ordinal) => ordinal < 0 ? CellValue.NotApplicable : _cells[ordinal];
}
