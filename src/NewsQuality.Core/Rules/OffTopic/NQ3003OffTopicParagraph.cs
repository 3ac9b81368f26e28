using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsQuality.Model;
using NewsQuality.Storage;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A paragraph whose words and topic have nothing to do with the rest of the article. Each paragraph is measured against the
/// rest (leave one out) with the shipped background IDF: shared wording, beyond chance and against the other paragraphs'
/// median (so a story whose paragraphs all wander is not a row of outliers), the story's recurring words and headline, its
/// neighbours, its names, and the cosine of its latent topic vector (<see cref="TopicVectors"/>, LSA learned from BBC News, or
/// for copy in another house style <see cref="BeyondBbcTopics"/>); boosted regression trees learned on planted paragraphs
/// (<see cref="Features(ParagraphMeasure)"/>), one set per topic table, turn the measures into the score.
/// </summary>
public sealed partial class NQ3003OffTopicParagraph : IArticleRule
{
    /// <summary>Shorter paragraphs say too little to judge; headings and link lines have their own rules.</summary>
    private const int MinContentTerms = 8;

    /// <summary>Paragraphs with fewer distinct content words than this give noisier signals; how far short they fall is one of the scorer's features.</summary>
    private const int FullLengthTerms = 12;

    /// <summary>Fewer judged paragraphs than this leave no "other paragraphs" to set a paragraph against.</summary>
    private const int MinParagraphs = 3;

    /// <summary>
    /// A paragraph under <see cref="FullLengthTerms"/> is reported only among at least this many judged paragraphs: a bystander's
    /// short quote shares no word with a story of two other paragraphs as surely as a pasted one does. On the tune split it left
    /// 8 of 792 caught short plantings (12–24 words) uncaught.
    /// </summary>
    private const int MinParagraphsForShort = 4;

    /// <summary>
    /// The learned scorer: boosted regression trees (ML.NET FastTree, binary) over <see cref="Features(ParagraphMeasure)"/>, from
    /// `dotnet run --project eval/NewsQuality.Eval -c Release -- offtopic-train --export …` (tune split of the realnews corpora,
    /// even ids), run from their export (<see cref="RegressionForest"/>) without ML.NET at run time.
    /// </summary>
    public const string TreesResource = "offtopic-paragraph-trees.bin";

    private static readonly Lazy<RegressionForest> Trees = new(() => LoadTrees(TreesResource));

    private static RegressionForest LoadTrees(string resource)
    {
        using var stream = EmbeddedResources.Open("NewsQuality.Rules.OffTopic.Data." + resource);
        return RegressionForest.Load(stream);
    }

    /// <summary>
    /// The trees' score at which a paragraph is flagged (the default threshold 0.5), chosen on the tune split's cross-validated
    /// scores; <see cref="Slope"/> is the trained model's Platt calibration, so a threshold's logit is one of calibrated log odds.
    /// </summary>
    private const double Cut = 18.5714;

    private const double Slope = 0.2;

    /// <summary>
    /// The scorer of the articles read with <see cref="BeyondBbcTopics"/> (crawled US pages and other copy BBC's topics do not
    /// cover), learned on those alone: `offtopic-train --topics beyond-bbc --trees 100 --budget 3 --with-partisan --export …` (100
    /// trees of 4 leaves led 200, 300 and 8 leaves in cross-validation). The house style's paragraphs and quotations differ from
    /// BBC's, and one set of trees for both cost BBC recall at the same false flags (ninth pass). The crawl's partisan pages with
    /// even ids are learned from too (sixteenth pass): the mainstream tune pages alone gave the trees 485 planted paragraphs, and
    /// with the partisan ones cross-validated mainstream recall at three flagged untouched paragraphs rose from 0.665 to 0.734
    /// (mean of four seeds).
    /// </summary>
    public const string BeyondBbcTreesResource = "offtopic-paragraph-trees-beyond-bbc.bin";

    private static readonly Lazy<RegressionForest> BeyondBbcTrees = new(() => LoadTrees(BeyondBbcTreesResource));

    /// <summary>
    /// The beyond-BBC trees' cut and Platt slope, as <see cref="Cut"/> and <see cref="Slope"/> are the BBC trees': three
    /// cross-validated flagged untouched paragraphs of the tune split's professional news (the partisan pages' own digressions
    /// do not count towards it), fewer than the crawl's share of the BBC trees' five.
    /// </summary>
    private const double BeyondBbcCut = 11.1038;

    private const double BeyondBbcSlope = 0.2;

    /// <summary>
    /// How many times more of an article's weighted stems <see cref="BeyondBbcTopics"/> must rebuild than BBC's table for the article
    /// to be read with it: the house-style switch, chosen by cross-validation on the tune split (offtopic-train --margin).
    /// </summary>
    public const double BeyondBbcMargin = 1.5;

    /// <summary>
    /// The topic table of copy BBC's topics do not cover: the same latent semantic analysis over text other than BBC News
    /// (tools/derive-topic-vectors.cs --beyond-bbc: the crawl's tune-split pages, MLQE-PE post-edited Wikipedia articles, TED
    /// translations). Learning both in one table blurred BBC's topics.
    /// </summary>
    public static TopicVectors BeyondBbcTopics => BeyondBbcTable.Value;

    private static readonly Lazy<TopicVectors> BeyondBbcTable = new(() =>
        Diagnostics.StartupTrace.Measure("topic vectors beyond BBC", () => TopicVectors.FromResource(BeyondBbcTopicsResource)));

    /// <summary>The image of <see cref="BeyondBbcTopics"/> (Rules/OffTopic/Data/topic-vectors-beyond-bbc.bin, from the .tsv beside it).</summary>
    public const string BeyondBbcTopicsResource = "NewsQuality.Rules.OffTopic.Data.topic-vectors-beyond-bbc.bin";

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3003",
        Name: "off-topic-paragraph",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A paragraph is about something else than the rest of the article.",
        Rationale: "Content farms paste paragraphs from other stories into copied articles. Each paragraph of eight or more distinct " +
                   "content words, most of them known to the topic table or the semantic vectors, in an article with at least three such paragraphs, is set " +
                   "against the rest of the article (leave one out), words weighed by document frequencies shipped with the tool (so a " +
                   "finding does not depend on which articles are checked together): the IDF-weighted share of its vocabulary that the " +
                   "rest uses, that share beyond what an unrelated text of the same length would share by chance (a paragraph of common " +
                   "words shares much with anything) and against the other paragraphs' (crawled pages with short paragraphs share little " +
                   "wording throughout); the share of the story's recurring vocabulary (words two other parts use) and of the headline " +
                   "it takes up; the share its neighbouring paragraphs use, and whether those two follow on from each other without it " +
                   "(a story's paragraph follows on, a pasted one interrupts); the share of its names found elsewhere and how many are " +
                   "new; and the cosine of its topic vector with the rest's and with the other paragraphs' median (a 24-dimension " +
                   "latent semantic analysis of word stems learned from half of BBC News 2004-2005, tools/derive-topic-vectors.cs, or, for copy " +
                   "whose words a second table learned beyond BBC (crawled US pages, Wikipedia articles, TED talks) rebuilds one and a half " +
                   "times better, from that one), and the " +
                   "same two for its meaning (word vectors distilled from the all-MiniLM-L6-v2 sentence encoder, tools/derive-semantic-vectors.cs, " +
                   "which know subjects BBC News never covered); how " +
                   "many other parts name its most recurring name (a background paragraph or a quote still names the story's people, by " +
                   "surname too), how much of it is quoted, whether it reports speech, and where it stands. Boosted regression trees " +
                   "learned on real articles with planted paragraphs of 25 words or more and of 12 to 24 (eval: offtopic-train, tune split; a " +
                   "set of their own for copy read with the second table) turn these into the score. On the " +
                   "held-out split of the realnews evaluation it catches nine in ten pasted paragraphs in BBC copy and more than half in " +
                   "crawled US pages, where paragraphs are short and a quote, a bystander or background can share as few words with the " +
                   "story as another story does; a pasted paragraph of 12 to 24 words is caught four times in five in BBC copy (less often " +
                   "than a longer one), and only in an article with at least three other judged paragraphs. Lists of names and " +
                   "figures, editors' notes (\"This version of the story has been refiled…\"), the rest of a sentence the page broke (starting in lower case or with a comma) and a line " +
                   "ending in a colon (it introduces what follows) are not judged. A heading-like line of four words or more over a paragraph is " +
                   "judged with it as one block: a paste brings another story's headline with its paragraph, and apart the headline would be " +
                   "\"the rest of the article\" sharing the paragraph's words. A paragraph that gives a title to a listed official of a country " +
                   "the story's lead names (\"Environment Minister Li Ganjie said…\" in a story from China) or a bare prime minister's, chancellor's or " +
                   "minister's title to someone the list lacks (wire copy names a foreign official's country), or that opens on that country by a " +
                   "description and names no other (\"The North African country is a major supplier of natural gas…\"), is the story's: wire copy " +
                   "quotes the country's own officials and gives its background in paragraphs that share few of its words. Nor is a quotation " +
                   "of someone introduced by what they are and where (\"…,\" said Peter Kamau, a trader in Nyeri): wire copy's bystanders and experts; nor a market's reaction that names nothing but the story's names, " +
                   "countries and indices (\"The pound rose against the dollar as markets welcomed an end to the uncertainty\").",
        FlaggedExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nThe striker scored twice in the second half as the champions beat their rivals at the stadium to go top of the league table.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.",
        CleanExample: "Oil prices rise\n\nOil prices rose on Monday as Opec ministers agreed to cut crude output by a million barrels a day from April.\n\nTraders said the Opec cut in crude output surprised oil markets, and prices for Brent crude rose above $50 a barrel.\n\nAnalysts expect crude oil prices to stay high while Opec keeps output low and demand for oil from China grows.\n\nOpec ministers will meet again in June to review crude output quotas and oil prices, the cartel said in Vienna.\n\nHigher oil prices could slow growth, economists warned, as crude costs feed into fuel and transport prices.")
    {
        FixTitle = "Remove the paragraph that belongs to another story",
    };

    /// <summary>The background frequencies, both topic tables, the semantic vectors and both sets of trees.</summary>
    public void WarmUp(Analysis.AnalysisOptions options)
    {
        _ = TermWeights.Background;
        _ = TopicVectors.Shipped;
        _ = BeyondBbcTopics;
        _ = SemanticVectors.Shipped;
        _ = Trees.Value;
        _ = BeyondBbcTrees.Value;
    }

    public void Analyze(ArticleContext context)
    {
        var measures = Measure(context.Article, TermWeights.Background);
        var scores = TreeScores(measures);
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            if (m.ContentTerms < FullLengthTerms && measures.Count < MinParagraphsForShort) continue;
            var logit = m.TopicsBeyondBbc
                ? BeyondBbcSlope * (scores[i] - BeyondBbcCut)
                : Slope * (scores[i] - Cut);
            var score = 1 / (1 + Math.Exp(-logit));
            // Most judged paragraphs fall below the threshold, and their message and measures (a string and a dictionary per
            // paragraph) would be built for Report to drop.
            if (context.BelowThreshold(score)) continue;
            if (i > 0 && IsAboutTheStorysCountry(context, m.Span, measures[0].Span) || IsVoiceOnTheStory(context.Text, m.Span) || IsMarketReaction(context, m.Span)) continue;
            context.Report(m.Span, score,
                $"This paragraph shares {m.Share:0%} of its wording with the rest of the article and {Closeness(m)}: it may belong to another story.",
                measures: new Dictionary<string, double>
                {
                    ["sharedWording"] = m.Share, ["topicSimilarity"] = m.TopicSimilarity, ["otherParagraphsTopicSimilarity"] = m.TypicalTopicSimilarity,
                });
        }
    }

    /// <summary>
    /// The paragraph gives a title to an official the list has of a country the story's lead names (by name or demonym, or as a
    /// listed person's): "Environment Minister Li Ganjie said…" in a story from China, "Central Bank Governor Godwin Emefiele has
    /// kept rates…" in one on Nigeria's president; or it opens on that country by a description ("The North African country is a
    /// major supplier of natural gas…" in a story on Algeria). Wire copy gives the country's own officials and background in
    /// paragraphs that share few of the story's words, and the trees took them for pastes (3 of the 10 false flags on 260 clean
    /// wire-style articles, then 1 of 9 on 340); another story's paragraph is about other people. Not asked of the lead itself,
    /// which says what the story's country is.
    /// </summary>
    private static bool IsAboutTheStorysCountry(ArticleContext context, TextSpan paragraph, TextSpan lead)
    {
        var gazetteer = context.Gazetteer;
        var people = context.Article.People(gazetteer);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in context.Article.WordSpanIn(lead))
            if (CountryNamedBy(gazetteer, word.Value) is { } country) countries.Add(country.Name);
        // Each person looked up once, for the lead and for the paragraph.
        var figures = new Knowledge.PublicFigure?[people.Count];
        for (var p = 0; p < people.Count; p++)
        {
            figures[p] = gazetteer.NameIndex.FindFigure(people[p].FullName);
            foreach (var mention in people[p].Mentions)
                if (lead.Contains(mention.NameSpan.Start))
                {
                    if (mention.Country is { } named) countries.Add(named.Name);
                    if (figures[p] is { } figure) countries.Add(figure.Country);
                }
        }
        if (countries.Count == 0) return false;
        if (CountryDescription().IsMatch(context.Text.AsSpan(paragraph.Start, paragraph.Length)) && !NamesAnotherCountry(context, paragraph, countries)) return true;
        for (var p = 0; p < people.Count; p++)
            foreach (var mention in people[p].Mentions)
                if (paragraph.Contains(mention.NameSpan.Start) && mention.Role is not null
                    && (mention.Country is { } named && countries.Contains(named.Name) || figures[p] is { } figure && countries.Contains(figure.Country)
                        || figures[p] is null && IsGovernmentTitle(mention.Role) && CountryMentions.HasBareTitle(context.Article, mention)
                           && !NamesAnotherCountry(context, paragraph, countries)))
                    return true;
        return false;
    }

    /// <summary>
    /// A prime minister's, chancellor's or cabinet minister's title: before a name the list lacks, bare, it is the story's country's
    /// (wire copy names a foreign official's country: "Japanese Prime Minister"), as NQ2003 reads it ("Prime Minister Serik Akhmetov
    /// said the government…" in a story from Kazakhstan: one of the clean wire articles' false flags). Not a president's: firms and
    /// bodies have presidents.
    /// </summary>
    private static bool IsGovernmentTitle(Knowledge.RoleEntry role) =>
        role.Office is "Prime Minister" or "Chancellor" || Knowledge.RoleLexicon.IsPortfolioTitle(role);

    /// <summary>
    /// Each paragraph's score by the trees of its topic table, the paragraphs of each table scored together
    /// (<see cref="RegressionForest.Predict(ReadOnlySpan{float[]}, Span{float})"/>: the same bits as one at a time).
    /// </summary>
    private static float[] TreeScores(IReadOnlyList<ParagraphMeasure> measures)
    {
        var scores = new float[measures.Count];
        if (measures.Count == 0) return scores;
        // An article is read with one topic table, so its paragraphs all go to one set of trees; the rows are the thread's.
        var rows = FeatureRows.For(measures.Count);
        Span<float> outputs = measures.Count <= 256 ? stackalloc float[measures.Count] : new float[measures.Count];
        foreach (var beyondBbc in (ReadOnlySpan<bool>)[false, true])
        {
            var count = 0;
            for (var i = 0; i < measures.Count; i++)
                if (measures[i].TopicsBeyondBbc == beyondBbc) Features(measures[i], rows[count++]);
            if (count == 0) continue;
            (beyondBbc ? BeyondBbcTrees : Trees).Value.Predict(rows.AsSpan(0, count), outputs);
            for (int i = 0, k = 0; i < measures.Count; i++)
                if (measures[i].TopicsBeyondBbc == beyondBbc) scores[i] = outputs[k++];
        }
        return scores;
    }

    /// <summary>How many numbers <see cref="Features(ParagraphMeasure)"/> gives.</summary>
    public const int FeatureCount = 19;

    /// <summary>Rows of <see cref="FeatureCount"/> features, kept on the thread for <see cref="TreeScores"/>.</summary>
    private static class FeatureRows
    {
        /// <summary>The most rows the thread keeps between articles.</summary>
        private const int KeptRows = 1024;

        [ThreadStatic] private static ReusedArray<float[]> _rows;

        public static float[][] For(int count)
        {
            var rows = _rows.Room(count, KeptRows);
            for (var i = 0; i < count; i++) rows[i] ??= new float[FeatureCount];
            return rows;
        }
    }

    /// <summary>What the learned scorer reads of a paragraph's measures (eval: offtopic-train).</summary>
    public static float[] Features(ParagraphMeasure m)
    {
        var row = new float[FeatureCount];
        Features(m, row);
        return row;
    }

    /// <summary><see cref="Features(ParagraphMeasure)"/> into <paramref name="row"/> (at least <see cref="FeatureCount"/> long).</summary>
    private static void Features(ParagraphMeasure m, Span<float> row)
    {
        row[0] = (float)m.Share;
        row[1] = (float)m.TopicSimilarity;
        row[2] = (float)(m.TopicSimilarity - m.TypicalTopicSimilarity);
        row[3] = Math.Max(0, FullLengthTerms - m.ContentTerms);
        row[4] = (float)(m.Share - m.TypicalShare);
        row[5] = (float)m.NeighbourShare;
        row[6] = (float)m.NameShare;
        row[7] = (float)(m.Share - m.ChanceShare);
        row[8] = (float)(m.Share - m.ChanceShare - m.TypicalExcess);
        row[9] = (float)m.CoreShare;
        row[10] = (float)m.HeadlineShare;
        row[11] = (float)Math.Log(1 + m.UnsharedNames);
        row[12] = (float)(m.NeighbourBridge - m.NeighbourShare);
        row[13] = (float)Math.Log(1 + m.RecurringNameUsers);
        row[14] = (float)m.QuotedShare;
        row[15] = m.Attributed ? 1 : 0;
        row[16] = (float)m.Position;
        row[17] = (float)m.SemanticSimilarity;
        row[18] = (float)(m.SemanticSimilarity - m.TypicalSemanticSimilarity);
    }

    /// <summary>How far the paragraph's topic is from the article's, in words, against how close its other paragraphs are.</summary>
    private static string Closeness(ParagraphMeasure m) =>
        m.TopicSimilarity <= 0 ? "none of its subject"
        : m.TopicSimilarity < m.TypicalTopicSimilarity / 2 ? "strays much further from its subject than the other paragraphs"
        : "strays further from its subject than the other paragraphs";

    /// <summary>What the rule measures on each paragraph it judges.</summary>
    /// <param name="Share">IDF-weighted share of the paragraph's content stems that the rest of the article (title included) also uses.</param>
    /// <param name="TopicSimilarity">Cosine of the paragraph's topic vector with the rest of the article's (leave one out).</param>
    /// <param name="TypicalTopicSimilarity">Median <paramref name="TopicSimilarity"/> of the article's other judged paragraphs.</param>
    /// <param name="ContentTerms">Distinct content-word stems in the paragraph.</param>
    /// <param name="TypicalShare">Median <paramref name="Share"/> of the article's other judged paragraphs: crawled pages with short
    /// paragraphs share little wording throughout, so a low share means something only against the article's own.</param>
    /// <param name="NeighbourShare">IDF-weighted share of the paragraph's stems that the paragraphs just before and after it use:
    /// a story's paragraph follows on from its neighbours, a pasted one interrupts them.</param>
    /// <param name="NameShare">Share of the paragraph's capitalised words inside sentences (names) that the rest of the article also
    /// uses; 1 when it names nothing. Another story is about other people and places.</param>
    /// <param name="ChanceShare">The <paramref name="Share"/> the paragraph would have by chance next to an unrelated text as long as
    /// the rest of the article, from each stem's document frequency: a paragraph of common words shares much with anything, so only
    /// sharing beyond chance ties it to the story, whatever the house style's paragraph length.</param>
    /// <param name="TypicalExcess">Median share beyond chance of the article's other judged paragraphs.</param>
    /// <param name="CoreShare">IDF-weighted share of the paragraph's stems that two or more other parts use: the story's recurring
    /// vocabulary, which a paragraph of the story takes up and a pasted one meets only by accident.</param>
    /// <param name="HeadlineShare">Share of the headline's IDF weight that the paragraph's stems cover.</param>
    /// <param name="UnsharedNames">How many of the paragraph's names the rest of the article never uses.</param>
    /// <param name="RecurringNameUsers">How many other parts (the headline counting twice) name the paragraph's most recurring name.</param>
    /// <param name="QuotedShare">Share of the paragraph's letters inside quotation marks.</param>
    /// <param name="Attributed">The paragraph reports speech ("said", "told", "according to").</param>
    /// <param name="Position">Where the paragraph stands among the judged ones, 0 first to 1 last.</param>
    /// <param name="SemanticSimilarity">Cosine of the paragraph's semantic vector (SIF-weighted mean of its stems' distilled word
    /// vectors) with the rest of the article's (leave one out).</param>
    /// <param name="TypicalSemanticSimilarity">Median <paramref name="SemanticSimilarity"/> of the article's other judged paragraphs.</param>
    /// <param name="TopicsBeyondBbc">The topic similarities come from <see cref="BeyondBbcTopics"/>, whose topics rebuild more of
    /// the article's words than BBC's table does (copy in another house style).</param>
    /// <param name="NeighbourBridge">IDF-weighted share of the next paragraph's stems that the paragraph before uses (<paramref name="NeighbourShare"/>
    /// when it has no neighbour on one side): a pasted paragraph splits two paragraphs that follow on from each other.</param>
    public readonly record struct ParagraphMeasure(TextSpan Span, double Share, double TopicSimilarity, double TypicalTopicSimilarity, int ContentTerms,
        double TypicalShare, double NeighbourShare, double NameShare, double ChanceShare, double TypicalExcess, double CoreShare,
        double HeadlineShare, int UnsharedNames, double NeighbourBridge, int RecurringNameUsers, double QuotedShare, bool Attributed, double Position,
        double SemanticSimilarity, double TypicalSemanticSimilarity, bool TopicsBeyondBbc);

    /// <summary>The measures of every paragraph the rule judges; empty when the article has too few such paragraphs to compare.</summary>
    /// <remarks>
    /// Plain loops rather than LINQ over the parts (a third of the rule's CPU went to iterators, closures and their arrays);
    /// every sum adds the same terms in the same order as before, so the measures are the same bits.
    /// </remarks>
    /// <param name="beyondBbcMargin">How many times more of the article the table beyond BBC must rebuild than BBC's for the article to
    /// be read with it (<see cref="BeyondBbcMargin"/>; eval: offtopic-train --margin, infinity for --single-table).</param>
    /// <param name="beyondBbcTopics">The table beyond BBC, <see cref="BeyondBbcTopics"/> unless another is given (eval: offtopic-train
    /// --cross-fit measures each tune page with a table learned without it, as a page the shipped table never read is measured).</param>
    public static IReadOnlyList<ParagraphMeasure> Measure(Article article, TermWeights weights, double beyondBbcMargin = BeyondBbcMargin,
        TopicVectors? beyondBbcTopics = null)
    {
        var beyondBbcTable = beyondBbcTopics ?? BeyondBbcTopics;
        // Link lines and template lines are NQ3001/NQ4001/NQ4004's business, not paragraphs of the story.
        var links = article.LinkLineSpans;
        // Room for every paragraph and judged paragraph at once: growing the lists cost three or four arrays each per article.
        var spans = new List<TextSpan>(article.Paragraphs.Count);
        foreach (var p in article.Paragraphs)
            if (p.Start >= article.BodyStart && !links.OverlapsAny(p) && article.BoilerplateKind(p) is null) spans.Add(p);
        HeadingsWithTheirParagraphs(article.Text, spans);
        // The paragraphs' stems, then the title's: the title is part of "the rest of the article" but never judged.
        var topics = TopicVectors.Shipped;
        var memo = StemMemo.For(weights, topics, beyondBbcTable);
        memo.BeginArticle();
        var parts = new Part[spans.Count + 1];
        var capitalised = new Part[parts.Length];
        var topicStems = new int[spans.Count + 1];
        for (var i = 0; i <= spans.Count; i++)
            parts[i] = memo.StemWeights(article, PartSpan(article, spans, i), out topicStems[i], out capitalised[i]);
        // A paragraph is judged when it is long enough and the topic table or the semantic vectors know most of its stems: a zero
        // cosine for text neither ever saw (another language) would be no evidence of another story, while words only the semantic
        // vectors know (a recipe's "zest", "batter" in a court story) are often another story's.
        // Lists and editors' notes stay part of the article's vocabulary but are not judged: a line-up or a refile note is not
        // a paragraph about anything, so sharing few words with the story is no sign of another story. Nor is a paragraph that
        // starts mid-sentence: it is the rest of one the page broke (a list of services split at a link), not a paragraph of its own,
        // nor one that ends in a colon, which introduces the statement or quotation that follows.
        var judged = new List<int>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
            if (parts[i].Count >= MinContentTerms && 2 * topicStems[i] >= parts[i].Count && IsOwnParagraph(article, spans[i])) judged.Add(i);
        if (judged.Count < MinParagraphs) return [];
        // How many of the article's parts (paragraphs and title) use each stem: a paragraph's stem is used by the rest of
        // the article when another part has it too. Counting once keeps long pages linear.
        var users = memo.CountUsers(parts);
        // BBC's topics read copy in BBC's words; an article whose words the table learned beyond BBC rebuilds better (US politics,
        // fields BBC 2004-2005 never covered) is read with that one. The whole article's vector is the sum of its parts'.
        // Each part's vectors side by side in one of the memo's buffers (part i at i × dimensions), not an array per part.
        var topicVectors = TopicVectorsOf(memo, parts, topics, beyondBbc: false);
        var readBeyondBbc = false;
        if (double.IsFinite(beyondBbcMargin))
        {
            var beyondBbcVectors = TopicVectorsOf(memo, parts, beyondBbcTable, beyondBbc: true);
            Span<double> beyondBbcTotal = stackalloc double[beyondBbcTable.Dimensions], topicTotal = stackalloc double[topics.Dimensions];
            readBeyondBbc = beyondBbcTable.ReconstructedEnergy(Total(beyondBbcVectors, beyondBbcTotal))
                            > beyondBbcMargin * topics.ReconstructedEnergy(Total(topicVectors, topicTotal));
            if (readBeyondBbc) topicVectors = beyondBbcVectors;
        }
        var similarities = LeaveOneOutCosines(topicVectors, judged);
        var sorted = Sorted(similarities);
        var semantic = LeaveOneOutCosines(SemanticVectorsOf(memo, parts), judged);
        var sortedSemantic = Sorted(semantic);
        var shares = new double[judged.Count];
        var excess = new double[judged.Count];
        Span<double> coreShares = judged.Count <= 128 ? stackalloc double[judged.Count] : new double[judged.Count];
        for (var j = 0; j < judged.Count; j++)
        {
            (shares[j], coreShares[j], var chance) = SharedShares(memo, parts[judged[j]], users);
            excess[j] = shares[j] - chance;
        }
        var sortedShares = Sorted(shares);
        var sortedExcess = Sorted(excess);
        var headline = parts[^1];
        // How many parts name each stem inside a sentence (capitalised, not its first word): the article's people, places and bodies.
        var namedBy = memo.CountNamers(capitalised);
        var inHeadline = memo.MarkHeadline(headline);
        var measures = new List<ParagraphMeasure>(judged.Count);
        for (var j = 0; j < judged.Count; j++)
        {
            var i = judged[j];
            var (names, sharedNames) = Names(memo, capitalised[i], users);
            var paragraph = article.Text.AsSpan(spans[i].Start, spans[i].Length);
            measures.Add(new ParagraphMeasure(
                spans[i],
                shares[j],
                similarities[j],
                MedianWithout(sorted, similarities[j]),
                parts[i].Count,
                MedianWithout(sortedShares, shares[j]),
                NeighbourShare(memo, parts, i),
                names == 0 ? 1 : (double)sharedNames / names,
                shares[j] - excess[j],
                MedianWithout(sortedExcess, excess[j]),
                coreShares[j],
                HeadlineShare(memo, parts[i], headline),
                names - sharedNames,
                NeighbourBridge(memo, parts, i),
                RecurringNameUsers(memo, capitalised[i], namedBy, inHeadline),
                QuotedShare(paragraph),
                Attribution().IsMatch(paragraph),
                judged.Count > 1 ? (double)j / (judged.Count - 1) : 0,
                semantic[j],
                MedianWithout(sortedSemantic, semantic[j]),
                readBeyondBbc));
        }
        return measures;
    }

    /// <summary>
    /// A heading-like line and the paragraph right under it become one part: a paste brings another story's headline with its
    /// paragraph ("Central bank raises interest rates to curb inflation" over "The central bank raised its benchmark interest
    /// rate…" in a match report), and as two parts the headline is "the rest of the article" that shares the paragraph's words.
    /// A story's own subhead is the first line of its section. Not a label of a word or three ("WATCH", a speaker's name over a
    /// fact check's claims), a line of a run of such lines (a list of teasers) or one over the rest of a sentence the page broke
    /// (", which treat…"). A heading has <see cref="MinHeadingWords"/> words or more.
    /// </summary>
    private static void HeadingsWithTheirParagraphs(string text, List<TextSpan> spans)
    {
        if (spans.Count < 2) return;
        // Each part asked once, before any merge: going from the end, the parts before k are still the original ones, and a part
        // after k that took in the paragraph under it was a heading over a part that is none, so k cannot be a heading of its own.
        Span<bool> headingLike = spans.Count <= 256 ? stackalloc bool[spans.Count] : new bool[spans.Count];
        for (var k = 0; k < spans.Count; k++) headingLike[k] = NQ3002StrayHeading.IsHeadingLike(text, spans[k]);
        for (var k = spans.Count - 2; k >= 0; k--)
            if (headingLike[k] && !headingLike[k + 1] && (k == 0 || !headingLike[k - 1])
                && Tokenizer.CountWords(text, spans[k], MinHeadingWords) >= MinHeadingWords
                && text.AsSpan(spans[k].End, spans[k + 1].Start - spans[k].End).IsWhiteSpace()
                && !IsFragment(text.AsSpan(spans[k + 1].Start, spans[k + 1].Length)))
            {
                spans[k] = TextSpan.FromBounds(spans[k].Start, spans[k + 1].End);
                spans.RemoveAt(k + 1);
            }
    }

    private const int MinHeadingWords = 4;

    /// <summary>Part <paramref name="i"/> of the article: its <paramref name="i"/>-th paragraph, the title after the last.</summary>
    private static TextSpan PartSpan(Article article, List<TextSpan> paragraphs, int i) => i < paragraphs.Count ? paragraphs[i] : article.TitleSpan;

    /// <summary>
    /// Each part's topic vector in BBC's table or the one beyond BBC: the weighted sum of its stems' vectors, stems in the part's
    /// order (what <see cref="TopicVectors.Of"/> adds).
    /// </summary>
    private static PartVectors TopicVectorsOf(StemMemo memo, Part[] parts, TopicVectors table, bool beyondBbc)
    {
        var vectors = memo.Vectors(beyondBbc ? StemMemo.Table.BeyondBbcTopics : StemMemo.Table.Topics, parts.Length, table.Dimensions);
        for (var i = 0; i < parts.Length; i++)
        {
            var sum = vectors[i];
            foreach (ref readonly var stem in memo.Stems(parts[i]))
                if ((beyondBbc ? stem.BeyondBbcRow : stem.TopicRow) is var row and >= 0) table.AddRow(sum, row, stem.Weight);
        }
        return vectors;
    }

    /// <summary>The sum of the parts' vectors, the whole article's, into <paramref name="total"/> (as long as one vector).</summary>
    private static Span<double> Total(PartVectors vectors, Span<double> total)
    {
        total.Clear();
        for (var i = 0; i < vectors.Count; i++)
        {
            var vector = vectors[i];
            for (var k = 0; k < total.Length; k++) total[k] += vector[k];
        }
        return total;
    }

    /// <summary>Each part's semantic vector: the plain sum of its stems' rows (the table's SIF weights are in its rows).</summary>
    private static PartVectors SemanticVectorsOf(StemMemo memo, Part[] parts)
    {
        var table = SemanticVectors.Shipped;
        var vectors = memo.Vectors(StemMemo.Table.Semantic, parts.Length, table.Dimensions);
        for (var i = 0; i < parts.Length; i++)
        {
            var sum = vectors[i];
            foreach (ref readonly var stem in memo.Stems(parts[i])) table.AddRow(sum, stem.SemanticRow);
        }
        return vectors;
    }

    /// <summary>
    /// Cosine of each judged part's vector with the rest of the article's: the rest is the whole article's sum minus the part's
    /// own, so long pages stay linear.
    /// </summary>
    private static double[] LeaveOneOutCosines(PartVectors vectors, List<int> judged)
    {
        Span<double> total = stackalloc double[vectors.Dimensions], rest = stackalloc double[vectors.Dimensions];
        Total(vectors, total);
        var cosines = new double[judged.Count];
        for (var j = 0; j < judged.Count; j++)
        {
            var own = vectors[judged[j]];
            for (var k = 0; k < rest.Length; k++) rest[k] = total[k] - own[k];
            cosines[j] = TopicVectors.Cosine(own, rest);
        }
        return cosines;
    }

    /// <summary>
    /// The vectors of an article's parts (paragraphs and title), part <c>i</c> at <c>i × Dimensions</c> of one buffer: one of the
    /// memo's (<see cref="StemMemo.Vectors"/>), good until the memo is asked for the same table's vectors again.
    /// </summary>
    private readonly ref struct PartVectors(Span<double> values, int count, int dimensions)
    {
        private readonly Span<double> _values = values;

        public int Count => count;

        public int Dimensions => dimensions;

        public Span<double> this[int part] => _values.Slice(part * dimensions, dimensions);
    }

    /// <summary>Neither a list, an editor's note, the rest of a broken sentence nor a line introducing what follows (read in place, not cut out).</summary>
    private static bool IsOwnParagraph(Article article, TextSpan span)
    {
        if (article.IsListOfNames(span)) return false;
        var paragraph = article.Text.AsSpan(span.Start, span.Length);
        return !IsEditorsNote(paragraph) && !IsFragment(paragraph) && !paragraph.TrimEnd().EndsWith(':');
    }

    /// <summary>
    /// <see cref="EditorsNote"/>, asked only of a paragraph that opens with a bracket or holds one of the words every other
    /// alternative needs (found together by one vectorised search): the regex tried each of its alternatives at every
    /// position of every paragraph.
    /// </summary>
    internal static bool IsEditorsNote(ReadOnlySpan<char> paragraph) =>
        (paragraph.Length > 0 && paragraph[0] is '(' or '[' || paragraph.ContainsAny(EditorsNoteWords)) && EditorsNote().IsMatch(paragraph);

    /// <summary>A word each alternative of <see cref="EditorsNote"/> but the bracketed one must match (its verb, or "refiled", or "hit the wire").</summary>
    private static readonly System.Buffers.SearchValues<string> EditorsNoteWords = System.Buffers.SearchValues.Create(
        ["refiled", "updated", "corrected", "changed", "amended", "hit the wire"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts in lower case or with punctuation that closes or continues a sentence (", which treat…").</summary>
    private static bool IsFragment(ReadOnlySpan<char> paragraph) => paragraph.Length > 0 && (char.IsLower(paragraph[0]) || paragraph[0] is ',' or ';' or ':' or '.' or ')' or ']');

    /// <summary>
    /// An editor's note about the story rather than part of it: a paragraph wholly in brackets ("(Click on … to see a related
    /// photo essay)", "(Reporting by …)"), or a refile or update note ("This version of the story has been refiled…").
    /// </summary>
    [GeneratedRegex(@"^[(\[].*[)\]]$|\b(this|the) (version of (this|the) )?(story|article|report) (has been|was|is) (refiled|updated|corrected|changed|amended)|\brefiled\b|\bhit the wires?\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    internal static partial Regex EditorsNote();


    /// <summary>
    /// Share of the stems' weight on the stems <paramref name="kept"/> keeps, or <paramref name="whenWeightless"/> when they weigh
    /// nothing. One loop: the weights add in the part's order (the order the stems were first met), as the sums over a dictionary's
    /// <c>Values</c> and <c>Where</c> did. The test is a struct, so each call is specialised and allocates no delegate.
    /// </summary>
    private static double WeightShare<TTest>(StemMemo memo, Part stems, TTest kept, double whenWeightless) where TTest : struct, IStemTest
    {
        double total = 0, share = 0;
        foreach (ref readonly var of in memo.Stems(stems))
        {
            total += of.Weight;
            if (kept.Keeps(of.Stem)) share += of.Weight;
        }
        return total > 0 ? share / total : whenWeightless;
    }

    /// <summary>Which stems <see cref="WeightShare{TTest}"/> counts.</summary>
    private interface IStemTest
    {
        bool Keeps(int stem);
    }

    /// <summary>Stems of the parts <see cref="StemMemo.Mark"/> marked (a missing part has none).</summary>
    private readonly record struct InEither(Marks Marked) : IStemTest
    {
        public bool Keeps(int stem) => Marked.Has(stem);
    }

    /// <summary>Distinct stems of a typical article: how long "the rest of the article" is against which chance sharing is reckoned.</summary>
    private const double TypicalArticleStems = 200;

    /// <summary>
    /// Three weighted shares of a paragraph's stems, from one pass over them (each adds the weights in the part's order, as it did
    /// alone): the share that at least two parts use (the paragraph among them) and the share that three or more use (the story's
    /// recurring vocabulary), each 1 when the stems weigh nothing (words in every article are no evidence); and the share the
    /// paragraph would have by chance next to an unrelated text of the rest's length: a stem whose IDF is w is in a fraction e^-w
    /// of articles, so in a text of R distinct stems with probability about 1 - exp(-e^-w R / <see cref="TypicalArticleStems"/>).
    /// </summary>
    private static (double Shared, double Core, double Chance) SharedShares(StemMemo memo, Part stems, Users users)
    {
        double total = 0, shared = 0, core = 0;
        var ownStems = 0;
        foreach (ref readonly var of in memo.Stems(stems))
        {
            total += of.Weight;
            var usedBy = users.Of(of.Stem);
            if (usedBy >= 2) shared += of.Weight;
            if (usedBy >= 3) core += of.Weight;
            if (usedBy == 1) ownStems++;
        }
        var (sharedShare, coreShare) = total > 0 ? (shared / total, core / total) : (1, 1);
        if (total == 0) return (sharedShare, coreShare, 1);
        var restLength = (users.Distinct - ownStems) / TypicalArticleStems;
        double chance = 0;
        foreach (ref readonly var of in memo.Stems(stems)) chance += of.Weight * (1 - Math.Exp(-Math.Exp(-of.Weight) * restLength));
        return (sharedShare, coreShare, chance / total);
    }

    /// <summary>Share of the headline's weight that the paragraph's stems cover; 0 for an empty headline.</summary>
    private static double HeadlineShare(StemMemo memo, Part stems, Part headline) =>
        WeightShare(memo, headline, new InEither(memo.Mark(stems)), whenWeightless: 0);

    /// <summary>Weighted share of paragraph <paramref name="i"/>'s stems that the body paragraphs right before and after it use.</summary>
    private static double NeighbourShare(StemMemo memo, Part[] parts, int i)
    {
        // parts ends with the title, which is no neighbour of the last paragraph.
        Part? before = i > 0 ? parts[i - 1] : null;
        Part? after = i + 2 < parts.Length ? parts[i + 1] : null;
        return WeightShare(memo, parts[i], new InEither(memo.Mark(before, after)), whenWeightless: 1);
    }

    /// <summary>Weighted share of the stems of the body paragraph after <paramref name="i"/> that the one before it uses.</summary>
    private static double NeighbourBridge(StemMemo memo, Part[] parts, int i)
    {
        if (i == 0 || i + 2 >= parts.Length) return NeighbourShare(memo, parts, i);
        var (before, after) = (parts[i - 1], parts[i + 1]);
        var bridge = WeightShare(memo, after, new InEither(memo.Mark(before)), whenWeightless: double.NaN);
        return double.IsNaN(bridge) ? NeighbourShare(memo, parts, i) : bridge;
    }

    /// <summary>
    /// The capitalised content words inside the paragraph's sentences (not the first word of one), and how many of them have a stem
    /// another part of the article uses: read from the paragraph's capitalised stems (<see cref="StemMemo.StemWeights"/>).
    /// </summary>
    private static (int Names, int Shared) Names(StemMemo memo, Part capitalised, Users users)
    {
        int names = 0, shared = 0;
        foreach (var (stem, opensSentence) in memo.Capitalised(capitalised))
        {
            if (opensSentence) continue;
            names++;
            if (users.Of(stem) > 1) shared++;
        }
        return (names, shared);
    }

    /// <summary>
    /// How many other parts name the paragraph's most recurring name, the headline counting as two: a paragraph that turns to
    /// background, a bystander or a quote still names the story's people and places, even by surname alone at a sentence's start
    /// ("Weinstein denied…"), which the name sets do not read as a name, so every capitalised word of the paragraph counts.
    /// The paragraph's own name set (its capitalised stems inside sentences), which <paramref name="namedBy"/> already counts once,
    /// is marked first.
    /// </summary>
    private static int RecurringNameUsers(StemMemo memo, Part capitalised, Users namedBy, Marks inHeadline)
    {
        var own = memo.MarkNames(capitalised);
        var most = 0;
        foreach (var (stem, _) in memo.Capitalised(capitalised))
        {
            if (!namedBy.Has(stem)) continue;
            var others = namedBy.Of(stem) - (own.Has(stem) ? 1 : 0) + (inHeadline.Has(stem) ? 1 : 0);
            most = Math.Max(most, others);
        }
        return most;
    }

    /// <summary>Share of the paragraph's letters inside quotation marks.</summary>
    private static double QuotedShare(ReadOnlySpan<char> paragraph)
    {
        int letters = 0, quoted = 0;
        var inside = false;
        // The letters between one quotation mark and the next, counted eight at a time (LetterCount).
        for (var rest = paragraph; ;)
        {
            var mark = rest.IndexOfAny('“', '”', '"');
            var between = LetterCount.Letters(mark < 0 ? rest : rest[..mark], out _);
            letters += between;
            if (inside) quoted += between;
            if (mark < 0) break;
            var c = rest[mark];
            inside = c == '“' || (c == '"' && !inside);
            rest = rest[(mark + 1)..];
        }
        return letters == 0 ? 0 : (double)quoted / letters;
    }

    /// <summary>The paragraph names a country (or its people) that the lead does not: its "the country" may be that one.</summary>
    private static bool NamesAnotherCountry(ArticleContext context, TextSpan paragraph, HashSet<string> countries)
    {
        foreach (var word in context.Article.WordSpanIn(paragraph))
            if (CountryNamedBy(context.Gazetteer, word.Value) is { } country && !countries.Contains(country.Name)) return true;
        return false;
    }

    /// <summary>The country a capitalised word names, as a name or demonym, in the possessive or not ("Nigeria's", "Chinese").</summary>
    private static Knowledge.Country? CountryNamedBy(Knowledge.Gazetteer gazetteer, string word) =>
        char.IsUpper(word[0]) ? gazetteer.FindCountry(word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word) : null;

    /// <summary>
    /// A paragraph that opens on a country by a description, not its name ("The North African country", "The country", "The
    /// oil-rich kingdom", "The Balkan nation"): the story's, once the lead has named one.
    /// </summary>
    [GeneratedRegex(@"^The (?:(?:[A-Z][\w-]*|[a-z]+-[a-z]+|small|tiny|impoverished|landlocked|poor|vast) ){0,3}(?:country|nation|kingdom|republic|emirate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CountryDescription();

    /// <summary>
    /// A market's reaction to the story ("Sterling fell more than 2 percent against the dollar as investors worried…", "Pakistani
    /// stocks fell 1.2 percent in early trade"): wire copy tells how markets took the news in a paragraph that shares none of the
    /// story's words (5 of the 15 NQ3003 flags on the clean wire-style articles of the probes and rounds 1–9). A paste from another
    /// market story names what moved there (a firm, an exchange, a commodity's cartel) and the story does not: every name of the
    /// paragraph must be the article's elsewhere, a country's or its people's, a market index's, a day's or a month's.
    /// </summary>
    private static bool IsMarketReaction(ArticleContext context, TextSpan paragraph)
    {
        var text = context.Text;
        if (!MarketMove().IsMatch(text.AsSpan(paragraph.Start, paragraph.Length))) return false;
        foreach (var word in context.Article.WordSpanIn(paragraph))
        {
            var value = word.Value;
            if (!char.IsUpper(value[0]) || MarketNames.Contains(value) || CountryNamedBy(context.Gazetteer, value) is not null
                || TextBlocks.OpensSentence(text, word.Span.Start) && !NamesWhatMoved(text.AsSpan(word.Span.End))) continue;
            if (!NamedOutside(context.Article, value, paragraph)) return false;
        }
        return true;
    }

    /// <summary>A sentence's first word is a name when shares or stock follow it: what moved ("Apple shares rose 3 percent").</summary>
    private static bool NamesWhatMoved(ReadOnlySpan<char> after) =>
        after.StartsWith(" shares") || after.StartsWith(" stock") || after.StartsWith("'s shares") || after.StartsWith("’s shares");

    /// <summary>The article uses the word, as written, outside the span.</summary>
    private static bool NamedOutside(Article article, string word, TextSpan span)
    {
        foreach (var token in article.Words)
            if (!span.Contains(token.Span.Start) && token.Value == word) return true;
        return false;
    }

    /// <summary>
    /// The paragraph opens on a market moving: stocks, shares, an index, a currency or bonds, then within a few words a verb of rising
    /// or falling ("Global stock markets tumbled", "The pound rose", "U.S. stock index futures slid").
    /// </summary>
    [GeneratedRegex(@"^(?:\S+ ){0,4}(?:stocks?|shares|markets|bourses?|index|indices|indexes|futures|pound|sterling|dollar|euro|yen|yuan|peso|rupee|rouble|ruble|lira|rand|won|franc|ringgit|baht|naira|shekel|currency|currencies|bonds?|yields?)(?: \S+){0,4}? (?:rose|fell|tumbled|slid|slumped|jumped|gained|dropped|rallied|surged|plunged|climbed|sank|rebounded|edged|firmed|weakened|strengthened|soared|dipped|slipped|recovered|opened|closed|ended|traded|hit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarketMove();

    /// <summary>
    /// Capitalised words of markets' and indices' names, of the kinds of market a reaction opens on ("Global stock markets", "Bank
    /// shares"), and days and months: no other story's names.
    /// </summary>
    private static readonly HashSet<string> MarketNames = new(TextBlocks.DayAndMonthNames.Concat(
    [
        "Global", "World", "Asian", "European", "Emerging", "Regional", "Bank", "Banking", "Tech", "Energy", "Mining", "Oil",
        "Dow", "Jones", "Industrial", "Average", "Nasdaq", "Composite", "S", "P", "FTSE", "Nikkei", "Hang", "Seng", "DAX", "CAC", "Sensex",
        "Nifty", "Kospi", "Stoxx", "Euro", "Wall", "Street", "Treasury", "Treasuries", "Index",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// A quotation of someone introduced by what they are and where ("…," said Peter Kamau, a trader in Nyeri; "…," said Erik Gordon,
    /// a professor at the University of Michigan): wire copy's bystanders and experts, who speak to the story in words of their own
    /// and share few of its names. Two of the clean wire articles' false flags were such voices; no planted paragraph of the rounds
    /// was one. The quotation and the introduction must both be there.
    /// </summary>
    private static bool IsVoiceOnTheStory(string text, TextSpan paragraph)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.Length);
        return span.IndexOfAny("\"“”") >= 0 && IntroducedVoice().IsMatch(span);
    }

    /// <summary>
    /// "said Peter Kamau, a trader in Nyeri", "said Erik Gordon, 61, a professor at…": a name, then what the person is and where. Not
    /// a spokesman's (who speaks for a side of some story), nor "… of" or "… for" a body (an official of another story as often).
    /// </summary>
    [GeneratedRegex(@"\b(?:said|says|added|told [a-z]+) [A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}, (?:\d+, )?an? (?![a-z -]*spokes)[a-z][a-z -]* (?:at|in|from)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedVoice();

    /// <summary>A speech verb or "according to": the paragraph reports what someone said.</summary>
    [GeneratedRegex(@"\b(said|says|told|tells|wrote|writes|added|according to|tweeted|stated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    /// <summary>
    /// The values in ascending order as <c>Order().ToArray()</c> gives them: a stable sort by <c>double.CompareTo</c>, so values that
    /// compare equal but differ (0 and −0) keep their order. Sorted as (value, position) pairs, which are all distinct: no LINQ
    /// buffers, key array and map per sort.
    /// </summary>
    internal static double[] Sorted(double[] values)
    {
        var pairs = values.Length <= 128 ? stackalloc (double Value, int At)[values.Length] : new (double Value, int At)[values.Length];
        for (var i = 0; i < values.Length; i++) pairs[i] = (values[i], i);
        pairs.Sort(static (a, b) => a.Value.CompareTo(b.Value) is var byValue && byValue != 0 ? byValue : a.At.CompareTo(b.At));
        var sorted = new double[values.Length];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = pairs[i].Value;
        return sorted;
    }

    /// <summary>Median of a sorted array with one occurrence of <paramref name="value"/> left out, in constant time after the sort.</summary>
    private static double MedianWithout(double[] sorted, double value)
    {
        var skipped = Array.BinarySearch(sorted, value);
        var count = sorted.Length - 1;
        double At(int k) => sorted[k < skipped ? k : k + 1];
        return count % 2 == 1 ? At(count / 2) : (At(count / 2 - 1) + At(count / 2)) / 2;
    }

    /// <summary>A part's run in one of the memo's lists (its stems, or its capitalised stems): where it starts and how long it is.</summary>
    private readonly record struct Part(int Start, int Count);

    /// <summary>How many parts use (or name) each stem of the article; a stem none uses gives 0.</summary>
    private readonly struct Users(int[] stamps, int[] counts, int stamp, int distinct)
    {
        /// <summary>How many distinct stems the parts use.</summary>
        public int Distinct => distinct;

        public bool Has(int stem) => stem < stamps.Length && stamps[stem] == stamp;

        public int Of(int stem) => Has(stem) ? counts[stem] : 0;
    }

    /// <summary>The stems of the parts <see cref="StemMemo.Mark"/> (or <see cref="StemMemo.MarkNames"/>) marked.</summary>
    private readonly struct Marks(int[] stamps, int stamp)
    {
        public bool Has(int stem) => stem < stamps.Length && stamps[stem] == stamp;
    }

    /// <summary>
    /// What the rule keeps on a thread across articles, so that measuring an article allocates little. The <see cref="StemOfTerm"/>
    /// of the terms met so far: most of an article's terms were in an earlier one, and finding them again (a string, a stem, the
    /// IDF, two topic tables and the semantic table: five look-ups in large tables) was a fifth of the rule's CPU. Each stem is
    /// numbered the first time it is met, so the article's parts, users and names are arrays indexed by number (stamped, so
    /// nothing is cleared between parts or articles) instead of a dictionary per part keyed by the stem's string. What a term
    /// gives depends only on the weights and the tables, so the memo is for one <see cref="TermWeights"/> and one pair of topic
    /// tables (the background's and the shipped ones in a check) and emptied when others are asked for or when it holds
    /// <see cref="Capacity"/> terms or stems (a long run over many languages does not grow it without bound).
    /// </summary>
    private sealed class StemMemo
    {
        private const int Capacity = 1 << 18;

        [ThreadStatic] private static StemMemo? _current;

        public static StemMemo For(TermWeights weights, TopicVectors topics, TopicVectors beyondBbcTopics)
        {
            var memo = _current;
            if (memo is null || memo._terms.Count >= Capacity || memo._stems.Count >= Capacity
                || !ReferenceEquals(memo._weights, weights) || !ReferenceEquals(memo._topics, topics) || !ReferenceEquals(memo._beyondBbcTopics, beyondBbcTopics))
                _current = memo = new StemMemo(weights, topics, beyondBbcTopics);
            return memo;
        }

        private StemMemo(TermWeights weights, TopicVectors topics, TopicVectors beyondBbcTopics)
        {
            (_weights, _topics, _beyondBbcTopics) = (weights, topics, beyondBbcTopics);
        }

        private readonly TermWeights _weights;
        private readonly TopicVectors _topics;
        private readonly TopicVectors _beyondBbcTopics;
        private readonly SpanTable<StemOfTerm> _terms = new(4096);
        /// <summary>The stems' numbers, keyed by the hash the stem tables' images take (<see cref="StemRowsImage.Hash"/>), so a new stem is hashed once for all four.</summary>
        private readonly SpanTable<int> _stems = new(1024);

        /// <summary>By number in the article's numbering (while it is measured): where the word's terms are in <see cref="_termsOfWords"/>.</summary>
        private ValuesByWordNumber<(int Start, int Count)> _termsByWord;
        private StemOfTerm[] _termsOfWords = new StemOfTerm[1024];
        private int _termsOfWordsCount;

        // Indexed by stem number; an entry counts only where its stamp is the one being asked about.
        private int[] _partStamps = new int[1024], _slots = new int[1024], _userStamps = new int[1024], _users = new int[1024],
            _markStamps = new int[1024], _nameStamps = new int[1024], _headlineStamps = new int[1024], _namerStamps = new int[1024], _namers = new int[1024];
        private int _stamp;

        private StemWeight[] _weightsOfParts = new StemWeight[256];

        /// <summary>Which vectors of an article's parts <see cref="Vectors"/> gives: a buffer each, as all three are read together.</summary>
        public enum Table { Topics, BeyondBbcTopics, Semantic }

        private readonly ReusedArray<double>[] _vectors = new ReusedArray<double>[3];

        /// <summary>Largest buffer of part vectors kept on the thread (doubles): a page of more parts gets one of its own.</summary>
        private const int KeptVectorValues = 1 << 14;

        /// <summary>
        /// Zeroed room for <paramref name="parts"/> vectors of <paramref name="dimensions"/> of one table, kept on the thread: an array
        /// per part and table was most of what measuring an article allocated.
        /// </summary>
        public PartVectors Vectors(Table table, int parts, int dimensions)
        {
            var length = parts * dimensions;
            var values = _vectors[(int)table].Room(length, KeptVectorValues).AsSpan(0, length);
            values.Clear();
            return new PartVectors(values, parts, dimensions);
        }
        private int _stemCount;
        private (int Stem, bool OpensSentence)[] _capitalised = new (int, bool)[64];

        /// <summary>How many capitalised stems the article's parts have so far.</summary>
        public int CapitalisedCount { get; private set; }

        /// <summary>Starts an article: its parts' lists are empty.</summary>
        public void BeginArticle()
        {
            (_stemCount, CapitalisedCount) = (0, 0);
            _termsByWord.Forget();
            if (_stamp < int.MaxValue - (1 << 24)) return;
            foreach (var stamps in (ReadOnlySpan<int[]>)[_partStamps, _userStamps, _markStamps, _nameStamps, _headlineStamps, _namerStamps]) Array.Clear(stamps);
            _stamp = 0;
        }

        private int NextStamp() => ++_stamp;

        public ReadOnlySpan<StemWeight> Stems(Part part) => _weightsOfParts.AsSpan(part.Start, part.Count);

        public ReadOnlySpan<(int Stem, bool OpensSentence)> Capitalised(Part part) => _capitalised.AsSpan(part.Start, part.Count);

        /// <summary>
        /// Content-word stems of a span with their IDF weights (each stem once, with the largest IDF of its words, in order of
        /// first use), how many of those stems the topic table or the semantic vectors know (<paramref name="known"/>), and the stems of its capitalised
        /// content words, each with whether it opens a sentence (<paramref name="capitalised"/>): those inside a sentence are its
        /// names (the parts' name sets and <see cref="Names"/>), all of them are what <see cref="RecurringNameUsers"/> looks up.
        /// </summary>
        /// <remarks>
        /// Read from the article's words (<see cref="Article.NumberedWordRange"/>), not the text: the span's letter runs are its
        /// words' letter runs, and the content terms of each of the article's distinct words (<see cref="FindTermsOfWords"/>) are
        /// found once, by its lower case's number: an article repeats many of its words. A capitalised word's stem is its first
        /// content term's.
        /// </remarks>
        public Part StemWeights(Article article, TextSpan span, out int known, out Part capitalised)
        {
            var start = _stemCount;
            var capitalisedStart = CapitalisedCount;
            var stamp = NextStamp();
            known = 0;
            var text = article.Text;
            var (words, first, count, numbers) = article.NumberedWordRange(span);
            // A span that cuts a word has words of its own, numbered on their own: their terms are found again.
            FindTermsOfWords(numbers);
            var ids = numbers.Ids;
            for (var w = first; w < first + count; w++)
            {
                var terms = TermsOf(ids[w]);
                foreach (ref readonly var of in terms)
                {
                    if (_partStamps[of.Stem] != stamp)
                    {
                        _partStamps[of.Stem] = stamp;
                        _slots[of.Stem] = _stemCount;
                        if (_stemCount == _weightsOfParts.Length) Array.Resize(ref _weightsOfParts, 2 * _stemCount);
                        _weightsOfParts[_stemCount++] = new StemWeight(of.Stem, of.Idf, of.TopicRow, of.BeyondBbcRow, of.SemanticRow);
                        if (of.TopicRow >= 0 || of.SemanticRow >= 0) known++;
                    }
                    else if (of.Idf > _weightsOfParts[_slots[of.Stem]].Weight)
                        _weightsOfParts[_slots[of.Stem]] = new StemWeight(of.Stem, of.Idf, of.TopicRow, of.BeyondBbcRow, of.SemanticRow);
                }
                if (terms.Length > 0 && char.IsUpper(words[w].Value[0])) AddCapitalised(terms[0].Stem, w == first || EndsSentence(text, words[w - 1].Span.End, span));
            }
            capitalised = new Part(capitalisedStart, CapitalisedCount - capitalisedStart);
            return new Part(start, _stemCount - start);
        }

        /// <summary>A word ending at <paramref name="end"/> inside <paramref name="span"/> ends a sentence (or opens a quotation): the next word opens one.</summary>
        private static bool EndsSentence(string text, int end, TextSpan span) =>
            (end < span.End ? text[end] : ' ') is '.' or '!' or '?' or ':' || (end + 1 < span.End && text[end + 1] is '“' or '"');

        /// <summary>
        /// Finds the content terms of every word of <paramref name="numbers"/> (each word's letter runs of three or more letters
        /// that are no stop word, in order), unless they are the ones found last: each term's lower case is looked up in the memo,
        /// and a stop word is kept there as one (stem -1), so it is tested once per thread. A word's lower case has its letter runs
        /// where the word has them, each the run's lower case.
        /// </summary>
        private void FindTermsOfWords(WordIdentities numbers)
        {
            if (_termsByWord.AreFor(numbers)) return;
            _termsOfWordsCount = 0;
            var terms = _termsByWord.Start(numbers);
            for (var id = 0; id < terms.Length; id++) terms[id] = FindTerms(numbers.Lower(id));
        }

        /// <summary>The content terms of the word numbered <paramref name="id"/> in the numbering <see cref="FindTermsOfWords"/> was last given.</summary>
        private ReadOnlySpan<StemOfTerm> TermsOf(int id)
        {
            var (start, count) = _termsByWord[id];
            return _termsOfWords.AsSpan(start, count);
        }

        /// <summary>The content terms of a lower-cased word, added to the list <see cref="TermsOf"/> reads.</summary>
        private (int Start, int Count) FindTerms(string lower)
        {
            var start = _termsOfWordsCount;
            // Most words are lower-case ASCII letters alone: one letter run, the word itself, found without walking its letters.
            if (!lower.AsSpan().ContainsAnyExcept(AsciiLowerCaseLetters))
            {
                if (lower.Length >= 3) AddTerm(lower, lower);
            }
            else
                foreach (var letters in TermVectors.TermSpans(lower, new TextSpan(0, lower.Length)))
                    if (letters.Length >= 3) AddTerm(letters.Length == lower.Length ? lower : null, lower.AsSpan(letters.Start, letters.Length));
            return (start, _termsOfWordsCount - start);
        }

        private static readonly System.Buffers.SearchValues<char> AsciiLowerCaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

        /// <summary>
        /// Adds a lower-cased term (a letter run of three or more letters) to the list <see cref="TermsOf"/> reads, unless it is a
        /// stop word. <paramref name="word"/> is the term's string when the term is its whole word (most are), else null: a term new
        /// to the memo is keyed by that string, and only another term is made a string of its own.
        /// </summary>
        private void AddTerm(string? word, ReadOnlySpan<char> term)
        {
            var hash = SpanTable<StemOfTerm>.Hash(term);
            ref var found = ref _terms.Find(term, hash);
            StemOfTerm of;
            if (!Unsafe.IsNullRef(ref found)) of = found;
            else if (TermVectors.IsStopWord(term)) _terms.Add(word ?? term.ToString(), hash, of = StopWord);
            else
            {
                var key = word ?? term.ToString();
                var stem = term[..TermVectors.StemLength(term)];
                var stemHash = StemRowsImage.Hash(stem);
                _terms.Add(key, hash, of = new StemOfTerm(_weights.Idf(key), NumberOf(stem, stemHash), _topics.RowOf(stem, stemHash),
                    _beyondBbcTopics.RowOf(stem, stemHash), SemanticVectors.Shipped.RowOf(stem, stemHash)));
            }
            if (of.Stem < 0) return;
            if (_termsOfWordsCount == _termsOfWords.Length) Array.Resize(ref _termsOfWords, 2 * _termsOfWordsCount);
            _termsOfWords[_termsOfWordsCount++] = of;
        }

        /// <summary>The stem's number (its <see cref="StemRowsImage.Hash"/> is <paramref name="hash"/>), given the first time it is asked for.</summary>
        private int NumberOf(ReadOnlySpan<char> stem, uint hash)
        {
            ref var known = ref _stems.Find(stem, hash);
            if (!Unsafe.IsNullRef(ref known)) return known;
            var number = _stems.Count;
            _stems.Add(stem.ToString(), hash, number);
            if (number == _partStamps.Length)
            {
                var size = 2 * number;
                Array.Resize(ref _partStamps, size); Array.Resize(ref _slots, size); Array.Resize(ref _userStamps, size);
                Array.Resize(ref _users, size); Array.Resize(ref _markStamps, size); Array.Resize(ref _nameStamps, size);
                Array.Resize(ref _headlineStamps, size); Array.Resize(ref _namerStamps, size); Array.Resize(ref _namers, size);
            }
            return number;
        }

        private void AddCapitalised(int stem, bool opensSentence)
        {
            if (CapitalisedCount == _capitalised.Length) Array.Resize(ref _capitalised, 2 * CapitalisedCount);
            _capitalised[CapitalisedCount++] = (stem, opensSentence);
        }

        /// <summary>How many of the parts use each stem.</summary>
        public Users CountUsers(Part[] parts)
        {
            var stamp = NextStamp();
            var distinct = 0;
            foreach (var part in parts)
                foreach (ref readonly var of in Stems(part))
                {
                    if (_userStamps[of.Stem] != stamp) (_userStamps[of.Stem], _users[of.Stem], distinct) = (stamp, 0, distinct + 1);
                    _users[of.Stem]++;
                }
            return new Users(_userStamps, _users, stamp, distinct);
        }

        /// <summary>How many of the parts name each stem inside a sentence (each part's names counted once).</summary>
        public Users CountNamers(Part[] capitalised)
        {
            var stamp = NextStamp();
            var distinct = 0;
            foreach (var part in capitalised)
            {
                var own = NextStamp();
                foreach (var (stem, opensSentence) in Capitalised(part))
                {
                    if (opensSentence || _nameStamps[stem] == own) continue;
                    _nameStamps[stem] = own;
                    if (_namerStamps[stem] != stamp) (_namerStamps[stem], _namers[stem], distinct) = (stamp, 0, distinct + 1);
                    _namers[stem]++;
                }
            }
            return new Users(_namerStamps, _namers, stamp, distinct);
        }

        /// <summary>The stems of the parts given (none for a missing part); good until the next <see cref="Mark"/>.</summary>
        public Marks Mark(Part? first, Part? second = null)
        {
            var stamp = NextStamp();
            foreach (var part in (ReadOnlySpan<Part?>)[first, second])
                if (part is { } p)
                    foreach (ref readonly var of in Stems(p)) _markStamps[of.Stem] = stamp;
            return new Marks(_markStamps, stamp);
        }

        /// <summary>The headline's stems, in an array of their own (good while the article is measured).</summary>
        public Marks MarkHeadline(Part headline)
        {
            var stamp = NextStamp();
            foreach (ref readonly var of in Stems(headline)) _headlineStamps[of.Stem] = stamp;
            return new Marks(_headlineStamps, stamp);
        }

        /// <summary>A part's names: its capitalised stems inside sentences; good until the next <see cref="MarkNames"/>.</summary>
        public Marks MarkNames(Part capitalised)
        {
            var stamp = NextStamp();
            foreach (var (stem, opensSentence) in Capitalised(capitalised))
                if (!opensSentence) _nameStamps[stem] = stamp;
            return new Marks(_nameStamps, stamp);
        }
    }

    /// <summary>What <see cref="StemMemo.StemWeights"/> needs of a content term, found once: its stem's number, the term's IDF, and the stem's rows in the two topic tables and the semantic table (-1: the table does not know it).</summary>
    /// <remarks>The <see cref="double"/> first: after an <see cref="int"/> it was padded to 32 bytes an entry instead of 24.</remarks>
    private readonly record struct StemOfTerm(double Idf, int Stem, int TopicRow, int BeyondBbcRow, int SemanticRow);

    /// <summary>What the memo keeps for a stop word: no stem (not a content term).</summary>
    private static readonly StemOfTerm StopWord = new(0, -1, -1, -1, -1);

    /// <summary>A stem of a part: the largest IDF of its words there, and its rows in the topic tables and the semantic table (-1 when the table has none).</summary>
    private readonly record struct StemWeight(int Stem, double Weight, int TopicRow, int BeyondBbcRow, int SemanticRow);
}
