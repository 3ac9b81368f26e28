using NewsQuality.Model;
using NewsQuality.Rules.Boilerplate;

namespace NewsQuality.Core.Tests.Rules.Boilerplate;

public class NQ4003RecurringChromeTests
{
    private readonly NQ4003RecurringChrome _rule = new();

    private static Article Story(int i, string source, string extra) =>
        new($"a{i}", new ArticleOrigin($"site/{i}.txt"), $"Story number {i} headline\n\nParagraph {i} about topic {i * 7} in detail.\n\n{extra}", new TextSpan(0, $"Story number {i} headline".Length)) { Source = source };

    [Fact]
    public void Flags_a_line_that_recurs_across_a_sources_stories_without_a_catalogue_entry()
    {
        var articles = Enumerable.Range(0, 6).Select(i => Story(i, "farm", "Get the Daily Grind straight to your inbox every morning")).ToList();
        var findings = RuleAssert.Run(_rule, articles);
        Assert.All(findings, f => Assert.Equal("Get the Daily Grind straight to your inbox every morning", Assert.Single(f).Evidence));
    }

    [Fact]
    public void Copies_of_one_story_and_other_sources_do_not_count()
    {
        var copies = Enumerable.Range(0, 6).Select(i => new Article($"c{i}", new ArticleOrigin($"c/{i}.txt"), "Same headline\n\nSame text.\n\nSame closing line", new TextSpan(0, 13)) { Source = "farm" });
        var mixed = Enumerable.Range(0, 6).Select(i => Story(i, $"site{i}", "Get the Daily Grind straight to your inbox every morning"));
        Assert.All(RuleAssert.Run(_rule, copies.Concat(mixed).ToList()), Assert.Empty);
    }

    /// <summary>The fold as it was first written: strings for the lower case, each quote replaced, the words split and joined.</summary>
    private static ulong HashByStrings(string line)
    {
        var folded = string.Join(' ', line.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return System.IO.Hashing.XxHash64.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(folded.AsSpan()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\u00A0 ")]
    [InlineData("Get the  Daily\tGrind \u201Cstraight\u201D to your inbox\u00A0")]
    [InlineData(" \u2018Sign UP\u2019 NOW ")]
    [InlineData("\u0130STANBUL \u00C9T\u00C9 \uD801\uDC00 \u03A3\u039F\u03A3")]
    public void Line_hash_folds_as_the_string_definition(string line) => Assert.Equal(HashByStrings(line), NQ4003RecurringChrome.Hash(line));

    [Fact]
    public void Line_hash_folds_random_lines_as_the_string_definition()
    {
        var random = new Random(4003);
        char[] alphabet = ['a', 'Z', ' ', ' ', '\t', '\u00A0', '\u2019', '\u2018', '\u201C', '\u201D', '\'', '"', '\u0130', '\u00C9', '\u03A3', '\n', '\u2003', '7'];
        for (var n = 0; n < 2000; n++)
        {
            // Up to 700 characters: lines past the stack buffer (512) take a pooled one.
            var length = n % 10 == 0 ? random.Next(400, 700) : random.Next(0, 40);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
                chars[i] = random.Next(8) == 0 ? (char)random.Next(0x20, 0xD7FF) : alphabet[random.Next(alphabet.Length)];
            var line = new string(chars);
            Assert.Equal(HashByStrings(line), NQ4003RecurringChrome.Hash(line));
        }
        Assert.Equal(HashByStrings("\uD801\uDC00 X"), NQ4003RecurringChrome.Hash("\uD801\uDC00 X"));
    }

    [Fact]
    public void A_line_repeated_in_one_article_counts_once_however_many_short_lines_it_has()
    {
        // Forty short lines before the template line and a repeat of it after: past the 32 lines compared one by one.
        string Extra(int i) => string.Join("\n\n", Enumerable.Range(0, 40).Select(k => $"Line {k} of story {i} only")) +
                               "\n\nGet the Daily Grind straight to your inbox every morning\n\nGET the daily grind  straight to your inbox every morning";
        var articles = Enumerable.Range(0, 6).Select(i => Story(i, "farm", Extra(i))).ToList();
        var findings = RuleAssert.Run(_rule, articles);
        Assert.All(findings, f => Assert.Equal("Get the Daily Grind straight to your inbox every morning", Assert.Single(f).Evidence));
    }

    [Fact]
    public void Articles_of_many_short_lines_one_after_another_keep_their_own_lines()
    {
        // 1,100 short lines an article (past the tables a thread keeps between articles), then an ordinary article.
        string Extra(int i) => string.Join("\n\n", Enumerable.Range(0, 1100).Select(k => $"Item {k} of story {i}")) +
                               "\n\nGet the Daily Grind straight to your inbox every morning";
        var articles = Enumerable.Range(0, 6).Select(i => Story(i, "farm", i % 2 == 0 ? Extra(i) : "Get the Daily Grind straight to your inbox every morning")).ToList();
        var findings = RuleAssert.Run(_rule, articles);
        Assert.All(findings, f => Assert.Equal("Get the Daily Grind straight to your inbox every morning", Assert.Single(f).Evidence));
    }
}
