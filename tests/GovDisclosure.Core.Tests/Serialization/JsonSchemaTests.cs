using System.Text.Json;
using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>The JSON Schema that <c>docs/</c> publishes: generated from the catalogue, kept in the repository, and describing what the reader accepts.</summary>
public sealed class JsonSchemaTests
{
    private const string UpdateVariable = "GOVDISCLOSURE_UPDATE_DOCS";

    private static readonly string SchemaText = GovDisclosureJson.GetJsonSchema();

    // The legacy indicator keys of formats.md, written out here rather than taken from the catalogue.
    private static readonly string[] LegacyIndicatorKeys =
    [
        "proactive.total", "proactive.website", "proactive.gazette", "proactive.weibo", "proactive.wechat", "proactive.otherChannels",
        "proactive.normativeDocuments", "normativeDocuments.issued",
        "requests.total", "requests.inPerson", "requests.online", "requests.fax", "requests.letter", "requests.email",
        "requests.letterOrFax", "requests.otherChannels",
        "responses.total", "responses.granted", "responses.partiallyGranted", "responses.denied", "responses.other",
        "responses.alreadyPublic", "responses.notThisAgency", "responses.notExist", "responses.correctionRequested", "responses.otherRoute",
        "complaints.total",
        "reconsideration.total", "reconsideration.upheld", "reconsideration.corrected", "reconsideration.other",
        "litigation.total", "litigation.upheld", "litigation.corrected", "litigation.other",
        "fees.collected",
    ];

    private static string DocsPath => Path.Combine(Samples.RepositoryRoot, "docs", "report.schema.json");

    [Fact]
    public void GetJsonSchema_IsTheFileInDocs()
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DocsPath)!);
            File.WriteAllText(DocsPath, SchemaText);
        }

        File.Exists(DocsPath).Should().BeTrue($"docs/report.schema.json is generated: run `{UpdateVariable}=1 dotnet test` and commit it");
        File.ReadAllText(DocsPath).Should().Be(
            SchemaText,
            $"docs/report.schema.json must be the schema generated from the catalogue; regenerate it with `{UpdateVariable}=1 dotnet test` and commit the change");
    }

    [Fact]
    public void GetJsonSchema_CalledTwice_GivesTheSameText()
    {
        GovDisclosureJson.GetJsonSchema().Should().Be(SchemaText);
        SchemaText.Should().EndWith("}\n").And.NotContain("\r");
    }

    [Fact]
    public void GetJsonSchema_TopLevel_DeclaresDraft2020AndTheRequiredProperties()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var root = schema.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("type").GetString().Should().Be("object");
        root.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        Strings(root.GetProperty("required")).Should().Equal("schemaVersion", "format", "year", "agency");
        Names(root.GetProperty("properties")).Should().Equal(
            "schemaVersion", "format", "year", "agency", "publishedOn", "sourceUrl", "tables", "units", "sections", "breakdowns", "suppressions");
        root.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32().Should().Be(1);
        Strings(root.GetProperty("properties").GetProperty("format").GetProperty("enum")).Should().Equal("legacy", "national2019", "national2021");
        root.GetProperty("properties").GetProperty("year").GetProperty("minimum").GetInt32().Should().Be(2008);
        root.GetProperty("properties").GetProperty("year").GetProperty("maximum").GetInt32().Should().Be(2100);
    }

    [Fact]
    public void GetJsonSchema_EachFormat_PointsItsTablesUnitsAndSectionsAtItsDefinitions()
    {
        using var schema = JsonDocument.Parse(SchemaText);

        var branches = schema.RootElement.GetProperty("allOf").EnumerateArray().ToList();

        branches.Select(b => b.GetProperty("if").GetProperty("properties").GetProperty("format").GetProperty("const").GetString())
            .Should().Equal("legacy", "national2019", "national2021");
        foreach (var branch in branches)
        {
            var format = branch.GetProperty("if").GetProperty("properties").GetProperty("format").GetProperty("const").GetString();
            var then = branch.GetProperty("then").GetProperty("properties");
            then.GetProperty("tables").GetProperty("$ref").GetString().Should().Be($"#/$defs/{format}.tables");
            then.GetProperty("units").GetProperty("$ref").GetString().Should().Be($"#/$defs/{format}.units");
            then.GetProperty("sections").GetProperty("$ref").GetString().Should().Be($"#/$defs/{format}.sections");
        }
    }

    [Fact]
    public void GetJsonSchema_National2021GrantedTotal_IsACount()
    {
        using var schema = JsonDocument.Parse(SchemaText);

        var total = Definition(schema, "national2021.tables")
            .GetProperty("properties").GetProperty("requests")
            .GetProperty("properties").GetProperty("granted")
            .GetProperty("properties").GetProperty("total");

        total.GetProperty("$ref").GetString().Should().Be("#/$defs/count");
        total.GetProperty("description").GetString().Should().Be("总计 — Total");
    }

    [Fact]
    public void GetJsonSchema_ValueDefinitions_SayWhatTheReaderAccepts()
    {
        using var schema = JsonDocument.Parse(SchemaText);

        var count = Definition(schema, "count");
        Strings(count.GetProperty("type")).Should().Equal("integer", "null");
        count.GetProperty("minimum").GetInt32().Should().Be(0);
        var signed = Definition(schema, "signedCount");
        Strings(signed.GetProperty("type")).Should().Equal("integer", "null");
        signed.TryGetProperty("minimum", out _).Should().BeFalse("本年增/减 may be negative");
        var money = Definition(schema, "money");
        Strings(money.GetProperty("type")).Should().Equal("number", "null");
        money.GetProperty("minimum").GetInt32().Should().Be(0);
        Strings(Definition(schema, "moneyUnit").GetProperty("enum")).Should().Equal("yuan", "tenThousandYuan");
    }

    [Fact]
    public void GetJsonSchema_SignedAndMoneyCells_ReferToTheirDefinitions()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var proactive2019 = Definition(schema, "national2019.tables").GetProperty("properties").GetProperty("proactive").GetProperty("properties");
        var proactive2021 = Definition(schema, "national2021.tables").GetProperty("properties").GetProperty("proactive").GetProperty("properties");

        Ref(proactive2019.GetProperty("licensing"), "itemChange").Should().Be("#/$defs/signedCount");
        Ref(proactive2019.GetProperty("licensing"), "previousYearItems").Should().Be("#/$defs/count");
        Ref(proactive2019.GetProperty("centralizedProcurement"), "procurementAmount").Should().Be("#/$defs/money");
        Ref(proactive2021.GetProperty("fees"), "amount").Should().Be("#/$defs/money");
        Names(proactive2021.GetProperty("licensing").GetProperty("properties")).Should().Equal(["decisions"], "a row lists only its applicable columns");
        Names(Definition(schema, "national2019.units").GetProperty("properties")).Should().Equal("proactive.centralizedProcurement.procurementAmount");
        Names(Definition(schema, "national2021.units").GetProperty("properties")).Should().Equal("proactive.fees.amount");
        Names(Definition(schema, "legacy.units").GetProperty("properties")).Should().Equal("legacy.fees.collected.annual", "legacy.fees.collected.cumulative", "legacy.fees.collected.yearToDate");
    }

    [Fact]
    public void GetJsonSchema_LegacyIndicators_ListEveryIndicatorKeyWithItsPeriods()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var legacy = Definition(schema, "legacy.tables").GetProperty("properties").GetProperty("legacy").GetProperty("properties");

        var indicators = legacy.GetProperty("indicators").GetProperty("properties");

        Names(indicators).Should().BeEquivalentTo(LegacyIndicatorKeys);
        Names(indicators).Should().Equal(FormatCatalog.Legacy.Tables[0].Rows.Select(r => r.Key), "indicators are listed in catalogue order");
        foreach (var indicator in indicators.EnumerateObject())
        {
            Names(indicator.Value.GetProperty("properties")).Should().Equal("annual", "cumulative", "yearToDate");
        }

        Ref(indicators.GetProperty("proactive.total"), "annual").Should().Be("#/$defs/count");
        Ref(indicators.GetProperty("fees.collected"), "cumulative").Should().Be("#/$defs/money");
        var otherRow = legacy.GetProperty("otherRows").GetProperty("items");
        Strings(otherRow.GetProperty("required")).Should().Equal("label");
        Ref(otherRow, "annual").Should().Be("#/$defs/number");
    }

    [Fact]
    public void GetJsonSchema_EveryRow_ForbidsOtherProperties()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var rows = 0;

        foreach (var format in FormatCatalog.All)
        {
            var tables = Definition(schema, $"{format.Key}.tables");
            tables.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
            Names(tables.GetProperty("properties")).Should().Equal(format.Tables.Select(t => t.Key));
            foreach (var table in format.Tables)
            {
                var tableSchema = tables.GetProperty("properties").GetProperty(table.Key);
                tableSchema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
                var rowsSchema = format.Format == ReportFormat.Legacy
                    ? tableSchema.GetProperty("properties").GetProperty("indicators")
                    : tableSchema;
                rowsSchema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
                foreach (var row in rowsSchema.GetProperty("properties").EnumerateObject())
                {
                    row.Value.GetProperty("type").GetString().Should().Be("object", $"{format.Key} {table.Key}.{row.Name} is an object (never null)");
                    row.Value.GetProperty("additionalProperties").GetBoolean().Should().BeFalse($"{format.Key} {table.Key}.{row.Name} has only its columns");
                    rows++;
                }
            }
        }

        rows.Should().Be(36 + (8 + 23 + 3) + (6 + 26 + 3), "legacy indicators + national2019 rows + national2021 rows (with the optional otherHandling)");
    }

    [Fact]
    public void GetJsonSchema_OtherHandling2021_ExcludesItsSubRows()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var requests2021 = Definition(schema, "national2021.tables").GetProperty("properties").GetProperty("requests");
        var requests2019 = Definition(schema, "national2019.tables").GetProperty("properties").GetProperty("requests");

        var dependent = requests2021.GetProperty("dependentSchemas").GetProperty("otherHandling").GetProperty("not").GetProperty("anyOf");

        dependent.EnumerateArray().Select(e => Strings(e.GetProperty("required")).Single())
            .Should().Equal("otherNoCorrection", "otherFeeUnpaid", "otherOther");
        requests2019.TryGetProperty("dependentSchemas", out _).Should().BeFalse("national2019 has no sub-rows of （六）其他处理");
        requests2019.GetProperty("properties").TryGetProperty("otherNoCorrection", out _).Should().BeFalse();
    }

    [Fact]
    public void GetJsonSchema_Agency_HasThePatternsOfTheCodes()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var agency = Definition(schema, "agency");

        Strings(agency.GetProperty("required")).Should().Equal("name");
        agency.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        var properties = agency.GetProperty("properties");
        properties.GetProperty("creditCode").GetProperty("pattern").GetString().Should().Be("^[0-9A-HJ-NPQRTUWXY]{18}$");
        properties.GetProperty("divisionCode").GetProperty("pattern").GetString().Should().Be("^(?!00)([0-9]{6}|[0-9]{9}|[0-9]{12})$");
        properties.GetProperty("level").GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())
            .Should().Equal("national", "provincial", "prefectural", "county", "township", null);
        System.Text.RegularExpressions.Regex.IsMatch(JsonTestReports.CreditCode, properties.GetProperty("creditCode").GetProperty("pattern").GetString()!)
            .Should().BeTrue();
    }

    [Fact]
    public void GetJsonSchema_EveryReference_ResolvesToADefinition()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var definitions = Names(schema.RootElement.GetProperty("$defs")).ToHashSet(StringComparer.Ordinal);
        var references = new List<string>();

        Collect(schema.RootElement, references);

        references.Should().NotBeEmpty();
        references.Should().AllSatisfy(r => r.Should().StartWith("#/$defs/"));
        var targets = references.Select(r => r["#/$defs/".Length..]).ToHashSet(StringComparer.Ordinal);
        targets.Should().BeSubsetOf(definitions, "every reference resolves");
        definitions.Should().BeSubsetOf(targets, "every definition is used");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serialize_Report_UsesOnlyPropertiesTheSchemaDeclaresWithTheirKinds(string name)
    {
        using var schema = JsonDocument.Parse(SchemaText);
        using var report = JsonDocument.Parse(GovDisclosureJson.Serialize(JsonTestReports.Get(name)));
        var format = report.RootElement.GetProperty("format").GetString();
        var tables = Definition(schema, $"{format}.tables").GetProperty("properties");

        Names(report.RootElement).Should().BeSubsetOf(Names(schema.RootElement.GetProperty("properties")));
        Names(report.RootElement.GetProperty("agency")).Should().BeSubsetOf(Names(Definition(schema, "agency").GetProperty("properties")));
        foreach (var table in report.RootElement.GetProperty("tables").EnumerateObject())
        {
            var tableSchema = tables.GetProperty(table.Name);
            var rows = format == "legacy" ? table.Value.GetProperty("indicators") : table.Value;
            var rowSchemas = (format == "legacy" ? tableSchema.GetProperty("properties").GetProperty("indicators") : tableSchema).GetProperty("properties");
            foreach (var row in rows.EnumerateObject())
            {
                var columns = rowSchemas.GetProperty(row.Name).GetProperty("properties");
                foreach (var cell in row.Value.EnumerateObject())
                {
                    var kind = Ref(rowSchemas.GetProperty(row.Name), cell.Name);
                    Accepts(kind, cell.Value).Should().BeTrue($"{table.Name}.{row.Name}.{cell.Name} = {cell.Value.GetRawText()} is a {kind}");
                }

                Names(row.Value).Should().BeSubsetOf(Names(columns));
            }
        }
    }

    public static TheoryData<string> Cases() => [.. JsonTestReports.AllCases];

    private static bool Accepts(string? reference, JsonElement value) => value.ValueKind == JsonValueKind.Null || reference switch
    {
        "#/$defs/count" => value.TryGetInt64(out var count) && count >= 0 && !value.GetRawText().Contains('.', StringComparison.Ordinal),
        "#/$defs/signedCount" => value.TryGetInt64(out _) && !value.GetRawText().Contains('.', StringComparison.Ordinal),
        "#/$defs/money" => value.ValueKind == JsonValueKind.Number && value.GetDecimal() >= 0,
        _ => false,
    };

    private static JsonElement Definition(JsonDocument schema, string name) => schema.RootElement.GetProperty("$defs").GetProperty(name);

    private static string? Ref(JsonElement row, string column) => row.GetProperty("properties").GetProperty(column).GetProperty("$ref").GetString();

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    private static void Collect(JsonElement element, List<string> references)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        references.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, references);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, references);
                }

                break;
        }
    }
}
