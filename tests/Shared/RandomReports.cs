using System.Text;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.Shared;

/// <summary>
/// Random valid reports of every format, built through <see cref="AnnualReportBuilder"/> and the catalogue so that every
/// cell kind is met: blanks, zeros, counts up to <see cref="CellValue.MaxWholeNumber"/>, money with decimals and a
/// stated unit, signed changes, legacy rows the catalogue does not know, long Chinese texts and odd but valid names.
/// One seed always gives the same report.
/// </summary>
internal static class RandomReports
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly string[] NameParts =
    [
        "沙县", "高桥镇", "人民政府", "办公室", "自然资源和规划局", "（试点）", "·", " ", "|", "<script>alert(1)</script>",
        "\"引号\"", "\\", "&amp;", "*强调*", "`代码`", "\u00A0", "𠀀", "😀", "Ⅳ", "第1|2", "# 标题", "- 列表", "\t", "[链接](x)",
    ];

    private static readonly string[] Punctuation = ["，", "。", "、", "；", "：", "（", "）", "《", "》", "“", "”", "\n", "\r\n", " ", "|", "<b>", "&", "="];

    /// <summary>Sizes for the values of one run: <see cref="Full"/> for round trips, <see cref="Summable"/> for roll-ups (sums of a few reports stay within 18 digits).</summary>
    public enum Range
    {
        /// <summary>Counts up to the largest a cell holds, money with up to 18 significant digits.</summary>
        Full,

        /// <summary>Counts below 10^14, money below 10^8 units of at most four decimals (so that 元 and 万元 add up within 18 digits).</summary>
        Summable,
    }

    /// <summary>Creates a report of a random format from a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="range">The sizes of the values.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Create(int seed, Range range = Range.Full)
    {
        var random = new Random(seed);
        var format = FormatCatalog.All[random.Next(FormatCatalog.All.Length)];
        return Create(random, format, RandomYear(random, format), RandomAgency(random), range);
    }

    /// <summary>Creates a report of a given format, year and agency.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="format">The format.</param>
    /// <param name="year">The year.</param>
    /// <param name="agency">The agency.</param>
    /// <param name="range">The sizes of the values.</param>
    /// <param name="plainLabels">Whether labels of legacy rows and breakdowns are Chinese characters only (for extraction, which cannot tell a label of digits from figures).</param>
    /// <returns>The report.</returns>
    public static AnnualReport Create(Random random, FormatDefinition format, int year, Agency agency, Range range = Range.Full, bool plainLabels = false)
    {
        var builder = new AnnualReportBuilder(format.Format, year, agency);
        if (random.Next(3) > 0)
        {
            builder.PublishedOn = new DateOnly(Math.Min(year + 1, 2100), 1 + random.Next(12), 1 + random.Next(28));
        }

        if (random.Next(3) == 0)
        {
            builder.SourceUrl = "https://www.example.gov.cn/xxgk/" + random.Next(1_000_000) + ".html?a=1&b=<x>";
        }

        foreach (var table in format.Tables)
        {
            FillTable(random, builder, table, range);
        }

        if (format.Format == ReportFormat.Legacy)
        {
            // Distinct labels: a roll-up adds up rows of one label.
            var labels = new HashSet<string>(StringComparer.Ordinal);
            for (var i = random.Next(4); i > 0; i--)
            {
                var label = plainLabels ? PlainLabel(random) : RandomLabel(random);
                if (!labels.Add(label))
                {
                    continue;
                }

                var row = new LegacyOtherRow(
                    label,
                    RandomOtherRowValue(random, range),
                    RandomOtherRowValue(random, range),
                    RandomOtherRowValue(random, range));

                // Printed with no figure, a row the catalogue does not know reads as a heading (docs/extraction.md):
                // for extraction, such a row gets a figure.
                if (plainLabels && !row.Annual.IsReported && !row.Cumulative.IsReported && !row.YearToDate.IsReported)
                {
                    row = row with { Annual = CellValue.Of(RandomCount(random, range)) };
                }

                builder.AddLegacyOtherRow(row);
            }
        }

        foreach (var section in format.Sections)
        {
            if (random.Next(3) > 0)
            {
                builder.SetSection(section.Section, RandomText(random, random.Next(2) == 0 ? random.Next(40) : random.Next(3000)));
            }
        }

        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            for (var i = random.Next(4) == 0 ? random.Next(4) : 0; i > 0; i--)
            {
                builder.AddBreakdown(kind, plainLabels ? PlainLabel(random) : RandomLabel(random), RandomCount(random, range));
            }
        }

        if (random.Next(4) == 0)
        {
            var cells = format.Cells;
            builder.AddSuppression(new Suppression(
                random.Next(2) == 0 ? "GD0201" : format.Relations[random.Next(format.Relations.Length)].Id,
                [cells[random.Next(cells.Length)].Key],
                RandomLabel(random)));
        }

        return builder.Build();
    }

    /// <summary>Gets a random year in which the format is used.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="format">The format.</param>
    /// <returns>The year.</returns>
    public static int RandomYear(Random random, FormatDefinition format) =>
        random.Next(format.FirstYear, (format.LastYear ?? Math.Min(format.FirstYear + 20, AnnualReport.MaxYear)) + 1);

    /// <summary>Gets an odd but valid agency: a name of catalogue words, markup, table pipes, line breaks and emoji; codes and level sometimes.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The agency.</returns>
    public static Agency RandomAgency(Random random)
    {
        var name = new StringBuilder();
        for (var i = 1 + random.Next(6); i > 0; i--)
        {
            name.Append(NameParts[random.Next(NameParts.Length)]);
        }

        if (random.Next(8) == 0)
        {
            name.Append('\n').Append("第二行");
        }

        if (random.Next(10) == 0)
        {
            name.Append(RandomText(random, 200));
        }

        var text = string.IsNullOrWhiteSpace(name.ToString()) ? "某县人民政府" : name.ToString();
        DivisionCode? division = random.Next(3) == 0 ? null : RandomDivisionCode(random);
        return new Agency(text)
        {
            DivisionCode = division,
            CreditCode = random.Next(3) == 0 ? RandomCreditCode(random) : null,
            Level = random.Next(3) == 0 ? null : (AgencyLevel)random.Next(Enum.GetValues<AgencyLevel>().Length),
            Kind = random.Next(3) == 0 ? null : (AgencyKind)random.Next(Enum.GetValues<AgencyKind>().Length),
        };
    }

    /// <summary>Gets a random division code of 6, 9 or 12 digits.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The code.</returns>
    public static DivisionCode RandomDivisionCode(Random random)
    {
        var digits = new StringBuilder();
        digits.Append((11 + random.Next(55)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var length = random.Next(3) switch { 0 => 9, 1 => 12, _ => 6 };
        while (digits.Length < length)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        return DivisionCode.Parse(digits.ToString());
    }

    /// <summary>Gets text of Chinese characters, punctuation, line breaks, markup and emoji.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="length">About how many characters.</param>
    /// <returns>The text.</returns>
    public static string RandomText(Random random, int length)
    {
        var text = new StringBuilder(length + 4);
        while (text.Length < length)
        {
            switch (random.Next(10))
            {
                case 0:
                    text.Append(Punctuation[random.Next(Punctuation.Length)]);
                    break;
                case 1:
                    text.Append(random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case 2:
                    text.Append(random.Next(2) == 0 ? "😀" : "𠀀");
                    break;
                default:
                    text.Append((char)random.Next(0x4E00, 0x9FA6));
                    break;
            }
        }

        return text.ToString();
    }

    private static string RandomLabel(Random random)
    {
        var label = RandomText(random, 1 + random.Next(random.Next(5) == 0 ? 200 : 12));
        return string.IsNullOrWhiteSpace(label) ? "其他" : label;
    }

    private static string PlainLabel(Random random)
    {
        var label = new char[2 + random.Next(10)];
        for (var i = 0; i < label.Length; i++)
        {
            label[i] = (char)random.Next(0x4E00, 0x9FA6);
        }

        return new string(label);
    }

    private static UnifiedSocialCreditCode RandomCreditCode(Random random)
    {
        var chars = new char[18];
        for (var i = 0; i < 17; i++)
        {
            chars[i] = CreditCodeAlphabet[random.Next(CreditCodeAlphabet.Length)];
        }

        chars[17] = UnifiedSocialCreditCode.ComputeCheckCharacter(chars.AsSpan(0, 17));
        return UnifiedSocialCreditCode.Parse(new string(chars));
    }

    private static void FillTable(Random random, AnnualReportBuilder builder, TableDefinition table, Range range)
    {
        // Optional columns (legacy periods): some reports print them, some do not.
        var columns = table.Columns.Where(c => !c.IsOptional || random.Next(3) > 0).ToHashSet();
        foreach (var column in columns.Where(c => c.IsOptional))
        {
            builder.IncludeColumn(table.Key, column.Key);
        }

        // A row that replaces others (2021's single 其他处理 row) or its sub-rows, never both.
        var single = table.Rows.Where(r => !r.Replaces.IsEmpty && random.Next(2) == 0).ToHashSet();
        var replaced = single.SelectMany(r => r.Replaces).ToHashSet();
        foreach (var row in table.Rows)
        {
            if (replaced.Contains(row) || (row.IsOptional && !single.Contains(row) && (!row.Replaces.IsEmpty || random.Next(4) == 0)))
            {
                continue;
            }

            if (row.IsOptional)
            {
                builder.IncludeRow(table.Key, row.Key);
            }

            foreach (var cell in table.Cells.Where(c => c.Row == row && columns.Contains(c.Column)))
            {
                var value = RandomValue(random, cell.Kind, range);
                if (value.IsReported)
                {
                    builder.Set(cell.Key, value);
                }

                if (cell.Kind == ValueKind.Money && (cell.DefaultUnit is null || random.Next(3) == 0))
                {
                    builder.SetMoneyUnit(cell.Key, random.Next(2) == 0 ? MoneyUnit.Yuan : MoneyUnit.TenThousandYuan);
                }
            }
        }
    }

    private static CellValue RandomValue(Random random, ValueKind kind, Range range)
    {
        var pick = random.Next(10);
        if (pick < 3)
        {
            return CellValue.Blank;
        }

        if (pick < 5)
        {
            return CellValue.Of(0L);
        }

        return kind switch
        {
            ValueKind.Money => RandomMoney(random, range),
            ValueKind.SignedCount => CellValue.Of(RandomCount(random, range) * (random.Next(2) == 0 ? -1 : 1)),
            _ => CellValue.Of(RandomCount(random, range)),
        };
    }

    private static long RandomCount(Random random, Range range)
    {
        var max = range == Range.Full ? CellValue.MaxWholeNumber : 99_999_999_999_999L;
        return random.Next(6) switch
        {
            0 => max,
            1 => random.NextInt64(max / 1000, max + 1),
            2 => random.NextInt64(10_000, 10_000_000),
            _ => random.Next(1000),
        };
    }

    private static CellValue RandomMoney(Random random, Range range)
    {
        if (range == Range.Summable)
        {
            return FromUnits(random.NextInt64(0, 100_000_000), random.Next(5));
        }

        var scale = random.Next(CellValue.MaxScale + 1);
        var units = random.Next(4) == 0 ? CellValue.MaxWholeNumber : random.NextInt64(0, CellValue.MaxWholeNumber + 1);
        for (var digits = random.Next(18); digits > 0; digits--)
        {
            units /= 10;
        }

        return FromUnits(units, scale);
    }

    /// <summary>A figure of <paramref name="units"/> units of its last decimal place, printed with <paramref name="scale"/> decimals (trailing zeros kept).</summary>
    private static CellValue FromUnits(long units, int scale) =>
        CellValue.Of(new decimal(unchecked((int)units), (int)(units >> 32), 0, false, (byte)scale));

    private static CellValue RandomOtherRowValue(Random random, Range range) => random.Next(4) switch
    {
        0 => CellValue.Blank,
        1 => CellValue.Of(RandomCount(random, range)),
        2 => CellValue.Of(-RandomCount(random, range) % 1000),
        _ => range == Range.Summable ? CellValue.Of((long)random.Next(10_000)) : RandomMoney(random, range),
    };
}
