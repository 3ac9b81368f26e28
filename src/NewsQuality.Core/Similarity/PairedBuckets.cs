namespace NewsQuality.Similarity;

/// <summary>
/// Which bucket each document fell in, in the first <see cref="Bands"/> bands of an <see cref="LshIndex"/>, and its place
/// there: a later band need not write a pair an earlier one wrote. A bucket pairs each document with the next
/// <paramref name="reach"/> in document order (all with all when it holds no more than reach + 1), so two documents of one
/// remembered bucket were paired when their places are at most reach apart. The pair is still written once, in the first
/// band that pairs it: a band skips a pair only for an earlier band that paired it, and that band, for its part, skips it
/// only for a band earlier still; so the first band to pair it writes it.
/// </summary>
/// <remarks>
/// Eight bytes per document and remembered band. Key 0 stands for "not remembered" (never added); a bucket whose key is 0
/// is therefore not remembered either, and its pairs are only written again, which the index's sort removes as before.
/// Crowded buckets are remembered too: a paragraph or an article with more than 65 near-identical copies (a story has about
/// 45 versions in 100,000 replicated BBC articles, more when BBC itself repeats it) fills one in nearly every band, and
/// when only buckets paired all with all were remembered, each band wrote the chain's pairs again: NQ1002's 38 bands
/// wrote 98.7 million pairs there for 11.6 million distinct (17.5 million now), NQ1001's 106 bands 53.4 million for 3.1
/// million (4.3 million now).
/// </remarks>
internal sealed class PairedBuckets(int bands, int documents, int reach)
{
    /// <summary>
    /// Bands remembered: three. On 30,000 replicated BBC articles, NQ1002's 38 bands wrote 31.7 million pairs for 1.0 million
    /// distinct ones, and 1.7 million with three remembered (2.3 with two, 1.5 with four); NQ1001's 106 wrote 21.1 million
    /// for 0.29 million, and 0.37 million with three.
    /// </summary>
    public const int RememberedBands = 3;

    private readonly uint[][] _keys = Enumerable.Range(0, bands).Select(_ => new uint[documents]).ToArray();

    /// <summary>Each document's place in its bucket (documents in order).</summary>
    private readonly int[][] _places = Enumerable.Range(0, bands).Select(_ => new int[documents]).ToArray();

    public int Bands => bands;

    /// <summary>Remembers a bucket of <paramref name="band"/>, its documents in document order. Thread-safe across bands.</summary>
    public void Remember(int band, uint key, ReadOnlySpan<int> documents)
    {
        var (keys, places) = (_keys[band], _places[band]);
        for (var place = 0; place < documents.Length; place++)
        {
            keys[documents[place]] = key;
            places[documents[place]] = place;
        }
    }

    /// <summary>Whether a remembered band before <paramref name="band"/> put both documents in one bucket within reach of each other, and so paired them.</summary>
    public bool PairedBefore(int band, int a, int b)
    {
        for (var earlier = 0; earlier < band && earlier < _keys.Length; earlier++)
        {
            var keys = _keys[earlier];
            if (keys[a] != 0 && keys[a] == keys[b] && Math.Abs(_places[earlier][a] - _places[earlier][b]) <= reach) return true;
        }
        return false;
    }
}
