using GovDisclosure;
using GovDisclosure.Rendering;
using GovDisclosure.Samples.Hosting;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// A host — a web application or a worker — registers GovDisclosure once and is handed its services.
//   dotnet run -- REPORT.json|REPORT.txt|REPORT.html OUTPUT.html [--GovDisclosure:Language=en]
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (files.Length != 2)
{
    Console.Error.WriteLine("usage: GovDisclosure.Samples.Hosting REPORT.json|REPORT.txt|REPORT.html OUTPUT.html [--GovDisclosure:Language=en]");
    return 64;
}

var builder = Host.CreateApplicationBuilder(args.Except(files).ToArray());
var english = builder.Configuration["GovDisclosure:Language"] == "en";
builder.Services.AddGovDisclosure(options =>
{
    options.Validation = options.Validation with { DisabledRules = [RuleCodes.CannotCheck] };
    options.Rendering = new ReportRenderOptions { Language = english ? DisplayLanguage.English : DisplayLanguage.Chinese, IncludeSections = true };
});
builder.Services.AddGovDisclosureExtraction();   // published text and saved pages, checked with the validation options above
builder.Services.AddSingleton<ReportDesk>();

using var host = builder.Build();
await host.StartAsync();   // the GovDisclosure options are checked here: invalid ones stop the start with their problems listed
var code = await host.Services.GetRequiredService<ReportDesk>().PublishAsync(files[0], files[1], CancellationToken.None);
await host.StopAsync();
return code;
