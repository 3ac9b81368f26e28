using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

public class TermVectorsTests
{
    /// <summary>What <see cref="TermVectors.Stem"/> gave as a loop over the suffixes with <c>string.EndsWith</c>.</summary>
    private static string ReferenceStem(string term)
    {
        foreach (var suffix in new[] { "ians", "ian", "ings", "ing", "ers", "er", "ed", "es", "s", "e", "y" })
            if (term.Length - suffix.Length >= 4 && term.EndsWith(suffix, StringComparison.Ordinal))
                return term[..^suffix.Length];
        return term;
    }

    [Fact]
    public void A_stem_is_the_term_less_its_first_suffix_that_leaves_four_letters_and_its_length_says_so()
    {
        // Every suffix (and a letter that ends none) after bases of one to seven letters, so each suffix is tried just too short,
        // just long enough, and where a longer suffix ending in the same letter is tried first ("ings" before "s").
        var suffixes = new[] { "ians", "ian", "ings", "ing", "ers", "er", "ed", "es", "s", "e", "y", "ss", "x", "" };
        var count = 0;
        foreach (var length in Enumerable.Range(1, 7))
            foreach (var suffix in suffixes)
            {
                var term = "abrupt"[..Math.Min(length, 6)].PadRight(length, 'i') + suffix;
                var stem = TermVectors.Stem(term);
                Assert.Equal(ReferenceStem(term), stem);
                Assert.Equal(stem.Length, TermVectors.StemLength(term));
                if (stem.Length == term.Length) Assert.Same(term, stem);
                count++;
            }
        Assert.Equal(7 * suffixes.Length, count);
        Assert.Equal(0, TermVectors.StemLength(""));
    }
}
