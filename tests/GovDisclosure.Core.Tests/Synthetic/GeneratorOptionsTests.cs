using FluentAssertions;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Tests.Synthetic;

public sealed class GeneratorOptionsTests
{
    [Fact]
    public void Default_IsAThousandAgenciesOver2016To2023WithoutErrors()
    {
        var options = GeneratorOptions.Default;

        options.Agencies.Should().Be(1_000);
        (options.FirstYear, options.LastYear, options.Years, options.Reports).Should().Be((2016, 2023, 8, 8_000L));
        options.ErrorShare.Should().Be(0);
        options.Seed.Should().Be(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(GeneratorOptions.MaxAgencies + 1)]
    public void Agencies_OutOfRange_Throws(int agencies)
    {
        var act = () => new GeneratorOptions { Agencies = agencies };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2101)]
    public void Years_OutOfRange_Throw(int year)
    {
        ((Action)(() => _ = new GeneratorOptions { FirstYear = year })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new GeneratorOptions { LastYear = year })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(0.51)]
    [InlineData(double.NaN)]
    public void ErrorShare_OutOfRange_Throws(double share)
    {
        var act = () => new GeneratorOptions { ErrorShare = share };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 0 to 0.5*");
    }

    [Fact]
    public void Validate_LastYearBeforeFirst_Throws()
    {
        var act = () => new GeneratorOptions { FirstYear = 2021, LastYear = 2020 }.Validate();

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new GeneratorOptions { Agencies = 5, Seed = 9 }.Should().Be(new GeneratorOptions { Agencies = 5, Seed = 9 });
        new GeneratorOptions { Agencies = 5, Seed = 9 }.Should().NotBe(new GeneratorOptions { Agencies = 5, Seed = 10 });
    }
}
