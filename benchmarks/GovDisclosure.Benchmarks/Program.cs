using BenchmarkDotNet.Running;
using GovDisclosure.Benchmarks.Csv;

if (args is ["csv-memory"])
{
    CsvMemoryCheck.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
