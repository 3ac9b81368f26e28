using System.Globalization;
using NewsQuality.Knowledge;

namespace NewsQuality.Core.Tests.Knowledge;

/// <summary>Role phrases are turned down by their first or last word before any phrase is joined: none may be missed.</summary>
public class RoleLexiconTests
{
    [Fact]
    public void Every_phrase_in_any_case_is_found_starting_and_ending_where_it_is_written()
    {
        var phrases = RoleLexicon.Phrases.ToList();
        Assert.NotEmpty(phrases);
        foreach (var phrase in phrases)
            foreach (var written in new[] { phrase, phrase.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase) })
            {
                string[] words = ["the", .. written.Split(' '), "said"];
                var last = words.Length - 2;
                // The longest phrase there: this one or a longer one containing it.
                Assert.True(RoleLexicon.MatchStartingAt(words, 1) is { } starting && starting.Last >= last, $"starting: {written}");
                Assert.True(RoleLexicon.MatchEndingAt(words, last) is { } ending && ending.First <= 1, $"ending: {written}");
            }
    }

    [Fact]
    public void Words_that_start_or_end_no_phrase_match_nothing()
    {
        string[] words = ["Yesterday", "Anna", "Smith", "said"];
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Null(RoleLexicon.MatchStartingAt(words, i));
            Assert.Null(RoleLexicon.MatchEndingAt(words, i));
        }
        Assert.Null(RoleLexicon.MatchStartingAt(words, words.Length));
        Assert.Null(RoleLexicon.MatchEndingAt(words, -1));
    }
}
