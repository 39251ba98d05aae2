using GovDisclosure.Extraction;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;
using Microsoft.Extensions.Logging;

namespace GovDisclosure.Samples.Hosting;

/// <summary>The office's desk: reads a report, validates it, and writes its tables as an HTML fragment for the portal.</summary>
/// <param name="json">The JSON serializer, with the reading limits of the options.</param>
/// <param name="extractor">The extraction of published text and saved pages.</param>
/// <param name="validator">The validator, with the rules of the options.</param>
/// <param name="renderer">The renderer, in the language of the options.</param>
/// <param name="logger">The log.</param>
internal sealed partial class ReportDesk(ReportJsonSerializer json, ReportExtractionService extractor, ReportValidator validator, ReportRenderer renderer, ILogger<ReportDesk> logger)
{
    /// <summary>Publishes one report: nothing is written when it has errors.</summary>
    /// <param name="path">The report's JSON file, or its published text or saved page.</param>
    /// <param name="output">The HTML file to write.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>0 when written, 1 when the report has errors or none could be extracted.</returns>
    public async Task<int> PublishAsync(string path, string output, CancellationToken cancellationToken)
    {
        AnnualReport? report;
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            await using var stream = File.OpenRead(path);
            report = await json.DeserializeAsync(stream, path, cancellationToken);
        }
        else
        {
            var extraction = extractor.ExtractFile(path);
            foreach (var diagnostic in extraction.Diagnostics)
            {
                LogDiagnostic(diagnostic);
            }

            report = extraction.Report;
            if (report is null)
            {
                return 1;
            }
        }

        var result = validator.Validate(report);
        foreach (var finding in result.Findings)
        {
            LogFinding(finding.Code, finding.Severity, finding.GetMessage(renderer.Options.Language));
        }

        if (!result.IsValid)
        {
            LogNotPublished(path, result.ErrorCount);
            return 1;
        }

        await File.WriteAllTextAsync(output, renderer.RenderHtmlFragment(report), cancellationToken);
        LogPublished(report.Agency.Name, report.Year, output);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Diagnostic}")]
    private partial void LogDiagnostic(ExtractionDiagnostic diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Code} {Severity}: {Message}")]
    private partial void LogFinding(string code, Severity severity, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path} has {Errors} errors: not published")]
    private partial void LogNotPublished(string path, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Agency} {Year} to {Output}")]
    private partial void LogPublished(string agency, int year, string output);
}
