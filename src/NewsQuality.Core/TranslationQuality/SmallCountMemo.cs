namespace NewsQuality.TranslationQuality;

/// <summary>
/// A function of a word count, kept for the small counts nearly every word has: NQ2014 takes logarithms of the same few
/// counts for every word of every sentence. The value is the function's own, computed once per count, so the bits are the
/// same; two threads that compute one count at the same time write the same bits.
/// </summary>
internal sealed class SmallCountMemo(Func<int, double> compute)
{
    private const int Kept = 1 << 14;

    private readonly double[] _values = NotYet();

    // Inlined: NQ2014 asks for three values per word, and the call cost more than the look-up.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double Of(int count)
    {
        if ((uint)count >= Kept) return compute(count);
        ref var value = ref _values[count];
        if (double.IsNaN(value)) value = compute(count);
        return value;
    }

    // NaN marks a count not computed yet: none of the kept functions gives NaN for a count.
    private static double[] NotYet()
    {
        var values = new double[Kept];
        values.AsSpan().Fill(double.NaN);
        return values;
    }
}
