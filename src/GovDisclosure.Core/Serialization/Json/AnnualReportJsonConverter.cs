using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// The System.Text.Json converter of <see cref="AnnualReport"/>, so that reports can sit inside a caller's own
/// documents. It reads and writes exactly the shape of <c>docs/json.md</c>, with the same strict checks; errors surface
/// as <see cref="JsonException"/> whose inner exception is the <see cref="ReportReadException"/>.
/// </summary>
internal sealed class AnnualReportJsonConverter : JsonConverter<AnnualReport>
{
    public override AnnualReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReportJsonParser.ParseValue(ref reader);
        }
        catch (ReportReadException exception)
        {
            throw new JsonException($"{exception.Location.Path}: {exception.Problem}", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, AnnualReport value, JsonSerializerOptions options) =>
        ReportJsonWriter.Write(writer, value);
}

/// <summary>The source-generated System.Text.Json metadata of the report types (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(AnnualReport))]
[JsonSerializable(typeof(List<AnnualReport>))]
internal sealed partial class GovDisclosureJsonContext : JsonSerializerContext;

/// <summary>Lets callers with their own <see cref="JsonSerializerOptions"/> serialize reports.</summary>
public static class GovDisclosureJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the library's source-generated metadata to the options' resolver chain, so that
    /// <see cref="AnnualReport"/> values (alone or inside the caller's types) read and write as <c>docs/json.md</c> says,
    /// with no reflection.
    /// </summary>
    /// <param name="options">The caller's options.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions ConfigureForGovDisclosure(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Options without a resolver serialize the caller's own types by reflection (where it is enabled): adding a
        // resolver to the chain would take that away, so keep it after the library's metadata, as System.Text.Json would.
        var keepReflection = options.TypeInfoResolver is null && JsonSerializer.IsReflectionEnabledByDefault;
        options.TypeInfoResolverChain.Add(GovDisclosureJsonContext.Default);
        if (keepReflection)
        {
            options.TypeInfoResolverChain.Add(CreateReflectionResolver());
        }

        return options;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Used only when reflection-based serialization is enabled, as System.Text.Json itself does for options without a resolver.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Used only when reflection-based serialization is enabled, as System.Text.Json itself does for options without a resolver.")]
    private static DefaultJsonTypeInfoResolver CreateReflectionResolver() => new();
}
