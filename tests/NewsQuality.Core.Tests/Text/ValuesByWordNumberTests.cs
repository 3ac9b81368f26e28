using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The per-thread values by word number of NQ2010 and NQ3003: made for one numbering, kept until another is read or they are forgotten.</summary>
public class ValuesByWordNumberTests
{
    private static WordIdentities Numbering(string text) => WordIdentities.Of(Tokenizer.Words(text).ToArray());

    [Fact]
    public void Values_are_for_the_numbering_they_were_made_for_until_another_is_started_or_they_are_forgotten()
    {
        var values = new ValuesByWordNumber<string?>();
        var first = Numbering("the cat saw The dog");
        Assert.False(values.AreFor(first));
        var room = values.Start(first);
        Assert.Equal(first.Count, room.Length);
        for (var id = 0; id < room.Length; id++) room[id] = first.Lower(id);
        Assert.True(values.AreFor(first));
        Assert.Equal("dog", values[first.Ids[4]]);
        Assert.Equal(values[first.Ids[0]], values[first.Ids[3]]); // "the" and "The": one number, one value
        // Another numbering of the same words is another numbering: its values are made again.
        var second = Numbering("the cat saw The dog");
        Assert.False(values.AreFor(second));
        values.Start(second)[0] = "made again";
        Assert.True(values.AreFor(second));
        Assert.False(values.AreFor(first));
        Assert.Equal("made again", values[0]);
        values.Forget();
        Assert.False(values.AreFor(second));
        values.Forget(); // nothing to forget
    }

    [Fact]
    public void Forgetting_clears_values_that_hold_references_and_a_numbering_past_the_kept_room_gets_its_own()
    {
        var values = new ValuesByWordNumber<string?>();
        var numbering = Numbering("one two three");
        var room = values.Start(numbering);
        room.Fill("kept");
        values.Forget();
        // The room is the thread's: started again for a numbering as long, it holds nothing of the last one.
        Assert.All(values.Start(numbering).ToArray(), value => Assert.Null(value));
        var huge = Numbering(string.Join(' ', Enumerable.Range(0, (1 << 14) + 5).Select(i => "w" + i)));
        var hugeRoom = values.Start(huge);
        Assert.Equal(huge.Count, hugeRoom.Length);
        hugeRoom[^1] = "last";
        Assert.Equal("last", values[huge.Count - 1]);
    }
}
