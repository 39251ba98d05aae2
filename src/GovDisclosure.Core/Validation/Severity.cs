namespace GovDisclosure.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The report is wrong: it must not be published or added up as it is (<c>error</c>).</summary>
    Error,

    /// <summary>Probably wrong, or against a rule that has known exceptions; the report should explain it (<c>warning</c>).</summary>
    Warning,

    /// <summary>Worth knowing: a check that could not be made, or a heuristic that ordinary events break (<c>info</c>).</summary>
    Info,
}

/// <summary>What a rule looks at.</summary>
public enum RuleScope
{
    /// <summary>One report on its own.</summary>
    Report,

    /// <summary>One agency's reports of several years.</summary>
    Series,

    /// <summary>The input a report is read from (a file, a line of JSON Lines).</summary>
    Input,
}
