using System.Globalization;
using FluentAssertions;
using GovDisclosure.Rollup;

namespace GovDisclosure.Tests.Rollup;

public sealed class AgencyKeySetTests
{
    [Fact]
    public void TryAdd_ThousandsOfCreditCodesPastTheInitialCapacity_FindsEachSecondOneWithItsFirstPosition()
    {
        // The table starts for 8 keys and grows many times; every key must still be found where it was put.
        var set = new AgencyKeySet(0);
        var keys = Enumerable.Range(0, 20_000).Select(CreditCodeKey).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            set.TryAdd(set.Prepare(keys[i]), i, out _).Should().BeTrue();
        }

        for (var i = 0; i < keys.Length; i += 997)
        {
            set.TryAdd(set.Prepare(keys[i]), keys.Length + i, out var first).Should().BeFalse();
            first.Should().Be(i);
        }
    }

    [Fact]
    public void TryAdd_CodesDifferingInOneCharacter_AreDifferentAgencies()
    {
        var set = new AgencyKeySet(4);
        string[] codes = ["11350427MB0000000Y", "11350427MB0000000X", "21350427MB0000000Y", "11350427MB1000000Y"];
        for (var i = 0; i < codes.Length; i++)
        {
            var agency = new Agency("甲") { CreditCode = UnifiedSocialCreditCode.Parse(codes[i]) };
            set.TryAdd(set.Prepare(AgencyKey.Of(agency)), i, out _).Should().BeTrue(codes[i]);
        }
    }

    [Fact]
    public void TryAdd_KeysByDivisionAndNameOrByName_AreFoundToo()
    {
        var set = new AgencyKeySet(2);
        var byDivision = AgencyKey.Of(new Agency("高桥镇人民政府") { DivisionCode = new DivisionCode("350427") });
        var byName = AgencyKey.Of(new Agency("高桥镇人民政府"));

        set.TryAdd(set.Prepare(byDivision), 0, out _).Should().BeTrue();
        set.TryAdd(set.Prepare(byName), 1, out _).Should().BeTrue();
        set.TryAdd(set.Prepare(AgencyKey.Of(new Agency("高桥镇 人民政府"))), 2, out var first).Should().BeFalse();
        first.Should().Be(1);
        set.TryAdd(set.Prepare(byDivision), 3, out first).Should().BeFalse();
        first.Should().Be(0);
    }

    private static AgencyKey CreditCodeKey(int index)
    {
        var first17 = "11350427MB" + index.ToString("D7", CultureInfo.InvariantCulture);
        var agency = new Agency("甲") { CreditCode = UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)) };
        return AgencyKey.Of(agency);
    }
}
