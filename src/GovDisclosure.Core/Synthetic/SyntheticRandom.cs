namespace GovDisclosure.Synthetic;

/// <summary>
/// The generator's own pseudo-random numbers: SplitMix64 (Steele, Lea and Flood, 2014), seeded from the options' seed and
/// keys that name what a stream is for (an agency, its errors, a county's townships), so that every stream is fixed by
/// the seed alone and no stream depends on how far another was read. The integer sequence is the same on every machine
/// and runtime; the draws that go through <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/> are the same on one
/// operating system and processor architecture (see docs/generate.md).
/// </summary>
internal struct SyntheticRandom
{
    private const double Unit = 1.0 / (1UL << 53);

    private ulong _state;
    private double _spareNormal;
    private bool _hasSpare;

    private SyntheticRandom(ulong state)
    {
        _state = state;
    }

    /// <summary>Creates the stream of a seed and keys.</summary>
    public static SyntheticRandom For(long seed, ulong purpose, long key = 0, long key2 = 0)
    {
        var state = Mix(unchecked((ulong)seed) ^ 0x6A09E667F3BCC909UL);
        state = Mix(state ^ purpose);
        state = Mix(state ^ unchecked((ulong)key));
        state = Mix(state ^ unchecked((ulong)key2));
        return new SyntheticRandom(state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * Unit;

    /// <summary>A whole number in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)unchecked((uint)(NextUInt64() >> 32) * (ulong)(uint)bound >> 32);

    /// <summary>A whole number in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A standard normal number (Marsaglia's polar method).</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>A log-normal number: the median times e to the power of a normal number with the given spread.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * NextNormal());

    /// <summary>A Poisson count with the given mean (Knuth's method below 30, a rounded normal above).</summary>
    public long Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean >= 30)
        {
            return Math.Max(0, (long)Math.Round(mean + (Math.Sqrt(mean) * NextNormal()), MidpointRounding.AwayFromZero));
        }

        var limit = Math.Exp(-mean);
        long count = 0;
        var product = NextDouble();
        while (product > limit)
        {
            count++;
            product *= NextDouble();
        }

        return count;
    }

    /// <summary>A binomial count: successes in <paramref name="trials"/> trials of probability <paramref name="probability"/>.</summary>
    public long Binomial(long trials, double probability)
    {
        if (trials <= 0 || probability <= 0)
        {
            return 0;
        }

        if (probability >= 1)
        {
            return trials;
        }

        if (trials <= 40)
        {
            long successes = 0;
            for (var i = 0; i < trials; i++)
            {
                successes += NextDouble() < probability ? 1 : 0;
            }

            return successes;
        }

        var mean = trials * probability;
        var spread = Math.Sqrt(mean * (1 - probability));
        var draw = (long)Math.Round(mean + (spread * NextNormal()), MidpointRounding.AwayFromZero);
        return Math.Clamp(draw, 0, trials);
    }

    /// <summary>Splits <paramref name="total"/> among categories of the given weights; the parts add up to the total exactly.</summary>
    public void Multinomial(long total, ReadOnlySpan<double> weights, Span<long> parts)
    {
        var remainingWeight = 0.0;
        foreach (var weight in weights)
        {
            remainingWeight += weight;
        }

        var remaining = total;
        for (var i = 0; i < weights.Length; i++)
        {
            if (i == weights.Length - 1 || remaining == 0 || remainingWeight <= 0)
            {
                parts[i] = i == weights.Length - 1 ? remaining : 0;
                remaining -= parts[i];
                continue;
            }

            var part = Binomial(remaining, weights[i] / remainingWeight);
            parts[i] = part;
            remaining -= part;
            remainingWeight -= weights[i];
        }
    }

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        foreach (var weight in weights)
        {
            sum += weight;
        }

        var target = NextDouble() * sum;
        for (var i = 0; i < weights.Length - 1; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>The SplitMix64 finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
