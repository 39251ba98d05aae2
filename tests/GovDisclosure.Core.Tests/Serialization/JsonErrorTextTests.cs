using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>
/// The exact text and place of the JSON reader's errors that the strict reading tests only name: wrong tokens where an
/// object or array belongs, empty labels, missing properties of list entries, bad unit keys, and errors in the parts of a
/// report written before its identity (read once the identity is known).
/// </summary>
public sealed class JsonErrorTextTests
{
    private const string Marker = BadJson.Marker;

    private static readonly AnnualReport Huaian = Samples.Report("007-huaian-city-2024");
    private static readonly AnnualReport Gaoqiao = Samples.Report("000-gaoqiao-township-2018");
    private static readonly AnnualReport OtherRows = JsonTestReports.Get("legacy-three-periods-other-rows");
    private static readonly AnnualReport Everything = JsonTestReports.Get("national2021-everything");
    private static readonly AnnualReport Pingtan2019 = JsonTestReports.Get("national2019-signed-units-blanks");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    // ---- a wrong token where an object or array belongs ---------------------------------------------------------

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("12", "the number 12")]
    [InlineData("[]", "an array")]
    [InlineData("\"淮安市人民政府\"", "the string \"淮安市人民政府\"")]
    [InlineData("\"0123456789012345678901234567890123456789\"", "the string \"0123456789012345678901234567890123456789\"")]
    [InlineData("\"0123456789012345678901234567890123456789X\"", "the string \"0123456789012345678901234567890123456789…\"")]
    public void Deserialize_AgencyNotAnObject_SaysWhatWasExpectedAndWhatWasFound(string token, string found)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency");
        error.Problem.Should().Be($"expected an object with the agency's name and, optionally, creditCode, divisionCode, level and kind, found {found}.");
    }

    [Fact]
    public void Deserialize_TableNotAnObject_NamesTheTable()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"] = Marker, "[1]");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests");
        error.Problem.Should().Be("expected an object of the rows of table 'requests', found an array.");
    }

    [Fact]
    public void Deserialize_RowNotAnObject_NamesTheRow()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"] = Marker, "5");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted");
        error.Problem.Should().Be("expected an object of the cells of row 'granted', found the number 5.");
    }

    [Fact]
    public void Deserialize_BreakdownsNotAnObject_ListsTheBreakdowns()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["breakdowns"] = Marker, "true");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.breakdowns");
        error.Problem.Should().Be("expected an object with proactiveByCategory, proactiveByChannel, figures, found true.");
    }

    [Fact]
    public void Deserialize_OtherRowsNotAnArray_SaysAnArrayOfRows()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["tables"]!["legacy"]!["otherRows"] = Marker, "{}");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.otherRows");
        error.Problem.Should().Be("expected an array of rows the catalogue does not know, each with its printed label, found an object.");
    }

    // ---- texts of the agency -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \\t \"")]
    public void Deserialize_BlankAgencyName_SaysTheNameIsEmpty(string token)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["name"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.name");
        error.Problem.Should().Be("the agency's name is empty.");
    }

    [Fact]
    public void Deserialize_UnknownAgencyKind_ListsTheKinds()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["kind"] = Marker, "\"committee\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.kind");
        error.Problem.Should().Be("unknown kind 'committee': expected government, department.");
    }

    // ---- the single row and its sub-rows -------------------------------------------------------------------------

    [Fact]
    public void Deserialize_SingleRowAfterASubRow_NamesBothAndTheSubRows()
    {
        var bad = BadJson.Make(
            Huaian,
            root =>
            {
                var requests = root["tables"]!["requests"]!.AsObject();
                requests.Remove("otherOther");
                requests[Marker] = new JsonObject { ["total"] = 1 };
            },
            "\"otherHandling\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.otherHandling");
        error.Problem.Should().Be(
            "row 'otherHandling' cannot stand beside row 'otherNoCorrection': a report uses either the single row 'otherHandling' or its sub-rows 'otherNoCorrection', 'otherFeeUnpaid', 'otherOther', never both.");
    }

    [Fact]
    public void Deserialize_SubRowAfterTheSingleRow_NamesBothAndTheSubRows()
    {
        var report = JsonTestReports.Get("national2021-single-other-handling");
        var bad = BadJson.Make(report, root => root["tables"]!["requests"]![Marker] = new JsonObject(), "\"otherFeeUnpaid\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.otherFeeUnpaid");
        error.Problem.Should().Be(
            "row 'otherFeeUnpaid' cannot stand beside row 'otherHandling': a report uses either the single row 'otherHandling' or its sub-rows 'otherNoCorrection', 'otherFeeUnpaid', 'otherOther', never both.");
    }

    // ---- units ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_UnitOfACellTwice_IsADuplicateProperty()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["units"]![Marker] = "yuan", "\"proactive.centralizedProcurement.procurementAmount\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.units['proactive.centralizedProcurement.procurementAmount']");
        error.Problem.Should().Be("duplicate property 'proactive.centralizedProcurement.procurementAmount'.");
    }

    [Fact]
    public void Deserialize_UnitOfSomethingThatIsNotACellKey_SaysSo()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["units"]![Marker] = "yuan", "\"procurementAmount\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.units.procurementAmount");
        error.Problem.Should().Be("'procurementAmount' is not a cell key (table.row.column).");
    }

    [Fact]
    public void Deserialize_UnitOfACellTheFormatDoesNotHave_DescribesTheUnknownCell()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["units"]![Marker] = "yuan", "\"proactive.fees.amount\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.units['proactive.fees.amount']");
        error.Problem.Should().Be(Pingtan2019.Definition.DescribeUnknownCell(CellKey.Parse("proactive.fees.amount")));
        error.Problem.Should().Contain("has no column 'amount'");
    }

    // ---- legacy rows, breakdowns and suppressions: entries with a property missing or empty ------------------------

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void Deserialize_OtherRowWithAnEmptyLabel_SaysTheLabelIsEmpty(string token)
    {
        var bad = BadJson.Make(OtherRows, root => root["tables"]!["legacy"]!["otherRows"]![0]!["label"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.otherRows[0].label");
        error.Problem.Should().Be("the row's label is empty.");
    }

    [Fact]
    public void Deserialize_OtherRowWithoutALabel_ThrowsAtTheRow()
    {
        var bad = BadJson.Make(OtherRows, root => root["tables"]!["legacy"]!["otherRows"]![0] = Marker, "{\"annual\": 1}");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.otherRows[0]");
        error.Problem.Should().Be("missing required property 'label' (the row's label as printed).");
    }

    [Fact]
    public void Deserialize_BreakdownEntryWithAnEmptyLabel_SaysTheLabelIsEmpty()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["breakdowns"]!["proactiveByCategory"]![1]!["label"] = Marker, "\" \"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.breakdowns.proactiveByCategory[1].label");
        error.Problem.Should().Be("the label is empty.");
    }

    [Fact]
    public void Deserialize_BreakdownEntryWithANullCount_SaysACountIsNeverBlank()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["breakdowns"]!["proactiveByCategory"]![1]!["count"] = Marker, "null");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.breakdowns.proactiveByCategory[1].count");
        error.Problem.Should().Be("expected a whole number ≥ 0, found null (a stated count cannot be blank).");
    }

    [Theory]
    [InlineData("{\"count\": 3}", "label")]
    [InlineData("{\"label\": \"其他\"}", "count")]
    [InlineData("{}", "label")]
    public void Deserialize_BreakdownEntryWithoutAProperty_NamesIt(string entry, string property)
    {
        var bad = BadJson.Make(Gaoqiao, root => root["breakdowns"]!["proactiveByCategory"]![0] = Marker, entry);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.breakdowns.proactiveByCategory[0]");
        error.Problem.Should().Be($"missing required property '{property}' (each entry has a label and a count).");
    }

    [Fact]
    public void Deserialize_SuppressionCitingSomethingThatIsNotACellKey_SaysSo()
    {
        var bad = BadJson.Make(Everything, root => root["suppressions"]![0]!["cells"]![1] = Marker, "\"carriedForward\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.suppressions[0].cells[1]");
        error.Problem.Should().Be("'carriedForward' is not a cell key (table.row.column).");
    }

    [Theory]
    [InlineData("{\"cells\": [], \"reason\": \"原表如此。\"}", "code")]
    [InlineData("{\"code\": \" \", \"cells\": [], \"reason\": \"原表如此。\"}", "code")]
    [InlineData("{\"code\": \"reviews.total\", \"cells\": []}", "reason")]
    [InlineData("{\"code\": \"reviews.total\", \"cells\": [], \"reason\": \"\"}", "reason")]
    public void Deserialize_SuppressionWithoutCodeOrReason_NamesWhichAtTheSuppression(string suppression, string property)
    {
        var bad = BadJson.Make(Everything, root => root["suppressions"]![1] = Marker, suppression);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.suppressions[1]");
        error.Problem.Should().Be($"missing or empty required property '{property}' (a suppression has a code, cells and a reason).");
    }

    // ---- parts written before the identity ---------------------------------------------------------------------------

    [Theory]
    [InlineData("units")]
    [InlineData("sections")]
    [InlineData("suppressions")]
    [InlineData("tables", "units", "sections", "suppressions")]
    public void Deserialize_PartsBeforeTheIdentity_AreReadAsWhenAfterIt(params string[] first)
    {
        var report = Pingtan2019.ToBuilder();
        report.SetSection(ReportSection.Overview, "概述。");
        var expected = report.Build();

        var read = GovDisclosureJson.Deserialize(Reordered(expected, first).ToJsonString());

        read.Should().Be(expected);
        read.MoneyUnits.Should().NotBeEmpty();
        read.Sections.Should().NotBeEmpty();
        read.Suppressions.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("units", "$.units['proactive.centralizedProcurement.procurementAmount']")]
    [InlineData("sections", "$.sections.overview")]
    [InlineData("suppressions", "$.suppressions[0].code")]
    public void Deserialize_ErrorInAPartBeforeTheIdentity_NamesItsPathAfterTheOtherParts(string part, string path)
    {
        var builder = Pingtan2019.ToBuilder();
        builder.SetSection(ReportSection.Overview, "概述。");
        var root = Reordered(builder.Build(), "tables", "units", "sections", "suppressions");
        switch (part)
        {
            case "units":
                root["units"]!["proactive.centralizedProcurement.procurementAmount"] = Marker;
                break;
            case "sections":
                root["sections"]!["overview"] = Marker;
                break;
            default:
                root["suppressions"]![0]!["code"] = Marker;
                break;
        }

        var text = root.ToJsonString(Indented);
        var index = text.IndexOf("\"" + Marker + "\"", StringComparison.Ordinal);
        text = text.Replace("\"" + Marker + "\"", "7", StringComparison.Ordinal);
        var (line, column) = BadJson.PositionOf(text, index);

        var error = BadJson.ReadError(text);

        error.Location.Path.Should().Be(path);
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().Be(column);
        error.Problem.Should().EndWith("found the number 7.");
    }

    // ---- syntax errors -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("{\n\n\"schemaVersion\": 1,\n  \"year\": tru\n}", 4, 14)]
    [InlineData("{\n\"schemaVersion\": 1,\n\n\n  \"year\": 2024 x\n}", 5, 16)]
    [InlineData("{\"schemaVersion\": 1,\n\"agency\": {\"name\": \"淮安\"}, x}", 2, 27)]
    public void Deserialize_InvalidJsonAfterEmptyLines_NamesTheLineAndColumn(string text, long line, long column)
    {
        var error = BadJson.ReadError(text);

        error.Problem.Should().StartWith("invalid JSON: ");
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().Be(column);
    }

    private static JsonObject Reordered(AnnualReport report, params string[] first)
    {
        var root = JsonNode.Parse(GovDisclosureJson.Serialize(report))!.AsObject();
        var reordered = new JsonObject();
        foreach (var name in first)
        {
            reordered[name] = root[name]!.DeepClone();
        }

        foreach (var (name, value) in root)
        {
            if (!first.Contains(name))
            {
                reordered[name] = value?.DeepClone();
            }
        }

        return reordered;
    }
}
