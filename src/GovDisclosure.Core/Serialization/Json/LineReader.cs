using System.Buffers;

namespace GovDisclosure.Serialization.Json;

/// <summary>Splits a UTF-8 stream into lines without ever holding more than one line (and a read block) in memory.</summary>
internal sealed class LineReader : IDisposable
{
    private const int BlockSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly string? _source;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _atStart = true;
    private long _nextLine = 1;

    public LineReader(Stream stream, string? source, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _source = source;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(BlockSize, maxLineBytes + 2));
    }

    /// <summary>Gets the next line from what has been read so far, without its line break; false when more input is needed or the input is over.</summary>
    public bool TryTakeLine(out ReadOnlyMemory<byte> line, out long lineNumber)
    {
        if (_atStart && !_endOfStream)
        {
            line = default;
            lineNumber = 0;
            return false;
        }

        var pending = _buffer.AsSpan(_start, _end - _start);
        var newline = pending.IndexOf((byte)'\n');
        if (newline < 0 && !(_endOfStream && pending.Length > 0))
        {
            // The line so far, less a final \r that may be the start of a CRLF line end.
            if (ContentLength(pending) > _maxLineBytes)
            {
                throw TooLong();
            }

            line = default;
            lineNumber = 0;
            return false;
        }

        var length = newline < 0 ? pending.Length : newline;
        var content = ContentLength(pending[..length]);
        if (content > _maxLineBytes)
        {
            throw TooLong();
        }

        line = _buffer.AsMemory(_start, content);
        lineNumber = _nextLine++;
        _start += newline < 0 ? length : length + 1;
        return true;
    }

    /// <summary>Gets a value indicating whether the input is over and every line was taken.</summary>
    public bool IsFinished => _endOfStream && _start == _end;

    /// <summary>Takes the next line, reading the stream as far as it needs; false at the end of the input.</summary>
    /// <param name="line">The line's content, without its line end.</param>
    /// <param name="lineNumber">The line's number, from 1.</param>
    /// <returns>Whether a line was taken.</returns>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out long lineNumber)
    {
        while (!IsFinished)
        {
            if (TryTakeLine(out line, out lineNumber))
            {
                return true;
            }

            Fill();
        }

        line = default;
        lineNumber = 0;
        return false;
    }

    public void Fill()
    {
        var free = Prepare();
        Consumed(_stream.Read(_buffer, _end, free));
    }

    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        var free = Prepare();
        Consumed(await _stream.ReadAsync(_buffer.AsMemory(_end, free), cancellationToken).ConfigureAwait(false));
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private int Prepare()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, (long)_maxLineBytes + 2));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.Length - _end;
    }

    private void Consumed(int read)
    {
        if (read == 0)
        {
            _endOfStream = true;
        }

        _end += read;
        if (_atStart && (_end >= 3 || _endOfStream))
        {
            _atStart = false;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    private static int ContentLength(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;

    private ReportReadException TooLong() => new(
        $"the line is longer than the limit of {_maxLineBytes} bytes (ReportJsonReadOptions.MaxLineBytes); a report line is usually a few kilobytes.",
        new ReadLocation { Source = _source, Line = _nextLine });
}
