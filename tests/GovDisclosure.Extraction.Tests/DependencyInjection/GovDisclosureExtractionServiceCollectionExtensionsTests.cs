using System.Collections.Immutable;
using FluentAssertions;
using GovDisclosure.Extraction.DependencyInjection;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDisclosure.Extraction.Tests.DependencyInjection;

/// <summary>In the shape of the Core registration's tests: a fresh collection each, registration twice, invalid options on start.</summary>
public sealed class GovDisclosureExtractionServiceCollectionExtensionsTests
{
    /// <summary>The seed report's text: its categories stated in prose add up to 198, not the 208 of the table (GD0301, a warning).</summary>
    private const string Seed = "000-gaoqiao-township-2018";

    [Fact]
    public void AddGovDisclosureExtraction_WithoutOptions_ResolvesTheServiceAndTheCoreServices()
    {
        using var provider = new ServiceCollection().AddGovDisclosureExtraction().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var service = provider.GetRequiredService<ReportExtractionService>();
        service.Should().BeSameAs(provider.GetRequiredService<ReportExtractionService>(), "the service is a singleton");
        service.Options.Should().Be(ExtractionOptions.Default with { Validation = ValidationOptions.Default });
        provider.GetRequiredService<ReportValidator>().Options.Should().Be(ValidationOptions.Default);
        provider.GetRequiredService<ReportRenderer>().Should().NotBeNull("AddGovDisclosureExtraction registers the services of AddGovDisclosure too");
    }

    [Fact]
    public void AddGovDisclosureExtraction_WithOptions_BuildsTheServiceFromThem()
    {
        var validation = new ValidationOptions { DisabledRules = [RuleCodes.CannotCheck] };
        using var provider = new ServiceCollection()
            .AddGovDisclosureExtraction(options =>
            {
                options.Input = InputKind.Layout;
                options.Format = ReportFormat.Legacy;
                options.Validation = validation;
                options.MaxInputLength = 1000;
                options.MaxHtmlDepth = 64;
            })
            .BuildServiceProvider();

        provider.GetRequiredService<ReportExtractionService>().Options.Should().Be(
            new ExtractionOptions { Input = InputKind.Layout, Format = ReportFormat.Legacy, Validation = validation, MaxInputLength = 1000, MaxHtmlDepth = 64 });
        provider.GetRequiredService<ReportValidator>().Options.Should().Be(ValidationOptions.Default, "the extraction's own validation options leave the validator's alone");
    }

    [Fact]
    public void AddGovDisclosureExtraction_WithoutValidationOptions_ChecksTheFiguresWithTheValidatorsRules()
    {
        var severities = ImmutableDictionary<string, Severity>.Empty.Add(RuleCodes.LegacyCategorySum, Severity.Error);
        using var raised = new ServiceCollection()
            .AddGovDisclosure(options => options.Validation = options.Validation with { SeverityOverrides = severities })
            .AddGovDisclosureExtraction()
            .BuildServiceProvider();
        using var disabled = new ServiceCollection()
            .AddGovDisclosureExtraction()
            .AddGovDisclosure(options => options.Validation = options.Validation with { DisabledRules = [RuleCodes.LegacyCategorySum] })
            .BuildServiceProvider();

        var failing = raised.GetRequiredService<ReportExtractionService>().ExtractFile(Samples.TextPath(Seed)).WithCode(ExtractionCode.RelationFails).Single();
        failing.Finding!.Code.Should().Be(RuleCodes.LegacyCategorySum);
        failing.Severity.Should().Be(Severity.Error, "the validator's options raise GD0301 to an error");
        disabled.GetRequiredService<ReportExtractionService>().ExtractFile(Samples.TextPath(Seed)).WithCode(ExtractionCode.RelationFails)
            .Should().BeEmpty("the validator's options turn GD0301 off, whichever registration comes first");
    }

    [Fact]
    public void AddGovDisclosureExtraction_CalledTwice_RegistersEachServiceOnceAndAppliesBothActions()
    {
        var services = new ServiceCollection()
            .AddGovDisclosureExtraction(options => options.Input = InputKind.Text)
            .AddGovDisclosure()
            .AddGovDisclosureExtraction(options => options.Format = ReportFormat.National2021);

        services.Count(d => d.ServiceType == typeof(ReportExtractionService)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ReportValidator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<GovDisclosureExtractionOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<ReportExtractionService>().Options;
        options.Input.Should().Be(InputKind.Text);
        options.Format.Should().Be(ReportFormat.National2021);
    }

    [Fact]
    public void AddGovDisclosureExtraction_ServiceRegisteredBefore_IsKept()
    {
        var own = new ReportExtractionService(new ExtractionOptions { Input = InputKind.Html });
        using var provider = new ServiceCollection().AddSingleton(own).AddGovDisclosureExtraction().BuildServiceProvider();

        provider.GetRequiredService<ReportExtractionService>().Should().BeSameAs(own);
    }

    [Fact]
    public void AddGovDisclosureExtraction_InvalidOptions_FailOnStartNamingEachProblem()
    {
        using var provider = new ServiceCollection()
            .AddGovDisclosureExtraction(options =>
            {
                options.Input = (InputKind)9;
                options.Format = (ReportFormat)7;
                options.Validation = new ValidationOptions { DisabledRules = ["GD9999"] };
                options.MaxInputLength = 0;
                options.MaxHtmlDepth = 5000;
            })
            .BuildServiceProvider();

        // What a host does when it starts (ValidateOnStart).
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var failures = start.Should().Throw<OptionsValidationException>().Which.Failures;
        failures.Should().HaveCount(5);
        failures.Should().Contain("GovDisclosureExtractionOptions.Input is 9: expected Auto, Text, Layout, Markdown or Html.")
            .And.Contain("GovDisclosureExtractionOptions.MaxInputLength is 0: expected at least 1.")
            .And.Contain("GovDisclosureExtractionOptions.MaxHtmlDepth is 5000: expected 1 to 4096.")
            .And.Contain("GovDisclosureExtractionOptions.Format is 7: expected Legacy, National2019, National2021 or null (detected).")
            .And.Contain(f => f.StartsWith("GovDisclosureExtractionOptions.Validation: ", StringComparison.Ordinal) && f.Contains("'GD9999', which is not a rule code", StringComparison.Ordinal));
    }

    [Fact]
    public void AddGovDisclosureExtraction_InvalidOptionsWithoutHost_FailWhenTheServiceIsResolved()
    {
        using var provider = new ServiceCollection().AddGovDisclosureExtraction(options => options.Input = (InputKind)(-1)).BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ReportExtractionService>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("GovDisclosureExtractionOptions.Input is -1: *");
    }

    [Fact]
    public void AddGovDisclosureExtraction_ValidOptions_PassTheStartCheck()
    {
        using var provider = new ServiceCollection().AddGovDisclosureExtraction(options => options.Format = ReportFormat.National2019).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Invoking(v => v.Validate()).Should().NotThrow();
    }

    [Fact]
    public void AddGovDisclosureExtraction_NullServices_Throws()
    {
        var add = () => GovDisclosureExtractionServiceCollectionExtensions.AddGovDisclosureExtraction(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void Service_FromTheContainer_ExtractsAsTheStaticExtractor()
    {
        using var provider = new ServiceCollection().AddGovDisclosureExtraction().BuildServiceProvider();
        var service = provider.GetRequiredService<ReportExtractionService>();
        var path = Samples.TextPath(Seed);
        var text = File.ReadAllText(path);

        var fromFile = service.ExtractFile(path);
        var fromText = service.Extract(text, "seed.txt");
        using var stream = File.OpenRead(path);
        var fromStream = service.Extract(stream);

        var withoutContainer = ReportExtractor.ExtractFile(path);
        fromFile.Report.Should().Be(withoutContainer.Report).And.NotBeNull();
        fromFile.Diagnostics.Select(d => d.ToString()).Should().Equal(withoutContainer.Diagnostics.Select(d => d.ToString()));
        fromFile.Source.Should().Be(path);
        fromText.Report.Should().Be(withoutContainer.Report);
        fromText.Source.Should().Be("seed.txt");
        fromText.Diagnostics.Should().OnlyContain(d => d.Source == "seed.txt");
        fromStream.Report.Should().Be(withoutContainer.Report);
        fromStream.Source.Should().BeNull();
    }
}
