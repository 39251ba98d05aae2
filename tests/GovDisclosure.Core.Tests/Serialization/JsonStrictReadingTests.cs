using System.Globalization;
using System.Text.Json.Nodes;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>The strict reading rules of json.md: each error is a <see cref="ReportReadException"/> naming the JSON path and the offending token's line and column.</summary>
public sealed class JsonStrictReadingTests
{
    private const string Marker = BadJson.Marker;

    private static readonly AnnualReport Huaian = Samples.Report("007-huaian-city-2024");
    private static readonly AnnualReport Pingtan2019 = Samples.Report("006-pingtan-zone-2019");
    private static readonly AnnualReport Gaoqiao = Samples.Report("000-gaoqiao-township-2018");

    // ---- limits ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("[", 17)]
    [InlineData("[", 1_000_000)]
    [InlineData("{\"a\":", 200_000)]
    public void Deserialize_NestedPastTheDepthLimit_FailsAtTheDepthWithoutMemoryGrowingWithIt(string unit, int depth)
    {
        var json = "{\"schemaVersion\":1,\"units\":{\"a\":" + string.Concat(Enumerable.Repeat(unit, depth));
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(bytes, "deep.json")).Should().ThrowExactly<ReportReadException>().Which;

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        error.Problem.Should().Contain("depth of 16");
        error.Location.Line.Should().Be(1);
        error.Location.Column.Should().BeLessThan(200, "the reader stops at the 17th level");
        allocated.Should().BeLessThan(256 * 1024, "memory does not grow with the nesting");
    }

    [Fact]
    public void Deserialize_MoreLegacyOtherRowsThanTheLimit_FailsNamingTheFirstEntryOver()
    {
        // A limit above the seed report's breakdowns, and one more unknown row than it allows.
        var limit = Enum.GetValues<BreakdownKind>().Max(k => Gaoqiao.Breakdowns.Get(k).Length) + 2;
        var builder = Gaoqiao.ToBuilder();
        for (var i = Gaoqiao.LegacyOtherRows.Length; i <= limit; i++)
        {
            builder.AddLegacyOtherRow(new LegacyOtherRow($"其他{i}", CellValue.Of(i), CellValue.Blank));
        }

        var json = GovDisclosureJson.SerializeToUtf8Bytes(builder.Build());
        var options = new ReportJsonReadOptions { MaxListEntries = limit };

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(json, "many.json", options)).Should().ThrowExactly<ReportReadException>().Which;

        error.Location.Path.Should().Be($"$.tables.legacy.otherRows[{options.MaxListEntries}]");
        error.Problem.Should().Contain("MaxListEntries");
        GovDisclosureJson.Deserialize(json, "many.json", options with { MaxListEntries = options.MaxListEntries + 1 }).LegacyOtherRows.Should().HaveCount(options.MaxListEntries + 1);
    }

    [Fact]
    public void Deserialize_MoreSuppressionsOrBreakdownEntriesThanTheLimit_Fails()
    {
        var builder = Huaian.ToBuilder();
        builder.AddSuppression(new Suppression("GD0201", [CellKey.Parse("requests.granted.total"), CellKey.Parse("requests.granted.naturalPerson")], "核对无误"));
        builder.AddBreakdown(BreakdownKind.Figures, "甲", 1).AddBreakdown(BreakdownKind.Figures, "乙", 2);
        var json = GovDisclosureJson.SerializeToUtf8Bytes(builder.Build());
        var options = new ReportJsonReadOptions { MaxListEntries = 1 };

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(json, null, options)).Should().ThrowExactly<ReportReadException>().Which;

        error.Location.Path.Should().BeOneOf("$.breakdowns.figures[1]", "$.suppressions[0].cells[1]");
        GovDisclosureJson.Deserialize(json, null, options with { MaxListEntries = 2 }).Suppressions.Should().ContainSingle();
    }

    // ---- unknown and duplicate properties ----------------------------------------------------------------------

    [Fact]
    public void Deserialize_UnknownTopLevelProperty_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root[Marker] = 1, "\"comment\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.comment");
        error.Problem.Should().Contain("unknown property 'comment'").And.Contain("schemaVersion, format, year, agency");
    }

    [Fact]
    public void Deserialize_UnknownAgencyProperty_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]![Marker] = "淮安市", "\"address\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.address");
        error.Problem.Should().Contain("unknown property 'address'").And.Contain("name, creditCode, divisionCode, level, kind");
    }

    [Fact]
    public void Deserialize_UnknownPropertyInARow_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]![Marker] = 1, "\"applicants\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted.applicants");
        error.Problem.Should().Contain("'applicants'").And.Contain("naturalPerson");
    }

    [Fact]
    public void Deserialize_DuplicateTopLevelProperty_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root[Marker] = 2023, "\"year\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.year");
        error.Problem.Should().Contain("duplicate property 'year'");
    }

    [Fact]
    public void Deserialize_DuplicateCell_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]![Marker] = 51, "\"total\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted.total");
        error.Problem.Should().Contain("duplicate property 'total'");
    }

    [Fact]
    public void Deserialize_DuplicateRow_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["reviews"]![Marker] = new JsonObject(), "\"reconsideration\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.reviews.reconsideration");
    }

    // ---- wrong types -------------------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_StringInACountCell_ThrowsWithPath()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["tables"]!["legacy"]!["indicators"]!["proactive.total"]!["annual"] = Marker, "\"208\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.indicators['proactive.total'].annual");
        error.Problem.Should().Be("expected a whole number ≥ 0 (a count) or null (blank), found the string \"208\".");
    }

    [Fact]
    public void Deserialize_StringInANationalCell_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]!["total"] = Marker, "\"208\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted.total");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{\"value\":1}")]
    public void Deserialize_NonNumberInACell_ThrowsWithPath(string token)
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["reviews"]!["reconsideration"]!["upheld"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.reviews.reconsideration.upheld");
        error.Problem.Should().StartWith("expected a whole number ≥ 0 (a count) or null (blank), found ");
    }

    [Fact]
    public void Deserialize_ObjectForYear_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["year"] = Marker, "{\"value\":2024}");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.year");
        error.Problem.Should().Be("expected the reporting year, a whole number from 2008 to 2100, found an object.");
    }

    [Theory]
    [InlineData("\"2024\"")]
    [InlineData("2024.0")]
    [InlineData("null")]
    public void Deserialize_YearNotAWholeNumber_ThrowsWithPath(string token)
    {
        var bad = BadJson.Make(Huaian, root => root["year"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.year");
    }

    [Fact]
    public void Deserialize_NumberForAgencyName_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["name"] = Marker, "320800");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.name");
        error.Problem.Should().Be("expected the agency's name (a string), found the number 320800.");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("null")]
    public void Deserialize_EmptyAgencyName_ThrowsWithPath(string token)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["name"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.name");
    }

    [Fact]
    public void Deserialize_NullRow_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"] = Marker, "null");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted");
        error.Problem.Should().Contain("a blank cell is null inside the row object");
    }

    // ---- counts and money ------------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_NegativeCount_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]!["total"] = Marker, "-1");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted.total");
        error.Problem.Should().Be("expected a whole number ≥ 0 (a count) or null (blank), found -1: a count cannot be negative.");
    }

    [Fact]
    public void Deserialize_NegativeLegacyCount_ThrowsWithPath()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["tables"]!["legacy"]!["indicators"]!["proactive.total"]!["cumulative"] = Marker, "-2758");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.indicators['proactive.total'].cumulative");
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("3.0")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("-0.0")]
    public void Deserialize_FractionOrExponentInACount_ThrowsWithPath(string token)
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["penalty"]!["decisions"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.penalty.decisions");
        error.Problem.Should().Contain($"found {token}").And.Contain("without a fraction or an exponent");
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("1e1")]
    public void Deserialize_FractionInASignedCount_ThrowsWithPath(string token)
    {
        var bad = BadJson.Make(Pingtan2019, root => root["tables"]!["proactive"]!["licensing"]!["itemChange"] = Marker, token);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.licensing.itemChange");
    }

    [Fact]
    public void Deserialize_NegativeSignedCount_IsRead()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["tables"]!["proactive"]!["licensing"]!["itemChange"] = Marker, "-3");

        var report = GovDisclosureJson.Deserialize(bad.Text);

        report["proactive.licensing.itemChange"].Should().Be(CellValue.Of(-3));
    }

    [Fact]
    public void Deserialize_CountTooLarge_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["penalty"]!["decisions"] = Marker, "99999999999999999999");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.penalty.decisions");
        error.Problem.Should().Contain("more than 18 significant digits");
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("999999999999999999", 999_999_999_999_999_999)]
    public void Deserialize_CountOfUpToEighteenDigits_IsReadExactly(string printed, long expected)
    {
        var json = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["penalty"]!["decisions"] = Marker, printed);

        var report = GovDisclosureJson.Deserialize(json.Text);

        report[CellKey.Parse("proactive.penalty.decisions")].Should().Be(CellValue.Of(expected));
    }

    [Theory]
    [InlineData("1000000000000000000", "more than 18 significant digits")]
    [InlineData("-1", "a count cannot be negative")]
    [InlineData("1.0", "without a fraction or an exponent")]
    [InlineData("1e2", "without a fraction or an exponent")]
    public void Deserialize_CountNotOfPlainDigits_ThrowsWithPath(string printed, string problem)
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["penalty"]!["decisions"] = Marker, printed);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.penalty.decisions");
        error.Problem.Should().Contain(problem);
    }

    [Theory]
    [InlineData("96171", "96171")]
    [InlineData("96171.60", "96171.60")]
    [InlineData("0", "0")]
    public void Deserialize_MoneyAsPrinted_KeepsItsDecimalPlaces(string printed, string expected)
    {
        var json = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["fees"]!["amount"] = Marker, printed);

        var report = GovDisclosureJson.Deserialize(json.Text);

        report[CellKey.Parse("proactive.fees.amount")].ToString(null, System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void Deserialize_NegativeMoney_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["fees"]!["amount"] = Marker, "-96171.6");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.fees.amount");
        error.Problem.Should().Contain("found -96171.6: an amount of money cannot be negative");
    }

    [Fact]
    public void Deserialize_MoneyWithTooManyDigits_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["fees"]!["amount"] = Marker, "96171.60000000000000000001");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.fees.amount");
        error.Problem.Should().Contain("more than 18 significant digits");
    }

    [Fact]
    public void Deserialize_MoneyInExponentForm_IsRead()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["fees"]!["amount"] = Marker, "9.61716E4");

        var report = GovDisclosureJson.Deserialize(bad.Text);

        report["proactive.fees.amount"].Value.Should().Be(96171.6m);
    }

    // ---- format, keys and year ------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_UnknownFormat_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["format"] = Marker, "\"national2024\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.format");
        error.Problem.Should().Be("unknown format 'national2024': expected legacy, national2019 or national2021.");
    }

    [Fact]
    public void Deserialize_FormatKeyInAnotherCase_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["format"] = Marker, "\"National2021\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.format");
    }

    [Fact]
    public void Deserialize_UnknownTable_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]![Marker] = new JsonObject(), "\"appeals\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.appeals");
        error.Problem.Should().Contain("proactive, requests, reviews");
    }

    [Fact]
    public void Deserialize_LegacyTableInANationalReport_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]![Marker] = new JsonObject(), "\"legacy\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy");
    }

    [Fact]
    public void Deserialize_UnknownRow_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]![Marker] = new JsonObject(), "\"grantedInPart\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.grantedInPart");
        error.Problem.Should().Contain("table 'requests' of the national2021 format has rows");
    }

    [Fact]
    public void Deserialize_UnknownLegacyIndicator_ThrowsWithPath()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["tables"]!["legacy"]!["indicators"]![Marker] = new JsonObject(), "\"proactive.wechatArticles\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.indicators['proactive.wechatArticles']");
    }

    [Fact]
    public void Deserialize_UnknownColumn_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]![Marker] = 1, "\"upheld\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.granted.upheld");
    }

    [Fact]
    public void Deserialize_SubRowOfNational2021InNational2019_ThrowsWithPath()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["tables"]!["requests"]![Marker] = new JsonObject(), "\"otherNoCorrection\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.otherNoCorrection");
        error.Problem.Should().Contain("national2019");
    }

    [Fact]
    public void Deserialize_ColumnOfNational2019InNational2021_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["regulations"]![Marker] = 1, "\"newlyMade\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.regulations.newlyMade");
        error.Problem.Should().Contain("issued, repealed, inForce");
    }

    [Fact]
    public void Deserialize_RowOfNational2019InNational2021_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]![Marker] = new JsonObject(), "\"centralizedProcurement\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.centralizedProcurement");
    }

    [Fact]
    public void Deserialize_ColumnOfTheTableButNotOfTheRow_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["proactive"]!["licensing"]![Marker] = 3, "\"issued\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.licensing.issued");
        error.Problem.Should().Contain("row 'licensing' of table 'proactive' has cells in columns decisions");
    }

    [Fact]
    public void Deserialize_AmountOnARowWithoutMoney2019_ThrowsWithPath()
    {
        var bad = BadJson.Make(Pingtan2019, root => root["tables"]!["proactive"]!["fees"]![Marker] = 1, "\"decisions\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.proactive.fees.decisions");
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2101)]
    public void Deserialize_YearOutOfRange_ThrowsWithPath(int year)
    {
        var bad = BadJson.Make(Huaian, root => root["year"] = Marker, year.ToString(CultureInfo.InvariantCulture));

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.year");
        error.Problem.Should().Be($"year {year} is out of range: expected 2008 to 2100.");
    }

    [Theory]
    [InlineData(2008)]
    [InlineData(2100)]
    public void Deserialize_YearAtTheEndsOfTheRange_IsRead(int year)
    {
        var bad = BadJson.Make(Huaian, root => root["year"] = Marker, year.ToString(CultureInfo.InvariantCulture));

        var report = GovDisclosureJson.Deserialize(bad.Text);

        report.Year.Should().Be(year);
    }

    // ---- required properties and schema version ---------------------------------------------------------------

    [Theory]
    [InlineData("schemaVersion")]
    [InlineData("format")]
    [InlineData("year")]
    [InlineData("agency")]
    public void Deserialize_MissingRequiredProperty_ThrowsAtTheObject(string property)
    {
        var root = JsonNode.Parse(GovDisclosureJson.Serialize(Huaian))!.AsObject();
        root.Remove(property);

        var error = BadJson.ReadError(root.ToJsonString());

        error.Location.Path.Should().Be("$");
        error.Location.Line.Should().Be(1);
        error.Location.Column.Should().Be(1);
        error.Problem.Should().StartWith($"missing required property '{property}'");
    }

    [Fact]
    public void Deserialize_MissingAgencyName_ThrowsAtTheAgencyObject()
    {
        var text = """
            {
              "schemaVersion": 1,
              "format": "national2021",
              "year": 2024,
              "agency": { "level": "prefectural" }
            }
            """;

        var error = BadJson.ReadError(text);

        error.Location.Path.Should().Be("$.agency");
        error.Location.Line.Should().Be(5);
        error.Location.Column.Should().Be(13);
        error.Problem.Should().Be("missing required property 'name' (the agency's name).");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    public void Deserialize_UnsupportedSchemaVersion_ThrowsWithPath(string version)
    {
        var bad = BadJson.Make(Huaian, root => root["schemaVersion"] = Marker, version);

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.schemaVersion");
        error.Problem.Should().Be($"unsupported schemaVersion {version}: this library reads schemaVersion 1.");
    }

    [Fact]
    public void Deserialize_SchemaVersionAsString_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["schemaVersion"] = Marker, "\"1\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.schemaVersion");
    }

    // ---- broken documents --------------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_TruncatedInTheMiddle_SaysTruncatedAtTheEnd()
    {
        var json = GovDisclosureJson.Serialize(Huaian);
        var cut = json[..json.IndexOf("\"deniedThirdPartyRights\"", StringComparison.Ordinal)];

        var error = BadJson.ReadError(cut);

        error.Problem.Should().Be("unexpected end of input: the JSON is truncated.");
        var lines = cut.Split('\n');
        error.Location.Line.Should().Be(lines.Length);
        error.Location.Column.Should().Be(lines[^1].Length + 1, "the end of the input is where more was expected");
        error.Location.Path.Should().StartWith("$.tables");
        error.Location.Source.Should().Be("report.json");
    }

    [Theory]
    [InlineData("000-gaoqiao-township-2018")]
    [InlineData("007-huaian-city-2024")]
    public void Deserialize_CutAtAnyPoint_SaysTruncated(string id)
    {
        var json = GovDisclosureJson.Serialize(JsonTestReports.Get(id), indented: false);
        var wrong = new List<string>();

        for (var length = 1; length < json.Length; length++)
        {
            try
            {
                GovDisclosureJson.Deserialize(json[..length]);
                wrong.Add($"{length}: read without an error");
            }
            catch (ReportReadException exception) when (exception.Problem != "unexpected end of input: the JSON is truncated.")
            {
                wrong.Add($"{length} (…{json[(length - Math.Min(length, 20))..length]}): {exception.Problem}");
            }
            catch (ReportReadException)
            {
                // The expected error.
            }
        }

        wrong.Should().BeEmpty("a report cut anywhere is reported as truncated");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\r\n\t  \n")]
    public void Deserialize_EmptyOrWhitespaceOnly_ThrowsSayingEmpty(string text)
    {
        var error = BadJson.ReadError(text);

        error.Problem.Should().Be("the input is empty: expected a JSON object holding one report.");
        error.Location.Line.Should().Be(1);
        error.Location.Source.Should().Be("report.json");
        error.Message.Should().StartWith("report.json:1: ");
    }

    [Fact]
    public void Deserialize_TopLevelArray_ThrowsAtTheArray()
    {
        var text = "\n  [" + GovDisclosureJson.Serialize(Huaian, indented: false) + "]";

        var error = BadJson.ReadError(text);

        error.Location.Path.Should().Be("$");
        error.Location.Line.Should().Be(2);
        error.Location.Column.Should().Be(3);
        error.Problem.Should().Contain("found an array").And.Contain("JSON Lines");
    }

    [Theory]
    [InlineData("x")]
    [InlineData("1")]
    [InlineData("{}")]
    [InlineData("\n{\"schemaVersion\":1}")]
    public void Deserialize_ContentAfterTheReportObject_ThrowsAtTheContent(string trailing)
    {
        var json = GovDisclosureJson.Serialize(Huaian);
        var text = json + " " + trailing;
        var (line, column) = BadJson.PositionOf(text, text.Length - trailing.TrimStart('\n').Length);

        var error = BadJson.ReadError(text);

        error.Problem.Should().NotContain("truncated").And.StartWith("unexpected content after the report object");
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().Be(column);
    }

    [Fact]
    public void Deserialize_CommentInTheDocument_ThrowsAtTheComment()
    {
        var text = "{\n  // 淮安\n  \"schemaVersion\": 1 }";

        var error = BadJson.ReadError(text);

        error.Problem.Should().StartWith("invalid JSON:");
        error.Location.Line.Should().Be(2);
        error.Location.Column.Should().Be(3);
    }

    [Fact]
    public void Deserialize_TrailingComma_ThrowsWithLine()
    {
        var json = GovDisclosureJson.Serialize(Huaian);
        var text = json[..json.LastIndexOf('}')].TrimEnd() + ",\n}";

        var error = BadJson.ReadError(text);

        error.Problem.Should().StartWith("invalid JSON:");
        error.Location.Line.Should().Be(text.Split('\n').Length);
    }

    // ---- replacement rows, agency codes, dates, addresses, suppressions, units -------------------------------------

    [Fact]
    public void Deserialize_OtherHandlingBesideASubRow_ThrowsWithPath()
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
        error.Problem.Should().Contain("'otherHandling'").And.Contain("never both");
    }

    [Fact]
    public void Deserialize_SubRowAfterOtherHandling_ThrowsWithPath()
    {
        var report = JsonTestReports.Get("national2021-single-other-handling");
        var bad = BadJson.Make(report, root => root["tables"]!["requests"]![Marker] = new JsonObject(), "\"otherFeeUnpaid\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.requests.otherFeeUnpaid");
        error.Problem.Should().Contain("never both");
    }

    [Theory]
    [InlineData("11320800MB123456")]
    [InlineData("11320800MB1234567I")]
    [InlineData("11320800mb1234567x")]
    public void Deserialize_CreditCodeOfTheWrongShape_ThrowsWithPath(string code)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["creditCode"] = Marker, $"\"{code}\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.creditCode");
        error.Problem.Should().Contain("is not a unified social credit code");
    }

    [Theory]
    [InlineData("32080")]
    [InlineData("3208001")]
    [InlineData("32080A")]
    [InlineData("003208")]
    public void Deserialize_DivisionCodeOfTheWrongShape_ThrowsWithPath(string code)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["divisionCode"] = Marker, $"\"{code}\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.divisionCode");
        error.Problem.Should().Contain("is not an administrative division code");
    }

    [Fact]
    public void Deserialize_DivisionCodeAsNumber_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["divisionCode"] = Marker, "320800");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.divisionCode");
    }

    [Theory]
    [InlineData("city")]
    [InlineData("Prefectural")]
    public void Deserialize_UnknownAgencyLevel_ThrowsWithPath(string level)
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["level"] = Marker, $"\"{level}\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.level");
        error.Problem.Should().Be($"unknown level '{level}': expected national, provincial, prefectural, county, township.");
    }

    [Fact]
    public void Deserialize_UnknownAgencyKind_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["kind"] = Marker, "\"committee\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.agency.kind");
    }

    [Theory]
    [InlineData("2025/01/24")]
    [InlineData("2025-1-24")]
    [InlineData("2025-02-30")]
    [InlineData("2025-01-24T00:00:00")]
    [InlineData("2025年1月24日")]
    [InlineData("2023-02-29")]
    [InlineData("0000-01-24")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("２０２５-01-24")]
    [InlineData(" 2025-01-24")]
    [InlineData("2025-01-2 ")]
    public void Deserialize_BadPublicationDate_ThrowsWithPath(string date)
    {
        var bad = BadJson.Make(Huaian, root => root["publishedOn"] = Marker, $"\"{date}\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.publishedOn");
        error.Problem.Should().Be($"'{date}' is not a date: expected YYYY-MM-DD, such as 2024-01-29.");
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Deserialize_PublicationDate_ReadsEveryValidDay(string text, int year, int month, int day)
    {
        var json = BadJson.Make(Huaian, root => root["publishedOn"] = Marker, $"\"{text}\"").Text;

        GovDisclosureJson.Deserialize(json).PublishedOn.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("zwgk/2025/art_1.html")]
    [InlineData("../art_1.html")]
    [InlineData("/col/16641_832611/art_1.html")]
    [InlineData("//www.huaian.gov.cn/art_1.html")]
    [InlineData("")]
    public void Deserialize_RelativeSourceUrl_ThrowsWithPath(string url)
    {
        var bad = BadJson.Make(Huaian, root => root["sourceUrl"] = Marker, $"\"{url}\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.sourceUrl");
        error.Problem.Should().Be($"'{url}' is not an absolute URI.");
    }

    [Fact]
    public void Deserialize_SuppressionCitingAnUnknownCell_ThrowsWithPath()
    {
        var bad = BadJson.Make(
            Huaian,
            root => root["suppressions"] = new JsonArray(new JsonObject
            {
                ["code"] = "requests.balance.total",
                ["cells"] = new JsonArray(Marker),
                ["reason"] = "原表如此",
            }),
            "\"requests.granted.applicants\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.suppressions[0].cells[0]");
        error.Problem.Should().Contain("no column 'applicants'");
    }

    [Fact]
    public void Deserialize_SecondSuppressionCitingACellOfAnotherFormat_ThrowsWithPath()
    {
        var bad = BadJson.Make(
            JsonTestReports.Get("national2021-everything"),
            root => root["suppressions"]![1]!["cells"] = new JsonArray("requests.granted.total", Marker),
            "\"proactive.regulations.newlyMade\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.suppressions[1].cells[1]");
    }

    [Fact]
    public void Deserialize_SuppressionWithoutReason_ThrowsAtTheSuppression()
    {
        var text = """
            {"schemaVersion":1,"format":"national2021","year":2024,"agency":{"name":"淮安市人民政府"},
            "suppressions":[{"code":"reviews.total","cells":[]}]}
            """;

        var error = BadJson.ReadError(text);

        error.Location.Path.Should().Be("$.suppressions[0]");
        error.Location.Line.Should().Be(2);
        error.Location.Column.Should().Be(17);
        error.Problem.Should().Contain("'reason'");
    }

    [Fact]
    public void Deserialize_UnitOnACountCell_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["units"] = new JsonObject { [Marker] = "yuan" }, "\"requests.granted.total\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.units['requests.granted.total']");
        error.Problem.Should().Be("cell requests.granted.total holds a count, not money; only money cells have a unit.");
    }

    [Fact]
    public void Deserialize_UnknownUnit_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["units"] = new JsonObject { ["proactive.fees.amount"] = Marker }, "\"元\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.units['proactive.fees.amount']");
        error.Problem.Should().Be("unknown unit '元': expected yuan or tenThousandYuan.");
    }

    [Fact]
    public void Deserialize_UnknownSection_ThrowsWithPath()
    {
        var bad = BadJson.Make(Huaian, root => root["sections"] = new JsonObject { [Marker] = "……" }, "\"fees\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.sections.fees");
        error.Problem.Should().Contain("the national2021 format has sections overview");
    }

    [Fact]
    public void Deserialize_NegativeBreakdownCount_ThrowsWithPath()
    {
        var bad = BadJson.Make(Gaoqiao, root => root["breakdowns"]!["proactiveByChannel"]![0]!["count"] = Marker, "-47");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.breakdowns.proactiveByChannel[0].count");
    }

    [Fact]
    public void Deserialize_UnknownPropertyOfAnOtherRow_ThrowsWithPath()
    {
        var bad = BadJson.Make(
            JsonTestReports.Get("legacy-three-periods-other-rows"),
            root => root["tables"]!["legacy"]!["otherRows"]![1]![Marker] = 1,
            "\"unit\"");

        var error = bad.ReadError();

        bad.ShouldPointAt(error, "$.tables.legacy.otherRows[1].unit");
    }

    // ---- order and line ends ---------------------------------------------------------------------------------

    [Fact]
    public void Deserialize_TablesBeforeFormat_AreReadAndErrorsPointIntoThem()
    {
        var root = JsonNode.Parse(GovDisclosureJson.Serialize(Huaian))!.AsObject();
        var tables = root["tables"]!.DeepClone();
        root.Remove("tables");
        var reordered = new JsonObject { ["tables"] = tables };
        foreach (var (name, value) in root)
        {
            reordered[name] = value?.DeepClone();
        }

        var good = GovDisclosureJson.Deserialize(reordered.ToJsonString());
        reordered["tables"]!["reviews"]!["litigationDirect"]!["total"] = Marker;
        var text = reordered.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, NewLine = "\n" });
        var index = text.IndexOf("\"" + Marker + "\"", StringComparison.Ordinal);
        text = text.Replace("\"" + Marker + "\"", "-20", StringComparison.Ordinal);
        var (line, column) = BadJson.PositionOf(text, index);

        var error = BadJson.ReadError(text);

        (good == Huaian).Should().BeTrue();
        error.Location.Path.Should().Be("$.tables.reviews.litigationDirect.total");
        error.Location.Line.Should().Be(line);
        error.Location.Column.Should().Be(column);
        text.IndexOf("\"format\"", StringComparison.Ordinal).Should().BeGreaterThan(index, "the tables come before the format");
    }

    [Fact]
    public void Deserialize_ErrorsInTablesAndInALaterProperty_ReportsTheFirstInDocumentOrder()
    {
        // Written in the writer's order (identity first), the tables are read where they stand, in one pass.
        var bad = BadJson.Make(
            Huaian,
            root =>
            {
                root["tables"]!["reviews"]!["litigationDirect"]!["total"] = Marker;
                root.Remove("breakdowns");
                root["breakdowns"] = "none";
            },
            "-20");

        var error = BadJson.ReadError(bad.Text);

        bad.Text.IndexOf("\"breakdowns\"", StringComparison.Ordinal).Should().BeGreaterThan(bad.Text.IndexOf("\"tables\"", StringComparison.Ordinal));
        bad.ShouldPointAt(error, "$.tables.reviews.litigationDirect.total");
    }

    [Fact]
    public void Deserialize_CrlfDocument_ErrorNamesLineAndColumn()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["carriedForward"]!["total"] = Marker, "\"4\"");
        var crlf = bad.Text.Replace("\n", "\r\n", StringComparison.Ordinal);

        var error = BadJson.ReadError(crlf);

        bad.ShouldPointAt(error, "$.tables.requests.carriedForward.total");
    }

    [Fact]
    public void Deserialize_CrlfDocument_IsRead()
    {
        var crlf = GovDisclosureJson.Serialize(Huaian).Replace("\n", "\r\n", StringComparison.Ordinal);

        (GovDisclosureJson.Deserialize(crlf) == Huaian).Should().BeTrue();
    }

    // ---- messages --------------------------------------------------------------------------------------------

    [Fact]
    public void Message_OfAnError_StartsWithSourceLineColumnAndPath()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["requests"]!["granted"]!["total"] = Marker, "\"208\"");

        var error = bad.ReadError();

        error.Message.Should().Be(
            $"report.json:{bad.Line}:{bad.Column}: $.tables.requests.granted.total: expected a whole number ≥ 0 (a count) or null (blank), found the string \"208\".");
    }

    [Fact]
    public void Message_WithoutASource_StartsWithTheLine()
    {
        var bad = BadJson.Make(Huaian, root => root["year"] = Marker, "2007");

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(bad.Text)).Should().ThrowExactly<ReportReadException>().Which;

        error.Message.Should().Be($"line {bad.Line}:{bad.Column}: $.year: year 2007 is out of range: expected 2008 to 2100.");
        error.Location.Source.Should().BeNull();
    }

    [Fact]
    public void Column_AfterChineseText_CountsCharactersNotBytes()
    {
        var bad = BadJson.Make(Huaian, root => root["tables"]!["reviews"]!["reconsideration"]!["total"] = Marker, "-351", indented: false);

        var error = bad.ReadError();

        bad.Line.Should().Be(1);
        bad.ShouldPointAt(error, "$.tables.reviews.reconsideration.total");
    }

    [Fact]
    public void ReadFile_BadFile_NamesTheFile()
    {
        var bad = BadJson.Make(Huaian, root => root["agency"]!["level"] = Marker, "\"city\"");
        var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, bad.Text);
        try
        {
            var error = FluentActions.Invoking(() => GovDisclosureJson.ReadFile(path)).Should().ThrowExactly<ReportReadException>().Which;

            error.Location.Source.Should().Be(path);
            error.Message.Should().StartWith($"{path}:{bad.Line}:{bad.Column}: $.agency.level: ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deserialize_StreamLargerThanTheLimit_Throws()
    {
        using var stream = new MemoryStream(GovDisclosureJson.SerializeToUtf8Bytes(Huaian));
        var options = new ReportJsonReadOptions { MaxDocumentBytes = 1000 };

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(stream, "big.json", options)).Should().ThrowExactly<ReportReadException>().Which;

        error.Location.Source.Should().Be("big.json");
        error.Problem.Should().Contain("MaxDocumentBytes");
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_Throws()
    {
        var bytes = GovDisclosureJson.SerializeToUtf8Bytes(Huaian);
        var index = bytes.AsSpan().IndexOf("淮安市人民政府"u8);
        bytes[index + 1] = 0xFF;

        var error = FluentActions.Invoking(() => GovDisclosureJson.Deserialize(bytes, "report.json")).Should().ThrowExactly<ReportReadException>().Which;

        error.Location.Source.Should().Be("report.json");
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_ThrowsWithPathAndColumn()
    {
        var text = System.Text.Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"format\":\"legacy\",\"year\":2015,\"agency\":{\"name\":\"X\"}}");
        var at = Array.IndexOf(text, (byte)'X');
        text[at] = 0xFF;

        var read = () => GovDisclosureJson.Deserialize(text, "bad.json");

        var error = read.Should().Throw<ReportReadException>().Which;
        error.Problem.Should().Contain("not valid UTF-8");
        error.Location.Path.Should().Be("$.agency.name");
        error.Location.Line.Should().Be(1);
        error.Location.Column.Should().NotBeNull();
    }
}
