using NewsQuality.Rules.OffTopic;
using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

public class NQ3003OffTopicParagraphTests
{
    private readonly NQ3003OffTopicParagraph _rule = new();

    [Fact]
    public void Flags_the_paragraph_from_another_story()
    {
        var findings = RuleAssert.Run(_rule, _rule.Descriptor.FlaggedExample);
        Assert.Equal("The striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.", Assert.Single(findings).Evidence);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt")) RuleAssert.Clean(_rule, File.ReadAllText(file));
    }

    [Fact]
    public void A_background_paragraph_of_a_real_article_is_not_flagged()
    {
        // hp-0000339 (fixtures/offtopic), once flagged in the realnews evaluation: the dates and guests of the summit the story is about.
        RuleAssert.Clean(_rule, Fixtures.Read("offtopic/nq3003-clean-hp-0000339.txt"));
    }

    [Fact]
    public void Copy_in_bbc_words_is_read_with_bbc_topics_and_a_crawled_us_page_with_the_table_beyond_bbc()
    {
        Assert.All(NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(_rule.Descriptor.FlaggedExample), TermWeights.Background),
            m => Assert.False(m.TopicsBeyondBbc));
        var crawled = RuleAssert.ArticleOf(Fixtures.Read("offtopic/nq3003-clean-hp-0000339.txt"));
        Assert.All(NQ3003OffTopicParagraph.Measure(crawled, TermWeights.Background), m => Assert.True(m.TopicsBeyondBbc));
        // With the switch off (the margin infinite) every article is read with BBC's table.
        Assert.All(NQ3003OffTopicParagraph.Measure(crawled, TermWeights.Background, double.PositiveInfinity), m => Assert.False(m.TopicsBeyondBbc));
    }

    [Fact]
    public void The_table_beyond_bbc_knows_what_bbc_news_2004_2005_never_covered()
    {
        var beyondBbc = NQ3003OffTopicParagraph.BeyondBbcTopics;
        Assert.Equal(TopicVectors.Shipped.Dimensions, beyondBbc.Dimensions);
        Assert.True(beyondBbc.Count > 10000, $"only {beyondBbc.Count} stems");
        Assert.All(new[] { "obamacare", "facebook", "tweet" }, w =>
        {
            Assert.True(beyondBbc.Contains(TermVectors.Stem(w)), w);
            Assert.False(TopicVectors.Shipped.Contains(TermVectors.Stem(w)), w);
        });
    }

    [Fact]
    public void A_real_paragraph_from_another_story_pasted_into_a_real_article_is_flagged()
    {
        // bbc-business-275 (German jobless figures) with a match report paragraph of bbc-sport-101 pasted after its second paragraph.
        RuleAssert.Flags(_rule, Fixtures.Read("offtopic/nq3003-planted-bbc-business-275.txt"));
    }

    [Fact]
    public void A_paragraph_pasted_into_a_crawled_partisan_page_is_flagged_by_the_scorer_beyond_bbc()
    {
        // hp-0000017 (an odd id: no scorer learned from it), a partisan page read with the table beyond BBC, with a paragraph on
        // Disney's Hollywood Studios from hp-0000192 pasted after its eleventh paragraph; its quotations and background stay clean.
        var marked = Fixtures.Read("offtopic/nq3003-planted-hp-0000017.txt");
        Assert.All(NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(RuleAssert.Unmark(marked).Text), TermWeights.Background),
            m => Assert.True(m.TopicsBeyondBbc));
        RuleAssert.Flags(_rule, marked);
    }

    [Fact]
    public void The_scorer_reads_the_neighbours_and_the_names()
    {
        var article = RuleAssert.ArticleOf(RuleAssert.Unmark(Fixtures.Read("offtopic/nq3003-planted-bbc-business-275.txt")).Text);
        var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background);
        var pasted = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("Wayne Rooney", StringComparison.Ordinal));
        // Rooney and Neville appear nowhere else, and the paragraphs around it are about German unemployment.
        Assert.Equal(0, pasted.NameShare);
        Assert.True(pasted.NeighbourShare < 0.1, $"neighbour share {pasted.NeighbourShare:0.00}");
        Assert.Equal(NQ3003OffTopicParagraph.FeatureCount, NQ3003OffTopicParagraph.Features(pasted).Length);
    }

    [Fact]
    public void The_scorer_reads_sharing_beyond_chance_the_story_vocabulary_and_the_interrupted_neighbours()
    {
        var article = RuleAssert.ArticleOf(RuleAssert.Unmark(Fixtures.Read("offtopic/nq3003-planted-bbc-business-275.txt")).Text);
        var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background);
        var pasted = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("Wayne Rooney", StringComparison.Ordinal));
        // The match report shares no more than chance with a story on German jobless figures, none of its recurring words and
        // nothing of its headline, and names two people the story never does.
        Assert.True(pasted.Share - pasted.ChanceShare < pasted.TypicalExcess, $"beyond chance {pasted.Share - pasted.ChanceShare:0.00}, others {pasted.TypicalExcess:0.00}");
        Assert.True(pasted.CoreShare < 0.1, $"core share {pasted.CoreShare:0.00}");
        Assert.Equal(0, pasted.HeadlineShare);
        Assert.True(pasted.UnsharedNames >= 2, $"unshared names {pasted.UnsharedNames}");
        foreach (var story in measures.Where(m => m.Span != pasted.Span))
            Assert.True(story.CoreShare > pasted.CoreShare, $"\"{article.Slice(story.Span)[..30]}\": core share {story.CoreShare:0.00}");
    }

    [Fact]
    public void A_pasted_paragraph_interrupts_two_paragraphs_that_follow_on_from_each_other()
    {
        var article = RuleAssert.ArticleOf(string.Format(OilStory,
            "The striker scored twice in the second half as the champions beat their rivals at a packed stadium to go top of the league table for the first time."));
        var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background);
        var pasted = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("The striker", StringComparison.Ordinal));
        // Traders on the Opec cut before it, analysts on crude prices and Opec output after it: they share words, the match report none.
        Assert.True(pasted.NeighbourBridge > pasted.NeighbourShare + 0.2, $"bridge {pasted.NeighbourBridge:0.00}, neighbours {pasted.NeighbourShare:0.00}");
        var story = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("Traders", StringComparison.Ordinal));
        Assert.True(story.NeighbourShare > 0.2, $"neighbours {story.NeighbourShare:0.00}");
    }

    private const string OilStory =
        "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April, the biggest cut in two years.\n\n" +
        "Traders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel in London trading.\n\n" +
        "{0}\n\n" +
        "Analysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China and India keeps growing.\n\n" +
        "Opec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in a statement from Vienna.";

    [Fact]
    public void A_pasted_paragraph_from_another_story_is_flagged()
    {
        var finding = Assert.Single(RuleAssert.Flags(_rule, string.Format(OilStory,
            "[[The striker scored twice in the second half as the champions beat their rivals at a packed stadium to go top of the league table for the first time.]]")));
        // Said in words for editors; the figures stay with the finding for the JSON report.
        Assert.Matches(@"^This paragraph shares \d+% of its wording with the rest of the article and (none of its subject|strays (much )?further from its subject than the other paragraphs): it may belong to another story\.$", finding.Message);
        Assert.DoesNotMatch(@"0\.\d\d|vocabulary|topic", finding.Message);
        Assert.Equal(["otherParagraphsTopicSimilarity", "sharedWording", "topicSimilarity"], finding.Measures.Keys.Order());
    }

    /// <summary>
    /// A paragraph in words the topic table never learned (a recipe in a pension story; round 8's "two cups of fresh blueberries" in
    /// a Supreme Court story) is judged when the semantic vectors know them: it used to be left unjudged as text the table cannot
    /// read, and another story's words are often that.
    /// </summary>
    [Fact]
    public void A_paragraph_in_words_the_topic_table_never_learned_is_judged()
    {
        RuleAssert.Flags(_rule, PensionStoryWithARecipe);
    }

    /// <summary>
    /// Wire copy's own paragraphs that share few of the story's words, in place of the pasted recipe: a bystander or an expert quoted
    /// on the story, introduced by what they are and where (the clean wire articles' "…," said Erik Gordon, a professor at the
    /// University of Michigan's Ross School), and the story's country's official under a bare title the list does not know ("Prime
    /// Minister Serik Akhmetov said the government…" in a story from Kazakhstan).
    /// </summary>
    [Theory]
    [InlineData("\"I have been lifting steel since I was seventeen and my knees are gone,\" said Lars Nilsen, a welder in Bergen.")]
    [InlineData("\"It is a huge opportunity for the right person, but the job is very hard,\" said Erik Lund, a professor at the Norwegian School of Economics.")]
    [InlineData("Finance Minister Jonas Dahl said separately that the government would cut the tax on diesel for fishing boats and farm machinery from next spring.")]
    [InlineData("Prime Minister Erna Vik told a news conference that a new bridge across the fjord near Tromso would open to traffic in August.")]
    public void The_story_s_own_voices_and_officials_are_not_flagged(string paragraph)
    {
        var recipe = PensionStoryWithARecipe.Split("\n\n").Single(p => p.StartsWith("[["));
        RuleAssert.Clean(_rule, PensionStoryWithARecipe.Replace(recipe, paragraph));
    }

    private const string PensionStoryWithARecipe =
        "Parliament approves pension reform after long debate\n\n" +
        "OSLO (Reuters) - Norway's parliament approved a reform of the state pension system on Wednesday, raising the retirement age gradually to 67 and tying future pension payments to life expectancy.\n\n" +
        "The bill passed by 95 votes to 74 after a debate that lasted more than ten hours, with the governing coalition joined by two smaller opposition parties.\n\n" +
        "Labour Minister Anna Berg told lawmakers the reform was needed to keep the pension system affordable as the population ages and fewer workers pay in for each pensioner.\n\n" +
        "Opposition lawmakers said the changes would hit manual workers hardest, because they start working younger and often cannot stay in physically demanding jobs until 67.\n\n" +
        "[[Knead the rye dough for ten minutes, cover the bowl with a damp towel and leave the sourdough to prove overnight before shaping the loaves and scoring the crust.]]\n\n" +
        "Trade unions had threatened strikes over the reform but called them off last month after the government agreed to extra protection for workers in heavy industries.\n\n" +
        "The pension fund, which invests the country's oil revenue, is worth more than 1 trillion dollars, but the government may spend only a small share of it each year.\n\n" +
        "The reform will take effect in January, and the first retirement-age increase will apply to workers born in 1963.";

    private const string MatchReport =
        "United 2-1 City: late header settles the derby\n\n" +
        "A late header from the captain gave United a 2-1 win over City in a tense derby and lifted them to second place in the league table.\n\n" +
        "City had taken the lead in the 12th minute when their striker curled a free-kick over the wall and into the top corner of the net.\n\n" +
        "United equalised five minutes before half-time, their winger sweeping home a low cross from the midfielder after a quick counter-attack.\n\n" +
        "\"It was a big game and the lads showed real character,\" the United manager told reporters after the match.\n\n" +
        "{0}\n\n" +
        "The City manager said his side had deserved a point and questioned the referee's decision not to award a penalty late in the game.";

    /// <summary>
    /// Another story's headline pasted over its paragraph: as a part of its own the headline was "the rest of the article" and shared
    /// the paragraph's words (a probe written for the purpose; the realnews evaluation plants the same, "another story's headline over
    /// one of its paragraphs").
    /// </summary>
    [Fact]
    public void A_pasted_headline_with_its_paragraph_is_flagged_as_one_block()
    {
        var finding = Assert.Single(RuleAssert.Run(_rule, string.Format(MatchReport,
            "Central bank raises interest rates to curb inflation\n\n" +
            "The central bank raised its benchmark interest rate by a quarter of a percentage point on Wednesday, citing stubborn inflation in services " +
            "and rising wage costs, and signalled that borrowing costs would stay high for longer than markets expected.")));
        Assert.StartsWith("Central bank raises interest rates to curb inflation\n\nThe central bank raised", finding.Evidence);
    }

    [Fact]
    public void A_subhead_over_the_story_s_own_paragraph_is_not_flagged()
    {
        RuleAssert.Clean(_rule, string.Format(MatchReport,
            "Derby decided by the captain's header\n\n" +
            "The captain rose highest to meet a corner in the 88th minute, and his header flew past the City goalkeeper to settle a derby United had chased all afternoon."));
    }

    [Fact]
    public void A_short_aside_on_the_story_is_not_flagged()
    {
        // Nine content words: judged, more strictly than a full-length paragraph.
        RuleAssert.Clean(_rule, string.Format(OilStory, "Petrol retailers warned motorists that pump prices could reach record levels soon."));
    }

    [Fact]
    public void A_pasted_sentence_as_short_as_many_news_paragraphs_is_flagged()
    {
        // Fourteen words: the scorer learned such plantings too (a fifth of BBC's paragraphs have 12–24 words), docs/false-flags.md.
        RuleAssert.Flags(_rule, string.Format(OilStory, "[[The striker scored twice in the second half as the champions won at the stadium.]]"));
    }

    [Fact]
    public void A_short_paragraph_is_not_judged_against_two_others()
    {
        // A bystander's short quote shares no word with a three-paragraph story; the same line among more paragraphs is judged.
        const string quote = "One stallholder remembered the last opening only vaguely: \"a brass band, a ribbon, and then it rained for a week,\" he said.";
        RuleAssert.Clean(_rule, "Council reopens the old market hall\n\nThe mayor promised a celebration when the market hall reopens next spring, and traders said they would hold her to it.\n\n" +
                                quote + "\n\nThe council expects the building to cost less to run than the temporary marquee it replaces, and traders move in on the first Saturday of April.");
        Assert.Contains(NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(string.Format(OilStory, quote)), TermWeights.Background), m => m.ContentTerms < 12);
    }

    [Fact]
    public void The_scorer_reads_a_back_reference_to_the_story_s_people_by_surname_and_the_quoted_share()
    {
        const string story = "Weinstein sued over hotel meeting\n\n" +
            "An actress has sued the film producer Harvey Weinstein in New York, saying he assaulted her at a hotel meeting in 2010.\n\n" +
            "Lawyers for Harvey Weinstein said the producer denied every allegation and would fight the lawsuit in a Manhattan court.\n\n" +
            "“I was terrified and I told nobody for years,” the actress said in a statement released by her lawyers on Tuesday.\n\n" +
            "Weinstein, who was fired by his company last month, faces police inquiries in London, New York and Los Angeles over similar claims.";
        var article = RuleAssert.ArticleOf(story);
        var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background);
        // "Weinstein" opens the last paragraph, where it is not read as a name, yet ties it to the three other parts that name him.
        var last = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("Weinstein,", StringComparison.Ordinal));
        Assert.True(last.RecurringNameUsers >= 3, $"recurring name users {last.RecurringNameUsers}");
        var quote = Assert.Single(measures, m => article.Slice(m.Span).StartsWith("“I was", StringComparison.Ordinal));
        Assert.Equal(0, quote.RecurringNameUsers);
        Assert.InRange(quote.QuotedShare, 0.3, 0.5);
        Assert.True(quote.Attributed);
        Assert.Equal(0, last.QuotedShare);
    }

    /// <summary>A wire story of a change of government, with a slot for one paragraph after its fifth.</summary>
    private const string CoalitionStory =
        "Cameron becomes prime minister as Brown steps down\n\n" +
        "David Cameron became Britain's prime minister on Tuesday evening after Gordon Brown resigned, ending 13 years of Labour government and five days of talks after an inconclusive election.\n\n" +
        "The Conservative leader will govern in coalition with the Liberal Democrats, whose leader Nick Clegg is expected to become deputy prime minister.\n\n" +
        "Cameron spoke outside Downing Street shortly after returning from Buckingham Palace, where the Queen asked him to form a government.\n\n" +
        "He said the country faced deep and pressing problems, including a huge deficit and a political system in need of reform, and promised to work in the national interest.\n\n" +
        "Brown, standing beside his wife Sarah, said he had informed the Queen of his intention to resign and wished his successor well.\n\n" +
        "{0}\n\n" +
        "The two parties were still finalising the details of their agreement, which is expected to include a referendum on changing the voting system.\n\n" +
        "Labour officials said Brown would also step down as party leader, setting up a contest to replace him in the autumn.\n\n" +
        "Clegg told his members of parliament the deal was the best way to give the country a stable government.";

    [Theory]
    // How markets took the story's news: wire copy's own paragraph, sharing none of its words (five of the clean wire-style
    // articles' false flags were such).
    [InlineData("The pound rose against the dollar as markets welcomed an end to the uncertainty.", false)]
    [InlineData("Sterling fell more than 2 percent against the dollar on Wednesday as investors worried that British politics would weigh on growth.", false)]
    // Another market story's paragraph names what moved there, which the story never names.
    [InlineData("Shares in Glencore fell 3 percent in London after the miner cut its forecast for copper output in Chile.", true)]
    [InlineData("The Nikkei rose 2 percent as Toyota jumped after the carmaker raised its profit forecast for the year.", true)]
    // A firm's name opening the paragraph is what moved (round 1's paste into a story from the Gambia).
    [InlineData("Apple shares rose 3 percent to $173.50 in extended trading, giving the company a market value of about $890 billion.", true)]
    [InlineData("Global stock markets tumbled as the results came in, and emerging market currencies fell to their lowest in a month.", false)]
    public void A_market_s_reaction_is_the_story_s_unless_it_names_what_the_story_does_not(string paragraph, bool judged)
    {
        // At a threshold this low every judged paragraph is reported: the question is whether the paragraph is judged at all.
        var everything = new global::NewsQuality.Rules.RuleSettings(true, global::NewsQuality.Model.Severity.Warning, 0.0001);
        var findings = RuleAssert.Run(_rule, [RuleAssert.ArticleOf(string.Format(CoalitionStory, paragraph))], everything)[0];
        Assert.Equal(judged, findings.Any(f => f.Evidence == paragraph));
    }

    [Theory]
    // A list of names and figures, the members of a panel: no prose to judge on topic.
    [InlineData("Members of the Senate Energy Committee: Senator Lisa Grant of Alaska, chairman; Senator Tom Reyes of Texas; Senator Anne Holt of Maine; Senator Bill Chu of Oregon; Senator Carol Dunn of Utah; Senator Mark Ellis of Ohio.")]
    [InlineData("Most conservative senators, by rating: Mike Lee (Utah) 98%, Ted Cruz (Texas) 96%, Rand Paul (Kentucky) 95%, Ben Sasse (Nebraska) 93%, Tom Cotton (Arkansas) 91%, James Risch (Idaho) 90%.")]
    // Editors' notes about the story itself.
    [InlineData("This version of the story has been refiled to correct the name of the Nigerian minister in the fourth paragraph and to add detail.")]
    [InlineData("(Click on the link in the upper right corner of this page to see a related photo essay on the Vienna meeting and the delegates)")]
    // The rest of a sentence the page broke at a link: a fragment of the article's own list, not a paragraph of its own.
    [InlineData(", which treat common conditions like strep throat, ear infections, pink eye and sprains at walk-in clinics across the county.")]
    [InlineData("and the walk-in clinics treat common conditions like strep throat, ear infections, pink eye and sprains seven days a week.")]
    // A line introducing the statement that follows.
    [InlineData("The striker's club released a lengthy statement on its website about the transfer of its captain to the champions, which reads:")]
    public void Lists_editors_notes_fragments_and_introductions_are_not_judged(string paragraph)
    {
        RuleAssert.Clean(_rule, string.Format(OilStory, paragraph));
    }

    [Fact]
    public void Text_the_topic_table_does_not_know_is_not_judged_on_topic()
    {
        // Spanish: hardly a stem has a topic vector, so a zero cosine would be no evidence of another story.
        RuleAssert.Clean(_rule,
            "El precio del petróleo sube\n\n" +
            "El precio del petróleo subió el lunes después de que los ministros de la Opep acordaron recortar la producción diaria de crudo.\n\n" +
            "Los comerciantes dijeron que el recorte sorprendió a los mercados, y el barril de Brent superó los cincuenta dólares en Londres.\n\n" +
            "Los analistas esperan que los precios sigan altos mientras la demanda de China e India continúe creciendo durante todo el año.\n\n" +
            "Los ministros volverán a reunirse en junio para revisar las cuotas de producción, según un comunicado publicado desde Viena.");
    }

    [Fact]
    public void A_digression_on_the_same_topic_that_shares_few_words_is_not_flagged()
    {
        // Few of its words occur elsewhere in the story, but its topic (energy markets) is the story's.
        var text = string.Format(OilStory,
            "Petrol retailers warned motorists that pump prices for unleaded fuel and diesel could reach record levels by the summer, as refineries pass on higher costs.");
        var digression = RuleAssert.ArticleOf(text).Paragraphs[3];
        var measure = Assert.Single(NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(text), TermWeights.Background), m => m.Span == digression);
        Assert.True(measure.Share < 0.25, $"share {measure.Share:0.00}, topic {measure.TopicSimilarity:0.00} against {measure.TypicalTopicSimilarity:0.00}");
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Each_paragraph_is_set_against_the_median_of_the_other_paragraphs()
    {
        var article = RuleAssert.ArticleOf(_rule.Descriptor.FlaggedExample);
        var measures = NQ3003OffTopicParagraph.Measure(article, TermWeights.Background);
        Assert.True(measures.Count >= 3);
        foreach (var m in measures)
        {
            var others = measures.Where(o => o.Span != m.Span).Select(o => o.TopicSimilarity).Order().ToArray();
            var median = others.Length % 2 == 1 ? others[others.Length / 2] : (others[others.Length / 2 - 1] + others[others.Length / 2]) / 2;
            Assert.Equal(median, m.TypicalTopicSimilarity, 12);
        }
    }

    /// <summary>
    /// The rule reads a paragraph's terms and names from its words, each distinct word once per article; here they are worked out
    /// from the text as the rule did before: the distinct stems of the paragraph's letter runs, and its capitalised words' first
    /// content terms inside sentences, shared when another part (paragraph or title) has the stem. Words of several letter runs,
    /// digits, apostrophes, letters beyond ASCII, capitals after a colon or a quotation mark, read twice (the second time from the
    /// thread's kept terms) and again after another article.
    /// </summary>
    [Fact]
    public void A_paragraphs_terms_and_names_read_from_its_words_are_those_of_its_letter_runs()
    {
        var text = string.Join("\n\n",
        [
            "Straße plan for Jean-Luc's COVID-19 talks",
            "Jean-Luc Picard's high-speed rail plan for Düsseldorf and Straße 42 met the ministers: Talks resumed in İstanbul on Monday with Opec.",
            "Ministers said \"Rail\" projects across Europe were 3D-printed, and O'Neill's Zorbaxian-Opec team wanted the Düsseldorf high-speed link done.",
            "The Opec ministers will review the rail plan, the İstanbul talks and Picard's budget again in June, officials in Düsseldorf said.",
            "Railway unions in Düsseldorf and İstanbul oppose the high-speed plan; O'Neill and Picard's ministers deny the COVID-19 delays.",
        ]);
        var article = RuleAssert.ArticleOf(text);
        var parts = article.Paragraphs.Where(p => p.Start >= article.BodyStart).Append(article.TitleSpan).ToList();
        var stems = parts.Select(p => TermVectors.ContentTerms(text, p).Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var round = 0; round < 3; round++)
        {
            if (round == 2) _ = NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(_rule.Descriptor.FlaggedExample), TermWeights.Background);
            var measures = NQ3003OffTopicParagraph.Measure(round == 0 ? article : RuleAssert.ArticleOf(text), TermWeights.Background);
            Assert.True(measures.Count >= 3);
            foreach (var m in measures)
            {
                var part = parts.IndexOf(m.Span);
                Assert.Equal(stems[part].Count, m.ContentTerms);
                var (names, shared) = (0, 0);
                var sentenceStart = true;
                foreach (var word in article.WordsIn(m.Span))
                {
                    if (char.IsUpper(word.Value[0]) && TermVectors.ContentTerms(text, word.Span).FirstOrDefault() is { } term && !sentenceStart)
                    {
                        names++;
                        if (stems.Where((_, other) => other != part).Any(s => s.Contains(TermVectors.Stem(term)))) shared++;
                    }
                    var next = word.Span.End < m.Span.End ? text[word.Span.End] : ' ';
                    sentenceStart = next is '.' or '!' or '?' or ':' || (word.Span.End + 1 < m.Span.End && text[word.Span.End + 1] is '“' or '"');
                }
                Assert.Equal(names - shared, m.UnsharedNames);
                Assert.Equal(names == 0 ? 1 : (double)shared / names, m.NameShare);
            }
        }
    }

    [Fact]
    public void Articles_with_fewer_than_three_long_paragraphs_are_not_judged()
    {
        Assert.Empty(NQ3003OffTopicParagraph.Measure(RuleAssert.ArticleOf(string.Format(OilStory, "").Split("\n\nAnalysts")[0]), TermWeights.Background));
    }

    [Fact]
    public void A_digest_of_unrelated_briefs_has_no_outlier()
    {
        // No paragraph shares a word with any other and their topics all differ: nothing stands out, and no score is NaN.
        const string briefs = "News in brief\n\n" +
            "Volcanic eruption grounded flights across Iceland yesterday evening.\n\n" +
            "Striker Mendes signed contract extension keeping him until 2029.\n\n" +
            "Central bankers trimmed interest rates citing weaker consumer spending.\n\n" +
            "Orchestra premiered symphony composed entirely underwater microphones.\n\n" +
            "Farmers harvested record pumpkin crops despite drought warnings.\n\n" +
            "Astronomers photographed comet approaching Jupiter's moons.";
        RuleAssert.Clean(_rule, briefs);
    }

    [Fact]
    public void The_editors_note_pre_search_answers_as_the_regex_alone()
    {
        // Every fixture paragraph, and notes written to match each alternative in several casings (the pre-search must
        // never turn away a paragraph the regex would match).
        string[] written =
        [
            "(Reporting by Jane Smith; editing by John Doe)", "[Click on the link to see a photo essay]", "(Unbalanced bracket",
            "This version of the story has been refiled to correct a typo.", "THE STORY WAS UPDATED ON MONDAY.", "The report is Corrected",
            "the article has been changed", "This version of this article was AMENDED.", "Refiled to add details.", "It hit the wires at noon.",
            "HIT THE WIRE", "The story has been updated.", "Nothing here was changed at all.", "An updated forecast came out.", "refiled",
            "The story’s version was refiled", "Ünïcödé paragraph with no note", "", "(", "()",
        ];
        var paragraphs = written.Concat(Fixtures.Files("clean", "*.txt").Concat(Fixtures.Files("seeds", "*.txt")).Concat(Fixtures.Files("offtopic", "*.txt"))
            .SelectMany(file => File.ReadAllText(file).Split("\n\n"))).ToList();
        Assert.True(paragraphs.Count > 100);
        var matched = 0;
        foreach (var paragraph in paragraphs)
        {
            var expected = NQ3003OffTopicParagraph.EditorsNote().IsMatch(paragraph);
            Assert.Equal(expected, NQ3003OffTopicParagraph.IsEditorsNote(paragraph));
            if (expected) matched++;
        }
        Assert.True(matched >= 12);
    }

    /// <summary>The medians' sorted copies are Order().ToArray()'s, bit for bit: 0 and −0 (equal to CompareTo) keep their order, NaN first.</summary>
    [Fact]
    public void Sorted_copies_are_what_a_stable_linq_order_gives_bit_for_bit()
    {
        var random = new Random(11);
        double[] pool = [0.0, -0.0, double.NaN, 1.5, -2.0, 0.25, double.NegativeInfinity, 0.25];
        for (var trial = 0; trial < 2_000; trial++)
        {
            var values = Enumerable.Range(0, random.Next(trial % 50 == 0 ? 400 : 20)).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            var expected = values.Order().ToArray();
            var sorted = NQ3003OffTopicParagraph.Sorted(values);
            Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), sorted.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
