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

    /// <summary>The heading of a prose breakdown, as the rendered report and the CSV files print it.</summary>
    public static string Label(BreakdownKind kind, DisplayLanguage language)
    {
        var english = language == DisplayLanguage.English;
        return kind switch
        {
            BreakdownKind.ProactiveByCategory => english ? "Proactive disclosure by category (stated in the text)" : "主动公开政府信息的类别（正文所列）",
            BreakdownKind.ProactiveByChannel => english ? "Proactive disclosure by channel (stated in the text)" : "主动公开政府信息的渠道（正文所列）",
            _ => english ? "Other figures stated in the text" : "正文所列其他数字",
        };
    }

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
