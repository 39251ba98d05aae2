using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace GovDisclosure.Rollup;

/// <summary>
/// The agencies met so far, each with the position of its first report: finds one agency's second report among
/// millions. A key by credit code (most reports give one) is packed with the position into 16 bytes and kept in an
/// open-addressing table, so that adding it touches one slot and allocates nothing; other keys go into a dictionary.
/// </summary>
/// <remarks>
/// A credit code is 18 characters of a 31-letter alphabet (<see cref="UnifiedSocialCreditCode.Alphabet"/>): 5 bits
/// each, 90 bits in all. The first twelve fill the low word of a slot; the last six fill 30 bits of the high word, whose
/// other 34 bits hold the position plus one, so that an empty slot is all zeros. Two keys share a slot's code bits only
/// when their codes are equal.
/// </remarks>
internal sealed class AgencyKeySet
{
    private const int CodeBits = 30;
    private const ulong CodeMask = (1UL << CodeBits) - 1;

    private static readonly sbyte[] Letters = LetterValues();

    private Slot[] _slots;
    private int _shift;
    private int _count;
    private Dictionary<AgencyKey, int>? _others;

    /// <summary>Initializes a new instance of the <see cref="AgencyKeySet"/> class.</summary>
    /// <param name="capacity">The number of keys expected (0 when unknown).</param>
    public AgencyKeySet(int capacity)
    {
        var size = BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity, 8, 1 << 29) * 2);
        _slots = new Slot[size];
        _shift = 64 - BitOperations.Log2(size);
    }

    /// <summary>
    /// Starts looking a key up: finds its slot and asks the processor to load it, so that <see cref="TryAdd"/> after
    /// other work finds it in the cache (a table of millions of keys lies mostly outside it).
    /// </summary>
    /// <param name="key">The agency's key.</param>
    /// <returns>The look-up to finish with <see cref="TryAdd"/>.</returns>
    public Probe Prepare(AgencyKey key)
    {
        if (key.Kind == AgencyKeyKind.CreditCode && TryPack(key.Value, out var low, out var high))
        {
            var home = Home(low, high);
            if (Sse.IsSupported)
            {
                unsafe
                {
                    Sse.Prefetch0(Unsafe.AsPointer(ref _slots[home]));
                }
            }

            return new Probe(key, low, high, true);
        }

        return new Probe(key, 0, 0, false);
    }

    /// <summary>Adds a key with the position of its report, unless it is there already.</summary>
    /// <param name="probe">The key, as <see cref="Prepare"/> gave it.</param>
    /// <param name="position">The position of the report (0 or more).</param>
    /// <param name="first">The position given when the key was added first, when it was there already.</param>
    /// <returns><see langword="true"/> when the key was new.</returns>
    public bool TryAdd(in Probe probe, int position, out int first)
    {
        if (probe.Packed)
        {
            return TryAddPacked(probe, position, out first);
        }

        _others ??= [];
        if (_others.TryAdd(probe.Key, position))
        {
            first = -1;
            return true;
        }

        first = _others[probe.Key];
        return false;
    }

    private static bool TryPack(string code, out ulong low, out ulong high)
    {
        (low, high) = (0, 0);
        return code.Length == 18 && TryPack(code, 0, 12, out low) && TryPack(code, 12, 18, out high);
    }

    /// <summary>Packs characters <paramref name="start"/> to <paramref name="end"/> of a code, 5 bits each.</summary>
    private static bool TryPack(ReadOnlySpan<char> code, int start, int end, out ulong packed)
    {
        packed = 0;
        for (var i = start; i < end; i++)
        {
            var c = code[i];
            var value = c < 128 ? Letters[c] : -1;
            if (value < 0)
            {
                return false;
            }

            packed = (packed << 5) | (uint)value;
        }

        return true;
    }

    private static sbyte[] LetterValues()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < UnifiedSocialCreditCode.Alphabet.Length; i++)
        {
            values[UnifiedSocialCreditCode.Alphabet[i]] = (sbyte)i;
        }

        return values;
    }

    private bool TryAddPacked(in Probe probe, int position, out int first)
    {
        var (low, high) = (probe.Low, probe.High);
        var mask = _slots.Length - 1;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        var index = Home(low, high);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref slots, index);
            if (slot.High == 0)
            {
                slot.Low = low;
                slot.High = high | ((ulong)(uint)(position + 1) << CodeBits);
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                first = -1;
                return true;
            }

            if (slot.Low == low && (slot.High & CodeMask) == high)
            {
                first = (int)((slot.High >> CodeBits) - 1);
                return false;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>The slot where a key is looked for first: the top bits of a multiplicative hash of its code.</summary>
    private int Home(ulong low, ulong high) =>
        (int)(unchecked(((low * 0x9E3779B97F4A7C15UL) ^ high) * 0xC2B2AE3D27D4EB4FUL) >> _shift);

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.High == 0)
            {
                continue;
            }

            var index = Home(slot.Low, slot.High & CodeMask);
            while (_slots[index].High != 0)
            {
                index = (index + 1) & mask;
            }

            _slots[index] = slot;
        }
    }

    /// <summary>A key on its way into the set: packed, with its home slot, when it is a credit code.</summary>
    internal readonly record struct Probe(AgencyKey Key, ulong Low, ulong High, bool Packed);

    private struct Slot
    {
        public ulong Low;
        public ulong High;
    }
}
