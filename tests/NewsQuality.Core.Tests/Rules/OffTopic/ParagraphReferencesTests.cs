using NewsQuality.Eval.OffTopic;
using NewsQuality.Model;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

/// <summary>NQ3003's coreference-lite measures (fifteenth pass, offtopic-train --references): who a paragraph refers back to.</summary>
public class ParagraphReferencesTests
{
    private const string Story =
        "Council approves new bridge\n\n" +
        "The city council of Millbrook approved plans for a new bridge over the river on Tuesday, after a long debate.\n\n" +
        "Mayor Janet Okafor said the bridge would cut journeys for thousands of commuters each day.\n\n" +
        "“We have waited twenty years for this crossing, and the money is finally there,” she said.\n\n" +
        "He said Fernsby had warned the board that the deal would not survive the winter.\n\n" +
        "Mr. Okafor said work would begin in the spring and finish within two years.";

    private static float[][] Measures(string text, out List<TextSpan> spans)
    {
        var article = RuleAssert.ArticleOf(text);
        spans = article.Paragraphs.Where(p => p.Start >= article.BodyStart).ToList();
        return ParagraphReferences.Of(article, spans);
    }

    [Fact]
    public void A_quotation_right_after_the_story_s_speaker_continues_them()
    {
        var measures = Measures(Story, out var spans);
        Assert.Equal(5, spans.Count);
        var quotation = measures[2];
        Assert.Equal(0, quotation[0]); // the quotation's own "We" is no pronoun of the narrative
        Assert.Equal(1, quotation[ParagraphReferences.ContinuesIndex]);
        Assert.All(measures.Where((_, k) => k != 2), m => Assert.Equal(0, m[ParagraphReferences.ContinuesIndex]));
    }

    [Fact]
    public void A_pronoun_led_paragraph_naming_someone_the_host_never_names_is_an_orphan()
    {
        var pasted = Measures(Story, out _)[3];
        Assert.Equal(1, pasted[0]);
        Assert.Equal(0, pasted[1]);
        Assert.Equal((float)Math.Log(2), pasted[2]); // "Fernsby", named nowhere else
        Assert.Equal(1, pasted[3]);
    }

    [Fact]
    public void A_surname_after_a_title_refers_back_to_the_story_s_person()
    {
        var closing = Measures(Story, out _)[4];
        Assert.Equal((float)Math.Log(2), closing[1]); // "Mr. Okafor": the full stop after the title ends no sentence
        Assert.Equal(0, closing[2]);
        Assert.Equal(0, closing[3]);
    }

    [Fact]
    public void Without_the_speaker_named_before_a_quotation_nothing_is_continued()
    {
        // Text it was not written for: a planted quotation after a paragraph that names no one the story names twice.
        const string text =
            "Rail fares to rise in March\n\n" +
            "Rail fares in England will rise by an average of 2.7% in March, the industry body said on Friday.\n\n" +
            "Season tickets on some routes will go up by more than £100 a year, according to figures from the body.\n\n" +
            "“We rowed for three days before the wind turned, and nobody on the island believed us,” the sailor wrote.\n\n" +
            "Passenger groups said the rise would hit commuters whose wages have not kept pace with fares.";
        Assert.All(Measures(text, out _), m => Assert.Equal(0, m[ParagraphReferences.ContinuesIndex]));
    }
}
