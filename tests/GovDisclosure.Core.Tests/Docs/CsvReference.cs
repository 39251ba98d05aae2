using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Tests.Docs;

/// <summary>Generates the column dictionary of docs/csv.md from the format catalogue.</summary>
public static class CsvReference
{
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from FormatCatalog by CsvReference.cs; regenerate with GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test. -->\n");
        text.Append("The wide column of a cell is its key; the tidy record of a cell has the key's parts in `table`, `row` and `column`, ")
            .Append("and the printed labels in `rowLabel` and `columnLabel`. A money cell's wide column is followed by its unit column, `KEY:unit`.\n");
        foreach (var format in FormatCatalog.All)
        {
            text.Append("\n### `").Append(format.Key).Append("` (").Append(format.Cells.Length).Append(" cells)\n\n");
            text.Append("| wide column (cell key) | `table` | `row` | `column` | `rowLabel` | `columnLabel` | holds |\n");
            text.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var cell in format.Cells)
            {
                text.Append("| `").Append(cell.Key).Append("` | `").Append(cell.Table.Key).Append("` | `").Append(cell.Row.Key).Append("` | `")
                    .Append(cell.Column.Key).Append("` | ").Append(cell.Row.Label).Append(" | ").Append(cell.Column.Label).Append(" | ")
                    .Append(Holds(cell)).Append(Optional(cell)).Append(" |\n");
            }

            text.Append("\nWide header of a file of `").Append(format.Key).Append("` reports alone: ")
                .Append(GovDisclosureCsv.GetColumns(CsvLayout.Wide, format.Format).Length).Append(" columns.\n");
        }

        return text.ToString();
    }

    private static string Holds(CellDefinition cell) => cell.Kind switch
    {
        ValueKind.Count => "count",
        ValueKind.SignedCount => "signed count",
        _ => cell.DefaultUnit switch
        {
            MoneyUnit.TenThousandYuan => "money, 万元 unless `unit` says otherwise",
            MoneyUnit.Yuan => "money, 元 unless `unit` says otherwise",
            _ => "money, in the unit the report prints (`unit`)",
        },
    };

    private static string Optional(CellDefinition cell) =>
        cell.Row.IsOptional && cell.Row.Replaces.Length > 0 ? $"; optional row, instead of {string.Join(", ", cell.Row.Replaces.Select(r => $"`{r.Key}`"))}"
        : cell.Row.IsOptional ? "; optional row"
        : string.Empty;
}
