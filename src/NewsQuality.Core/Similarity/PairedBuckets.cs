namespace NewsQuality.Similarity;

/// <summary>
/// Which bucket each document fell in, in the first <see cref="Bands"/> bands of an <see cref="LshIndex"/>, for the buckets
/// whose documents were all paired with each other: a later band need not write such a pair again. The pair is still
/// written once, in the first band that pairs it: a band skips a pair only for an earlier band that paired it, and that
/// band, for its part, skips it only for a band earlier still; so the first band to pair it writes it.
/// </summary>
/// <remarks>
/// Four bytes per document and remembered band. Key 0 stands for "not remembered" (a document in a crowded bucket, or
/// never added); a bucket whose key is 0 is therefore not remembered either, and its pairs are only written again, which
/// the index's sort removes as before.
/// </remarks>
internal sealed class PairedBuckets(int bands, int documents)
{
    /// <summary>
    /// Bands remembered: three. On 30,000 replicated BBC articles, NQ1002's 38 bands wrote 31.7 million pairs for 1.0 million
    /// distinct ones, and 1.7 million with three remembered (2.3 with two, 1.5 with four); NQ1001's 106 wrote 21.1 million
    /// for 0.29 million, and 0.37 million with three.
    /// </summary>
    public const int RememberedBands = 3;

    private readonly uint[][] _keys = Enumerable.Range(0, bands).Select(_ => new uint[documents]).ToArray();

    public int Bands => bands;

    /// <summary>Remembers a bucket of <paramref name="band"/> whose documents are all paired with each other. Thread-safe across bands.</summary>
    public void Remember(int band, uint key, IEnumerable<int> documents)
    {
        var keys = _keys[band];
        foreach (var document in documents) keys[document] = key;
    }

    /// <summary>Whether a remembered band before <paramref name="band"/> put both documents in one bucket, and so paired them.</summary>
    public bool PairedBefore(int band, int a, int b)
    {
        for (var earlier = 0; earlier < band && earlier < _keys.Length; earlier++)
        {
            var keys = _keys[earlier];
            if (keys[a] != 0 && keys[a] == keys[b]) return true;
        }
        return false;
    }
}
