using NewsQuality.Rules.OffTopic;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>
/// NQ3003's vector sums, four or sixteen dimensions a step, give the same bits as one dimension at a time: its measures and so its
/// reports must not depend on how the sums are computed.
/// </summary>
public class VectorSumTests
{
    public static TheoryData<int> Lengths => new() { 1, 3, 4, 7, 16, 19, 24, 33, 64, 70 };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Weighted_topic_vectors_add_as_the_scalar_loop_does(int length)
    {
        var random = new Random(length);
        for (var round = 0; round < 200; round++)
        {
            var vector = new float[length];
            for (var k = 0; k < length; k++) vector[k] = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 4)));
            var weight = random.NextDouble() * Math.Pow(10, random.Next(-3, 3));
            var (fast, slow) = (Start(random, length), new double[length]);
            fast.CopyTo(slow, 0);
            TopicVectors.AddWeighted(fast, vector, weight);
            for (var k = 0; k < length; k++) slow[k] += weight * vector[k];
            Assert.Equal(Bits(slow), Bits(fast));
            Assert.Contains(fast, value => value != 0);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Scaled_semantic_rows_add_as_the_scalar_loop_does(int length)
    {
        var random = new Random(1000 + length);
        for (var round = 0; round < 200; round++)
        {
            var values = new sbyte[length];
            for (var k = 0; k < length; k++) values[k] = (sbyte)random.Next(-128, 128);
            if (length > 1) (values[0], values[^1]) = (sbyte.MinValue, sbyte.MaxValue);
            var scale = (float)(random.NextDouble() * Math.Pow(10, random.Next(-5, 2)));
            var (fast, slow) = (Start(random, length), new double[length]);
            fast.CopyTo(slow, 0);
            SemanticVectors.AddScaled(fast, values, scale);
            for (var k = 0; k < length; k++) slow[k] += (float)(values[k] * scale);
            Assert.Equal(Bits(slow), Bits(fast));
        }
    }

    /// <summary>A running sum as NQ3003 has one part-way through a paragraph: zero or earlier stems' values.</summary>
    private static double[] Start(Random random, int length)
    {
        var sum = new double[length];
        if (random.Next(3) > 0)
            for (var k = 0; k < length; k++) sum[k] = (random.NextDouble() - 0.5) * random.Next(1, 50);
        return sum;
    }

    private static long[] Bits(double[] values) => Array.ConvertAll(values, BitConverter.DoubleToInt64Bits);
}
