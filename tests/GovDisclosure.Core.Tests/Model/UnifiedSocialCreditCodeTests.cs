using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class UnifiedSocialCreditCodeTests
{
    /// <summary>
    /// 荥阳市司法局, as printed in the published ruling of 河南省郑州市中级人民法院 (2019)豫01行终492号:
    /// "被上诉人（原审被告）荥阳市司法局 … 统一社会信用代码：11410182005291054B".
    /// </summary>
    private const string XingyangJusticeBureau = "11410182005291054B";

    /// <summary>晋中市文化和旅游局, as printed as the purchaser in a 2022 procurement contract.</summary>
    private const string JinzhongCultureBureau = "11140800558745220K";

    /// <summary>A company (registration authority 9, 工商), the other party of the same contract.</summary>
    private const string ShanxiCompany = "91140106713678575D";

    [Theory]
    [InlineData(XingyangJusticeBureau)]
    [InlineData(JinzhongCultureBureau)]
    [InlineData(ShanxiCompany)]
    public void HasValidCheckCharacter_RealPublishedCode_IsTrue(string text)
    {
        var code = UnifiedSocialCreditCode.Parse(text);

        code.HasValidCheckCharacter.Should().BeTrue();
        code.CheckCharacter.Should().Be(text[17]);
        UnifiedSocialCreditCode.ComputeCheckCharacter(text.AsSpan(0, 17)).Should().Be(text[17]);
        code.Value.Should().Be(text);
        code.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("11410182005291054C")]
    [InlineData("114101820052910540")]
    [InlineData("11140800558745220L")]
    public void HasValidCheckCharacter_ChangedCheckCharacter_ParsesButIsFalse(string text)
    {
        var parsed = UnifiedSocialCreditCode.TryParse(text, out var code);

        parsed.Should().BeTrue("a mistyped code as published is still a value; the validator says it is wrong");
        code.HasValidCheckCharacter.Should().BeFalse();
        new UnifiedSocialCreditCode(text).HasValidCheckCharacter.Should().BeFalse();
    }

    [Fact]
    public void HasValidCheckCharacter_ChangedBodyCharacter_IsFalse()
    {
        UnifiedSocialCreditCode.Parse("11410182005291055B").HasValidCheckCharacter.Should().BeFalse();
    }

    [Fact]
    public void ComputeCheckCharacter_RemainderZero_IsZero()
    {
        // 31 − (0 mod 31) = 31, which GB 32100-2015 maps to 0.
        UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000").Should().Be('0');
    }

    [Fact]
    public void ComputeCheckCharacter_WeightsArePerPosition()
    {
        // One "1" at position i contributes its weight w(i): the check character is 31 − w(i).
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        for (var i = 0; i < 17; i++)
        {
            var first17 = new string('0', i) + "1" + new string('0', 16 - i);

            UnifiedSocialCreditCode.ComputeCheckCharacter(first17).Should().Be(UnifiedSocialCreditCode.Alphabet[31 - weights[i]], $"position {i + 1}");
        }
    }

    [Theory]
    [InlineData("1141018200529105")]
    [InlineData("11410182005291054B")]
    [InlineData("1141018200529105I")]
    public void ComputeCheckCharacter_Not17CodeCharacters_Throws(string text)
    {
        var act = () => UnifiedSocialCreditCode.ComputeCheckCharacter(text);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void StateOrgan_RealCode_StartsWith11()
    {
        var code = UnifiedSocialCreditCode.Parse(XingyangJusticeBureau);

        code.IsStateOrgan.Should().BeTrue();
        code.RegistrationAuthority.Should().Be('1');
        UnifiedSocialCreditCode.Parse(ShanxiCompany).IsStateOrgan.Should().BeFalse();
        UnifiedSocialCreditCode.Parse(ShanxiCompany).RegistrationAuthority.Should().Be('9');
    }

    [Fact]
    public void RegistrationDivision_RealCode_IsTheRegistrarsDivision()
    {
        // 410182 荥阳市, a county-level city of 郑州市 (410100), 河南省 (410000).
        var division = UnifiedSocialCreditCode.Parse(XingyangJusticeBureau).RegistrationDivision;

        division.Should().Be(DivisionCode.Parse("410182"));
        division!.Value.ImpliedLevel.Should().Be(AgencyLevel.County);
        division.Value.IsWithin(DivisionCode.Parse("410100")).Should().BeTrue();
        UnifiedSocialCreditCode.Parse(JinzhongCultureBureau).RegistrationDivision.Should().Be(DivisionCode.Parse("140800"));
    }

    [Fact]
    public void RegistrationDivision_CharactersNotADivisionCode_IsNull()
    {
        UnifiedSocialCreditCode.Parse("110000000000000000").RegistrationDivision.Should().BeNull();
        UnifiedSocialCreditCode.Parse("1132A8000000000000").RegistrationDivision.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("11410182005291054")]
    [InlineData("11410182005291054BB")]
    [InlineData("11410182005291054b")]
    [InlineData("1141018200529105IB")]
    [InlineData("1141018200529105OB")]
    [InlineData("1141018200529105SB")]
    [InlineData("1141018200529105VB")]
    [InlineData("1141018200529105ZB")]
    [InlineData("11410182005291054 ")]
    [InlineData("１1410182005291054B")]
    public void Parse_BadShape_ThrowsFormatException(string text)
    {
        var act = () => UnifiedSocialCreditCode.Parse(text);

        act.Should().Throw<FormatException>();
        UnifiedSocialCreditCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(UnifiedSocialCreditCode));
        UnifiedSocialCreditCode.Check(text).Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Constructor_BadShape_ThrowsArgumentException()
    {
        var act = () => new UnifiedSocialCreditCode("11410182005291054");

        act.Should().Throw<ArgumentException>().WithMessage("*18 characters*");
    }

    [Fact]
    public void Check_LetterOutsideTheAlphabet_NamesItsPosition()
    {
        UnifiedSocialCreditCode.Check("1141018200529105IB").Should().Contain("'I' at position 17");
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        UnifiedSocialCreditCode.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmptyAndInvalid()
    {
        var code = default(UnifiedSocialCreditCode);

        code.Value.Should().BeEmpty();
        code.HasValidCheckCharacter.Should().BeFalse();
        code.IsStateOrgan.Should().BeFalse();
        code.RegistrationDivision.Should().BeNull();
        code.CheckCharacter.Should().Be('\0');
    }

    [Fact]
    public void Equality_IsByCharacters()
    {
        var a = UnifiedSocialCreditCode.Parse(XingyangJusticeBureau);
        var b = new UnifiedSocialCreditCode(XingyangJusticeBureau);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != UnifiedSocialCreditCode.Parse(JinzhongCultureBureau)).Should().BeTrue();
        (UnifiedSocialCreditCode.Parse(JinzhongCultureBureau) < a).Should().BeTrue();
    }

    [Fact]
    public void Alphabet_Has31CharactersWithoutIOSVZ()
    {
        UnifiedSocialCreditCode.Alphabet.Should().HaveLength(31);
        UnifiedSocialCreditCode.Alphabet.Should().NotContainAny("I", "O", "S", "V", "Z");
    }

    [Fact]
    public void ParseStrict_ValidCheckCharacter_ReturnsTheCode() =>
        UnifiedSocialCreditCode.ParseStrict("11410182005291054B").Value.Should().Be("11410182005291054B");

    [Fact]
    public void ParseStrict_WrongCheckCharacter_ThrowsGivingTheRightOne()
    {
        var parse = () => UnifiedSocialCreditCode.ParseStrict("11410182005291054C");

        parse.Should().Throw<FormatException>().WithMessage("*'C'*GB 32100-2015 gives 'B'*");
    }
}
