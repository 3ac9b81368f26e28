using System.Text.RegularExpressions;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The first characters that let a line skip a boilerplate pattern must be every character the pattern can start with.</summary>
public class BoilerplatePhrasesTests
{
    private const string Whole = @"^\s*(?:", End = @")\s*$";

    [Fact]
    public void Each_patterns_first_characters_are_those_its_alternatives_start_with()
    {
        var patterns = BoilerplatePhrases.Patterns;
        var filtered = 0;
        for (var i = 0; i < patterns.Count; i++)
        {
            var text = patterns[i].ToString();
            Assert.StartsWith(Whole, text);
            Assert.EndsWith(End, text);
            var body = text[Whole.Length..^End.Length];
            var at = 0;
            var (first, empty) = Alternation(body, ref at);
            Assert.Equal(body.Length, at);
            Assert.False(empty, $"pattern {i} can match an empty line");
            var declared = BoilerplatePhrases.FirstCharacters[i];
            // Never narrower than what the pattern can start with; and as narrow, where a set is declared.
            Assert.Equal(0u, first & ~declared);
            if (declared != uint.MaxValue)
            {
                Assert.Equal(first, declared);
                filtered++;
            }
        }
        Assert.Equal(10, filtered);
    }

    [Theory]
    [InlineData("Leave a reply")]
    [InlineData("12 comments")]
    [InlineData("  comments are closed")]
    [InlineData("Name *")]
    [InlineData("Back to top")]
    [InlineData("Share this article:")]
    [InlineData("Email this story")]
    [InlineData("Weekly newsletter")]
    [InlineData("Daily email newsletters:")]
    [InlineData("Tell us what you think about the plan.")]
    [InlineData("We use cookies to improve your experience")]
    [InlineData("Filed under: Politics")]
    [InlineData("Tags: election, budget")]
    [InlineData("This is a modal window.")]
    [InlineData("No compatible source was found for this video.")]
    [InlineData("Loaded: 0%")]
    [InlineData("Remaining Time -0:00")]
    [InlineData("Protected by reCAPTCHA")]
    [InlineData("Privacy - Terms")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Advertisement - Continue Reading Below")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("View image in fullscreen")]
    [InlineData("toggle caption")]
    [InlineData("Image 1 of 12")]
    [InlineData("Listen to this article")]
    [InlineData("Continue reading the main story")]
    [InlineData("Contact the author at jane.doe@example.com")]
    [InlineData("Topics: Politics, Trade")]
    // News templates' engagement and subscription widgets, found by putting them between a story's paragraphs (2026-12-05).
    [InlineData("Comments are closed.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Skip Advertisement")]
    [InlineData("More from this section")]
    [InlineData("Promoted Stories")]
    [InlineData("Around the Web")]
    [InlineData("Loading...")]
    [InlineData("Report an error")]
    [InlineData("Enjoy unlimited access to all our journalism")]
    [InlineData("We want to hear from you")]
    [InlineData("Have a tip? Contact us")]
    [InlineData("Sorry, your browser does not support video")]
    [InlineData("Tap to unmute")]
    [InlineData("Email the author")]
    [InlineData("Click here to subscribe")]
    [InlineData("Get the latest news delivered to your inbox")]
    [InlineData("Support our journalism")]
    [InlineData("Become a member")]
    public void Lines_the_patterns_match_are_still_found(string line)
    {
        Assert.NotNull(BoilerplatePhrases.Kind(line));
        Assert.NotNull(BoilerplatePhrases.Kind("\t " + line.ToUpperInvariant() + " "));
    }

    [Theory]
    [InlineData("Leave a reply")]
    [InlineData("Back to top")]
    [InlineData("Tags: election, budget")]
    [InlineData("(c) 2005 BBC")]
    [InlineData("Subscribe to our newsletter for the latest")]
    [InlineData("The minister said the plan would go ahead.")]
    [InlineData("Тhе Ρrіmе Мinіstеr sаid sо tоdау")]
    [InlineData("Y\u043eur \u0441\u043entent \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d to thousands of readers!")]
    [InlineData("")]
    public void A_line_read_in_its_text_gives_what_the_line_alone_gives(string line)
    {
        // Article.BoilerplateKind asks of a span of the article's text: the text around it must not reach the patterns' ^ and $.
        foreach (var (before, after) in new[] { ("Intro.\n", "\nMore."), ("x ", " and more"), ("", "\n"), ("Share this ", "") })
        {
            var around = before + line + after;
            Assert.Equal(BoilerplatePhrases.Kind(line), BoilerplatePhrases.Kind(around.AsSpan(before.Length, line.Length)));
            Assert.Equal(LookAlikeLetters.Disguise(line), LookAlikeLetters.Disguise(around.AsSpan(before.Length, line.Length)));
        }
        if (line.Length == 0) return;
        var text = "Read more: " + line + "\n" + line + " and more words after it\n";
        var article = RuleAssert.ArticleOf(text);
        Assert.Equal(BoilerplatePhrases.Kind(line), article.BoilerplateKind(new NewsQuality.Model.TextSpan(text.IndexOf('\n') + 1, line.Length)));
    }

    [Fact]
    public void Lines_that_start_with_other_characters_give_what_every_pattern_gives()
    {
        var patterns = BoilerplatePhrases.Patterns;
        string[] lines =
        [
            "The minister said the plan would go ahead.", "\"We will not back down,\" she said.", "Zoe Ball left the show.",
            "Kelvin said so.", "\u212Aelvin said so.", "\u017Fhare this", "ſubscribe", "\u00A0Share this", "Ångström",
            "٣ comments", "(c) 2005 BBC", "© BBC", "- Back to top", "...", "", "   ",
        ];
        foreach (var line in lines)
        {
            var expected = patterns.Select((pattern, i) => (pattern, i)).FirstOrDefault(p => p.pattern.IsMatch(line));
            var kind = BoilerplatePhrases.Kind(line);
            if (kind == "text in look-alike letters") continue;
            Assert.Equal(expected.pattern is null, kind is null);
        }
    }

    // A small reader of the patterns' syntax, enough for these patterns: what a match can start with, as the bits
    // BoilerplatePhrases.CharacterBit gives, and whether the part can match nothing. White space (a space, \s) matches only
    // characters a line's first character other than white space is not, so it is passed over as if it could be empty.

    private static (uint First, bool Empty) Alternation(string p, ref int at)
    {
        var (first, empty) = Sequence(p, ref at);
        while (at < p.Length && p[at] == '|')
        {
            at++;
            var (more, moreEmpty) = Sequence(p, ref at);
            (first, empty) = (first | more, empty || moreEmpty);
        }
        return (first, empty);
    }

    private static (uint First, bool Empty) Sequence(string p, ref int at)
    {
        var (first, empty) = (0u, true);
        while (at < p.Length && p[at] is not ('|' or ')'))
        {
            var (atom, atomEmpty) = Atom(p, ref at);
            atomEmpty |= Quantifier(p, ref at);
            if (empty) first |= atom;
            empty &= atomEmpty;
        }
        return (first, empty);
    }

    private static bool Quantifier(string p, ref int at)
    {
        if (at >= p.Length) return false;
        bool optional;
        switch (p[at])
        {
            case '?' or '*':
                optional = true;
                at++;
                break;
            case '+':
                optional = false;
                at++;
                break;
            case '{':
                var close = p.IndexOf('}', at);
                optional = p[(at + 1)..close].Split(',')[0] == "0";
                at = close + 1;
                break;
            default:
                return false;
        }
        if (at < p.Length && p[at] == '?') at++; // lazy
        return optional;
    }

    private static (uint First, bool Empty) Atom(string p, ref int at)
    {
        var c = p[at++];
        switch (c)
        {
            case '(':
                if (p[at] == '?')
                {
                    Assert.Equal(':', p[at + 1]);
                    at += 2;
                }
                var inner = Alternation(p, ref at);
                Assert.Equal(')', p[at++]);
                return inner;
            case '[':
                at = p.IndexOf(']', at + 1) + 1;
                return (uint.MaxValue, false);
            case '.':
                return (uint.MaxValue, false);
            case ' ':
                return (0, true);
            case '\\':
                var e = p[at++];
                return e switch
                {
                    'd' => (BoilerplatePhrases.CharacterBit('0'), false),
                    's' => (0, true),
                    'b' => (0, true),
                    'w' => (uint.MaxValue, false),
                    _ => (BoilerplatePhrases.CharacterBit(e), false),
                };
            default:
                return (BoilerplatePhrases.CharacterBit(c), false);
        }
    }
}
