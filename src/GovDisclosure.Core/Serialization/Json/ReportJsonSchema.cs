using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;

namespace GovDisclosure.Serialization.Json;

/// <summary>Generates the JSON Schema (draft 2020-12) of the report file from the catalogue, so that it never drifts from the reader.</summary>
internal static class ReportJsonSchema
{
    public static string Generate()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "report.schema.json");
            w.WriteString("title", $"Annual report on government information disclosure (政府信息公开工作年度报告), schemaVersion {ReportJsonWriter.SchemaVersion}");
            w.WriteString(
                "description",
                "One report as written by GovDisclosure.Core. A cell is a number (reported) or null (blank: the report printed no figure); a cell absent from its row object is blank. Generated from the format catalogue; see docs/json.md.");
            w.WriteString("type", "object");
            WriteStrings(w, "required", ["schemaVersion", "format", "year", "agency"]);
            w.WriteBoolean("additionalProperties", false);

            w.WriteStartObject("properties");
            w.WriteStartObject("schemaVersion");
            w.WriteNumber("const", ReportJsonWriter.SchemaVersion);
            w.WriteEndObject();
            w.WriteStartObject("format");
            WriteStrings(w, "enum", [.. FormatCatalog.All.Select(f => f.Key)]);
            w.WriteEndObject();
            w.WriteStartObject("year");
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", AnnualReport.MinYear);
            w.WriteNumber("maximum", AnnualReport.MaxYear);
            w.WriteEndObject();
            Ref(w, "agency", "agency");
            w.WriteStartObject("publishedOn");
            WriteStrings(w, "type", ["string", "null"]);
            w.WriteString("format", "date");
            w.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            w.WriteEndObject();
            w.WriteStartObject("sourceUrl");
            WriteStrings(w, "type", ["string", "null"]);
            w.WriteString("format", "uri");
            w.WriteEndObject();
            w.WriteStartObject("tables");
            w.WriteString("description", "The statistical tables of the report's format (see the allOf branches).");
            WriteStrings(w, "type", ["object", "null"]);
            w.WriteEndObject();
            w.WriteStartObject("units");
            w.WriteString("description", "The units the report prints for money cells where they differ from the format's default, keyed by cell key.");
            WriteStrings(w, "type", ["object", "null"]);
            w.WriteEndObject();
            w.WriteStartObject("sections");
            w.WriteString("description", "The free-text sections of the report's format, by section key.");
            WriteStrings(w, "type", ["object", "null"]);
            w.WriteEndObject();
            Nullable(w, "breakdowns", "breakdowns");
            w.WriteStartObject("suppressions");
            WriteStrings(w, "type", ["array", "null"]);
            w.WriteStartObject("items");
            w.WriteString("$ref", "#/$defs/suppression");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("allOf");
            foreach (var format in FormatCatalog.All)
            {
                w.WriteStartObject();
                w.WriteStartObject("if");
                w.WriteStartObject("properties");
                w.WriteStartObject("format");
                w.WriteString("const", format.Key);
                w.WriteEndObject();
                w.WriteEndObject();
                WriteStrings(w, "required", ["format"]);
                w.WriteEndObject();
                w.WriteStartObject("then");
                w.WriteStartObject("properties");
                Ref(w, "tables", $"{format.Key}.tables");
                Ref(w, "units", $"{format.Key}.units");
                Ref(w, "sections", $"{format.Key}.sections");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("$defs");
            WriteValueDefinitions(w);
            WriteSharedDefinitions(w);
            foreach (var format in FormatCatalog.All)
            {
                WriteFormatDefinitions(w, format);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteValueDefinitions(Utf8JsonWriter w)
    {
        w.WriteStartObject("count");
        w.WriteString("description", "A count: a whole number ≥ 0 written without a fraction or exponent, or null (blank).");
        WriteStrings(w, "type", ["integer", "null"]);
        w.WriteNumber("minimum", 0);
        w.WriteEndObject();
        w.WriteStartObject("signedCount");
        w.WriteString("description", "A signed change of a count (本年增/减): a whole number, or null (blank).");
        WriteStrings(w, "type", ["integer", "null"]);
        w.WriteEndObject();
        w.WriteStartObject("money");
        w.WriteString("description", "An amount of money ≥ 0 with its decimals as printed (at most 18 significant digits), or null (blank).");
        WriteStrings(w, "type", ["number", "null"]);
        w.WriteNumber("minimum", 0);
        w.WriteEndObject();
        w.WriteStartObject("number");
        w.WriteString("description", "A figure of a row the catalogue does not know, as printed, or null (blank).");
        WriteStrings(w, "type", ["number", "null"]);
        w.WriteEndObject();
        w.WriteStartObject("moneyUnit");
        WriteStrings(w, "enum", Keys.MoneyUnits);
        w.WriteEndObject();
    }

    private static void WriteSharedDefinitions(Utf8JsonWriter w)
    {
        w.WriteStartObject("agency");
        w.WriteString("type", "object");
        WriteStrings(w, "required", ["name"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("name");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteStartObject("creditCode");
        w.WriteString("description", "统一社会信用代码: 18 characters from 0-9 A-H J-N P-R T-U W-Y (the check character is checked by the validator, not the reader).");
        WriteStrings(w, "type", ["string", "null"]);
        w.WriteString("pattern", "^[0-9A-HJ-NPQRTUWXY]{18}$");
        w.WriteEndObject();
        w.WriteStartObject("divisionCode");
        w.WriteString("description", "行政区划代码: 6 digits, or 9 or 12 for a township.");
        WriteStrings(w, "type", ["string", "null"]);
        w.WriteString("pattern", "^(?!00)([0-9]{6}|[0-9]{9}|[0-9]{12})$");
        w.WriteEndObject();
        w.WriteStartObject("level");
        WriteStrings(w, "enum", [.. Keys.AgencyLevels, null]);
        w.WriteEndObject();
        w.WriteStartObject("kind");
        WriteStrings(w, "enum", [.. Keys.AgencyKinds, null]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("labeledCount");
        w.WriteString("type", "object");
        WriteStrings(w, "required", ["label", "count"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("label");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteStartObject("count");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", 0);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("breakdowns");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var key in Keys.Breakdowns)
        {
            w.WriteStartObject(key);
            WriteStrings(w, "type", ["array", "null"]);
            w.WriteStartObject("items");
            w.WriteString("$ref", "#/$defs/labeledCount");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("suppression");
        w.WriteString("type", "object");
        WriteStrings(w, "required", ["code", "cells", "reason"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("code");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteStartObject("cells");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^[A-Za-z0-9]+\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*\\.[A-Za-z0-9]+$");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("reason");
        w.WriteString("type", "string");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteFormatDefinitions(Utf8JsonWriter w, FormatDefinition format)
    {
        w.WriteStartObject($"{format.Key}.tables");
        w.WriteString("description", $"{format.EnglishLabel}: {format.Label}");
        WriteStrings(w, "type", ["object", "null"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var table in format.Tables)
        {
            w.WriteStartObject(table.Key);
            w.WriteString("description", $"{table.Label} — {table.EnglishLabel}");
            WriteStrings(w, "type", ["object", "null"]);
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            if (format.Format == ReportFormat.Legacy)
            {
                w.WriteStartObject("indicators");
                w.WriteString("description", "The canonical indicators the table prints, each with its period columns.");
                WriteStrings(w, "type", ["object", "null"]);
                w.WriteBoolean("additionalProperties", false);
                w.WriteStartObject("properties");
                WriteRows(w, table);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("otherRows");
                w.WriteString("description", "Rows the catalogue does not know, with their printed labels, in printed order.");
                WriteStrings(w, "type", ["array", "null"]);
                w.WriteStartObject("items");
                w.WriteString("type", "object");
                WriteStrings(w, "required", ["label"]);
                w.WriteBoolean("additionalProperties", false);
                w.WriteStartObject("properties");
                w.WriteStartObject("label");
                w.WriteString("type", "string");
                w.WriteNumber("minLength", 1);
                w.WriteEndObject();
                foreach (var column in table.Columns)
                {
                    Ref(w, column.Key, "number");
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            else
            {
                WriteRows(w, table);
            }

            w.WriteEndObject();
            var optional = table.Rows.Where(r => r.IsOptional && !r.Replaces.IsEmpty).ToArray();
            if (optional.Length > 0 && format.Format != ReportFormat.Legacy)
            {
                w.WriteStartObject("dependentSchemas");
                foreach (var row in optional)
                {
                    w.WriteStartObject(row.Key);
                    w.WriteString("description", $"A report has either '{row.Key}' or its sub-rows, never both.");
                    w.WriteStartObject("not");
                    w.WriteStartArray("anyOf");
                    foreach (var replaced in row.Replaces)
                    {
                        w.WriteStartObject();
                        WriteStrings(w, "required", [replaced.Key]);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject($"{format.Key}.units");
        WriteStrings(w, "type", ["object", "null"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var cell in format.Cells.Where(c => c.Kind == ValueKind.Money))
        {
            Ref(w, cell.Key.ToString(), "moneyUnit");
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject($"{format.Key}.sections");
        WriteStrings(w, "type", ["object", "null"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var section in format.Sections)
        {
            w.WriteStartObject(section.Key);
            w.WriteString("description", $"{section.Label} — {section.EnglishLabel}");
            WriteStrings(w, "type", ["string", "null"]);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter w, TableDefinition table)
    {
        foreach (var row in table.Rows)
        {
            w.WriteStartObject(row.Key);
            var headings = string.Concat(row.Headings.Select(h => h.Label + " "));
            w.WriteString("description", $"{headings}{row.Label} — {row.EnglishLabel}");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (var column in table.Columns)
            {
                if (table.GetCell(row, column) is { } cell)
                {
                    w.WriteStartObject(column.Key);
                    w.WriteString("description", $"{column.Label} — {column.EnglishLabel}");
                    w.WriteString("$ref", "#/$defs/" + cell.Kind switch
                    {
                        ValueKind.Count => "count",
                        ValueKind.SignedCount => "signedCount",
                        _ => "money",
                    });
                    w.WriteEndObject();
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static void Ref(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        w.WriteString("type", "null");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string property, string?[] values)
    {
        w.WriteStartArray(property);
        foreach (var value in values)
        {
            if (value is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStringValue(value);
            }
        }

        w.WriteEndArray();
    }
}
