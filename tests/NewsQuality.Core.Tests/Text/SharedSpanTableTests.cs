using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class SharedSpanTableTests
{
    /// <summary>A value whose parts all follow from one number: a reader that saw a slot's key before its value would see them disagree.</summary>
    private readonly record struct Value(long Number, int Twice, double Half)
    {
        public static Value Of(int number) => new(number, 2 * number, number / 2.0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_what_a_dictionary_finds_through_growth(bool oneHash)
    {
        var random = new Random(25);
        var table = new SharedSpanTable<Value>(2);
        var expected = new Dictionary<string, Value>(StringComparer.Ordinal);
        for (var i = 0; i < 4000; i++)
        {
            // Short words from a small alphabet, so that many repeat; with one hash for all, every key collides.
            var word = new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => "abcé’X"[random.Next(6)]).ToArray());
            var hash = oneHash ? 7u : SpanTable<Value>.Hash(word);
            if (expected.TryGetValue(word, out var value))
            {
                Assert.True(table.TryGet(word, hash, out var found));
                Assert.Equal(value, found);
            }
            else
            {
                Assert.False(table.TryGet(word, hash, out _));
                table.Add(word, hash, Value.Of(i));
                expected.Add(word, Value.Of(i));
            }
        }
        Assert.Equal(expected.Count, table.Count);
        foreach (var (word, value) in expected)
            Assert.True(table.TryGet(word.AsSpan(), oneHash ? 7u : SpanTable<Value>.Hash(word), out var found) && found == value, word);
        Assert.False(table.TryGet("abcdefg", SpanTable<Value>.Hash("abcdefg"), out _));
    }

    [Fact]
    public async Task Readers_on_other_threads_see_whole_values_while_one_thread_adds()
    {
        const int Keys = 50_000;
        var words = Enumerable.Range(0, Keys).Select(i => "w" + i.ToString("x")).ToArray();
        var table = new SharedSpanTable<Value>(4);
        var added = 0;
        var wrong = 0;
        var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() =>
        {
            var random = new Random(r);
            while (Volatile.Read(ref added) < Keys)
            {
                // A key already added is always found (whatever growth is under way); one not yet added may or may not be.
                var known = Volatile.Read(ref added);
                var i = random.Next(Math.Min(Keys, known + 100));
                var found = table.TryGet(words[i], SpanTable<Value>.Hash(words[i]), out var value);
                if (found ? value != Value.Of(i) : i < known) Interlocked.Increment(ref wrong);
            }
        })).ToArray();
        for (var i = 0; i < Keys; i++)
        {
            table.Add(words[i], SpanTable<Value>.Hash(words[i]), Value.Of(i));
            Volatile.Write(ref added, i + 1);
        }
        await Task.WhenAll(readers);
        Assert.Equal(0, wrong);
        Assert.Equal(Keys, table.Count);
    }
}
