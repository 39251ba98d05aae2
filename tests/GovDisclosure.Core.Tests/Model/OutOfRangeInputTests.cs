using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Model;

/// <summary>Values outside an enum's members or a number's range are refused where they enter, never later by another exception.</summary>
public sealed class OutOfRangeInputTests
{
    private static readonly AnnualReport Huaian = Samples.Report("007-huaian-city-2024");

    [Fact]
    public void TypedTable_EnumValueOutsideTheEnum_ReadsNotApplicable()
    {
        Huaian.Requests[(RequestRow)(-1), Applicant.Total].Should().Be(CellValue.NotApplicable);
        Huaian.Requests[RequestRow.Granted, (Applicant)99].Should().Be(CellValue.NotApplicable);
    }

    [Fact]
    public void FormatCatalogGet_ValueOutsideTheEnum_ThrowsArgumentOutOfRange()
    {
        var get = () => FormatCatalog.Get((ReportFormat)(-1));

        get.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void BuilderSet_RowOutsideTheEnum_ThrowsArgumentException()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));

        var set = () => builder.Set((RequestRow)(-1), Applicant.Total, 1);

        set.Should().Throw<ArgumentException>().WithMessage("*has no cell*");
    }

    [Fact]
    public void Agency_LevelOrKindOutsideTheEnum_Throws()
    {
        var level = () => new Agency("某县人民政府") { Level = (AgencyLevel)42 };
        var kind = () => new Agency("某县人民政府") { Kind = (AgencyKind)7 };

        level.Should().Throw<ArgumentOutOfRangeException>();
        kind.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Builder_UnitOrBreakdownOutsideTheEnum_Throws()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));

        var unit = () => builder.SetMoneyUnit(CellKey.Parse("proactive.fees.amount"), (MoneyUnit)7);
        var breakdown = () => builder.AddBreakdown((BreakdownKind)5, "政策解读", 1);

        unit.Should().Throw<ArgumentOutOfRangeException>();
        breakdown.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void KeyIndicators_IndicatorOutsideTheEnum_ThrowsArgumentOutOfRange()
    {
        var read = () => Huaian.KeyIndicators[(KeyIndicator)99];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void LabeledCount_MoreThan18Digits_Throws()
    {
        var create = () => new LabeledCount("政策解读", CellValue.MaxWholeNumber + 1);

        create.Should().Throw<ArgumentOutOfRangeException>();
        new LabeledCount("政策解读", CellValue.MaxWholeNumber).Count.Should().Be(999_999_999_999_999_999);
    }

    [Fact]
    public void Breakdown_LargestCount_RoundTripsThroughJson()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2015, new Agency("某县人民政府"));
        builder.AddBreakdown(BreakdownKind.Figures, "政策解读", CellValue.MaxWholeNumber);
        var report = builder.Build();

        GovDisclosureJson.Deserialize(GovDisclosureJson.Serialize(report)).Should().Be(report);
    }

    [Fact]
    public void ReadOptions_LineLimitAbove1GiB_Throws()
    {
        var create = () => new ReportJsonReadOptions { MaxLineBytes = int.MaxValue };

        create.Should().Throw<ArgumentOutOfRangeException>();
        new ReportJsonReadOptions { MaxLineBytes = 1 << 30 }.MaxLineBytes.Should().Be(1 << 30);
    }
}
