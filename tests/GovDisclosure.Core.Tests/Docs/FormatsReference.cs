using System.Globalization;
using System.Text;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.Docs;

/// <summary>Writes docs/formats.md, the reference of every format, table, row, column, relation and key indicator, from the catalogue.</summary>
internal static class FormatsReference
{
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Formats reference\n\n");
        text.Append("<!-- Generated from the catalogue (src/GovDisclosure.Core/Catalog/FormatCatalog.cs) by FormatsReferenceTests; do not edit by hand.\n");
        text.Append("     Regenerate with: GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test -->\n\n");
        text.Append("Every table, row, column and relation of the three report formats, as the library's catalogue defines them. ");
        text.Append("The keys are the contract of the JSON and CSV files: a cell's key is `table.row.column` (for example `requests.granted.total`). ");
        text.Append("Labels are the Chinese labels as printed in the official formats; readers of printed text also accept the variants listed. ");
        text.Append("Value kinds: **count** (a whole number ≥ 0), **signed** (a whole number, 本年增/减), **money** (≥ 0, decimals as printed, with its unit). ");
        text.Append("A cell is reported, blank (`null`: no figure printed) or not applicable (the table has no such cell).\n\n");
        text.Append("| format | reports on | defined by |\n| --- | --- | --- |\n");
        foreach (var format in FormatCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{format.Key}` | {format.FirstYear}–{format.LastYear?.ToString(CultureInfo.InvariantCulture) ?? ""} | {format.Label} |\n");
        }

        foreach (var format in FormatCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## `{format.Key}` — {format.EnglishLabel}\n\n");
            text.Append("Sections (free text): ");
            text.Append(string.Join(" · ", format.Sections.Select(s => $"`{s.Key}` {s.Label}")));
            text.Append('\n');
            foreach (var table in format.Tables)
            {
                WriteTable(text, table);
            }

            WriteRelations(text, format);
            WriteKeyIndicators(text, format);
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, TableDefinition table)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### Table `{table.Key}` — {table.Label} ({table.EnglishLabel})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Layout: {table.Layout switch { TableLayout.Blocks => "blocks, each with its caption and columns", TableLayout.SingleRow => "one printed row, the rows as column groups", _ => "grid" }}. ");
        text.Append(CultureInfo.InvariantCulture, $"{table.Rows.Length} rows, {table.Columns.Length} columns, {table.Cells.Length} cells that apply.\n\n");
        text.Append("Columns:\n\n| key | label | English | kind | notes |\n| --- | --- | --- | --- | --- |\n");
        foreach (var column in table.Columns)
        {
            var kinds = table.Cells.Where(c => c.Column == column).Select(Kind).Distinct().ToArray();
            var notes = new List<string>();
            if (column.Headings.Length > 0)
            {
                notes.Add("under " + string.Join(" / ", column.Headings.Select(h => h.Label)));
            }

            if (column.IsOptional)
            {
                notes.Add("optional");
            }

            if (!column.Variants.IsEmpty)
            {
                notes.Add("also printed " + string.Join(", ", column.Variants));
            }

            text.Append(CultureInfo.InvariantCulture, $"| `{column.Key}` | {column.Label} | {column.EnglishLabel} | {string.Join(", ", kinds)} | {string.Join("; ", notes)} |\n");
        }

        text.Append("\nRows:\n\n| key | label | English | cells in columns | notes |\n| --- | --- | --- | --- | --- |\n");
        foreach (var row in table.Rows)
        {
            var columns = table.Cells.Where(c => c.Row == row).Select(c => c.Column.Key).ToArray();
            var notes = new List<string>();
            if (row.Headings.Length > 0)
            {
                notes.Add("under " + string.Join(" / ", row.Headings.Select(h => h.Label)));
            }

            if (row.Parent is not null)
            {
                notes.Add($"part of `{row.Parent.Key}`");
            }

            if (row.IsOptional)
            {
                notes.Add(row.Replaces.IsEmpty ? "optional" : "optional; replaces " + string.Join(", ", row.Replaces.Select(r => $"`{r.Key}`")));
            }

            var kinds = table.Cells.Where(c => c.Row == row).Select(Kind).Distinct().ToArray();
            if (kinds.Length == 1 && kinds[0] != "count")
            {
                notes.Add(kinds[0]);
            }

            if (!row.Variants.IsEmpty)
            {
                notes.Add("also printed " + string.Join(", ", row.Variants));
            }

            var cells = columns.Length == table.Columns.Length ? "all" : string.Join(", ", columns.Select(c => $"`{c}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `{row.Key}` | {row.Label} | {row.EnglishLabel} | {cells} | {string.Join("; ", notes)} |\n");
        }

        foreach (var block in table.Blocks)
        {
            if (block == table.Blocks[0])
            {
                text.Append("\nBlocks: ");
            }
            else
            {
                text.Append(" · ");
            }

            text.Append(CultureInfo.InvariantCulture, $"{block.Caption.Label}: {string.Join(", ", block.Rows.Select(r => $"`{r.Key}`"))}");
        }

        if (!table.Blocks.IsEmpty)
        {
            text.Append('\n');
        }

        if (!table.DerivedRows.IsEmpty)
        {
            text.Append("\nDerived subtotals (computed, never stored): ");
            text.Append(string.Join(" · ", table.DerivedRows.Select(d => $"`{d.Key}` {d.Label} = {string.Join(" + ", d.Rows.Select(r => $"`{r.Key}`"))}")));
            text.Append('\n');
        }
    }

    private static void WriteRelations(StringBuilder text, FormatDefinition format)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### Relations of `{format.Key}`\n\n");
        text.Append("Each relation has a stable id `stem.qualifier` (the qualifier is the column, row or period it applies to). ");
        text.Append("Cells the report's table does not have are left out of a side; a side left empty makes the relation not applicable; a blank cell makes it “cannot check”.\n\n");
        text.Append("| stem | relation | strength | ids | example |\n| --- | --- | --- | --- | --- |\n");
        foreach (var group in format.Relations.GroupBy(r => r.Stem))
        {
            var first = group.First();
            var strength = first.Strength switch
            {
                RelationStrength.Exact => "exact",
                RelationStrength.Soft => "soft",
                _ => "heuristic",
            };
            var scope = first.IsCrossYear ? " (across years)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| `{group.Key}` | {first.Label}<br>{first.EnglishLabel}{scope} | {strength} | {group.Count()} | `{first.Id}`: `{first}` |\n");
        }
    }

    private static void WriteKeyIndicators(StringBuilder text, FormatDefinition format)
    {
        text.Append(CultureInfo.InvariantCulture, $"\n### Key indicators of `{format.Key}`\n\n| indicator | label | sum of |\n| --- | --- | --- |\n");
        foreach (var indicator in format.KeyIndicators)
        {
            var cells = indicator.IsAvailable ? string.Join(" + ", indicator.Cells.Select(c => $"`{c}`")) : "— (not available in this format)";
            text.Append(CultureInfo.InvariantCulture, $"| `{indicator.Key}` | {indicator.Label} ({indicator.EnglishLabel}) | {cells} |\n");
        }
    }

    private static string Kind(CellDefinition cell) => cell.Kind switch
    {
        ValueKind.Count => "count",
        ValueKind.SignedCount => "signed",
        _ => "money" + (cell.DefaultUnit switch
        {
            MoneyUnit.TenThousandYuan => " (万元)",
            MoneyUnit.Yuan => " (元)",
            _ => " (unit as printed)",
        }),
    };
}
