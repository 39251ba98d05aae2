using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;

namespace GovDisclosure.Extraction.Tests;

/// <summary>HTML extraction follows no external reference: AngleSharp runs without a loader, so nothing is fetched.</summary>
public sealed class ExternalReferenceTests
{
    [Fact]
    public void Extract_PageReferencingStylesScriptsImagesAndFrames_FetchesNothing()
    {
        // A listener on the loopback address stands in for every server the page names.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
            var html = $"""
                <!doctype html><html><head><meta charset="utf-8"><title>某县人民政府2024年政府信息公开工作年度报告</title>
                <link rel="stylesheet" href="{url}style.css"><script src="{url}script.js"></script><base href="{url}">
                <meta http-equiv="refresh" content="0; url={url}refresh"></head>
                <body><img src="{url}image.png"><iframe src="{url}frame.html"></iframe><object data="{url}object"></object>
                <svg><image href="{url}svg.png"/></svg><p style="background:url({url}background.png)">一、总体情况</p>
                <table><tr><td>本年新收政府信息公开申请数量</td><td>12</td></tr></table></body></html>
                """;

            var result = ReportExtractor.Extract(new MemoryStream(Encoding.UTF8.GetBytes(html)), new ExtractionOptions { Input = InputKind.Html, Year = 2024 });

            result.Input.Should().Be(InputKind.Html);
            Thread.Sleep(200);
            listener.Pending().Should().BeFalse("extraction opens no connection to the addresses a page names");
        }
        finally
        {
            listener.Stop();
        }
    }
}
