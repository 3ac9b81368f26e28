using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A run of words in another language inside English text ("… said that de regering het niet eens is met het voorstel"):
/// words the machine translation left untranslated. Each lower-case word is English when it is in the English word list,
/// foreign when it is a function word of a source language or its spelling scores foreign on the character-trigram
/// profiles, and neutral otherwise. Capitalised words (names, German nouns) count only inside a run of lower-case ones.
/// A run of at least <see cref="MinForeignWords"/> distinct foreign words (<see cref="MinLowerCaseForeign"/> in lower case),
/// within one clause and interrupted only by words English shares with the source languages ("is", "die"), is reported.
/// </summary>
public sealed class NQ2010UntranslatedFragment : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2010",
        Name: "untranslated-fragment",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Error,
        DefaultThreshold: 0.5,
        Summary: "A run of words in another language was left untranslated.",
        Rationale: "Machine translation sometimes passes a clause through untouched, typically when the source sentence was long or quoted. " +
                   "The rule scores each word against character-trigram profiles of English, Dutch, German, Swedish, Norwegian, Danish, " +
                   "French, Spanish and Italian, an English word list and each language's function words. Single foreign words and names " +
                   "(\"Bundestag\", \"Ruud van Nistelrooy\", \"Charles de Gaulle\") and loan phrases (\"joie de vivre\") are not flagged: " +
                   "it takes a run of four or more distinct foreign words, three of them in lower case, and not a list of terms with a comma " +
                   "between each (\"tobalá, madrecuixe, tepeztate and cuishe\"), which names things one by one, nor a quotation given with its " +
                   "translation in brackets beside it (\"Kung alam nating kailangan, ipadala na natin (If we know it's needed, let's send it)\"). " +
                   "The language is named only when its function words are in the fragment or its script tells it.",
        FlaggedExample: "The minister said that de regering het niet eens is met het voorstel, according to the agency.",
        CleanExample: "The Bundestag voted on Tuesday; Charles de Gaulle airport and Ruud van Nistelrooy were mentioned, as was a joie de vivre.")
    {
        FixTitle = "Translate the fragment",
        EnglishOnly = true,
    };

    /// <summary>Distinct foreign words a run needs; fewer are loanwords ("joie de vivre"), names or titles.</summary>
    private const int MinForeignWords = 4;

    /// <summary>Lower-case foreign words a run needs: capitalised ones with a particle or two are names ("Partido contra la Pobreza").</summary>
    private const int MinLowerCaseForeign = 3;

    /// <summary>Capitalised words are names more often than not, so their spelling must look clearly foreign.</summary>
    private const double CapitalisedSpelling = 1.0;

    /// <summary>Mean per-trigram log-probability margin above which a word not in the English list looks foreign.</summary>
    private const double ForeignSpelling = 0.2;

    /// <summary>
    /// English function words that no source language shares: a foreign clause does not contain them, so a run never
    /// bridges one ("joie de vivre and a pièce de résistance" is two loan phrases, not one clause).
    /// </summary>
    private static readonly HashSet<string> EnglishOnly = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "with", "for", "from", "that", "which", "who", "were", "been", "has", "have", "had",
        "it", "its", "this", "these", "those", "they", "he", "she", "you", "on", "at", "by", "or", "but", "as", "be", "are", "not",
    };

    /// <summary>How far ahead of an English word a foreign word keeps the run going.</summary>
    private const int MaxBridge = 2;

    private static readonly LanguageProfiles Profiles = LanguageProfiles.Default;

    /// <summary>The language profiles.</summary>
    public void WarmUp(Analysis.AnalysisOptions options) => _ = Profiles;

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        // One run list for the article: every paragraph's last step ends (and clears) the run.
        var run = new List<int>();
        try
        {
            AnalyzeParagraphs(context, text, run);
        }
        finally
        {
            _classes.Forget();
        }
    }

    private static void AnalyzeParagraphs(ArticleContext context, string text, List<int> run)
    {
        foreach (var paragraph in context.Article.Paragraphs)
        {
            var (wordList, numbers, first) = context.Article.NumberedWordsIn(paragraph);
            var words = TokenSpans.Of(wordList);
            var lower = new LowerCaseWords(numbers, numbers.Ids.Slice(first, words.Length));
            var labels = Label(text, words, lower);
            for (var i = 0; i <= words.Length; i++)
            {
                var end = i == words.Length || SentenceBreak(text, words, i)
                    || (labels[i].Kind == WordLanguage.English && !(run.Count > 0 && BridgesForeignWords(text, words, lower, labels, i)));
                if (end)
                {
                    if (IsFragment(lower, labels, run) && !IsListOfTerms(text, words, run) && !IsAnnouncedQuotation(text, paragraph, words, run)
                        && !IsTranslatedAlongside(text, words, labels, run))
                        Report(context, wordList, labels, run);
                    run.Clear();
                    if (i == words.Length || labels[i].Kind == WordLanguage.English) continue;
                }
                if (labels[i].Kind == WordLanguage.Foreign || labels[i].CapitalisedForeign) run.Add(i);
            }
        }
    }

    /// <summary>
    /// At least <see cref="MinLowerCaseForeign"/> lower-case foreign words, and <see cref="MinForeignWords"/> distinct foreign
    /// words counting capitalised ones ("Sprecher", "Ministeriums"): distinct, so that "crème de la crème" is a loan phrase.
    /// </summary>
    /// <remarks>
    /// Asked at every English word (each ends a run, most of them empty), so a run too short to hold enough distinct
    /// words is turned down before any counting.
    /// </remarks>
    private static bool IsFragment(LowerCaseWords words, WordLabel[] labels, List<int> run)
    {
        if (run.Count < MinForeignWords) return false;
        var lowerCaseForeign = 0;
        foreach (var k in run)
            if (labels[k].Kind == WordLanguage.Foreign) lowerCaseForeign++;
        return lowerCaseForeign >= MinLowerCaseForeign && DistinctWords(words, run) >= MinForeignWords;
    }

    /// <summary>
    /// The run is quoted, and the writer said in which language before the quotation, in the same sentence ("told the court, in
    /// Spanish, “No sé nada de eso,” according to the interpreter"): words quoted as spoken, not a clause a translation left.
    /// A translation that passes a quotation through does not name its language.
    /// </summary>
    private static bool IsAnnouncedQuotation(string text, TextSpan paragraph, ReadOnlySpan<Token> words, List<int> run)
    {
        var start = words[run[0]].Span.Start;
        var open = text.LastIndexOfAny(OpeningQuotes, start, start - paragraph.Start + 1);
        if (open < 0 || text.IndexOfAny(ClosingQuotes, words[run[^1]].Span.End, paragraph.End - words[run[^1]].Span.End) < 0) return false;
        var sentenceStart = Math.Max(paragraph.Start, text.LastIndexOfAny(SentenceEnds, open, open - paragraph.Start + 1) + 1);
        var before = text.AsSpan(sentenceStart, open - sentenceStart);
        foreach (var language in AnnouncedLanguages)
            if (before.Contains(language, StringComparison.Ordinal)) return true;
        // Quoted as a name or a slogan the sentence announces ("repeating his slogan \"la patria no se vende\"", "a banner reading"),
        // the mark opening the quotation (after a space: a straight mark after "sign," closes one).
        if (open > paragraph.Start && !char.IsWhiteSpace(text[open - 1])) return false;
        var announcing = before.TrimEnd(" :");
        return NamingWords.Contains(announcing[(announcing.LastIndexOf(' ') + 1)..].ToString());
    }

    /// <summary>Words right before a quotation that say it is quoted as a name, a slogan or a sign's words.</summary>
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "slogan", "motto", "chant", "chanted", "chanting", "chants", "dubbed", "nicknamed", "called", "named", "reading", "titled",
        "entitled", "cry", "hashtag", "banner", "phrase", "term", "headline",
    };

    /// <summary>
    /// The writer gives the run's translation beside it in brackets, as Philippine, Indian or African copy quotes a vernacular
    /// ("\"Kung alam nating kailangan, ipadala na natin (If we know it's needed, let's send it),\" the President said"), or gives the
    /// original in brackets after the English ("the rallying cry of unity (sama-sama tayong babangon)"): a bracket opens within
    /// <see cref="MaxWordsBeforeTranslation"/> words of the run, in its sentence (the rest of a quotation the run did not take, short
    /// words English spells too: "na natin"), and what it holds is English, or the run opens a bracket. A translation that passes a
    /// clause through gives no second version of it.
    /// </summary>
    private static bool IsTranslatedAlongside(string text, ReadOnlySpan<Token> words, WordLabel[] labels, List<int> run)
    {
        var before = text.AsSpan(0, words[run[0]].Span.Start).TrimEnd(" \"“'‘");
        if (before.Length > 0 && before[^1] == '(') return true;
        for (var k = run[^1] + 1; k < words.Length && k <= run[^1] + MaxWordsBeforeTranslation; k++)
        {
            var gap = text.AsSpan(words[k - 1].Span.End, words[k].Span.Start - words[k - 1].Span.End);
            if (gap.Contains('(')) return IsEnglish(text, words, labels, k, ")\n");
            if (gap.ContainsAny(")\n")) return false;
        }
        return IsGlossedInQuotes(text, words, labels, run);
    }

    /// <summary>
    /// A quoted run followed, in its sentence or the next, by a quotation in English: its gloss ("Volunteers shouted \"Aqui estamos
    /// todos, nadie se va a rendir,\" which means \"We are all here, nobody is going to give up.\""; "…, meaning \"…\""; "It means
    /// \"…\"."). The run stands inside a quotation (an odd number of marks before it on its line), the first mark after it closes
    /// that quotation and the next one opens the gloss.
    /// </summary>
    private static bool IsGlossedInQuotes(string text, ReadOnlySpan<Token> words, WordLabel[] labels, List<int> run)
    {
        var start = words[run[0]].Span.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (QuotationMarks(text.AsSpan(lineStart, start - lineStart)) % 2 == 0) return false;
        var marks = 0;
        for (var k = run[^1] + 1; k < words.Length && k <= run[^1] + MaxWordsBeforeGloss; k++)
        {
            var gap = text.AsSpan(words[k - 1].Span.End, words[k].Span.Start - words[k - 1].Span.End);
            if (gap.Contains('\n')) return false;
            marks += QuotationMarks(gap);
            if (marks >= 2) return IsEnglish(text, words, labels, k, "\"”»\n");
            // "\"la mafia del poder\" - the mafia of power -": a gloss between dashes after the closed quotation.
            if (marks == 1 && gap.IndexOfAny('-', '–', '—') >= 0) return IsEnglish(text, words, labels, k, "-–—,.;\n");
        }
        return false;
    }

    private static int QuotationMarks(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var c in span)
            if (c is '"' or '“' or '”' or '«' or '»') count++;
        return count;
    }

    /// <summary>Words between a run's closing quotation mark and its gloss's opening one: "which means", ", meaning", ". It means".</summary>
    private const int MaxWordsBeforeGloss = 8;

    /// <summary>
    /// The words from <paramref name="first"/> to the next of <paramref name="closers"/> are English: two or more, more English
    /// words than foreign.
    /// </summary>
    private static bool IsEnglish(string text, ReadOnlySpan<Token> words, WordLabel[] labels, int first, string closers)
    {
        int english = 0, foreign = 0;
        for (var k = first; k < words.Length; k++)
        {
            if (k > first && text.AsSpan(words[k - 1].Span.End, words[k].Span.Start - words[k - 1].Span.End).ContainsAny(closers)) break;
            if (labels[k].Kind == WordLanguage.English) english++;
            else if (labels[k].Kind == WordLanguage.Foreign) foreign++;
        }
        return english >= 2 && english > foreign;
    }

    /// <summary>How many words may stand between a run and the bracket that translates it: the rest of its clause, not another sentence.</summary>
    private const int MaxWordsBeforeTranslation = 4;

    private static readonly char[] OpeningQuotes = ['"', '“', '«', '„'];
    private static readonly char[] ClosingQuotes = ['"', '”', '»', '“'];
    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    private static readonly string[] AnnouncedLanguages =
    [
        "in Spanish", "in French", "in German", "in Dutch", "in Swedish", "in Norwegian", "in Danish", "in Italian", "in Portuguese",
        "in Latin", "in Catalan", "in Finnish", "in Polish", "in Russian", "in Afrikaans", "in the original", "in his native", "in her native",
    ];

    /// <summary>
    /// Foreign words with a comma between each and the next, but for at most one pair (the last, joined by "y" or "et"): a list of
    /// a trade's or a cuisine's terms quoted as such ("reposado, añejo, pechuga, jabalí"), loanwords one by one, not a clause a
    /// translation left.
    /// </summary>
    private static bool IsListOfTerms(string text, ReadOnlySpan<Token> words, List<int> run)
    {
        var commas = 0;
        for (var j = 1; j < run.Count; j++)
            if (text.AsSpan(words[run[j - 1]].Span.End, words[run[j]].Span.Start - words[run[j - 1]].Span.End).Contains(','))
                commas++;
        return commas >= run.Count - 2 && commas > 0;
    }

    private static int DistinctWords(LowerCaseWords words, List<int> run)
    {
        var distinct = new HashSet<int>();
        foreach (var k in run) distinct.Add(words.Ids[k]);
        return distinct.Count;
    }

    private static void Report(ArticleContext context, IReadOnlyList<Token> words, WordLabel[] labels, List<int> run)
    {
        var foreign = run.Where(k => labels[k].Kind == WordLanguage.Foreign).ToList();
        var span = TextSpan.FromBounds(words[run[0]].Span.Start, words[run[^1]].Span.End);
        var fragment = context.Text.Substring(span.Start, span.Length);
        var name = LanguageName(fragment, foreign.SelectMany(i => labels[i].Languages).ToList(),
            foreign.Where(i => labels[i].FunctionWord).SelectMany(i => labels[i].Languages).ToList());
        context.Report(span, Math.Min(1.0, 0.4 + 0.15 * run.Count),
            $"\"{fragment}\" looks untranslated ({(name is null ? "" : $"probably {name}: ")}{run.Count} words that are not English).",
            suggestion: $"Translate this {name ?? "foreign"} fragment into English.");
    }

    /// <summary>
    /// The language whose function words the fragment uses (<see cref="LanguageIdentifier.OfFragment"/>, which knows more languages
    /// than the spelling profiles: a Portuguese clause was "probably Spanish"); else the one most of its foreign words' profiles
    /// match when function words of that language are among them; else what the fragment's script says (a Korean run matches
    /// none of the profiles, whose best is then arbitrary); else no name. Spelling alone names no language: the nearest of nine
    /// profiles called a Tagalog quotation Spanish.
    /// </summary>
    private static string? LanguageName(string fragment, List<string> matched, List<string> byFunctionWords)
    {
        if (LanguageIdentifier.OfFragment(fragment) is { } language) return language.Name;
        if (matched.Count > 0)
        {
            var best = matched.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            if (byFunctionWords.Contains(best)) return Profiles.Names[best];
        }
        var detected = LanguageIdentifier.Identify(fragment);
        return detected.IsEnglish || detected.Code == "und" || detected.Script == "Latin" ? null : detected.Name;
    }

    /// <summary>
    /// English words between foreign ones stay inside the run when a foreign word follows within <see cref="MaxBridge"/>
    /// words and no punctuation: source languages share "is", "met", "die", "hat", "refuse" with English
    /// ("… het niet eens is met het voorstel", "le gouvernement refuse de commenter").
    /// </summary>
    private static bool BridgesForeignWords(string text, ReadOnlySpan<Token> words, LowerCaseWords lower, WordLabel[] labels, int i)
    {
        for (var j = i; j < words.Length && j <= i + MaxBridge; j++)
        {
            // A comma or other punctuation before the bridge ends the clause the foreign run belonged to.
            if (!SpaceBetween(text, words, j)) return false;
            if (labels[j].Kind == WordLanguage.Foreign) return true;
            if (lower.Numbers.Answers(IsEnglishOnly)[lower.Ids[j]]) return false;
        }
        return false;
    }

    /// <summary>Only white space between word <paramref name="i"/>-1 and word <paramref name="i"/>.</summary>
    private static bool SpaceBetween(string text, ReadOnlySpan<Token> words, int i) =>
        text.AsSpan(words[i - 1].Span.End, words[i].Span.Start - words[i - 1].Span.End).IsWhiteSpace();

    /// <summary>A sentence ends between word <paramref name="i"/>-1 and word <paramref name="i"/>: foreign runs do not cross sentences.</summary>
    private static bool SentenceBreak(string text, ReadOnlySpan<Token> words, int i)
    {
        if (i == 0 || i >= words.Length) return false;
        for (var k = words[i - 1].Span.End; k < words[i].Span.Start; k++)
            if (text[k] is '.' or '!' or '?' or ';' or ':' or '\n') return true;
        return false;
    }

    /// <summary>How a word looks; <see cref="CapitalisedForeign"/> marks a neutral capitalised word spelt like a foreign one ("Verhandlungen").</summary>
    private enum WordLanguage { Neutral, English, Foreign }

    private readonly record struct WordLabel(WordLanguage Kind, IReadOnlyList<string> Languages, bool Particle = false, bool CapitalisedForeign = false,
        bool FunctionWord = false);

    /// <summary>The words' numbers (<see cref="WordIdentities"/>), through which each distinct lower case is asked about once.</summary>
    private readonly ref struct LowerCaseWords(WordIdentities numbers, ReadOnlySpan<int> ids)
    {
        public WordIdentities Numbers { get; } = numbers;
        public ReadOnlySpan<int> Ids { get; } = ids;
    }

    /// <summary>The labels of the paragraph being read, one array per thread grown as needed (an array per paragraph was most of the rule's allocation).</summary>
    [ThreadStatic] private static WordLabel[]? _labels;

    /// <summary>What each distinct word of the article is (<see cref="ClassOf"/>), by its lower case's number, while the article is read.</summary>
    [ThreadStatic] private static ValuesByWordNumber<WordClass> _classes;

    /// <summary>Each word's label, in the thread's array: the first <paramref name="words"/>.Length entries are this paragraph's (good until the next call).</summary>
    /// <remarks>
    /// What a word is apart from where it stands (all letters, a function word, English, its spelling) depends only on its lower case,
    /// so it is worked out once per distinct word of the article (<see cref="ClassOf"/>), not at every occurrence.
    /// </remarks>
    private static WordLabel[] Label(string text, ReadOnlySpan<Token> words, LowerCaseWords lower)
    {
        if (_labels is null || _labels.Length < words.Length) _labels = new WordLabel[Math.Max(words.Length, 2 * (_labels?.Length ?? 32))];
        var labels = _labels;
        if (!_classes.AreFor(lower.Numbers)) ClassifyWords(lower.Numbers);
        var spellings = lower.Numbers.Answers(SpellingOfWord);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Value;
            ref var of = ref _classes[lower.Ids[i]];
            if (of.Kind == WordKind.NotAllLetters)
                labels[i] = new(WordLanguage.Neutral, []);
            else if (char.IsUpper(word[0]) && !(i == 0 || SentenceBreak(text, words, i)))
                labels[i] = new(WordLanguage.Neutral, [], CapitalisedForeign: LooksForeign(SpellingOf(ref of, spellings, lower.Ids[i]), CapitalisedSpelling).Foreign);
            else if (of.Kind == WordKind.FunctionWord)
                labels[i] = IsNameParticle(text, words, labels, i) ? new(WordLanguage.Neutral, [], Particle: true) : new(WordLanguage.Foreign, of.Languages!, FunctionWord: true);
            else if (of.Kind == WordKind.English)
                labels[i] = new(WordLanguage.English, []);
            else
            {
                if (of.Languages is null)
                {
                    var (foreign, language) = LooksForeign(SpellingOf(ref of, spellings, lower.Ids[i]), ForeignSpelling);
                    of.Languages = foreign ? language.Length > 0 ? [language] : [] : NotForeign;
                }
                labels[i] = ReferenceEquals(of.Languages, NotForeign) ? new(WordLanguage.Neutral, []) : new(WordLanguage.Foreign, of.Languages);
            }
        }
        return labels;
    }

    /// <summary>Which of <see cref="Label"/>'s cases a word's lower case takes, before where it stands is known.</summary>
    private enum WordKind : byte { NotAllLetters, FunctionWord, English, Other }

    /// <summary>
    /// A distinct word of the article: its <see cref="WordKind"/>; a function word's languages, or (once asked) those an
    /// <see cref="WordKind.Other"/> word's spelling gives (<see cref="NotForeign"/> when it does not look foreign); its spelling, once asked.
    /// </summary>
    private struct WordClass
    {
        public WordKind Kind;
        public IReadOnlyList<string>? Languages;
        public Spelling? Spelling;
    }

    /// <summary>The languages of a word whose spelling does not look foreign: no language, told apart from a foreign word's none.</summary>
    private static readonly IReadOnlyList<string> NotForeign = new List<string>().AsReadOnly();

    /// <summary>
    /// The class of every distinct word of <paramref name="numbers"/>: all letters (the same of a word and its lower case), then a
    /// function word of a source language, then the English list, as <see cref="Label"/> asks them.
    /// </summary>
    private static void ClassifyWords(WordIdentities numbers)
    {
        var classes = _classes.Start(numbers);
        var functionWords = numbers.Answers(FunctionWordOf);
        var english = numbers.Answers(LanguageProfiles.IsEnglish);
        for (var id = 0; id < classes.Length; id++)
        {
            ref var of = ref classes[id];
            of = default;
            if (!IsAllLetters(numbers.Lower(id))) of.Kind = WordKind.NotAllLetters;
            else if (functionWords[id] is { Count: > 0 } languages) (of.Kind, of.Languages) = (WordKind.FunctionWord, languages);
            else of.Kind = english[id] ? WordKind.English : WordKind.Other;
        }
    }

    /// <summary>The spelling of word <paramref name="id"/> (its class <paramref name="of"/>), asked once per article.</summary>
    private static Spelling SpellingOf(ref WordClass of, WordAnswers<Spelling> spellings, int id) => of.Spelling ??= spellings[id];

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Words that join the parts of a personal or place name in the source languages.</summary>
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "la", "le", "del", "della", "di", "da", "das", "dos", "du", "des", "der", "den", "ter", "y", "e", "af", "zu", "el",
    };

    /// <summary>
    /// A name particle between a capitalised word (or another particle) and a capitalised word (or another particle):
    /// "de" in "Charles de Gaulle", "de la" in "Luis de la Fuente", "der" in "Ursula von der Leyen".
    /// </summary>
    private static bool IsNameParticle(string text, ReadOnlySpan<Token> words, WordLabel[] labels, int i)
    {
        if (i == 0 || i + 1 >= words.Length || !SpaceBetween(text, words, i) || !SpaceBetween(text, words, i + 1)) return false;
        var before = words[i - 1].Value;
        var after = words[i + 1].Value;
        return NameParticles.Contains(words[i].Value)
            && (char.IsUpper(before[0]) || labels[i - 1].Particle)
            && (char.IsUpper(after[0]) || NameParticles.Contains(after));
    }

    /// <summary>
    /// English spells its own words without diacritics, so "nå", "según", "nächste" are foreign whatever their trigrams say;
    /// other words are foreign when their trigrams score above <paramref name="margin"/>. Short plain words carry too little evidence.
    /// </summary>
    private static (bool Foreign, string Language) LooksForeign(Spelling spelling, double margin)
    {
        var (accented, score, language) = spelling;
        // An accented word is foreign whatever its trigrams say, but it is that profile's language only if the trigrams agree.
        return (accented || score > margin, score > margin ? language : "");
    }

    /// <summary>Whether the lower-cased word has a letter beyond ASCII, and its <see cref="LanguageProfiles.ForeignMargin"/> (none for short plain words).</summary>
    private static Spelling SpellingOf(string lower)
    {
        var accented = !System.Text.Ascii.IsValid(lower);
        if (lower.Length < 3 && !accented) return ShortPlainWord;
        var (margin, language) = Profiles.ForeignMargin(lower);
        return new(accented, margin, language);
    }

    /// <summary>A word's spelling evidence (<see cref="SpellingOf"/>): an object, so that a word's entry keeps it in a slot (<see cref="WordAnswers{T}"/>).</summary>
    private sealed record Spelling(bool Accented, double Margin, string Language);

    private static readonly Spelling ShortPlainWord = new(false, double.NegativeInfinity, "");

    // Every capitalised word and every word outside the English list is scored on the trigram profiles (a padded copy
    // and a dictionary look-up per trigram), and the same names and words recur throughout a corpus: the scores are
    // remembered per word across articles (not also per article: an array of them per article cost more allocation than
    // it saved). They are read through the article's WordIdentities like the cheaper answers (the word list's Bloom
    // filter, function words), whose entries keep them per thread: the memo is asked once per word and thread then, not
    // at every occurrence (a thread-local and a string hash each), and still serves words numbered off their thread.
    private static readonly WordMemo<Spelling> Spellings = new(SpellingOf);

    // The questions asked of each distinct lower-cased word, as fields: answers are kept per delegate instance.
    private static readonly Func<string, IReadOnlyList<string>> FunctionWordOf = lower => Profiles.FunctionWordOf(lower);
    private static readonly Func<string, bool> IsEnglishOnly = EnglishOnly.Contains;
    private static readonly Func<string, Spelling> SpellingOfWord = lower => Spellings[lower];
}
