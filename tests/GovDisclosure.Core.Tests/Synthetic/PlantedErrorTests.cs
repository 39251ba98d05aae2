using FluentAssertions;
using GovDisclosure.Synthetic;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Synthetic;

public sealed class PlantedErrorTests
{
    [Fact]
    public void Equality_ComparesCellsAndFindingsByValue()
    {
        var options = new GeneratorOptions { Agencies = 30, FirstYear = 2019, LastYear = 2023, ErrorShare = 0.4, Seed = 11 };
        var first = new List<PlantedError>();
        var second = new List<PlantedError>();
        _ = new ReportGenerator(options).Generate(first.Add).Count();
        _ = new ReportGenerator(options).Generate(second.Add).Count();

        first.Should().NotBeEmpty();
        for (var i = 0; i < first.Count; i++)
        {
            first[i].Should().NotBeSameAs(second[i]);
            first[i].Should().Be(second[i]);
            first[i].GetHashCode().Should().Be(second[i].GetHashCode());
        }
    }

    [Fact]
    public void ToString_SaysKindAgencyYearAndWhatWasDone()
    {
        var planted = new List<PlantedError>();
        _ = new ReportGenerator(new GeneratorOptions { Agencies = 30, FirstYear = 2021, LastYear = 2023, ErrorShare = 0.4 }).Generate(planted.Add).Count();

        var error = planted.First(p => !p.Cells.IsEmpty);
        error.ToString().Should().Contain(error.Kind.ToString()).And.Contain(error.Agency.Name).And.Contain(error.Cells[0].ToString());
    }

    [Fact]
    public void ExpectedFinding_DefaultCells_AreEmpty()
    {
        var finding = new ExpectedFinding(new ReportIdentity("某县人民政府", 2023, ReportFormat.National2021), RuleCodes.PublishedLate, default);

        finding.Cells.Should().BeEmpty();
        finding.Should().Be(new ExpectedFinding(new ReportIdentity("某县人民政府", 2023, ReportFormat.National2021), RuleCodes.PublishedLate, []));
        finding.ToString().Should().Be("GD0502 某县人民政府 2023");
    }
}
