using NewsQuality.Analysis;
using NewsQuality.Model;

namespace NewsQuality.Core.Tests.Analysis;

/// <summary>Document frequencies gathered from several threads at once must be the plain per-article counts.</summary>
public class CorpusStatisticsTests
{
    private static Article ArticleOf(int i, string text) => new($"a{i}", new ArticleOrigin("test.jsonl", i), text, new TextSpan(0, 0));

    [Fact]
    public void Frequencies_added_in_parallel_count_each_word_once_per_article()
    {
        var words = new[] { "minister", "Minister", "budget", "rail", "harbour", "election" };
        var articles = Enumerable.Range(0, 400)
            .Select(i => ArticleOf(i, string.Join(' ', words.Where((_, w) => i % (w + 1) == 0).SelectMany(word => new[] { word, word }))))
            .ToList();
        var statistics = new CorpusStatistics();
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, statistics.Add);

        Assert.Equal(400, statistics.DocumentCount);
        // "minister" and "Minister" are one lower-cased term, in every article (i % 1 and i % 2 == 0 overlap).
        Assert.Equal(400, statistics.DocumentFrequency("minister"));
        Assert.Equal(Enumerable.Range(0, 400).Count(i => i % 3 == 0), statistics.DocumentFrequency("budget"));
        Assert.Equal(Enumerable.Range(0, 400).Count(i => i % 6 == 0), statistics.DocumentFrequency("election"));
        Assert.Equal(0, statistics.DocumentFrequency("Minister"));
        Assert.Equal(5, statistics.DocumentFrequencies.Count());
    }

    [Fact]
    public void Articles_added_after_a_read_and_merged_counts_are_seen_by_the_next_read()
    {
        var statistics = new CorpusStatistics();
        statistics.Add(ArticleOf(0, "harbour strike"));
        Assert.Equal(1, statistics.DocumentFrequency("harbour"));
        statistics.Add(ArticleOf(1, "harbour dues"));
        statistics.Merge(3, [new("harbour", 2), new("ferry", 3)]);
        Assert.Equal(4, statistics.DocumentFrequency("harbour"));
        Assert.Equal(3, statistics.DocumentFrequency("ferry"));
        Assert.Equal(1, statistics.DocumentFrequency("dues"));
        Assert.Equal(5, statistics.DocumentCount);
    }

    [Fact]
    public void Every_utf16_code_unit_is_cut_into_words_and_lowered_as_TermVectors_Terms_does()
    {
        // Every code unit from 0 to 0xFFFF in order, then backwards: each ASCII letter's neighbours ('@', '[', '`', '{') and
        // every other character stand next to letters, the letters outside ASCII run into each other and into ASCII ones.
        var forward = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());
        string[] texts = [forward, new string(forward.Reverse().ToArray()), forward[..0x200] + forward[0x41..0x5B]];
        var statistics = new CorpusStatistics();
        for (var i = 0; i < texts.Length; i++) statistics.Add(ArticleOf(i, texts[i]));
        var expected = texts
            .SelectMany(text => NewsQuality.Text.TermVectors.Terms(text, new TextSpan(0, text.Length)).Distinct())
            .CountBy(term => term)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal);
        Assert.Equal(expected, statistics.DocumentFrequencies.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Frequencies_of_random_words_in_any_case_and_script_are_the_lower_cased_terms_counted_per_article()
    {
        // ASCII in every case, letters outside ASCII (Turkish dotted I, Greek final sigma, Cyrillic), a word past the 64-character buffer.
        string[] words = ["Rail", "RAIL", "rail", "ZEBRA", "zebra", "@at", "[bracket]", "\u0130stanbul", "\u0131STANBUL", "\u039F\u03A3", "\u041C\u043E\u0441\u043A\u0432\u0430",
                          "\u00C9t\u00E9", new string('Q', 70) + "z", "Mixed\u00C9Case",
                          // Digits and the characters beside the letters' codes split words; a letter outside the BMP (a surrogate pair) is none.
                          "x1y", "a`b{c@d[e", "\u00AA\u00BAb", "\U0001D400bc", "Z\u00E9Z"];
        var random = new Random(17);
        var articles = Enumerable.Range(0, 300)
            .Select(i => ArticleOf(i, string.Join(random.Next(3) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]))))
            .ToList();
        Assert.Equal(TermsCountedPerArticle(articles), FrequenciesAddedInTurn(articles));
    }

    [Fact]
    public void Words_counted_while_the_tally_grows_keep_their_counts()
    {
        // 39,000 distinct words (one thread's slots double five times, each time on a word it is counting), every article
        // sharing half its words with the one before, so each word is in one or two articles.
        static string WordOf(int number)
        {
            var letters = new char[4];
            for (var i = 0; i < letters.Length; i++, number /= 26) letters[i] = (char)('a' + number % 26);
            return "w" + new string(letters);
        }
        var articles = Enumerable.Range(0, 12).Select(i => ArticleOf(i, string.Join(" ", Enumerable.Range(i * 3000, 6000).Select(WordOf)))).ToList();
        var expected = TermsCountedPerArticle(articles);
        Assert.Equal(39_000, expected.Count);
        Assert.Equal(expected, FrequenciesAddedInTurn(articles));
    }

    /// <summary>Each lower-cased term of <see cref="NewsQuality.Text.TermVectors.Terms"/> with the number of articles it is in, in ordinal order.</summary>
    private static List<KeyValuePair<string, int>> TermsCountedPerArticle(List<Article> articles) =>
        articles.SelectMany(article => NewsQuality.Text.TermVectors.Terms(article.Text, new TextSpan(0, article.Text.Length)).Distinct())
            .CountBy(term => term)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The statistics' document frequencies after adding the articles one at a time (one thread's tally), in ordinal order.</summary>
    private static List<KeyValuePair<string, int>> FrequenciesAddedInTurn(List<Article> articles)
    {
        var statistics = new CorpusStatistics();
        foreach (var article in articles) statistics.Add(article);
        return statistics.DocumentFrequencies.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
    }
}
