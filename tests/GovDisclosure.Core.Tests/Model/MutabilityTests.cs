using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentAssertions;
using GovDisclosure.Catalog;

namespace GovDisclosure.Tests.Model;

/// <summary>
/// In the spirit of NodaTime's MutabilityTest: every public type of GovDisclosure.Core except the builder and
/// exceptions must be immutable from the outside — no public setters (init accessors are fine), no public writable
/// fields, and no mutable collection handed out from a public property or field.
/// </summary>
public sealed class MutabilityTests
{
    /// <summary>The builder, and the options of the options pattern, which its configure actions set.</summary>
    private static readonly Type[] MutableByDesign = [typeof(AnnualReportBuilder), typeof(GovDisclosure.DependencyInjection.GovDisclosureOptions)];

    private static readonly Type[] MutableGenericCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>), typeof(SortedList<,>), typeof(SortedSet<>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(Collection<>), typeof(ObservableCollection<>),
        typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>),
    ];

    public static TheoryData<Type> PublicTypes() => [.. CheckedTypes()];

    [Fact]
    public void PublicTypes_CoverTheModelAndCatalogue()
    {
        var types = CheckedTypes().ToList();

        types.Should().Contain([typeof(AnnualReport), typeof(CellValue), typeof(Agency), typeof(FormatDefinition), typeof(RowDefinition)]);
        types.Should().NotContain(typeof(AnnualReportBuilder)).And.NotContain(typeof(ReportReadException));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsImmutableFromOutside(Type type)
    {
        FindMutability(type).Should().BeEmpty();
    }

    [Fact]
    public void FindMutability_MutableProbe_FindsEveryKindOfMutability()
    {
        var problems = FindMutability(typeof(MutableProbe));

        problems.Should().HaveCount(5);
        problems.Should().Contain(p => p.Contains("Setter", StringComparison.Ordinal) && p.Contains("public setter", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Items", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Numbers", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Field", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Map", StringComparison.Ordinal));
    }

    [Fact]
    public void FindMutability_ImmutableProbe_FindsNothing()
    {
        FindMutability(typeof(ImmutableProbe)).Should().BeEmpty();
    }

    [Fact]
    public void AnnualReportBuilder_IsTheMutableCounterpart()
    {
        FindMutability(typeof(AnnualReportBuilder)).Should().NotBeEmpty("the builder is the one type meant to be changed");
    }

    private static IEnumerable<Type> CheckedTypes() =>
        typeof(AnnualReport).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t) && !MutableByDesign.Contains(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static List<string> FindMutability(Type type)
    {
        var problems = new List<string>();
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

        foreach (var property in type.GetProperties(Members))
        {
            if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            {
                problems.Add($"{type.Name}.{property.Name} has a public setter");
            }

            if (IsMutableCollection(property.PropertyType))
            {
                problems.Add($"{type.Name}.{property.Name} exposes a mutable {property.PropertyType.Name}");
            }
        }

        foreach (var field in type.GetFields(Members))
        {
            if (!field.IsInitOnly && !field.IsLiteral)
            {
                problems.Add($"{type.Name}.{field.Name} is a writable public field");
            }
            else if (IsMutableCollection(field.FieldType))
            {
                problems.Add($"{type.Name}.{field.Name} exposes a mutable {field.FieldType.Name}");
            }
        }

        return problems;
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        return type.IsGenericType && MutableGenericCollections.Contains(type.GetGenericTypeDefinition());
    }

    private sealed class MutableProbe
    {
#pragma warning disable CA1051, CA1819, CA2227, CS0649 // the probe is mutable on purpose
        public int Field;

        public int Setter { get; set; }

        public int Init { get; init; }

        public List<int> Items { get; } = [];

        public int[] Numbers { get; init; } = [];

        public IDictionary<string, int> Map { get; init; } = new Dictionary<string, int>();
#pragma warning restore CA1051, CA1819, CA2227, CS0649
    }

    private sealed class ImmutableProbe
    {
        public const int Constant = 1;

        public static readonly string Name = "probe";

        public int Init { get; init; }

        public System.Collections.Immutable.ImmutableArray<int> Items { get; init; } = [];

        public IReadOnlyList<int> ReadOnly { get; } = [];
    }
}
