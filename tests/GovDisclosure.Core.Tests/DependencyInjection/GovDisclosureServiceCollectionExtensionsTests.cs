using System.Collections.Immutable;
using FluentAssertions;
using GovDisclosure.DependencyInjection;
using GovDisclosure.Rendering;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDisclosure.Tests.DependencyInjection;

/// <summary>In the shape of Microsoft.Extensions.Options' own tests: a fresh collection each, registration twice, invalid options on start.</summary>
public sealed class GovDisclosureServiceCollectionExtensionsTests
{
    private static readonly Type[] Services = [typeof(ReportValidator), typeof(BatchValidator), typeof(ReportJsonSerializer), typeof(ReportAggregator), typeof(ReportRenderer)];

    [Fact]
    public void AddGovDisclosure_WithoutOptions_ResolvesEachServiceOnceWithTheDefaults()
    {
        using var provider = new ServiceCollection().AddGovDisclosure().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        foreach (var type in Services)
        {
            provider.GetRequiredService(type).Should().BeSameAs(provider.GetRequiredService(type), $"{type.Name} is a singleton");
        }

        provider.GetRequiredService<ReportValidator>().Options.Should().Be(ValidationOptions.Default);
        provider.GetRequiredService<BatchValidator>().Validator.Should().BeSameAs(provider.GetRequiredService<ReportValidator>());
        provider.GetRequiredService<BatchValidator>().IncludeHistory.Should().BeFalse();
        provider.GetRequiredService<ReportJsonSerializer>().ReadOptions.Should().Be(ReportJsonReadOptions.Default);
        provider.GetRequiredService<ReportAggregator>().Level.Should().Be(RollupLevel.All);
        provider.GetRequiredService<ReportRenderer>().Options.Should().Be(ReportRenderOptions.Default);
    }

    [Fact]
    public void AddGovDisclosure_WithOptions_BuildsEachServiceFromThem()
    {
        var reading = new ReportJsonReadOptions { MaxLineBytes = 4096 };
        using var provider = new ServiceCollection()
            .AddGovDisclosure(options =>
            {
                options.Validation = options.Validation with { DisabledRules = [RuleCodes.LegacyCategorySum] };
                options.ValidateHistoryInBatches = true;
                options.JsonReading = reading;
                options.IndentJson = false;
                options.Rendering = new ReportRenderOptions { Language = DisplayLanguage.English, IncludeTitle = false };
                options.RollupLevel = RollupLevel.County;
                options.RecordRollupSources = false;
            })
            .BuildServiceProvider();

        provider.GetRequiredService<ReportValidator>().Options.DisabledRules.Should().Equal(RuleCodes.LegacyCategorySum);
        provider.GetRequiredService<BatchValidator>().IncludeHistory.Should().BeTrue();
        provider.GetRequiredService<BatchValidator>().ReadOptions.Should().BeSameAs(reading);
        provider.GetRequiredService<ReportJsonSerializer>().ReadOptions.Should().BeSameAs(reading);
        provider.GetRequiredService<ReportJsonSerializer>().Indented.Should().BeFalse();
        provider.GetRequiredService<ReportAggregator>().Level.Should().Be(RollupLevel.County);
        provider.GetRequiredService<ReportAggregator>().RecordSources.Should().BeFalse();
        provider.GetRequiredService<ReportRenderer>().Options.Language.Should().Be(DisplayLanguage.English);
    }

    [Fact]
    public void AddGovDisclosure_CalledTwice_RegistersEachServiceOnceAndAppliesBothActions()
    {
        var services = new ServiceCollection()
            .AddGovDisclosure(options => options.RollupLevel = RollupLevel.Province)
            .AddGovDisclosure(options => options.Rendering = new ReportRenderOptions { Language = DisplayLanguage.English });

        foreach (var type in Services)
        {
            services.Count(d => d.ServiceType == type).Should().Be(1, $"{type.Name} is registered once");
        }

        services.Count(d => d.ServiceType == typeof(IValidateOptions<GovDisclosureOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ReportAggregator>().Level.Should().Be(RollupLevel.Province);
        provider.GetRequiredService<ReportRenderer>().Options.Language.Should().Be(DisplayLanguage.English);
    }

    [Fact]
    public void AddGovDisclosure_ServiceRegisteredBefore_IsKept()
    {
        var own = new ReportValidator(new ValidationOptions { DisabledRules = [RuleCodes.CannotCheck] });
        using var provider = new ServiceCollection().AddSingleton(own).AddGovDisclosure().BuildServiceProvider();

        provider.GetRequiredService<ReportValidator>().Should().BeSameAs(own);
        provider.GetRequiredService<BatchValidator>().Validator.Should().BeSameAs(own);
    }

    [Fact]
    public void AddGovDisclosure_InvalidOptions_FailOnStartNamingEachProblem()
    {
        using var provider = new ServiceCollection()
            .AddGovDisclosure(options =>
            {
                options.Validation = new ValidationOptions { SeverityOverrides = ImmutableDictionary<string, Severity>.Empty.Add("GD9999", Severity.Info) };
                options.JsonReading = null!;
                options.RollupLevel = (RollupLevel)42;
            })
            .BuildServiceProvider();

        // What a host does when it starts (ValidateOnStart).
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var failures = start.Should().Throw<OptionsValidationException>().Which.Failures;
        failures.Should().HaveCount(3);
        failures.Should().Contain(f => f.StartsWith("GovDisclosureOptions.Validation: ", StringComparison.Ordinal) && f.Contains("'GD9999', which is not a rule code", StringComparison.Ordinal))
            .And.Contain("GovDisclosureOptions.JsonReading is null: leave it out to get ReportJsonReadOptions.Default.")
            .And.Contain("GovDisclosureOptions.RollupLevel is 42: expected Province, Prefecture, County or All.");
    }

    [Fact]
    public void AddGovDisclosure_InvalidOptionsWithoutHost_FailWhenTheFirstServiceIsResolved()
    {
        using var provider = new ServiceCollection()
            .AddGovDisclosure(options => options.Validation = new ValidationOptions { DisabledRules = ["GD0000x"] })
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<ReportValidator>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*'GD0000x', which is not a rule code*");
    }

    [Fact]
    public void AddGovDisclosure_ValidOptions_PassTheStartCheck()
    {
        using var provider = new ServiceCollection().AddGovDisclosure().BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Invoking(v => v.Validate()).Should().NotThrow();
    }

    [Fact]
    public void AddGovDisclosure_NullServices_Throws()
    {
        var add = () => GovDisclosureServiceCollectionExtensions.AddGovDisclosure(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public async Task Services_FromTheContainer_WorkAsTheirInstancesWithoutOne()
    {
        using var provider = new ServiceCollection().AddGovDisclosure().BuildServiceProvider();
        var report = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

        var fromContainer = provider.GetRequiredService<ReportValidator>().Validate(report);
        var withoutContainer = new ReportValidator().Validate(report);
        fromContainer.Findings.Should().Equal(withoutContainer.Findings).And.Contain(f => f.Code == RuleCodes.LegacyCategorySum);

        var serializer = provider.GetRequiredService<ReportJsonSerializer>();
        using var stream = new MemoryStream();
        await serializer.SerializeAsync(stream, report, TestContext.Current.CancellationToken);
        stream.Position = 0;
        (await serializer.DeserializeAsync(stream, "memory", TestContext.Current.CancellationToken)).Should().Be(report);

        provider.GetRequiredService<ReportRenderer>().RenderHtmlFragment(report).Should().Be(HtmlRenderer.RenderFragment(report));
        provider.GetRequiredService<ReportAggregator>().Aggregate([report]).Single().Key.Should().Be(ReportAggregator.AllKey);
    }
}
