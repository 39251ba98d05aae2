using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Rollup;
using static GovDisclosure.Tests.Rollup.HistoryTestReports;

namespace GovDisclosure.Tests.Rollup;

public sealed class SeriesTableTests
{
    [Fact]
    public void Rows_LegacyThenNational_OneRowPerIndicatorTheFormatCanGive()
    {
        var seed = Seed2018();
        var gaoqiao2019 = AsYear(PingtanZone2019(), 2019, seed.Agency);

        var rows = SeriesTable.Rows(AgencyHistory.Build([gaoqiao2019, seed])).ToList();

        var legacyIndicators = FormatCatalog.Legacy.KeyIndicators.Count(k => k.IsAvailable);
        var nationalIndicators = FormatCatalog.National2019.KeyIndicators.Count(k => k.IsAvailable);
        legacyIndicators.Should().Be(12);
        nationalIndicators.Should().Be(14);
        rows.Should().HaveCount(legacyIndicators + nationalIndicators);
        rows.Select(r => r.Year).Should().BeInAscendingOrder();
        rows.Should().NotContain(r => r.Year == 2018 && r.Indicator == KeyIndicator.RequestsCarriedOver, "the legacy format cannot give it: absent, never 0");
        rows.Should().NotContain(r => r.Year == 2019 && r.Indicator == KeyIndicator.ProactivelyDisclosed);
    }

    [Fact]
    public void Rows_RequestsReceived2019_IdentityValueChangeAndGrowth()
    {
        var seed = Seed2018();
        var gaoqiao2019 = AsYear(PingtanZone2019(), 2019, seed.Agency);

        var row = SeriesTable.Rows(AgencyHistory.Build([seed, gaoqiao2019]))
            .Single(r => r.Year == 2019 && r.IndicatorKey == "requestsReceived");

        row.Should().BeEquivalentTo(new SeriesRow
        {
            AgencyName = "沙县高桥镇人民政府",
            AgencyKey = "name:沙县高桥镇人民政府",
            Year = 2019,
            Format = ReportFormat.National2019,
            Indicator = KeyIndicator.RequestsReceived,
            IndicatorKey = "requestsReceived",
            Value = 23L,
            PreviousYear = 2018,
            Previous = 0L,
            Change = 23L,
            GrowthRate = null,
        });
    }

    [Fact]
    public void Rows_RenamedAgencyUnderOneCreditCode_IdentityOfTheLatestReport()
    {
        var code = UnifiedSocialCreditCode.Parse("11140800558745220K");
        var division = DivisionCode.Parse("350128");
        var zone2019 = PingtanZone2019() with { Agency = new Agency("平潭综合实验区管委会") { CreditCode = code } };
        var zone2021 = AsYear(PingtanZone2024(), 2021, new Agency("平潭综合实验区管委会办公室") { CreditCode = code, DivisionCode = division });

        var rows = SeriesTable.Rows(AgencyHistory.Build([zone2019, zone2021])).ToList();

        rows.Should().AllSatisfy(r =>
        {
            r.AgencyName.Should().Be("平潭综合实验区管委会办公室");
            r.CreditCode.Should().Be(code);
            r.DivisionCode.Should().Be(division);
            r.AgencyKey.Should().Be("creditCode:11140800558745220K");
        });
        rows.Where(r => r.Year == 2021).Should().AllSatisfy(r => r.PreviousYear.Should().BeNull("2020 is missing"));
    }

    [Fact]
    public void Rows_BlankIndicator_RowWithABlankValue()
    {
        var zone2019 = With(PingtanZone2019(), ("requests.granted.total", CellValue.Blank));

        var row = SeriesTable.Rows(AgencyHistory.Build([zone2019])).Single(r => r.Indicator == KeyIndicator.Granted);

        row.Value.Should().Be(CellValue.Blank);
        row.GrowthRate.Should().BeNull();
    }

    [Fact]
    public void Rows_NullHistories_ThrowsArgumentNull()
    {
        var act = () => SeriesTable.Rows(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
