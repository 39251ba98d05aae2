using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Synthetic;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Synthetic;

public sealed class ReportGeneratorTests
{
    private static readonly string[] ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
        "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    ];

    [Fact]
    public void Generate_SameOptions_GivesTheSameReportsByteForByte()
    {
        var options = new GeneratorOptions { Agencies = 60, FirstYear = 2017, LastYear = 2022, ErrorShare = 0.2, Seed = 42 };
        var first = new List<PlantedError>();
        var second = new List<PlantedError>();

        var a = new ReportGenerator(options).Generate(first.Add).Select(r => GovDisclosureJson.Serialize(r, indented: false)).ToList();
        var b = new ReportGenerator(options).Generate(second.Add).Select(r => GovDisclosureJson.Serialize(r, indented: false)).ToList();

        a.Should().Equal(b);
        first.Should().Equal(second);
        first.Should().NotBeEmpty();
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherAgenciesAndFigures()
    {
        var one = new ReportGenerator(new GeneratorOptions { Agencies = 50, FirstYear = 2023, LastYear = 2023, Seed = 1 }).Generate().ToList();
        var two = new ReportGenerator(new GeneratorOptions { Agencies = 50, FirstYear = 2023, LastYear = 2023, Seed = 2 }).Generate().ToList();

        one.Select(r => r.Agency.Name).Should().NotEqual(two.Select(r => r.Agency.Name));
        one.Select(r => r.Agency.CreditCode).Intersect(two.Select(r => r.Agency.CreditCode)).Should().BeEmpty();
    }

    [Fact]
    public void Generate_OneYearAlone_GivesThatYearsReportsOfALongerRun()
    {
        var options = new GeneratorOptions { Agencies = 80, FirstYear = 2010, LastYear = 2023 };
        var longRun = new ReportGenerator(options).Generate().ToList();

        foreach (var year in (int[])[2013, 2019, 2020, 2022])
        {
            var alone = new ReportGenerator(options with { FirstYear = year, LastYear = year }).Generate().ToList();

            alone.Should().Equal(longRun.Where(r => r.Year == year), "a report on {0} does not depend on the years generated before it", year);
        }
    }

    [Fact]
    public void Generate_Clean_ValidatesWithNoFindingAcrossTheThreeFormats()
    {
        var batch = SyntheticTestKit.Clean;

        SyntheticTestKit.Validate(batch.Reports).Should().BeEmpty();
        batch.Reports.Should().HaveCount(400 * 8);
        batch.Reports.Select(r => r.Format).Distinct().Should().BeEquivalentTo([ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021]);
        batch.Planted.Should().BeEmpty();
    }

    [Fact]
    public void Generate_Clean_HasEverySectionOfItsFormatAndEveryRelationHolds()
    {
        foreach (var report in SyntheticTestKit.Clean.Reports.Where((_, i) => i % 7 == 0))
        {
            report.Sections.Keys.Should().BeEquivalentTo(report.Definition.Sections.Select(s => s.Section), "{0} has every section", report);
            report.Sections.Values.Should().OnlyContain(text => text.Length > 10 && text.Length < 200);
            foreach (var relation in report.Definition.Relations.Where(r => !r.IsCrossYear))
            {
                relation.Evaluate(report).Outcome.Should().BeOneOf([RelationOutcome.Holds, RelationOutcome.NotApplicable], "{0} holds in {1}", relation.Id, report);
            }
        }
    }

    [Fact]
    public void Generate_2008To2023_CarryOverAndCumulativeTotalsContinue()
    {
        var reports = new ReportGenerator(new GeneratorOptions { Agencies = 150, FirstYear = 2008, LastYear = 2023, Seed = 3 }).Generate().ToList();

        foreach (var history in AgencyHistory.Build(reports))
        {
            CumulativeTotals.Recompute(history).Differences.Should().BeEmpty();
            var national = history.Reports.Where(r => r.Format != ReportFormat.Legacy).ToList();
            for (var i = 1; i < national.Count; i++)
            {
                foreach (var column in Enum.GetValues<Applicant>())
                {
                    national[i].Requests[RequestRow.CarriedOver, column].Should().Be(national[i - 1].Requests[RequestRow.CarriedForward, column]);
                }
            }
        }

        SyntheticTestKit.Validate(reports).Should().BeEmpty();
        reports.Where(r => r.Year == 2008 && r.LegacyPeriods.Contains(LegacyPeriod.Cumulative))
            .Should().OnlyContain(r => r.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative] == r.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual], "records began in 2008");
    }

    [Fact]
    public void Generate_Clean_PublishesBeforeTheDeadlineInTheNextYear()
    {
        foreach (var report in SyntheticTestKit.Clean.Reports)
        {
            report.PublishedOn.Should().NotBeNull();
            report.PublishedOn!.Value.Year.Should().Be(report.Year + 1);
            report.PublishedOn.Value.Should().BeOnOrBefore(PublicationDeadlines.Regulations.GetDeadline(report));
        }
    }

    [Fact]
    public void Agencies_TwoThousand_ShapedLikeTheAdministrativeHierarchy()
    {
        var agencies = new ReportGenerator(new GeneratorOptions { Agencies = 2_000 }).Agencies().ToList();

        agencies.Should().HaveCount(2_000);
        agencies.Select(a => a.CreditCode).Should().OnlyHaveUniqueItems();
        agencies.Select(a => a.Level).Distinct().Should().BeEquivalentTo(Enum.GetValues<AgencyLevel>().Cast<AgencyLevel?>());
        foreach (var agency in agencies)
        {
            var division = agency.DivisionCode!.Value;
            var credit = agency.CreditCode!.Value;
            credit.HasValidCheckCharacter.Should().BeTrue();
            credit.IsStateOrgan.Should().BeTrue();
            if (agency.Level == AgencyLevel.National)
            {
                division.Value.Should().Be("100000");
                credit.RegistrationDivision.Should().Be(division);
                continue;
            }

            ProvinceCodes.Should().Contain(division.Value[..2]);
            division.ImpliedLevel.Should().Be(agency.Level!.Value, "{0} ({1})", agency.Name, division);
            credit.RegistrationDivision.Should().Be(division.County, "{0} is registered in its county or above", agency.Name);
            if (agency.Level == AgencyLevel.Township)
            {
                division.Value.Should().HaveLength(9);
                agency.Name.Should().MatchRegex("(镇人民政府|乡人民政府|街道办事处)$");
                int.Parse(division.Value[6..], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 399);
            }
            else if (agency.Kind == AgencyKind.Government)
            {
                agency.Name.Should().MatchRegex("(人民政府|行政公署)$");
            }
        }
    }

    [Fact]
    public void Agencies_Departments_ShareTheirGovernmentsDivisionAndPlaceName()
    {
        var agencies = new ReportGenerator(new GeneratorOptions { Agencies = 100_000 }).Agencies().ToList();
        var governments = agencies.Where(a => a.Kind == AgencyKind.Government && a.Level != AgencyLevel.Township).ToDictionary(a => a.DivisionCode!.Value);

        var departments = agencies.Where(a => a.Kind == AgencyKind.Department && a.Level is AgencyLevel.County or AgencyLevel.Prefectural).ToList();
        departments.Should().NotBeEmpty();
        var matched = departments.Where(d => governments.ContainsKey(d.DivisionCode!.Value)).ToList();
        matched.Should().HaveCountGreaterThan(departments.Count / 2);
        foreach (var department in matched)
        {
            var government = governments[department.DivisionCode!.Value].Name;
            var place = government.Replace("人民政府", string.Empty, StringComparison.Ordinal).Replace("行政公署", string.Empty, StringComparison.Ordinal);
            department.Name.Should().StartWith(place);
        }
    }

    [Fact]
    public void Agencies_TwelveDigitTownshipCodes_EndInThreeZerosAndStillValidate()
    {
        var options = new GeneratorOptions { Agencies = 300, FirstYear = 2022, LastYear = 2023, TwelveDigitTownshipCodes = true };
        var reports = new ReportGenerator(options).Generate().ToList();

        var townships = reports.Where(r => r.Agency.Level == AgencyLevel.Township).ToList();
        townships.Should().NotBeEmpty();
        townships.Should().OnlyContain(r => r.Agency.DivisionCode!.Value.Value.Length == 12 && r.Agency.DivisionCode.Value.Value.EndsWith("000", StringComparison.Ordinal));
        SyntheticTestKit.Validate(reports).Should().BeEmpty();
    }

    [Fact]
    public void Generate_RequestCounts_MostAgenciesReceiveNoneAndAFewThousands()
    {
        var reports = new ReportGenerator(new GeneratorOptions { Agencies = 20_000, FirstYear = 2023, LastYear = 2023 }).Generate().ToList();
        var received = reports.Select(r => (long)r.KeyIndicators[KeyIndicator.RequestsReceived].Value).OrderByDescending(n => n).ToList();

        var zeroShare = received.Count(n => n == 0) / (double)received.Count;
        zeroShare.Should().BeInRange(0.5, 0.8, "most agencies receive no request");
        received[0].Should().BeGreaterThan(1_000, "a few receive thousands");
        received.Take(received.Count / 100).Sum().Should().BeGreaterThan(received.Sum() / 4, "the busiest 1 % receive a large share");
    }

    [Fact]
    public void Generate_National2021_SomeReportsPrintOtherHandlingAsOneRow()
    {
        var reports = SyntheticTestKit.Clean.Reports.Where(r => r.Format == ReportFormat.National2021).ToList();

        reports.Should().Contain(r => r.Requests[RequestRow.OtherHandling, Applicant.Total].IsApplicable);
        reports.Should().Contain(r => r.Requests[RequestRow.OtherOther, Applicant.Total].IsApplicable);
    }

    [Fact]
    public void Generate_WithErrors_ValidatorsFindExactlyThePlantedErrors()
    {
        var batch = SyntheticTestKit.WithErrors;
        var findings = SyntheticTestKit.Validate(batch.Reports);

        var expected = batch.Planted.SelectMany(p => p.Findings).Select(f => (f.Report, f.Code)).ToHashSet();
        var actual = findings.Select(f => (f.Report!, f.Code)).ToHashSet();
        actual.Should().BeEquivalentTo(expected);
        batch.Planted.Select(p => p.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<PlantedErrorKind>());
    }

    [Fact]
    public void Generate_WithErrors_FindingsNameTheChangedCells()
    {
        var batch = SyntheticTestKit.WithErrors;
        var findings = SyntheticTestKit.Validate(batch.Reports).ToLookup(f => (f.Report!, f.Code));

        foreach (var expected in batch.Planted.SelectMany(p => p.Findings).Where(f => !f.Cells.IsEmpty))
        {
            findings[(expected.Report, expected.Code)].Should().Contain(f => expected.Cells.All(f.Cells.Contains), "{0} names {1}", expected, string.Join(", ", expected.Cells));
        }
    }

    [Fact]
    public void Generate_WithErrors_ShareIsAboutTheOneAsked()
    {
        var batch = SyntheticTestKit.WithErrors;

        var share = batch.Planted.Count / (double)batch.Options.Reports;
        share.Should().BeInRange(0.17, 0.23);
    }

    [Fact]
    public void Generate_WithErrors_CleanReportsAreThoseOfTheCleanRun()
    {
        var options = new GeneratorOptions { Agencies = 100, FirstYear = 2018, LastYear = 2022, Seed = 5 };
        var clean = new ReportGenerator(options).Generate().ToList();
        var planted = new List<PlantedError>();
        var withErrors = new ReportGenerator(options with { ErrorShare = 0.3 }).Generate(planted.Add).ToList();

        var touched = planted.Select(p => (p.Agency.Name, p.Year)).ToHashSet();
        withErrors.Where(r => !touched.Contains((r.Agency.Name, r.Year)))
            .Should().BeSubsetOf(clean);
    }

    [Fact]
    public void Generate_MissingAndDuplicateYears_ChangeTheNumberOfReports()
    {
        var batch = SyntheticTestKit.WithErrors;

        var missing = batch.Planted.Count(p => p.Kind == PlantedErrorKind.MissingYear);
        var duplicates = batch.Planted.Count(p => p.Kind == PlantedErrorKind.DuplicateReport);
        batch.Reports.Should().HaveCount((int)batch.Options.Reports - missing + duplicates);
    }

    [Fact]
    public void Generate_HugeRun_IsStreamedNotBuiltUpFront()
    {
        var generator = new ReportGenerator(new GeneratorOptions { Agencies = 1_000_000, FirstYear = 2009, LastYear = 2023 });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var first = generator.Generate().Take(45).ToList();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        first.Should().HaveCount(45);
        first.Select(r => r.Agency.Name).Distinct().Should().HaveCount(3, "reports come agency by agency, 15 years each");
        allocated.Should().BeLessThan(20_000_000, "15 million reports are not generated to hand out 45");
    }

    [Fact]
    public void Generate_IsLazyAndRepeatable()
    {
        var generator = new ReportGenerator(new GeneratorOptions { Agencies = 5, FirstYear = 2021, LastYear = 2021 });
        var reports = generator.Generate();

        reports.Should().Equal(reports, "each enumeration starts again and gives the same reports");
    }

    [Fact]
    public void Constructor_LastYearBeforeFirst_Throws()
    {
        var act = () => new ReportGenerator(new GeneratorOptions { FirstYear = 2020, LastYear = 2019 });

        act.Should().Throw<ArgumentException>().WithMessage("*last year (2019) is before the first year (2020)*");
    }
}
