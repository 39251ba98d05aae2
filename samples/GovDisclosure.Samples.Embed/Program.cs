using GovDisclosure;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;

// Embedding GovDisclosure.Core: a county government builds its 2024 report, validates it and saves it.
var folder = args.Length > 0 ? args[0] : ".";

var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府") { Level = AgencyLevel.County });
builder.PublishedOn = new DateOnly(2025, 3, 20);
foreach (var cell in builder.Definition.Cells.Where(c => !c.Row.IsOptional))
{
    builder[cell.Key] = 0;                                    // every figure of the tables printed as 0 …
}

builder.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, 12);  // … but the requests of the year
builder.Set(RequestRow.NewlyReceived, Applicant.Total, 12);
builder.Set(RequestRow.Granted, Applicant.NaturalPerson, 12);
builder.Set(RequestRow.Granted, Applicant.Total, 12);
builder.Set(RequestRow.ResultsTotal, Applicant.NaturalPerson, 12);
builder.Set(RequestRow.ResultsTotal, Applicant.Total, 12);
var report = builder.Build();

var result = new ReportValidator().Validate(report);
foreach (var finding in result.Findings)
{
    Console.WriteLine($"{finding.Code} {finding.Severity}: {finding.GetMessage(DisplayLanguage.English)}");
}

Console.WriteLine($"{result.ErrorCount} errors, {result.WarningCount} warnings");

var json = Path.Combine(folder, "report.json");
GovDisclosureJson.WriteFile(json, report);
Console.WriteLine($"Saved {json}");

// CSV: save the same report as CSV here once GovDisclosure.Core writes CSV (Serialization/Csv).

return result.IsValid ? 0 : 1;
