namespace GovDisclosure;

/// <summary>
/// Groups items (reports, or reports with where they were read) by agency in bounded memory, for work over each
/// agency's reports (histories, cross-year validation) in a batch too large to hold: a first pass over the items
/// records only each item's <see cref="AgencyKey"/>; the groups are then handed out in key order, a batch of agencies
/// at a time, each batch by reading the items again and keeping only its agencies' items.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
/// <remarks>
/// While the items added fit in <see cref="BatchSize"/>, they are kept and nothing is read again. The items must be read
/// again in the same order: an item whose key differs from the first pass, or a different number of items, is an
/// <see cref="IOException"/> (the input changed while it was being read). An agency with more items than
/// <see cref="BatchSize"/> is a batch of its own.
/// </remarks>
public sealed class AgencyBatches<T>
{
    private readonly Func<T, AgencyKey> _keyOf;
    private readonly Dictionary<AgencyKey, int> _ids = [];
    private readonly List<AgencyKey> _keys = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _itemKeys = [];
    private List<List<T>>? _kept = [];

    /// <summary>Initializes a new instance of the <see cref="AgencyBatches{T}"/> class.</summary>
    /// <param name="keyOf">The agency key of an item.</param>
    /// <param name="batchSize">The most items held at once (an agency with more is held whole).</param>
    public AgencyBatches(Func<T, AgencyKey> keyOf, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _keyOf = keyOf;
        BatchSize = batchSize;
    }

    /// <summary>Gets the most items held at once.</summary>
    public int BatchSize { get; }

    /// <summary>Gets the number of items added.</summary>
    public int Count => _itemKeys.Count;

    /// <summary>Gets the number of agencies of the items added.</summary>
    public int Agencies => _keys.Count;

    /// <summary>Gets a value indicating whether every item added is still held, so that <see cref="Groups"/> reads nothing again.</summary>
    public bool IsHeld => _kept is not null;

    /// <summary>Adds an item in the first pass.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The item's agency key.</returns>
    public AgencyKey Add(T item)
    {
        var key = _keyOf(item);
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids.Add(key, id);
            _keys.Add(key);
            _counts.Add(0);
            _kept?.Add([]);
        }

        _counts[id] = checked(_counts[id] + 1);
        _itemKeys.Add(id);
        if (_kept is not null)
        {
            if (_itemKeys.Count > BatchSize)
            {
                _kept = null;
            }
            else
            {
                _kept[id].Add(item);
            }
        }

        return key;
    }

    /// <summary>Hands out the items of each agency, in the ordinal order of the keys' text, reading the items again when they are not held.</summary>
    /// <param name="readAgain">Reads the items again, in the order they were added.</param>
    /// <param name="include">Which agencies to hand out; all when <see langword="null"/>.</param>
    /// <returns>Each agency's key and items, in the order they were added.</returns>
    /// <exception cref="IOException">The items read again are not those of the first pass.</exception>
    public IEnumerable<(AgencyKey Key, IReadOnlyList<T> Items)> Groups(Func<IEnumerable<T>> readAgain, Func<AgencyKey, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(readAgain);
        var order = Enumerable.Range(0, _keys.Count).Where(id => include?.Invoke(_keys[id]) ?? true).ToArray();
        Array.Sort([.. order.Select(id => _keys[id].ToString())], order, StringComparer.Ordinal);
        return _kept is { } kept ? order.Select(id => (_keys[id], (IReadOnlyList<T>)kept[id])) : ReadInBatches(readAgain, order);
    }

    private IEnumerable<(AgencyKey Key, IReadOnlyList<T> Items)> ReadInBatches(Func<IEnumerable<T>> readAgain, int[] order)
    {
        var batchOf = new int[_keys.Count];
        Array.Fill(batchOf, -1);
        var batches = 0;
        var size = 0;
        foreach (var id in order)
        {
            if (size > 0 && checked(size + _counts[id]) > BatchSize)
            {
                batches++;
                size = 0;
            }

            batchOf[id] = batches;
            size = checked(size + _counts[id]);
        }

        var start = 0;
        for (var batch = 0; batch <= batches && start < order.Length; batch++)
        {
            var groups = new Dictionary<int, List<T>>();
            var index = 0;
            foreach (var item in readAgain())
            {
                if (index == _itemKeys.Count)
                {
                    throw Changed($"more than the {_itemKeys.Count} items first read were read again");
                }

                var id = _itemKeys[index];
                if (_keyOf(item) != _keys[id])
                {
                    throw Changed($"item {index + 1} is not of the agency it was of when first read");
                }

                index++;
                if (batchOf[id] == batch)
                {
                    if (!groups.TryGetValue(id, out var items))
                    {
                        groups.Add(id, items = []);
                    }

                    items.Add(item);
                }
            }

            if (index != _itemKeys.Count)
            {
                throw Changed($"{index} items were read again where {_itemKeys.Count} were read first");
            }

            for (; start < order.Length && batchOf[order[start]] == batch; start++)
            {
                yield return (_keys[order[start]], groups[order[start]]);
            }
        }
    }

    private static IOException Changed(string what) =>
        new($"The input changed while it was being read again for the agencies' next batch: {what}.");
}
