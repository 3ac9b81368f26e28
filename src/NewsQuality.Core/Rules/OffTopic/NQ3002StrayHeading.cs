using System.Text.RegularExpressions;
using NewsQuality.Model;
using NewsQuality.Rules.Translation;
using NewsQuality.Text;
using NewsQuality.TranslationQuality;

namespace NewsQuality.Rules.OffTopic;

/// <summary>
/// A short line in the body that is not a sentence and shares no telling word with the paragraphs around it
/// ("ministers in sweden" between two paragraphs about a Putin–Biden call): a heading left from another story.
/// </summary>
public sealed partial class NQ3002StrayHeading : IArticleRule
{
    /// <summary>
    /// Headlines of crawled news and wire copy run to nine words and more ("Krauthammer: Clinton 'Drowning in Cumulative Effect' of
    /// WikiLeaks, FBI Probe"); at eight, planted headlines of 9–14 words were never judged (0 of 191 on the crawl, held out).
    /// </summary>
    private const int MaxHeadingWords = 14;

    /// <summary>A lone word ("Casualties", "History", "Pixabay") is a section label or a credit, not another story's headline.</summary>
    private const int MinHeadingWords = 2;

    /// <summary>
    /// A heading whose words carry less than this share of their weight (background IDF) in the neighbouring paragraphs is
    /// unrelated to them: a common word in both ("rate", "show", "warns") is no link, a name or a subject word is.
    /// Measured on the tune half of the realnews evaluation (even ids): planted headings caught on BBC 0.84 → 0.95.
    /// </summary>
    private const double MaxSharedWeight = 0.25;

    /// <summary>Words from which a mostly lower-case paragraph is running text even without a closing full stop.</summary>
    private const int LongProseWords = 15;

    /// <summary>
    /// A heading whose words carry at least half their weight anywhere else in the article (title included) is about the story:
    /// a speaker label ("Hillary Clinton" above her words), a section heading of a sub-headed feature ("About the brothers"),
    /// which need not share words with the paragraphs beside it. A heading from another page shares little with the whole story.
    /// This replaced skipping every article with more than two heading-like lines, which hid stray headings in crawled pages:
    /// on the tune half of the realnews evaluation (even ids) planted headings caught on the crawl 0.93 → 0.98.
    /// </summary>
    private const double MaxArticleSharedWeight = 0.5;

    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ3002",
        Name: "stray-heading",
        Category: RuleCategory.OffTopic,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A short heading-like line shares nothing with the text around it.",
        Rationale: "Genuine sub-headings announce the paragraph that follows and share its words (\"Russian soldiers on the border\" " +
                   "before a paragraph about Russian troops at the border). A heading whose content words carry less than a quarter of " +
                   "their weight (IDF) in the paragraphs before and after it shares at most a common word or two with them (\"rate\", " +
                   "\"warns\"), and shares under half its weight with the rest of the story, was left in by a template or spliced from another " +
                   "page; a sub-heading or a speaker's name is about the story even where its neighbours do not repeat it, and in an article " +
                   "with a heading plainly its own (about the story, a section label or one word), or with two of them, a heading of four " +
                   "words or fewer naming no one, no place and no figure is one of its sections' (\"Early life\", \"Turning the corner\"). " +
                   "Labelled notes and " +
                   "captions (\"Credit: …\"), bylines, date lines, the attribution line of an embedded post or of a quotation (\"— Ben, age 8\"), a web " +
                   "address on its own line, section labels and the questions an explainer asks of any story (\"In Summary\", \"What are " +
                   "the risks?\", \"Who pays\"), the numbered sections of a list article (\"3. Prep them\"), a line " +
                   "a colon announces, sub-headings in the article's own capitals or of a few everyday words in capitals (a wire's \"REGULATORY " +
                   "OVERHANG\") and the rows of a labelled list (\"Album of the year: Adele, 'Hello'\") belong to the page and are not judged. A heading-like " +
                   "line has two to fourteen words (a crawled or wire headline often has more than eight), or up to eighteen set as a headline " +
                   "(in Title Case, or after a topic label and a colon), and no closing punctuation but " +
                   "a quoted phrase (\"Striker 'set to join Chelsea'\"), or is one quotation naming its subject (\"'UK will stand firm on EU " +
                   "rebate'\"), or ends in a question mark or an exclamation in Title Case, as link bait writes it, or in a short question " +
                   "that stands on its own (\"Could Yukos be a blessing in disguise?\", \"Could rivalry overshadow election?\"; the writer's own " +
                   "questions point back with it, this, you or but, run on or ask twice, and an article that asks three or more questions one a line " +
                   "(an interview, a checklist, an explainer's subheads) has its own; a line opening with a dash is a list item); one " +
                   "whose next line goes on in lower case is a sentence the scrape broke.",
        FlaggedExample: "Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of the call.\n\nministers in sweden\n\nBut other points are expected to dominate the meeting.",
        CleanExample: "Talks\n\nThe White House warned of a growing US presence in Eastern Europe.\n\nRussian soldiers on the border\n\nMore than 90,000 Russian soldiers are present on the Ukrainian border.")
    {
        FixTitle = "Remove the stray heading",
    };

    public void Analyze(ArticleContext context)
    {
        foreach (var candidate in Candidates(context.Article).Where(IsStray))
            context.Report(candidate.Span, 0.9,
                $"Heading-like line \"{context.Article.Slice(candidate.Span)}\" {candidate.Why ?? "shares no telling word with the paragraphs around it"}: probably left from another page.");
    }

    /// <summary>A judged line that shares little with its neighbours and with the rest of the story.</summary>
    public static bool IsStray(HeadingCandidate candidate) =>
        candidate.Skipped is null && candidate.SharedWeight < MaxSharedWeight && candidate.ArticleSharedWeight < MaxArticleSharedWeight;

    /// <summary>A heading-like line the rule looked at, and why it was not judged (null when it was).</summary>
    /// <param name="SharedWeight">Share of the line's IDF weight in words the paragraphs before and after it also use.</param>
    /// <param name="ArticleSharedWeight">Share of the line's IDF weight in words the rest of the article (title included) uses.</param>
    /// <param name="Why">What makes a judged line stray when it is not its shared words (the message's reason).</param>
    public readonly record struct HeadingCandidate(TextSpan Span, string? Skipped, double SharedWeight, double ArticleSharedWeight = 1, string? Why = null);

    /// <summary>Every heading-like body line above prose, with what the rule made of it.</summary>
    public static IReadOnlyList<HeadingCandidate> Candidates(Article article)
    {
        var text = article.Text;
        // Below the title, and below the real headline when a masthead stands above it (NQ4002 reports those lines).
        var (_, headline) = article.Masthead;
        var bodyStart = Math.Max(article.BodyStart, headline.End);
        // The paragraphs are in text order: those of the body are the last ones. Found in loops, and the lines judged in a
        // method of their own, so that an article without a heading-like line (most) makes no list, iterator or closure.
        var all = article.Paragraphs;
        var firstInBody = 0;
        while (firstInBody < all.Count && all[firstInBody].Start < bodyStart) firstInBody++;
        var paragraphs = new TextSpan[all.Count - firstInBody];
        for (var p = 0; p < paragraphs.Length; p++) paragraphs[p] = all[firstInBody + p];
        var links = article.LinkLineSpans;
        // A stray heading interrupts prose; a run of short lines is a list or a table (fixtures, results, credits). Captions,
        // credits, date lines and embedded posts' attributions are the page's own furniture, not another story's heading.
        // The first body line is left out: under the headline it is a standfirst or a repeated headline, not a sub-heading.
        List<int>? headings = null;
        for (var i = 1; i < paragraphs.Length - 1; i++)
            if (IsHeadingLike(text, paragraphs[i]) && !links.OverlapsAny(paragraphs[i]) && article.BoilerplateKind(paragraphs[i]) is null
                && (IsRunningText(text, paragraphs[i + 1]) || OverSectionLabel(text, paragraphs, i))
                && !PageFurniture.Is(article.Slice(paragraphs[i])) && !PageFurniture.IsByline(article.Slice(paragraphs[i]))
                // A web page marks its own subheads (<h2>…<h6> in the body) and list items (a guide's tips, "High phosphorus with
                // micronutrients, as well as additional iron"): those are the article's structure.
                && article.Page?.Subheadings.Contains(paragraphs[i]) != true && article.Page?.ListItems.Contains(paragraphs[i]) != true)
                (headings ??= []).Add(i);
        return headings is null ? [] : Judged(article, paragraphs, headings);
    }

    /// <summary>What the rule makes of each heading-like line (<paramref name="headings"/>: their indexes in <paramref name="paragraphs"/>).</summary>
    private static List<HeadingCandidate> Judged(Article article, TextSpan[] paragraphs, List<int> headings)
    {
        var text = article.Text;
        // Sub-headings set in capitals are the house style when the article sets other phrases so ("TRAFFICKING IN HOUSTON",
        // BBC's game reviews "WORLD OF WARCRAFT" … "THE LEGEND OF ZELDA", some run into the paragraph by the scrape).
        var capitalPhrases = CapitalPhrase().Matches(text).Where(m => HasLongWordInCapitals(m.Value)).Select(m => m.Index).ToList();
        var articleStems = ParagraphsUsingEachStem(article);
        var judged = headings.Select(i =>
        {
            if (Tokenizer.CountWords(text, paragraphs[i], MinHeadingWords) < MinHeadingWords) return new HeadingCandidate(paragraphs[i], LoneWord, 1);
            if (!IsProse(text, paragraphs[i - 1])) return new HeadingCandidate(paragraphs[i], "the line before is not prose", 1);
            // "The Destruction of History (Image by YouTube, Channel: …)" then "Permission Details DMCA": a picture's rights widget
            // or second credit goes on the caption's block. A caption is one sentence; a credit run into a paragraph of prose
            // ("Jeff Swensen/Getty Images Sleazy? Well, duh. …") is not one.
            if (IsCaption(article.Slice(paragraphs[i - 1]))) return new HeadingCandidate(paragraphs[i], "under a picture's caption or credit", 1);
            // "Those states are:" then "Arizona Georgia": the line is what the sentence before announces.
            if (text[LastVisible(text, paragraphs[i - 1])] == ':') return new HeadingCandidate(paragraphs[i], "announced by the line before (\":\")", 1);
            // An interview's questions ("What should governments do?" between two answers), a checklist's ("Do you want a method
            // you can perform at home?" / "How important is price?"), an explainer's subheads ("How long will it last?"): an
            // article whose form is questions, one a line, asks three or more. A headline pasted in is one of its own.
            if (text[LastVisible(text, paragraphs[i])] == '?' && AsksOtherQuestions(article, paragraphs, i))
                return new HeadingCandidate(paragraphs[i], "one of the article's own questions, asked one a line", 1);
            if (IsInCapitals(text, paragraphs[i]) && capitalPhrases.Any(at => !paragraphs[i].Contains(at))) return new HeadingCandidate(paragraphs[i], "set in capitals like the article's other sub-headings", 1);
            // "REGULATORY OVERHANG", "THE VICTIMS": the wire's sub-heading, even the article's only one, is a few everyday words in
            // capitals; a pasted line in capitals names something ("MINISTERS IN SWEDEN") or runs longer.
            if (IsInCapitals(text, paragraphs[i]) && IsWireSubheading(article, paragraphs[i])) return new HeadingCandidate(paragraphs[i], "a sub-heading in capitals of a few everyday words or the story's names", 1);
            if (LeadsIntoTheNextParagraph(text, paragraphs[i])) return new HeadingCandidate(paragraphs[i], "a clause of the story (\"She continues…\")", 1);
            if (ContinuesInLowerCase(text, paragraphs[i + 1])) return new HeadingCandidate(paragraphs[i], "a sentence the scrape broke: the next line goes on in lower case", 1);
            if (IsSpeakerLabel(article.Slice(paragraphs[i]))) return new HeadingCandidate(paragraphs[i], "a person's name and role: a speaker label or a quote's attribution", 1);
            if (WebAddress().IsMatch(article.Slice(paragraphs[i]))) return new HeadingCandidate(paragraphs[i], "a web address: a link, a pointer to a graphic or an embedded post", 1);
            if (IsNumberedSection(text, paragraphs, i)) return new HeadingCandidate(paragraphs[i], "a numbered section of a list article (\"3. Prep them\")", 1);
            // "Album of the year: Adele, \"25\"" between "Record of the year: …" and "Best new artist: …": a row of a list of winners,
            // results or figures, each a label and its value.
            if (IsLabelledRow(text, paragraphs[i]) && (IsLabelledRow(text, paragraphs[i - 1]) || IsLabelledRow(text, paragraphs[i + 1]) || EndsInCreditedTitle(article.Slice(paragraphs[i]))))
                return new HeadingCandidate(paragraphs[i], "a row of a labelled list (\"Album of the year: …\")", 1);
            // "Semi-final: beat Tomas Berdych (Czech Republic) 7-6(4) 7-6(4) 6-4": a row of a results list, whatever it names.
            if (Score().Count(article.Slice(paragraphs[i])) >= MinScoresInResultsRow) return new HeadingCandidate(paragraphs[i], "a row of results (two scores or more)", 1);
            // "ministers in sweden" under a story of prime ministers: a line all in lower case naming a country the story never
            // names is a pasted line, whatever common words it shares.
            if (NamesAnotherCountryInLowerCase(article, paragraphs[i]))
                return new HeadingCandidate(paragraphs[i], null, 0, 0, "names in lower case a country the story never names");
            var stems = StemWeights(text, paragraphs[i]);
            var total = stems.Values.Sum();
            if (total == 0) return new HeadingCandidate(paragraphs[i], "no content word", 1);
            if (stems.Keys.All(SectionLabelStems.Contains)) return new HeadingCandidate(paragraphs[i], SectionLabel, 1);
            var around = StemWeights(text, paragraphs[i - 1]).Keys.Concat(StemWeights(text, paragraphs[i + 1]).Keys).ToHashSet(StringComparer.Ordinal);
            var neighbours = stems.Where(s => around.Contains(s.Key)).Sum(s => s.Value) / total;
            // Every stem of the line is counted once for the line itself.
            var elsewhere = stems.Where(s => articleStems[s.Key] > 1).Sum(s => s.Value) / total;
            return new HeadingCandidate(paragraphs[i], null, neighbours, elsewhere);
        }).ToList();
        // A sub-headed article (a feature, an explainer, an obituary, a review) heads its sections with phrases of its own ("Turning
        // the corner", "Early life", "Price and availability"), which need share no word with the paragraphs around them: when
        // another heading-like line is plainly the article's own (about the story, a section label or a lone word), or there are
        // two such headings ("Price and availability" / "Also announced": a paste brings one), a heading that names nothing and
        // is as short as a section's heading is one of them. Another story's headline names something or runs longer.
        var sectionLike = Enumerable.Range(0, judged.Count)
            .Where(k => IsStray(judged[k]) && Tokenizer.CountWords(text, judged[k].Span, MaxSubheadingWords + 1) <= MaxSubheadingWords
                        && !NamesSomething(article.Slice(judged[k].Span)))
            .ToList();
        if (sectionLike.Count >= 2 || sectionLike.Count == 1 && judged.Any(IsOwnSubheading))
            foreach (var k in sectionLike)
                judged[k] = judged[k] with { Skipped = "a sub-heading of a sub-headed article, naming nothing of its own" };
        return judged;
    }

    /// <summary>A section's heading is a short phrase ("Early life", "Lessons for others", "Price and availability").</summary>
    private const int MaxSubheadingWords = 4;

    /// <summary>A heading-like line the article plainly owns: one word, a section label, or a heading about the story.</summary>
    private static bool IsOwnSubheading(HeadingCandidate candidate) =>
        candidate.Skipped is LoneWord or SectionLabel || candidate.Skipped is null && candidate.ArticleSharedWeight >= MaxArticleSharedWeight;

    private const string LoneWord = "a lone word: a label or a credit";
    private const string SectionLabel = "a section label (\"In Summary\")";

    /// <summary>
    /// Two other paragraphs of the body are each one short question (<see cref="MaxHeadingWords"/> words or fewer): the article's
    /// form. One is not enough: a columnist's "So what happened?" is no format, and crawled opinion pages ask so often.
    /// </summary>
    private static bool AsksOtherQuestions(Article article, TextSpan[] paragraphs, int index)
    {
        var others = 0;
        for (var k = 0; k < paragraphs.Length; k++)
            if (k != index && article.Text[LastVisible(article.Text, paragraphs[k])] == '?'
                && Tokenizer.CountWords(article.Text, paragraphs[k], MaxHeadingWords + 1) <= MaxHeadingWords && IsOneSentence(article.Slice(paragraphs[k]))
                && ++others == MinOwnQuestions)
                return true;
        return false;
    }

    private const int MinOwnQuestions = 2;

    /// <summary>
    /// The line names something: a figure, a country or nationality in any case ("ministers in sweden"), a capitalised word no
    /// English word spells ("Yukos unit buyer faces loan claim"), or, unless the line is in Title Case, a capitalised word after
    /// the first ("Chelsea eye Premiership title").
    /// </summary>
    private static bool NamesSomething(string line)
    {
        var titleCase = HeadlineWords.IsTitleCase(line);
        var first = true;
        foreach (var token in Tokenizer.Words(line))
        {
            var word = token.Value;
            if (word.Any(char.IsDigit) || Knowledge.Gazetteer.Default.FindCountry(word) is not null) return true;
            if (char.IsUpper(word[0]) && (!LanguageProfiles.Default.IsEnglishWordInAnyCase(word) || !first && !titleCase && word != "I"))
                return true;
            first = false;
        }
        return false;
    }

    /// <summary>
    /// At most <see cref="MaxSubheadingWords"/> words, no figure, each an English word that names no country, or a word the rest of the
    /// article writes too ("EU CONCERNS", "KREMLIN DEFIANT" in a story of the EU and the Kremlin; not "MINISTERS IN SWEDEN" elsewhere).
    /// </summary>
    private static bool IsWireSubheading(Article article, TextSpan line)
    {
        var words = Tokenizer.Words(article.Text, line).ToList();
        return words.Count <= MaxSubheadingWords && words.All(w => !w.Value.Any(char.IsDigit)
            && (Knowledge.Gazetteer.Default.FindCountry(w.Value) is null && LanguageProfiles.Default.IsEnglishWordInAnyCase(w.Value) || WrittenElsewhere(article, line, w.Value)));
    }

    /// <summary>The article writes the word (any case, a plural or possessive of it too: "EU's", "Europeans") outside the line.</summary>
    private static bool WrittenElsewhere(Article article, TextSpan line, string word) =>
        AnyWordOutside(article, line, other => Singular(other).Equals(Singular(word), StringComparison.OrdinalIgnoreCase));

    /// <summary>A word of the article outside the line matches.</summary>
    private static bool AnyWordOutside(Article article, TextSpan line, Func<string, bool> matches)
    {
        foreach (var other in article.Words)
            if (!line.Contains(other.Span.Start) && matches(other.Value)) return true;
        return false;
    }

    private static ReadOnlySpan<char> Singular(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word.AsSpan(0, word.Length - 2)
        : word.Length > 3 && word[^1] is 's' or 'S' ? word.AsSpan(0, word.Length - 1) : word;

    /// <summary>
    /// A line that opens with a label of one to five words and a colon, and goes on after it for at most <see cref="MaxRowValueWords"/>
    /// words ("Best actor: Casey Affleck, …"); headlines after a speaker's name and a colon run longer ("Giuliani: Trump Claims Seem
    /// 'Coincidental', 'WikiLeaks Info More Relevant'", a page's list of related stories).
    /// </summary>
    private static bool IsLabelledRow(string text, TextSpan line)
    {
        if (LabelledRow().Match(text, line.Start, line.Length) is not { Success: true } label) return false;
        var value = TextSpan.FromBounds(label.Index + label.Length - 1, line.End);
        return Tokenizer.CountWords(text, value, MaxRowValueWords + 1) <= MaxRowValueWords;
    }

    private const int MaxRowValueWords = 6;

    /// <summary>
    /// A winner and their work after a comma, the work's title quoted to the line's end ("Best director: Sofia Coppola, \"The
    /// Beguiled\""): a row of a list even alone between paragraphs. A headline quotes what someone said, not after a name and a comma.
    /// </summary>
    private static bool EndsInCreditedTitle(string line) => CreditedTitle().IsMatch(line);

    [GeneratedRegex(@",\s+[""“][^""“”]+[""”]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditedTitle();

    [GeneratedRegex(@"\G[^\s:]+(?:[ \u00A0][^\s:]+){0,4}:[ \u00A0]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledRow();

    /// <summary>
    /// The line has no capital letter and names a country (in lower case: "sweden") that no capitalised word elsewhere in the
    /// article names.
    /// </summary>
    private static bool NamesAnotherCountryInLowerCase(Article article, TextSpan line)
    {
        var letters = article.Text.AsSpan(line.Start, line.Length);
        if (letters.ContainsAnyInRange('A', 'Z')) return false;
        var gazetteer = Knowledge.Gazetteer.Default;
        foreach (var word in Tokenizer.Words(article.Text, line))
            if (gazetteer.FindCountry(word.Value) is { } country
                && !AnyWordOutside(article, line, other => char.IsUpper(other[0]) && gazetteer.FindCountry(other) == country)) return true;
        return false;
    }

    private static bool IsInCapitals(string text, TextSpan line)
    {
        var letters = text.AsSpan(line.Start, line.Length);
        return letters.ContainsAnyInRange('A', 'Z') && !letters.ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// "She continues…": a subject pronoun and a lower-case verb trailing off into the paragraph below, which goes on with the
    /// story's own people. A headline that opens with a pronoun ("She claimed to support same-sex marriage") does not trail off.
    /// </summary>
    private static bool LeadsIntoTheNextParagraph(string text, TextSpan line)
    {
        var words = Tokenizer.Words(text, line).Take(2).Select(t => t.Value).ToList();
        var trailsOff = text[LastVisible(text, line)] == '…' || text.AsSpan(line.Start, line.Length).TrimEnd().EndsWith("...", StringComparison.Ordinal);
        return trailsOff && words.Count == 2 && PersonalPronouns.Contains(words[0]) && char.IsLower(words[1][0]);
    }

    /// <summary>
    /// A person's name alone or after a title ("Hillary Clinton" above her words, "Republican National Committee Chairman Reince
    /// Priebus", "Gary Johnson, Libertarian candidate for president" under a pull quote): a speaker label or a quote's attribution.
    /// No word of the name may be an English word, so a title-cased headline ("President-Elect Trump Tours Washington", "More
    /// From Tom Toles") is not taken for one.
    /// </summary>
    private static bool IsSpeakerLabel(string line)
    {
        var comma = line.IndexOf(',');
        var head = (comma < 0 ? line : line[..comma]).TrimEnd();
        var tokens = PersonMentions.Words(head);
        if (tokens.Count == 0 || tokens.Any(t => !char.IsUpper(t.Value[0]))) return false;
        var (name, span) = PersonMentions.FullNames(head, tokens).LastOrDefault();
        return name is not null && span.End == head.Length && name.Split(' ').All(word => !LanguageProfiles.Default.IsEnglishWordInAnyCase(word));
    }

    /// <summary>
    /// "3. Prep them", "17) Late December 2015": a numbered line where the article numbers another line the same way is a section of
    /// a list article. Another story's headline carries no item number.
    /// </summary>
    private static bool IsNumberedSection(string text, TextSpan[] paragraphs, int index)
    {
        if (ItemNumber().Match(text, paragraphs[index].Start, paragraphs[index].Length) is not { Success: true } own) return false;
        foreach (var paragraph in paragraphs)
            if (paragraph != paragraphs[index] && ItemNumber().Match(text, paragraph.Start, paragraph.Length) is { Success: true } other
                && other.Groups[2].Value == own.Groups[2].Value && other.Groups[1].Value != own.Groups[1].Value)
                return true;
        return false;
    }

    /// <summary>A headline may give one score ("Arsenal 2-1 Chelsea"); a results row gives the sets, innings or games.</summary>
    private const int MinScoresInResultsRow = 2;

    /// <summary>A score or a tally: "6-4", "7–6(4)", "622-9".</summary>
    [GeneratedRegex(@"\b\d{1,3}[-–]\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Score();

    /// <summary>An item number opening a line: digits, then "." or ")" (group 2), then a space.</summary>
    [GeneratedRegex(@"\G(\d{1,3})([.)])[ \u00A0]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();

    /// <summary>
    /// A line holding a web address ("https://twitter.com/…/status/…", "www.example.org/report", wire copy's "For a graphic on OPEC
    /// output, click: reut.rs/2hGLrAx"): a link, a pointer to a graphic or an embedded post. A headline carries no address.
    /// </summary>
    [GeneratedRegex(@"(?:https?://|www\.)\S|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    /// <summary>Two or more words in capitals, one of four letters or more: not an acronym ("US", "BBC") but a phrase set in capitals.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9'’.-]*(?:[ ]+[A-Z0-9][A-Z0-9'’.-]*)+\b")]
    private static partial Regex CapitalPhrase();

    private static bool HasLongWordInCapitals(string phrase) => phrase.Split(' ').Any(w => w.Count(char.IsUpper) >= 4);

    /// <summary>Words of the labels that organise any article ("In Summary", "Background", "Key points", "What comes next"), as stems.</summary>
    private static readonly HashSet<string> SectionLabelStems = new[]
    {
        "summary", "conclusion", "conclusions", "background", "overview", "introduction", "update", "updates", "analysis", "context",
        "key", "points", "highlights", "takeaways", "timeline", "reaction", "reactions", "details", "related", "recap",
        "next", "comes", "happens", "know", "known", // "What comes next", "What happens next", "What we know"
        // The labels of sectioned news formats and live pages: "Why it matters", "The big picture", "Go deeper", "Between the
        // lines", "What they're saying", "By the numbers", "Zoom in", "Yes, but", "Catch up quick", "What to watch", "The bottom
        // line", "Our take", "The verdict", "Fast facts", "At a glance", "In pictures", "Latest developments", "Live updates",
        // "Timeline of events", "Frequently asked questions", "How we reported this story", "About this story", "Editor's note".
        "matters", "big", "picture", "pictures", "deeper", "lines", "line", "saying", "bottom", "backstory", "numbers", "zoom", "yes",
        "catch", "quick", "watch", "take", "verdict", "facts", "fast", "glance", "latest", "developments", "live", "events",
        "frequently", "asked", "questions", "reported", "story", "editor", "note", "happened", "between",
        // The labels of a wire story's data blocks and sports copy: "Key figures", "Key quotes", "Brief scores", "Scoreboard
        // summary", "Match summary", "Results", "Standings", "Fixtures", "Line-ups", "Factbox", "Profile", "Further reading".
        "figures", "quotes", "brief", "briefs", "scores", "scoreboard", "match", "results", "result", "standings", "table", "fixtures",
        "lineups", "line-ups", "teams", "statistics", "stats", "factbox", "profile", "notes", "sources", "further", "reading", "data",
        // The sub-headings of an explainer ask of any story: "What are the risks?", "Who pays?", "What do critics say?", "What went
        // wrong?", "What does the law say?", "Where does the money go?", "What did the report find?", "Is a deal possible?".
        "risks", "risk", "critics", "say", "said", "law", "legal", "position", "money", "goes", "pays", "pay", "cost", "costs",
        "went", "wrong", "report", "find", "findings", "found", "mean", "means", "help", "available", "expect", "expected",
        "change", "changes", "rules", "response", "impact", "affected", "evidence", "options", "deal", "possible", "still", "go", "going",
        "what", "where", "who", "why", "how", "when", "which",
    }.Select(TermVectors.Stem).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "I", "He", "She", "We", "They" };

    /// <summary>For each content-word stem, how many of the article's paragraphs (title included) use it.</summary>
    private static Dictionary<string, int> ParagraphsUsingEachStem(Article article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs.Append(article.TitleSpan).Where(p => p.Length > 0).Distinct())
        foreach (var stem in TermVectors.ContentTerms(article.Text, paragraph).Select(TermVectors.Stem).Distinct(StringComparer.Ordinal))
            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        return counts;
    }

    /// <summary>Content-word stems of a span with their background IDF weights.</summary>
    private static Dictionary<string, double> StemWeights(string text, TextSpan span) =>
        TermVectors.ContentTerms(text, span)
            .GroupBy(TermVectors.Stem)
            .ToDictionary(g => g.Key, g => g.Max(TermWeights.Background.Idf), StringComparer.Ordinal);


    /// <summary>A paragraph of running text: several words ending like a sentence or introducing a quote or list (":").</summary>
    private static bool IsProse(string text, TextSpan paragraph) =>
        Tokenizer.CountWords(text, paragraph, 6) > 5 && text[LastVisible(text, paragraph)] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')' or ':';

    /// <summary>
    /// Prose, or a long run of mostly lower-case words whose full stop the scrape lost (BBC's "…would halt the deal"). Only for the
    /// paragraph after a heading: one before it that stops mid-sentence is a sentence the scrape broke, and the short line after
    /// it ("agent provocateur", "joie de vivre") its lost italic words, not a heading.
    /// </summary>
    /// <summary>
    /// The next line is the story's own section label in capitals ("FINANCING") over running text, and this line is no label
    /// itself: a pasted headline set above the story's subhead interrupts the story as much as one above a paragraph.
    /// </summary>
    private static bool OverSectionLabel(string text, TextSpan[] paragraphs, int i) =>
        i + 2 < paragraphs.Length && IsInCapitals(text, paragraphs[i + 1]) && !IsInCapitals(text, paragraphs[i])
        && Tokenizer.CountWords(text, paragraphs[i + 1], MaxLabelWords + 1) <= MaxLabelWords && IsRunningText(text, paragraphs[i + 2]);

    private const int MaxLabelWords = 3;

    private static bool IsRunningText(string text, TextSpan paragraph)
    {
        if (IsProse(text, paragraph)) return true;
        var words = Tokenizer.Words(text, paragraph).ToList();
        return words.Count >= LongProseWords && 2 * words.Count(w => char.IsLower(w.Value[0])) >= words.Count;
    }

    private static int LastVisible(string text, TextSpan paragraph)
    {
        var end = paragraph.End - 1;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end])) end--;
        return end;
    }

    /// <summary>"After the success of Garfield: The Movie, Britain's shabby tabby" / "surely deserves his own film": the line below starts with a lower-case word.</summary>
    private static bool ContinuesInLowerCase(string text, TextSpan next) => next.Length > 0 && char.IsLower(text[next.Start]);

    /// <summary>
    /// A headline may end in a question mark, an exclamation or a quote ("Is this the end of the Happy Meal?", BBC's "Blair 'will
    /// not quit'") or be one quotation (<see cref="IsQuotedHeadline"/>), but a line that opens with a dash or a bullet is an item
    /// of a list, and a quotation that closes after its own punctuation ("… 'destroy our economy.'") holds a sentence: a
    /// headline quotes a phrase.
    /// </summary>
    private static bool IsPunctuatedHeadline(ReadOnlySpan<char> line)
    {
        if (line[0] is '"' or '“' or '‘' or '\'') return IsQuotedHeadline(line);
        if (line[0] is '-' or '–' or '—' or '•' or '*' or '«' or '„') return false;
        // Link bait sets its questions in Title Case ("Is This Ronald Reagan's Secret Cancer Cure?"). In sentence case, a headline
        // names its subject ("Could Yukos be a blessing in disguise?"), while the writer's own question or exclamation points back
        // at the story ("What do you think?", "But what about the youth of the nation?", "It ain't gonna work, sister!").
        if (line[^1] is '?' or '!') return HeadlineWords.IsTitleCase(line) || IsHeadlineQuestion(line);
        var end = line.TrimEnd("\"”’'");
        return end.Length > 0 && char.IsLetterOrDigit(end[^1]) && !QuotationIntroduced().IsMatch(line);
    }

    /// <summary>
    /// A speech verb and a colon or comma before the closing quotation ("Twitter user @jdoe wrote: "Can't believe this""): a
    /// quotation the writer introduces, not a headline, which puts the speaker and a colon only ("Blair: 'I will not quit'").
    /// </summary>
    [GeneratedRegex(@"\b(said|says|wrote|writes|tweeted|posted|added|asked|told \w+|reads?|read)[:,]\s*[""“‘']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotationIntroduced();

    /// <summary>
    /// A headline that is one quotation (BBC's "'UK will stand firm on EU rebate'"): a single quote from the first character to the
    /// last, ending in a word or an ellipsis, not in its sentence's own punctuation, and naming its subject as a headline does
    /// (<see cref="NamesItsSubject"/>). A quotation on a line of its own that is a sentence ends in a full stop, or says "I" or
    /// "we" ("'We will not be silenced'").
    /// </summary>
    private static bool IsQuotedHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[^1] is not ('"' or '”' or '’' or '\'')) return false;
        var inner = line[1..^1];
        if (inner.IndexOfAny("\"“”") >= 0) return false;
        var last = inner[^1];
        return (char.IsLetterOrDigit(last) || last == '…' || inner.EndsWith("...", StringComparison.Ordinal)) && NamesItsSubject(inner);
    }

    /// <summary>
    /// A question in sentence case as a headline asks it: standing on its own (<see cref="HeadlineWords.StandsOnItsOwn"/>), one question mark at
    /// the end, at most <see cref="MaxQuestionWords"/> words after a topic label ("President Trump's first 100 days: What will
    /// he do now?"), a comma only between names ("Richie Incognito, Jonathan Martin reps to meet?"), no full stop or semicolon.
    /// Readers' comments and columnists exclaim, run on and ask twice ("Make a movie of it!", "Has everyone forgot about the
    /// pie maker??", "After all, what do you expect?", "The numbers come out to: 9-11-01. Coincidence?").
    /// </summary>
    private static bool IsHeadlineQuestion(ReadOnlySpan<char> line)
    {
        if (line[^1] != '?' || line[..^1].IndexOfAny(";?!") >= 0 || HasFullStop(line)) return false;
        var question = line;
        var colon = line.IndexOf(':');
        if (colon >= 0)
        {
            if (!IsTopicLabel(line[..colon])) return false;
            question = line[(colon + 1)..].TrimStart();
        }
        // A label that names the subject ("Brexit: What does it mean for you?", "Coinbase vs. Coinbase Pro: How do they compare?")
        // lets the question point back at it; a writer's lead-in names nothing ("The big question: will they rebuild?").
        if (!(colon >= 0 && LabelNamesSubject(line[..colon])) && !HeadlineWords.StandsOnItsOwn(line)) return false;
        for (var at = 0; at < question.Length; at++)
            if (question[at] == ',' && (at + 2 >= question.Length || question[at + 1] != ' ' || !char.IsUpper(question[at + 2])
                                        || !IsCapitalisedWordBefore(question, at)))
                return false;
        return question.Count(' ') < MaxQuestionWords;
    }

    /// <summary>A full stop that ends a sentence: not one of an abbreviation ("vs.", "U.S.", "Mr.") or an initial.</summary>
    private static bool HasFullStop(ReadOnlySpan<char> line) => line.IndexOf('.') >= 0 && !IsOneSentence(line.ToString());

    private static bool IsOneSentence(string line) => !Sentences.Split(line).Skip(1).Any();

    /// <summary>
    /// A headline's topic label names its subject: a name inside it (<see cref="NamesItsSubject"/>), or one capitalised word that
    /// is no English word ("Brexit:"); "Question:" or "The big question:" introduce the writer's own.
    /// </summary>
    private static bool LabelNamesSubject(ReadOnlySpan<char> label) =>
        NamesItsSubject(label)
        || label.IndexOf(' ') < 0 && char.IsUpper(label[0]) && !LanguageProfiles.Default.IsEnglishWordInAnyCase(label.ToString());

    private static bool IsCaption(string line) => PageFurniture.IsPhotoCredit(line) && IsOneSentence(line);

    /// <summary>The word ending just before <paramref name="end"/> starts with a capital.</summary>
    private static bool IsCapitalisedWordBefore(ReadOnlySpan<char> text, int end)
    {
        var start = text[..end].LastIndexOf(' ') + 1;
        return start < end && char.IsUpper(text[start]);
    }

    /// <summary>A headline's topic before a colon is a name or a short phrase ("Trump:", "President Trump's first 100 days:").</summary>
    private const int MaxTopicLabelWords = 6;

    /// <summary>The text before a colon is a headline's topic: capitalised, under <see cref="MaxTopicLabelWords"/> words.</summary>
    private static bool IsTopicLabel(ReadOnlySpan<char> label) => label.Length > 0 && char.IsUpper(label[0]) && label.Count(' ') < MaxTopicLabelWords;

    /// <summary>BBC's question headlines run to eight words ("Could Yukos be a blessing in disguise?"); a writer's longer question is a sentence.</summary>
    private const int MaxQuestionWords = 10;

    /// <summary>
    /// A capitalised word after the first (a name: "Can Smith work Scottish wonders?"), and no pronoun, determiner pointing back or
    /// connective opening the line (it, this, you, they; but, so, and): a question or exclamation that stands on its own.
    /// </summary>
    private static bool NamesItsSubject(ReadOnlySpan<char> line) => HeadlineWords.StandsOnItsOwn(line, nameRequired: true);


    /// <summary>
    /// One short line of at most <see cref="MaxHeadingWords"/> words (<see cref="MaxLongHeadingWords"/> set as a headline) without sentence punctuation, or ending as a headline may
    /// (<see cref="IsPunctuatedHeadline"/>): a heading, not a sentence.
    /// </summary>
    /// <remarks>The character tests come first: they turn away almost every paragraph before its words are counted.</remarks>
    internal static bool IsHeadingLike(string text, TextSpan paragraph)
    {
        // A sentence ends in a full stop, and a line ending in a colon, semicolon or comma goes on.
        if (paragraph.Length == 0 || text[paragraph.End - 1] is '.' or ':' or ';' or ',' or ')') return false;
        if (text.AsSpan(paragraph.Start, paragraph.Length).IndexOfAny('\n', '\r') >= 0) return false;
        if (text[paragraph.End - 1] is '!' or '?' or '"' or '”' or '’' or '\'' && !IsPunctuatedHeadline(text.AsSpan(paragraph.Start, paragraph.Length))) return false;
        var words = Tokenizer.CountWords(text, paragraph, MaxLongHeadingWords + 1);
        return words is > 0 and <= MaxHeadingWords
               || words <= MaxLongHeadingWords && IsSetAsHeadline(text.AsSpan(paragraph.Start, paragraph.Length));
    }

    /// <summary>
    /// Longer lines are headlines only when set as one: a crawl's headline of 15 words or more is in Title Case (36 of its 59 of
    /// 15–18 words) or opens with a topic label and a colon ("Monsoon session: Govt to table 12 bills, Opposition plans to
    /// corner Centre on price rise"); a sentence that lost its full stop is neither.
    /// </summary>
    private const int MaxLongHeadingWords = 18;

    private static bool IsSetAsHeadline(ReadOnlySpan<char> line) =>
        HeadlineWords.IsTitleCase(line) || line.IndexOf(": ") is > 0 and var colon && IsTopicLabel(line[..colon]);
}
