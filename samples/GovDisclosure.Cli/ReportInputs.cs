using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GovDisclosure.Serialization;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli;

/// <summary>The inputs of the commands that read many reports (validate, rollup, history): files, folders and standard input.</summary>
public static partial class CliApp
{
    private const string StandardInputPath = "-";

    /// <summary>
    /// The FILE|DIR... argument: one or more paths, '-' at most once; a word starting with '-' is an unknown option,
    /// never taken for a path.
    /// </summary>
    private static Argument<string[]> ReportInputsArgument(string description)
    {
        var inputs = new Argument<string[]>("FILE|DIR")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            // An option the command does not have would otherwise be taken for a path, and reported as unreadable.
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-') && t.Value != StandardInputPath) is { } unknown)
            {
                result.AddError($"Unrecognized option '{unknown.Value}'; a file whose name starts with '-' can be given as './{unknown.Value}'.");
            }
            else if (result.Tokens.Count(t => t.Value == StandardInputPath) > 1)
            {
                result.AddError("'-' (standard input) can be given only once.");
            }
        });
        return inputs;
    }

    /// <summary>
    /// The reports and read errors of the inputs, in the order given: '-' as JSON Lines on standard input, a folder as the
    /// report files in it (the others are added to <paramref name="ignored"/>), a path that does not exist as an unreadable input.
    /// </summary>
    private static IEnumerable<ReportReadResult> ReadInputs(string[] paths, List<string> ignored, Func<Stream> openStandardInput, ProgressLine? progress)
    {
        var count = 0;
        foreach (var path in paths)
        {
            foreach (var input in Read(path))
            {
                progress?.Show(++count);
                yield return input;
            }
        }

        IEnumerable<ReportReadResult> Read(string path)
        {
            if (path == StandardInputPath)
            {
                return ReadStandardInput();
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return [ReportReadResult.Failure(new ReportReadException("file or folder not found.", new ReadLocation { Source = path }), stoppedReading: true)];
            }

            var files = ReportFiles.Find([path]);
            ignored.AddRange(files.Ignored);
            return files.Files.SelectMany(file => ReportFiles.ReadFile(file, ReadOptions));
        }

        IEnumerable<ReportReadResult> ReadStandardInput()
        {
            using var stream = openStandardInput();
            foreach (var input in GovDisclosureJson.ReadLineResults(stream, StandardInputPath, ReadOptions))
            {
                yield return input;
            }
        }
    }

    /// <summary>The limits of the JSON readers, with JSON Lines parsed on every core (the results still in the order of the lines).</summary>
    private static ReportJsonReadOptions ReadOptions { get; } = new() { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, 256) };

    /// <summary>
    /// The most reports held at once by the commands that work over each agency's reports (2,000; the environment variable
    /// GOVDISCLOSURE_AGENCY_BATCH_SIZE sets another, which tests use to make small batches go through the temporary file).
    /// </summary>
    private static int AgencyBatchSize() =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVDISCLOSURE_AGENCY_BATCH_SIZE"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : 2_000;

    /// <summary>
    /// How many inputs have been read (or, with <paramref name="describe"/>, anything else counted), on standard error when
    /// it is a terminal: shown after a second, redrawn at most four times a second, and wiped before anything is written to
    /// standard output, which is flushed first so the two never mix.
    /// </summary>
    private sealed class ProgressLine(TextWriter output, TextWriter error, DisplayLanguage language, Func<int, DisplayLanguage, string>? describe = null)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _next = 1000;
        private int _width;

        public void Show(int inputs)
        {
            if (_clock.ElapsedMilliseconds < _next)
            {
                return;
            }

            _next = _clock.ElapsedMilliseconds + 250;
            output.Flush();
            var text = describe is not null ? describe(inputs, language)
                : language == DisplayLanguage.English
                ? string.Create(CultureInfo.InvariantCulture, $"{inputs} inputs read…")
                : string.Create(CultureInfo.InvariantCulture, $"已读取 {inputs} 份输入…");
            var width = DisplayWidth.Of(text);
            error.Write("\r" + text + new string(' ', Math.Max(0, _width - width)));
            error.Flush();
            _width = Math.Max(_width, width);
        }

        public void Clear()
        {
            if (_width == 0)
            {
                return;
            }

            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }
}
