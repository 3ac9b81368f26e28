using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Rules.Duplicate;

public class DuplicateRuleTests
{
    private static Article Seed(string name) => RuleAssert.ArticleOf(Fixtures.Read("seeds/" + name), name);

    private static Article Planted(Article original, string id, Func<string, string> edit) =>
        new(id, new ArticleOrigin(id), edit(original.Text), original.TitleSpan);

    private static IReadOnlyList<ArticleReport> Check(IReadOnlyList<Article> articles) =>
        new AnalysisEngine(new RuleCatalog([new NQ1001NearDuplicate(), new NQ1002PartialCopy()]), new AnalysisOptions()).Analyze(articles);

    [Fact]
    public void An_article_is_fingerprinted_once_per_setting_among_the_rules_that_share_its_products()
    {
        var rule = new NQ1001NearDuplicate();
        var defaults = RuleSettings.Defaults(rule.Descriptor);
        var article = Seed("004_d45996393cbbdd09.txt");
        using var spill = new NewsQuality.Storage.SpillFile();
        var shared = new DigestContext(defaults, spill) { ArticleProducts = new SharedProducts() };
        var first = rule.Digest(article, shared);
        Assert.NotNull(first);
        // The same handles into the spill: nothing shingled, signed or written again (NQ1003 asks with these settings).
        Assert.Equal(first, new NQ1001NearDuplicate().Digest(article, shared with { Settings = defaults with { Threshold = 0.9 } }));
        // Nothing shared: the same sets, written again; another shingle size: other shingles.
        var unshared = rule.Digest(article, new DigestContext(defaults, spill))!.Value;
        Assert.NotEqual(first.Value.Shingles, unshared.Shingles);
        Assert.Equal(spill.Read(first.Value.Shingles), spill.Read(unshared.Shingles));
        var triples = defaults with { Options = new Dictionary<string, double> { ["shingleSize"] = 3 } };
        Assert.NotEqual(spill.Read(first.Value.Shingles), spill.Read(rule.Digest(article, shared with { Settings = triples })!.Value.Shingles));
    }

    /// <summary>
    /// NQ1002 digests first and shares its paragraph signatures; NQ1001 builds the article's signature from them, and the
    /// signature is the one it makes alone (as in the dedup runs, where NQ1002 is off and nothing is shared).
    /// </summary>
    [Theory]
    [InlineData("000_90e9dc78b7355bf2.txt")]
    [InlineData("004_d45996393cbbdd09.txt")]
    public void An_article_signed_from_the_shared_paragraphs_has_the_signature_it_has_alone(string seed)
    {
        var (nearDuplicate, partialCopy) = (new NQ1001NearDuplicate(), new NQ1002PartialCopy());
        Assert.True(partialCopy.DigestOrder < ((ICorpusRule)nearDuplicate).DigestOrder);
        var article = Seed(seed);
        using var spill = new NewsQuality.Storage.SpillFile();
        var products = new SharedProducts();
        Assert.NotNull(partialCopy.Digest(article, new DigestContext(RuleSettings.Defaults(partialCopy.Descriptor), spill) { ArticleProducts = products }));
        var defaults = RuleSettings.Defaults(nearDuplicate.Descriptor);
        var shared = nearDuplicate.Digest(article, new DigestContext(defaults, spill) { ArticleProducts = products })!.Value;
        var alone = nearDuplicate.Digest(article, new DigestContext(defaults, spill))!.Value;
        Assert.Equal(spill.Read(alone.Signature), spill.Read(shared.Signature));
        Assert.Equal(spill.Read(alone.Shingles), spill.Read(shared.Shingles));
    }

    [Fact]
    public void Seeds_with_planted_copies_cluster_by_story_and_the_two_seeds_stay_apart()
    {
        var s000 = Seed("000_90e9dc78b7355bf2.txt");
        var s004 = Seed("004_d45996393cbbdd09.txt");
        var articles = new List<Article>
        {
            s000, s004,
            Planted(s000, "000-copy", t => t),
            Planted(s000, "000-respun", t => t.Replace("warned", "cautioned").Replace("soldiers", "troops").Replace("Monday", "Tuesday").Replace("meeting", "summit")),
            Planted(s004, "004-rechromed", t => "Daily World News\n\n" + t.Replace("Leave a Reply", "Post a comment") + "\n\nShare this article\n"),
        };
        var reports = Check(articles);
        var links = reports.SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (r.Article.Id, Representative: f.Related[0].ArticleId))).ToList();

        Assert.Equal(3, links.Count);
        Assert.All(links.Where(l => l.Id.StartsWith("000-")), l => Assert.Equal("000_90e9dc78b7355bf2.txt", l.Representative));
        Assert.Contains(links, l => (l.Id, l.Representative) is ("004-rechromed", "004_d45996393cbbdd09.txt") or ("004_d45996393cbbdd09.txt", "004-rechromed"));
        Assert.DoesNotContain(links, l => l.Id.StartsWith("000") && l.Representative!.StartsWith("004"));
    }

    [Fact]
    public void Representative_is_the_earliest_published_member()
    {
        var s004 = Seed("004_d45996393cbbdd09.txt");
        var early = new Article("early", new ArticleOrigin("early"), s004.Text, s004.TitleSpan) { Published = new DateTimeOffset(2021, 12, 7, 0, 0, 0, TimeSpan.Zero) };
        var late = new Article("late", new ArticleOrigin("late"), s004.Text + "\n\nUpdated.", s004.TitleSpan) { Published = new DateTimeOffset(2021, 12, 8, 0, 0, 0, TimeSpan.Zero) };
        var reports = Check([late, early]);
        var finding = Assert.Single(reports[0].Findings, f => f.RuleId == "NQ1001");
        Assert.Equal("early", finding.Related[0].ArticleId);
        Assert.Contains("earliest published", finding.Message);
        Assert.Empty(reports[1].Findings);
    }

    [Fact]
    public void An_article_pasted_into_another_is_a_partial_copy_with_the_copied_paragraphs_reported()
    {
        var source = Seed("004_d45996393cbbdd09.txt");
        var host = Fixtures.Read("clean/bbc-politics-020.txt");
        var pastedParagraphs = source.Paragraphs.Skip(2).Take(4).Select(source.Slice).ToList();
        var container = RuleAssert.ArticleOf(host.TrimEnd() + "\n\n" + string.Join("\n\n", pastedParagraphs) + "\n", "container");
        var reports = Check([source, container]);

        var copies = reports[1].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.Equal(pastedParagraphs, copies.Select(f => f.Evidence));
        Assert.All(copies, f => Assert.Equal(source.Id, f.Related[0].ArticleId));
        Assert.Contains("of that article appears in this one", copies[0].Message);
        Assert.DoesNotContain(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1001");
        Assert.Empty(reports[0].Findings);
    }

    [Fact]
    public void A_partial_copy_digest_keeps_its_paragraphs_shingles_as_one_sorted_set()
    {
        var rule = new NQ1002PartialCopy();
        using var spill = new NewsQuality.Storage.SpillFile();
        var digest = rule.Digest(Seed("004_d45996393cbbdd09.txt"), new DigestContext(RuleSettings.Defaults(rule.Descriptor), spill))!.Value;
        var union = spill.Read(digest.Items).SelectMany(item => spill.Read(item.Shingles)).Distinct().Order().ToArray();
        Assert.True(digest.Items.Count > 1);
        Assert.Equal(union, spill.Read(digest.Whole));
    }

    [Fact]
    public void Paragraphs_pasted_from_a_story_with_several_versions_are_reported_against_each_version_and_the_versions_are_not()
    {
        // NQ1002 drops a pair of versions before verifying their paragraphs; the same articles' pairs with the container
        // must still be verified and reported, whichever version's run they come in.
        var source = Seed("004_d45996393cbbdd09.txt");
        var versions = new[] { source, Planted(source, "updated", text => text.Replace(" the ", " ")), Planted(source, "corrected", text => text + "\n\nThis story was corrected.\n") };
        var host = Fixtures.Read("clean/bbc-politics-020.txt");
        var pastedParagraphs = source.Paragraphs.Skip(2).Take(4).Select(source.Slice).ToList();
        var container = RuleAssert.ArticleOf(host.TrimEnd() + "\n\n" + string.Join("\n\n", pastedParagraphs) + "\n", "container");
        var reports = Check([.. versions, container]);

        Assert.All(reports.Take(3), report => Assert.DoesNotContain(report.Findings, f => f.RuleId == "NQ1002"));
        var copies = reports[3].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.Equal(versions.Select(v => v.Id).Order(), copies.Select(f => f.Related[0].ArticleId).Distinct().Order());
        Assert.All(copies.GroupBy(f => f.Related[0].ArticleId), cited => Assert.Equal(pastedParagraphs, cited.Select(f => f.Evidence)));
    }

    [Fact]
    public void A_respun_whole_article_copy_is_reported_by_NQ1001_only()
    {
        var original = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-tech-040.txt"), "original");
        // One long paragraph rewritten (its words reversed) leaves about two thirds of each article in the other:
        // a near-duplicate as a whole, not a story with another pasted in.
        var rewritten = original.Slice(original.Paragraphs.MaxBy(p => p.Length));
        var respun = RuleAssert.ArticleOf(original.Text.Replace(rewritten, string.Join(' ', rewritten.Split(' ').Reverse())), "respun");
        var reports = Check([original, respun]);

        Assert.Single(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1001");
        Assert.DoesNotContain(reports.SelectMany(r => r.Findings), f => f.RuleId == "NQ1002");
    }

    [Fact]
    public void When_an_article_is_padded_with_other_text_the_padded_one_is_reported_not_the_original()
    {
        var original = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-business-010.txt"), "original");
        var other = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-sport-030.txt"), "other");
        // Padding of almost the original's length: too lopsided for NQ1001, yet the original holds over half of the padded article.
        var padded = RuleAssert.ArticleOf(original.Text.TrimEnd() + "\n\n" + other.Slice(other.Paragraphs.MinBy(p => Math.Abs(p.Length - 1200))) + "\n", "padded");
        var reports = Check([original, padded]);

        Assert.Empty(reports[0].Findings);
        var copies = reports[1].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, f => Assert.Equal("original", f.Related[0].ArticleId));
    }

    [Fact]
    public void Distinct_articles_do_not_cluster()
    {
        var articles = Fixtures.Files("clean", "*.txt").Select(f => RuleAssert.ArticleOf(File.ReadAllText(f), f)).ToList();
        Assert.All(Check(articles), r => Assert.Empty(r.Findings));
    }

    private static Article Wire(string id, string headline, string body, int day) =>
        new(id, new ArticleOrigin(id), $"{headline}\n\n{body}\n\nReuter\n", new TextSpan(0, headline.Length)) { Published = new DateTimeOffset(1987, 3, day, 9, 0, 0, TimeSpan.Zero) };

    private static string Dividend(int cents, string pay, string record) => $"Qtly div {cents} cts vs {cents} cts prior\n\nPay {pay}\n\nRecord {record}";

    [Fact]
    public void Templated_notices_about_different_companies_or_dates_are_not_duplicates_but_a_retransmission_is()
    {
        // Same template, same wording: only the company, a figure or the dates differ. A retransmission adds a header marker.
        var articles = new List<Article>
        {
            Wire("harlow", "HARLOW INDUSTRIES INC SETS QUARTERLY DIVIDEND", Dividend(20, "April 1", "March 15"), 2),
            Wire("cressly", "CRESSLY CORP SETS QUARTERLY DIVIDEND", Dividend(20, "April 1", "March 15"), 3),
            Wire("harlow-june", "HARLOW INDUSTRIES INC SETS QUARTERLY DIVIDEND", Dividend(20, "July 1", "June 15"), 4),
            Wire("harlow-more", "HARLOW INDUSTRIES INC SETS QUARTERLY DIVIDEND", Dividend(25, "April 1", "March 16"), 5),
            Wire("harlow-refile", "REFILE-HARLOW INDUSTRIES INC SETS QUARTERLY DIVIDEND", Dividend(20, "April 1", "March 15"), 6),
        };
        var links = Check(articles).SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (r.Article.Id, Target: f.Related[0].ArticleId))).ToList();
        Assert.Equal([("harlow-refile", "harlow")], links);
    }

    [Fact]
    public void A_corrected_figure_keeps_the_story_but_changed_names_and_figures_in_a_short_item_do_not()
    {
        const string body = "WASHINGTON, March 3 - Imports of sugar into the United States in the week ended February 28 came to 12,500 short tons, against 9,800 tons the week before, the Agriculture Department said.";
        var original = Wire("sugar", "U.S. SUGAR IMPORTS RISE IN WEEK", body, 3);
        var corrected = Wire("sugar-corrected", "CORRECTED-U.S. SUGAR IMPORTS RISE IN WEEK", body.Replace("12,500", "12,800"), 4);
        var nextWeek = Wire("sugar-next", "U.S. SUGAR IMPORTS RISE IN WEEK", body.Replace("March 3", "March 10").Replace("February 28", "March 7").Replace("12,500", "14,000").Replace("9,800", "12,500"), 10);
        var coffee = Wire("coffee", "U.S. COFFEE IMPORTS RISE IN WEEK", body.Replace("sugar", "coffee").Replace("Agriculture", "Commerce"), 3);
        var links = Check([original, corrected, nextWeek, coffee]).SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (r.Article.Id, Target: f.Related[0].ArticleId))).ToList();
        Assert.Equal([("sugar-corrected", "sugar")], links);

        var pair = StorySimilarity.Measure(Sets(original), Sets(nextWeek));
        Assert.True(pair.Wording >= 0.3, $"the template alone shares {pair.Wording:P0} of the wording");
        Assert.False(pair.IsSameStory(0.3));
        Assert.True(StorySimilarity.Measure(Sets(original), Sets(corrected)).IsSameStory(0.3));
    }

    [Fact]
    public void A_figure_changed_to_a_value_found_elsewhere_in_the_notice_still_tells_two_notices_apart()
    {
        // The other notice's band (1) is the 1 of "10 1/8" and its day (4) is this notice's band: as bare values only the amount
        // differs, within what a correction may change. In their places ("band 4", "August 23") three figures differ.
        static string Notice(int amount, string session, string day, int band, int shortage) =>
            $"LONDON, August {day} - The Bank of England said it gave the money market {amount} mln stg of help in the {session} session, buying bills in band {band} at 10 1/8 pct.\n\n" +
            $"This compares with the bank's estimate of a shortage of around {shortage} mln stg in the system today.";
        var articles = new List<Article>
        {
            Wire("mm", "U.K. MONEY MARKET GIVEN 770 MLN STG EARLY HELP", Notice(770, "early", "23", 4, 500), 2),
            Wire("mm-other", "U.K. MONEY MARKET GIVEN 670 MLN STG MORNING HELP", Notice(670, "morning", "4", 1, 500), 3),
            Wire("mm-refile", "REFILE-U.K. MONEY MARKET GIVEN 770 MLN STG EARLY HELP", Notice(770, "early", "23", 4, 500), 4),
            Wire("mm-corrected", "CORRECTED-U.K. MONEY MARKET GIVEN 770 MLN STG EARLY HELP", "(Corrects figure in paragraph 2)\n\n" + Notice(770, "early", "23", 4, 600), 5),
        };
        var pair = StorySimilarity.Measure(Sets(articles[0]), Sets(articles[1]));
        Assert.True(pair.Wording >= StorySimilarity.ShortWording, $"the template alone shares {pair.Wording:P0} of the wording");
        Assert.Equal(3, pair.DifferingParticulars);
        Assert.True(pair.DifferingPlacedFigures > StorySimilarity.ShortFigureChanges, pair.ToString());
        var links = Check(articles).SelectMany(r => r.Findings.Where(f => f.RuleId == "NQ1001").Select(f => (r.Article.Id, Target: f.Related[0].ArticleId))).ToList();
        Assert.Equal([("mm-refile", "mm"), ("mm-corrected", "mm")], links);
    }

    [Fact]
    public void A_figure_counts_with_the_word_it_follows_and_not_with_a_wire_marker()
    {
        ulong[] Of(string text) => Particulars.Of(text);
        var (swapped, original) = (Of("Bills in band 4 on August 1."), Of("Bills in band 1 on August 4."));
        Assert.Equal(swapped.Where(p => Particulars.KindOf(p) != Particulars.Kind.PlacedFigure), original.Where(p => Particulars.KindOf(p) != Particulars.Kind.PlacedFigure));
        Assert.NotEqual(swapped, original);
        Assert.Equal(Of("RPT-U.S. 3-MONTH BILL RATE\n\nBills in band 4 at 10 1/8 pct."), Of("U.S. 3-MONTH BILL RATE\n\nBills in band 4 at 10 1/8 pct."));
    }

    private static Article Dated(Article article, int day) =>
        new(article.Id, article.Origin, article.Text, article.TitleSpan) { Published = new DateTimeOffset(2021, 1, day, 0, 0, 0, TimeSpan.Zero) };

    private static StorySimilarity.Sets Sets(Article article) =>
        new(new Shingler(2).Shingles(article.Text, ContentSpans.Of(article)), Particulars.Of(article.Text, ContentSpans.Of(article)));

    [Fact]
    public void Particulars_are_figures_and_names_not_sentence_starts_wire_markers_or_common_headline_words()
    {
        ulong[] Of(string text) => Particulars.Of(text);
        // "Shares" opens the sentence; "REFILE" and its version number are wire markers; "MONEY MARKET" are ordinary words in capitals.
        Assert.Equal(Of("Acme Corp paid 2,000 dlrs in Boston on March 3."), Of("REFILE 2-MONEY MARKET\n\nShares: Acme Corp paid 2000 dlrs in Boston on March 3."));
        Assert.NotEqual(Of("Shares of Acme Corp paid 2,000 dlrs."), Of("Shares of Acme Corp paid 4,000 dlrs."));
        Assert.NotEqual(Of("Shares of Acme Corp paid 2,000 dlrs."), Of("Shares of Zenith Corp paid 2,000 dlrs."));
        Assert.Empty(Of("The company said it would pay the dividend."));
    }

    [Fact]
    public void A_chain_of_links_is_two_pairs_and_each_message_quotes_the_pair_it_names_with_every_link_in_related()
    {
        // B repeats A with over a third of its words rewritten (paragraphs reversed), C repeats B with another third rewritten:
        // A~B and B~C hold, A~C does not.
        var text = Fixtures.Read("clean/bbc-tech-040.txt");
        var a = RuleAssert.ArticleOf(text, "a");
        var paragraphs = a.Paragraphs.Where(p => p.Start >= a.BodyStart).Select(a.Slice).ToList();
        var words = paragraphs.Sum(p => p.Split(' ').Length);
        string Rewrite(string t, IEnumerable<string> rewritten) => rewritten.Aggregate(t, (current, p) => current.Replace(p, string.Join(' ', p.Split(' ').Reverse())));
        List<string> AThird(IEnumerable<string> from) => from.Aggregate(new List<string>(), (taken, p) => taken.Sum(q => q.Split(' ').Length) < 0.35 * words ? [.. taken, p] : taken);
        var forB = AThird(paragraphs);
        var forC = AThird(paragraphs.Except(forB));
        var bText = Rewrite(text, forB);
        var articles = new List<Article>
        {
            Dated(a, 1),
            Dated(RuleAssert.ArticleOf(bText, "b"), 2),
            Dated(RuleAssert.ArticleOf(Rewrite(bText, forC), "c"), 3),
        };
        var sets = articles.Select(Sets).ToList();
        Assert.True(StorySimilarity.Measure(sets[0], sets[1]).IsSameStory(0.3), StorySimilarity.Measure(sets[0], sets[1]).ToString());
        Assert.True(StorySimilarity.Measure(sets[1], sets[2]).IsSameStory(0.3), StorySimilarity.Measure(sets[1], sets[2]).ToString());
        Assert.False(StorySimilarity.Measure(sets[0], sets[2]).IsSameStory(0.3), "the test needs A and C apart: " + StorySimilarity.Measure(sets[0], sets[2]));

        var reports = Check(articles);
        var b = Assert.Single(reports[1].Findings, f => f.RuleId == "NQ1001");
        var c = Assert.Single(reports[2].Findings, f => f.RuleId == "NQ1001");
        Assert.Equal("a", b.Related[0].ArticleId);
        Assert.Equal("b", c.Related[0].ArticleId);
        Assert.Contains("a pair", c.Message);
        Assert.DoesNotContain(reports[0].Findings, f => f.RuleId == "NQ1001");
        // Each message quotes the similarity of the pair it names, which is the score; related carries every verified link.
        foreach (var (finding, self) in new[] { (b, 1), (c, 2) })
        {
            var named = articles.FindIndex(x => x.Id == finding.Related[0].ArticleId);
            var similarity = StorySimilarity.Measure(sets[self], sets[named]);
            Assert.Equal(similarity.Wording, finding.Score, 6);
            Assert.Equal(similarity.Wording, finding.Related[0].Similarity!.Value, 6);
            Assert.Contains($"share {similarity.Describe()}", finding.Message);
        }
        Assert.Equal(["a", "c"], b.Related.Select(r => r.ArticleId));
        Assert.Equal(StorySimilarity.Measure(sets[1], sets[2]).Wording, b.Related[1].Similarity!.Value, 6);
    }

    [Fact]
    public void A_third_of_an_article_pasted_into_another_is_a_partial_copy()
    {
        var source = RuleAssert.ArticleOf(Fixtures.Read("clean/bbc-tech-040.txt"), "source");
        var host = Fixtures.Read("clean/bbc-sport-030.txt");
        var body = source.Paragraphs.Where(p => p.Start >= source.BodyStart).Select(source.Slice).ToList();
        var words = body.Sum(p => p.Split(' ').Length);
        // Whole paragraphs of at least 12 words (shorter ones prove nothing), shortest first, each while the total stays under half
        // the source's words, until 30% are in; pasted in their order.
        var chosen = new List<string>();
        foreach (var paragraph in body.Where(p => p.Split(' ').Length >= 12).OrderBy(p => p.Length))
        {
            var total = chosen.Sum(p => p.Split(' ').Length);
            if (total >= 0.3 * words) break;
            if (total + paragraph.Split(' ').Length <= 0.5 * words) chosen.Add(paragraph);
        }
        var pasted = body.Where(chosen.Contains).ToList();
        Assert.InRange((double)pasted.Sum(p => p.Split(' ').Length) / words, 0.3, 0.5);
        var container = RuleAssert.ArticleOf(host.TrimEnd() + "\n\n" + string.Join("\n\n", pasted) + "\n", "container");
        var reports = Check([source, container]);

        var copies = reports[1].Findings.Where(f => f.RuleId == "NQ1002").ToList();
        Assert.Equal(pasted, copies.Select(f => f.Evidence));
        Assert.All(copies, f => Assert.Equal("source", f.Related[0].ArticleId));
        Assert.Empty(reports[0].Findings);
    }
}
