using BenchmarkDotNet.Attributes;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Benchmarks.Synthetic;

/// <summary>
/// <see cref="ReportGenerator"/>: reports per second for each format (results per report), and a whole country's year —
/// 200,000 agencies — in one run. Legacy reports recompute their cumulative totals from 2008, so a legacy year alone costs
/// more than a year of a longer run.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private const int Agencies = 10_000;
    private const int SeriesAgencies = 1_000;
    private const int SeriesYears = 8;
    private const int Country = 200_000;

    /// <summary>10,000 national2021 reports (2023), per report.</summary>
    [Benchmark(OperationsPerInvoke = Agencies)]
    public int National2021() => Count(new GeneratorOptions { Agencies = Agencies, FirstYear = 2023, LastYear = 2023 });

    /// <summary>10,000 national2019 reports (2020), per report.</summary>
    [Benchmark(OperationsPerInvoke = Agencies)]
    public int National2019() => Count(new GeneratorOptions { Agencies = Agencies, FirstYear = 2020, LastYear = 2020 });

    /// <summary>10,000 legacy reports (2016, cumulative totals since 2008), per report.</summary>
    [Benchmark(OperationsPerInvoke = Agencies)]
    public int Legacy() => Count(new GeneratorOptions { Agencies = Agencies, FirstYear = 2016, LastYear = 2016 });

    /// <summary>1,000 agencies × 2016–2023 with 5 % planted errors, per report.</summary>
    [Benchmark(OperationsPerInvoke = SeriesAgencies * SeriesYears)]
    public int SeriesWithErrors() => Count(new GeneratorOptions { Agencies = SeriesAgencies, FirstYear = 2016, LastYear = 2016 + SeriesYears - 1, ErrorShare = 0.05 });

    /// <summary>A country's year: 200,000 agencies' national2021 reports on 2023, in one run.</summary>
    [Benchmark]
    public int CountryYear() => Count(new GeneratorOptions { Agencies = Country, FirstYear = 2023, LastYear = 2023 });

    private static int Count(GeneratorOptions options)
    {
        var count = 0;
        foreach (var report in new ReportGenerator(options).Generate())
        {
            count += report.Year > 0 ? 1 : 0;
        }

        return count;
    }
}
