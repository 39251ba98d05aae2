using System.Globalization;
using GovDisclosure;
using GovDisclosure.Fuzzing;
using GovDisclosure.Tests.Shared;

// Long fuzz runs by hand (the test suite runs a short seeded one):
//   dotnet run -c Release --project tests/GovDisclosure.Fuzz -- --reader json --count 1000000 [--seed 1] [--max-length 1048576] [--out folder]
// Readers: json, jsonl, csv-tidy, csv-wide, text, html; --reader all runs every reader. Inputs that crash, or take more than
// a second (SLOW), are saved to --out (default: fuzz-crashes in the current folder).
//   dotnet run -c Release --project tests/GovDisclosure.Fuzz -- --reader csv-tidy --replay fuzz-crashes/csv-tidy-1-42.bin
// reads one saved input again (four times, through each way the target reads) and prints what happened in full.
var options = new Dictionary<string, string>(StringComparer.Ordinal) { ["--reader"] = "all", ["--count"] = "100000", ["--seed"] = "1", ["--max-length"] = "1048576", ["--out"] = "fuzz-crashes", ["--replay"] = string.Empty };
const string Usage = "usage: --reader all|json|jsonl|csv-tidy|csv-wide|text|html [--count N] [--seed N] [--max-length BYTES] [--out FOLDER] [--replay FILE]";
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(Usage);
    return 0;
}

for (var i = 0; i < args.Length; i += 2)
{
    if (!options.ContainsKey(args[i]))
    {
        Console.Error.WriteLine($"unknown option {args[i]}: {Usage}");
        return 2;
    }

    if (i + 1 == args.Length)
    {
        Console.Error.WriteLine($"option {args[i]} needs a value: {Usage}");
        return 2;
    }

    options[args[i]] = args[i + 1];
}

var samples = Environment.GetEnvironmentVariable("GOVDISCLOSURE_SAMPLES") ?? Path.Combine(RepositoryPaths.Root, "..", "shared", "samples", "reports");
var samplesFolder = Directory.Exists(samples) ? samples : null;
var targets = CoreFuzzTargets.All(RepositoryPaths.Root, samplesFolder).Concat(CsvFuzzTargets.All(RepositoryPaths.Root, samplesFolder)).Concat(ExtractionFuzzTargets.All(RepositoryPaths.Root, samplesFolder)).ToList();
var selected = options["--reader"] == "all" ? targets : targets.Where(t => t.Name == options["--reader"]).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"unknown reader {options["--reader"]}: expected all or one of {string.Join(", ", targets.Select(t => t.Name))}");
    return 2;
}

if (options["--replay"].Length > 0)
{
    if (selected.Count != 1)
    {
        Console.Error.WriteLine("--replay needs one --reader");
        return 2;
    }

    // Four times: the targets read every second or fourth input another way (a stream, the collecting reader).
    var input = File.ReadAllBytes(options["--replay"]);
    var status = 0;
    for (var pass = 1; pass <= 4; pass++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Console.WriteLine($"pass {pass}: read {selected[0].Read(input)} report(s) in {watch.ElapsedMilliseconds} ms");
        }
        catch (ReportReadException error) when (FuzzRunner.HasLocation(error))
        {
            Console.WriteLine($"pass {pass}: rejected in {watch.ElapsedMilliseconds} ms at {error.Location}: {error.Message}");
        }
        catch (Exception error)
        {
            Console.WriteLine($"pass {pass}: CRASH in {watch.ElapsedMilliseconds} ms: {error}");
            status = 1;
        }
    }

    return status;
}

var count = long.Parse(options["--count"], CultureInfo.InvariantCulture);
var seed = int.Parse(options["--seed"], CultureInfo.InvariantCulture);
var maxLength = int.Parse(options["--max-length"], CultureInfo.InvariantCulture);
var crashes = 0L;
foreach (var target in selected)
{
    var summary = FuzzRunner.Run(
        target,
        count,
        seed,
        maxLength,
        crash =>
        {
            Directory.CreateDirectory(options["--out"]);
            var file = Path.Combine(options["--out"], $"{target.Name}-{seed}-{crash.Index}.bin");
            File.WriteAllBytes(file, crash.Input);
            Console.WriteLine($"CRASH {file}: {crash.Error.GetType().Name}: {crash.Error.Message.Split('\n')[0]}");
        },
        progress => Console.Error.Write($"\r{progress}"),
        (index, input, elapsed) =>
        {
            Directory.CreateDirectory(options["--out"]);
            var file = Path.Combine(options["--out"], $"{target.Name}-{seed}-{index}.slow.bin");
            File.WriteAllBytes(file, input);
            Console.WriteLine($"SLOW {file}: {elapsed.TotalMilliseconds:F0} ms, {input.Length:N0} bytes");
        });
    Console.Error.WriteLine();
    Console.WriteLine(summary);
    crashes += summary.CrashCount;
}

return crashes == 0 ? 0 : 1;
