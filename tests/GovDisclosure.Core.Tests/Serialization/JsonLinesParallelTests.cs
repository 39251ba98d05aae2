using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Tests.Serialization;

/// <summary>Parsing JSON Lines on several threads gives exactly what parsing on one gives: results, order, counts, stops.</summary>
public sealed class JsonLinesParallelTests
{
    private static readonly string[] Lines =
    [
        .. new ReportGenerator(new GeneratorOptions { Agencies = 60, FirstYear = 2018, LastYear = 2024, Seed = 3 }).Generate()
            .Select(r => GovDisclosureJson.Serialize(r, indented: false)),
    ];

    [Fact]
    public void ReadLineResults_FourThreadsOverHundredsOfLinesWithErrorsAndBlanks_SameResultsInTheSameOrder()
    {
        // Every 37th line broken, every 50th blank, a CRLF line: many chunks, failures inside them.
        var text = new StringBuilder();
        for (var i = 0; i < Lines.Length; i++)
        {
            text.Append(i % 37 == 5 ? Lines[i][..(Lines[i].Length / 2)] : Lines[i]).Append(i == 7 ? "\r\n" : "\n");
            if (i % 50 == 0)
            {
                text.Append("  \t\n");
            }
        }

        var (one, four) = ReadBoth(text.ToString(), new ReportJsonReadOptions());

        Lines.Length.Should().BeGreaterThan(400);
        four.Should().Equal(one);
        one.Should().Contain(r => r.StartsWith("error", StringComparison.Ordinal)).And.Contain(r => r.StartsWith("report", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadLineResults_FourThreadsPastMaxReports_StopsAtTheSameLineAndSaysSo()
    {
        var text = string.Join("\n", Lines.Take(100)) + "\n";

        var (one, four) = ReadBoth(text, new ReportJsonReadOptions { MaxReports = 70 });

        four.Should().Equal(one);
        one.Should().HaveCount(71);
        one[^1].Should().StartWith("stop reports.jsonl:71:").And.Contain("MaxReports");
    }

    [Fact]
    public void ReadLineResults_FourThreadsAndALineOverTheLimit_SameResultsAroundIt()
    {
        var longest = Lines.Take(80).Max(l => Encoding.UTF8.GetByteCount(l));
        var text = string.Join("\n", Lines.Take(80)) + "\n" + new string(' ', longest + 10) + Lines[0] + "\n" + Lines[1] + "\n";

        var (one, four) = ReadBoth(text, new ReportJsonReadOptions { MaxLineBytes = longest + 5 });

        four.Should().Equal(one);
        one.Take(80).Should().OnlyContain(r => r.StartsWith("report", StringComparison.Ordinal));
        one[80].Should().Contain("reports.jsonl:81").And.Contain("MaxLineBytes");
    }

    [Fact]
    public void ReadLines_FourThreads_SameReportsThenTheSameErrorAtTheFirstBadLine()
    {
        var good = string.Join("\n", Lines.Take(120)) + "\n";
        var bad = string.Join("\n", Lines.Take(90)) + "\n{\"schemaVersion\":2}\n" + Lines[91] + "\n";
        var four = new ReportJsonReadOptions { MaxDegreeOfParallelism = 4 };

        ReadReports(good, four).Should().Equal(ReadReports(good, null));
        var one = FluentActions.Invoking(() => ReadReports(bad, null)).Should().Throw<ReportReadException>().Which;
        var parallel = FluentActions.Invoking(() => ReadReports(bad, four)).Should().Throw<ReportReadException>().Which;
        parallel.Message.Should().Be(one.Message).And.Contain("reports.jsonl:91");

        static List<string> ReadReports(string text, ReportJsonReadOptions? options)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return [.. GovDisclosureJson.ReadLines(stream, "reports.jsonl", options).Select(r => GovDisclosureJson.Serialize(r, indented: false))];
        }
    }

    private static (List<string> One, List<string> Four) ReadBoth(string text, ReportJsonReadOptions options) =>
        (Read(text, options), Read(text, options with { MaxDegreeOfParallelism = 4 }));

    private static List<string> Read(string text, ReportJsonReadOptions options)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return [.. GovDisclosureJson.ReadLineResults(stream, "reports.jsonl", options).Select(Describe)];
    }

    private static string Describe(ReportReadResult result) => result switch
    {
        { IsSuccess: true } => $"report {result.Location.Line} {result.Report.Agency.Name} {result.Report.Year} {GovDisclosureJson.Serialize(result.Report, indented: false).GetHashCode(StringComparison.Ordinal)}",
        { StoppedReading: true } => $"stop {result.Error!.Message}",
        _ => $"error {result.Error!.Message}",
    };
}
