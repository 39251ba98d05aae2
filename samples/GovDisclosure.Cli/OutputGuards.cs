namespace GovDisclosure.Cli;

/// <summary>Output could not be written (a full disk, a closed pipe, a folder that does not exist).</summary>
internal sealed class OutputException(string message, Exception innerException) : Exception(message, innerException)
{
    /// <summary>Runs a write and turns an I/O failure into an <see cref="OutputException"/> naming the output.</summary>
    public static void Guard(string name, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"could not write {name}: {exception.Message}", exception);
        }
    }
}

/// <summary>A text writer whose write failures become <see cref="OutputException"/>s naming the output.</summary>
internal sealed class GuardedTextWriter(TextWriter inner, string name) : TextWriter(inner.FormatProvider)
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value!;
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write) => OutputException.Guard(name, write);
}

/// <summary>A stream whose write failures become <see cref="OutputException"/>s naming the output file.</summary>
internal sealed class GuardedStream(Stream inner, string name) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write) => OutputException.Guard(name, write);
}
