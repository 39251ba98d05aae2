using System.Text;
using FluentAssertions;
using GovDisclosure.Tests.Docs;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GovDisclosure.Extraction.Tests.Docs;

/// <summary>The examples of docs/extraction.md and of the package's README, compiled and run.</summary>
public sealed class ExtractionDocExampleTests
{
    private const string Document = "docs/extraction.md";
    private const string ThisFile = "../GovDisclosure.Extraction.Tests/Docs/ExtractionDocExampleTests.cs";

    [Fact]
    public void Extract_FlattenedText_AsTheDocShows()
    {
        // begin-snippet: extraction-text
        var text = """
            某县人民政府2024年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量
            12
            0
            0
            0
            1
            0
            13
            """;
        var result = ReportExtractor.Extract(text);

        AnnualReport report = result.Report!;                       // null when no report could be produced
        CellValue received = report["requests.newlyReceived.total"]; // 13, exactly as printed
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);                     // e.g. "warning RowNotFound [requests]: the row '（七）总计' …"
        }

        double confidence = result.Tables[1].Confidence;             // requests: 1 of 25 rows found → 0.04
        // end-snippet

        received.Value.Should().Be(13);
        report.Agency.Name.Should().Be("某县人民政府");
        result.WithCode(ExtractionCode.RowNotFound).Should().HaveCount(24);
        result.WithCode(ExtractionCode.TableNotFound).Should().HaveCount(2);
        confidence.Should().BeApproximately(0.04, 0.001);
        Snippets.ShouldBeShownIn(ThisFile, "extraction-text", Document);
    }

    [Fact]
    public void Extract_RunTogetherRow_AsTheDocShows()
    {
        // begin-snippet: extraction-run-together
        var text = "某区人民政府2019年政府信息公开工作年度报告\n"
            + "二、主动公开政府信息情况 第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3960181";
        var result = ReportExtractor.Extract(text);

        var ambiguous = result.WithCode(ExtractionCode.AmbiguousRow).Single();
        // ambiguous.Cells: proactive.licensing.previousYearItems, .itemChange, .decisions — all left blank
        // ambiguous.Candidates: ["3","9","60181"], …, ["396","0","181"], … (no relation of 表二 chooses among them)
        // end-snippet

        ambiguous.Candidates.Should().ContainEquivalentOf(new[] { "396", "0", "181" });
        result.Report!["proactive.licensing.decisions"].IsBlank.Should().BeTrue();
        Snippets.ShouldBeShownIn(ThisFile, "extraction-run-together", Document);
    }

    [Fact]
    public void Extract_SavedPage_AsTheDocShows()
    {
        var path = Path.Combine(Path.GetTempPath(), "govdisclosure-doc-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(
            "<html><head><meta charset=\"gbk\"></head><body><p>某县人民政府2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>"
            + "<table><tr><td>2</td><td>0</td><td>0</td><td>1</td><td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table></body></html>"));
        try
        {
            // begin-snippet: extraction-html
            var result = ReportExtractor.ExtractFile(path);           // .html/.htm: HTML; charset from the BOM or <meta>
            var failing = result.WithCode(ExtractionCode.RelationFails).Single();
            // failing.Finding!.RelationId == "reviews.total.reconsideration": 2 + 0 + 0 + 1 ≠ 4, figures kept as printed
            // end-snippet

            failing.Finding!.RelationId.Should().Be("reviews.total.reconsideration");
            failing.Severity.Should().Be(Severity.Error);
            result.Report!["reviews.reconsideration.total"].Value.Should().Be(4);
            Snippets.ShouldBeShownIn(ThisFile, "extraction-html", Document);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExtractFile_SampleReport_AsThePackageReadmeShows()
    {
        var path = Samples.TextPath("000-gaoqiao-township-2018");
        using var errors = new StringWriter();

        // begin-snippet: extraction-package
        ExtractionResult result = ReportExtractor.ExtractFile(path);   // copied text, pdftotext -layout, Markdown or a saved page
        AnnualReport? report = result.Report;                          // null when no report could be produced
        foreach (ExtractionDiagnostic diagnostic in result.Diagnostics)
        {
            errors.WriteLine(diagnostic);                              // each figure left blank, or not adding up, and why
        }
        // end-snippet

        report!.Agency.Name.Should().Be("沙县高桥镇人民政府");
        errors.ToString().Should().Contain("warning RelationFails [legacy]: legacy.categorySum:");
        Snippets.ShouldBeShownIn(ThisFile, "extraction-package", "src/GovDisclosure.Extraction/PACKAGE.md");
    }

    [Fact]
    public void AddGovDisclosureExtraction_AsTheDocsShow()
    {
        var services = new ServiceCollection();

        // begin-snippet: extraction-di
        services.AddGovDisclosure(options => options.Validation = options.Validation with { DisabledRules = [RuleCodes.CannotCheck] });
        services.AddGovDisclosureExtraction(options => options.Input = InputKind.Layout);   // every input is pdftotext -layout output
        // end-snippet

        using var provider = services.BuildServiceProvider();
        var extractor = provider.GetRequiredService<ReportExtractionService>();
        extractor.Options.Input.Should().Be(InputKind.Layout);
        extractor.Options.Validation!.DisabledRules.Should().Equal(RuleCodes.CannotCheck);
        Snippets.ShouldBeShownIn(ThisFile, "extraction-di", Document);
        Snippets.ShouldBeShownIn(ThisFile, "extraction-di", "docs/getting-started.md");
    }
}
