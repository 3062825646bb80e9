namespace ConflictDb.Generation;

/// <summary>
/// Pure, order-independent pseudo-randomness: SplitMix64 over a tuple of keys. The generator seeds one
/// <see cref="Random"/> per day from it (so a day is a function of (seed, day) alone) and draws per-visit
/// decisions of a night from it (so a decision does not depend on the order rows are read in).
/// </summary>
public static class Mix
{
    public static ulong Hash(params ReadOnlySpan<long> keys)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var k in keys) h = Finalize(h ^ (ulong)k) + 0x9E3779B97F4A7C15UL;
        return Finalize(h);
    }

    /// <summary>FNV-1a over the characters of <paramref name="text"/>, then mixed with <paramref name="keys"/>.</summary>
    public static ulong Hash(string text, params ReadOnlySpan<long> keys)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text) h = (h ^ c) * 0x100000001B3UL;
        Span<long> all = stackalloc long[keys.Length + 1];
        all[0] = (long)h;
        keys.CopyTo(all[1..]);
        return Hash(all);
    }

    /// <summary>A uniform double in [0, 1) from a hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>A seed for <see cref="Random"/> from a tuple of keys.</summary>
    public static int Seed(params ReadOnlySpan<long> keys) => (int)(Hash(keys) & 0x7FFFFFFF);

    /// <summary>A version-4-shaped UUID string (lower case, dashed) from 128 hashed bits.</summary>
    public static string Uuid(params ReadOnlySpan<long> keys)
    {
        var hi = Hash(keys);
        var lo = Finalize(hi ^ 0xD1B54A32D192ED03UL);
        hi = (hi & 0xFFFFFFFFFFFF0FFFUL) | 0x0000000000004000UL;
        lo = (lo & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;
        return string.Create(36, (hi, lo), static (span, v) =>
        {
            const string hex = "0123456789abcdef";
            var pos = 0;
            for (var i = 0; i < 32; i++)
            {
                if (i is 8 or 12 or 16 or 20) span[pos++] = '-';
                var word = i < 16 ? v.hi : v.lo;
                var shift = 60 - 4 * (i % 16);
                span[pos++] = hex[(int)((word >> shift) & 0xF)];
            }
        });
    }

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
