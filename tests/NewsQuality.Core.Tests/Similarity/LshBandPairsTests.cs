using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Similarity;

/// <summary>
/// <see cref="LshIndex.CandidatePairs"/> writes a pair in one band only when an earlier remembered band has not paired it
/// (<see cref="PairedBuckets"/>): the pairs must be exactly those of pairing every band on its own.
/// </summary>
public class LshBandPairsTests
{
    /// <summary>The pairs as every band pairs them alone: each bucket's documents, in order, each with the next 64.</summary>
    private static List<(int A, int B)> EveryBandAlone(uint[][] keys, int bands)
    {
        var pairs = new SortedSet<(int, int)>();
        for (var band = 0; band < bands; band++)
            foreach (var bucket in Enumerable.Range(0, keys.Length).GroupBy(d => keys[d][band]))
            {
                var documents = bucket.Order().ToList();
                for (var i = 0; i < documents.Count; i++)
                    for (var j = i + 1; j < documents.Count && j <= i + 64; j++) pairs.Add((documents[i], documents[j]));
            }
        return [.. pairs];
    }

    private static List<(int A, int B)> Indexed(uint[][] keys, int bands)
    {
        using var index = new LshIndex(new LshParameters(bands, 1));
        // In reverse: the index takes documents in any order.
        for (var d = keys.Length - 1; d >= 0; d--) index.Add(d, keys[d]);
        return [.. index.CandidatePairs()];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    public void Pairs_are_those_of_every_band_paired_alone(int seed)
    {
        // Few keys per band: buckets of every size, crowded ones (over 65 documents, paired along a chain) among them, and
        // key 0, which the remembered bands cannot remember. Band 0 has only crowded buckets.
        var random = new Random(seed);
        const int bands = 6;
        var keys = Enumerable.Range(0, 400).Select(_ => Enumerable.Range(0, bands).Select(b => (uint)random.Next(b == 0 ? 4 : b == 1 ? 12 : 40)).ToArray()).ToArray();
        // Copies of a few documents share every band, as versions of one story do.
        for (var d = 300; d < 400; d++) keys[d] = (uint[])keys[d % 7].Clone();
        Assert.Equal(EveryBandAlone(keys, bands), Indexed(keys, bands));
    }

    [Fact]
    public void A_crowded_bucket_of_a_remembered_band_does_not_hide_a_pair_a_later_band_makes()
    {
        // Band 0 puts all 100 documents in one bucket and pairs 0 with 1..64 only; band 1 puts 0 and 99 alone together.
        // Were band 0's bucket remembered, band 1 would take (0, 99) as paired already and it would be lost.
        var keys = Enumerable.Range(0, 100).Select(d => new uint[] { 5, (uint)(d is 0 or 99 ? 7 : 100 + d), (uint)(1000 + d) }).ToArray();
        var pairs = Indexed(keys, 3);
        Assert.Contains((0, 99), pairs);
        Assert.Equal(EveryBandAlone(keys, 3), pairs);
    }

    [Fact]
    public void A_pair_both_remembered_bands_share_is_kept()
    {
        // Two documents in one bucket of every band: each band after the first skips them, the first writes them.
        uint[][] keys = [[3, 4, 5, 6], [3, 4, 5, 6], [9, 9, 9, 9]];
        Assert.Equal([(0, 1)], Indexed(keys, 4));
    }

    [Fact]
    public void Paired_buckets_tell_a_pair_an_earlier_band_paired()
    {
        var paired = new PairedBuckets(2, 6, reach: 64);
        paired.Remember(0, 11, [0, 1]);
        paired.Remember(1, 12, [2, 3]);
        paired.Remember(1, 13, [0, 4]);
        Assert.False(paired.PairedBefore(0, 0, 1)); // no band before the first
        Assert.True(paired.PairedBefore(1, 0, 1));
        Assert.False(paired.PairedBefore(1, 2, 3)); // band 1 paired them; band 1 itself must still write them
        Assert.True(paired.PairedBefore(5, 2, 3));
        Assert.True(paired.PairedBefore(5, 0, 4));
        Assert.False(paired.PairedBefore(5, 1, 4));
        Assert.False(paired.PairedBefore(5, 5, 3)); // never remembered: key 0
    }

    [Fact]
    public void Paired_buckets_tell_a_crowded_bucket_paired_documents_within_reach_only()
    {
        // A bucket of 100 (every other document) pairs each with the next 64 of it: places 0 and 64 are paired, 0 and 65 not.
        var paired = new PairedBuckets(1, 200, reach: 64);
        paired.Remember(0, 7, Enumerable.Range(0, 100).Select(d => 2 * d).ToArray());
        Assert.True(paired.PairedBefore(1, 0, 128));
        Assert.True(paired.PairedBefore(1, 198, 70));
        Assert.False(paired.PairedBefore(1, 0, 130));
        Assert.False(paired.PairedBefore(1, 0, 1)); // document 1 is in no remembered bucket
    }

    [Fact]
    public void Pairs_of_buckets_crowded_in_every_band_are_those_of_every_band_paired_alone()
    {
        // 150 copies of a story share every band; a second story's 80 copies share the first two bands with them and then
        // their own. Every remembered bucket is crowded.
        var keys = Enumerable.Range(0, 230).Select(d => d < 150 ? new uint[] { 1, 2, 3, 4, 5 } : new uint[] { 1, 2, 6, 7, 8 }).ToArray();
        Assert.Equal(EveryBandAlone(keys, 5), Indexed(keys, 5));
    }
}
