using System.Collections.Immutable;
using GovDisclosure.Catalog;

namespace GovDisclosure.Rendering;

/// <summary>
/// The official layout of one table as a grid of text cells, independent of the output syntax: header rows (merged
/// cells appear once, in their first position, with empty continuation cells), then body rows (group headings as
/// rows without figures). Markdown and HTML renderers print it.
/// </summary>
internal sealed class TableLayoutPlan
{
    /// <summary>Gets the table laid out (a table of blocks gives one plan per block, each naming the table).</summary>
    public required TableDefinition Table { get; init; }

    public required string Title { get; init; }

    public string? Caption { get; init; }

    public required IReadOnlyList<LayoutRow> HeaderRows { get; init; }

    public required IReadOnlyList<LayoutRow> BodyRows { get; init; }

    public bool HasStub { get; init; } = true;

    /// <summary>Gets the text of the header cell above the row labels (表三's 勾稽关系 note, 信息内容), or <see langword="null"/>.</summary>
    public string? StubHeading { get; init; }

    /// <summary>Gets the columns with the headings above them, outermost first: what an output with merged cells lays out itself.</summary>
    public required IReadOnlyList<LayoutColumn> Columns { get; init; }

    /// <summary>Lays out every table of a report in the official order; a table of <see cref="TableLayout.Blocks"/> gives one plan per block.</summary>
    public static IEnumerable<TableLayoutPlan> For(AnnualReport report, DisplayLanguage language)
    {
        foreach (var table in report.Definition.Tables)
        {
            var view = report.GetTable(table);
            switch (table.Layout)
            {
                case TableLayout.Blocks:
                    foreach (var block in table.Blocks)
                    {
                        yield return Grid(report, view, block.Caption.GetLabel(language), block.Rows, block.Columns, table.StubHeading?.GetLabel(language), language);
                    }

                    break;
                case TableLayout.SingleRow:
                    yield return SingleRow(view, language);
                    break;
                default:
                    var columns = table.Columns.Where(view.IsColumnPresent).ToList();
                    var stubHeading = table.StubNote?.GetLabel(language) ?? table.StubHeading?.GetLabel(language);
                    var plan = Grid(report, view, null, table.Rows, columns, stubHeading, language);
                    if (report.Format == ReportFormat.Legacy && !report.LegacyOtherRows.IsEmpty)
                    {
                        var rows = plan.BodyRows.ToList();
                        foreach (var other in report.LegacyOtherRows)
                        {
                            rows.Add(new LayoutRow(other.Label, [.. columns.Select(c => Figure(other[(LegacyPeriod)c.EnumValue], null, language))], IsHeading: false));
                        }

                        plan = new TableLayoutPlan
                        {
                            Table = table,
                            Title = plan.Title,
                            StubHeading = plan.StubHeading,
                            Columns = plan.Columns,
                            HeaderRows = plan.HeaderRows,
                            BodyRows = rows,
                        };
                    }

                    yield return plan;
                    break;
            }
        }
    }

    private static TableLayoutPlan Grid(
        AnnualReport report,
        ReportTable view,
        string? caption,
        IReadOnlyList<RowDefinition> rows,
        IReadOnlyList<ColumnDefinition> columns,
        string? stubHeading,
        DisplayLanguage language)
    {
        var layoutColumns = columns.Select(c => new LayoutColumn(c.Headings, c.GetLabel(language))).ToList();
        var headerRows = BuildHeaderRows(layoutColumns, stubHeading, language);
        var body = new List<LayoutRow>();
        IReadOnlyList<Heading> previous = [];
        foreach (var row in rows)
        {
            if (!view.IsRowPresent(row))
            {
                continue;
            }

            var common = 0;
            while (common < previous.Count && common < row.Headings.Length && previous[common] == row.Headings[common])
            {
                common++;
            }

            for (var level = common; level < row.Headings.Length; level++)
            {
                body.Add(new LayoutRow(row.Headings[level].GetLabel(language), [.. columns.Select(_ => string.Empty)], IsHeading: true));
            }

            previous = row.Headings;
            var label = row.GetLabel(language);
            if (row.Parent is not null && language == DisplayLanguage.Chinese)
            {
                label = "其中：" + label;
            }

            body.Add(new LayoutRow(label, [.. columns.Select(c => Cell(report, view, row, c, language))], IsHeading: false) { Headings = row.Headings });
        }

        var table = view.Definition;
        return new TableLayoutPlan
        {
            Table = table,
            Title = table.GetLabel(language),
            Caption = caption,
            StubHeading = stubHeading,
            Columns = layoutColumns,
            HeaderRows = headerRows,
            BodyRows = body,
        };
    }

    private static TableLayoutPlan SingleRow(ReportTable view, DisplayLanguage language)
    {
        var table = view.Definition;
        var composite = new List<LayoutColumn>();
        var figures = new List<string>();
        foreach (var row in table.Rows)
        {
            var rowHeading = new Heading(row.Label, row.EnglishLabel);
            foreach (var column in table.Columns)
            {
                composite.Add(new LayoutColumn([.. row.Headings, rowHeading], column.GetLabel(language)));
                figures.Add(Figure(view[row, column], null, language));
            }
        }

        // A row's own label heads its group of columns; headings are compared by label so that one row shares one merged cell.
        var headerRows = BuildHeaderRows(composite, stubHeading: null, language, hasStub: false);
        return new TableLayoutPlan
        {
            Table = table,
            Title = table.GetLabel(language),
            Columns = composite,
            HeaderRows = headerRows,
            BodyRows = [new LayoutRow(string.Empty, figures, IsHeading: false)],
            HasStub = false,
        };
    }

    private static List<LayoutRow> BuildHeaderRows(List<LayoutColumn> columns, string? stubHeading, DisplayLanguage language, bool hasStub = true)
    {
        var depth = columns.Count == 0 ? 1 : columns.Max(c => c.Headings.Length) + 1;
        var rows = new List<LayoutRow>(depth);
        for (var level = 0; level < depth; level++)
        {
            var cells = new List<string>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                var (headings, label) = columns[i];
                if (level < headings.Length)
                {
                    var continues = i > 0 && columns[i - 1].SharesHeading(columns[i], level);
                    cells.Add(continues ? string.Empty : headings[level].GetLabel(language));
                }
                else
                {
                    cells.Add(level == headings.Length ? label : string.Empty);
                }
            }

            rows.Add(new LayoutRow(hasStub && level == 0 ? stubHeading ?? string.Empty : string.Empty, cells, IsHeading: true));
        }

        return rows;
    }

    private static string Cell(AnnualReport report, ReportTable view, RowDefinition row, ColumnDefinition column, DisplayLanguage language)
    {
        var cell = view.Definition.GetCell(row, column);
        if (cell is null)
        {
            return string.Empty;
        }

        var value = view[row, column];
        MoneyUnit? shownUnit = null;
        if (cell.Kind == ValueKind.Money && report.GetMoneyUnit(cell.Key) is { } unit && (report.MoneyUnits.ContainsKey(cell.Key) || cell.DefaultUnit is null || report.Format == ReportFormat.Legacy))
        {
            shownUnit = unit;
        }

        var text = Figure(value, shownUnit, language);

        // 本年增/减 is printed with its sign: +12, -3, 0.
        return cell.Kind == ValueKind.SignedCount && value.TryGetWholeNumber(out var change) && change > 0 ? "+" + text : text;
    }

    private static string Figure(CellValue value, MoneyUnit? unit, DisplayLanguage language)
    {
        if (!value.IsReported)
        {
            return string.Empty;
        }

        var text = value.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
        return unit switch
        {
            MoneyUnit.Yuan => text + (language == DisplayLanguage.English ? " yuan" : "元"),
            MoneyUnit.TenThousandYuan => text + (language == DisplayLanguage.English ? " × 10,000 yuan" : "万元"),
            _ => text,
        };
    }
}

/// <summary>One printed row: the row label (stub) and the text of each cell.</summary>
internal sealed record LayoutRow(string Stub, IReadOnlyList<string> Cells, bool IsHeading)
{
    /// <summary>Gets the headings above a row of figures, outermost first (such as <c>三、本年度办理结果</c>, <c>（三）不予公开</c>); empty for heading rows.</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];

    /// <summary>Gets a value indicating whether this row and another stand under the same headings down to a level, so that the heading at that level is one merged cell.</summary>
    /// <param name="other">The other row.</param>
    /// <param name="level">The level (0: the outermost heading).</param>
    /// <returns>Whether the headings down to the level are the same.</returns>
    public bool SharesHeading(LayoutRow other, int level) => LayoutColumn.SamePrefix(Headings, other.Headings, level);
}

/// <summary>One printed column: the headings above it, outermost first, and its own label.</summary>
internal sealed record LayoutColumn(ImmutableArray<Heading> Headings, string Label)
{
    /// <summary>Gets a value indicating whether this column and another stand under the same headings down to a level, so that the heading at that level is one merged cell.</summary>
    /// <param name="other">The other column.</param>
    /// <param name="level">The level (0: the outermost heading).</param>
    /// <returns>Whether the headings down to the level are the same.</returns>
    public bool SharesHeading(LayoutColumn other, int level) => SamePrefix(Headings, other.Headings, level);

    /// <summary>Headings are compared by their printed label, so that one row of 表四 shares one merged cell.</summary>
    internal static bool SamePrefix(ImmutableArray<Heading> first, ImmutableArray<Heading> second, int level)
    {
        if (level >= first.Length || level >= second.Length)
        {
            return false;
        }

        for (var i = 0; i <= level; i++)
        {
            if (!string.Equals(first[i].Label, second[i].Label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
