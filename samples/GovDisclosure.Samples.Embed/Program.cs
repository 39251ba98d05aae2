using GovDisclosure;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;

// Embedding GovDisclosure.Core: a county government builds its 2024 report, validates it and saves it as JSON and CSV.
var folder = args.Length > 0 ? args[0] : ".";

var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府") { Level = AgencyLevel.County });
builder.PublishedOn = new DateOnly(2025, 3, 20);
foreach (var cell in builder.Definition.Cells.Where(c => !c.Row.IsOptional))
{
    builder[cell.Key] = 0;                                      // every figure of the tables printed as 0 …
}

foreach (var row in new[] { RequestRow.NewlyReceived, RequestRow.Granted, RequestRow.ResultsTotal })
{
    builder.Set(row, Applicant.NaturalPerson, 12);              // … but the year's 12 requests, all granted
    builder.Set(row, Applicant.Total, 12);
}

var report = builder.Build();
var result = new ReportValidator().Validate(report);
foreach (var finding in result.Findings)
{
    Console.WriteLine($"{finding.Code} {finding.Severity}: {finding.GetMessage(DisplayLanguage.English)}");
}

Console.WriteLine($"{result.ErrorCount} errors, {result.WarningCount} warnings");
var (json, csv) = (Path.Combine(folder, "report.json"), Path.Combine(folder, "report.csv"));
GovDisclosureJson.WriteFile(json, report);
GovDisclosureCsv.WriteFile(csv, [report]);                      // tidy: one row per cell; UTF-8 with a BOM, for Excel
Console.WriteLine($"Saved {json} and {csv}");
return result.IsValid ? 0 : 1;
