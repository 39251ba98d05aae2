namespace GovDisclosure;

/// <summary>
/// Groups items (reports, or reports with where they were read) by agency in bounded memory, for work over each
/// agency's reports (histories, cross-year validation) in a batch too large to hold: the items are added once, recording
/// each item's <see cref="AgencyKey"/>; the groups are then handed out in key order, a batch of agencies at a time.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
/// <remarks>
/// <para>
/// While the items added fit in <see cref="BatchSize"/>, they are kept. Past it, they are either written to a temporary
/// file (when the batches were made with a way to pack and unpack an item) and read back a batch at a time, so that the
/// input is read once whatever its size; or dropped and read again from the input once per batch, which must then give
/// the same items in the same order: an item whose key differs from the first pass, or a different number of items, is
/// an <see cref="IOException"/> (the input changed while it was being read).
/// </para>
/// <para>
/// An agency with more items than <see cref="BatchSize"/> is a batch of its own. The temporary file is deleted when the
/// batches are disposed (or, at the latest, when the process ends).
/// </para>
/// </remarks>
public sealed class AgencyBatches<T> : IDisposable
{
    private readonly Func<T, AgencyKey> _keyOf;
    private readonly Dictionary<AgencyKey, int> _ids = [];
    private readonly List<AgencyKey> _keys = [];
    private readonly List<int> _counts = [];
    private readonly List<int> _itemKeys = [];
    private readonly Func<T, byte[]>? _pack;
    private readonly Func<ReadOnlyMemory<byte>, T>? _unpack;
    private List<T>? _kept = [];
    private FileStream? _spill;
    private List<long>? _offsets;
    private bool _disposed;

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

    /// <summary>
    /// Initializes a new instance of the <see cref="AgencyBatches{T}"/> class that writes the items past
    /// <paramref name="batchSize"/> to a temporary file, so that they need not be read again from the input.
    /// </summary>
    /// <param name="keyOf">The agency key of an item.</param>
    /// <param name="batchSize">The most items held at once (an agency with more is held whole).</param>
    /// <param name="pack">Turns an item into bytes (such as <see cref="Serialization.Json.GovDisclosureJson.SerializeToUtf8Bytes"/>).</param>
    /// <param name="unpack">Turns the bytes back into the item (they are reused after the call: copy what is kept).</param>
    public AgencyBatches(Func<T, AgencyKey> keyOf, int batchSize, Func<T, byte[]> pack, Func<ReadOnlyMemory<byte>, T> unpack)
        : this(keyOf, batchSize)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(unpack);
        _pack = pack;
        _unpack = unpack;
    }

    /// <summary>Gets the folder of the temporary file; the user's temporary folder when <see langword="null"/>.</summary>
    public string? SpillDirectory { get; init; }

    /// <summary>Gets a value indicating whether the items are in a temporary file, so that <see cref="Groups"/> reads nothing again.</summary>
    public bool IsSpilled => _spill is not null;

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
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = _keyOf(item);
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _keys.Count;
            _ids.Add(key, id);
            _keys.Add(key);
            _counts.Add(0);
        }

        _counts[id] = checked(_counts[id] + 1);
        _itemKeys.Add(id);
        if (_kept is not null)
        {
            if (_itemKeys.Count <= BatchSize)
            {
                _kept.Add(item);
                return key;
            }

            if (_pack is not null)
            {
                StartSpill();
            }

            _kept = null;
        }

        if (_spill is not null)
        {
            Write(item);
        }

        return key;
    }

    /// <summary>Deletes the temporary file, if any.</summary>
    public void Dispose()
    {
        _disposed = true;
        _spill?.Dispose();
    }

    /// <summary>
    /// Hands out the items of each agency, in the ordinal order of the keys' text: those held, those in the temporary
    /// file, or, when the items were dropped, those read again.
    /// </summary>
    /// <param name="readAgain">Reads the items again, in the order they were added; needed only when they were dropped (neither <see cref="IsHeld"/> nor <see cref="IsSpilled"/>).</param>
    /// <param name="include">Which agencies to hand out; all when <see langword="null"/>.</param>
    /// <returns>Each agency's key and items, in the order they were added.</returns>
    /// <exception cref="InvalidOperationException">The items were dropped and <paramref name="readAgain"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The items read again are not those of the first pass.</exception>
    public IEnumerable<(AgencyKey Key, IReadOnlyList<T> Items)> Groups(Func<IEnumerable<T>>? readAgain = null, Func<AgencyKey, bool>? include = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_kept is null && _spill is null && readAgain is null)
        {
            throw new InvalidOperationException($"The {Count} items do not fit in a batch of {BatchSize} and were not written to a temporary file: they must be read again.");
        }

        var order = Enumerable.Range(0, _keys.Count).Where(id => include?.Invoke(_keys[id]) ?? true).ToArray();
        Array.Sort([.. order.Select(id => _keys[id].ToString())], order, StringComparer.Ordinal);
        if (_kept is { } kept)
        {
            var groups = new List<T>?[_keys.Count];
            for (var index = 0; index < kept.Count; index++)
            {
                (groups[_itemKeys[index]] ??= []).Add(kept[index]);
            }

            return order.Select(id => (_keys[id], (IReadOnlyList<T>)groups[id]!));
        }

        var (batchOf, batches) = Cut(order);
        return _spill is not null ? ReadSpilled(order, batchOf, batches) : ReadInBatches(readAgain!, order, batchOf, batches);
    }

    /// <summary>Cuts the agencies, in output order, into batches of at most <see cref="BatchSize"/> items.</summary>
    private (int[] BatchOf, int Batches) Cut(int[] order)
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

        return (batchOf, order.Length == 0 ? 0 : batches + 1);
    }

    private IEnumerable<(AgencyKey Key, IReadOnlyList<T> Items)> ReadSpilled(int[] order, int[] batchOf, int batches)
    {
        _spill!.Flush();
        var handle = _spill.SafeFileHandle;

        // The items of each batch, in the order they were added: counted, then placed (a counting sort by batch).
        var starts = new int[batches + 1];
        foreach (var id in _itemKeys)
        {
            if (batchOf[id] >= 0)
            {
                starts[batchOf[id] + 1]++;
            }
        }

        for (var batch = 0; batch < batches; batch++)
        {
            starts[batch + 1] += starts[batch];
        }

        var byBatch = new int[starts[batches]];
        var next = (int[])starts.Clone();
        for (var index = 0; index < _itemKeys.Count; index++)
        {
            if (batchOf[_itemKeys[index]] is var batch and >= 0)
            {
                byBatch[next[batch]++] = index;
            }
        }

        var start = 0;
        var length = new byte[sizeof(int)];
        var buffer = new byte[4096];
        for (var batch = 0; batch < batches; batch++)
        {
            var groups = new Dictionary<int, List<T>>();
            foreach (var index in byBatch.AsSpan(starts[batch], starts[batch + 1] - starts[batch]))
            {
                var id = _itemKeys[index];
                var offset = _offsets![index];
                RandomAccess.Read(handle, length, offset);
                var size = BitConverter.ToInt32(length);
                if (buffer.Length < size)
                {
                    buffer = new byte[Math.Max(size, checked(buffer.Length * 2))];
                }

                if (RandomAccess.Read(handle, buffer.AsSpan(0, size), offset + sizeof(int)) != size)
                {
                    throw new IOException($"The temporary file {_spill.Name} ended inside item {index + 1}.");
                }

                if (!groups.TryGetValue(id, out var items))
                {
                    groups.Add(id, items = []);
                }

                items.Add(_unpack!(buffer.AsMemory(0, size)));
            }

            for (; start < order.Length && batchOf[order[start]] == batch; start++)
            {
                yield return (_keys[order[start]], groups[order[start]]);
            }
        }
    }

    private IEnumerable<(AgencyKey Key, IReadOnlyList<T> Items)> ReadInBatches(Func<IEnumerable<T>> readAgain, int[] order, int[] batchOf, int batches)
    {
        var start = 0;
        for (var batch = 0; batch < batches; batch++)
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

    private void StartSpill()
    {
        var directory = SpillDirectory ?? Path.GetTempPath();
        var path = Path.Combine(directory, $"govdisclosure-batches-{Guid.NewGuid():N}.tmp");
        _spill = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _offsets = new List<long>(_itemKeys.Count * 2);
        foreach (var kept in _kept!)
        {
            Write(kept);
        }
    }

    private void Write(T item)
    {
        var bytes = _pack!(item);
        _offsets!.Add(_spill!.Position);
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, bytes.Length);
        _spill.Write(length);
        _spill.Write(bytes);
    }

    private static IOException Changed(string what) =>
        new($"The input changed while it was being read again for the agencies' next batch: {what}.");
}
