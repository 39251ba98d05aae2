using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Extraction.Tests;

internal static class ModuleInitializer
{
    /// <summary>Every test runs under the invariant culture.</summary>
    [ModuleInitializer]
    internal static void SetInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // GB18030 for the test fixtures
    }
}
