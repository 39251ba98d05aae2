using FluentAssertions;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.Catalog;

public sealed class FormatCatalogTests
{
    private static readonly Type[] TableEnums =
    [
        typeof(RequestRow), typeof(Applicant), typeof(ProactiveRow), typeof(ProactiveColumn), typeof(ReviewRow), typeof(ReviewColumn),
        typeof(LegacyIndicator), typeof(LegacyPeriod),
    ];

    [Fact]
    public void All_IsTheThreeFormatsInEnumOrder()
    {
        FormatCatalog.All.Select(f => f.Key).Should().Equal("legacy", "national2019", "national2021");
        FormatCatalog.All.Select(f => f.Format).Should().Equal(ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021);
        FormatCatalog.Get(ReportFormat.National2021).Should().BeSameAs(FormatCatalog.National2021);
        FormatCatalog.Get(ReportFormat.National2019).Should().BeSameAs(FormatCatalog.National2019);
        FormatCatalog.Get(ReportFormat.Legacy).Should().BeSameAs(FormatCatalog.Legacy);
    }

    [Fact]
    public void Get_UnknownFormat_Throws()
    {
        var act = () => FormatCatalog.Get((ReportFormat)3);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("legacy", ReportFormat.Legacy)]
    [InlineData("national2019", ReportFormat.National2019)]
    [InlineData("national2021", ReportFormat.National2021)]
    public void TryGetByKey_FormatKey_FindsTheFormat(string key, ReportFormat format)
    {
        FormatCatalog.TryGetByKey(key, out var definition).Should().BeTrue();
        definition!.Format.Should().Be(format);
    }

    [Theory]
    [InlineData("National2021")]
    [InlineData("national2020")]
    [InlineData("")]
    [InlineData(null)]
    public void TryGetByKey_UnknownKey_ReturnsFalse(string? key)
    {
        FormatCatalog.TryGetByKey(key, out var definition).Should().BeFalse();
        definition.Should().BeNull();
    }

    [Theory]
    [InlineData(2008, ReportFormat.Legacy)]
    [InlineData(2018, ReportFormat.Legacy)]
    [InlineData(2019, ReportFormat.National2019)]
    [InlineData(2020, ReportFormat.National2019)]
    [InlineData(2021, ReportFormat.National2021)]
    [InlineData(2024, ReportFormat.National2021)]
    public void ForYear_ReportingYear_IsTheFormatInForce(int year, ReportFormat format)
    {
        FormatCatalog.ForYear(year).Format.Should().Be(format);
        FormatCatalog.Get(format).IsUsedFor(year).Should().BeTrue();
    }

    [Fact]
    public void National2021_Tables_AreThoseOfFormatsMd()
    {
        FormatCatalog.National2021.Tables.Select(t => t.Key).Should().Equal(FormatsSpec.National2021Tables);
    }

    [Fact]
    public void National2019_Tables_AreThoseOfFormatsMd()
    {
        FormatCatalog.National2019.Tables.Select(t => t.Key).Should().Equal(FormatsSpec.National2019Tables);
    }

    [Fact]
    public void National2021Proactive_RowsAndColumns_AreThoseOfFormatsMd()
    {
        var table = FormatCatalog.National2021.FindTable("proactive")!;

        table.Rows.Select(r => r.Key).Should().Equal(FormatsSpec.National2021ProactiveRows);
        table.Columns.Select(c => c.Key).Should().Equal(FormatsSpec.National2021ProactiveColumns);
        table.Layout.Should().Be(TableLayout.Blocks);
    }

    [Fact]
    public void National2021Proactive_ApplicableCells_AreExactlyThoseOfFormatsMd()
    {
        var table = FormatCatalog.National2021.FindTable("proactive")!;

        table.Cells.Select(c => c.Key.ToString()).Should().Equal(
            FormatsSpec.National2021ProactiveCells.SelectMany(r => r.Columns.Select(c => $"proactive.{r.Row}.{c}")));
        table.GetCell(table.FindRow("licensing")!, table.FindColumn("decisions")!).Should().NotBeNull();
        table.GetCell(table.FindRow("licensing")!, table.FindColumn("issued")!).Should().BeNull();
        table.GetCell(table.FindRow("fees")!, table.FindColumn("decisions")!).Should().BeNull();
    }

    [Fact]
    public void National2021Proactive_Licensing_HasOnlyDecisions()
    {
        var table = FormatCatalog.National2021.FindTable("proactive")!;

        table.Cells.Where(c => c.Row.Key == "licensing").Select(c => c.Column.Key).Should().Equal("decisions");
    }

    [Fact]
    public void National2021Proactive_Fees_HasOnlyAmountInTenThousandYuan()
    {
        var table = FormatCatalog.National2021.FindTable("proactive")!;

        var fees = table.Cells.Where(c => c.Row.Key == "fees").ToList();

        fees.Select(c => c.Column.Key).Should().Equal("amount");
        fees[0].Kind.Should().Be(ValueKind.Money);
        fees[0].DefaultUnit.Should().Be(MoneyUnit.TenThousandYuan);
    }

    [Fact]
    public void National2019Proactive_RowsAndColumns_AreThoseOfFormatsMd()
    {
        var table = FormatCatalog.National2019.FindTable("proactive")!;

        table.Rows.Select(r => r.Key).Should().Equal(FormatsSpec.National2019ProactiveRows);
        table.Columns.Select(c => c.Key).Should().Equal(FormatsSpec.National2019ProactiveColumns);
    }

    [Fact]
    public void National2019Proactive_ApplicableCells_AreExactlyThoseOfFormatsMd()
    {
        var table = FormatCatalog.National2019.FindTable("proactive")!;

        table.Cells.Select(c => c.Key.ToString()).Should().Equal(
            FormatsSpec.National2019ProactiveCells.SelectMany(r => r.Columns.Select(c => $"proactive.{r.Row}.{c}")));
    }

    [Fact]
    public void National2019Proactive_Fees_HasPreviousYearItemsAndItemChangeButNoAmount()
    {
        var table = FormatCatalog.National2019.FindTable("proactive")!;

        table.Cells.Where(c => c.Row.Key == "fees").Select(c => c.Column.Key).Should().Equal("previousYearItems", "itemChange");
        table.FindColumn("amount").Should().BeNull();
    }

    [Fact]
    public void National2019Proactive_ItemChange_IsSignedCount()
    {
        var cells = FormatCatalog.National2019.Cells.Where(c => c.Column.Key == "itemChange").ToList();

        cells.Should().HaveCount(5);
        cells.Should().OnlyContain(c => c.Kind == ValueKind.SignedCount && c.DefaultUnit == null);
    }

    [Fact]
    public void National2019Proactive_ProcurementAmount_IsMoneyWithNoDefaultUnit()
    {
        FormatCatalog.National2019.TryGetCell(CellKey.Parse("proactive.centralizedProcurement.procurementAmount"), out var cell).Should().BeTrue();

        cell!.Kind.Should().Be(ValueKind.Money);
        cell.DefaultUnit.Should().BeNull();
    }

    [Fact]
    public void Legacy_FeesCollected_IsMoneyInTenThousandYuan()
    {
        var cells = FormatCatalog.Legacy.Cells.Where(c => c.Row.Key == "fees.collected").ToList();

        cells.Should().HaveCount(3);
        cells.Should().OnlyContain(c => c.Kind == ValueKind.Money && c.DefaultUnit == MoneyUnit.TenThousandYuan);
    }

    [Fact]
    public void Cells_OtherThanTheMoneyAndSignedCells_AreCounts()
    {
        string[] notCounts =
        [
            "national2021:proactive.fees.amount",
            "national2019:proactive.centralizedProcurement.procurementAmount",
            "legacy:legacy.fees.collected.annual",
            "legacy:legacy.fees.collected.cumulative",
            "legacy:legacy.fees.collected.yearToDate",
        ];

        var found = FormatCatalog.All.SelectMany(f => f.Cells.Where(c => c.Kind == ValueKind.Money).Select(c => $"{f.Key}:{c.Key}"));

        found.Should().BeEquivalentTo(notCounts);
        FormatCatalog.All.SelectMany(f => f.Cells).Where(c => c.Kind == ValueKind.SignedCount).Should().OnlyContain(c => c.Column.Key == "itemChange");
        FormatCatalog.All.SelectMany(f => f.Cells).Where(c => c.Kind == ValueKind.Count).Should().OnlyContain(c => c.DefaultUnit == null);
    }

    [Fact]
    public void National2021Requests_Has25PrintedRowsAndTheOptionalOtherHandling()
    {
        var table = FormatCatalog.National2021.FindTable("requests")!;

        table.Rows.Should().HaveCount(26);
        table.Rows.Where(r => r.Key != "otherHandling").Select(r => r.Key).Should().Equal(FormatsSpec.National2021RequestRows);
        var otherHandling = table.FindRow("otherHandling")!;
        otherHandling.IsOptional.Should().BeTrue();
        otherHandling.Replaces.Select(r => r.Key).Should().Equal("otherNoCorrection", "otherFeeUnpaid", "otherOther");
        table.Rows.Where(r => r.Key != "otherHandling").Should().OnlyContain(r => !r.IsOptional && r.Replaces.IsEmpty);
    }

    [Fact]
    public void National2021Requests_OtherHandling_StandsWhereItsSubRowsAre()
    {
        var keys = FormatCatalog.National2021.FindTable("requests")!.Rows.Select(r => r.Key).ToList();

        keys.IndexOf("otherHandling").Should().Be(keys.IndexOf("otherNoCorrection") - 1);
        keys.IndexOf("otherHandling").Should().Be(keys.IndexOf("notProcessedConfirmation") + 1);
    }

    [Fact]
    public void National2021Requests_Has7Columns()
    {
        var table = FormatCatalog.National2021.FindTable("requests")!;

        table.Columns.Select(c => c.Key).Should().Equal(FormatsSpec.RequestColumns);
        table.Cells.Should().HaveCount(26 * 7);
    }

    [Fact]
    public void National2019Requests_Has23RowsWithOneOtherHandlingRow()
    {
        var table = FormatCatalog.National2019.FindTable("requests")!;

        table.Rows.Select(r => r.Key).Should().Equal(FormatsSpec.National2019RequestRows);
        table.Rows.Should().HaveCount(23);
        table.Rows.Should().OnlyContain(r => !r.IsOptional);
        table.Columns.Select(c => c.Key).Should().Equal(FormatsSpec.RequestColumns);
        table.Cells.Should().HaveCount(23 * 7);
    }

    [Theory]
    [InlineData(ReportFormat.National2019)]
    [InlineData(ReportFormat.National2021)]
    public void Reviews_Are3RowsBy5Columns(ReportFormat format)
    {
        var table = FormatCatalog.Get(format).FindTable("reviews")!;

        table.Rows.Select(r => r.Key).Should().Equal(FormatsSpec.ReviewRows);
        table.Columns.Select(c => c.Key).Should().Equal(FormatsSpec.ReviewColumns);
        table.Cells.Should().HaveCount(15);
        table.Layout.Should().Be(TableLayout.SingleRow);
    }

    [Fact]
    public void Legacy_IndicatorsAndPeriods_AreThoseOfFormatsMd()
    {
        var legacy = FormatCatalog.Legacy;

        legacy.Tables.Select(t => t.Key).Should().Equal("legacy");
        legacy.Tables[0].Rows.Select(r => r.Key).Should().Equal(FormatsSpec.LegacyIndicators);
        legacy.Tables[0].Columns.Select(c => c.Key).Should().Equal(FormatsSpec.LegacyPeriods);
        legacy.Tables[0].Rows.Should().OnlyContain(r => r.IsOptional);
        legacy.Tables[0].Columns.Should().OnlyContain(c => c.IsOptional);
        legacy.Cells.Should().HaveCount(FormatsSpec.LegacyIndicators.Length * 3);
    }

    [Theory]
    [InlineData("proactive.website", "proactive.total")]
    [InlineData("proactive.normativeDocuments", "proactive.total")]
    [InlineData("requests.letterOrFax", "requests.total")]
    [InlineData("responses.notExist", "responses.total")]
    [InlineData("reconsideration.corrected", "reconsideration.total")]
    [InlineData("litigation.other", "litigation.total")]
    public void Legacy_OfWhichRow_HasItsParent(string row, string parent)
    {
        FormatCatalog.Legacy.Tables[0].FindRow(row)!.Parent!.Key.Should().Be(parent);
    }

    [Theory]
    [InlineData("主动公开信息数", "proactive.total")]
    [InlineData("网站公开", "proactive.website")]
    [InlineData("申请总数", "requests.total")]
    [InlineData("网上申请数", "requests.online")]
    [InlineData("否决公开答复总数", "responses.denied")]
    [InlineData("非本部门掌握", "responses.notThisAgency")]
    [InlineData("行政申诉数", "complaints.total")]
    [InlineData("行政诉讼数量", "litigation.total")]
    public void Legacy_LabelVariantSeenInReports_MapsToItsIndicator(string label, string key)
    {
        var row = FormatCatalog.Legacy.Tables[0].FindRow(key)!;

        (row.Label == label || row.Variants.Contains(label)).Should().BeTrue();
    }

    [Fact]
    public void CellOrdinals_AreThePositionsInCells()
    {
        foreach (var format in FormatCatalog.All)
        {
            format.Cells.Select(c => c.Ordinal).Should().Equal(Enumerable.Range(0, format.Cells.Length), format.Key);
            format.Cells.Select(c => c.Key).Should().OnlyHaveUniqueItems();
            foreach (var cell in format.Cells)
            {
                format.GetCell(cell.Key).Should().BeSameAs(cell);
                cell.Table.Format.Should().BeSameAs(format);
            }
        }
    }

    [Fact]
    public void GetCell_UnknownRow_ThrowsKeyNotFoundNamingTheRow()
    {
        var act = () => FormatCatalog.National2021.GetCell(CellKey.Parse("requests.refused.total"));

        act.Should().Throw<KeyNotFoundException>().WithMessage("*row 'refused'*");
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void EnumMember_MatchesAKeyOfSomeFormat(Type enumType)
    {
        var keys = KeysNamedBy(enumType);

        foreach (var name in Enum.GetNames(enumType))
        {
            keys.Select(FormatsSpec.Pascal).Should().Contain(name, $"{enumType.Name}.{name} must name a key");
        }
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Key_HasAnEnumMember(Type enumType)
    {
        var names = Enum.GetNames(enumType);

        foreach (var key in KeysNamedBy(enumType))
        {
            names.Should().Contain(FormatsSpec.Pascal(key), $"key '{key}' needs a member of {enumType.Name}");
        }
    }

    [Fact]
    public void RowsAndColumns_CarryTheValueOfTheirEnumMember()
    {
        foreach (var table in FormatCatalog.All.SelectMany(f => f.Tables))
        {
            foreach (var row in table.Rows)
            {
                row.EnumValue.Should().Be(Convert.ToInt32(Enum.Parse(table.RowEnum, FormatsSpec.Pascal(row.Key)), System.Globalization.CultureInfo.InvariantCulture), row.Key);
            }

            foreach (var column in table.Columns)
            {
                column.EnumValue.Should().Be(Convert.ToInt32(Enum.Parse(table.ColumnEnum, FormatsSpec.Pascal(column.Key)), System.Globalization.CultureInfo.InvariantCulture), column.Key);
            }
        }
    }

    [Fact]
    public void KeyIndicatorEnum_MatchesTheKeyIndicatorsOfFormatsMd()
    {
        Enum.GetNames<KeyIndicator>().Should().Equal(FormatsSpec.KeyIndicators.Select(FormatsSpec.Pascal));
        foreach (var format in FormatCatalog.All)
        {
            format.KeyIndicators.Select(k => k.Key).Should().Equal(FormatsSpec.KeyIndicators, format.Key);
            format.KeyIndicators.Select(k => k.Indicator).Should().Equal(Enum.GetValues<KeyIndicator>(), format.Key);
        }
    }

    [Fact]
    public void Relations_IdsAreUniqueWithinAFormat()
    {
        foreach (var format in FormatCatalog.All)
        {
            format.Relations.Select(r => r.Id).Should().OnlyHaveUniqueItems(format.Key);
            foreach (var relation in format.Relations)
            {
                format.FindRelation(relation.Id).Should().BeSameAs(relation);
                (relation.Id == relation.Stem || relation.Id.StartsWith(relation.Stem + ".", StringComparison.Ordinal)).Should().BeTrue(relation.Id);
            }
        }
    }

    [Fact]
    public void Relations_TermsResolveToCellsOfTheFormat()
    {
        foreach (var format in FormatCatalog.All)
        {
            foreach (var term in format.Relations.SelectMany(r => r.Terms))
            {
                if (term.Cell is { } cell)
                {
                    format.TryGetCell(cell, out _).Should().BeTrue($"{term} in {format.Key}");
                    term.Breakdown.Should().BeNull();
                }
                else
                {
                    term.Breakdown.Should().NotBeNull();
                }
            }
        }
    }

    [Fact]
    public void National2021_RelationStems_AreThoseOfFormatsMd()
    {
        var relations = FormatCatalog.National2021.Relations;

        relations.Select(r => r.Stem).Distinct().Should().BeEquivalentTo(
            "requests.balance", "requests.resultsTotal", "requests.columnTotal", "reviews.total", "series.carryOver", "series.inForce");
        relations.Count(r => r.Stem == "requests.balance").Should().Be(7);
        relations.Count(r => r.Stem == "requests.resultsTotal").Should().Be(7);
        relations.Count(r => r.Stem == "requests.columnTotal").Should().Be(26);
        relations.Count(r => r.Stem == "reviews.total").Should().Be(3);
        relations.Count(r => r.Stem == "series.carryOver").Should().Be(7);
        relations.Where(r => r.Stem == "series.inForce").Select(r => r.Id).Should().BeEquivalentTo("series.inForce.regulations", "series.inForce.normativeDocuments");
    }

    [Fact]
    public void National2019_RelationStems_HaveNoInForceSeries()
    {
        FormatCatalog.National2019.Relations.Select(r => r.Stem).Distinct().Should().BeEquivalentTo(
            "requests.balance", "requests.resultsTotal", "requests.columnTotal", "reviews.total", "series.carryOver");
        FormatCatalog.National2019.Relations.Count(r => r.Stem == "requests.columnTotal").Should().Be(23);
    }

    [Fact]
    public void Legacy_RelationStems_AreThoseOfFormatsMd()
    {
        FormatCatalog.Legacy.Relations.Select(r => r.Stem).Distinct().Should().BeEquivalentTo(
            "legacy.requestChannels", "legacy.responseOutcomes", "legacy.partOf", "legacy.cumulativeAtLeastAnnual", "legacy.categorySum", "series.cumulative");
    }

    [Theory]
    [InlineData("requests.balance", RelationStrength.Exact)]
    [InlineData("requests.resultsTotal", RelationStrength.Exact)]
    [InlineData("requests.columnTotal", RelationStrength.Exact)]
    [InlineData("reviews.total", RelationStrength.Exact)]
    [InlineData("series.carryOver", RelationStrength.Soft)]
    [InlineData("series.inForce", RelationStrength.Heuristic)]
    public void National2021Relation_Strength_IsThatOfFormatsMd(string stem, RelationStrength strength)
    {
        FormatCatalog.National2021.Relations.Where(r => r.Stem == stem).Should().OnlyContain(r => r.Strength == strength);
    }

    [Theory]
    [InlineData("legacy.requestChannels", RelationStrength.Exact, false)]
    [InlineData("legacy.responseOutcomes", RelationStrength.Exact, false)]
    [InlineData("legacy.partOf", RelationStrength.Exact, false)]
    [InlineData("legacy.cumulativeAtLeastAnnual", RelationStrength.Exact, false)]
    [InlineData("legacy.categorySum", RelationStrength.Soft, false)]
    [InlineData("series.cumulative", RelationStrength.Soft, true)]
    public void LegacyRelation_StrengthAndCrossYear_AreThoseOfFormatsMd(string stem, RelationStrength strength, bool crossYear)
    {
        var relations = FormatCatalog.Legacy.Relations.Where(r => r.Stem == stem).ToList();

        relations.Should().NotBeEmpty();
        relations.Should().OnlyContain(r => r.Strength == strength && r.IsCrossYear == crossYear);
    }

    [Fact]
    public void SeriesRelations_AreTheOnlyCrossYearRelations()
    {
        foreach (var relation in FormatCatalog.All.SelectMany(f => f.Relations))
        {
            relation.IsCrossYear.Should().Be(relation.Stem.StartsWith("series.", StringComparison.Ordinal), relation.Id);
        }
    }

    [Fact]
    public void National2021RequestsResultsTotal_RightSide_IsTheOutcomeRowsInPrintedOrder()
    {
        var relation = FormatCatalog.National2021.FindRelation("requests.resultsTotal.naturalPerson")!;

        relation.Right.Select(t => t.Cell!.Value.ToString()).Should().Equal(
        [
            "requests.granted.naturalPerson",
            "requests.partiallyGranted.naturalPerson",
            "requests.deniedStateSecret.naturalPerson",
            "requests.deniedProhibitedByLaw.naturalPerson",
            "requests.deniedEndangersSecurity.naturalPerson",
            "requests.deniedThirdPartyRights.naturalPerson",
            "requests.deniedInternalAffairs.naturalPerson",
            "requests.deniedProcessInformation.naturalPerson",
            "requests.deniedEnforcementFile.naturalPerson",
            "requests.deniedAdministrativeQuery.naturalPerson",
            "requests.unavailableNotHeld.naturalPerson",
            "requests.unavailableNeedsCreation.naturalPerson",
            "requests.unavailableUnclear.naturalPerson",
            "requests.notProcessedComplaint.naturalPerson",
            "requests.notProcessedDuplicate.naturalPerson",
            "requests.notProcessedPublication.naturalPerson",
            "requests.notProcessedExcessive.naturalPerson",
            "requests.notProcessedConfirmation.naturalPerson",
            "requests.otherHandling.naturalPerson",
            "requests.otherNoCorrection.naturalPerson",
            "requests.otherFeeUnpaid.naturalPerson",
            "requests.otherOther.naturalPerson",
        ]);
        relation.Right.Should().OnlyContain(t => !t.IsNegated && !t.IsPreviousYear);
    }

    [Fact]
    public void National2021SeriesInForce_SubtractsRepealed()
    {
        var relation = FormatCatalog.National2021.FindRelation("series.inForce.normativeDocuments")!;

        relation.ToString().Should().Be(
            "proactive.normativeDocuments.inForce = previous:proactive.normativeDocuments.inForce + proactive.normativeDocuments.issued - proactive.normativeDocuments.repealed");
        relation.Right.Select(t => (t.IsPreviousYear, t.IsNegated)).Should().Equal((true, false), (false, false), (false, true));
    }

    [Fact]
    public void National2021DerivedRows_AreTheFourSubtotals()
    {
        var table = FormatCatalog.National2021.FindTable("requests")!;

        table.DerivedRows.Select(d => d.Key).Should().Equal("deniedTotal", "unavailableTotal", "notProcessedTotal", "otherHandlingTotal");
        table.FindDerivedRow("deniedTotal")!.Rows.Should().HaveCount(8);
        table.FindDerivedRow("unavailableTotal")!.Rows.Should().HaveCount(3);
        table.FindDerivedRow("notProcessedTotal")!.Rows.Should().HaveCount(5);
        table.FindDerivedRow("otherHandlingTotal")!.Rows.Select(r => r.Key).Should().Equal("otherHandling", "otherNoCorrection", "otherFeeUnpaid", "otherOther");
        table.Rows.Select(r => r.Key).Should().NotContain(table.DerivedRows.Select(d => d.Key), "derived subtotals are never stored cells");
    }

    [Fact]
    public void NationalSections_AreTheSixOfFormatsMd()
    {
        FormatCatalog.National2021.Sections.Select(s => s.Label).Should().Equal(
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        FormatCatalog.National2019.FindSection(ReportSection.ProblemsAndImprovements)!.Label.Should().Be("五、政府信息公开工作存在的主要问题及改进情况");
        FormatCatalog.National2021.FindSection(ReportSection.Fees).Should().BeNull();
        FormatCatalog.Legacy.FindSection(ReportSection.Fees).Should().NotBeNull();
    }

    public static TheoryData<Type> EnumTypes() => [.. TableEnums];

    private static IEnumerable<string> KeysNamedBy(Type enumType)
    {
        var tables = FormatCatalog.All.SelectMany(f => f.Tables);
        var rowKeys = tables.Where(t => t.RowEnum == enumType).SelectMany(t => t.Rows.Select(r => r.Key));
        var columnKeys = tables.Where(t => t.ColumnEnum == enumType).SelectMany(t => t.Columns.Select(c => c.Key));
        var keys = rowKeys.Concat(columnKeys).Distinct().ToList();
        keys.Should().NotBeEmpty($"some table uses {enumType.Name}");
        return keys;
    }
}
