namespace GovDisclosure.Synthetic;

/// <summary>
/// What stays the same for an agency from year to year: how many requests it gets and from whom, how it answers them,
/// how many documents it issues, how busy its licensing and enforcement are. Drawn once per agency from its own stream.
/// </summary>
/// <remarks>
/// Request counts are zero-inflated and heavy-tailed: an agency is active with a probability that falls with its level
/// (most townships and county departments are not), and an active agency's median is log-normal around a level median
/// (a county department about 3 a year, a provincial government about 600), times its department's weight and its
/// province's; a year's count is Poisson around that median times the year's trend and a year-to-year factor.
/// </remarks>
internal sealed class AgencyProfile
{
    /// <summary>The outcome categories of 表三, in <see cref="Outcomes"/> order.</summary>
    public static readonly RequestRow[] Outcomes =
    [
        RequestRow.Granted, RequestRow.PartiallyGranted,
        RequestRow.DeniedStateSecret, RequestRow.DeniedProhibitedByLaw, RequestRow.DeniedEndangersSecurity, RequestRow.DeniedThirdPartyRights,
        RequestRow.DeniedInternalAffairs, RequestRow.DeniedProcessInformation, RequestRow.DeniedEnforcementFile, RequestRow.DeniedAdministrativeQuery,
        RequestRow.UnavailableNotHeld, RequestRow.UnavailableNeedsCreation, RequestRow.UnavailableUnclear,
        RequestRow.NotProcessedComplaint, RequestRow.NotProcessedDuplicate, RequestRow.NotProcessedPublication, RequestRow.NotProcessedExcessive,
        RequestRow.NotProcessedConfirmation,
        RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherOther,
    ];

    /// <summary>The index in <see cref="Outcomes"/> of the first of the three rows of （六）其他处理.</summary>
    public const int FirstOtherOutcome = 18;

    private static readonly double[] BaseOutcomes =
    [
        0.42, 0.08,
        0.05 * 0.02, 0.05 * 0.10, 0.05 * 0.05, 0.05 * 0.20, 0.05 * 0.15, 0.05 * 0.25, 0.05 * 0.13, 0.05 * 0.10,
        0.26 * 0.75, 0.26 * 0.15, 0.26 * 0.10,
        0.08 * 0.45, 0.08 * 0.30, 0.08 * 0.05, 0.08 * 0.10, 0.08 * 0.10,
        0.11 * 0.50, 0.11 * 0.02, 0.11 * 0.48,
    ];

    public AgencyProfile(SyntheticAgency agency, long seed)
    {
        Agency = agency;
        var random = SyntheticRandom.For(seed, Streams.Profile, agency.Position);
        var (activeShare, median) = agency.Role switch
        {
            AgencyRole.NationalDepartment => (0.97, 250.0),
            AgencyRole.Government => agency.Level switch
            {
                AgencyLevel.Provincial => (1.0, 600.0),
                AgencyLevel.Prefectural => (1.0, 150.0),
                _ => (0.97, 45.0),
            },
            AgencyRole.Department => agency.Level switch
            {
                AgencyLevel.Provincial => (0.9, 40.0),
                AgencyLevel.Prefectural => (0.75, 10.0),
                _ => (0.5, 3.0),
            },
            AgencyRole.Subdistrict => (0.45, 1.5),
            _ => (0.35, 1.2),
        };
        Active = random.Chance(activeShare);
        RequestMedian = Active ? random.LogNormal(median * (agency.Department?.Requests ?? 1.0) * agency.ProvinceRequests, 1.0) : 0.02;

        var natural = 0.70 + (0.27 * random.NextDouble());
        var rest = 1 - natural;
        ApplicantWeights = [natural, rest * 0.55 * Noise(ref random), rest * 0.03 * Noise(ref random), rest * 0.04 * Noise(ref random), rest * 0.18 * Noise(ref random), rest * 0.20 * Noise(ref random)];
        OutcomeWeights = new double[BaseOutcomes.Length];
        for (var i = 0; i < BaseOutcomes.Length; i++)
        {
            OutcomeWeights[i] = BaseOutcomes[i] * Noise(ref random);
        }

        Pending = 0.01 + (random.NextDouble() * (agency.Role == AgencyRole.Government ? 0.08 : 0.05));
        ReconsiderationRate = random.LogNormal(0.04, 0.5);
        LitigationRate = random.LogNormal(0.015, 0.5);
        ReviewWeights = [0.62 * Noise(ref random), 0.08 * Noise(ref random), 0.15 * Noise(ref random), 0.15 * Noise(ref random)];
        SingleOtherRow = random.Chance(0.04);
        MoneyDecimals = random.Pick([0.3, 0.1, 0.35, 0.15, 0.1]);
        YuanProcurement = random.Chance(0.2);

        var isGovernment = agency.Role == AgencyRole.Government;
        RegulationMean = !agency.MakesRules ? 0
            : agency.Role == AgencyRole.NationalDepartment ? random.LogNormal(4, 0.4)
            : agency.Level == AgencyLevel.Provincial ? random.LogNormal(6, 0.3)
            : random.LogNormal(2, 0.4);
        var normative = agency.Role switch
        {
            AgencyRole.NationalDepartment => 10.0,
            AgencyRole.Government => agency.Level switch { AgencyLevel.Provincial => 30.0, AgencyLevel.Prefectural => 20.0, _ => 12.0 },
            AgencyRole.Department => agency.Level switch { AgencyLevel.Provincial => 8.0, AgencyLevel.Prefectural => 4.0, _ => 1.5 },
            _ => 0.6,
        };
        NormativeMean = random.LogNormal(normative, 0.5);
        RegulationsInForce = RegulationMean == 0 ? 0 : (long)(RegulationMean * random.Between(12, 40));
        NormativeInForce = (long)(NormativeMean * random.Between(4, 12));
        RegulationsPublished = RegulationsInForce + (long)(RegulationMean * random.Between(2, 10));
        NormativePublished = NormativeInForce + (long)(NormativeMean * random.Between(2, 10));

        var scale = agency.Level switch
        {
            AgencyLevel.National => 4.0,
            AgencyLevel.Provincial => 2.0,
            AgencyLevel.Prefectural => 1.0,
            AgencyLevel.County => 0.6,
            _ => 0.05,
        };
        var licensing = agency.Department?.Licensing ?? (isGovernment ? 12 : agency.Role == AgencyRole.NationalDepartment ? 1 : 0.3);
        var penalty = agency.Department?.Penalty ?? (isGovernment ? 12 : agency.Role == AgencyRole.NationalDepartment ? 0.5 : 0.3);
        LicensingMean = licensing == 0 ? 0 : random.LogNormal(150 * licensing * scale, 0.8);
        PenaltyMean = penalty == 0 ? 0 : random.LogNormal(60 * penalty * scale, 0.8);
        CoercionMean = PenaltyMean * 0.05;
        OtherServicesMean = random.LogNormal(20 * scale, 0.8);
        ItemsBase =
        [
            licensing == 0 ? 0 : random.Between(5, 60) * (isGovernment ? 6 : 1),
            random.Between(0, 30),
            penalty == 0 ? 0 : random.Between(30, 600),
            penalty == 0 ? 0 : random.Between(3, 40),
            agency.Department?.Fees == true ? random.Between(1, 12) : 0,
        ];
        FeeMedian = agency.Department?.Fees == true ? random.LogNormal(60 * scale, 0.8) : isGovernment ? random.LogNormal(200 * scale, 0.8) : 0;
        FeeChance = agency.Department?.Fees == true ? 0.7 : isGovernment ? 0.5 : 0;
        ProcurementMean = random.LogNormal(agency.Role == AgencyRole.Government ? 15 * scale : 4 * scale, 0.5);
        ProactiveMean = agency.Role switch
        {
            AgencyRole.Government => agency.Level switch { AgencyLevel.Provincial => 3000.0, AgencyLevel.Prefectural => 1500.0, _ => 800.0 },
            AgencyRole.Township or AgencyRole.Subdistrict => 180.0,
            _ => 150.0,
        } * random.LogNormal(1, 0.4);
        Categories = random.Pick([0.4, 0.3, 0.3]);
    }

    public SyntheticAgency Agency { get; }

    /// <summary>Gets a value indicating whether the agency receives requests at all in an ordinary year.</summary>
    public bool Active { get; }

    /// <summary>Gets the median of new requests a year in 2019.</summary>
    public double RequestMedian { get; }

    /// <summary>Gets the weights of the six applicant columns.</summary>
    public double[] ApplicantWeights { get; }

    /// <summary>Gets the weights of the outcomes, in <see cref="Outcomes"/> order.</summary>
    public double[] OutcomeWeights { get; }

    /// <summary>Gets the share of a year's new requests still open at its end.</summary>
    public double Pending { get; }

    public double ReconsiderationRate { get; }

    public double LitigationRate { get; }

    /// <summary>Gets the weights of upheld, corrected, other and pending reviews.</summary>
    public double[] ReviewWeights { get; }

    /// <summary>Gets a value indicating whether its 2021-format reports print （六）其他处理 as one row.</summary>
    public bool SingleOtherRow { get; }

    /// <summary>Gets the number of decimals its money figures are printed with (0 to 4).</summary>
    public int MoneyDecimals { get; }

    /// <summary>Gets a value indicating whether its 2019-format procurement amount is printed in 元 rather than 万元.</summary>
    public bool YuanProcurement { get; }

    public double RegulationMean { get; }

    public double NormativeMean { get; }

    /// <summary>Gets the rules in force at the start of 2019.</summary>
    public long RegulationsInForce { get; }

    /// <summary>Gets the normative documents in force at the start of 2019.</summary>
    public long NormativeInForce { get; }

    /// <summary>Gets the rules published in all at the start of 2019.</summary>
    public long RegulationsPublished { get; }

    /// <summary>Gets the normative documents published in all at the start of 2019.</summary>
    public long NormativePublished { get; }

    public double LicensingMean { get; }

    public double PenaltyMean { get; }

    public double CoercionMean { get; }

    public double OtherServicesMean { get; }

    /// <summary>Gets the items (事项) of licensing, other services, penalty, coercion and fees at the start of 2019.</summary>
    public int[] ItemsBase { get; }

    /// <summary>Gets the median of the administrative fees collected in a year, in 万元.</summary>
    public double FeeMedian { get; }

    /// <summary>Gets the probability that the agency collects fees in a year.</summary>
    public double FeeChance { get; }

    public double ProcurementMean { get; }

    /// <summary>Gets the mean of the documents proactively disclosed a year (legacy reports).</summary>
    public double ProactiveMean { get; }

    /// <summary>Gets which set of category labels its legacy reports use.</summary>
    public int Categories { get; }

    private static double Noise(ref SyntheticRandom random) => random.LogNormal(1, 0.4);
}

/// <summary>The purposes of the random streams: each draw of the generator comes from the stream of its purpose.</summary>
internal static class Streams
{
    public const ulong Profile = 1;
    public const ulong Requests = 2;
    public const ulong Outcomes = 3;
    public const ulong Reviews = 4;
    public const ulong Documents = 5;
    public const ulong Items = 6;
    public const ulong Proactive = 7;
    public const ulong Legacy = 8;
    public const ulong Publication = 9;
    public const ulong Text = 10;
    public const ulong Errors = 11;
    public const ulong ErrorDetails = 12;
}
