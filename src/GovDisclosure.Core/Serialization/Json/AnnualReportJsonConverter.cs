using System.Text.Json;
using System.Text.Json.Serialization;

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
        options.TypeInfoResolverChain.Add(GovDisclosureJsonContext.Default);
        return options;
    }
}
