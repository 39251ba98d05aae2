using System.Text;

namespace GovDisclosure.Fuzzing;

/// <summary>
/// Seeded mutations of an input: byte flips, insertions, deletions, truncation, duplicated and spliced spans, deep
/// nesting, very long strings and lines, invalid UTF-8, byte order marks, numbers at and beyond the limits, and
/// dictionary words of the formats (JSON property names, table labels). One seed always gives the same inputs.
/// </summary>
internal sealed class Mutator
{
    private static readonly byte[] InterestingBytes = [0, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xED, 0xEF, 0xF4, 0xF8, 0xFF, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\n', (byte)'\r', (byte)'\t', (byte)'<', (byte)'>', (byte)'&', (byte)'|', (byte)'-', (byte)'.', (byte)'e', (byte)'0', (byte)'9'];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xE4, 0xB8],
        [0xC3], [0xF0, 0x9F, 0x98],
    ];

    private static readonly byte[][] ByteOrderMarks = [[0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0x00, 0x00, 0xFE, 0xFF]];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "999999999999999999", "-999999999999999999", "1000000000000000000", "-1000000000000000000",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "79228162514264337593543950335", "79228162514264337593543950336", "1e18", "1E+2", "1e400", "-1e400", "1e-400",
        "0.5", "1.50", "0.000000000000000001", "0.0000000000000000001", "123456789.123456789", "1.0", "00", "01", "1.", ".1",
        "2147483647", "2147483648", "-2147483649", "2100", "2101", "2007", "NaN", "Infinity", "0x10", "1_000", "１２",
    ];

    private static readonly string[] Tokens = ["null", "true", "false", "[]", "{}", "\"\"", "\" \"", "[null]", "{\"\":0}", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\uFFFF\"", "\"\\\"", "-", "", ","];

    private readonly Random _random;
    private readonly int _maxLength;
    private readonly byte[][] _dictionary;

    /// <summary>Initializes a new instance of the <see cref="Mutator"/> class.</summary>
    /// <param name="seed">The seed: the same seed gives the same inputs.</param>
    /// <param name="maxLength">The longest input made, in bytes.</param>
    /// <param name="dictionary">Words of the format to insert and swap in (property names, labels, keys).</param>
    public Mutator(int seed, int maxLength, IEnumerable<string> dictionary)
    {
        _random = new Random(seed);
        _maxLength = maxLength;
        _dictionary = [.. dictionary.Distinct(StringComparer.Ordinal).Select(w => Encoding.UTF8.GetBytes(w))];
    }

    /// <summary>Gets the source of randomness, for choosing seeds.</summary>
    public Random Random => _random;

    /// <summary>Makes a new input from a seed input by one to several mutations.</summary>
    /// <param name="input">The seed input.</param>
    /// <param name="corpus">Other inputs to splice from.</param>
    /// <returns>The mutated input, at most the maximum length.</returns>
    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        var data = input;
        var steps = 1 + _random.Next(_random.Next(3) == 0 ? 8 : 2);
        for (var i = 0; i < steps; i++)
        {
            data = MutateOnce(data, corpus);
            if (data.Length > _maxLength)
            {
                data = data[.._maxLength];
            }
        }

        return data;
    }

    private byte[] MutateOnce(byte[] data, IReadOnlyList<byte[]> corpus)
    {
        var at = data.Length == 0 ? 0 : _random.Next(data.Length + 1);
        switch (_random.Next(16))
        {
            case 0 when data.Length > 0:
                var flipped = (byte[])data.Clone();
                flipped[_random.Next(data.Length)] ^= (byte)(1 << _random.Next(8));
                return flipped;
            case 1 when data.Length > 0:
                var set = (byte[])data.Clone();
                set[_random.Next(data.Length)] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                return set;
            case 2:
                var noise = new byte[1 + _random.Next(16)];
                _random.NextBytes(noise);
                return Splice(data, at, 0, noise);
            case 3 when data.Length > 0:
                return Splice(data, at, Math.Min(data.Length - Math.Min(at, data.Length), 1 + _random.Next(Span(data.Length))), []);
            case 4:
                return data[..(data.Length == 0 ? 0 : _random.Next(data.Length))];
            case 5 when data.Length > 0:
                var start = _random.Next(data.Length);
                var length = Math.Min(data.Length - start, 1 + _random.Next(Span(data.Length)));
                var copies = _random.Next(4) == 0 ? 1 + _random.Next(64) : 1;
                return Splice(data, at, 0, Repeat(data.AsSpan(start, length).ToArray(), copies));
            case 6 when corpus.Count > 0:
                var other = corpus[_random.Next(corpus.Count)];
                if (other.Length == 0)
                {
                    return data;
                }

                var from = _random.Next(other.Length);
                var take = Math.Min(other.Length - from, 1 + _random.Next(Span(other.Length)));
                return Splice(data, at, Math.Min(data.Length - Math.Min(at, data.Length), _random.Next(take + 1)), other.AsSpan(from, take).ToArray());
            case 7:
                return Splice(data, at, 0, DeepNesting());
            case 8:
                return Splice(data, QuoteOrAny(data), 0, LongRun());
            case 9:
                return Splice(data, at, 0, InvalidUtf8[_random.Next(InvalidUtf8.Length)]);
            case 10:
                return Splice(data, _random.Next(3) == 0 ? at : 0, 0, ByteOrderMarks[_random.Next(ByteOrderMarks.Length)]);
            case 11:
                return ReplaceNumber(data);
            case 12:
                return ReplaceToken(data, Tokens[_random.Next(Tokens.Length)]);
            case 13:
                return MutateLines(data);
            default:
                if (_dictionary.Length == 0)
                {
                    return data;
                }

                var word = _dictionary[_random.Next(_dictionary.Length)];
                return _random.Next(2) == 0 ? ReplaceString(data, word) : Splice(data, at, 0, word);
        }
    }

    private int Span(int length) => Math.Max(1, _random.Next(4) == 0 ? length : Math.Min(length, 64));

    private byte[] DeepNesting()
    {
        var depth = _random.Next(3) switch { 0 => 17 + _random.Next(8), 1 => 100 + _random.Next(1000), _ => 10_000 + _random.Next(100_000) };
        var unit = _random.Next(4) switch
        {
            0 => "["u8.ToArray(),
            1 => "{\"a\":"u8.ToArray(),
            2 => "{\"tables\":"u8.ToArray(),
            _ => "[{\"label\":\"x\",\"annual\":"u8.ToArray(),
        };
        return Repeat(unit, Math.Min(depth, _maxLength / unit.Length));
    }

    private byte[] LongRun()
    {
        var unit = _random.Next(4) switch
        {
            0 => "x"u8.ToArray(),
            1 => "一"u8.ToArray(),
            2 => "\\u4e00"u8.ToArray(),
            _ => "9"u8.ToArray(),
        };
        var count = _random.Next(3) switch { 0 => 1000 + _random.Next(10_000), 1 => 65_536 + _random.Next(200_000), _ => 1 + _random.Next(300) };
        return Repeat(unit, Math.Min(count, _maxLength / unit.Length));
    }

    private int QuoteOrAny(byte[] data)
    {
        for (var tries = 0; tries < 8 && data.Length > 0; tries++)
        {
            var i = _random.Next(data.Length);
            if (data[i] == '"')
            {
                return i + 1;
            }
        }

        return data.Length == 0 ? 0 : _random.Next(data.Length + 1);
    }

    private byte[] ReplaceNumber(byte[] data)
    {
        var number = Encoding.ASCII.GetBytes(Numbers[_random.Next(Numbers.Length)]);
        for (var tries = 0; tries < 16 && data.Length > 0; tries++)
        {
            var i = _random.Next(data.Length);
            if (data[i] is >= (byte)'0' and <= (byte)'9')
            {
                var start = i;
                while (start > 0 && data[start - 1] is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.')
                {
                    start--;
                }

                var end = i;
                while (end < data.Length && data[end] is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'e' or (byte)'E')
                {
                    end++;
                }

                return Splice(data, start, end - start, number);
            }
        }

        return Splice(data, data.Length == 0 ? 0 : _random.Next(data.Length + 1), 0, number);
    }

    private byte[] ReplaceToken(byte[] data, string token)
    {
        var bytes = Encoding.UTF8.GetBytes(token);
        for (var tries = 0; tries < 16 && data.Length > 0; tries++)
        {
            var i = _random.Next(data.Length);
            if (data[i] == ':')
            {
                // Replace the value after a colon up to the next comma or closing brace.
                var end = i + 1;
                while (end < data.Length && data[end] is not ((byte)',' or (byte)'}' or (byte)'\n'))
                {
                    end++;
                }

                return Splice(data, i + 1, end - i - 1, bytes);
            }
        }

        return Splice(data, data.Length == 0 ? 0 : _random.Next(data.Length + 1), 0, bytes);
    }

    private byte[] ReplaceString(byte[] data, byte[] word)
    {
        for (var tries = 0; tries < 16 && data.Length > 0; tries++)
        {
            var i = _random.Next(data.Length);
            if (data[i] == '"')
            {
                var end = Array.IndexOf(data, (byte)'"', i + 1);
                if (end > i)
                {
                    return Splice(data, i + 1, end - i - 1, word);
                }
            }
        }

        return data;
    }

    private byte[] MutateLines(byte[] data)
    {
        var lines = Split(data);
        var i = _random.Next(lines.Count);
        switch (_random.Next(6))
        {
            case 0:
                lines.Insert(i, lines[_random.Next(lines.Count)]);
                break;
            case 1 when lines.Count > 1:
                lines.RemoveAt(i);
                break;
            case 2:
                var j = _random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                lines.Insert(i, _random.Next(2) == 0 ? [] : " \t\r"u8.ToArray());
                break;
            case 4:
                lines[i] = [.. lines[i], (byte)'\r'];
                break;
            default:
                lines.Insert(i, Repeat("{\"schemaVersion\":1,"u8.ToArray(), Math.Min(1 + _random.Next(50_000), _maxLength / 20)));
                break;
        }

        var joined = new List<byte>(data.Length + 64);
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0)
            {
                joined.Add((byte)'\n');
            }

            joined.AddRange(lines[k]);
        }

        return [.. joined];
    }

    private static List<byte[]> Split(byte[] data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            if (i == data.Length || data[i] == '\n')
            {
                lines.Add(data[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Repeat(byte[] unit, int count)
    {
        var result = new byte[unit.Length * count];
        for (var i = 0; i < count; i++)
        {
            unit.CopyTo(result, i * unit.Length);
        }

        return result;
    }

    private static byte[] Splice(byte[] data, int at, int remove, byte[] insert)
    {
        at = Math.Clamp(at, 0, data.Length);
        remove = Math.Clamp(remove, 0, data.Length - at);
        var result = new byte[data.Length - remove + insert.Length];
        data.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result, at);
        data.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }
}
