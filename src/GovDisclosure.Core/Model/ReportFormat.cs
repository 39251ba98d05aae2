namespace GovDisclosure;

/// <summary>The three formats of the annual report. Their keys (<c>legacy</c>, <c>national2019</c>, <c>national2021</c>) are the contract of the JSON and CSV files.</summary>
public enum ReportFormat
{
    /// <summary>The provincial tables of the reports on 2008–2018 (<c>legacy</c>), with annual and cumulative (历年累计) columns.</summary>
    Legacy,

    /// <summary>The 2019 national format (国办公开办函〔2019〕60号), for the reports on 2019 and 2020 (<c>national2019</c>).</summary>
    National2019,

    /// <summary>The 2021 national format (国办公开办函〔2021〕30号), for the reports on 2021 and later (<c>national2021</c>).</summary>
    National2021,
}
