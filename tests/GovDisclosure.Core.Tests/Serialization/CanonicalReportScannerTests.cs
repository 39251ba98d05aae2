using System.Text;
using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Fuzzing;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;
using GovDisclosure.Tests.Shared;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>
/// The quick reader of the writers' form (<see cref="CanonicalReportScanner"/>) against the strict reader
/// (<see cref="ReportJsonParser.ParseStrict"/>): it reads what the writers produce, gives the strict reader's report
/// whenever it gives one, and gives none where the strict reader fails — so every error still comes, at its place,
/// from the strict reader.
/// </summary>
public sealed class CanonicalReportScannerTests
{
    private static readonly int MaxEntries = ReportJsonReadOptions.Default.MaxListEntries;

    // Set GOVDISCLOSURE_FUZZ_COUNT to run more mutated lines (as for ReaderFuzzTests).
    private static readonly int MutationCount = int.TryParse(Environment.GetEnvironmentVariable("GOVDISCLOSURE_FUZZ_COUNT"), out var count) ? count : 6_000;

    private static readonly List<byte[]> GeneratedLines = Lines(new ReportGenerator(new GeneratorOptions
    {
        Agencies = 40,
        FirstYear = 2014,
        LastYear = 2023,
        ErrorShare = 0.2,
        Seed = 11,
    }).Generate());

    public static TheoryData<string, bool> SampleCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var id in Samples.AllCases)
        {
            data.Add(id, false);
            data.Add(id, true);
        }

        return data;
    }

    [Fact]
    public void GeneratedReports_OfEveryFormat_AreReadAsTheStrictReaderReadsThem()
    {
        var formats = new HashSet<ReportFormat>();
        foreach (var line in GeneratedLines)
        {
            var quick = CanonicalReportScanner.TryRead(line, MaxEntries);

            quick.Should().NotBeNull("the scanner reads every line the writer produces: {0}", Encoding.UTF8.GetString(line));
            ShouldBeSame(quick!, Strict(line)!);
            formats.Add(quick!.Format);
        }

        formats.Should().BeEquivalentTo([ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021]);
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void SampleReports_CompactOrIndented_AreReadAsTheStrictReaderReadsThem(string id, bool indented)
    {
        var document = GovDisclosureJson.SerializeToUtf8Bytes(Samples.Report(id), indented);

        var quick = CanonicalReportScanner.TryRead(document, MaxEntries);

        var strict = Strict(document)!;
        if (strict.Suppressions.IsEmpty)
        {
            quick.Should().NotBeNull("the report holds nothing the scanner leaves to the strict reader");
        }

        if (quick is not null)
        {
            ShouldBeSame(quick, strict);
        }
    }

    [Fact]
    public void RandomReports_WithUnitsBreakdownsOddNamesAndFractions_AreReadAsTheStrictReaderReadsThemOrLeftToIt()
    {
        var read = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var line = GovDisclosureJson.SerializeToUtf8Bytes(RandomReports.Create(seed), indented: false);

            var quick = CanonicalReportScanner.TryRead(line, MaxEntries);

            if (quick is not null)
            {
                ShouldBeSame(quick, Strict(line)!);
                read++;
            }
        }

        read.Should().BeGreaterThan(0, "some random reports are in the plain form");
    }

    [Fact]
    public void MutatedLines_GiveNoReportWhereTheStrictReaderFails_AndTheStrictReadersReportWhereTheyGiveOne()
    {
        var dictionary = FormatCatalog.All.SelectMany(f => f.Tables.SelectMany(t => t.Rows.Select(r => r.Key).Concat(t.Columns.Select(c => c.Key)).Append(t.Key)))
            .Concat(["\"schemaVersion\":", "\"format\":", "\"year\":", "\"agency\":", "\"name\":", "\"publishedOn\":", "\"tables\":", "\"sections\":", "\\u0041", " ", "null", "-1", "1.0", "01", "1e2"]);
        var mutator = new Mutator(seed: 20261206, maxLength: 64 * 1024, dictionary);
        var quickReads = 0;
        for (var i = 0; i < MutationCount; i++)
        {
            // Every fourth input is an indented document: white space between every token.
            var seed = i % 4 == 3 ? GovDisclosureJson.SerializeToUtf8Bytes(Strict(GeneratedLines[i % 97])!, indented: true) : GeneratedLines[i % GeneratedLines.Count];
            var input = mutator.Mutate(seed, GeneratedLines);

            var quick = CanonicalReportScanner.TryRead(input, MaxEntries);

            var strict = Strict(input);
            if (quick is not null)
            {
                strict.Should().NotBeNull("the scanner gave a report for input #{0}, so the strict reader must read it: {1}", i, Encoding.UTF8.GetString(input));
                ShouldBeSame(quick, strict!);
                quickReads++;
            }
        }

        quickReads.Should().BeGreaterThan(100, "some mutations keep the writers' form (a changed figure, a changed name)");
    }

    [Theory]
    [InlineData("\"naturalPerson\":4,", "\"natural\\u0050erson\":4,", "an escaped key")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":4.0,", "a fraction")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":4e0,", "an exponent")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":04,", "a leading zero")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":-4,", "a sign")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":1000000000000000000,", "nineteen digits")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":4,\"naturalPerson\":4,", "a column given twice")]
    [InlineData("\"naturalPerson\":4,\"commercialEnterprise\":0,", "\"commercialEnterprise\":0,\"naturalPerson\":4,", "columns out of order")]
    [InlineData("\"name\":\"祁田县", "\"name\":\"\\ud800祁田县", "a lone surrogate escape")]
    [InlineData("\"name\":\"祁田县", "\"name\":\"\\x41祁田县", "an escape JSON does not have")]
    [InlineData("\"name\":\"祁田县", "\"name\":\"\u0001祁田县", "a control character in a name")]
    [InlineData("\"publishedOn\":\"2024-01-14\"", "\"publishedOn\":\"2024-02-30\"", "a date that does not exist")]
    [InlineData("\"creditCode\":\"11131021434777511G\"", "\"creditCode\":\"11131021434777511\"", "a credit code of 17 characters")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":4 4,", "two numbers")]
    [InlineData("\"naturalPerson\":4,", "\"naturalPerson\":n ull,", "white space inside null")]
    [InlineData("\"year\":2023,", "\"year\":20 23,", "white space inside a number")]
    [InlineData("\"year\":2023,", "\"year\":2023\u00a0,", "a no-break space, which is not JSON's white space")]
    [InlineData("\"year\":2023,", "\"year\":1999,", "a year out of range")]
    [InlineData("\"format\":\"national2021\"", "\"format\":\"national2022\"", "an unknown format")]
    public void Lines_OutsideTheWritersForm_AreLeftToTheStrictReader(string find, string replace, string what)
    {
        var line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(National2021Line()).Replace(find, replace, StringComparison.Ordinal));
        Encoding.UTF8.GetString(line).Should().Contain(replace, "the test changes the line ({0})", what);

        var quick = CanonicalReportScanner.TryRead(line, MaxEntries);

        quick.Should().BeNull("{0} is outside the writers' form", what);
    }

    [Fact]
    public void GeneratedLines_WithSpacesAfterCommasAndColonsAndCrLf_AreReadAsTheStrictReaderReadsThem()
    {
        foreach (var line in GeneratedLines.Take(60))
        {
            // The separators of Python's json.dumps, outside strings, and a CRLF line end.
            var spaced = Encoding.UTF8.GetBytes(SpaceOutsideStrings(Encoding.UTF8.GetString(line)) + "\r\n");

            var quick = CanonicalReportScanner.TryRead(spaced, MaxEntries);

            quick.Should().NotBeNull();
            ShouldBeSame(quick!, Strict(spaced)!);
            ShouldBeSame(quick!, Strict(line)!);
        }
    }

    [Theory]
    [InlineData("\\u7941田县", "祁田县")]
    [InlineData("\\ud840\\udc00田县", "\U00020000田县")]
    [InlineData("\\\"田\\\\县\\/\\n\\r\\t\\b\\f", "\"田\\县/\n\r\t\b\f")]
    public void Line_WithEscapedText_IsReadAsTheStrictReaderReadsIt(string escaped, string text)
    {
        var line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(National2021Line()).Replace("\"name\":\"祁田县", "\"name\":\"" + escaped, StringComparison.Ordinal));

        var quick = CanonicalReportScanner.TryRead(line, MaxEntries);

        quick.Should().NotBeNull();
        quick!.Agency.Name.Should().StartWith(text);
        ShouldBeSame(quick, Strict(line)!);
    }

    [Fact]
    public void Lines_OutsideTheWritersFormButValid_AreReadByTheStrictReaderThroughTheSameEntry()
    {
        var original = National2021Line();
        var reordered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original)
            .Replace("\"naturalPerson\":4,\"commercialEnterprise\":0,", "\"commercialEnterprise\":0,\"naturalPerson\":4,", StringComparison.Ordinal)
            .Replace("\"name\":\"祁田县", "\"name\":\"\\u7941田县", StringComparison.Ordinal));
        CanonicalReportScanner.TryRead(reordered, MaxEntries).Should().BeNull();

        var report = GovDisclosureJson.Deserialize(reordered);

        ShouldBeSame(report, CanonicalReportScanner.TryRead(original, MaxEntries)!);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("\\n", "")]
    [InlineData("", "\\n")]
    public void Line_WithAByteThatIsNotUtf8InAName_IsLeftToTheStrictReaderWhichReportsIt(string before, string after)
    {
        var text = Encoding.UTF8.GetString(National2021Line());
        var at = Encoding.UTF8.GetByteCount(text[..(text.IndexOf("\"name\":\"", StringComparison.Ordinal) + 8)]);
        var bytes = National2021Line();
        byte[] line = [.. bytes[..at], .. Encoding.UTF8.GetBytes(before), 0xE4, 0xB8, .. Encoding.UTF8.GetBytes(after), .. bytes[at..]];

        CanonicalReportScanner.TryRead(line, MaxEntries).Should().BeNull();
        FluentActions.Invoking(() => GovDisclosureJson.Deserialize(line, "bad.jsonl")).Should().ThrowExactly<ReportReadException>()
            .Which.Location.Path.Should().Be("$.agency.name");
    }

    [Fact]
    public void Line_WithAnOptionalRowBesideTheRowsItReplaces_IsLeftToTheStrictReaderWhichNamesTheConflict()
    {
        var table = FormatCatalog.Get(ReportFormat.National2021).Tables.Single(t => t.Rows.Any(r => r.IsOptional && !r.Replaces.IsEmpty));
        var single = table.Rows.First(r => r.IsOptional && !r.Replaces.IsEmpty);
        var replaced = single.Replaces[0];
        var text = Encoding.UTF8.GetString(National2021Line());
        var at = text.IndexOf($"\"{replaced.Key}\":{{", StringComparison.Ordinal);
        at.Should().BePositive();
        var end = text.IndexOf('}', at);
        var line = Encoding.UTF8.GetBytes(text[..(end + 1)] + $",\"{single.Key}\":{{}}" + text[(end + 1)..]);

        CanonicalReportScanner.TryRead(line, MaxEntries).Should().BeNull();
        FluentActions.Invoking(() => GovDisclosureJson.Deserialize(line, "conflict.jsonl")).Should().ThrowExactly<ReportReadException>()
            .Which.Problem.Should().Contain("cannot stand beside");
    }

    [Fact]
    public void Line_WithWhiteSpaceAroundIt_IsRead_AndWithTrailingContentIsLeftToTheStrictReader()
    {
        var line = National2021Line();

        CanonicalReportScanner.TryRead([.. line, .. " \r\n"u8], MaxEntries).Should().NotBeNull();
        CanonicalReportScanner.TryRead([.. " \t"u8, .. line], MaxEntries).Should().NotBeNull();
        CanonicalReportScanner.TryRead([.. line, .. "{}"u8], MaxEntries).Should().BeNull();
        CanonicalReportScanner.TryRead(line.AsSpan(0, line.Length - 1), MaxEntries).Should().BeNull("the line is cut short");
    }

    /// <summary>A generated national2021 report with known agency, date and first figures, written by the writer.</summary>
    private static byte[] National2021Line()
    {
        var generated = GeneratedLines.Select(l => Strict(l)!).First(r => r.Format == ReportFormat.National2021);
        var builder = new AnnualReportBuilder(generated)
        {
            Year = 2023,
            Agency = new Agency("祁田县蒙寨乡人民政府")
            {
                CreditCode = UnifiedSocialCreditCode.Parse("11131021434777511G"),
                DivisionCode = DivisionCode.Parse("131021203"),
                Level = AgencyLevel.Township,
                Kind = AgencyKind.Government,
            },
            PublishedOn = new DateOnly(2024, 1, 14),
        };
        builder.Set(CellKey.Parse("requests.newlyReceived.naturalPerson"), CellValue.Of(4));
        builder.Set(CellKey.Parse("requests.newlyReceived.commercialEnterprise"), CellValue.Of(0));
        return GovDisclosureJson.SerializeToUtf8Bytes(builder.Build(), indented: false);
    }

    private static string SpaceOutsideStrings(string json)
    {
        var spaced = new StringBuilder();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            spaced.Append(c);
            if (c == '\\' && inString)
            {
                spaced.Append(json[++i]);
            }
            else if (c == '"')
            {
                inString = !inString;
            }
            else if (!inString && c is ',' or ':')
            {
                spaced.Append(' ');
            }
            else if (!inString && c is '{' or '[')
            {
                spaced.Append("\n\t");
            }
        }

        return spaced.ToString();
    }

    private static AnnualReport? Strict(byte[] line)
    {
        try
        {
            return ReportJsonParser.ParseStrict(line, "lines.jsonl", 1, ReportJsonReadOptions.Default);
        }
        catch (ReportReadException)
        {
            return null;
        }
    }

    private static void ShouldBeSame(AnnualReport quick, AnnualReport strict)
    {
        quick.Cells.ToArray().Should().Equal(strict.Cells.ToArray());
        GovDisclosureJson.Serialize(quick).Should().Be(GovDisclosureJson.Serialize(strict));
    }

    private static List<byte[]> Lines(IEnumerable<AnnualReport> reports)
    {
        using var stream = new MemoryStream();
        GovDisclosureJson.WriteLines(stream, reports);
        return [.. Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.UTF8.GetBytes)];
    }
}
