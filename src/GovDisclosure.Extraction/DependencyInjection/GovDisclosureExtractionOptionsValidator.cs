using Microsoft.Extensions.Options;

namespace GovDisclosure.Extraction.DependencyInjection;

/// <summary>Checks <see cref="GovDisclosureExtractionOptions"/> when the host starts: every problem, each named by its option.</summary>
internal sealed class GovDisclosureExtractionOptionsValidator : IValidateOptions<GovDisclosureExtractionOptions>
{
    private const string Name = nameof(GovDisclosureExtractionOptions);

    public ValidateOptionsResult Validate(string? name, GovDisclosureExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Input))
        {
            failures.Add($"{Name}.{nameof(GovDisclosureExtractionOptions.Input)} is {(int)options.Input}: expected Auto, Text, Layout, Markdown or Html.");
        }

        if (options.Format is { } format && !Enum.IsDefined(format))
        {
            failures.Add($"{Name}.{nameof(GovDisclosureExtractionOptions.Format)} is {(int)format}: expected Legacy, National2019, National2021 or null (detected).");
        }

        if (options.MaxInputLength < 1)
        {
            failures.Add($"{Name}.{nameof(GovDisclosureExtractionOptions.MaxInputLength)} is {options.MaxInputLength}: expected at least 1.");
        }

        if (options.MaxHtmlDepth is < 1 or > ExtractionOptions.MaxHtmlDepthLimit)
        {
            failures.Add($"{Name}.{nameof(GovDisclosureExtractionOptions.MaxHtmlDepth)} is {options.MaxHtmlDepth}: expected 1 to {ExtractionOptions.MaxHtmlDepthLimit}.");
        }

        try
        {
            options.Validation?.Validate();
        }
        catch (ArgumentException exception)
        {
            failures.Add($"{Name}.{nameof(GovDisclosureExtractionOptions.Validation)}: {exception.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
