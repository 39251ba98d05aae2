using BenchmarkDotNet.Running;

// Exit 1 when a benchmark could not be built, set up or run, so that a dry run in CI fails on it.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.IsEmpty).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"benchmark run failed: {summary.Title}");
}

return failed.Count == 0 ? 0 : 1;
