using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>
/// The encoding detection of a CSV input, the stream that gives its start back to the reader, and asynchronous reading
/// that stops as the synchronous one does: at a bad header, at malformed CSV and past the reports limit.
/// </summary>
public sealed class CsvInputAndAsyncReadingTests
{
    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    private static AnnualReport Legacy => JsonTestReports.Get("legacy-three-periods-other-rows");

    // ---- encoding detection ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x61 })]
    public void Detect_ByteOrderMark_WinsOverANamedEncoding(byte[] start)
    {
        CsvInput.Detect(start, GovDisclosureCsv.Gb18030, whole: true).Should().BeNull("the reader honours the byte order mark itself");
    }

    [Fact]
    public void Detect_NamedUtf8_IsTheReadersDefault()
    {
        CsvInput.Detect("机构"u8, new UTF8Encoding(false), whole: true).Should().BeNull();
        CsvInput.Detect("机构"u8, Encoding.UTF8, whole: true).Should().BeNull();
        CsvInput.Detect("机构"u8, GovDisclosureCsv.Gb18030, whole: true).Should().BeSameAs(GovDisclosureCsv.Gb18030);
    }

    [Fact]
    public void Detect_WithoutByteOrderMarkOrName_IsUtf8UnlessTheBytesAreNot()
    {
        var gb = GovDisclosureCsv.Gb18030.GetBytes("机构名称");
        var utf8 = Encoding.UTF8.GetBytes("机构名称");

        CsvInput.Detect(utf8, null, whole: true).Should().BeNull();
        CsvInput.Detect(gb, null, whole: true).Should().BeSameAs(GovDisclosureCsv.Gb18030);
        CsvInput.Detect(utf8.AsSpan(0, 4), null, whole: false).Should().BeNull("a character cut at the end of the start may go on");
        CsvInput.Detect(utf8.AsSpan(0, 4), null, whole: true).Should().BeSameAs(GovDisclosureCsv.Gb18030, "the whole input cannot end inside a character");
    }

    // ---- the stream given to the reader -----------------------------------------------------------------------------

    [Theory]
    [InlineData(100, 7)]
    [InlineData(CsvInput.DetectionBytes + 100, 4096)]
    [InlineData(CsvInput.DetectionBytes + 100, 50_000)]
    public void Open_ReadInSmallPieces_GivesTheWholeInputOnce(int length, int piece)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();
        var (input, encoding) = CsvInput.Open(new MemoryStream(bytes), null);

        var read = new List<byte>();
        var buffer = new byte[piece];
        int count;
        while ((count = input.Read(buffer, 0, piece)) > 0)
        {
            read.AddRange(buffer.AsSpan(0, count).ToArray());
        }

        encoding.Should().BeNull();
        read.Should().Equal(bytes);
        input.CanRead.Should().BeTrue();
        input.CanSeek.Should().BeFalse();
        input.CanWrite.Should().BeFalse();
    }

    [Fact]
    public async Task OpenAsync_ReadInSmallPieces_GivesTheWholeInputOnce()
    {
        var bytes = Enumerable.Range(0, CsvInput.DetectionBytes + 100).Select(i => (byte)('a' + (i % 26))).ToArray();
        var (input, _) = await CsvInput.OpenAsync(new MemoryStream(bytes), null, TestContext.Current.CancellationToken);

        var read = new List<byte>();
        var buffer = new byte[5000];
        int count;
        while ((count = await input.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            read.AddRange(buffer.AsSpan(0, count).ToArray());
        }

        read.Should().Equal(bytes);
    }

    [Fact]
    public void Read_Stream_IsLeftOpen()
    {
        using var stream = Stream(CsvTestKit.WriteText([Huaian]));

        GovDisclosureCsv.Read(stream, "reports.csv").Should().ContainSingle();

        stream.CanRead.Should().BeTrue("the caller's stream is not closed");
        stream.Position.Should().Be(stream.Length);
    }

    [Fact]
    public void ReadResults_PastMaxReports_StopsAtTheFirstReportOver()
    {
        var csv = CsvTestKit.WriteText([Legacy, Huaian, JsonTestReports.Get("legacy-annual-only"), JsonTestReports.Get("legacy-all-blank-indicators")]);

        var results = CsvTestKit.Results(csv, new CsvReadOptions { MaxReports = 2 });

        results.Select(r => r.IsSuccess).Should().Equal(true, true, false);
        results[2].StoppedReading.Should().BeTrue();
    }

    // ---- asynchronous reading --------------------------------------------------------------------------------------

    [Fact]
    public async Task ReadAsync_BadHeader_ThrowsAtLineOne()
    {
        var error = await ReadAsyncError("agencyName,year,format,table,row,column,value,colour\r\n");

        error.Location.Line.Should().Be(1);
        error.Location.Path.Should().Be("colour");
        error.Problem.Should().StartWith("unknown column 'colour'");
    }

    [Fact]
    public async Task ReadAsync_UnclosedQuote_ThrowsThatTheCsvIsMalformed()
    {
        var csv = new CsvLines(CsvTestKit.WriteText([Huaian]));
        var line = csv.LineOf("requests.granted.total");
        csv.Set(line, "rowLabel", "\"（一）予以公开");

        var error = await ReadAsyncError(csv.ToString());

        error.Location.Source.Should().Be("reports.csv");
        error.Location.Line.Should().Be(line + 1);
        error.Problem.Should().StartWith("the CSV is malformed: ").And.EndWith("; the rest of the file is not read.");
    }

    [Fact]
    public async Task ReadAsync_MoreReportsThanMaxReports_GivesTheReportsUpToTheLimitThenThrows()
    {
        var csv = CsvTestKit.WriteText([Legacy, Huaian, JsonTestReports.Get("legacy-annual-only")]);
        var read = new List<AnnualReport>();

        var act = async () =>
        {
            await foreach (var report in GovDisclosureCsv.ReadAsync(Stream(csv), "reports.csv", new CsvReadOptions { MaxReports = 2 }, TestContext.Current.CancellationToken))
            {
                read.Add(report);
            }
        };

        var error = (await act.Should().ThrowAsync<ReportReadException>()).Which;
        read.Should().Equal(CsvTestKit.WithoutText(Legacy), CsvTestKit.WithoutText(Huaian));
        error.Problem.Should().Be("the input holds more than 2 reports, the limit set (CsvReadOptions.MaxReports); the reports after it are not read.");
        error.Location.Line.Should().Be(CsvTestKit.Results(csv)[2].Location.Line);
    }

    [Fact]
    public async Task ReadAsync_LastReportPastMaxReports_IsRefusedAtTheEnd()
    {
        var csv = CsvTestKit.WriteText([Legacy, Huaian]);
        var read = new List<AnnualReport>();

        var act = async () =>
        {
            await foreach (var report in GovDisclosureCsv.ReadAsync(Stream(csv), "reports.csv", new CsvReadOptions { MaxReports = 1 }, TestContext.Current.CancellationToken))
            {
                read.Add(report);
            }
        };

        (await act.Should().ThrowAsync<ReportReadException>()).Which.Problem.Should().Contain("more than 1 reports");
        read.Should().Equal(CsvTestKit.WithoutText(Legacy));
    }

    private static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    private static async Task<ReportReadException> ReadAsyncError(string csv)
    {
        var act = async () =>
        {
            await foreach (var unused in GovDisclosureCsv.ReadAsync(Stream(csv), "reports.csv", cancellationToken: TestContext.Current.CancellationToken))
            {
            }
        };

        return (await act.Should().ThrowAsync<ReportReadException>()).Which;
    }
}
