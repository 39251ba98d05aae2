namespace GovDisclosure;

/// <summary>The rows of table <c>requests</c> (表三) of the national formats; the member names are the row keys in Pascal case.</summary>
/// <remarks>
/// One enum serves both national formats: <see cref="OtherHandling"/> is the single （六）其他处理 row of the
/// 2019 format (and an optional alternative in 2021 tables); the three <c>Other…</c> sub-rows exist only in
/// the 2021 format. A row the report's format does not have reads as not applicable.
/// </remarks>
public enum RequestRow
{
    /// <summary>一、本年新收政府信息公开申请数量 (<c>newlyReceived</c>).</summary>
    NewlyReceived,

    /// <summary>二、上年结转政府信息公开申请数量 (<c>carriedOver</c>).</summary>
    CarriedOver,

    /// <summary>（一）予以公开 (<c>granted</c>).</summary>
    Granted,

    /// <summary>（二）部分公开 (<c>partiallyGranted</c>).</summary>
    PartiallyGranted,

    /// <summary>（三）不予公开 1.属于国家秘密 (<c>deniedStateSecret</c>).</summary>
    DeniedStateSecret,

    /// <summary>（三）不予公开 2.其他法律行政法规禁止公开 (<c>deniedProhibitedByLaw</c>).</summary>
    DeniedProhibitedByLaw,

    /// <summary>（三）不予公开 3.危及“三安全一稳定” (<c>deniedEndangersSecurity</c>).</summary>
    DeniedEndangersSecurity,

    /// <summary>（三）不予公开 4.保护第三方合法权益 (<c>deniedThirdPartyRights</c>).</summary>
    DeniedThirdPartyRights,

    /// <summary>（三）不予公开 5.属于三类内部事务信息 (<c>deniedInternalAffairs</c>).</summary>
    DeniedInternalAffairs,

    /// <summary>（三）不予公开 6.属于四类过程性信息 (<c>deniedProcessInformation</c>).</summary>
    DeniedProcessInformation,

    /// <summary>（三）不予公开 7.属于行政执法案卷 (<c>deniedEnforcementFile</c>).</summary>
    DeniedEnforcementFile,

    /// <summary>（三）不予公开 8.属于行政查询事项 (<c>deniedAdministrativeQuery</c>).</summary>
    DeniedAdministrativeQuery,

    /// <summary>（四）无法提供 1.本机关不掌握相关政府信息 (<c>unavailableNotHeld</c>).</summary>
    UnavailableNotHeld,

    /// <summary>（四）无法提供 2.没有现成信息需要另行制作 (<c>unavailableNeedsCreation</c>).</summary>
    UnavailableNeedsCreation,

    /// <summary>（四）无法提供 3.补正后申请内容仍不明确 (<c>unavailableUnclear</c>).</summary>
    UnavailableUnclear,

    /// <summary>（五）不予处理 1.信访举报投诉类申请 (<c>notProcessedComplaint</c>).</summary>
    NotProcessedComplaint,

    /// <summary>（五）不予处理 2.重复申请 (<c>notProcessedDuplicate</c>).</summary>
    NotProcessedDuplicate,

    /// <summary>（五）不予处理 3.要求提供公开出版物 (<c>notProcessedPublication</c>).</summary>
    NotProcessedPublication,

    /// <summary>（五）不予处理 4.无正当理由大量反复申请 (<c>notProcessedExcessive</c>).</summary>
    NotProcessedExcessive,

    /// <summary>（五）不予处理 5.要求行政机关确认或重新出具已获取信息 (<c>notProcessedConfirmation</c>).</summary>
    NotProcessedConfirmation,

    /// <summary>（六）其他处理 as one row (<c>otherHandling</c>): the 2019 format, or the optional alternative in 2021 tables.</summary>
    OtherHandling,

    /// <summary>（六）其他处理 1.申请人无正当理由逾期不补正… (<c>otherNoCorrection</c>; 2021 format).</summary>
    OtherNoCorrection,

    /// <summary>（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用… (<c>otherFeeUnpaid</c>; 2021 format).</summary>
    OtherFeeUnpaid,

    /// <summary>（六）其他处理 3.其他 (<c>otherOther</c>; 2021 format).</summary>
    OtherOther,

    /// <summary>（七）总计 (<c>resultsTotal</c>).</summary>
    ResultsTotal,

    /// <summary>四、结转下年度继续办理 (<c>carriedForward</c>).</summary>
    CarriedForward,
}

/// <summary>The derived (computed, never printed) subtotals of table <c>requests</c>.</summary>
public enum RequestSubtotal
{
    /// <summary>（三）不予公开: the sum of the eight denied rows (<c>deniedTotal</c>).</summary>
    DeniedTotal,

    /// <summary>（四）无法提供: the sum of the three unavailable rows (<c>unavailableTotal</c>).</summary>
    UnavailableTotal,

    /// <summary>（五）不予处理: the sum of the five not-processed rows (<c>notProcessedTotal</c>).</summary>
    NotProcessedTotal,

    /// <summary>（六）其他处理: the single row, or the sum of the three sub-rows (<c>otherHandlingTotal</c>).</summary>
    OtherHandlingTotal,
}

/// <summary>The applicant columns (申请人情况) of table <c>requests</c>; the member names are the column keys in Pascal case.</summary>
public enum Applicant
{
    /// <summary>自然人 (<c>naturalPerson</c>).</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 / 商业企业 (<c>commercialEnterprise</c>).</summary>
    CommercialEnterprise,

    /// <summary>法人或其他组织 / 科研机构 (<c>researchInstitution</c>).</summary>
    ResearchInstitution,

    /// <summary>法人或其他组织 / 社会公益组织 (<c>publicInterestOrganization</c>).</summary>
    PublicInterestOrganization,

    /// <summary>法人或其他组织 / 法律服务机构 (<c>legalServiceAgency</c>).</summary>
    LegalServiceAgency,

    /// <summary>法人或其他组织 / 其他 (<c>otherOrganization</c>).</summary>
    OtherOrganization,

    /// <summary>总计 (<c>total</c>).</summary>
    Total,
}

/// <summary>The rows of table <c>proactive</c> (表二) of the national formats; the member names are the row keys in Pascal case.</summary>
public enum ProactiveRow
{
    /// <summary>规章 (<c>regulations</c>).</summary>
    Regulations,

    /// <summary>行政规范性文件 / 规范性文件 (<c>normativeDocuments</c>).</summary>
    NormativeDocuments,

    /// <summary>行政许可 (<c>licensing</c>).</summary>
    Licensing,

    /// <summary>其他对外管理服务事项 (<c>otherManagementServices</c>; 2019 format).</summary>
    OtherManagementServices,

    /// <summary>行政处罚 (<c>penalty</c>).</summary>
    Penalty,

    /// <summary>行政强制 (<c>coercion</c>).</summary>
    Coercion,

    /// <summary>行政事业性收费 (<c>fees</c>).</summary>
    Fees,

    /// <summary>政府集中采购 (<c>centralizedProcurement</c>; 2019 format).</summary>
    CentralizedProcurement,
}

/// <summary>The columns of table <c>proactive</c> (表二) of the national formats; the member names are the column keys in Pascal case.</summary>
public enum ProactiveColumn
{
    /// <summary>本年制发件数 (<c>issued</c>; 2021 format).</summary>
    Issued,

    /// <summary>本年废止件数 (<c>repealed</c>; 2021 format).</summary>
    Repealed,

    /// <summary>现行有效件数 (<c>inForce</c>; 2021 format).</summary>
    InForce,

    /// <summary>本年处理决定数量 / 处理决定数量 (<c>decisions</c>).</summary>
    Decisions,

    /// <summary>本年收费金额（单位：万元） (<c>amount</c>; 2021 format; money).</summary>
    Amount,

    /// <summary>本年新制作数量 (<c>newlyMade</c>; 2019 format).</summary>
    NewlyMade,

    /// <summary>本年新公开数量 (<c>newlyPublished</c>; 2019 format).</summary>
    NewlyPublished,

    /// <summary>对外公开总数量 (<c>totalPublished</c>; 2019 format).</summary>
    TotalPublished,

    /// <summary>上一年项目数量 (<c>previousYearItems</c>; 2019 format).</summary>
    PreviousYearItems,

    /// <summary>本年增/减 (<c>itemChange</c>; 2019 format; a signed count).</summary>
    ItemChange,

    /// <summary>采购项目数量 (<c>procurementProjects</c>; 2019 format).</summary>
    ProcurementProjects,

    /// <summary>采购总金额 (<c>procurementAmount</c>; 2019 format; money in the unit the report prints).</summary>
    ProcurementAmount,
}

/// <summary>The rows of table <c>reviews</c> (表四) of the national formats; the member names are the row keys in Pascal case.</summary>
public enum ReviewRow
{
    /// <summary>行政复议 (<c>reconsideration</c>).</summary>
    Reconsideration,

    /// <summary>行政诉讼 / 未经复议直接起诉 (<c>litigationDirect</c>).</summary>
    LitigationDirect,

    /// <summary>行政诉讼 / 复议后起诉 (<c>litigationAfterReconsideration</c>).</summary>
    LitigationAfterReconsideration,
}

/// <summary>The columns of table <c>reviews</c> (表四) of the national formats; the member names are the column keys in Pascal case.</summary>
public enum ReviewColumn
{
    /// <summary>结果维持 (<c>upheld</c>).</summary>
    Upheld,

    /// <summary>结果纠正 (<c>corrected</c>).</summary>
    Corrected,

    /// <summary>其他结果 (<c>other</c>).</summary>
    Other,

    /// <summary>尚未审结 (<c>pending</c>).</summary>
    Pending,

    /// <summary>总计 (<c>total</c>).</summary>
    Total,
}

/// <summary>The canonical indicators of legacy statistical tables; the keys are given on each member.</summary>
public enum LegacyIndicator
{
    /// <summary>主动公开文件数 / 主动公开信息数 / 主动公开政府信息数 (<c>proactive.total</c>).</summary>
    ProactiveTotal,

    /// <summary>其中：政府网站公开数 (<c>proactive.website</c>).</summary>
    ProactiveWebsite,

    /// <summary>其中：政府公报公开数 (<c>proactive.gazette</c>).</summary>
    ProactiveGazette,

    /// <summary>其中：政务微博公开政府信息数 (<c>proactive.weibo</c>).</summary>
    ProactiveWeibo,

    /// <summary>其中：政务微信公开政府信息数 (<c>proactive.wechat</c>).</summary>
    ProactiveWechat,

    /// <summary>其中：其他方式公开政府信息数 (<c>proactive.otherChannels</c>).</summary>
    ProactiveOtherChannels,

    /// <summary>其中：主动公开规范性文件数 (<c>proactive.normativeDocuments</c>).</summary>
    ProactiveNormativeDocuments,

    /// <summary>制发规范性文件总数 (<c>normativeDocuments.issued</c>).</summary>
    NormativeDocumentsIssued,

    /// <summary>受理政府信息公开申请总数 (<c>requests.total</c>).</summary>
    RequestsTotal,

    /// <summary>当面申请数 (<c>requests.inPerson</c>).</summary>
    RequestsInPerson,

    /// <summary>网络申请数 / 网上申请数 (<c>requests.online</c>).</summary>
    RequestsOnline,

    /// <summary>传真申请数 (<c>requests.fax</c>).</summary>
    RequestsFax,

    /// <summary>信函申请数 (<c>requests.letter</c>).</summary>
    RequestsLetter,

    /// <summary>电子邮件申请数 (<c>requests.email</c>).</summary>
    RequestsEmail,

    /// <summary>信函、传真申请数 (<c>requests.letterOrFax</c>).</summary>
    RequestsLetterOrFax,

    /// <summary>其他形式申请数 (<c>requests.otherChannels</c>).</summary>
    RequestsOtherChannels,

    /// <summary>对申请的答复总数 (<c>responses.total</c>).</summary>
    ResponsesTotal,

    /// <summary>同意公开答复数 (<c>responses.granted</c>).</summary>
    ResponsesGranted,

    /// <summary>同意部分公开答复数 (<c>responses.partiallyGranted</c>).</summary>
    ResponsesPartiallyGranted,

    /// <summary>不予公开答复数 (<c>responses.denied</c>).</summary>
    ResponsesDenied,

    /// <summary>其他类型答复数 (<c>responses.other</c>).</summary>
    ResponsesOther,

    /// <summary>属于已主动公开范围数 (<c>responses.alreadyPublic</c>).</summary>
    ResponsesAlreadyPublic,

    /// <summary>不属于本行政机关公开数 (<c>responses.notThisAgency</c>).</summary>
    ResponsesNotThisAgency,

    /// <summary>申请信息不存在数 (<c>responses.notExist</c>).</summary>
    ResponsesNotExist,

    /// <summary>告知作出更改补充数 (<c>responses.correctionRequested</c>).</summary>
    ResponsesCorrectionRequested,

    /// <summary>告知通过其他途径办理数 (<c>responses.otherRoute</c>).</summary>
    ResponsesOtherRoute,

    /// <summary>接受行政申诉、举报数 (<c>complaints.total</c>).</summary>
    ComplaintsTotal,

    /// <summary>行政复议数 (<c>reconsideration.total</c>).</summary>
    ReconsiderationTotal,

    /// <summary>维持具体行政行为数 (<c>reconsideration.upheld</c>).</summary>
    ReconsiderationUpheld,

    /// <summary>被依法纠错数 (<c>reconsideration.corrected</c>).</summary>
    ReconsiderationCorrected,

    /// <summary>其他情形数 (<c>reconsideration.other</c>).</summary>
    ReconsiderationOther,

    /// <summary>行政诉讼数 (<c>litigation.total</c>).</summary>
    LitigationTotal,

    /// <summary>维持具体行政行为或者驳回原告诉讼请求数 (<c>litigation.upheld</c>).</summary>
    LitigationUpheld,

    /// <summary>被依法纠错数 (<c>litigation.corrected</c>).</summary>
    LitigationCorrected,

    /// <summary>其他情形数 (<c>litigation.other</c>).</summary>
    LitigationOther,

    /// <summary>依申请公开信息收取的费用 (<c>fees.collected</c>; money, 万元 unless the report prints another unit).</summary>
    FeesCollected,
}

/// <summary>The period columns of legacy statistical tables.</summary>
public enum LegacyPeriod
{
    /// <summary>本年 / 本年度 / 2018年度 / 统计数 (<c>annual</c>).</summary>
    Annual,

    /// <summary>历年累计, since records began (<c>cumulative</c>).</summary>
    Cumulative,

    /// <summary>本年累计, printed by a few provincial forms (<c>yearToDate</c>).</summary>
    YearToDate,
}
