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
    public required string Title { get; init; }

    public string? Caption { get; init; }

    public required IReadOnlyList<LayoutRow> HeaderRows { get; init; }

    public required IReadOnlyList<LayoutRow> BodyRows { get; init; }

    public bool HasStub { get; init; } = true;

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
                        yield return Grid(report, view, table.GetLabel(language), block.Caption.GetLabel(language), block.Rows, block.Columns, table.StubHeading?.GetLabel(language), language);
                    }

                    break;
                case TableLayout.SingleRow:
                    yield return SingleRow(view, language);
                    break;
                default:
                    var columns = table.Columns.Where(view.IsColumnPresent).ToList();
                    var stubHeading = table.StubNote?.GetLabel(language) ?? table.StubHeading?.GetLabel(language);
                    var plan = Grid(report, view, table.GetLabel(language), null, table.Rows, columns, stubHeading, language);
                    if (report.Format == ReportFormat.Legacy && !report.LegacyOtherRows.IsEmpty)
                    {
                        var rows = plan.BodyRows.ToList();
                        foreach (var other in report.LegacyOtherRows)
                        {
                            rows.Add(new LayoutRow(other.Label, [.. columns.Select(c => Figure(other[(LegacyPeriod)c.EnumValue], null, language))], IsHeading: false));
                        }

                        plan = new TableLayoutPlan { Title = plan.Title, HeaderRows = plan.HeaderRows, BodyRows = rows };
                    }

                    yield return plan;
                    break;
            }
        }
    }

    private static TableLayoutPlan Grid(
        AnnualReport report,
        ReportTable view,
        string title,
        string? caption,
        IReadOnlyList<RowDefinition> rows,
        IReadOnlyList<ColumnDefinition> columns,
        string? stubHeading,
        DisplayLanguage language)
    {
        var headerRows = BuildHeaderRows(columns.Select(c => (c.Headings, c.GetLabel(language))).ToList(), stubHeading, language);
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

            body.Add(new LayoutRow(label, [.. columns.Select(c => Cell(report, view, row, c, language))], IsHeading: false));
        }

        return new TableLayoutPlan { Title = title, Caption = caption, HeaderRows = headerRows, BodyRows = body };
    }

    private static TableLayoutPlan SingleRow(ReportTable view, DisplayLanguage language)
    {
        var table = view.Definition;
        var composite = new List<(ImmutableArray<Heading> Headings, string Label)>();
        var figures = new List<string>();
        foreach (var row in table.Rows)
        {
            var rowHeading = new Heading(row.Label, row.EnglishLabel);
            foreach (var column in table.Columns)
            {
                composite.Add(([.. row.Headings, rowHeading], column.GetLabel(language)));
                figures.Add(Figure(view[row, column], null, language));
            }
        }

        // A row's own label heads its group of columns; headings are compared by label so that one row shares one merged cell.
        var headerRows = BuildHeaderRows(composite, stubHeading: null, language, hasStub: false);
        return new TableLayoutPlan
        {
            Title = table.GetLabel(language),
            HeaderRows = headerRows,
            BodyRows = [new LayoutRow(string.Empty, figures, IsHeading: false)],
            HasStub = false,
        };
    }

    private static List<LayoutRow> BuildHeaderRows(IReadOnlyList<(ImmutableArray<Heading> Headings, string Label)> columns, string? stubHeading, DisplayLanguage language, bool hasStub = true)
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
                    var continues = i > 0 && level < columns[i - 1].Headings.Length && SameRun(columns[i - 1].Headings, headings, level);
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

    private static bool SameRun(ImmutableArray<Heading> previous, ImmutableArray<Heading> current, int level)
    {
        for (var i = 0; i <= level; i++)
        {
            if (!string.Equals(previous[i].Label, current[i].Label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
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
internal sealed record LayoutRow(string Stub, IReadOnlyList<string> Cells, bool IsHeading);
