namespace GovDisclosure;

/// <summary>The headed free-text sections of a report; which ones a format has is in its catalogue entry.</summary>
public enum ReportSection
{
    /// <summary>一、总体情况 (national) / 概述 (legacy) (<c>overview</c>).</summary>
    Overview,

    /// <summary>二、主动公开政府信息情况 (<c>proactive</c>): the text around table <c>proactive</c>.</summary>
    Proactive,

    /// <summary>三、收到和处理政府信息公开申请情况 (<c>requests</c>).</summary>
    Requests,

    /// <summary>政府信息公开的收费及减免情况 (<c>fees</c>; legacy reports).</summary>
    Fees,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况 (<c>reviews</c>).</summary>
    Reviews,

    /// <summary>五、存在的主要问题及改进情况 (<c>problemsAndImprovements</c>).</summary>
    ProblemsAndImprovements,

    /// <summary>六、其他需要报告的事项 (<c>otherMatters</c>).</summary>
    OtherMatters,
}

/// <summary>The prose breakdowns that reports state outside their tables, as open lists of (label, count).</summary>
public enum BreakdownKind
{
    /// <summary>Proactive disclosure by category (机构职能类, 政策、规范性文件类 …) (<c>proactiveByCategory</c>).</summary>
    ProactiveByCategory,

    /// <summary>Proactive disclosure by channel (微信公众号, 微博, 公开栏 …) (<c>proactiveByChannel</c>).</summary>
    ProactiveByChannel,

    /// <summary>Other figures stated in prose, such as policy interpretations (政策解读) (<c>figures</c>).</summary>
    Figures,
}

/// <summary>The language of labels and messages.</summary>
public enum DisplayLanguage
{
    /// <summary>Simplified Chinese: the labels as printed in the official formats.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
