using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>
/// An article's name runs ask the name-word look-ups of each word's lower case (kept in the thread's entries): they must be
/// the runs of the words asked about as written, whatever the case, script or possessive of the words.
/// </summary>
public class PersonMentionsRunsTests
{
    /// <summary>Words whose lower case is not the same word to case-insensitive sets ("İ", the Kelvin sign), mixed-case titles, possessives, abbreviations.</summary>
    private const string Tricky =
        "İstanbul Mayor Ekrem İmamoğlu met Turkey's President Recep Tayyip Erdoğan. KIng Charles and Martin Luther King spoke; " +
        "Julie Bishop, the Australian foreign minister, said U.S. Senator Ted Cruz's aide and Sen. Ted Cruz agreed. \u212Aarl Marx " +
        "and White House spokeswoman Sarah Sanders, General Mark Milley, the Pentagon's top general, and KREMLIN Adviser Yuri Ushakov. " +
        "RUSSIAN President Vladimir Putin and russian Minister Sergei Lavrov met Général Bishop's Staff in Paris-Nord.";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Tricky };
        foreach (var file in Fixtures.Files("seeds", "*.txt").Concat(Fixtures.Files("clean", "*.txt")).Take(12)) data.Add(File.ReadAllText(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Runs_of_an_article_equal_the_runs_of_its_words_as_written(string text)
    {
        // The text, then copies with the case of letters flipped at random (mixed-case words: "KiNg", "PUtin"), each checked
        // twice: the second time the answers come from the entries the first one filled.
        var random = new Random(17);
        foreach (var variant in new[] { text, Flipped(text, random, 0.1), Flipped(text, random, 0.5) })
            for (var pass = 0; pass < 2; pass++)
            {
                var article = RuleAssert.ArticleOf(variant);
                _ = article.WordIds; // numbered before the name words are found, as in a check
                var expected = PersonMentions.Runs(article.Text, PersonMentions.Words(article.Text));
                Assert.Equal(expected, article.NameRuns);
                Assert.Equal(PersonMentions.FullNames(article.Text, article.NameWords),
                    article.NameRuns.Where(r => r.End - r.Start >= 2).Select(r => (r.Name, r.Span)));
            }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_runs_words_are_the_words_of_its_name(string text)
    {
        // NQ2004 reads a full name's words from its run's tokens: they must be what splitting the joined name gives.
        var article = RuleAssert.ArticleOf(text + " Martin Luther King Jr. met R. Kelly and John F. Kennedy.");
        var words = new List<string>();
        var checkedRuns = 0;
        foreach (var run in article.NameRuns)
        {
            words.Clear();
            NewsQuality.Knowledge.PersonNames.AddWords(TokenSpans.Of(article.NameWords)[run.Start..run.End], words);
            Assert.Equal(NewsQuality.Knowledge.PersonNames.Words(run.Name), words);
            checkedRuns++;
        }
        Assert.True(checkedRuns > 3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]    // the thread's first room, full
    [InlineData(65)]    // grown once
    [InlineData(5_000)] // more than the thread keeps room for
    public void Every_run_of_a_long_article_is_found_in_order_and_a_shorter_one_after_it_keeps_none_of_it(int sentences)
    {
        var names = new[] { ("Alice Smith", "Bob"), ("Carol Jones", "Dave") };
        var text = string.Join(" ", Enumerable.Range(0, sentences).Select(i => $"{names[i % 2].Item1} met {names[i % 2].Item2} today."));
        var runs = RuleAssert.ArticleOf(text).NameRuns;
        Assert.Equal(Enumerable.Range(0, sentences).SelectMany(i => new[] { names[i % 2].Item1, names[i % 2].Item2 }), runs.Select(r => r.Name));
        foreach (var run in runs) Assert.Equal(run.Name, text[run.Span.Start..run.Span.End]);
        var shorter = RuleAssert.ArticleOf("Erin Brown met Frank today.").NameRuns;
        Assert.Equal(["Erin Brown", "Frank"], shorter.Select(r => r.Name));
    }

    [Fact]
    public void People_link_a_surname_to_its_one_full_name_and_not_to_a_shared_one()
    {
        var article = RuleAssert.ArticleOf(
            "Yuri Ushakov, a Kremlin adviser, spoke. Ushakov left. John Smith and Jane Smith met. Smith said nothing. " +
            "Yuri Ushakov came back. Paris was quiet.");
        var people = article.People(NewsQuality.Knowledge.Gazetteer.Default);
        Assert.Equal(["Yuri Ushakov", "John Smith", "Jane Smith"], people.Select(p => p.FullName));
        Assert.Equal(["Yuri Ushakov", "Ushakov", "Yuri Ushakov"], people[0].Mentions.Select(m => m.Name));
        Assert.NotNull(people[0].Mentions[0].Role);
        Assert.Equal(["John Smith"], people[1].Mentions.Select(m => m.Name)); // "Smith" alone: two full names share it
        Assert.Empty(RuleAssert.ArticleOf("nothing capitalised here at all.").People(NewsQuality.Knowledge.Gazetteer.Default));
    }

    [Fact]
    public void Only_name_words_that_are_ascii_words_as_written_have_an_answering_number()
    {
        var article = RuleAssert.ArticleOf("Trump's aide met U.S. envoy Ted Cruz and İmamoğlu.");
        var words = article.NameWords;
        Assert.Equal(["Trump", "aide", "met", "U.S.", "envoy", "Ted", "Cruz", "and", "İmamoğlu"], words.Select(w => w.Value));
        var numbers = words.Select((w, k) => PersonMentions.AnsweringNumber(article, k, w)).ToList();
        // The same from any first guess of where the word is.
        for (var k = 0; k < words.Count; k++)
            foreach (var likely in new[] { 0, k + 1, words.Count + 5 })
                Assert.Equal(numbers[k], System.Text.Ascii.IsValid(words[k].Value) ? article.NumberOfWord(words[k].Span, likely) : -1);
        Assert.Equal(-1, numbers[0]); // the possessive cut off
        Assert.Equal(-1, numbers[3]); // the abbreviation joined
        Assert.Equal(-1, numbers[8]); // beyond ASCII
        foreach (var k in new[] { 1, 2, 4, 5, 6, 7 })
            Assert.Equal(words[k].Value.ToLowerInvariant(), article.WordIds.Lower(numbers[k]));
    }

    private static string Flipped(string text, Random random, double share)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (char.IsLetter(chars[i]) && random.NextDouble() < share)
                chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
