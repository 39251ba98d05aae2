using System.Globalization;

namespace GovDisclosure.Synthetic;

/// <summary>
/// A country of agencies shaped like China's: the State Council's departments; 31 provinces with their real GB/T 2260
/// codes; prefectures (prefecture-level cities numbered 01 up, then 地区, 自治州 and 盟 from 21); counties (districts from
/// 02, counties from 21, county-level cities from 81); towns and townships (subdistricts 001 up, towns 101 up, townships
/// 201 up). Each province, prefecture and county has a people's government and its departments; each town and township
/// its government or subdistrict office.
/// </summary>
/// <remarks>
/// Only counts and names are kept — a few thousand units — never the agencies: <see cref="Select"/> walks the units and
/// creates the agencies it hands out. The base country holds about 160,000 agencies; for more, the numbers of counties
/// per prefecture and of townships per county grow (within the code ranges). A selection of N agencies takes every
/// (capacity / N)-th agency of the walk, so that a small selection still spans every level and many provinces.
/// </remarks>
internal sealed class AgencyHierarchy
{
    private const ulong PrefectureStream = 0x5052_4546;
    private const ulong CountyStream = 0x434F_554E;
    private const ulong DepartmentStream = 0x4445_5054;
    private const ulong TownshipStream = 0x544F_574E;
    private const ulong CodeStream = 0x434F_4445;
    private const int CoreDepartments = 24;

    /// <summary>A step through the pairs of township syllables: prime to their number, so that the first few hundred steps never meet.</summary>
    private static readonly int TownshipStep = Enumerable.Range(1_009, 1_000).First(step => IsCoprime(step, PlaceNames.First.Length * PlaceNames.TownshipSecond.Length));

    private readonly long _seed;
    private readonly bool _twelveDigitTownships;
    private readonly Unit[] _units;
    private readonly long _codeOffset;

    private AgencyHierarchy(long seed, bool twelveDigitTownships, Unit[] units)
    {
        _seed = seed;
        _twelveDigitTownships = twelveDigitTownships;
        _units = units;
        var random = SyntheticRandom.For(seed, CodeStream);
        _codeOffset = (long)(random.NextUInt64() % 100_000_000UL);
        long capacity = 0;
        foreach (var unit in units)
        {
            unit.Start = capacity;
            capacity += unit.Size;
        }

        Capacity = capacity;
    }

    /// <summary>Gets the number of agencies in the country.</summary>
    public long Capacity { get; }

    /// <summary>Gets the number of counties (county-level units).</summary>
    public int Counties => _units.Count(u => u.Level == AgencyLevel.County);

    /// <summary>Builds a country large enough to hold <paramref name="agencies"/> agencies.</summary>
    public static AgencyHierarchy Build(long seed, int agencies, bool twelveDigitTownships)
    {
        // Counties per prefecture and townships per county both grow by the square root of the scale, so the capacity
        // grows about as the scale: start from the scale the base country suggests, then creep up past the code ranges' caps.
        var scale = 1.0;
        while (scale < 1_000)
        {
            var hierarchy = new AgencyHierarchy(seed, twelveDigitTownships, BuildUnits(seed, Math.Sqrt(scale)));
            if (hierarchy.Capacity >= agencies)
            {
                return hierarchy;
            }

            scale = Math.Max(scale * 1.05, scale * agencies / hierarchy.Capacity);
        }

        throw new ArgumentOutOfRangeException(nameof(agencies), agencies, "The administrative division codes cannot hold that many agencies.");
    }

    /// <summary>Creates <paramref name="count"/> agencies spread evenly over the walk, in the walk's order.</summary>
    public IEnumerable<SyntheticAgency> Select(int count)
    {
        var next = 0;
        foreach (var unit in _units)
        {
            while (next < count)
            {
                var position = checked((long)next * Capacity / count);
                if (position >= unit.Start + unit.Size)
                {
                    break;
                }

                next++;
                yield return Create(unit, (int)(position - unit.Start), position);
            }
        }
    }

    private static Unit[] BuildUnits(long seed, double factor)
    {
        var units = new List<Unit>
        {
            new(UnitKind.National, "100000", string.Empty, string.Empty, -1)
            {
                Departments = [.. Enumerable.Range(0, PlaceNames.NationalDepartments.Length)],
            },
        };

        for (var p = 0; p < PlaceNames.Provinces.Length; p++)
        {
            var province = PlaceNames.Provinces[p];
            var municipality = province.Kind == ProvinceKind.Municipality;
            units.Add(new Unit(UnitKind.Province, province.Code + "0000", province.Name, "人民政府", p)
            {
                Departments = PickDepartments(seed, province.Code + "0000", AgencyLevel.Provincial),
                MakesRules = true,
            });

            var prefectureNames = new HashSet<string>(StringComparer.Ordinal);
            var prefectureCount = province.Cities + province.OtherPrefectures;
            for (var i = 0; i < prefectureCount; i++)
            {
                var isCity = i < province.Cities;
                var number = isCity ? i + 1 : 21 + i - province.Cities;
                var prefectureCode = province.Code + Two(number);
                var random = SyntheticRandom.For(seed, PrefectureStream, long.Parse(prefectureCode, CultureInfo.InvariantCulture));
                string prefectureName;
                var title = "人民政府";
                if (municipality)
                {
                    prefectureName = province.Name;
                }
                else
                {
                    var stem = UniqueName(ref random, prefectureNames, PlaceNames.Second);
                    var groups = PlaceNames.EthnicGroups(province.Code);
                    (prefectureName, title) = isCity ? (stem + "市", title)
                        : province.OtherPrefectureSuffix == "自治州" ? (stem + groups[random.Next(groups.Length)] + "自治州", title)
                        : (stem + province.OtherPrefectureSuffix, "行政公署");
                    units.Add(new Unit(UnitKind.Prefecture, prefectureCode + "00", prefectureName, title, p)
                    {
                        Departments = PickDepartments(seed, prefectureCode + "00", AgencyLevel.Prefectural),
                        MakesRules = isCity,
                    });
                }

                AddCounties(units, seed, factor, province, p, prefectureCode, prefectureName, isCity, ref random);
            }
        }

        return [.. units];
    }

    private static void AddCounties(List<Unit> units, long seed, double factor, Province province, int p, string prefectureCode, string prefectureName, bool isCity, ref SyntheticRandom random)
    {
        var municipality = province.Kind == ProvinceKind.Municipality;
        int districts, counties, cities;
        if (municipality)
        {
            var chongqingCounties = province.Code == "50" && prefectureCode.EndsWith("02", StringComparison.Ordinal);
            districts = chongqingCounties ? 0 : province.Code == "50" ? 26 : 16;
            counties = chongqingCounties ? 12 : 0;
            cities = 0;
        }
        else if (isCity)
        {
            var capital = prefectureCode.EndsWith("01", StringComparison.Ordinal);
            districts = capital ? random.Between(5, 10) : random.Between(1, 5);
            counties = capital ? random.Between(0, 4) : random.Between(1, 9);
            cities = random.Between(0, 2);
        }
        else
        {
            districts = 0;
            counties = random.Between(4, 11);
            cities = random.Between(1, 2);
        }

        // Code ranges: districts 02–19 (municipalities 01–99), counties 21–79, county-level cities 81–99 (01–20 in 地区, 自治州, 盟).
        var firstCounty = province.Code == "50" ? 29 : 21;
        districts = Scale(districts, factor, municipality ? 99 : 18);
        counties = Scale(counties, factor, 80 - firstCounty);
        cities = Scale(cities, factor, isCity ? 19 : 20);

        var names = new HashSet<string>(StringComparer.Ordinal);
        var ethnic = PlaceNames.EthnicGroups(province.Code);
        for (var i = 0; i < districts + counties + cities; i++)
        {
            CountyKind kind;
            int number;
            if (i < districts)
            {
                kind = CountyKind.District;
                number = municipality ? i + 1 : i + 2;
            }
            else if (i < districts + counties)
            {
                kind = CountyKind.County;
                number = firstCounty + i - districts;
            }
            else
            {
                kind = CountyKind.City;
                number = (isCity ? 81 : 1) + i - districts - counties;
            }

            var stem = UniqueName(ref random, names, PlaceNames.Second);
            var countyName = kind switch
            {
                CountyKind.District => stem + "区",
                CountyKind.City => stem + "市",
                _ when province.Code == "15" && random.Chance(0.7) => stem + "旗",
                _ when ethnic.Length > 0 && random.Chance(0.15) => stem + ethnic[random.Next(ethnic.Length)] + "自治县",
                _ => stem + "县",
            };

            // Districts print their city's name first (安阳市文峰区人民政府); counties and county-level cities print their own.
            var print = kind == CountyKind.District ? prefectureName + countyName : countyName;
            var code = prefectureCode + Two(number);
            var townships = SyntheticRandom.For(seed, CountyStream, long.Parse(code, CultureInfo.InvariantCulture));
            var (streets, towns, rural) = kind switch
            {
                CountyKind.District => (townships.Between(6, 14), townships.Between(0, 4), 0),
                CountyKind.City => (townships.Between(3, 8), townships.Between(6, 12), townships.Between(0, 3)),
                _ => (townships.Between(0, 3), townships.Between(6, 14), townships.Between(1, 8)),
            };

            units.Add(new Unit(UnitKind.County, code, print, "人民政府", p)
            {
                Departments = PickDepartments(seed, code, AgencyLevel.County),
                Streets = Scale(streets, factor, 99),
                Towns = Scale(towns, factor, 99),
                Townships = Scale(rural, factor, 199),
            });
        }
    }

    private static bool IsCoprime(int a, int b) => b == 0 ? a == 1 : IsCoprime(b, a % b);

    private static int Scale(int count, double factor, int cap) => Math.Min(cap, (int)Math.Round(count * factor, MidpointRounding.AwayFromZero));

    private static string Two(int number) => number.ToString("D2", CultureInfo.InvariantCulture);

    private static string UniqueName(ref SyntheticRandom random, HashSet<string> taken, string second)
    {
        while (true)
        {
            var first = PlaceNames.First[random.Next(PlaceNames.First.Length)];
            var last = second[random.Next(second.Length)];
            if (first == last)
            {
                continue;
            }

            var name = string.Concat(first.ToString(), last.ToString());
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>The departments of a government: the core ones of its level and a share of the others.</summary>
    private static int[] PickDepartments(long seed, string division, AgencyLevel level)
    {
        var random = SyntheticRandom.For(seed, DepartmentStream, long.Parse(division, CultureInfo.InvariantCulture));
        var picked = new List<int>();
        var optional = new List<int>();
        for (var i = 0; i < PlaceNames.Departments.Length; i++)
        {
            var type = PlaceNames.Departments[i];
            var name = level switch
            {
                AgencyLevel.Provincial => type.Provincial,
                AgencyLevel.Prefectural => type.Prefectural,
                _ => type.County,
            };
            if (name is null)
            {
                continue;
            }

            (i < CoreDepartments ? picked : optional).Add(i);
        }

        var extra = level switch
        {
            AgencyLevel.Provincial => random.Between(12, 18),
            AgencyLevel.Prefectural => random.Between(8, 14),
            _ => random.Between(4, 10),
        };
        for (var i = 0; i < extra && optional.Count > 0; i++)
        {
            var index = random.Next(optional.Count);
            picked.Add(optional[index]);
            optional.RemoveAt(index);
        }

        picked.Sort();
        return [.. picked];
    }

    private SyntheticAgency Create(Unit unit, int offset, long position)
    {
        var province = unit.Province >= 0 ? PlaceNames.Provinces[unit.Province] : null;
        var requests = province?.Requests ?? 1.0;
        var form = province?.LegacyForm ?? LegacyForm.Detailed;
        if (unit.Kind == UnitKind.National)
        {
            var agency = NewAgency(PlaceNames.NationalDepartments[unit.Departments[offset]], unit.Division, unit.Division, AgencyLevel.National, AgencyKind.Department, position);
            return new SyntheticAgency(agency, position, AgencyRole.NationalDepartment, null, 1.0, true, form);
        }

        var level = unit.Level;
        if (offset == 0)
        {
            var agency = NewAgency(unit.Print + unit.Title, unit.Division, unit.Division, level, AgencyKind.Government, position);
            return new SyntheticAgency(agency, position, AgencyRole.Government, null, requests, unit.MakesRules, form);
        }

        offset--;
        if (offset < unit.Departments.Length)
        {
            var index = unit.Departments[offset];
            var type = PlaceNames.Departments[index];
            var name = index == 0
                ? unit.Print + unit.Title + (level == AgencyLevel.Provincial ? "办公厅" : "办公室")
                : unit.Print + (level switch
                {
                    AgencyLevel.Provincial when province!.Kind == ProvinceKind.Municipality => type.Prefectural ?? type.Provincial,
                    AgencyLevel.Provincial => type.Provincial,
                    AgencyLevel.Prefectural => type.Prefectural,
                    _ => type.County,
                });
            var agency = NewAgency(name, unit.Division, unit.Division, level, AgencyKind.Department, position);
            return new SyntheticAgency(agency, position, AgencyRole.Department, type, requests, false, form);
        }

        offset -= unit.Departments.Length;
        var isStreet = offset < unit.Streets;
        var number = isStreet ? offset + 1 : offset < unit.Streets + unit.Towns ? 101 + offset - unit.Streets : 201 + offset - unit.Streets - unit.Towns;
        var division = unit.Division + number.ToString("D3", CultureInfo.InvariantCulture) + (_twelveDigitTownships ? "000" : string.Empty);
        var township = NewAgency(
            unit.Print + TownshipName(unit, offset) + (isStreet ? "办事处" : "人民政府"),
            division,
            unit.Division,
            AgencyLevel.Township,
            isStreet ? AgencyKind.Department : AgencyKind.Government,
            position);
        return new SyntheticAgency(township, position, isStreet ? AgencyRole.Subdistrict : AgencyRole.Township, null, requests, false, form);
    }

    /// <summary>
    /// The name of a county's subdistrict (街道), town (镇) or township (乡) by its place among them: the first and
    /// second syllables at a place of a permutation of all pairs that starts where the county's stream says, so the
    /// names of one county differ without the others being drawn.
    /// </summary>
    private string TownshipName(Unit unit, int index)
    {
        var random = SyntheticRandom.For(_seed, TownshipStream, long.Parse(unit.Division, CultureInfo.InvariantCulture));
        var pairs = PlaceNames.First.Length * PlaceNames.TownshipSecond.Length;
        var pair = (int)((random.Next(pairs) + ((long)TownshipStep * index)) % pairs);
        var kind = index < unit.Streets ? "街道" : index < unit.Streets + unit.Towns ? "镇" : "乡";
        return string.Concat(PlaceNames.First.AsSpan(pair / PlaceNames.TownshipSecond.Length, 1), PlaceNames.TownshipSecond.AsSpan(pair % PlaceNames.TownshipSecond.Length, 1), kind);
    }

    /// <summary>
    /// Creates an agency with a unified social credit code of an organ of state: <c>11</c>, the registration division,
    /// an organisation code (eight digits and its GB 11714 check character), and the GB 32100 check character.
    /// </summary>
    private Agency NewAgency(string name, string division, string registration, AgencyLevel level, AgencyKind kind, long position)
    {
        // A bijection of the position onto eight digits: every agency has its own organisation code.
        var serial = ((position * 48_271) + _codeOffset) % 100_000_000;
        Span<char> code = stackalloc char[18];
        "11".CopyTo(code);
        registration.AsSpan().CopyTo(code[2..]);
        serial.TryFormat(code[8..], out _, "D8", CultureInfo.InvariantCulture);
        code[16] = OrganisationCheck(code.Slice(8, 8));
        code[17] = UnifiedSocialCreditCode.ComputeCheckCharacter(code[..17]);
        return new Agency(name)
        {
            CreditCode = UnifiedSocialCreditCode.Parse(code),
            DivisionCode = DivisionCode.Parse(division),
            Level = level,
            Kind = kind,
        };
    }

    /// <summary>The check character of an eight-digit organisation code (GB 11714-1997).</summary>
    private static char OrganisationCheck(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    private enum UnitKind
    {
        National,
        Province,
        Prefecture,
        County,
    }

    private enum CountyKind
    {
        District,
        County,
        City,
    }

    /// <summary>A government with its departments (and, for a county, its towns and townships), or the State Council's departments.</summary>
    private sealed class Unit(UnitKind kind, string division, string print, string title, int province)
    {
        public UnitKind Kind => kind;

        public string Division => division;

        /// <summary>The place as printed before an agency's name: 河北省, 安阳市文峰区, 汤阴县.</summary>
        public string Print => print;

        /// <summary>人民政府, or 行政公署 for a 地区 or 盟.</summary>
        public string Title => title;

        public int Province => province;

        public int[] Departments { get; init; } = [];

        public bool MakesRules { get; init; }

        public int Streets { get; init; }

        public int Towns { get; init; }

        public int Townships { get; init; }

        public AgencyLevel Level => kind switch
        {
            UnitKind.National => AgencyLevel.National,
            UnitKind.Province => AgencyLevel.Provincial,
            UnitKind.Prefecture => AgencyLevel.Prefectural,
            _ => AgencyLevel.County,
        };

        public long Size => (kind == UnitKind.National ? 0 : 1) + Departments.Length + Streets + Towns + Townships;

        public long Start { get; set; }
    }
}
