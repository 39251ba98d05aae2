using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class AgencyKeyTests
{
    [Fact]
    public void Of_CreditCodeGiven_UsesItWhateverTheName()
    {
        const string stem = "11350427MB0000001";
        var credit = new UnifiedSocialCreditCode(stem + UnifiedSocialCreditCode.ComputeCheckCharacter(stem));

        var before = AgencyKey.Of(new Agency("沙县高桥镇人民政府") { CreditCode = credit });
        var renamed = AgencyKey.Of(new Agency("三明市沙县区高桥镇人民政府") { CreditCode = credit });

        before.Should().Be(renamed);
        before.Kind.Should().Be(AgencyKeyKind.CreditCode);
        before.ToString().Should().Be("creditCode:" + credit.Value);
    }

    [Fact]
    public void Of_DivisionCodeWithoutCreditCode_UsesDivisionAndName()
    {
        var key = AgencyKey.Of(new Agency("沙县高桥镇人民政府") { DivisionCode = new DivisionCode("350427105") });

        key.Kind.Should().Be(AgencyKeyKind.DivisionAndName);
        key.Value.Should().Be("350427105/沙县高桥镇人民政府");
    }

    [Theory]
    [InlineData("平潭综合实验区管委会（办公室）", "平潭综合实验区管委会(办公室)")]
    [InlineData("平潭综合实验区 管委会", "平潭综合实验区管委会")]
    [InlineData("平潭综合实验区\u3000管委会\u00A0", "平潭综合实验区管委会")]
    [InlineData("ＡＢＣ市人民政府", "ABC市人民政府")]
    public void Of_NameOnly_ComparesNamesAfterNormalisation(string printed, string expected)
    {
        var key = AgencyKey.Of(new Agency(printed));

        key.Kind.Should().Be(AgencyKeyKind.Name);
        key.Value.Should().Be(expected);
        key.Should().Be(AgencyKey.Of(new Agency(expected)));
    }

    [Fact]
    public void Of_DifferentNames_AreDifferentAgencies() =>
        AgencyKey.Of(new Agency("平潭综合实验区管委会")).Should().NotBe(AgencyKey.Of(new Agency("平潭综合实验区管委会办公室")));
}
