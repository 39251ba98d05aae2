using System.Text.Json;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;

namespace GovDisclosure.Serialization.Json;

/// <summary>Writes a report object as <c>docs/json.md</c> describes: every applicable cell, blanks as <c>null</c>.</summary>
internal static class ReportJsonWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Utf8JsonWriter writer, AnnualReport report)
    {
        var format = report.Definition;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("format", format.Key);
        writer.WriteNumber("year", report.Year);
        WriteAgency(writer, report.Agency);
        if (report.PublishedOn is { } publishedOn)
        {
            writer.WriteString("publishedOn", publishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (report.SourceUrl is { } sourceUrl)
        {
            writer.WriteString("sourceUrl", sourceUrl);
        }

        writer.WriteStartObject("tables");
        foreach (var table in format.Tables)
        {
            writer.WriteStartObject(table.Key);
            if (format.Format == ReportFormat.Legacy)
            {
                writer.WriteStartObject("indicators");
                WriteRows(writer, report, table);
                writer.WriteEndObject();
                writer.WritePropertyName("otherRows");
                WriteOtherRows(writer, report);
            }
            else
            {
                WriteRows(writer, report, table);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        if (!report.MoneyUnits.IsEmpty)
        {
            writer.WriteStartObject("units");
            foreach (var (cell, unit) in report.MoneyUnits)
            {
                writer.WriteString(cell.ToString(), Keys.Of(unit));
            }

            writer.WriteEndObject();
        }

        if (!report.Sections.IsEmpty)
        {
            writer.WriteStartObject("sections");
            foreach (var section in format.Sections)
            {
                if (report.Sections.TryGetValue(section.Section, out var text))
                {
                    writer.WriteString(section.Key, text);
                }
            }

            writer.WriteEndObject();
        }

        if (!report.Breakdowns.IsEmpty)
        {
            writer.WritePropertyName("breakdowns");
            WriteBreakdowns(writer, report.Breakdowns);
        }

        if (!report.Suppressions.IsEmpty)
        {
            writer.WriteStartArray("suppressions");
            foreach (var suppression in report.Suppressions)
            {
                writer.WriteStartObject();
                writer.WriteString("code", suppression.Code);
                writer.WriteStartArray("cells");
                foreach (var cell in suppression.Cells)
                {
                    writer.WriteStringValue(cell.ToString());
                }

                writer.WriteEndArray();
                writer.WriteString("reason", suppression.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteAgency(Utf8JsonWriter writer, Agency agency)
    {
        writer.WriteStartObject("agency");
        writer.WriteString("name", agency.Name);
        if (agency.CreditCode is { } creditCode)
        {
            writer.WriteString("creditCode", creditCode.Value);
        }

        if (agency.DivisionCode is { } divisionCode)
        {
            writer.WriteString("divisionCode", divisionCode.Value);
        }

        if (agency.Level is { } level)
        {
            writer.WriteString("level", Keys.Of(level));
        }

        if (agency.Kind is { } kind)
        {
            writer.WriteString("kind", Keys.Of(kind));
        }

        writer.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter writer, AnnualReport report, TableDefinition table)
    {
        var view = report.GetTable(table);
        foreach (var row in table.Rows)
        {
            if (!view.IsRowPresent(row))
            {
                continue;
            }

            writer.WriteStartObject(row.Key);
            foreach (var column in table.Columns)
            {
                var value = view[row, column];
                if (value.IsApplicable)
                {
                    writer.WritePropertyName(column.Key);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Writes the prose breakdowns as the value of <c>breakdowns</c> (also a column of the wide CSV layout).</summary>
    internal static void WriteBreakdowns(Utf8JsonWriter writer, ReportBreakdowns breakdowns)
    {
        writer.WriteStartObject();
        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            writer.WriteStartArray(Keys.Of(kind));
            foreach (var entry in breakdowns.Get(kind))
            {
                writer.WriteStartObject();
                writer.WriteString("label", entry.Label);
                writer.WriteNumber("count", entry.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the legacy rows the catalogue does not know as the value of <c>otherRows</c> (also a column of the wide CSV layout).</summary>
    internal static void WriteOtherRows(Utf8JsonWriter writer, AnnualReport report)
    {
        writer.WriteStartArray();
        foreach (var row in report.LegacyOtherRows)
        {
            writer.WriteStartObject();
            writer.WriteString("label", row.Label);
            foreach (var period in Enum.GetValues<LegacyPeriod>())
            {
                var value = row[period];
                if (value.IsApplicable)
                {
                    writer.WritePropertyName(report.Definition.Tables[0].ColumnByEnum((int)period)!.Key);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, CellValue value)
    {
        if (!value.IsReported)
        {
            writer.WriteNullValue();
        }
        else if (value.TryGetWholeNumber(out var whole))
        {
            writer.WriteNumberValue(whole);
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }
}
