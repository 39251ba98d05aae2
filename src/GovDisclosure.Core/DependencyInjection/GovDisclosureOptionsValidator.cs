using Microsoft.Extensions.Options;

namespace GovDisclosure.DependencyInjection;

/// <summary>Checks <see cref="GovDisclosureOptions"/> when the host starts: every problem, each named by its option.</summary>
internal sealed class GovDisclosureOptionsValidator : IValidateOptions<GovDisclosureOptions>
{
    public ValidateOptionsResult Validate(string? name, GovDisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Validation is null)
        {
            failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.Validation)} is null: leave it out to get ValidationOptions.Default.");
        }
        else
        {
            try
            {
                options.Validation.Validate();
            }
            catch (ArgumentException exception)
            {
                failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.Validation)}: {exception.Message}");
            }
        }

        if (options.JsonReading is null)
        {
            failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.JsonReading)} is null: leave it out to get ReportJsonReadOptions.Default.");
        }

        if (options.Rendering is null)
        {
            failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.Rendering)} is null: leave it out to get ReportRenderOptions.Default.");
        }
        else if (!Enum.IsDefined(options.Rendering.Language))
        {
            failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.Rendering)}.Language is {(int)options.Rendering.Language}: expected Chinese or English.");
        }

        if (!Enum.IsDefined(options.RollupLevel))
        {
            failures.Add($"{nameof(GovDisclosureOptions)}.{nameof(GovDisclosureOptions.RollupLevel)} is {(int)options.RollupLevel}: expected Province, Prefecture, County or All.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
