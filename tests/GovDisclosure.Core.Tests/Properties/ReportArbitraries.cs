using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Catalog;
using GovDisclosure.Tests.Shared;

namespace GovDisclosure.Tests.Properties;

/// <summary>One random report and the seed that gives it again (<c>RandomReports.Create(seed)</c>).</summary>
public sealed record GeneratedReport(int Seed, AnnualReport Report)
{
    public override string ToString() => $"seed {Seed}: {Report}";
}

/// <summary>Random reports of any formats, years and agencies, and the seed that gives them again.</summary>
public sealed record GeneratedBatch(int Seed, ImmutableArray<AnnualReport> Reports)
{
    public override string ToString() => $"seed {Seed}: {Reports.Length} reports";
}

/// <summary>One to six reports of one format and year by different agencies, small enough that their sums stay within 18 digits.</summary>
public sealed record GeneratedGroup(int Seed, ImmutableArray<AnnualReport> Reports)
{
    public override string ToString() => $"seed {Seed}: {Reports.Length} {Reports[0].Definition.Key} reports on {Reports[0].Year}";
}

/// <summary>One agency's reports over random years (some repeated, some missing), each in a random format.</summary>
public sealed record GeneratedSeries(int Seed, ImmutableArray<AnnualReport> Reports)
{
    public override string ToString() => $"seed {Seed}: {Reports.Length} reports of {Reports.FirstOrDefault()?.Agency.Name}";
}

/// <summary>The FsCheck generators of the property tests: each draws a seed, and the seed builds the value.</summary>
public static class ReportArbitraries
{
    public static Arbitrary<GeneratedReport> Reports() =>
        Arb.From(Seeds().Select(seed => new GeneratedReport(seed, RandomReports.Create(seed))));

    public static Arbitrary<GeneratedBatch> Batches() =>
        Arb.From(Seeds().Select(seed =>
        {
            var random = new Random(seed);
            return new GeneratedBatch(seed, [.. Enumerable.Range(0, random.Next(6)).Select(_ => RandomReports.Create(random.Next()))]);
        }));

    public static Arbitrary<GeneratedGroup> Groups() =>
        Arb.From(Seeds().Select(seed =>
        {
            var random = new Random(seed);
            var format = FormatCatalog.All[random.Next(FormatCatalog.All.Length)];
            var year = RandomReports.RandomYear(random, format);
            var reports = Enumerable.Range(0, 1 + random.Next(6))
                .Select(i => RandomReports.Create(random, format, year, RandomReports.RandomAgency(random) with { Name = $"机构{i}", CreditCode = null }, RandomReports.Range.Summable))
                .ToImmutableArray();
            return new GeneratedGroup(seed, reports);
        }));

    public static Arbitrary<GeneratedSeries> Series() =>
        Arb.From(Seeds().Select(seed =>
        {
            var random = new Random(seed);
            var agency = RandomReports.RandomAgency(random);
            var reports = Enumerable.Range(0, random.Next(8))
                .Select(_ =>
                {
                    var year = random.Next(AnnualReport.MinYear, 2030);
                    return RandomReports.Create(random, FormatCatalog.ForYear(year), year, agency, random.Next(2) == 0 ? RandomReports.Range.Full : RandomReports.Range.Summable);
                })
                .ToImmutableArray();
            return new GeneratedSeries(seed, reports);
        }));

    private static Gen<int> Seeds() => Gen.Choose(0, int.MaxValue);
}
