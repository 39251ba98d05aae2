using System.Text;
using System.Text.Json;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    // The rows and applicable columns of formats.md, written out here rather than taken from the catalogue.
    private static readonly string[] Proactive2021Rows = ["regulations", "normativeDocuments", "licensing", "penalty", "coercion", "fees"];

    private static readonly string[] RequestColumns =
        ["naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total"];

    private static readonly string[] Requests2021Rows =
    [
        "newlyReceived", "carriedOver", "granted", "partiallyGranted",
        "deniedStateSecret", "deniedProhibitedByLaw", "deniedEndangersSecurity", "deniedThirdPartyRights",
        "deniedInternalAffairs", "deniedProcessInformation", "deniedEnforcementFile", "deniedAdministrativeQuery",
        "unavailableNotHeld", "unavailableNeedsCreation", "unavailableUnclear",
        "notProcessedComplaint", "notProcessedDuplicate", "notProcessedPublication", "notProcessedExcessive", "notProcessedConfirmation",
        "otherNoCorrection", "otherFeeUnpaid", "otherOther",
        "resultsTotal", "carriedForward",
    ];

    private static readonly string[] ReviewRows = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];

    private static readonly string[] ReviewColumns = ["upheld", "corrected", "other", "pending", "total"];

    public static TheoryData<string> AllCases() => [.. JsonTestReports.AllCases];

    public static TheoryData<string> SampleCases() => [.. Samples.AllCases];

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Serialize_ThenDeserialize_GivesAnEqualReportAndTheSameText(string name)
    {
        var report = JsonTestReports.Get(name);

        var json = GovDisclosureJson.Serialize(report);
        var read = GovDisclosureJson.Deserialize(json, name + ".json");

        (read == report).Should().BeTrue($"{name} reads back equal to what was written");
        read.Cells.Should().Equal(report.Cells);
        GovDisclosureJson.Serialize(read).Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void SerializeCompact_ThenDeserialize_GivesAnEqualReportAndTheSameBytes(string name)
    {
        var report = JsonTestReports.Get(name);

        var bytes = GovDisclosureJson.SerializeToUtf8Bytes(report, indented: false);
        var read = GovDisclosureJson.Deserialize(bytes, name + ".json");

        (read == report).Should().BeTrue();
        GovDisclosureJson.SerializeToUtf8Bytes(read, indented: false).Should().Equal(bytes);
        bytes.Should().NotContain((byte)'\n', "a compact report fits on one JSON Lines line");
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void WriteFile_ThenReadFile_GivesAnEqualReport(string name)
    {
        var report = Samples.Report(name);
        var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-{Guid.NewGuid():N}.json");
        try
        {
            GovDisclosureJson.WriteFile(path, report);
            var read = GovDisclosureJson.ReadFile(path);

            (read == report).Should().BeTrue();
            var bytes = File.ReadAllBytes(path);
            bytes.Should().Equal([.. GovDisclosureJson.SerializeToUtf8Bytes(report), (byte)'\n']);
            bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "files are written without a byte order mark");
            bytes.Should().NotContain((byte)'\r', "lines end in LF on every platform");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SerializeAsync_ThenDeserializeAsync_GivesAnEqualReport()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var report = JsonTestReports.Get("national2021-everything");
        using var stream = new MemoryStream();

        await GovDisclosureJson.SerializeAsync(stream, report, cancellationToken: cancellationToken);
        stream.Position = 0;
        var read = await GovDisclosureJson.DeserializeAsync(stream, "report.json", cancellationToken: cancellationToken);

        (read == report).Should().BeTrue();
    }

    [Fact]
    public void Deserialize_Utf8BytesWithByteOrderMark_ReadsTheReport()
    {
        var report = Samples.Report("007-huaian-city-2024");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. GovDisclosureJson.SerializeToUtf8Bytes(report)];

        var read = GovDisclosureJson.Deserialize(bytes);

        (read == report).Should().BeTrue();
    }

    [Fact]
    public void Serialize_MoneyWithDecimals_KeepsTheDigitsAsPrinted()
    {
        var huaian = GovDisclosureJson.Serialize(Samples.Report("007-huaian-city-2024"), indented: false);
        var pingtan2024 = GovDisclosureJson.Serialize(JsonTestReports.Get("national2021-money-decimals"), indented: false);
        var pingtan2019 = GovDisclosureJson.Serialize(Samples.Report("006-pingtan-zone-2019"), indented: false);

        huaian.Should().Contain("\"fees\":{\"amount\":96171.6}");
        pingtan2024.Should().Contain("\"fees\":{\"amount\":4166.241619}");
        pingtan2019.Should().Contain("\"procurementAmount\":75394432.52");
        GovDisclosureJson.Deserialize(pingtan2019)["proactive.centralizedProcurement.procurementAmount"].Value.Should().Be(75394432.52m);
    }

    [Fact]
    public void Serialize_TrailingZerosOfMoney_AreKept()
    {
        var builder = Samples.Report("010-pingtan-zone-2024").ToBuilder();
        builder["proactive.fees.amount"] = CellValue.Of(18651.060m);
        var report = builder.Build();

        var json = GovDisclosureJson.Serialize(report, indented: false);

        json.Should().Contain("\"amount\":18651.060");
        GovDisclosureJson.Deserialize(json)["proactive.fees.amount"].Scale.Should().Be(3);
    }

    [Fact]
    public void Serialize_WholeMoney_IsWrittenWithoutAFraction()
    {
        var builder = Samples.Report("010-pingtan-zone-2024").ToBuilder();
        builder["proactive.fees.amount"] = CellValue.Of(0);

        var json = GovDisclosureJson.Serialize(builder.Build(), indented: false);

        json.Should().Contain("\"fees\":{\"amount\":0}");
    }

    [Fact]
    public void Serialize_NegativeSignedChange_IsWrittenAsANegativeNumber()
    {
        var report = JsonTestReports.Get("national2019-signed-units-blanks");

        var json = GovDisclosureJson.Serialize(report, indented: false);

        json.Should().Contain("\"licensing\":{\"previousYearItems\":396,\"itemChange\":-3,\"decisions\":181}");
        GovDisclosureJson.Deserialize(json)["proactive.licensing.itemChange"].Should().Be(CellValue.Of(-3));
    }

    [Fact]
    public void Serialize_UnitOfTheProcurementAmount_IsWrittenAndReadBack()
    {
        var report = JsonTestReports.Get("national2019-signed-units-blanks");

        var json = GovDisclosureJson.Serialize(report, indented: false);
        var read = GovDisclosureJson.Deserialize(json);

        json.Should().Contain("\"units\":{\"proactive.centralizedProcurement.procurementAmount\":\"yuan\"}");
        read.GetMoneyUnit(CellKey.Parse("proactive.centralizedProcurement.procurementAmount")).Should().Be(MoneyUnit.Yuan);
    }

    [Fact]
    public void Serialize_DefaultUnit_IsNotWritten()
    {
        var json = GovDisclosureJson.Serialize(Samples.Report("007-huaian-city-2024"));

        json.Should().NotContain("\"units\"");
    }

    [Fact]
    public void Serialize_AgencyWithEveryDetail_WritesThemAll()
    {
        var report = JsonTestReports.Get("national2021-everything");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var agency = document.RootElement.GetProperty("agency");

        agency.EnumerateObject().Select(p => p.Name).Should().Equal("name", "creditCode", "divisionCode", "level", "kind");
        agency.GetProperty("name").GetString().Should().Be("淮安市人民政府");
        agency.GetProperty("creditCode").GetString().Should().Be(JsonTestReports.CreditCode);
        agency.GetProperty("divisionCode").GetString().Should().Be("320800");
        agency.GetProperty("level").GetString().Should().Be("prefectural");
        agency.GetProperty("kind").GetString().Should().Be("government");
        document.RootElement.GetProperty("publishedOn").GetString().Should().Be("2025-01-24");
    }

    [Fact]
    public void Serialize_TopLevel_WritesPropertiesInTheContractOrder()
    {
        var report = JsonTestReports.Get("legacy-three-periods-other-rows");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));

        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "schemaVersion", "format", "year", "agency", "publishedOn", "tables", "sections", "breakdowns", "suppressions");
        document.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        document.RootElement.GetProperty("format").GetString().Should().Be("legacy");
    }

    [Fact]
    public void Serialize_Sections_KeepChineseQuotesLineBreaksAndMarkup()
    {
        var report = JsonTestReports.Get("national2021-everything");

        var json = GovDisclosureJson.Serialize(report);
        var read = GovDisclosureJson.Deserialize(json);

        read.GetSection(ReportSection.Overview).Should().Be(JsonTestReports.AwkwardText);
        json.Should().Contain("“以公开为常态、不公开为例外”");
        json.Should().NotContain("<script>", "markup characters are escaped so that the JSON can be embedded in HTML");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("sections").EnumerateObject().Select(p => p.Name)
            .Should().Equal("overview", "problemsAndImprovements", "otherMatters");
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Serialize_ChineseText_IsWrittenUnescaped(string name)
    {
        var report = Samples.Report(name);

        var json = GovDisclosureJson.Serialize(report);
        var line = Encoding.UTF8.GetString(GovDisclosureJson.SerializeToUtf8Bytes(report, indented: false));

        json.Should().Contain($"\"name\": \"{report.Agency.Name}\"");
        line.Should().Contain($"\"name\":\"{report.Agency.Name}\"");
        json.Should().NotContain("\\u", "no character of these reports needs escaping");
    }

    [Fact]
    public void Serialize_Breakdowns_AreWrittenWithTheirPrintedLabels()
    {
        var report = Samples.Report("000-gaoqiao-township-2018");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var breakdowns = document.RootElement.GetProperty("breakdowns");

        breakdowns.EnumerateObject().Select(p => p.Name).Should().Equal("proactiveByCategory", "proactiveByChannel", "figures");
        breakdowns.GetProperty("proactiveByCategory").EnumerateArray().Select(e => e.GetProperty("count").GetInt64()).Sum().Should().Be(198);
        breakdowns.GetProperty("proactiveByCategory")[1].GetProperty("label").GetString().Should().Be("政策、规范性文件类");
        breakdowns.GetProperty("proactiveByChannel")[0].GetProperty("count").GetInt64().Should().Be(47);
    }

    [Fact]
    public void Serialize_Suppressions_AreWrittenAndReadBackInOrder()
    {
        var report = JsonTestReports.Get("national2021-everything");

        var json = GovDisclosureJson.Serialize(report, indented: false);
        var read = GovDisclosureJson.Deserialize(json);

        json.Should().Contain("\"suppressions\":[{\"code\":\"requests.balance.total\",\"cells\":[\"requests.resultsTotal.total\",\"requests.carriedForward.total\"],");
        read.Suppressions.Should().Equal(report.Suppressions);
        read.Suppressions[1].Cells.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_National2021AllBlank_WritesEveryRowAndApplicableColumnOfFormatsMdAsNull()
    {
        var report = JsonTestReports.Get("national2021-all-blank");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var tables = document.RootElement.GetProperty("tables");

        tables.EnumerateObject().Select(p => p.Name).Should().Equal("proactive", "requests", "reviews");
        var proactive = tables.GetProperty("proactive");
        proactive.EnumerateObject().Select(p => p.Name).Should().Equal(Proactive2021Rows);
        ShouldBeAllNull(proactive.GetProperty("regulations"), "issued", "repealed", "inForce");
        ShouldBeAllNull(proactive.GetProperty("normativeDocuments"), "issued", "repealed", "inForce");
        ShouldBeAllNull(proactive.GetProperty("licensing"), "decisions");
        ShouldBeAllNull(proactive.GetProperty("penalty"), "decisions");
        ShouldBeAllNull(proactive.GetProperty("coercion"), "decisions");
        ShouldBeAllNull(proactive.GetProperty("fees"), "amount");

        var requests = tables.GetProperty("requests");
        requests.EnumerateObject().Select(p => p.Name).Should().Equal(Requests2021Rows, "the single otherHandling row is written only by reports that use it");
        foreach (var row in requests.EnumerateObject())
        {
            ShouldBeAllNull(row.Value, RequestColumns);
        }

        var reviews = tables.GetProperty("reviews");
        reviews.EnumerateObject().Select(p => p.Name).Should().Equal(ReviewRows);
        foreach (var row in reviews.EnumerateObject())
        {
            ShouldBeAllNull(row.Value, ReviewColumns);
        }
    }

    [Fact]
    public void Serialize_National2019AllBlank_WritesEveryRowAndApplicableColumnOfFormatsMdAsNull()
    {
        var report = JsonTestReports.Get("national2019-all-blank");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var tables = document.RootElement.GetProperty("tables");

        var proactive = tables.GetProperty("proactive");
        proactive.EnumerateObject().Select(p => p.Name).Should().Equal(
            "regulations", "normativeDocuments", "licensing", "otherManagementServices", "penalty", "coercion", "fees", "centralizedProcurement");
        ShouldBeAllNull(proactive.GetProperty("regulations"), "newlyMade", "newlyPublished", "totalPublished");
        ShouldBeAllNull(proactive.GetProperty("normativeDocuments"), "newlyMade", "newlyPublished", "totalPublished");
        foreach (var row in new[] { "licensing", "otherManagementServices", "penalty", "coercion" })
        {
            ShouldBeAllNull(proactive.GetProperty(row), "previousYearItems", "itemChange", "decisions");
        }

        ShouldBeAllNull(proactive.GetProperty("fees"), "previousYearItems", "itemChange");
        ShouldBeAllNull(proactive.GetProperty("centralizedProcurement"), "procurementProjects", "procurementAmount");

        var requests = tables.GetProperty("requests");
        string[] rows2019 = [.. Requests2021Rows.Where(r => !r.StartsWith("other", StringComparison.Ordinal))];
        string[] expectedRows = [.. rows2019[..20], "otherHandling", .. rows2019[20..]];
        requests.EnumerateObject().Select(p => p.Name).Should().Equal(expectedRows);
        expectedRows.Should().HaveCount(23);
        foreach (var row in requests.EnumerateObject())
        {
            ShouldBeAllNull(row.Value, RequestColumns);
        }

        tables.GetProperty("reviews").EnumerateObject().Select(p => p.Name).Should().Equal(ReviewRows);
    }

    [Fact]
    public void Serialize_SingleOtherHandlingRow_IsWrittenInsteadOfTheThreeSubRows()
    {
        var report = JsonTestReports.Get("national2021-single-other-handling");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var requests = document.RootElement.GetProperty("tables").GetProperty("requests");
        var read = GovDisclosureJson.Deserialize(GovDisclosureJson.Serialize(report));

        string[] expectedRows = [.. Requests2021Rows[..20], "otherHandling", .. Requests2021Rows[23..]];
        requests.EnumerateObject().Select(p => p.Name).Should().Equal(expectedRows);
        requests.GetProperty("otherHandling").GetProperty("otherOrganization").ValueKind.Should().Be(JsonValueKind.Null);
        read.Requests.IsRowPresent(RequestRow.OtherHandling).Should().BeTrue();
        read.Requests.IsRowPresent(RequestRow.OtherNoCorrection).Should().BeFalse();
        read["requests.otherHandling.total"].Should().Be(report["requests.otherHandling.total"]);
    }

    [Fact]
    public void Serialize_LegacyWithOnlyAnAnnualColumn_WritesOnlyTheAnnualColumn()
    {
        var report = JsonTestReports.Get("legacy-annual-only");

        using var document = JsonDocument.Parse(GovDisclosureJson.Serialize(report));
        var indicators = document.RootElement.GetProperty("tables").GetProperty("legacy").GetProperty("indicators");
        var read = GovDisclosureJson.Deserialize(GovDisclosureJson.Serialize(report));

        indicators.GetProperty("proactive.total").EnumerateObject().Select(p => p.Name).Should().Equal("annual");
        indicators.GetProperty("proactive.total").GetProperty("annual").GetInt64().Should().Be(425);
        indicators.GetProperty("requests.total").GetProperty("annual").ValueKind.Should().Be(JsonValueKind.Null);
        indicators.EnumerateObject().Should().OnlyContain(row => row.Value.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "annual" }));
        read.LegacyPeriods.Should().Equal(LegacyPeriod.Annual);
    }

    [Fact]
    public void Serialize_LegacyWithThreePeriodsAndOtherRows_WritesEveryPeriodOfEveryRow()
    {
        var report = JsonTestReports.Get("legacy-three-periods-other-rows");

        var json = GovDisclosureJson.Serialize(report, indented: false);
        var read = GovDisclosureJson.Deserialize(json);
        using var document = JsonDocument.Parse(json);
        var legacy = document.RootElement.GetProperty("tables").GetProperty("legacy");

        json.Should().Contain("\"proactive.total\":{\"annual\":208,\"cumulative\":2758,\"yearToDate\":208}");
        json.Should().Contain("\"proactive.website\":{\"annual\":200,\"cumulative\":2624,\"yearToDate\":null}");
        json.Should().Contain("\"fees.collected\":{\"annual\":0.35,");
        json.Should().Contain(
            "\"otherRows\":[{\"label\":\"依申请公开信息目录数\",\"annual\":12,\"cumulative\":null,\"yearToDate\":null},"
            + "{\"label\":\"信息处理费（元）\",\"annual\":4166.241619,\"cumulative\":96171.6,\"yearToDate\":null},"
            + "{\"label\":\"其中：“政务公开栏”公开数\",\"annual\":null,\"cumulative\":47,\"yearToDate\":null}]");
        legacy.EnumerateObject().Select(p => p.Name).Should().Equal("indicators", "otherRows");
        read.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative, LegacyPeriod.YearToDate);
        read.LegacyOtherRows.Should().Equal(report.LegacyOtherRows);
    }

    [Fact]
    public void Serialize_LegacyIndicatorsNotPrinted_AreLeftOutAndReadBackAsNotApplicable()
    {
        var report = JsonTestReports.Get("legacy-all-blank-indicators");

        var json = GovDisclosureJson.Serialize(report, indented: false);
        var read = GovDisclosureJson.Deserialize(json);

        json.Should().Contain(
            "\"indicators\":{\"proactive.total\":{\"annual\":null,\"cumulative\":null},\"requests.total\":{\"annual\":null,\"cumulative\":null},"
            + "\"fees.collected\":{\"annual\":null,\"cumulative\":null}},\"otherRows\":[]");
        read["legacy.proactive.total.annual"].IsBlank.Should().BeTrue();
        read["legacy.proactive.website.annual"].IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void Deserialize_AbsentCell_IsReadAsBlank()
    {
        var json = """
            {"schemaVersion":1,"format":"national2021","year":2024,"agency":{"name":"淮安市人民政府"},
             "tables":{"proactive":{"fees":{}},"requests":{"granted":{"total":51}}}}
            """;

        var report = GovDisclosureJson.Deserialize(json);

        report["requests.granted.total"].Should().Be(CellValue.Of(51));
        report["requests.granted.naturalPerson"].IsBlank.Should().BeTrue();
        report["proactive.fees.amount"].IsBlank.Should().BeTrue();
        report["reviews.reconsideration.total"].IsBlank.Should().BeTrue();
        report.Requests.IsRowPresent(RequestRow.OtherHandling).Should().BeFalse();
    }

    [Fact]
    public void Deserialize_OptionalPropertiesAsNull_AreReadAsAbsent()
    {
        var json = """
            {"schemaVersion":1,"format":"national2019","year":2019,
             "agency":{"name":"平潭综合实验区管委会","creditCode":null,"divisionCode":null,"level":null,"kind":null},
             "publishedOn":null,"sourceUrl":null,"tables":null,"units":null,"sections":null,"breakdowns":null,"suppressions":null}
            """;

        var report = GovDisclosureJson.Deserialize(json);

        (report == JsonTestReports.Get("national2019-all-blank")).Should().BeTrue();
    }

    private static void ShouldBeAllNull(JsonElement row, params string[] columns)
    {
        row.EnumerateObject().Select(p => p.Name).Should().Equal(columns);
        row.EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind == JsonValueKind.Null);
    }
}
