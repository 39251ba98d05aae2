namespace GovDisclosure.Synthetic;

/// <summary>How a province-level division is organised.</summary>
internal enum ProvinceKind
{
    /// <summary>A province (省): prefecture-level cities, some prefectures (地区, 自治州), counties below.</summary>
    Province,

    /// <summary>An autonomous region (自治区): as a province.</summary>
    AutonomousRegion,

    /// <summary>A municipality (直辖市): its districts (and Chongqing's counties) directly below, no prefecture government.</summary>
    Municipality,
}

/// <summary>One of the 31 province-level divisions of GB/T 2260 (Hong Kong, Macao and Taiwan left out).</summary>
/// <param name="Code">The two-digit code (11 to 65).</param>
/// <param name="Name">The full name, such as 河北省.</param>
/// <param name="Kind">How it is organised.</param>
/// <param name="Cities">The number of prefecture-level cities (for a municipality: its district groups, 1 or 2).</param>
/// <param name="OtherPrefectures">The number of prefectures (地区), autonomous prefectures (自治州) and leagues (盟).</param>
/// <param name="OtherPrefectureSuffix">What the other prefectures are called: 地区, 自治州 or 盟.</param>
/// <param name="Requests">How many requests its agencies receive, relative to the national average.</param>
/// <param name="LegacyForm">The statistics form its legacy reports (2008–2018) use.</param>
internal sealed record Province(
    string Code,
    string Name,
    ProvinceKind Kind,
    int Cities,
    int OtherPrefectures,
    string OtherPrefectureSuffix,
    double Requests,
    LegacyForm LegacyForm);

/// <summary>A department of a people's government, with its name at each level and how busy it is.</summary>
/// <param name="Provincial">The name at provincial level (厅, 委员会 …), or null when provinces have no such department.</param>
/// <param name="Prefectural">The name at prefectural level, or null.</param>
/// <param name="County">The name at county level, or null.</param>
/// <param name="Core">Whether every government at the levels it exists at has it (otherwise some have it).</param>
/// <param name="Requests">Requests received, relative to an average department.</param>
/// <param name="Licensing">Licensing decisions, relative to an average department (0: none).</param>
/// <param name="Penalty">Penalty decisions, relative to an average department (0: none).</param>
/// <param name="Fees">Whether it collects administrative fees.</param>
internal sealed record DepartmentType(
    string? Provincial,
    string? Prefectural,
    string? County,
    bool Core,
    double Requests,
    double Licensing,
    double Penalty,
    bool Fees);

/// <summary>The statistics forms of legacy reports: which indicators and period columns they print.</summary>
internal enum LegacyForm
{
    /// <summary>A short provincial form with annual and cumulative columns (the seed report's, Fujian).</summary>
    Short,

    /// <summary>A detailed provincial form with annual and cumulative columns, requests by five channels.</summary>
    Detailed,

    /// <summary>The detailed form until 2013, then the national statistics form of 国办发〔2014〕32号 (annual figures only).</summary>
    National2014,
}

/// <summary>The fixed data the generator draws names from: provinces, departments, syllables of place names.</summary>
internal static class PlaceNames
{
    public static readonly Province[] Provinces =
    [
        new("11", "北京市", ProvinceKind.Municipality, 1, 0, "", 2.5, LegacyForm.Detailed),
        new("12", "天津市", ProvinceKind.Municipality, 1, 0, "", 1.4, LegacyForm.Detailed),
        new("13", "河北省", ProvinceKind.Province, 11, 0, "", 1.0, LegacyForm.National2014),
        new("14", "山西省", ProvinceKind.Province, 11, 0, "", 0.8, LegacyForm.Short),
        new("15", "内蒙古自治区", ProvinceKind.AutonomousRegion, 9, 3, "盟", 0.6, LegacyForm.Short),
        new("21", "辽宁省", ProvinceKind.Province, 14, 0, "", 1.0, LegacyForm.Detailed),
        new("22", "吉林省", ProvinceKind.Province, 8, 1, "自治州", 0.7, LegacyForm.Short),
        new("23", "黑龙江省", ProvinceKind.Province, 12, 1, "地区", 0.7, LegacyForm.Short),
        new("31", "上海市", ProvinceKind.Municipality, 1, 0, "", 2.5, LegacyForm.Detailed),
        new("32", "江苏省", ProvinceKind.Province, 13, 0, "", 1.7, LegacyForm.National2014),
        new("33", "浙江省", ProvinceKind.Province, 11, 0, "", 1.8, LegacyForm.National2014),
        new("34", "安徽省", ProvinceKind.Province, 16, 0, "", 1.0, LegacyForm.National2014),
        new("35", "福建省", ProvinceKind.Province, 9, 0, "", 1.1, LegacyForm.Short),
        new("36", "江西省", ProvinceKind.Province, 11, 0, "", 0.8, LegacyForm.Short),
        new("37", "山东省", ProvinceKind.Province, 16, 0, "", 1.3, LegacyForm.National2014),
        new("41", "河南省", ProvinceKind.Province, 17, 0, "", 1.2, LegacyForm.Detailed),
        new("42", "湖北省", ProvinceKind.Province, 12, 1, "自治州", 1.1, LegacyForm.Detailed),
        new("43", "湖南省", ProvinceKind.Province, 13, 1, "自治州", 1.0, LegacyForm.Short),
        new("44", "广东省", ProvinceKind.Province, 21, 0, "", 2.0, LegacyForm.National2014),
        new("45", "广西壮族自治区", ProvinceKind.AutonomousRegion, 14, 0, "", 0.8, LegacyForm.Short),
        new("46", "海南省", ProvinceKind.Province, 4, 0, "", 0.6, LegacyForm.Short),
        new("50", "重庆市", ProvinceKind.Municipality, 2, 0, "", 1.4, LegacyForm.Detailed),
        new("51", "四川省", ProvinceKind.Province, 18, 3, "自治州", 1.0, LegacyForm.National2014),
        new("52", "贵州省", ProvinceKind.Province, 6, 3, "自治州", 0.6, LegacyForm.Short),
        new("53", "云南省", ProvinceKind.Province, 8, 8, "自治州", 0.6, LegacyForm.Short),
        new("54", "西藏自治区", ProvinceKind.AutonomousRegion, 6, 1, "地区", 0.2, LegacyForm.Short),
        new("61", "陕西省", ProvinceKind.Province, 10, 0, "", 0.9, LegacyForm.Detailed),
        new("62", "甘肃省", ProvinceKind.Province, 12, 2, "自治州", 0.5, LegacyForm.Short),
        new("63", "青海省", ProvinceKind.Province, 2, 6, "自治州", 0.3, LegacyForm.Short),
        new("64", "宁夏回族自治区", ProvinceKind.AutonomousRegion, 5, 0, "", 0.4, LegacyForm.Short),
        new("65", "新疆维吾尔自治区", ProvinceKind.AutonomousRegion, 4, 10, "地区", 0.4, LegacyForm.Short),
    ];

    /// <summary>Departments of people's governments, the core ones first.</summary>
    public static readonly DepartmentType[] Departments =
    [
        new("人民政府办公厅", "人民政府办公室", "人民政府办公室", true, 1.6, 0, 0, false),
        new("发展和改革委员会", "发展和改革委员会", "发展和改革局", true, 1.0, 0.6, 0.2, false),
        new("教育厅", "教育局", "教育局", true, 1.2, 0.5, 0.2, false),
        new("公安厅", "公安局", "公安局", true, 2.0, 3.0, 6.0, true),
        new("民政厅", "民政局", "民政局", true, 0.8, 0.3, 0.1, false),
        new("司法厅", "司法局", "司法局", true, 0.5, 0.3, 0.1, false),
        new("财政厅", "财政局", "财政局", true, 0.9, 0.1, 0.2, false),
        new("人力资源和社会保障厅", "人力资源和社会保障局", "人力资源和社会保障局", true, 1.5, 0.8, 0.6, false),
        new("自然资源厅", "自然资源和规划局", "自然资源局", true, 4.0, 2.0, 1.5, true),
        new("生态环境厅", "生态环境局", "生态环境分局", true, 1.5, 1.0, 2.5, false),
        new("住房和城乡建设厅", "住房和城乡建设局", "住房和城乡建设局", true, 3.0, 2.5, 1.5, true),
        new("交通运输厅", "交通运输局", "交通运输局", true, 1.2, 1.5, 4.0, true),
        new("水利厅", "水利局", "水利局", true, 0.6, 0.8, 0.4, true),
        new("农业农村厅", "农业农村局", "农业农村局", true, 1.0, 1.0, 0.8, false),
        new("商务厅", "商务局", "商务局", true, 0.4, 0.5, 0.2, false),
        new("文化和旅游厅", "文化广电旅游局", "文化广电和旅游局", true, 0.4, 0.6, 0.6, false),
        new("卫生健康委员会", "卫生健康委员会", "卫生健康局", true, 1.2, 1.5, 1.2, false),
        new("退役军人事务厅", "退役军人事务局", "退役军人事务局", true, 0.4, 0, 0, false),
        new("应急管理厅", "应急管理局", "应急管理局", true, 0.6, 0.6, 1.5, false),
        new("审计厅", "审计局", "审计局", true, 0.3, 0, 0, false),
        new("市场监督管理局", "市场监督管理局", "市场监督管理局", true, 1.5, 4.0, 5.0, true),
        new("统计局", "统计局", "统计局", true, 0.2, 0, 0.1, false),
        new("医疗保障局", "医疗保障局", "医疗保障局", true, 0.6, 0.2, 0.4, false),
        new("信访局", "信访局", "信访局", true, 0.5, 0, 0, false),
        new("工业和信息化厅", "工业和信息化局", "工业和信息化局", false, 0.5, 0.4, 0.2, false),
        new("科学技术厅", "科学技术局", "科学技术局", false, 0.4, 0.1, 0, false),
        new("民族宗教事务委员会", "民族宗教事务局", "民族宗教事务局", false, 0.2, 0.1, 0, false),
        new("林业局", "林业局", "林业局", false, 0.4, 0.8, 0.8, true),
        new("体育局", "体育局", null, false, 0.2, 0.1, 0, false),
        new("地方金融管理局", "地方金融监督管理局", "金融工作局", false, 0.2, 0.1, 0.1, false),
        new("政务服务管理局", "行政审批服务局", "行政审批服务局", false, 0.8, 6.0, 0, false),
        new("大数据局", "数据资源管理局", "数据资源管理局", false, 0.2, 0, 0, false),
        new("人民防空办公室", "人民防空办公室", "人民防空办公室", false, 0.2, 0.3, 0.1, true),
        new("乡村振兴局", "乡村振兴局", "乡村振兴局", false, 0.3, 0, 0, false),
        new("国有资产监督管理委员会", "国有资产监督管理委员会", null, false, 0.3, 0, 0, false),
        new("粮食和物资储备局", "粮食和物资储备局", "粮食和物资储备局", false, 0.2, 0.2, 0.1, false),
        new(null, "城市管理局", "城市管理综合执法局", false, 1.0, 1.0, 3.0, true),
        new("外事办公室", "外事办公室", null, false, 0.1, 0, 0, false),
        new("机关事务管理局", "机关事务管理局", "机关事务服务中心", false, 0.1, 0, 0, false),
        new("药品监督管理局", null, null, false, 0.6, 1.5, 1.0, false),
        new("监狱管理局", null, null, false, 0.3, 0, 0, false),
        new("知识产权局", "知识产权局", null, false, 0.3, 0.3, 0.2, false),
        new("地震局", "地震局", "地震局", false, 0.1, 0, 0, false),
        new("档案局", "档案局", "档案局", false, 0.2, 0, 0, false),
        new("能源局", "能源局", null, false, 0.3, 0.5, 0.1, false),
    ];

    /// <summary>Departments of the State Council, the publishers of national-level reports (division code 100000).</summary>
    public static readonly string[] NationalDepartments =
    [
        "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部", "国家民族事务委员会", "公安部", "民政部", "司法部", "财政部",
        "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部",
        "文化和旅游部", "国家卫生健康委员会", "退役军人事务部", "应急管理部", "审计署", "国务院国有资产监督管理委员会", "海关总署",
        "国家税务总局", "国家市场监督管理总局", "国家广播电视总局", "国家体育总局", "国家统计局", "国家知识产权局", "国家医疗保障局",
        "国家机关事务管理局", "国家信访局", "国家粮食和物资储备局", "国家能源局", "国家林业和草原局", "国家铁路局", "中国民用航空局",
        "国家邮政局", "国家文物局", "国家中医药管理局", "国家药品监督管理局", "国家移民管理局", "国家疾病预防控制局",
    ];

    /// <summary>First syllables of place names.</summary>
    public const string First = "安宝北昌长成崇大丹德定东丰凤福阜高广海汉和河鹤恒红华怀淮黄惠吉嘉建江金晋景靖静九开康乐黎丽临灵龙隆庐鲁罗洛梅蒙密绵明南宁平普齐祁清庆仁荣瑞沙山上韶邵寿双顺泗松太泰天通桐万威文武西溪仙祥新信兴秀宣阳永玉元云枣昭肇中钟舟遵";

    /// <summary>Second syllables of place names.</summary>
    public const string Second = "安坝白宝滨昌城川春德都丰峰冈港关海和河湖化华江津康乐林陵岭隆宁平浦桥清泉山水顺台潭塘田通西溪仙兴阳源远云州庄原口门岗泽洲谷";

    /// <summary>Second syllables of township names (none of them a first syllable, so no name repeats a syllable).</summary>
    public const string TownshipSecond = "桥村店集铺坪寨屯营堡口埠湾坝岗头庙田塘林源";

    /// <summary>Ethnic groups of autonomous prefectures and counties, by province code.</summary>
    public static string[] EthnicGroups(string province) => province switch
    {
        "22" => ["朝鲜族"],
        "42" or "43" => ["土家族苗族"],
        "45" => ["瑶族", "仫佬族", "毛南族", "各族"],
        "51" => ["藏族", "彝族", "羌族"],
        "52" => ["苗族侗族", "布依族苗族", "苗族", "仡佬族苗族"],
        "53" => ["傣族", "彝族", "白族", "哈尼族彝族", "壮族苗族", "傈僳族", "藏族", "景颇族"],
        "62" => ["回族", "藏族", "东乡族"],
        "63" => ["藏族", "蒙古族藏族", "回族土族"],
        "65" => ["哈萨克", "蒙古", "柯尔克孜", "回族"],
        "13" or "15" or "21" or "23" => ["满族", "蒙古族", "达斡尔族"],
        _ => [],
    };
}
