using System.Text;
using System.Text.Json;

namespace GovDisclosure.Internals;

/// <summary>
/// The property names an object may have, matched against a <see cref="Utf8JsonReader"/>'s UTF-8 bytes without
/// allocating a string for each name.
/// </summary>
internal sealed class KeySet
{
    private readonly byte[][] _utf8;
    private readonly byte[][] _properties;

    public KeySet(IEnumerable<string> keys, string? description = null)
    {
        Keys = [.. keys];
        _utf8 = [.. Keys.Select(Encoding.UTF8.GetBytes)];
        _properties = [.. Keys.Select(k => Encoding.UTF8.GetBytes($"\"{k}\":"))];
        Description = description ?? "expected one of " + string.Join(", ", Keys);
    }

    /// <summary>Gets the keys, in order.</summary>
    public string[] Keys { get; }

    /// <summary>Gets what the keys are, for an error message about an unknown one.</summary>
    public string Description { get; }

    public int Count => Keys.Length;

    /// <summary>Finds the property name the reader is on; -1 when it is not one of the keys.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="hint">The index to try first (the key expected next).</param>
    /// <returns>The index of the key.</returns>
    public int IndexOf(ref Utf8JsonReader reader, int hint = 0)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;

            // Writers put the keys in the catalogue's order: the key after the previous one is tried first.
            if ((uint)hint < (uint)_utf8.Length && name.SequenceEqual(_utf8[hint]))
            {
                return hint;
            }

            for (var i = 0; i < _utf8.Length; i++)
            {
                if (name.SequenceEqual(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        // An escaped name (\u0041 …) is decoded; one that is not UTF-8 matches no key and is reported as unknown.
        try
        {
            return Array.IndexOf(Keys, reader.GetString());
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    public int IndexOf(string key) => Array.IndexOf(Keys, key);

    /// <summary>Gets the UTF-8 bytes of the key at an index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The key's bytes.</returns>
    public ReadOnlySpan<byte> Utf8(int index) => _utf8[index];

    /// <summary>Gets the key at an index as a JSON property name with its colon, <c>"key":</c>, in UTF-8.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> Property(int index) => _properties[index];
}
