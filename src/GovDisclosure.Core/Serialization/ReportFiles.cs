using System.Collections.Immutable;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Serialization;

/// <summary>
/// Finds and reads report files by their extension: <c>.json</c> (one report), <c>.jsonl</c> or <c>.ndjson</c>
/// (JSON Lines, one report per line) and <c>.csv</c> (either layout of <c>docs/csv.md</c>, in UTF-8 or GB18030, detected).
/// A folder stands for the report files in it and its subfolders.
/// </summary>
public static class ReportFiles
{
    /// <summary>Gets the extensions of the files read, in lower case.</summary>
    public static ImmutableArray<string> Extensions { get; } = [".json", ".jsonl", ".ndjson", ".csv"];

    /// <summary>
    /// Lists the files that paths stand for: a file as given, a folder as the report files in it and its subfolders
    /// (in ordinal order of their paths). Files in folders with other extensions are listed as ignored, never dropped silently.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>The files to read and the files ignored.</returns>
    public static ReportFileSet Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = ImmutableArray.CreateBuilder<string>();
        var ignored = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    (IsReportFile(file) ? files : ignored).Add(file);
                }
            }
            else
            {
                files.Add(path);
            }
        }

        return new ReportFileSet(files.ToImmutable(), ignored.ToImmutable());
    }

    /// <summary>Tells whether a file's extension is one of <see cref="Extensions"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> for a report file.</returns>
    public static bool IsReportFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the reports of files and folders, collecting errors: a file that cannot be opened or read, or whose
    /// extension is not one of <see cref="Extensions"/>, gives a failed result and reading goes on with the next file.
    /// </summary>
    /// <param name="paths">Files and folders (see <see cref="Find"/>).</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result per report or error, in order.</returns>
    public static IEnumerable<ReportReadResult> Read(IEnumerable<string> paths, ReportJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Find(paths).Files.SelectMany(file => ReadFile(file, options));
    }

    /// <summary>Reads the reports of one file, collecting errors (see <see cref="Read"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits of the JSON readers; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result per report or error, in order.</returns>
    public static IEnumerable<ReportReadResult> ReadFile(string path, ReportJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => ReadJson(path, options),
            ".jsonl" or ".ndjson" => ReadStream(path, stream => GovDisclosureJson.ReadLineResults(stream, path, options)),
            ".csv" => ReadStream(path, stream => GovDisclosureCsv.ReadResults(stream, path)),
            _ => [Failure(path, $"expected a report file ending in {string.Join(", ", Extensions)}, found '{Path.GetFileName(path)}'.")],
        };
    }

    private static IEnumerable<ReportReadResult> ReadJson(string path, ReportJsonReadOptions? options)
    {
        ReportReadResult result;
        try
        {
            result = ReportReadResult.Success(GovDisclosureJson.ReadFile(path, options), new ReadLocation { Source = path });
        }
        catch (ReportReadException error)
        {
            result = ReportReadResult.Failure(error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            result = Failure(path, error.Message);
        }

        return [result];
    }

    /// <summary>Reads the results of a file read as a stream, turning an I/O error into a result that ends its reading.</summary>
    private static IEnumerable<ReportReadResult> ReadStream(string path, Func<Stream, IEnumerable<ReportReadResult>> read)
    {
        FileStream? stream = null;
        string? openError = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            openError = error.Message;
        }

        if (stream is null)
        {
            yield return Failure(path, openError!);
            yield break;
        }

        using (stream)
        {
            using var results = read(stream).GetEnumerator();
            while (true)
            {
                ReportReadResult? failure = null;
                try
                {
                    if (!results.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    failure = Failure(path, error.Message);
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                yield return results.Current;
            }
        }
    }

    private static ReportReadResult Failure(string path, string problem) =>
        ReportReadResult.Failure(new ReportReadException(problem, new ReadLocation { Source = path }), stoppedReading: true);
}

/// <summary>The files that paths stand for.</summary>
public sealed class ReportFileSet
{
    /// <summary>Initializes a new instance of the <see cref="ReportFileSet"/> class.</summary>
    /// <param name="files">The files to read, in order.</param>
    /// <param name="ignored">Files found in folders whose extension is not a report file's.</param>
    public ReportFileSet(ImmutableArray<string> files, ImmutableArray<string> ignored)
    {
        Files = files.IsDefault ? [] : files;
        Ignored = ignored.IsDefault ? [] : ignored;
    }

    /// <summary>Gets the files to read, in order.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Gets the files found in folders whose extension is not a report file's.</summary>
    public ImmutableArray<string> Ignored { get; }
}
