using System.Text;
using System.Text.Unicode;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Opens a CSV input in its encoding: the start of the stream is read to detect it (a byte order mark; else UTF-8 when
/// the start is valid UTF-8, otherwise GB18030), then given back to the CSV reader ahead of the rest of the stream.
/// </summary>
internal static class CsvInput
{
    /// <summary>How much of the input's start is examined to detect its encoding.</summary>
    public const int DetectionBytes = 64 * 1024;

    /// <summary>Gets the GB18030 encoding (which includes GBK and GB2312), from the code pages of the .NET runtime.</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>Reads the start of the input (synchronously) and says in which encoding to read it.</summary>
    public static (Stream Input, Encoding? Encoding) Open(Stream stream, Encoding? named)
    {
        var start = new byte[DetectionBytes];
        var length = 0;
        int read;
        while (length < start.Length && (read = stream.Read(start, length, start.Length - length)) > 0)
        {
            length += read;
        }

        return (new PrefixedStream(start, length, stream), Detect(start.AsSpan(0, length), named, length < start.Length));
    }

    /// <summary>Reads the start of the input (asynchronously) and says in which encoding to read it.</summary>
    public static async Task<(Stream Input, Encoding? Encoding)> OpenAsync(Stream stream, Encoding? named, CancellationToken cancellationToken)
    {
        var start = new byte[DetectionBytes];
        var length = 0;
        int read;
        while (length < start.Length && (read = await stream.ReadAsync(start.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return (new PrefixedStream(start, length, stream), Detect(start.AsSpan(0, length), named, length < start.Length));
    }

    /// <summary>
    /// The encoding to give the CSV reader: <see langword="null"/> for UTF-8 and for input with a UTF-16 or UTF-32 byte
    /// order mark (which the reader honours itself); else the named encoding, or GB18030 when the start is not UTF-8.
    /// </summary>
    internal static Encoding? Detect(ReadOnlySpan<byte> start, Encoding? named, bool whole)
    {
        if (start.StartsWith("\uFEFF"u8) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        if (named is not null)
        {
            return named.CodePage == Encoding.UTF8.CodePage ? null : named;
        }

        return IsUtf8(start, whole) ? null : Gb18030;
    }

    /// <summary>Whether bytes are valid UTF-8; unless they are the whole input, a sequence cut at their end is allowed.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool whole)
    {
        Span<char> chars = stackalloc char[1024];
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: whole);
            switch (status)
            {
                case System.Buffers.OperationStatus.InvalidData:
                    return false;
                case System.Buffers.OperationStatus.NeedMoreData:
                    return true;
            }

            bytes = bytes[read..];
        }

        return true;
    }

    /// <summary>A read-only stream that gives bytes already read from another stream, then the rest of it.</summary>
    private sealed class PrefixedStream(byte[] prefix, int length, Stream rest) : Stream
    {
        private int _position;

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
            if (_position < length)
            {
                var count = Math.Min(buffer.Length, length - _position);
                prefix.AsSpan(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            return rest.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _position < length ? ValueTask.FromResult(Read(buffer.Span)) : rest.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
