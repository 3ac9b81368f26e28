using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class WordMemoTests
{
    [Fact]
    public void Each_word_is_computed_once_per_thread_and_answers_stay_right_past_the_capacity()
    {
        var computed = 0;
        var memo = new WordMemo<int>(word => { computed++; return word.Length; });
        Assert.Equal(5, memo["hello"]);
        Assert.Equal(5, memo["hello"]);
        Assert.Equal(1, computed);

        // Past the capacity the table is emptied and filled again: answers are still the function's.
        for (var i = 0; i <= WordMemo<int>.Capacity; i++) Assert.Equal(i.ToString().Length, memo[i.ToString()]);
        Assert.Equal(5, memo["hello"]);
        Assert.Equal(WordMemo<int>.Capacity + 3, computed);
    }

    [Fact]
    public void Threads_do_not_share_a_table()
    {
        var computed = 0;
        var memo = new WordMemo<int>(word => { Interlocked.Increment(ref computed); return word.Length; });
        Assert.Equal(4, memo["word"]);
        var other = new Thread(() => Assert.Equal(4, memo["word"]));
        other.Start();
        other.Join();
        Assert.Equal(2, computed);
    }
}
