using FluentAssertions;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.Catalog;

/// <summary>The mapping of formats.md's last table ("Key indicators"), format by format.</summary>
public sealed class KeyIndicatorDefinitionTests
{
    [Theory]
    [InlineData(KeyIndicator.ProactivelyDisclosed, "legacy.proactive.total.annual")]
    [InlineData(KeyIndicator.RequestsReceived, "legacy.requests.total.annual")]
    [InlineData(KeyIndicator.RequestsCarriedOver)]
    [InlineData(KeyIndicator.Granted, "legacy.responses.granted.annual")]
    [InlineData(KeyIndicator.PartiallyGranted, "legacy.responses.partiallyGranted.annual")]
    [InlineData(KeyIndicator.Denied, "legacy.responses.denied.annual")]
    [InlineData(KeyIndicator.Unavailable, "legacy.responses.notThisAgency.annual", "legacy.responses.notExist.annual")]
    [InlineData(KeyIndicator.NotProcessed)]
    [InlineData(
        KeyIndicator.OtherOutcome,
        "legacy.responses.other.annual",
        "legacy.responses.alreadyPublic.annual",
        "legacy.responses.correctionRequested.annual",
        "legacy.responses.otherRoute.annual")]
    [InlineData(KeyIndicator.RequestsHandled, "legacy.responses.total.annual")]
    [InlineData(KeyIndicator.CarriedForward)]
    [InlineData(KeyIndicator.Reconsiderations, "legacy.reconsideration.total.annual")]
    [InlineData(KeyIndicator.ReconsiderationsCorrected, "legacy.reconsideration.corrected.annual")]
    [InlineData(KeyIndicator.Lawsuits, "legacy.litigation.total.annual")]
    [InlineData(KeyIndicator.LawsuitsCorrected, "legacy.litigation.corrected.annual")]
    public void Legacy_Indicator_AddsTheCellsOfFormatsMd(KeyIndicator indicator, params string[] cells)
    {
        var definition = FormatCatalog.Legacy.GetKeyIndicator(indicator);

        definition.Indicator.Should().Be(indicator);
        definition.Cells.Select(c => c.ToString()).Should().BeEquivalentTo(cells);
        definition.IsAvailable.Should().Be(cells.Length > 0);
    }

    [Theory]
    [InlineData(KeyIndicator.ProactivelyDisclosed)]
    [InlineData(KeyIndicator.RequestsReceived, "requests.newlyReceived.total")]
    [InlineData(KeyIndicator.RequestsCarriedOver, "requests.carriedOver.total")]
    [InlineData(KeyIndicator.Granted, "requests.granted.total")]
    [InlineData(KeyIndicator.PartiallyGranted, "requests.partiallyGranted.total")]
    [InlineData(
        KeyIndicator.Denied,
        "requests.deniedStateSecret.total",
        "requests.deniedProhibitedByLaw.total",
        "requests.deniedEndangersSecurity.total",
        "requests.deniedThirdPartyRights.total",
        "requests.deniedInternalAffairs.total",
        "requests.deniedProcessInformation.total",
        "requests.deniedEnforcementFile.total",
        "requests.deniedAdministrativeQuery.total")]
    [InlineData(KeyIndicator.Unavailable, "requests.unavailableNotHeld.total", "requests.unavailableNeedsCreation.total", "requests.unavailableUnclear.total")]
    [InlineData(
        KeyIndicator.NotProcessed,
        "requests.notProcessedComplaint.total",
        "requests.notProcessedDuplicate.total",
        "requests.notProcessedPublication.total",
        "requests.notProcessedExcessive.total",
        "requests.notProcessedConfirmation.total")]
    [InlineData(KeyIndicator.RequestsHandled, "requests.resultsTotal.total")]
    [InlineData(KeyIndicator.CarriedForward, "requests.carriedForward.total")]
    [InlineData(KeyIndicator.Reconsiderations, "reviews.reconsideration.total")]
    [InlineData(KeyIndicator.ReconsiderationsCorrected, "reviews.reconsideration.corrected")]
    [InlineData(KeyIndicator.Lawsuits, "reviews.litigationDirect.total", "reviews.litigationAfterReconsideration.total")]
    [InlineData(KeyIndicator.LawsuitsCorrected, "reviews.litigationDirect.corrected", "reviews.litigationAfterReconsideration.corrected")]
    public void National_Indicator_AddsTheCellsOfFormatsMd(KeyIndicator indicator, params string[] cells)
    {
        foreach (var format in new[] { FormatCatalog.National2019, FormatCatalog.National2021 })
        {
            var definition = format.GetKeyIndicator(indicator);

            definition.Cells.Select(c => c.ToString()).Should().BeEquivalentTo(cells, format.Key);
            definition.IsAvailable.Should().Be(cells.Length > 0);
        }
    }

    [Fact]
    public void National2019_OtherOutcome_IsTheSingleOtherHandlingRow()
    {
        FormatCatalog.National2019.GetKeyIndicator(KeyIndicator.OtherOutcome).Cells.Select(c => c.ToString())
            .Should().Equal("requests.otherHandling.total");
    }

    [Fact]
    public void National2021_OtherOutcome_IsTheThreeOtherRowsOrTheOptionalSingleRow()
    {
        FormatCatalog.National2021.GetKeyIndicator(KeyIndicator.OtherOutcome).Cells.Select(c => c.ToString()).Should().BeEquivalentTo(
            "requests.otherNoCorrection.total", "requests.otherFeeUnpaid.total", "requests.otherOther.total", "requests.otherHandling.total");
    }

    [Fact]
    public void Cells_AreCellsOfTheirFormat()
    {
        foreach (var format in FormatCatalog.All)
        {
            foreach (var cell in format.KeyIndicators.SelectMany(k => k.Cells))
            {
                format.TryGetCell(cell, out _).Should().BeTrue($"{cell} in {format.Key}");
            }
        }
    }

    [Fact]
    public void Evaluate_2021ReportUsingTheSingleOtherHandlingRow_ReadsIt()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, new Agency("某区人民政府"))
            .Set(RequestRow.OtherHandling, Applicant.Total, 9)
            .Build();

        FormatCatalog.National2021.GetKeyIndicator(KeyIndicator.OtherOutcome).Evaluate(report).Should().Be(CellValue.Of(9));
    }

    [Fact]
    public void Evaluate_NoCellApplies_IsNotApplicableNeverZero()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2015, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.proactive.total.annual"), 12)
            .Build();

        var value = FormatCatalog.Legacy.GetKeyIndicator(KeyIndicator.Unavailable).Evaluate(report);

        value.IsApplicable.Should().BeFalse();
        value.Should().NotBe(CellValue.Of(0));
    }

    [Fact]
    public void Evaluate_NullReport_Throws()
    {
        var act = () => FormatCatalog.Legacy.GetKeyIndicator(KeyIndicator.Granted).Evaluate(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
