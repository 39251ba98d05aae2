using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

public sealed class JsonLinesTests
{
    private const string Source = "reports.jsonl";

    private static readonly AnnualReport[] Reports = [.. JsonTestReports.AllCases.Select(JsonTestReports.Get)];

    private static string Line(AnnualReport report) => GovDisclosureJson.Serialize(report, indented: false);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static List<AnnualReport> Read(string text, ReportJsonReadOptions? options = null)
    {
        using var stream = Stream(text);
        return [.. GovDisclosureJson.ReadLines(stream, Source, options)];
    }

    private static ReportReadException ReadError(Stream stream, ReportJsonReadOptions? options = null) =>
        FluentActions.Invoking(() => GovDisclosureJson.ReadLines(stream, Source, options).ToList()).Should().ThrowExactly<ReportReadException>().Which;

    private static string BadLine(string replacement, out long column)
    {
        var bad = BadJson.Make(Samples.Report("010-pingtan-zone-2024"), root => root["tables"]!["requests"]!["granted"]!["total"] = BadJson.Marker, replacement, indented: false);
        column = bad.Column;
        return bad.Text;
    }

    // ---- round trips -----------------------------------------------------------------------------------------

    [Fact]
    public void WriteLines_ThenReadLines_GivesEqualReportsAndTheSameBytes()
    {
        using var stream = new MemoryStream();

        GovDisclosureJson.WriteLines(stream, Reports);
        var bytes = stream.ToArray();
        stream.Position = 0;
        var read = GovDisclosureJson.ReadLines(stream, Source).ToList();

        read.Should().HaveCount(Reports.Length);
        read.Zip(Reports).Should().OnlyContain(pair => pair.First == pair.Second);
        using var again = new MemoryStream();
        GovDisclosureJson.WriteLines(again, read);
        again.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void WriteLines_Output_IsOneCompactLinePerReportWithoutByteOrderMark()
    {
        using var stream = new MemoryStream();

        GovDisclosureJson.WriteLines(stream, Reports);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        text.Should().NotStartWith("\uFEFF").And.EndWith("}\n").And.NotContain("\r");
        text.Split('\n')[..^1].Should().Equal(Reports.Select(Line));
    }

    [Fact]
    public void WriteLines_NoReports_WritesNothing()
    {
        using var stream = new MemoryStream();

        GovDisclosureJson.WriteLines(stream, []);

        stream.Length.Should().Be(0);
        stream.Position = 0;
        GovDisclosureJson.ReadLines(stream).Should().BeEmpty();
    }

    [Fact]
    public async Task WriteLinesAsync_ThenReadLinesAsync_GivesEqualReportsAndTheSameBytes()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream();

        await GovDisclosureJson.WriteLinesAsync(stream, Reports.ToAsyncEnumerable(), cancellationToken);
        var bytes = stream.ToArray();
        stream.Position = 0;
        var read = new List<AnnualReport>();
        await foreach (var report in GovDisclosureJson.ReadLinesAsync(stream, Source, cancellationToken: cancellationToken))
        {
            read.Add(report);
        }

        read.Zip(Reports).Should().OnlyContain(pair => pair.First == pair.Second);
        read.Should().HaveCount(Reports.Length);
        using var sync = new MemoryStream();
        GovDisclosureJson.WriteLines(sync, Reports);
        bytes.Should().Equal(sync.ToArray(), "the async writer writes what the sync writer writes");
    }

    [Fact]
    public void ReadLines_StreamGivingOneByteAtATime_ReadsEveryReport()
    {
        using var stream = new MemoryStream();
        GovDisclosureJson.WriteLines(stream, Reports);
        using var trickle = new TrickleStream(stream.ToArray());

        var read = GovDisclosureJson.ReadLines(trickle, Source).ToList();

        read.Zip(Reports).Should().OnlyContain(pair => pair.First == pair.Second);
        read.Should().HaveCount(Reports.Length);
    }

    // ---- line ends, blank lines, byte order mark ------------------------------------------------------------

    [Fact]
    public void ReadLines_BlankLines_AreSkipped()
    {
        var text = "\n" + Line(Reports[0]) + "\n\n   \n\t\n" + Line(Reports[1]) + "\n \n";

        var read = Read(text);

        read.Should().HaveCount(2);
        (read[0] == Reports[0]).Should().BeTrue();
        (read[1] == Reports[1]).Should().BeTrue();
    }

    [Fact]
    public void ReadLines_ErrorAfterBlankLines_NamesTheLineOfTheFile()
    {
        var text = "\n" + Line(Reports[0]) + "\n\n\n" + BadLine("-1", out var column) + "\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Line.Should().Be(5);
        error.Location.Column.Should().Be(column);
    }

    [Fact]
    public void ReadLines_Utf8ByteOrderMarkAtTheStart_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Line(Reports[2]) + "\n" + Line(Reports[3]) + "\n")];
        using var stream = new MemoryStream(bytes);

        var read = GovDisclosureJson.ReadLines(stream, Source).ToList();

        read.Should().HaveCount(2);
        (read[0] == Reports[2]).Should().BeTrue();
    }

    [Fact]
    public void ReadLines_ByteOrderMarkFromAStreamGivingOneByteAtATime_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Line(Reports[4]) + "\r\n\r\n" + Line(Reports[5]))];
        using var stream = new TrickleStream(bytes);

        var read = GovDisclosureJson.ReadLines(stream, Source).ToList();

        read.Should().HaveCount(2);
        (read[0] == Reports[4]).Should().BeTrue();
        (read[1] == Reports[5]).Should().BeTrue();
    }

    [Fact]
    public void ReadLines_OnlyAByteOrderMark_ReadsNothing()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF]);

        GovDisclosureJson.ReadLines(stream, Source).Should().BeEmpty();
    }

    [Fact]
    public void ReadLines_ByteOrderMarkAtTheStartOfALaterLine_IsAnError()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Line(Reports[0]) + "\n"), 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Line(Reports[1]) + "\n")];
        using var stream = new MemoryStream(bytes);

        var error = ReadError(stream);

        error.Location.Line.Should().Be(2);
    }

    [Fact]
    public void ReadLines_CrlfLineEnds_AreRead()
    {
        var text = Line(Reports[0]) + "\r\n" + Line(Reports[1]) + "\r\n\r\n" + Line(Reports[2]) + "\r\n";

        var read = Read(text);

        read.Should().HaveCount(3);
        read.Zip(Reports).Should().OnlyContain(pair => pair.First == pair.Second);
    }

    [Fact]
    public void ReadLines_CrlfLineEnds_ErrorNamesTheLineAndColumn()
    {
        var text = Line(Reports[0]) + "\r\n" + Line(Reports[1]) + "\r\n" + BadLine("2.5", out var column) + "\r\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Line.Should().Be(3);
        error.Location.Column.Should().Be(column);
        error.Location.Path.Should().Be("$.tables.requests.granted.total");
    }

    [Fact]
    public void ReadLines_LastLineWithoutLineBreak_IsRead()
    {
        var text = Line(Reports[0]) + "\n" + Line(Reports[1]);

        var read = Read(text);

        read.Should().HaveCount(2);
        (read[1] == Reports[1]).Should().BeTrue();
    }

    // ---- errors ----------------------------------------------------------------------------------------------

    [Fact]
    public void ReadLines_BadThirdLine_ErrorNamesSourceLineColumnAndPath()
    {
        var text = Line(Reports[0]) + "\n" + Line(Reports[1]) + "\n" + BadLine("\"208\"", out var column) + "\n" + Line(Reports[2]) + "\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Source.Should().Be(Source);
        error.Location.Line.Should().Be(3);
        error.Location.Column.Should().Be(column);
        error.Location.Path.Should().Be("$.tables.requests.granted.total");
        error.Message.Should().StartWith($"{Source}:3:{column}: $.tables.requests.granted.total: expected a whole number");
    }

    [Fact]
    public void ReadLines_TruncatedLastLine_SaysTruncatedOnItsLine()
    {
        var last = Line(Reports[1]);
        var text = Line(Reports[0]) + "\n" + last[..(last.Length / 2)];

        using var stream = Stream(text);
        var error = ReadError(stream);

        error.Location.Line.Should().Be(2);
        error.Problem.Should().Contain("truncated");
    }

    [Fact]
    public void ReadLines_ReportSpreadOverSeveralLines_IsAnErrorOnItsFirstLine()
    {
        var text = Line(Reports[0]) + "\n" + GovDisclosureJson.Serialize(Reports[1]) + "\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Line.Should().Be(2);
        error.Problem.Should().Contain("truncated");
    }

    [Fact]
    public void ReadLines_TwoReportsOnOneLine_IsAnError()
    {
        var text = Line(Reports[0]) + "\n" + Line(Reports[1]) + Line(Reports[2]) + "\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Line.Should().Be(2);
        error.Location.Column.Should().Be(Line(Reports[1]).Length + 1);
    }

    [Fact]
    public void ReadLines_BadLine_StopsAfterYieldingTheReportsBeforeIt()
    {
        var text = Line(Reports[0]) + "\n" + Line(Reports[1]) + "\n" + BadLine("-1", out _) + "\n" + Line(Reports[2]) + "\n";
        using var stream = Stream(text);
        var read = new List<AnnualReport>();

        var act = () =>
        {
            foreach (var report in GovDisclosureJson.ReadLines(stream, Source))
            {
                read.Add(report);
            }
        };

        act.Should().ThrowExactly<ReportReadException>().Which.Location.Line.Should().Be(3);
        read.Should().HaveCount(2, "the reports before the bad line were already yielded, and none after it");
        (read[0] == Reports[0]).Should().BeTrue();
        (read[1] == Reports[1]).Should().BeTrue();
    }

    [Fact]
    public async Task ReadLinesAsync_BadThirdLine_StopsThereNamingTheLine()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var text = Line(Reports[0]) + "\n" + Line(Reports[1]) + "\n" + BadLine("1e3", out var column) + "\n" + Line(Reports[2]) + "\n";
        using var stream = Stream(text);
        var read = new List<AnnualReport>();

        var act = async () =>
        {
            await foreach (var report in GovDisclosureJson.ReadLinesAsync(stream, Source, cancellationToken: cancellationToken))
            {
                read.Add(report);
            }
        };

        var error = (await act.Should().ThrowExactlyAsync<ReportReadException>()).Which;
        error.Location.Source.Should().Be(Source);
        error.Location.Line.Should().Be(3);
        error.Location.Column.Should().Be(column);
        error.Location.Path.Should().Be("$.tables.requests.granted.total");
        read.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadLinesAsync_CancelledToken_StopsReading()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();
        using var stream = Stream(Line(Reports[0]) + "\n");
        var read = new List<AnnualReport>();

        var act = async () =>
        {
            await foreach (var report in GovDisclosureJson.ReadLinesAsync(stream, Source, cancellationToken: cancellation.Token))
            {
                read.Add(report);
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().BeEmpty();
    }

    [Fact]
    public void ReadLines_IsLazy_ReadingNothingUntilEnumerated()
    {
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(Line(Reports[0]) + "\n"));

        var reports = GovDisclosureJson.ReadLines(stream, Source);

        stream.BytesRead.Should().Be(0);
        reports.Should().ContainSingle();
    }

    // ---- line length limit -------------------------------------------------------------------------------------

    [Fact]
    public void ReadLines_LineLongerThanMaxLineBytes_ThrowsNamingTheLine()
    {
        var byLength = Reports.Select(Line).OrderBy(Encoding.UTF8.GetByteCount).ToArray();
        var (first, long2) = (byLength[0], byLength[^1]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(first) };
        Encoding.UTF8.GetByteCount(long2).Should().BeGreaterThan(options.MaxLineBytes, "the test needs a longer second line");
        using var stream = Stream(first + "\n" + long2 + "\n");

        var error = ReadError(stream, options);

        error.Location.Source.Should().Be(Source);
        error.Location.Line.Should().Be(2);
        error.Problem.Should().Contain("MaxLineBytes").And.Contain(options.MaxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        error.Message.Should().StartWith($"{Source}:2: ");
    }

    [Fact]
    public void ReadLines_LineOfExactlyMaxLineBytes_IsRead()
    {
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(line) };

        Read(line + "\n" + line + "\r\n" + line, options).Should().HaveCount(3);
    }

    [Fact]
    public void ReadLines_LineOneByteLongerThanMaxLineBytes_Throws()
    {
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(line) - 1 };
        using var stream = Stream(line + "\n");

        var error = ReadError(stream, options);

        error.Location.Line.Should().Be(1);
    }

    [Fact]
    public void ReadLines_LastLineOneByteLongerThanMaxLineBytes_Throws()
    {
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(line) - 1 };
        using var stream = Stream(line);

        ReadError(stream, options).Location.Line.Should().Be(1);
    }

    [Fact]
    public void ReadLines_TrailingSpaceMakingTheLineTooLong_Throws()
    {
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(line) };
        using var stream = Stream(line + " \n");

        ReadError(stream, options).Location.Line.Should().Be(1);
    }

    [Fact]
    public void ReadLines_CrlfLineOfExactlyMaxLineBytesFromATrickle_IsRead()
    {
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = Encoding.UTF8.GetByteCount(line) };
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(line + "\r\n" + line + "\r\n"));

        GovDisclosureJson.ReadLines(stream, Source, options).Should().HaveCount(2);
    }

    [Fact]
    public void ReadLines_TinyLimitWithBlankLines_ReadsThem()
    {
        var options = new ReportJsonReadOptions { MaxLineBytes = 1 };

        Read("\n \n\r\n\t\n", options).Should().BeEmpty();
    }

    [Fact]
    public async Task ReadLinesAsync_LineLongerThanMaxLineBytes_ThrowsNamingTheLine()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var line = Line(Reports[0]);
        var options = new ReportJsonReadOptions { MaxLineBytes = 100 };
        using var stream = Stream("\n" + line + "\n");

        var read = new List<AnnualReport>();

        var act = async () =>
        {
            await foreach (var report in GovDisclosureJson.ReadLinesAsync(stream, Source, options, cancellationToken))
            {
                read.Add(report);
            }
        };

        (await act.Should().ThrowExactlyAsync<ReportReadException>()).Which.Location.Line.Should().Be(2);
        read.Should().BeEmpty();
    }

    [Fact]
    public void ReadLines_StreamNotClosed_AfterReading()
    {
        using var stream = Stream(Line(Reports[0]) + "\n");

        GovDisclosureJson.ReadLines(stream, Source).Should().ContainSingle();

        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void ReadLines_BadSecondLine_NamesThePathWithinItsOwnReport()
    {
        var root = JsonNode.Parse(Line(Reports[0]))!.AsObject();
        root["agency"]!["level"] = "city";
        var text = Line(Reports[1]) + "\n" + root.ToJsonString() + "\n";
        using var stream = Stream(text);

        var error = ReadError(stream);

        error.Location.Path.Should().Be("$.agency.level");
        error.Location.Line.Should().Be(2);
    }

    /// <summary>A read-only stream that gives one byte per read, the worst case for a line splitter.</summary>
    [Fact]
    public void ReadLines_MoreReportsThanMaxReports_ThrowsNamingTheFirstLineOver()
    {
        var text = string.Join("\n", Reports.Take(3).Select(Line)) + "\n\n";
        var options = new ReportJsonReadOptions { MaxReports = 2 };

        using var stream = Stream(text);
        var read = new List<AnnualReport>();
        var act = () => read.AddRange(GovDisclosureJson.ReadLines(stream, Source, options));

        var error = act.Should().ThrowExactly<ReportReadException>().Which;
        error.Location.Line.Should().Be(3);
        error.Problem.Should().Contain("more than 2 reports").And.Contain("MaxReports");
        read.Should().HaveCount(2);
        Read(string.Join("\n", Reports.Take(2).Select(Line)) + "\n\n \n", options).Should().HaveCount(2, "blank lines after the last report allowed are no report");
    }

    [Fact]
    public void ReadLineResults_MoreReportsThanMaxReports_StopsWithAFailureCountingBadLines()
    {
        var text = Line(Reports[0]) + "\n{broken\n" + Line(Reports[1]) + "\n";

        using var stream = Stream(text);
        var results = GovDisclosureJson.ReadLineResults(stream, Source, new ReportJsonReadOptions { MaxReports = 2 }).ToList();

        results.Select(r => r.IsSuccess).Should().Equal(true, false, false);
        results[1].StoppedReading.Should().BeFalse("a bad line is one of the input's reports, and reading goes on");
        results[2].StoppedReading.Should().BeTrue();
        results[2].Error!.Location.Line.Should().Be(3);
    }

    [Fact]
    public void ReadLines_LineOfHundredsOfMegabytes_FailsWithoutHoldingTheLine()
    {
        // 256 MiB on one line, produced as it is read: the reader holds at most the limit (1 MiB), not the line.
        using var stream = new EndlessLineStream(256L * 1024 * 1024);
        var options = new ReportJsonReadOptions { MaxLineBytes = 1024 * 1024 };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = ReadError(stream, options);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        error.Location.Line.Should().Be(1);
        error.Problem.Should().Contain("MaxLineBytes");
        allocated.Should().BeLessThan(8L * 1024 * 1024, "memory follows the limit, not the line's length");
        stream.Position.Should().BeLessThan(4L * 1024 * 1024, "reading stops soon after the limit");
    }

    /// <summary>A stream of one line of <c>{"a":"xxx…</c> of a given length, made as it is read.</summary>
    private sealed class EndlessLineStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _position + i < 6 ? "{\"a\":\""u8[(int)(_position + i)] : (byte)'x';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= bytes.Length || buffer.IsEmpty)
            {
                return 0;
            }

            buffer[0] = bytes[_position++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
