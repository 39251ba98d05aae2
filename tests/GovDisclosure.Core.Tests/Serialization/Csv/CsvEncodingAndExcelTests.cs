using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>Byte order marks, GB18030 files, files saved by Excel, and text that a spreadsheet would run as a formula.</summary>
public sealed class CsvEncodingAndExcelTests
{
    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    [Fact]
    public void Write_ByDefault_StartsWithAUtf8ByteOrderMarkAndEndsRecordsWithCrLf()
    {
        var bytes = CsvTestKit.Write([Huaian]);

        bytes.AsSpan(0, 3).ToArray().Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes).Should().Contain("\r\n");
        Encoding.UTF8.GetString(bytes).Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", "records end with CRLF");
    }

    [Fact]
    public void Write_WithoutByteOrderMark_StartsWithTheHeader()
    {
        var bytes = CsvTestKit.Write([Huaian], new CsvWriteOptions { WriteByteOrderMark = false });

        Encoding.UTF8.GetString(bytes).Should().StartWith("agencyName,");
        CsvTestKit.Read(bytes).Single().Should().Be(CsvTestKit.WithoutText(Huaian));
    }

    [Theory]
    [InlineData(CsvLayout.Tidy)]
    [InlineData(CsvLayout.Wide)]
    public void Read_Gb18030File_IsDetected(CsvLayout layout)
    {
        var text = CsvTestKit.WriteText([Huaian], new CsvWriteOptions { Layout = layout });
        var gb18030 = GovDisclosureCsv.Gb18030.GetBytes(text);

        gb18030.Should().NotEqual(Encoding.UTF8.GetBytes(text), "the Chinese text is encoded otherwise");
        CsvTestKit.Read(gb18030).Single().Should().Be(CsvTestKit.WithoutText(Huaian));
    }

    [Fact]
    public void Read_Gb18030FileWhoseStartIsAscii_NeedsTheEncodingNamed()
    {
        // More than 64 KiB of plain ASCII (no labels, agencies named in ASCII) before the first Chinese character: too late to detect.
        var blank = JsonTestReports.Get("national2021-all-blank");
        var reports = Enumerable.Range(0, 6).Select(i => blank with { Agency = new Agency($"Agency {i}") }).Append(Huaian).ToList();
        var lines = new CsvLines(CsvTestKit.WriteText(reports));
        var text = string.Join("\r\n", Enumerable.Range(0, lines.Count).Select(i => string.Join(',', lines[i].Take(lines.Header.Length - 2)))) + "\r\n";
        var gb18030 = GovDisclosureCsv.Gb18030.GetBytes(text);

        gb18030.AsSpan(0, 64 * 1024).IndexOfAnyExceptInRange((byte)0, (byte)0x7F).Should().Be(-1);
        var error = Assert.Throws<ReportReadException>(() => CsvTestKit.Read(gb18030));
        error.Location.Path.Should().Be("agencyName");
        error.Message.Should().Contain("the text is not valid UTF-8").And.Contain("--encoding gb18030");

        CsvTestKit.Read(gb18030, new CsvReadOptions { Encoding = GovDisclosureCsv.Gb18030 }).Last().Should().Be(CsvTestKit.WithoutText(Huaian));
    }

    [Fact]
    public void Read_FileSavedByExcel_WithByteOrderMarkCrLfAndEveryFieldQuoted_ReadsTheReport()
    {
        // What Excel's "CSV UTF-8" writes: a byte order mark, CRLF, fields quoted (here: all of them, quotes doubled).
        var report = Huaian with { Agency = new Agency("-淮安市 \"数据\" 局, 办公室") };
        var lines = CsvTestKit.WriteText([report]).TrimEnd('\n').TrimEnd('\r').Split("\r\n");
        var excel = new StringBuilder("\uFEFF");
        foreach (var line in lines)
        {
            excel.Append(string.Join(',', Fields(line).Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        var read = CsvTestKit.Read(Encoding.UTF8.GetBytes(excel.ToString()));

        read.Single().Should().Be(CsvTestKit.WithoutText(report));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+86 县政府")]
    [InlineData("-一局")]
    [InlineData("@某局")]
    [InlineData("\t某局")]
    [InlineData("'引号开头")]
    public void Write_TextThatStartsLikeAFormula_IsWrittenWithAMarkAndReadBackAsItWas(string name)
    {
        var report = Huaian with { Agency = new Agency(name) };

        var text = CsvTestKit.WriteText([report]);
        var firstField = text.Split("\r\n")[1];

        Fields(firstField)[0].Should().StartWith("'", "a spreadsheet shows a field starting with ' as text");
        CsvTestKit.Read(text).Single().Agency.Name.Should().Be(name);
    }

    [Fact]
    public void Write_NegativeSignedCount_IsANumberWithoutAMark()
    {
        var report = JsonTestReports.Get("national2019-signed-units-blanks");
        var lines = new CsvLines(CsvTestKit.WriteText([report]));

        var values = Enumerable.Range(1, lines.Count - 1).Select(i => lines[i][Array.IndexOf(lines.Header, "value")]);

        values.Should().Contain(v => v.StartsWith('-')).And.NotContain(v => v.StartsWith('\''));
    }

    [Fact]
    public async Task WriteAsync_ThenReadAsync_GivesTheReports()
    {
        // Each with its own agency: two reports of one agency, year and format cannot share a tidy file.
        var reports = JsonTestReports.AllCases.Select(JsonTestReports.Get).Select((r, i) => r with { Agency = r.Agency with { Name = $"{r.Agency.Name} {i}" } }).ToList();
        using var stream = new MemoryStream();

        await GovDisclosureCsv.WriteAsync(stream, reports.ToAsyncEnumerable(), cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;
        var read = new List<AnnualReport>();
        await foreach (var report in GovDisclosureCsv.ReadAsync(stream, "reports.csv", cancellationToken: TestContext.Current.CancellationToken))
        {
            read.Add(report);
        }

        read.Should().Equal(reports.Select(CsvTestKit.WithoutText));
        stream.ToArray().Should().Equal(CsvTestKit.Write(reports));
    }

    [Fact]
    public async Task ReadAsync_BadValue_ThrowsWithTheLine()
    {
        var csv = new CsvLines(CsvTestKit.WriteText([Huaian])).Set("requests.granted.total", "value", "x");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));

        var act = async () =>
        {
            await foreach (var unused in GovDisclosureCsv.ReadAsync(stream, "reports.csv", cancellationToken: TestContext.Current.CancellationToken))
            {
            }
        };

        (await act.Should().ThrowAsync<ReportReadException>()).Which.Location.Path.Should().Be("value");
    }

    [Fact]
    public void Write_ToATextWriter_GivesTheSameTextAsToAStream()
    {
        using var writer = new StringWriter();

        GovDisclosureCsv.Write(writer, [Huaian]);

        writer.ToString().Should().Be(Encoding.UTF8.GetString(CsvTestKit.Write([Huaian])).TrimStart('\uFEFF').Insert(0, "\uFEFF"));
    }

    [Fact]
    public void ReadFile_AndWriteFile_UseTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "govdisclosure-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            GovDisclosureCsv.WriteFile(path, [Huaian], CsvTestKit.Wide);

            GovDisclosureCsv.ReadFile(path).Single().Should().Be(CsvTestKit.WithoutText(Huaian));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Splits one CSV line into its fields with CsvHelper, as another program would read it.</summary>
    private static string[] Fields(string line)
    {
        using var reader = CsvHelper.CsvReader.FromText(line + "\r\n", CsvHelper.CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        reader.Read();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.GetSpan(i)))];
    }
}
