using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace NewsQuality.TranslationQuality;

/// <summary>
/// The trees of a trained ML.NET FastTree regression in flat arrays, evaluated directly: the same sum as ML.NET's
/// (each tree sends a feature value ≤ its threshold left, else right; the leaves' outputs are summed in double and
/// returned as float), without a prediction engine per call or ML.NET loaded at run time. Exported from the trained
/// model by mtquality-train; a test pins its predictions to ML.NET's. Thread-safe (read-only after loading).
/// </summary>
public sealed class RegressionForest
{
    private const string Magic = "NQRF1";

    // Per tree: the offset of its first node in the node arrays and of its first leaf in _leafValues.
    private readonly int[] _nodeStart;
    private readonly int[] _leafStart;
    private readonly Split[] _splits;
    private readonly double[] _leafValues;
    private readonly double[] _treeWeights;
    private readonly double _bias;

    /// <summary>A split node: the feature, the threshold, and each child (≥ 0 a node of the same tree, &lt; 0 the complement of a leaf).</summary>
    private readonly record struct Split(int Feature, float Threshold, int Lte, int Gt);

    // The same trees laid out for QuickScorer (Lucchese et al., SIGIR 2015), which Predict runs: per feature, every
    // split on it sorted by threshold, each with the bit mask of the leaves its tree keeps when the value goes right
    // (the left subtree's leaves cleared); per tree, its leaf values from left to right and its starting mask. The
    // splits of all features are in one run of parallel arrays, feature after feature (_featureStart[f] up to
    // _featureStart[f + 1]), so that the scan reads thresholds from a dense array and touches a split's tree and mask
    // only when it applies.
    private readonly int[] _featureStart;
    private readonly float[] _thresholds;
    private readonly int[] _splitTrees;
    private readonly ulong[] _keeps;
    private readonly double[] _weightedLeaves;
    private readonly ulong[] _allLeaves;

    // The same splits for scoring several rows at once (PredictBlock), in the same order: each keep mask in 16 bits, repeated
    // in the eight lanes of a vector, beside where its tree's mask is; null when a tree has more than 16 leaves.
    private readonly BlockSplit[]? _blockSplits;
    private readonly ushort[]? _allLeaves16;
    // Per tree 16 slots: its weighted leaves, each in the slot its bit names (LowestBitSlot), for summing eight lanes at once.
    private readonly double[]? _leavesByLowestBit16;

    // The splits of one feature with one threshold side by side, as a group: PredictBlock compares the rows' values with a
    // threshold once for all its splits (4,500 splits of the shipped trees have 1,704 thresholds). Group g is _groups[g]: its
    // threshold, and where its splits end among _blockSplits (they start where the group before ends, or at its feature's first
    // split); feature f's groups are _featureGroupStart[f] up to _featureGroupStart[f + 1].
    private readonly int[] _featureGroupStart;
    private readonly BlockGroup[] _groups;

    /// <summary>Rows scored together by <see cref="Predict(ReadOnlySpan{float[]}, Span{float})"/>: eight 16-bit masks fill a 128-bit vector.</summary>
    private const int BlockRows = 8;

    /// <summary>A split as QuickScorer reads it: a value above <see cref="Threshold"/> clears the leaves outside <see cref="Keep"/> in <see cref="Tree"/>.</summary>
    private readonly record struct FalseNode(float Threshold, int Tree, ulong Keep);

    /// <summary>
    /// A split as <see cref="PredictBlock"/> applies it: its keep mask in every lane, and its tree's mask's offset in bytes among
    /// the block's masks. Side by side, one read finds both, and the offset needs no scaling: the loop over a group's splits was
    /// twelve instructions a split with the tree numbers and the masks in two arrays.
    /// </summary>
    private readonly record struct BlockSplit(Vector128<ushort> Keep, nint MaskOffset);

    /// <summary>
    /// A group of splits as <see cref="PredictBlock"/> reads it: their threshold, and the byte offset in <see cref="_blockSplits"/>
    /// of the split after its last. One record per group, walked by reference: the group's loop found its threshold and its end
    /// in two arrays by number, seventeen instructions a group.
    /// </summary>
    private readonly record struct BlockGroup(float Threshold, nint SplitsEnd);

    /// <summary>QuickScorer keeps a tree's surviving leaves in one 64-bit mask (the shipped trees have 16).</summary>
    public const int MaxLeaves = 64;

    private RegressionForest(int[] nodeStart, int[] leafStart, Split[] splits, double[] leafValues, double[] treeWeights, double bias)
    {
        _nodeStart = nodeStart;
        _leafStart = leafStart;
        _splits = splits;
        _leafValues = leafValues;
        _treeWeights = treeWeights;
        _bias = bias;
        var nodesByFeature = QuickScorerLayout(out _weightedLeaves, out _allLeaves);
        _featureStart = new int[nodesByFeature.Length + 1];
        for (var feature = 0; feature < nodesByFeature.Length; feature++) _featureStart[feature + 1] = _featureStart[feature] + nodesByFeature[feature].Length;
        var nodes = nodesByFeature.SelectMany(byFeature => byFeature).ToArray();
        _thresholds = nodes.Select(node => node.Threshold).ToArray();
        _splitTrees = nodes.Select(node => node.Tree).ToArray();
        _keeps = nodes.Select(node => node.Keep).ToArray();
        (_featureGroupStart, _groups) = ThresholdGroups(_featureStart, _thresholds);
        if (_allLeaves.All(mask => mask <= ushort.MaxValue))
        {
            // Every mask of a tree of at most 16 leaves is its low 16 bits: the leaves above its count are never set.
            _blockSplits = new BlockSplit[_keeps.Length];
            for (var split = 0; split < _keeps.Length; split++)
                _blockSplits[split] = new BlockSplit(Vector128.Create((ushort)_keeps[split]), _splitTrees[split] * Unsafe.SizeOf<Vector128<ushort>>());
            _allLeaves16 = _allLeaves.Select(mask => (ushort)mask).ToArray();
            _leavesByLowestBit16 = new double[16 * TreeCount];
            for (var tree = 0; tree < TreeCount; tree++)
                for (var leaf = 0; leaf < _leafStart[tree + 1] - _leafStart[tree]; leaf++)
                    _leavesByLowestBit16[16 * tree + LowestBitSlot(leaf)] = _weightedLeaves[_leafStart[tree] + leaf];
        }
    }

    public int TreeCount => _treeWeights.Length;

    /// <summary>The runs of equal thresholds among each feature's sorted splits (<see cref="_featureGroupStart"/>).</summary>
    private static (int[] FeatureGroupStart, BlockGroup[] Groups) ThresholdGroups(int[] featureStart, float[] thresholds)
    {
        var featureGroupStart = new int[featureStart.Length];
        List<BlockGroup> groups = [];
        for (var feature = 0; feature < featureStart.Length - 1; feature++)
        {
            featureGroupStart[feature] = groups.Count;
            for (var i = featureStart[feature]; i < featureStart[feature + 1]; i++)
            {
                // A split with its group's threshold moves the group's end past it; another threshold starts a group.
                var end = (i + 1) * (nint)Unsafe.SizeOf<BlockSplit>();
                if (i == featureStart[feature] || thresholds[i] != thresholds[i - 1]) groups.Add(new BlockGroup(thresholds[i], end));
                else groups[^1] = groups[^1] with { SplitsEnd = end };
            }
        }
        featureGroupStart[^1] = groups.Count;
        return (featureGroupStart, groups.ToArray());
    }

    /// <summary>
    /// The forest's output for <paramref name="features"/>, by QuickScorer: instead of walking each tree (a dependent load
    /// and a coin-flip branch per level, which made this a tenth of NQ2014's CPU), every split whose test fails
    /// (value above its threshold, or NaN) clears the leaves of its left subtree from its tree's mask, feature by
    /// feature in threshold order; the leftmost leaf left in each tree is the leaf the walk reaches. The leaves are
    /// then summed in tree order, as before, so the result is the same bits.
    /// </summary>
    public float Predict(ReadOnlySpan<float> features)
    {
        var trees = _treeWeights.Length;
        var masks = trees <= 512 ? stackalloc ulong[trees] : new ulong[trees];
        _allLeaves.CopyTo(masks);
        var thresholds = _thresholds;
        var splitTrees = _splitTrees;
        var keeps = _keeps;
        for (var feature = 0; feature < _featureStart.Length - 1; feature++)
        {
            var value = features[feature];
            var end = _featureStart[feature + 1];
            var i = _featureStart[feature];
            if (float.IsNaN(value))
                for (; i < end; i++) masks[splitTrees[i]] &= keeps[i];
            else
                for (; i < end && thresholds[i] < value; i++) masks[splitTrees[i]] &= keeps[i];
        }
        var output = _bias;
        for (var tree = 0; tree < trees; tree++)
            output += _weightedLeaves[_leafStart[tree] + System.Numerics.BitOperations.TrailingZeroCount(masks[tree])];
        return (float)output;
    }

    /// <summary>
    /// The forest's output for each of <paramref name="rows"/> into <paramref name="outputs"/>, the same bits as
    /// <see cref="Predict(ReadOnlySpan{float})"/> for each row alone. Rows are scored eight at a time (V-QuickScorer,
    /// Lucchese et al., SIGIR 2016): each split's threshold is compared with the eight rows' values of its feature at
    /// once and its mask applied to the eight rows' masks of its tree in one 128-bit operation, so a split costs about
    /// what it costs one row alone. A row left alone at the end is scored by itself.
    /// </summary>
    public void Predict(ReadOnlySpan<float[]> rows, Span<float> outputs)
    {
        if (outputs.Length < rows.Length) throw new ArgumentException($"Room for {outputs.Length} outputs, {rows.Length} rows.", nameof(outputs));
        var done = 0;
        if (_blockSplits is not null && Vector128.IsHardwareAccelerated)
            while (rows.Length - done >= 2)
            {
                var count = Math.Min(BlockRows, rows.Length - done);
                PredictBlock(rows.Slice(done, count), outputs.Slice(done, count));
                done += count;
            }
        for (; done < rows.Length; done++) outputs[done] = Predict(rows[done]);
    }

    /// <summary>
    /// One to eight rows by QuickScorer with the rows side by side: lane r of a tree's mask is row r's. A split clears
    /// its left subtree's leaves in the lanes whose value is not ≤ its threshold (above it, or NaN: the scalar test's
    /// complement); the lanes past the rows hold −∞, which is ≤ every threshold, so they never change. A feature's
    /// splits are read in threshold order until the threshold reaches the largest of the rows' values (every one, if a
    /// value is NaN): no later split can apply to any row. Splits of one threshold (a group) share one comparison. The
    /// leaves are summed per row in tree order, as Predict does.
    /// </summary>
    private void PredictBlock(ReadOnlySpan<float[]> rows, Span<float> outputs)
    {
        var trees = _treeWeights.Length;
        var masks = trees <= 512 ? stackalloc Vector128<ushort>[trees] : new Vector128<ushort>[trees];
        var allLeaves = _allLeaves16!;
        for (var tree = 0; tree < trees; tree++) masks[tree] = Vector128.Create(allLeaves[tree]);
        // The inner loops index without bounds checks: every split's tree is below the tree count, and every leaf
        // index is within its tree's leaves (a mask always keeps the leaf the walk reaches).
        ref var mask0 = ref MemoryMarshal.GetReference(masks);
        ref var group0 = ref MemoryMarshal.GetArrayDataReference(_groups);
        ref var split0 = ref MemoryMarshal.GetArrayDataReference(_blockSplits!);
        Span<float> values = stackalloc float[BlockRows];
        for (var feature = 0; feature < _featureGroupStart.Length - 1; feature++)
        {
            var start = _featureGroupStart[feature];
            var end = _featureGroupStart[feature + 1];
            if (start == end) continue;
            var largest = float.NegativeInfinity;
            var hasNaN = false;
            for (var row = 0; row < BlockRows; row++)
            {
                var value = row < rows.Length ? rows[row][feature] : float.NegativeInfinity;
                values[row] = value;
                if (float.IsNaN(value)) hasNaN = true;
                else if (value > largest) largest = value;
            }
            // The groups of splits any row goes right at: all with a NaN among the values, else those below the largest value
            // (thresholds ascend and none is NaN, so they are a prefix, found by binary search).
            var limit = end;
            if (!hasNaN)
                for (var low = start; low < limit;)
                {
                    var middle = (low + limit) >>> 1;
                    if (Unsafe.Add(ref group0, middle).Threshold < largest) low = middle + 1;
                    else limit = middle;
                }
            var lower = Vector128.Create((ReadOnlySpan<float>)values[..4]);
            var upper = Vector128.Create((ReadOnlySpan<float>)values[4..]);
            // The groups and their splits walked by reference: the next split is the next record, its tree's mask at its offset;
            // the feature's splits start at its first, and every group has one at least.
            ref var split = ref Unsafe.Add(ref split0, _featureStart[feature]);
            ref var groupsEnd = ref Unsafe.Add(ref group0, limit);
            for (ref var group = ref Unsafe.Add(ref group0, start); Unsafe.IsAddressLessThan(ref group, ref groupsEnd); group = ref Unsafe.Add(ref group, 1))
            {
                var threshold = Vector128.Create(group.Threshold);
                var stay = Narrow(Vector128.LessThanOrEqual(lower, threshold).AsInt32(), Vector128.LessThanOrEqual(upper, threshold).AsInt32());
                ref var splitsEnd = ref Unsafe.AddByteOffset(ref split0, group.SplitsEnd);
                do
                {
                    ref var mask = ref Unsafe.AddByteOffset(ref mask0, split.MaskOffset);
                    mask &= stay | split.Keep;
                    split = ref Unsafe.Add(ref split, 1);
                }
                while (Unsafe.IsAddressLessThan(ref split, ref splitsEnd));
            }
        }
        if (rows.Length == BlockRows)
        {
            SumBlock(trees, ref mask0, outputs);
            return;
        }
        // The lanes past the rows read a leaf of their tree too (their masks keep every leaf), and are dropped.
        Span<float> all = stackalloc float[BlockRows];
        SumBlock(trees, ref mask0, all);
        all[..rows.Length].CopyTo(outputs);
    }

    /// <summary>
    /// The leaves of a block summed tree by tree with the eight lanes' sums side by side (in registers), each lane's in tree
    /// order as <see cref="Predict(ReadOnlySpan{float})"/> adds them. A lane's leaf is its mask's lowest bit, found for the eight
    /// lanes at once: the bit isolated, times <see cref="LowestBitMultiplier"/>, names the leaf's slot in
    /// <see cref="_leavesByLowestBit16"/>, without a bit scan (and its test for zero) per lane.
    /// </summary>
    private void SumBlock(int trees, ref Vector128<ushort> mask0, Span<float> outputs)
    {
        ref var leaf0 = ref MemoryMarshal.GetArrayDataReference(_leavesByLowestBit16!);
        var multiplier = Vector128.Create(LowestBitMultiplier);
        double s0 = _bias, s1 = _bias, s2 = _bias, s3 = _bias, s4 = _bias, s5 = _bias, s6 = _bias, s7 = _bias;
        for (var tree = 0; tree < trees; tree++)
        {
            var masks = Unsafe.Add(ref mask0, tree);
            var slots = Vector128.ShiftRightLogical((masks & (Vector128<ushort>.Zero - masks)) * multiplier, 12);
            ref var leaves = ref Unsafe.Add(ref leaf0, tree * 16);
            s0 += Unsafe.Add(ref leaves, slots.GetElement(0));
            s1 += Unsafe.Add(ref leaves, slots.GetElement(1));
            s2 += Unsafe.Add(ref leaves, slots.GetElement(2));
            s3 += Unsafe.Add(ref leaves, slots.GetElement(3));
            s4 += Unsafe.Add(ref leaves, slots.GetElement(4));
            s5 += Unsafe.Add(ref leaves, slots.GetElement(5));
            s6 += Unsafe.Add(ref leaves, slots.GetElement(6));
            s7 += Unsafe.Add(ref leaves, slots.GetElement(7));
        }
        outputs[0] = (float)s0;
        outputs[1] = (float)s1;
        outputs[2] = (float)s2;
        outputs[3] = (float)s3;
        outputs[4] = (float)s4;
        outputs[5] = (float)s5;
        outputs[6] = (float)s6;
        outputs[7] = (float)s7;
    }

    /// <summary>
    /// A 16-bit de Bruijn multiplier: each of the 16 one-bit values times it has its own top four bits (of the low 16), so
    /// a mask's lowest bit, isolated and multiplied, gives a slot of its own among 16.
    /// </summary>
    private const ushort LowestBitMultiplier = 0x9AF;

    /// <summary>The slot of leaf <paramref name="leaf"/> (of at most 16) in its tree's 16 of <see cref="_leavesByLowestBit16"/>.</summary>
    private static int LowestBitSlot(int leaf) => (ushort)((1 << leaf) * LowestBitMultiplier) >> 12;

    /// <summary>Two vectors of all-ones or zero 32-bit lanes as one of 16-bit lanes, in order (packssdw keeps −1 and 0).</summary>
    private static Vector128<ushort> Narrow(Vector128<int> lower, Vector128<int> upper) =>
        Sse2.IsSupported ? Sse2.PackSignedSaturate(lower, upper).AsUInt16() : Vector128.Narrow(lower, upper).AsUInt16();

    private FalseNode[][] QuickScorerLayout(out double[] weightedLeavesInOrder, out ulong[] startingMasks)
    {
        var trees = _treeWeights.Length;
        var features = _splits.Length == 0 ? 0 : _splits.Max(split => split.Feature) + 1;
        var byFeature = Enumerable.Range(0, features).Select(_ => new List<FalseNode>()).ToArray();
        var leavesLeftToRight = weightedLeavesInOrder = new double[_leafValues.Length];
        var allLeaves = startingMasks = new ulong[trees];
        for (var tree = 0; tree < trees; tree++)
        {
            var leafCount = _leafStart[tree + 1] - _leafStart[tree];
            if (leafCount > MaxLeaves) throw new NotSupportedException($"A tree of {leafCount} leaves: at most {MaxLeaves} are supported.");
            allLeaves[tree] = leafCount == MaxLeaves ? ulong.MaxValue : (1UL << leafCount) - 1;
            // Leaves numbered left to right by a depth-first walk, left child first; a split keeps the leaves outside its left subtree.
            var position = 0;
            void Number(int node)
            {
                if (node < 0)
                {
                    // The weight times the leaf as the sum would multiply them: a product is the same bits made here or there.
                    leavesLeftToRight[_leafStart[tree] + position++] = _treeWeights[tree] * _leafValues[_leafStart[tree] + ~node];
                    return;
                }
                var split = _splits[_nodeStart[tree] + node];
                var firstLeft = position;
                Number(split.Lte);
                var leftLeaves = ((1UL << (position - firstLeft)) - 1) << firstLeft;
                var falseNode = new FalseNode(split.Threshold, tree, ~leftLeaves);
                // A NaN threshold sends every value right: its leaves are gone before any feature is read.
                if (float.IsNaN(split.Threshold)) allLeaves[tree] &= falseNode.Keep;
                else byFeature[split.Feature].Add(falseNode);
                Number(split.Gt);
            }
            // A tree of one leaf has no split node: its root is leaf 0.
            Number(_nodeStart[tree + 1] == _nodeStart[tree] ? ~0 : 0);
        }
        // A stable sort keeps equal thresholds in tree order; any order of them gives the same masks.
        return byFeature.Select(nodes => nodes.OrderBy(node => node.Threshold).ToArray()).ToArray();
    }

    /// <summary>The trees of a FastTree regression model (as trainer.Fit or MLContext.Model.Load return it).</summary>
    public static RegressionForest From(ITransformer model) => From(model switch
    {
        RegressionPredictionTransformer<FastTreeRegressionModelParameters> direct => direct.Model.TrainedTreeEnsemble,
        TransformerChain<ITransformer> chain when chain.LastTransformer is RegressionPredictionTransformer<FastTreeRegressionModelParameters> last => last.Model.TrainedTreeEnsemble,
        _ => throw new ArgumentException($"Not a FastTree regression model: {model.GetType().Name}.", nameof(model)),
    });

    /// <summary>The trees of a FastTree binary classifier: <see cref="Predict"/> gives its uncalibrated score.</summary>
    public static RegressionForest From(FastTreeBinaryModelParameters classifier) => From(classifier.TrainedTreeEnsemble);

    private static RegressionForest From(RegressionTreeEnsemble ensemble)
    {
        var nodeStart = new List<int> { 0 };
        var leafStart = new List<int> { 0 };
        List<Split> splits = [];
        List<double> leaves = [];
        foreach (var tree in ensemble.Trees)
        {
            if (tree.CategoricalSplitFlags.Any(flag => flag)) throw new NotSupportedException("Categorical splits are not exported.");
            // Split nodes beyond a lone leaf: ML.NET keeps one dummy node for a single-leaf tree.
            var nodes = tree.NumberOfLeaves > 1 ? tree.NumberOfNodes : 0;
            for (var node = 0; node < nodes; node++)
                splits.Add(new Split(tree.NumericalSplitFeatureIndexes[node], tree.NumericalSplitThresholds[node], tree.LeftChild[node], tree.RightChild[node]));
            leaves.AddRange(tree.LeafValues);
            nodeStart.Add(splits.Count);
            leafStart.Add(leaves.Count);
        }
        return new RegressionForest(nodeStart.ToArray(), leafStart.ToArray(), splits.ToArray(), leaves.ToArray(), ensemble.TreeWeights.ToArray(), ensemble.Bias);
    }

    /// <summary>Writes the forest gzip-compressed; the thresholds and leaf values bit for bit.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(_bias);
        writer.Write7BitEncodedInt(TreeCount);
        for (var tree = 0; tree < TreeCount; tree++)
        {
            writer.Write(_treeWeights[tree]);
            writer.Write7BitEncodedInt(_nodeStart[tree + 1] - _nodeStart[tree]);
            foreach (var split in _splits.AsSpan(_nodeStart[tree].._nodeStart[tree + 1]))
            {
                writer.Write7BitEncodedInt(split.Feature);
                writer.Write(split.Threshold);
                writer.Write7BitEncodedInt(split.Lte);
                writer.Write7BitEncodedInt(split.Gt);
            }
            writer.Write7BitEncodedInt(_leafStart[tree + 1] - _leafStart[tree]);
            for (var leaf = _leafStart[tree]; leaf < _leafStart[tree + 1]; leaf++) writer.Write(_leafValues[leaf]);
        }
    }

    public static RegressionForest Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a NewsQuality regression forest.");
        var bias = reader.ReadDouble();
        var trees = reader.Read7BitEncodedInt();
        var weights = new double[trees];
        var nodeStart = new int[trees + 1];
        var leafStart = new int[trees + 1];
        List<Split> splits = [];
        List<double> leaves = [];
        for (var tree = 0; tree < trees; tree++)
        {
            weights[tree] = reader.ReadDouble();
            var nodes = reader.Read7BitEncodedInt();
            for (var node = 0; node < nodes; node++)
                splits.Add(new Split(reader.Read7BitEncodedInt(), reader.ReadSingle(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt()));
            var leafCount = reader.Read7BitEncodedInt();
            for (var leaf = 0; leaf < leafCount; leaf++) leaves.Add(reader.ReadDouble());
            nodeStart[tree + 1] = splits.Count;
            leafStart[tree + 1] = leaves.Count;
        }
        return new RegressionForest(nodeStart, leafStart, splits.ToArray(), leaves.ToArray(), weights, bias);
    }
}
