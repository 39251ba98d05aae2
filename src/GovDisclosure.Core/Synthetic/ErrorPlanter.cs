using System.Globalization;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Synthetic;

/// <summary>What becomes of a report with a planted error.</summary>
internal enum PlantedOutcome
{
    /// <summary>The changed report is given.</summary>
    Keep,

    /// <summary>The report is left out.</summary>
    Drop,

    /// <summary>The report is given twice.</summary>
    Duplicate,
}

/// <summary>
/// Plants errors in an agency's reports: chooses the years (at most one in any two consecutive years, so that no two
/// errors touch the same pair of years), chooses a kind the report allows, changes the report and states the findings
/// the validators must give for it.
/// </summary>
/// <remarks>
/// Because the years right before and after a planted year carry no error, each planted error can count on its neighbours
/// being present, single and as generated: its expected findings follow from its own change and the formats of the
/// neighbouring years alone.
/// </remarks>
internal sealed class ErrorPlanter(GeneratorOptions options)
{
    private readonly double _chance = options.ErrorShare / (1 - options.ErrorShare);

    /// <summary>Which of the years of an agency (by index from the first year) get an error.</summary>
    public bool[] PlanYears(long position)
    {
        var planted = new bool[options.Years];
        if (options.ErrorShare == 0)
        {
            return planted;
        }

        var random = SyntheticRandom.For(options.Seed, Streams.Errors, position);
        var last = -2;
        for (var i = 0; i < planted.Length; i++)
        {
            // Drawn for every year, so that one year's decision does not shift the draws of the next.
            var draw = random.NextDouble();
            if (i - last >= 2 && draw < _chance)
            {
                planted[i] = true;
                last = i;
            }
        }

        return planted;
    }

    /// <summary>Plants an error in a drafted report.</summary>
    /// <param name="series">The agency's series.</param>
    /// <param name="draft">The report.</param>
    /// <param name="typoPlanted">
    /// Whether the agency's credit code was already mistyped in an earlier year: it is mistyped once at most, since two
    /// reports with the same mistyped code would make a series of their own.
    /// </param>
    public (PlantedError Error, PlantedOutcome Outcome) Plant(AgencySeries series, ReportDraft draft, bool typoPlanted)
    {
        var year = draft.Year;
        var random = SyntheticRandom.For(options.Seed, Streams.ErrorDetails, series.Agency.Position, year);
        var kinds = new List<PlantedErrorKind>();
        var format = draft.Definition.Format;
        var interior = year > options.FirstYear && year < options.LastYear;
        if (format == ReportFormat.Legacy)
        {
            kinds.Add(PlantedErrorKind.LegacyResponseTotal);
            if (HasCumulative(series, year, LegacyIndicator.ComplaintsTotal)
                && (HasCumulative(series, year - 1, LegacyIndicator.ComplaintsTotal) || HasCumulative(series, year + 1, LegacyIndicator.ComplaintsTotal)))
            {
                kinds.Add(PlantedErrorKind.LegacyCumulativeBreak);
            }
        }
        else
        {
            kinds.Add(PlantedErrorKind.RequestRowTotal);
            kinds.Add(PlantedErrorKind.ReviewTotal);
            kinds.Add(PlantedErrorKind.RequestBalance);
            if (year - 1 >= options.FirstYear && year - 1 >= FormatCatalog.National2019.FirstYear && CarryOverColumns(draft).Count > 0)
            {
                kinds.Add(PlantedErrorKind.CarryOverBreak);
            }
        }

        if (!typoPlanted)
        {
            kinds.Add(PlantedErrorKind.CreditCodeCheckCharacter);
        }

        kinds.Add(PlantedErrorKind.LatePublication);
        kinds.Add(PlantedErrorKind.DuplicateReport);
        if (interior)
        {
            kinds.Add(PlantedErrorKind.MissingYear);
        }

        var kind = kinds[random.Next(kinds.Count)];
        var plant = new Planting(this, series, draft, kind);
        var outcome = kind switch
        {
            PlantedErrorKind.RequestRowTotal => plant.RequestRowTotal(ref random),
            PlantedErrorKind.ReviewTotal => plant.ReviewTotal(ref random),
            PlantedErrorKind.RequestBalance => plant.RequestBalance(ref random),
            PlantedErrorKind.CarryOverBreak => plant.CarryOverBreak(ref random),
            PlantedErrorKind.LegacyResponseTotal => plant.LegacyResponseTotal(ref random),
            PlantedErrorKind.LegacyCumulativeBreak => plant.LegacyCumulativeBreak(ref random),
            PlantedErrorKind.CreditCodeCheckCharacter => plant.CreditCodeCheckCharacter(ref random),
            PlantedErrorKind.LatePublication => plant.LatePublication(ref random),
            PlantedErrorKind.MissingYear => plant.MissingYear(),
            _ => plant.DuplicateReport(),
        };
        return (plant.ToError(), outcome);
    }

    /// <summary>The identity the validator gives a report of an agency on a year.</summary>
    private static ReportIdentity Identity(Agency agency, int year) =>
        new(agency.Name, year, FormatCatalog.ForYear(year).Format) { CreditCode = agency.CreditCode, DivisionCode = agency.DivisionCode };

    /// <summary>Tells whether the agency's report on a year is generated and prints a legacy row's cumulative figure.</summary>
    private bool HasCumulative(AgencySeries series, int year, LegacyIndicator row) =>
        year >= options.FirstYear && year <= options.LastYear && year <= FormatCatalog.Legacy.LastYear
        && series.PlanFor(year).Applicable[AgencySeries.LegacyOrdinal(row, LegacyPeriod.Cumulative)];

    /// <summary>The applicant columns whose carried-over figure can be moved without a negative figure.</summary>
    private static List<Applicant> CarryOverColumns(ReportDraft draft)
    {
        var format = draft.Definition.Format;
        var columns = new List<Applicant>();
        for (var c = Applicant.NaturalPerson; c < Applicant.Total; c++)
        {
            if (draft[AgencySeries.RequestOrdinal(format, RequestRow.NewlyReceived, c)] > 0 || draft[AgencySeries.RequestOrdinal(format, RequestRow.CarriedOver, c)] > 0)
            {
                columns.Add(c);
            }
        }

        return columns;
    }

    /// <summary>One planting: the changes to the draft and the findings they must give.</summary>
    private sealed class Planting(ErrorPlanter planter, AgencySeries series, ReportDraft draft, PlantedErrorKind kind)
    {
        private readonly Agency _agency = draft.Agency;
        private readonly List<CellKey> _cells = [];
        private readonly List<ExpectedFinding> _findings = [];
        private string _description = string.Empty;

        private int Year => draft.Year;

        private ReportFormat Format => draft.Definition.Format;

        public PlantedError ToError() => new(kind, _agency, Year, [.. _cells], [.. _findings], _description);

        public PlantedOutcome RequestRowTotal(ref SyntheticRandom random)
        {
            var rows = AgencyProfile.Outcomes.Append(RequestRow.OtherHandling)
                .Where(r => draft.Has(AgencySeries.RequestOrdinal(Format, r, Applicant.Total)))
                .ToArray();
            var row = rows[random.Next(rows.Length)];
            var cell = Change(AgencySeries.RequestOrdinal(Format, row, Applicant.Total), ref random);
            Expect(Year, RuleCodes.RequestsColumnTotal, cell);
            Expect(Year, RuleCodes.RequestsResultsTotal, cell);
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome ReviewTotal(ref SyntheticRandom random)
        {
            var row = (ReviewRow)random.Next(3);
            var cell = Change(AgencySeries.ReviewOrdinal(Format, row, ReviewColumn.Total), ref random);
            Expect(Year, RuleCodes.ReviewsTotal, cell);
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome RequestBalance(ref SyntheticRandom random)
        {
            var column = (Applicant)random.Next(6);
            var ordinal = AgencySeries.RequestOrdinal(Format, RequestRow.NewlyReceived, column);
            var total = AgencySeries.RequestOrdinal(Format, RequestRow.NewlyReceived, Applicant.Total);
            var delta = Delta(draft[ordinal], ref random);
            var cells = new[] { Key(ordinal), Key(total) };
            _description = string.Create(CultureInfo.InvariantCulture, $"{cells[0]} and {cells[1]} printed {delta:+0;-0} off, so the column does not balance");
            draft[ordinal] += delta;
            draft[total] += delta;
            _cells.AddRange(cells);
            Expect(Year, RuleCodes.RequestsBalance, cells[0]);
            Expect(Year, RuleCodes.RequestsBalance, cells[1]);
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome CarryOverBreak(ref SyntheticRandom random)
        {
            var columns = CarryOverColumns(draft);
            var column = columns[random.Next(columns.Count)];
            var carriedOver = AgencySeries.RequestOrdinal(Format, RequestRow.CarriedOver, column);
            var newly = AgencySeries.RequestOrdinal(Format, RequestRow.NewlyReceived, column);

            // Requests move between 上年结转 and 本年新收: the report still balances, but no longer continues last year's.
            var delta = draft[newly] > 0 && (draft[carriedOver] == 0 || random.Chance(0.5))
                ? random.Between(1, (int)Math.Min(3, draft[newly]))
                : -random.Between(1, (int)Math.Min(3, draft[carriedOver]));
            foreach (var c in (Applicant[])[column, Applicant.Total])
            {
                draft[AgencySeries.RequestOrdinal(Format, RequestRow.CarriedOver, c)] += delta;
                draft[AgencySeries.RequestOrdinal(Format, RequestRow.NewlyReceived, c)] -= delta;
            }

            var cells = new[] { Key(carriedOver), Key(AgencySeries.RequestOrdinal(Format, RequestRow.CarriedOver, Applicant.Total)) };
            _description = string.Create(CultureInfo.InvariantCulture, $"{cells[0]} and {cells[1]} {delta:+0;-0} from last year's carried-forward figures (本年新收 {-delta:+0;-0} to balance)");
            _cells.AddRange(cells);
            Expect(Year, RuleCodes.SeriesCarryOver, cells[0]);
            Expect(Year, RuleCodes.SeriesCarryOver, cells[1]);
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome LegacyResponseTotal(ref SyntheticRandom random)
        {
            var annual = AgencySeries.LegacyOrdinal(LegacyIndicator.ResponsesTotal, LegacyPeriod.Annual);
            var cumulative = AgencySeries.LegacyOrdinal(LegacyIndicator.ResponsesTotal, LegacyPeriod.Cumulative);
            var cell = Change(annual, random.Between(1, 5));
            Expect(Year, RuleCodes.LegacyResponseOutcomes, cell);
            if (draft.Has(cumulative))
            {
                if (draft[annual] > draft[cumulative])
                {
                    Expect(Year, RuleCodes.LegacyCumulativeAtLeastAnnual, cell);
                }

                if (planter.HasCumulative(series, Year - 1, LegacyIndicator.ResponsesTotal))
                {
                    Expect(Year, RuleCodes.SeriesCumulative, cell);
                }
            }

            return PlantedOutcome.Keep;
        }

        public PlantedOutcome LegacyCumulativeBreak(ref SyntheticRandom random)
        {
            var cell = Change(AgencySeries.LegacyOrdinal(LegacyIndicator.ComplaintsTotal, LegacyPeriod.Cumulative), random.Between(1, 20));
            if (planter.HasCumulative(series, Year - 1, LegacyIndicator.ComplaintsTotal))
            {
                Expect(Year, RuleCodes.SeriesCumulative, cell);
            }

            if (planter.HasCumulative(series, Year + 1, LegacyIndicator.ComplaintsTotal))
            {
                Expect(Year + 1, RuleCodes.SeriesCumulative, cell);
            }

            return PlantedOutcome.Keep;
        }

        public PlantedOutcome CreditCodeCheckCharacter(ref SyntheticRandom random)
        {
            var code = _agency.CreditCode!.Value.Value;
            var right = code[17];
            var alphabet = UnifiedSocialCreditCode.Alphabet;
            var wrong = alphabet[(alphabet.IndexOf(right, StringComparison.Ordinal) + 1 + random.Next(alphabet.Length - 1)) % alphabet.Length];
            var typo = UnifiedSocialCreditCode.Parse(string.Concat(code.AsSpan(0, 17), wrong.ToString()));
            draft.Agency = _agency with { CreditCode = typo };
            _description = $"credit code printed {typo} instead of {code}";
            _findings.Add(new ExpectedFinding(Identity(draft.Agency, Year), RuleCodes.CreditCodeCheckCharacter, []));

            // The report's agency key is its credit code: the agency's own series misses the year.
            ExpectMissingYear();
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome LatePublication(ref SyntheticRandom random)
        {
            var deadline = PublicationDeadlines.Regulations.GetDeadline(draft.ToReport());
            var late = deadline.AddDays(random.Between(1, 45));
            _description = string.Create(CultureInfo.InvariantCulture, $"published on {late:yyyy-MM-dd}, after the deadline {deadline:yyyy-MM-dd} (instead of {draft.PublishedOn:yyyy-MM-dd})");
            draft.PublishedOn = late;
            Expect(Year, RuleCodes.PublishedLate);
            return PlantedOutcome.Keep;
        }

        public PlantedOutcome MissingYear()
        {
            _description = string.Create(CultureInfo.InvariantCulture, $"the report on {Year} left out");
            ExpectMissingYear();
            return PlantedOutcome.Drop;
        }

        public PlantedOutcome DuplicateReport()
        {
            _description = string.Create(CultureInfo.InvariantCulture, $"the report on {Year} given twice");
            Expect(Year, RuleCodes.SeriesDuplicateYear);
            Expect(Year, RuleCodes.SeriesDuplicateYear);
            return PlantedOutcome.Duplicate;
        }

        /// <summary>Adds or subtracts a few to a count (never below 0), saying so.</summary>
        private CellKey Change(int ordinal, ref SyntheticRandom random) => Change(ordinal, Delta(draft[ordinal], ref random));

        /// <summary>Adds to a count, saying so.</summary>
        private CellKey Change(int ordinal, long delta)
        {
            var before = draft[ordinal];
            draft[ordinal] = before + delta;
            var cell = Key(ordinal);
            _cells.Add(cell);
            _description = string.Create(CultureInfo.InvariantCulture, $"{cell} printed {before + delta} instead of {before}");
            return cell;
        }

        private static long Delta(long value, ref SyntheticRandom random)
        {
            var delta = random.Between(1, 9);
            return value >= delta && random.Chance(0.3) ? -delta : delta;
        }

        /// <summary>The next year's report finds the gap, when the series has a year before and after it.</summary>
        private void ExpectMissingYear()
        {
            if (Year > planter.Options.FirstYear && Year < planter.Options.LastYear)
            {
                Expect(Year + 1, RuleCodes.SeriesMissingYear);
            }
        }

        private void Expect(int year, string code, params CellKey[] cells) =>
            _findings.Add(new ExpectedFinding(Identity(_agency, year), code, [.. cells]));

        private CellKey Key(int ordinal) => draft.Definition.Cells[ordinal].Key;
    }

    private GeneratorOptions Options => options;
}
