using GovDisclosure.Extraction;
using GovDisclosure.Extraction.DependencyInjection;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GovDisclosure extraction services in a service collection.</summary>
public static class GovDisclosureExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the services of <c>AddGovDisclosure</c> (the validators, the JSON serializer, the roll-up, the
    /// renderer) and, as a singleton built from <see cref="GovDisclosureExtractionOptions"/>, the
    /// <see cref="ReportExtractionService"/>. Its figures are checked with the registered <see cref="ReportValidator"/>'s
    /// options unless <see cref="GovDisclosureExtractionOptions.Validation"/> is set. The options are checked when the
    /// host starts (<c>ValidateOnStart</c>), or, without a host, when the service is first resolved: invalid options end
    /// in an <see cref="OptionsValidationException"/> that names each problem. Calling it again, or after or before
    /// <c>AddGovDisclosure</c>, adds the new <paramref name="configure"/> action and nothing else.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the extraction options; the defaults when <see langword="null"/>. The options of the
    /// other services are set with <c>AddGovDisclosure(options => …)</c>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Without a container: <c>new ReportExtractionService(options)</c>, or the static <see cref="ReportExtractor"/>.</remarks>
    public static IServiceCollection AddGovDisclosureExtraction(this IServiceCollection services, Action<GovDisclosureExtractionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGovDisclosure();
        var options = services.AddOptions<GovDisclosureExtractionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GovDisclosureExtractionOptions>, GovDisclosureExtractionOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<GovDisclosureExtractionOptions>>().Value;
            return new ReportExtractionService(new ExtractionOptions
            {
                Input = settings.Input,
                Format = settings.Format,
                MaxInputLength = settings.MaxInputLength,
                MaxHtmlDepth = settings.MaxHtmlDepth,
                Validation = settings.Validation ?? provider.GetRequiredService<ReportValidator>().Options,
            });
        });
        return services;
    }
}
