using GovDisclosure.Rendering;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;

namespace GovDisclosure.DependencyInjection;

/// <summary>
/// The settings of the services that <c>AddGovDisclosure</c> registers. Mutable, as options of the options pattern
/// are: each <c>configure</c> action sets them, then they are checked once (<c>ValidateOnStart</c>) and the services are
/// built from them.
/// </summary>
public sealed class GovDisclosureOptions
{
    /// <summary>Gets or sets the settings of the <see cref="ReportValidator"/>: deadlines, severities, rules turned off, the clock.</summary>
    public ValidationOptions Validation { get; set; } = ValidationOptions.Default;

    /// <summary>Gets or sets a value indicating whether the <see cref="BatchValidator"/> also checks each agency's reports across years (it then keeps every report of a batch in memory).</summary>
    public bool ValidateHistoryInBatches { get; set; }

    /// <summary>Gets or sets the limits of reading JSON and JSON Lines, for the <see cref="ReportJsonSerializer"/> and the <see cref="BatchValidator"/>.</summary>
    public ReportJsonReadOptions JsonReading { get; set; } = ReportJsonReadOptions.Default;

    /// <summary>Gets or sets a value indicating whether the <see cref="ReportJsonSerializer"/> writes single reports indented (the default).</summary>
    public bool IndentJson { get; set; } = true;

    /// <summary>Gets or sets the options of the <see cref="ReportRenderer"/>: language, title, sections.</summary>
    public ReportRenderOptions Rendering { get; set; } = ReportRenderOptions.Default;

    /// <summary>
    /// Gets or sets the jurisdictions that the registered <see cref="ReportAggregator"/> forms; <see cref="RollupLevel.All"/>
    /// (one sum of every report) by default. Other groupings: <c>new ReportAggregator(level)</c> where needed.
    /// </summary>
    public RollupLevel RollupLevel { get; set; } = RollupLevel.All;

    /// <summary>Gets or sets a value indicating whether each roll-up result lists the reports it sums (<see cref="ReportAggregator.RecordSources"/>).</summary>
    public bool RecordRollupSources { get; set; } = true;
}
