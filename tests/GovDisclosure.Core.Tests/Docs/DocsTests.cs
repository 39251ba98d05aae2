using FluentAssertions;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

public sealed class DocsTests
{
    [Fact]
    public void ValidationRulesReference_IsGeneratedFromTheRuleCatalogue() =>
        GeneratedFile.ShouldMatch("docs/validation-rules.md", ValidationRulesReference.Generate());

    [Fact]
    public void FormatsReference_IsGeneratedFromTheCatalogue() =>
        GeneratedFile.ShouldMatch("docs/formats.md", FormatsReference.Generate());

    [Fact]
    public void FormatsReference_NamesEveryCellKeyFamily()
    {
        var text = FormatsReference.Generate();

        text.Should().Contain("| `otherHandling` | （六）其他处理 |").And.Contain("optional; replaces `otherNoCorrection`, `otherFeeUnpaid`, `otherOther`")
            .And.Contain("| `itemChange` | 本年增/减 |").And.Contain("signed")
            .And.Contain("`requests.balance`").And.Contain("`series.carryOver`").And.Contain("`legacy.categorySum`");
    }
}
