using System.IO.Hashing;
using System.Runtime.InteropServices;
using MathNet.Numerics;

namespace NewsQuality.Similarity;

/// <summary>
/// Bands × rows for MinHash LSH, chosen as datasketch does: for every split of the permutations, integrate the
/// probability of a false positive (pairs below the threshold that share a band) and of a false negative (pairs
/// above it that share none), and keep the split with the least weighted sum — among the splits that make a pair
/// just above the threshold (<see cref="RecallMargin"/>) a candidate with probability <see cref="RequiredRecall"/>, so
/// that a pair verification would accept is not lost for want of a shared band.
/// </summary>
public readonly record struct LshParameters(int Bands, int Rows)
{
    /// <summary>Probability that two documents of Jaccard similarity <paramref name="s"/> share at least one band.</summary>
    public double CandidateProbability(double s) => 1 - Math.Pow(1 - Math.Pow(s, Rows), Bands);

    /// <summary>Weighted area of false positives (below the threshold) and false negatives (above it) under the S-curve.</summary>
    public double WeightedError(double threshold, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        var self = this;
        var falsePositive = Integrate.OnClosedInterval(self.CandidateProbability, 0, threshold);
        var falseNegative = Integrate.OnClosedInterval(s => 1 - self.CandidateProbability(s), threshold, 1);
        return falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative;
    }

    /// <summary>One bucket key per band: a hash of the band's rows of the signature.</summary>
    public ulong[] BandKeys(ReadOnlySpan<uint> signature)
    {
        CheckLength(signature);
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++) keys[band] = BandKey(signature, band);
        return keys;
    }

    /// <summary>
    /// The band keys cut to 32 bits, for in-memory LSH over a run's corpus: half the memory, and the rare extra
    /// bucket collisions are only extra candidates, which verification rejects.
    /// </summary>
    public uint[] CompactBandKeys(ReadOnlySpan<uint> signature)
    {
        var keys = new uint[Bands];
        CompactBandKeys(signature, keys);
        return keys;
    }

    /// <summary><see cref="CompactBandKeys(ReadOnlySpan{uint})"/> into <paramref name="keys"/> (<see cref="Bands"/> values).</summary>
    public void CompactBandKeys(ReadOnlySpan<uint> signature, Span<uint> keys)
    {
        CheckLength(signature);
        for (var band = 0; band < Bands; band++) keys[band] = (uint)BandKey(signature, band);
    }

    private void CheckLength(ReadOnlySpan<uint> signature)
    {
        if (signature.Length < Bands * Rows)
            throw new ArgumentException($"The signature has {signature.Length} values; these LSH parameters need {Bands * Rows}.", nameof(signature));
    }

    private ulong BandKey(ReadOnlySpan<uint> signature, int band) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.Slice(band * Rows, Rows)));

    /// <summary>How far above the threshold a pair must be found with probability <see cref="RequiredRecall"/>.</summary>
    public const double RecallMargin = 0.05;

    public const double RequiredRecall = 0.99;

    /// <summary>Whether a pair <see cref="RecallMargin"/> above <paramref name="threshold"/> is a candidate with probability <see cref="RequiredRecall"/>.</summary>
    public bool FindsPairsJustAbove(double threshold) => CandidateProbability(Math.Min(1, threshold + RecallMargin)) >= RequiredRecall;

    /// <summary>
    /// The split with the least weighted error among those that <see cref="FindsPairsJustAbove"/> the threshold; when the
    /// permutations are too few for any split to do so (LSH at 0.3 needs about 320), the least weighted error of all.
    /// </summary>
    public static LshParameters Optimal(double threshold, int permutations, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        if (threshold is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The Jaccard threshold must lie strictly between 0 and 1.");
        if (Math.Abs(falsePositiveWeight + falseNegativeWeight - 1) > 1e-9) throw new ArgumentException("The two weights must add up to 1.");
        var splits = Enumerable.Range(1, permutations)
            .SelectMany(bands => Enumerable.Range(1, permutations / bands).Select(rows => new LshParameters(bands, rows)))
            .ToList();
        var recalling = splits.Where(split => split.FindsPairsJustAbove(threshold)).ToList();
        return (recalling.Count > 0 ? recalling : splits).MinBy(split => split.WeightedError(threshold, falsePositiveWeight, falseNegativeWeight));
    }
}
