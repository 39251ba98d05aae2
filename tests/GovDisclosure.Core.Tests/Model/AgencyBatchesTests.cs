using FluentAssertions;

namespace GovDisclosure.Tests.Model;

public sealed class AgencyBatchesTests
{
    private static readonly string[] Items = ["b:1", "a:1", "c:1", "b:2", "a:2", "c:2", "d:1"];

    private static AgencyKey KeyOf(string item) => AgencyKey.Of(new Agency(item.Split(':')[0]));

    [Fact]
    public void Groups_BatchesOfThree_EachAgencyInKeyOrderReadingAgainOncePerBatch()
    {
        var batches = new AgencyBatches<string>(KeyOf, batchSize: 3);
        foreach (var item in Items)
        {
            batches.Add(item);
        }

        var reads = 0;
        var groups = batches.Groups(() =>
        {
            reads++;
            return Items;
        }).Select(g => string.Join(",", g.Items)).ToList();

        batches.IsHeld.Should().BeFalse();
        groups.Should().Equal("a:1,a:2", "b:1,b:2", "c:1,c:2", "d:1");
        reads.Should().Be(3, "a and b take a batch of three each, c and d share the last");
    }

    [Fact]
    public void Groups_AllFit_ReadsNothingAgain()
    {
        var batches = new AgencyBatches<string>(KeyOf, batchSize: 10);
        foreach (var item in Items)
        {
            batches.Add(item);
        }

        var groups = batches.Groups(() => throw new InvalidOperationException("read again")).Select(g => g.Key.ToString()).ToList();

        batches.IsHeld.Should().BeTrue();
        groups.Should().Equal("name:a", "name:b", "name:c", "name:d");
    }

    [Fact]
    public void Groups_InputChangedBetweenPasses_ThrowsIOException()
    {
        var batches = new AgencyBatches<string>(KeyOf, batchSize: 2);
        foreach (var item in Items)
        {
            batches.Add(item);
        }

        var act = () => batches.Groups(() => Items.Reverse()).ToList();

        act.Should().Throw<IOException>().WithMessage("*item 1 is not of the agency*");
    }
}
