using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovDisclosure.Tests;

internal static class ModuleInitializer
{
    /// <summary>Every test runs under the invariant culture unless it sets another in a scope.</summary>
    [ModuleInitializer]
    internal static void SetInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
    }
}
