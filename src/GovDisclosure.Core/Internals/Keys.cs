namespace GovDisclosure.Internals;

/// <summary>The JSON and CSV keys of the small fixed enums.</summary>
internal static class Keys
{
    public static string Of(AgencyLevel level) => level switch
    {
        AgencyLevel.National => "national",
        AgencyLevel.Provincial => "provincial",
        AgencyLevel.Prefectural => "prefectural",
        AgencyLevel.County => "county",
        AgencyLevel.Township => "township",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Of(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "government",
        AgencyKind.Department => "department",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "yuan",
        MoneyUnit.TenThousandYuan => "tenThousandYuan",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static string Of(BreakdownKind kind) => kind switch
    {
        BreakdownKind.ProactiveByCategory => "proactiveByCategory",
        BreakdownKind.ProactiveByChannel => "proactiveByChannel",
        BreakdownKind.Figures => "figures",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static readonly string[] AgencyLevels = ["national", "provincial", "prefectural", "county", "township"];

    public static readonly string[] AgencyKinds = ["government", "department"];

    public static readonly string[] MoneyUnits = ["yuan", "tenThousandYuan"];

    public static readonly string[] Breakdowns = ["proactiveByCategory", "proactiveByChannel", "figures"];

    public static bool TryParse<T>(string value, string[] keys, out T result)
        where T : struct, Enum
    {
        var index = Array.IndexOf(keys, value);
        result = index >= 0 ? (T)(object)index : default;
        return index >= 0;
    }
}
