using System.Collections.Immutable;
using GovDisclosure.Catalog;

namespace GovDisclosure.Synthetic;

/// <summary>
/// One agency's reports, year by year. Each year's figures come from streams keyed by the agency and the year, so a report
/// does not depend on the years generated before it; the figures that run on from year to year — requests carried over,
/// documents in force, items of the 2019 format, legacy cumulative totals — are replayed from the year they start
/// (2019, or 2008 for cumulative totals), so they are the same whichever year a run starts with.
/// </summary>
internal sealed class AgencySeries
{
    private const int Applicants = 6;
    private const int RequestColumns = 7;
    private const int ReviewColumns = 5;
    private const int ProactiveColumns = 12;
    private const int LegacyPeriods = 3;
    private const int FeeDecimals = 2;
    private const string OtherRowLabel = "政策解读数";

    private static readonly int Indicators = Enum.GetValues<LegacyIndicator>().Length;

    private static readonly LegacyIndicator[] ShortRows =
    [
        LegacyIndicator.ProactiveTotal, LegacyIndicator.ProactiveWebsite, LegacyIndicator.ProactiveGazette,
        LegacyIndicator.RequestsTotal, LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetterOrFax,
        LegacyIndicator.ResponsesTotal, LegacyIndicator.ResponsesGranted, LegacyIndicator.ResponsesPartiallyGranted, LegacyIndicator.ResponsesDenied, LegacyIndicator.ResponsesOther,
        LegacyIndicator.ComplaintsTotal, LegacyIndicator.ReconsiderationTotal, LegacyIndicator.LitigationTotal,
    ];

    private static readonly LegacyIndicator[] DetailedRows =
    [
        LegacyIndicator.ProactiveTotal, LegacyIndicator.ProactiveWebsite, LegacyIndicator.ProactiveGazette, LegacyIndicator.NormativeDocumentsIssued,
        LegacyIndicator.RequestsTotal, LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetter, LegacyIndicator.RequestsFax, LegacyIndicator.RequestsEmail,
        LegacyIndicator.ResponsesTotal, LegacyIndicator.ResponsesGranted, LegacyIndicator.ResponsesPartiallyGranted, LegacyIndicator.ResponsesDenied, LegacyIndicator.ResponsesOther,
        LegacyIndicator.ComplaintsTotal,
        LegacyIndicator.ReconsiderationTotal, LegacyIndicator.ReconsiderationUpheld, LegacyIndicator.ReconsiderationCorrected, LegacyIndicator.ReconsiderationOther,
        LegacyIndicator.LitigationTotal, LegacyIndicator.LitigationUpheld, LegacyIndicator.LitigationCorrected, LegacyIndicator.LitigationOther,
        LegacyIndicator.FeesCollected,
    ];

    private static readonly LegacyIndicator[] Form2014Rows =
    [
        LegacyIndicator.ProactiveTotal, LegacyIndicator.ProactiveWebsite, LegacyIndicator.ProactiveGazette, LegacyIndicator.ProactiveWeibo,
        LegacyIndicator.ProactiveWechat, LegacyIndicator.ProactiveOtherChannels, LegacyIndicator.ProactiveNormativeDocuments, LegacyIndicator.NormativeDocumentsIssued,
        LegacyIndicator.RequestsTotal, LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsFax, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetter,
        LegacyIndicator.ResponsesTotal, LegacyIndicator.ResponsesAlreadyPublic, LegacyIndicator.ResponsesGranted, LegacyIndicator.ResponsesPartiallyGranted,
        LegacyIndicator.ResponsesDenied, LegacyIndicator.ResponsesNotThisAgency, LegacyIndicator.ResponsesNotExist, LegacyIndicator.ResponsesCorrectionRequested,
        LegacyIndicator.ResponsesOtherRoute,
        LegacyIndicator.ReconsiderationTotal, LegacyIndicator.ReconsiderationUpheld, LegacyIndicator.ReconsiderationCorrected, LegacyIndicator.ReconsiderationOther,
        LegacyIndicator.LitigationTotal, LegacyIndicator.LitigationUpheld, LegacyIndicator.LitigationCorrected, LegacyIndicator.LitigationOther,
        LegacyIndicator.ComplaintsTotal, LegacyIndicator.FeesCollected,
    ];

    private static readonly TablePlan Plan2019 = TablePlan.National(ReportFormat.National2019);
    private static readonly TablePlan Plan2021 = TablePlan.National(ReportFormat.National2021);
    private static readonly TablePlan Plan2021SingleOtherRow = TablePlan.National2021SingleOtherRow();
    private static readonly TablePlan PlanShort = TablePlan.Legacy(ShortRows, cumulative: true);
    private static readonly TablePlan PlanDetailed = TablePlan.Legacy(DetailedRows, cumulative: true);
    private static readonly TablePlan Plan2014 = TablePlan.Legacy(Form2014Rows, cumulative: false);

    private static readonly Grids Grids2019 = new(FormatCatalog.National2019);
    private static readonly Grids Grids2021 = new(FormatCatalog.National2021);
    private static readonly int[] LegacyGrid = Grid(FormatCatalog.Legacy, "legacy", Indicators, LegacyPeriods);

    private static readonly ImmutableSortedDictionary<CellKey, MoneyUnit> ProcurementInYuan =
        ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(new CellKey("proactive", "centralizedProcurement", "procurementAmount"), MoneyUnit.Yuan)]);

    private static readonly ImmutableSortedDictionary<CellKey, MoneyUnit> ProcurementInTenThousandYuan =
        ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(new CellKey("proactive", "centralizedProcurement", "procurementAmount"), MoneyUnit.TenThousandYuan)]);

    private readonly long _seed;
    private readonly long _position;
    private readonly RequestDraw?[] _requests = new RequestDraw?[2];
    private readonly long[] _cumulative = new long[Indicators + 1];
    private DocumentState? _documents;
    private ItemState? _items;
    private int _cumulativeYear = AnnualReport.MinYear - 1;

    public AgencySeries(SyntheticAgency agency, long seed)
    {
        Agency = agency;
        _seed = seed;
        _position = agency.Position;
        Profile = new AgencyProfile(agency, seed);
    }

    public SyntheticAgency Agency { get; }

    public AgencyProfile Profile { get; }

    /// <summary>The table plan of the agency's report on a year.</summary>
    public TablePlan PlanFor(int year) => FormatCatalog.ForYear(year).Format switch
    {
        ReportFormat.National2019 => Plan2019,
        ReportFormat.National2021 => Profile.SingleOtherRow ? Plan2021SingleOtherRow : Plan2021,
        _ => LegacyFormFor(year) switch
        {
            LegacyForm.Short => PlanShort,
            LegacyForm.Detailed => PlanDetailed,
            _ => Plan2014,
        },
    };

    /// <summary>The ordinal of a legacy cell.</summary>
    public static int LegacyOrdinal(LegacyIndicator row, LegacyPeriod period) => LegacyGrid[((int)row * LegacyPeriods) + (int)period];

    /// <summary>The ordinal of a cell of 表三 in a national format.</summary>
    public static int RequestOrdinal(ReportFormat format, RequestRow row, Applicant column) =>
        (format == ReportFormat.National2019 ? Grids2019 : Grids2021).Requests[((int)row * RequestColumns) + (int)column];

    /// <summary>The ordinal of a cell of 表四 in a national format.</summary>
    public static int ReviewOrdinal(ReportFormat format, ReviewRow row, ReviewColumn column) =>
        (format == ReportFormat.National2019 ? Grids2019 : Grids2021).Reviews[((int)row * ReviewColumns) + (int)column];

    /// <summary>The report on a year, as the agency filed it (every relation holds).</summary>
    public ReportDraft Draft(int year)
    {
        var plan = PlanFor(year);
        var draft = new ReportDraft(plan, year, Agency.Agency);
        var text = SyntheticRandom.For(_seed, Streams.Text, _position, year);
        if (plan.Definition.Format == ReportFormat.Legacy)
        {
            DraftLegacy(draft, ref text);
        }
        else
        {
            DraftNational(draft);
        }

        plan.Derive(draft.Values);
        draft.PublishedOn = PublicationDate(year);
        draft.Sections = SectionTexts.For(draft, ref text);
        return draft;
    }

    private LegacyForm LegacyFormFor(int year) => Agency.LegacyForm switch
    {
        LegacyForm.National2014 when year < 2014 => LegacyForm.Detailed,
        var form => form,
    };

    // ----------------------------------------------------------------------------------------------------------------
    // National formats
    // ----------------------------------------------------------------------------------------------------------------
    private void DraftNational(ReportDraft draft)
    {
        var format = draft.Definition.Format;
        var grids = format == ReportFormat.National2019 ? Grids2019 : Grids2021;
        var year = draft.Year;
        var current = Requests(year);
        var previous = Requests(year - 1);
        var outcomes = SyntheticRandom.For(_seed, Streams.Outcomes, _position, year);
        var otherHandling = grids.Requests[((int)RequestRow.OtherHandling * RequestColumns) + 0];
        var singleOther = draft.Has(otherHandling);
        Span<long> parts = stackalloc long[AgencyProfile.Outcomes.Length];
        for (var c = 0; c < Applicants; c++)
        {
            int At(RequestRow row) => grids.Requests[((int)row * RequestColumns) + c];
            draft[At(RequestRow.NewlyReceived)] = current.Newly[c];
            draft[At(RequestRow.CarriedOver)] = previous.Forward[c];
            draft[At(RequestRow.CarriedForward)] = current.Forward[c];
            var handled = current.Newly[c] + previous.Forward[c] - current.Forward[c];
            outcomes.Multinomial(handled, Profile.OutcomeWeights, parts);
            long other = 0;
            for (var k = 0; k < parts.Length; k++)
            {
                if (k >= AgencyProfile.FirstOtherOutcome && singleOther)
                {
                    other += parts[k];
                }
                else
                {
                    draft[At(AgencyProfile.Outcomes[k])] = parts[k];
                }
            }

            if (singleOther)
            {
                draft[At(RequestRow.OtherHandling)] = other;
            }
        }

        Reviews(draft, grids, current.Total);
        if (format == ReportFormat.National2021)
        {
            Proactive2021(draft, grids);
        }
        else
        {
            Proactive2019(draft, grids);
        }
    }

    private void Reviews(ReportDraft draft, Grids grids, long requests)
    {
        var random = SyntheticRandom.For(_seed, Streams.Reviews, _position, draft.Year);
        var reconsiderations = random.Poisson((requests * Profile.ReconsiderationRate) + 0.02);
        var direct = random.Poisson((requests * Profile.LitigationRate) + 0.01);
        var afterReconsideration = random.Binomial(reconsiderations, 0.3);
        Span<long> parts = stackalloc long[4];
        foreach (var (row, count) in (ReadOnlySpan<(ReviewRow, long)>)[(ReviewRow.Reconsideration, reconsiderations), (ReviewRow.LitigationDirect, direct), (ReviewRow.LitigationAfterReconsideration, afterReconsideration)])
        {
            random.Multinomial(count, Profile.ReviewWeights, parts);
            for (var column = 0; column < parts.Length; column++)
            {
                draft[grids.Reviews[((int)row * ReviewColumns) + column]] = parts[column];
            }
        }
    }

    private void Proactive2021(ReportDraft draft, Grids grids)
    {
        var documents = Documents(draft.Year);
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.Issued)] = documents.RegulationsIssued;
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.Repealed)] = documents.RegulationsRepealed;
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.InForce)] = documents.RegulationsInForce;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.Issued)] = documents.NormativeIssued;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.Repealed)] = documents.NormativeRepealed;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.InForce)] = documents.NormativeInForce;

        var decisions = Decisions(draft.Year);
        draft[grids.ProactiveCell(ProactiveRow.Licensing, ProactiveColumn.Decisions)] = decisions.Licensing;
        draft[grids.ProactiveCell(ProactiveRow.Penalty, ProactiveColumn.Decisions)] = decisions.Penalty;
        draft[grids.ProactiveCell(ProactiveRow.Coercion, ProactiveColumn.Decisions)] = decisions.Coercion;
        var (units, decimals) = Money(decisions.Fees, Profile.MoneyDecimals);
        draft.SetMoney(grids.ProactiveCell(ProactiveRow.Fees, ProactiveColumn.Amount), units, decimals);
    }

    private void Proactive2019(ReportDraft draft, Grids grids)
    {
        var documents = Documents(draft.Year);
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.NewlyMade)] = documents.RegulationsIssued;
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.NewlyPublished)] = documents.RegulationsIssued;
        draft[grids.ProactiveCell(ProactiveRow.Regulations, ProactiveColumn.TotalPublished)] = documents.RegulationsPublished;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.NewlyMade)] = documents.NormativeIssued;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.NewlyPublished)] = documents.NormativeIssued - documents.NormativeUnpublished;
        draft[grids.ProactiveCell(ProactiveRow.NormativeDocuments, ProactiveColumn.TotalPublished)] = documents.NormativePublished;

        var decisions = Decisions(draft.Year);
        var items = Items(draft.Year);
        ReadOnlySpan<ProactiveRow> rows = [ProactiveRow.Licensing, ProactiveRow.OtherManagementServices, ProactiveRow.Penalty, ProactiveRow.Coercion, ProactiveRow.Fees];
        ReadOnlySpan<long> counts = [decisions.Licensing, decisions.OtherServices, decisions.Penalty, decisions.Coercion, 0];
        for (var i = 0; i < rows.Length; i++)
        {
            draft[grids.ProactiveCell(rows[i], ProactiveColumn.PreviousYearItems)] = items.Before[i];
            draft[grids.ProactiveCell(rows[i], ProactiveColumn.ItemChange)] = items.Change[i];
            if (rows[i] != ProactiveRow.Fees)
            {
                draft[grids.ProactiveCell(rows[i], ProactiveColumn.Decisions)] = counts[i];
            }
        }

        draft[grids.ProactiveCell(ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementProjects)] = decisions.Projects;
        var yuan = Profile.YuanProcurement;
        var (units, decimals) = Money(yuan ? decisions.Procurement * 10_000 : decisions.Procurement, yuan ? Math.Min(2, Profile.MoneyDecimals) : Profile.MoneyDecimals);
        draft.SetMoney(grids.ProactiveCell(ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementAmount), units, decimals);
        draft.MoneyUnits = yuan ? ProcurementInYuan : ProcurementInTenThousandYuan;
    }

    /// <summary>An amount as printed: units of its last decimal place; 0 is printed without decimals.</summary>
    private static (long Units, int Decimals) Money(double amount, int decimals)
    {
        var units = (long)Math.Round(amount * Math.Pow(10, decimals), MidpointRounding.AwayFromZero);
        return units == 0 ? (0, 0) : (units, decimals);
    }

    /// <summary>The new requests of a year by applicant column and those still open at its end (cached for this year and the one before).</summary>
    private RequestDraw Requests(int year)
    {
        foreach (var cached in _requests)
        {
            if (cached?.Year == year)
            {
                return cached;
            }
        }

        var random = SyntheticRandom.For(_seed, Streams.Requests, _position, year);
        var mean = Profile.RequestMedian * Trend(year) * random.LogNormal(1, 0.3);
        var total = random.Poisson(mean);
        var newly = new long[Applicants];
        random.Multinomial(total, Profile.ApplicantWeights, newly);
        var forward = new long[Applicants];
        for (var c = 0; c < Applicants; c++)
        {
            forward[c] = random.Binomial(newly[c], Profile.Pending);
        }

        var draw = new RequestDraw(year, total, newly, forward);
        var slot = _requests[0] is null || (_requests[1] is not null && _requests[0]!.Year < _requests[1]!.Year) ? 0 : 1;
        _requests[slot] = draw;
        return draw;
    }

    /// <summary>How requests grew: relative to 2019, by year.</summary>
    private static double Trend(int year) => year switch
    {
        <= 2008 => 0.15,
        <= 2013 => 0.15 + (0.06 * (year - 2008)),
        <= 2018 => 0.45 + (0.1 * (year - 2013)),
        2019 => 1.0,
        2020 => 1.05,
        2021 => 1.12,
        2022 => 1.08,
        2023 => 1.0,
        _ => 0.98,
    };

    private DocumentCounts Documents(int year)
    {
        var state = _documents;
        if (state is null || state.Year >= year)
        {
            state = new DocumentState
            {
                Year = 2018,
                RegulationsInForce = Profile.RegulationsInForce,
                NormativeInForce = Profile.NormativeInForce,
                RegulationsPublished = Profile.RegulationsPublished,
                NormativePublished = Profile.NormativePublished,
            };
        }

        DocumentCounts documents = default;
        while (state.Year < year)
        {
            state.Year++;
            var random = SyntheticRandom.For(_seed, Streams.Documents, _position, state.Year);
            var regulationsIssued = random.Poisson(Profile.RegulationMean);
            var regulationsRepealed = Math.Min(random.Poisson(Profile.RegulationMean * 0.5), state.RegulationsInForce + regulationsIssued);
            var normativeIssued = random.Poisson(Profile.NormativeMean);
            var normativeRepealed = Math.Min(random.Poisson(Profile.NormativeMean * 0.45), state.NormativeInForce + normativeIssued);
            var normativeUnpublished = random.Binomial(normativeIssued, 0.05);
            state.RegulationsInForce += regulationsIssued - regulationsRepealed;
            state.NormativeInForce += normativeIssued - normativeRepealed;
            state.RegulationsPublished += regulationsIssued;
            state.NormativePublished += normativeIssued - normativeUnpublished;
            documents = new DocumentCounts(
                regulationsIssued, regulationsRepealed, state.RegulationsInForce, state.RegulationsPublished,
                normativeIssued, normativeRepealed, normativeUnpublished, state.NormativeInForce, state.NormativePublished);
        }

        _documents = state;
        return documents;
    }

    private ItemCounts Items(int year)
    {
        var state = _items;
        if (state is null || state.Year >= year)
        {
            state = new ItemState { Year = 2018, Items = [.. Profile.ItemsBase.Select(i => (long)i)] };
        }

        var change = new long[state.Items.Length];
        var before = state.Items;
        while (state.Year < year)
        {
            state.Year++;
            var random = SyntheticRandom.For(_seed, Streams.Items, _position, state.Year);
            before = [.. state.Items];
            for (var i = 0; i < change.Length; i++)
            {
                change[i] = random.Chance(0.3) ? Math.Max(-state.Items[i], random.Between(-3, 3)) : 0;
                state.Items[i] += change[i];
            }
        }

        _items = state;
        return new ItemCounts(before, change);
    }

    private DecisionCounts Decisions(int year)
    {
        var random = SyntheticRandom.For(_seed, Streams.Proactive, _position, year);
        var factor = random.LogNormal(1, 0.25);
        var licensing = random.Poisson(Profile.LicensingMean * factor);
        var penalty = random.Poisson(Profile.PenaltyMean * random.LogNormal(1, 0.3));
        var coercion = random.Poisson(Profile.CoercionMean * random.LogNormal(1, 0.3));
        var otherServices = random.Poisson(Profile.OtherServicesMean * factor);
        var fees = random.Chance(Profile.FeeChance) ? random.LogNormal(Profile.FeeMedian, 0.4) : 0;
        var projects = random.Poisson(Profile.ProcurementMean);
        var procurement = projects > 0 ? random.LogNormal(projects * 35, 0.6) : 0;
        return new DecisionCounts(licensing, penalty, coercion, otherServices, fees, projects, procurement);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Legacy format
    // ----------------------------------------------------------------------------------------------------------------
    private void DraftLegacy(ReportDraft draft, ref SyntheticRandom text)
    {
        var year = draft.Year;
        var form = LegacyFormFor(year);
        var annual = new long[Indicators + 1];
        LegacyAnnual(year, form, annual);
        var cumulative = draft.Has(LegacyOrdinal(LegacyIndicator.ProactiveTotal, LegacyPeriod.Cumulative));
        if (cumulative)
        {
            AccumulateThrough(year);
        }

        foreach (var row in RowsOf(form))
        {
            var annualCell = LegacyOrdinal(row, LegacyPeriod.Annual);
            var cumulativeCell = LegacyOrdinal(row, LegacyPeriod.Cumulative);
            if (row == LegacyIndicator.FeesCollected)
            {
                draft.SetMoney(annualCell, annual[(int)row], annual[(int)row] == 0 ? 0 : FeeDecimals);
                if (cumulative)
                {
                    draft.SetMoney(cumulativeCell, _cumulative[(int)row], _cumulative[(int)row] == 0 ? 0 : FeeDecimals);
                }

                continue;
            }

            draft[annualCell] = annual[(int)row];
            if (cumulative)
            {
                draft[cumulativeCell] = _cumulative[(int)row];
            }
        }

        if (form == LegacyForm.Detailed)
        {
            draft.OtherRows = [new LegacyOtherRow(OtherRowLabel, annual[Indicators], _cumulative[Indicators])];
        }

        draft.Breakdowns = LegacyBreakdowns(year, form, annual[(int)LegacyIndicator.ProactiveTotal], ref text);
    }

    private static LegacyIndicator[] RowsOf(LegacyForm form) => form switch
    {
        LegacyForm.Short => ShortRows,
        LegacyForm.Detailed => DetailedRows,
        _ => Form2014Rows,
    };

    /// <summary>Adds the annual figures of the years after the last one added, up to <paramref name="year"/>, to the cumulative totals (from 2008).</summary>
    private void AccumulateThrough(int year)
    {
        if (_cumulativeYear > year)
        {
            Array.Clear(_cumulative);
            _cumulativeYear = AnnualReport.MinYear - 1;
        }

        var annual = new long[Indicators + 1];
        while (_cumulativeYear < year)
        {
            _cumulativeYear++;
            Array.Clear(annual);
            LegacyAnnual(_cumulativeYear, LegacyFormFor(_cumulativeYear), annual);
            for (var i = 0; i < annual.Length; i++)
            {
                _cumulative[i] += annual[i];
            }
        }
    }

    /// <summary>The annual figures of a legacy year, by indicator (fees in units of 0.01 万元), the unknown row last.</summary>
    private void LegacyAnnual(int year, LegacyForm form, long[] annual)
    {
        var random = SyntheticRandom.For(_seed, Streams.Legacy, _position, year);
        var isGovernment = Agency.Role == AgencyRole.Government;
        var proactive = random.Poisson(Profile.ProactiveMean * (0.7 + (0.03 * (year - 2008))) * random.LogNormal(1, 0.25));
        annual[(int)LegacyIndicator.ProactiveTotal] = proactive;
        annual[(int)LegacyIndicator.ProactiveWebsite] = proactive - random.Binomial(proactive, 0.04);
        annual[(int)LegacyIndicator.ProactiveGazette] = random.Binomial(proactive, isGovernment ? 0.08 : 0.01);
        annual[(int)LegacyIndicator.ProactiveWeibo] = random.Binomial(proactive, year >= 2012 ? 0.15 : 0);
        annual[(int)LegacyIndicator.ProactiveWechat] = random.Binomial(proactive, year >= 2014 ? 0.25 : 0);
        annual[(int)LegacyIndicator.ProactiveOtherChannels] = random.Binomial(proactive, 0.1);
        annual[(int)LegacyIndicator.ProactiveNormativeDocuments] = random.Binomial(proactive, 0.05);
        annual[(int)LegacyIndicator.NormativeDocumentsIssued] = random.Poisson(Profile.NormativeMean);

        var requests = Requests(year).Total;
        annual[(int)LegacyIndicator.RequestsTotal] = requests;
        annual[(int)LegacyIndicator.ResponsesTotal] = requests;
        var (channels, channelWeights, outcomes, outcomeWeights) = form switch
        {
            LegacyForm.Short => (ShortChannels, (double[])[0.5, 0.4, 0.1], ShortOutcomes, (double[])[0.6, 0.08, 0.07, 0.25]),
            LegacyForm.Detailed => (DetailedChannels, [0.45, 0.35, 0.1, 0.03, 0.07], ShortOutcomes, [0.6, 0.08, 0.07, 0.25]),
            _ => (Form2014Channels, [0.45, 0.03, 0.42, 0.1], Form2014Outcomes, [0.12, 0.45, 0.06, 0.06, 0.12, 0.1, 0.04, 0.05]),
        };
        Span<long> parts = stackalloc long[8];
        Split(ref random, requests, channels, channelWeights, annual, parts);
        Split(ref random, requests, outcomes, outcomeWeights, annual, parts);

        annual[(int)LegacyIndicator.ComplaintsTotal] = random.Poisson(0.05 + (requests * 0.03));
        var reconsiderations = random.Poisson(requests * Profile.ReconsiderationRate);
        var lawsuits = random.Poisson(requests * Profile.LitigationRate);
        annual[(int)LegacyIndicator.ReconsiderationTotal] = reconsiderations;
        annual[(int)LegacyIndicator.LitigationTotal] = lawsuits;
        Split(ref random, reconsiderations, ReconsiderationParts, [0.7, 0.1, 0.2], annual, parts);
        Split(ref random, lawsuits, LitigationParts, [0.7, 0.1, 0.2], annual, parts);
        annual[(int)LegacyIndicator.FeesCollected] = random.Chance(0.03) ? random.Between(1, 50) : 0;
        annual[Indicators] = random.Poisson(3 + (proactive * 0.02));
    }

    private static readonly LegacyIndicator[] ShortChannels = [LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetterOrFax];
    private static readonly LegacyIndicator[] DetailedChannels = [LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetter, LegacyIndicator.RequestsFax, LegacyIndicator.RequestsEmail];
    private static readonly LegacyIndicator[] Form2014Channels = [LegacyIndicator.RequestsInPerson, LegacyIndicator.RequestsFax, LegacyIndicator.RequestsOnline, LegacyIndicator.RequestsLetter];
    private static readonly LegacyIndicator[] ShortOutcomes = [LegacyIndicator.ResponsesGranted, LegacyIndicator.ResponsesPartiallyGranted, LegacyIndicator.ResponsesDenied, LegacyIndicator.ResponsesOther];

    private static readonly LegacyIndicator[] Form2014Outcomes =
    [
        LegacyIndicator.ResponsesAlreadyPublic, LegacyIndicator.ResponsesGranted, LegacyIndicator.ResponsesPartiallyGranted, LegacyIndicator.ResponsesDenied,
        LegacyIndicator.ResponsesNotThisAgency, LegacyIndicator.ResponsesNotExist, LegacyIndicator.ResponsesCorrectionRequested, LegacyIndicator.ResponsesOtherRoute,
    ];

    private static readonly LegacyIndicator[] ReconsiderationParts = [LegacyIndicator.ReconsiderationUpheld, LegacyIndicator.ReconsiderationCorrected, LegacyIndicator.ReconsiderationOther];
    private static readonly LegacyIndicator[] LitigationParts = [LegacyIndicator.LitigationUpheld, LegacyIndicator.LitigationCorrected, LegacyIndicator.LitigationOther];

    private static void Split(ref SyntheticRandom random, long total, LegacyIndicator[] rows, ReadOnlySpan<double> weights, long[] annual, Span<long> parts)
    {
        random.Multinomial(total, weights, parts[..rows.Length]);
        for (var i = 0; i < rows.Length; i++)
        {
            annual[(int)rows[i]] = parts[i];
        }
    }

    private static readonly string[][] CategorySets =
    [
        ["机构职能类", "政策、规范性文件类", "规划计划类", "行政许可类", "财政资金类", "人事信息类", "其他类"],
        ["机构职能类", "政策、规范性文件类", "规划计划类", "农村工作类", "国土资源城乡建设环保能源类", "安全生产、应急管理类"],
        ["概况信息类", "法规文件类", "业务工作类", "人事信息类", "财政信息类", "其他"],
    ];

    /// <summary>The figures a legacy report states in prose: disclosure by category (adding up to the table's total), by channel, policy interpretations.</summary>
    private ReportBreakdowns LegacyBreakdowns(int year, LegacyForm form, long proactive, ref SyntheticRandom random)
    {
        var labels = CategorySets[Profile.Categories];
        Span<double> weights = stackalloc double[labels.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.LogNormal(1, 0.8);
        }

        Span<long> parts = stackalloc long[labels.Length];
        random.Multinomial(proactive, weights, parts);
        var categories = ImmutableArray.CreateBuilder<LabeledCount>(labels.Length);
        for (var i = 0; i < labels.Length && proactive > 0; i++)
        {
            categories.Add(new LabeledCount(labels[i], parts[i]));
        }

        if (form != LegacyForm.Short)
        {
            return new ReportBreakdowns { ProactiveByCategory = categories.ToImmutable() };
        }

        return new ReportBreakdowns
        {
            ProactiveByCategory = categories.ToImmutable(),
            ProactiveByChannel = year >= 2014 ? [new LabeledCount("微信公众号发布", random.Binomial(proactive, 0.25))] : [],
            Figures = year >= 2013 ? [new LabeledCount("政策解读数量", random.Poisson(2 + (proactive * 0.05)))] : [],
        };
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Publication
    // ----------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// A day before the deadline of the agency's kind: legacy reports by 31 March, departments of governments at or above
    /// county level by 31 January (mostly in its last week), people's governments and townships by 31 March (mostly in January).
    /// </summary>
    private DateOnly PublicationDate(int year)
    {
        var random = SyntheticRandom.For(_seed, Streams.Publication, _position, year);
        var next = year + 1;
        var agency = Agency.Agency;
        if (year <= 2018)
        {
            return random.Pick([0.15, 0.3, 0.55]) switch
            {
                0 => new DateOnly(next, 1, random.Between(10, 31)),
                1 => new DateOnly(next, 2, random.Between(1, 28)),
                _ => new DateOnly(next, 3, random.Between(1, 31)),
            };
        }

        if (agency.Kind == AgencyKind.Department && agency.Level != AgencyLevel.Township)
        {
            return new DateOnly(next, 1, 31 - (int)Math.Min(24, random.Poisson(4)));
        }

        return random.Pick([0.65, 0.2, 0.15]) switch
        {
            0 => new DateOnly(next, 1, random.Between(10, 31)),
            1 => new DateOnly(next, 2, random.Between(1, 28)),
            _ => new DateOnly(next, 3, random.Between(1, 31)),
        };
    }

    private static int[] Grid(FormatDefinition format, string table, int rows, int columns)
    {
        var definition = format.FindTable(table)!;
        var grid = new int[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[(r * columns) + c] = definition.GetOrdinalByEnum(r, c);
            }
        }

        return grid;
    }

    private sealed class Grids(FormatDefinition format)
    {
        public int[] Requests { get; } = Grid(format, "requests", Enum.GetValues<RequestRow>().Length, RequestColumns);

        public int[] Reviews { get; } = Grid(format, "reviews", Enum.GetValues<ReviewRow>().Length, ReviewColumns);

        public int[] Proactive { get; } = Grid(format, "proactive", Enum.GetValues<ProactiveRow>().Length, ProactiveColumns);

        public int ProactiveCell(ProactiveRow row, ProactiveColumn column) => Proactive[((int)row * ProactiveColumns) + (int)column];
    }

    private sealed record RequestDraw(int Year, long Total, long[] Newly, long[] Forward);

    private sealed class DocumentState
    {
        public int Year { get; set; }

        public long RegulationsInForce { get; set; }

        public long NormativeInForce { get; set; }

        public long RegulationsPublished { get; set; }

        public long NormativePublished { get; set; }
    }

    private readonly record struct DocumentCounts(
        long RegulationsIssued,
        long RegulationsRepealed,
        long RegulationsInForce,
        long RegulationsPublished,
        long NormativeIssued,
        long NormativeRepealed,
        long NormativeUnpublished,
        long NormativeInForce,
        long NormativePublished);

    private sealed class ItemState
    {
        public int Year { get; set; }

        public long[] Items { get; init; } = [];
    }

    private readonly record struct ItemCounts(long[] Before, long[] Change);

    private readonly record struct DecisionCounts(long Licensing, long Penalty, long Coercion, long OtherServices, double Fees, long Projects, double Procurement);
}
