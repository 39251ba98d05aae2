using GovDisclosure.DependencyInjection;
using GovDisclosure.Rendering;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GovDisclosure services in a service collection.</summary>
public static class GovDisclosureServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons built from <see cref="GovDisclosureOptions"/>: the <see cref="ReportValidator"/>, the
    /// <see cref="BatchValidator"/>, the <see cref="ReportJsonSerializer"/>, the <see cref="ReportAggregator"/> and the
    /// <see cref="ReportRenderer"/>. The options are checked when the host starts (<c>ValidateOnStart</c>), or, without
    /// a host, when the first service is resolved: invalid options end in an <see cref="OptionsValidationException"/>
    /// that names each problem. Calling it again adds the new <paramref name="configure"/> action and nothing else.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; the defaults when <see langword="null"/>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Every service is also usable without a container: <c>new ReportValidator(options)</c> and so on.</remarks>
    public static IServiceCollection AddGovDisclosure(this IServiceCollection services, Action<GovDisclosureOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GovDisclosureOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GovDisclosureOptions>, GovDisclosureOptionsValidator>());

        services.TryAddSingleton(provider => new ReportValidator(Options(provider).Validation));
        services.TryAddSingleton(provider => new BatchValidator(provider.GetRequiredService<ReportValidator>())
        {
            IncludeHistory = Options(provider).ValidateHistoryInBatches,
            ReadOptions = Options(provider).JsonReading,
        });
        services.TryAddSingleton(provider => new ReportJsonSerializer(Options(provider).JsonReading, Options(provider).IndentJson));
        services.TryAddSingleton(provider => new ReportAggregator(Options(provider).RollupLevel) { RecordSources = Options(provider).RecordRollupSources });
        services.TryAddSingleton(provider => new ReportRenderer(Options(provider).Rendering));
        return services;
    }

    private static GovDisclosureOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<GovDisclosureOptions>>().Value;
}
