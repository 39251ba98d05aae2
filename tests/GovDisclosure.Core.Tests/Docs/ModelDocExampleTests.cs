using FluentAssertions;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The examples of docs/model.md, compiled and run.</summary>
public sealed class ModelDocExampleTests
{
    private const string ThisFile = "Docs/ModelDocExampleTests.cs";

    [Fact]
    public void ModelDoc_ShowsTheExamplesVerbatim()
    {
        Snippets.ShouldBeShownIn(ThisFile, "model-with", "docs/model.md");
        Snippets.ShouldBeShownIn(ThisFile, "model-cells", "docs/model.md");
    }

    [Fact]
    public void WithExample_ChangesOnlyTheCopy()
    {
        var report = Samples.Report("010-pingtan-zone-2024");

        // begin-snippet: model-with
        var corrected = report with { PublishedOn = new DateOnly(2025, 1, 20) };
        // end-snippet

        corrected.PublishedOn.Should().Be(new DateOnly(2025, 1, 20));
        report.PublishedOn.Should().NotBe(corrected.PublishedOn);
        corrected.Should().NotBe(report);
    }

    [Fact]
    public void CellsExample_ReadsTypedByKeyDerivedAndNotApplicable()
    {
        var report = Samples.Report("010-pingtan-zone-2024");

        // begin-snippet: model-cells
        CellValue granted = report.Requests[RequestRow.Granted, Applicant.Total];   // typed, through enums
        CellValue same    = report["requests.granted.total"];                       // by cell key
        CellValue denied  = report.Requests.GetSubtotal(RequestSubtotal.DeniedTotal, Applicant.Total); // derived, never stored
        CellValue annual  = report.Legacy[LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual];
        // end-snippet

        same.Should().Be(granted);
        granted.IsReported.Should().BeTrue();
        denied.IsReported.Should().BeTrue();
        annual.IsApplicable.Should().BeFalse("a national report has no legacy table");
    }
}
