using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class SpanTableTests
{
    [Theory]
    [InlineData("")]
    [InlineData("said")]
    [InlineData("NATO")]
    [InlineData("McDonald's-Owned 2,000 Things!")]
    [InlineData("@[`{ AZaz")]
    [InlineData("CAFÉ")]
    [InlineData("Ærø ΣΊΣΥΦΟΣ Москва İstanbul ǅ")]
    [InlineData("NATO’S")]
    [InlineData("Emoji 😀 and 𐐀 (a deseret capital)")]
    public void Lowers_as_the_runtime_does_and_hashes_the_lower_case(string word)
    {
        var expected = word.ToLowerInvariant();
        var destination = new char[word.Length];
        var length = SpanTable<int>.LowerAndHash(word, destination, out var hash, out var changed);
        Assert.Equal(expected, new string(destination, 0, length));
        Assert.Equal(SpanTable<int>.Hash(expected), hash);
        Assert.Equal(expected != word, changed);
    }

    [Fact]
    public void A_destination_too_short_gives_minus_one()
    {
        Assert.Equal(-1, SpanTable<int>.LowerAndHash("Words", new char[4], out _, out _));
        Assert.Equal(-1, SpanTable<int>.LowerAndHash("Wörds", new char[4], out _, out _));
    }

    [Fact]
    public void Finds_what_a_dictionary_finds_through_growth_reserving_and_clearing()
    {
        var random = new Random(17);
        var table = new SpanTable<int>(4);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 5000; i++)
            {
                // Grown at once in the middle of the second round (and asked again, which changes nothing), as a thread's table of words is.
                if (round == 1 && i is 2500 or 2501) table.Reserve(1 << 14);
                // Short words from a small alphabet, so that many repeat and many share a hash bucket.
                var word = new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => "abcé’X"[random.Next(6)]).ToArray());
                var hash = SpanTable<int>.Hash(word);
                ref var found = ref table.Find(word, hash);
                if (expected.TryGetValue(word, out var value))
                {
                    Assert.False(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found));
                    Assert.Equal(value, found);
                    found = value + 1;
                    expected[word] = value + 1;
                }
                else
                {
                    Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref found));
                    table.Add(word, hash, i);
                    expected.Add(word, i);
                }
                Assert.Equal(expected.Count, table.Count);
            }
            foreach (var (word, value) in expected) Assert.Equal(value, table.Find(word, SpanTable<int>.Hash(word)));
            table.Clear();
            expected.Clear();
            Assert.Equal(0, table.Count);
            Assert.True(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref table.Find("abc", SpanTable<int>.Hash("abc"))));
        }
    }
}
