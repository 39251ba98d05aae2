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

    [Fact]
    public void Groups_PackedBatchesOfThree_EachAgencyInKeyOrderWithoutReadingAgain()
    {
        var folder = Directory.CreateTempSubdirectory("agency-batches-");
        try
        {
            using (var batches = Packed(batchSize: 3, folder.FullName))
            {
                foreach (var item in Items)
                {
                    batches.Add(item);
                }

                batches.IsSpilled.Should().BeTrue();
                batches.IsHeld.Should().BeFalse();
                folder.GetFiles().Should().ContainSingle("the items wait in one temporary file");
                batches.Groups().Select(g => string.Join(",", g.Items)).Should().Equal("a:1,a:2", "b:1,b:2", "c:1,c:2", "d:1");
                batches.Groups(include: key => key.Value == "c").Select(g => string.Join(",", g.Items)).Should().Equal("c:1,c:2");
            }

            folder.GetFiles().Should().BeEmpty("disposing deletes the temporary file");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Groups_PackedAllFit_WritesNoFile()
    {
        using var batches = Packed(batchSize: 10, null);
        foreach (var item in Items)
        {
            batches.Add(item);
        }

        batches.IsSpilled.Should().BeFalse();
        batches.Groups().Select(g => g.Items.Count).Should().Equal(2, 2, 2, 1);
    }

    [Fact]
    public void Groups_DroppedItemsAndNoWayToReadThemAgain_ThrowsInvalidOperationException()
    {
        var batches = new AgencyBatches<string>(KeyOf, batchSize: 2);
        foreach (var item in Items)
        {
            batches.Add(item);
        }

        var act = () => batches.Groups();

        act.Should().Throw<InvalidOperationException>().WithMessage("*7 items*batch of 2*read again*");
    }

    [Fact]
    public void Add_AfterDispose_ThrowsObjectDisposedException()
    {
        var batches = Packed(batchSize: 1, null);
        batches.Add("a:1");
        batches.Add("a:2");
        batches.Dispose();

        var act = () => batches.Add("a:3");

        act.Should().Throw<ObjectDisposedException>();
    }

    private static AgencyBatches<string> Packed(int batchSize, string? folder) =>
        new(KeyOf, batchSize, System.Text.Encoding.UTF8.GetBytes, bytes => System.Text.Encoding.UTF8.GetString(bytes.Span)) { SpillDirectory = folder };
}
