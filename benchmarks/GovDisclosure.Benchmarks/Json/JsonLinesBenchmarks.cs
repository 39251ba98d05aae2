using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;
using GovDisclosure.Validation;

namespace GovDisclosure.Benchmarks.Json;

/// <summary>
/// JSON Lines of about 10,000 generated reports read, read and validated, and written, each beside the least work on
/// the same bytes: a raw <see cref="Utf8JsonReader"/> pass over every token (the baseline), and a token-by-token copy
/// through <see cref="Utf8JsonWriter"/>. The goal: reading and validating within 2× the raw pass. Two files: national2021
/// reports (2,500 agencies × 2021–2024), and the three formats of a research group's holdings (909 agencies ×
/// 2014–2024: legacy, national2019 and national2021). The file is held in memory so that the disk does not blur the ratio.
/// </summary>
[MemoryDiagnoser]
public class JsonLinesBenchmarks
{
    private static readonly int ReportCount = BenchmarkSize.Of(10_000);

    /// <summary>Gets or sets the reporting years of the file: <c>2021-2024</c> (national2021) or <c>2014-2024</c> (every format).</summary>
    [Params("2021-2024", "2014-2024")]
    public string Years { get; set; } = "2021-2024";

    private readonly ReportValidator _validator = new();
    private readonly List<ValidationFinding> _findings = [];
    private AnnualReport[] _reports = [];
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var firstYear = int.Parse(Years[..4], System.Globalization.CultureInfo.InvariantCulture);
        var lastYear = int.Parse(Years[5..], System.Globalization.CultureInfo.InvariantCulture);
        var agencies = Math.Max(1, ReportCount / (lastYear - firstYear + 1));
        _reports = [.. new ReportGenerator(new GeneratorOptions { Agencies = agencies, FirstYear = firstYear, LastYear = lastYear }).Generate()];
        using var stream = new MemoryStream();
        GovDisclosureJson.WriteLines(stream, _reports);
        _file = stream.ToArray();
        if (ReadAndValidate() != 0)
        {
            throw new InvalidOperationException("The benchmark reports should validate without errors.");
        }
    }

    /// <summary>The least work of reading: every token of every line, nothing built.</summary>
    [Benchmark(Baseline = true)]
    public int RawUtf8JsonReaderPass()
    {
        var reader = new Utf8JsonReader(_file, new JsonReaderOptions { AllowMultipleValues = true });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>The reports read: each line parsed against the catalogue into an <see cref="AnnualReport"/>.</summary>
    [Benchmark]
    public int Read()
    {
        var count = 0;
        foreach (var report in GovDisclosureJson.ReadLines(new MemoryStream(_file, writable: false)))
        {
            count += report.Year;
        }

        return count;
    }

    /// <summary>The import a disclosure office runs: each report read and validated (goal: ≤ 2× the raw pass).</summary>
    [Benchmark]
    public int ReadAndValidate()
    {
        var errors = 0;
        foreach (var report in GovDisclosureJson.ReadLines(new MemoryStream(_file, writable: false)))
        {
            _findings.Clear();
            _validator.Validate(report, _findings);
            foreach (var finding in _findings)
            {
                errors += finding.Severity == Severity.Error ? 1 : 0;
            }
        }

        return errors;
    }

    /// <summary>The least work of writing the same file: its tokens copied through a <see cref="Utf8JsonWriter"/>.</summary>
    [Benchmark]
    public long RawUtf8JsonWriterCopy()
    {
        using var output = new CountingStream();
        using var writer = new Utf8JsonWriter(output);
        var reader = new Utf8JsonReader(_file, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    if (reader.CurrentDepth == 0)
                    {
                        writer.Flush();
                        output.WriteByte((byte)'\n');
                        writer.Reset();
                    }

                    break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName: writer.WritePropertyName(reader.ValueSpan); break;
                case JsonTokenType.String: writer.WriteStringValue(reader.ValueSpan); break;
                case JsonTokenType.Number: writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
                default: break;
            }
        }

        writer.Flush();
        return output.Length;
    }

    /// <summary>The reports written as JSON Lines.</summary>
    [Benchmark]
    public long Write()
    {
        using var output = new CountingStream();
        GovDisclosureJson.WriteLines(output, _reports);
        return output.Length;
    }

    /// <summary>A stream that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void WriteByte(byte value) => _length++;
    }
}
