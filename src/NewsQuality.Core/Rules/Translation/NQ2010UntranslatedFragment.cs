using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// A run of words in another language inside English text ("… said that de regering het niet eens is met het voorstel"):
/// words the machine translation left untranslated. Each lower-case word is English when it is in the English word list,
/// foreign when it is a function word of a source language or its spelling scores foreign on the character-trigram
/// profiles, and neutral otherwise. Capitalised words (names, German nouns) are neutral. A run of at least
/// <see cref="MinForeignWords"/> foreign words, with no English word between them, is reported.
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
                   "(\"Bundestag\", \"Ruud van Nistelrooy\", \"Charles de Gaulle\") are not flagged: it takes a run of four or more foreign words.",
        FlaggedExample: "The minister said that de regering het niet eens is met het voorstel, according to the agency.",
        CleanExample: "The Bundestag voted on Tuesday; Charles de Gaulle airport and Ruud van Nistelrooy were mentioned, as was a joie de vivre.")
    {
        FixTitle = "Translate the fragment",
    };

    /// <summary>Foreign words a run needs; fewer are loanwords ("crème de la crème" has four, but two are function words), names or titles.</summary>
    private const int MinForeignWords = 4;

    /// <summary>Mean per-trigram log-probability margin above which a word not in the English list looks foreign.</summary>
    private const double ForeignSpelling = 0.3;

    /// <summary>Short English words in a row that can sit inside a foreign run.</summary>
    private const int MaxBridge = 2;

    private static readonly LanguageProfiles Profiles = LanguageProfiles.Default;

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        foreach (var paragraph in context.Article.Paragraphs)
        {
            var words = Tokenizer.Words(text, paragraph).ToList();
            var labels = Label(text, words);
            var foreign = new List<int>();
            for (var i = 0; i <= words.Count; i++)
            {
                var end = i == words.Count || SentenceBreak(text, words, i)
                    || (labels[i].Kind == WordLanguage.English && !(foreign.Count > 0 && BridgesForeignWords(text, words, labels, i)));
                if (end)
                {
                    // Distinct words, so that "crème de la crème" is a loan phrase and not four foreign words.
                    if (foreign.Select(k => words[k].Value.ToLowerInvariant()).Distinct().Count() >= MinForeignWords)
                        Report(context, words, labels, foreign);
                    foreign.Clear();
                    if (i == words.Count || labels[i].Kind == WordLanguage.English) continue;
                }
                if (labels[i].Kind == WordLanguage.Foreign) foreign.Add(i);
            }
        }
    }

    private static void Report(ArticleContext context, List<Token> words, WordLabel[] labels, List<int> foreign)
    {
        var span = TextSpan.FromBounds(words[foreign[0]].Span.Start, words[foreign[^1]].Span.End);
        var language = foreign.SelectMany(i => labels[i].Languages).GroupBy(l => l)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var name = Profiles.Names[language];
        var fragment = context.Text.Substring(span.Start, span.Length);
        context.Report(span, Math.Min(1.0, 0.4 + 0.15 * foreign.Count),
            $"\"{fragment}\" looks untranslated (probably {name}: {foreign.Count} words that are not English).",
            suggestion: $"Translate this {name} fragment into English.");
    }

    /// <summary>
    /// Up to <see cref="MaxBridge"/> short English words between foreign ones stay inside the run: source languages share
    /// "is", "met", "die", "hat" with English ("… het niet eens is met het voorstel").
    /// </summary>
    private static bool BridgesForeignWords(string text, List<Token> words, WordLabel[] labels, int i)
    {
        for (var j = i; j < words.Count && j < i + MaxBridge + 1; j++)
        {
            // A comma or other punctuation before the bridge ends the clause the foreign run belonged to.
            if (!text.AsSpan(words[j - 1].Span.End, words[j].Span.Start - words[j - 1].Span.End).IsWhiteSpace()) return false;
            if (labels[j].Kind == WordLanguage.Foreign) return true;
            if (labels[j].Kind != WordLanguage.English || words[j].Value.Length > 3) return false;
        }
        return false;
    }

    /// <summary>A sentence ends between word <paramref name="i"/>-1 and word <paramref name="i"/>: foreign runs do not cross sentences.</summary>
    private static bool SentenceBreak(string text, List<Token> words, int i)
    {
        if (i == 0 || i >= words.Count) return false;
        for (var k = words[i - 1].Span.End; k < words[i].Span.Start; k++)
            if (text[k] is '.' or '!' or '?' or ';' or ':' or '\n') return true;
        return false;
    }

    private readonly record struct WordLabel(WordLanguage Kind, IReadOnlyList<string> Languages, bool Particle = false);

    private static WordLabel[] Label(string text, List<Token> words)
    {
        var labels = new WordLabel[words.Count];
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i].Value;
            var sentenceStart = i == 0 || SentenceBreak(text, words, i);
            if (!word.All(char.IsLetter) || (char.IsUpper(word[0]) && !sentenceStart))
            {
                labels[i] = new(WordLanguage.Neutral, []);
                continue;
            }
            var lower = word.ToLowerInvariant();
            var functionOf = Profiles.FunctionWordOf(lower);
            if (functionOf.Count > 0)
            {
                // "de" in "Charles de Gaulle", "de la" in "Luis de la Fuente": a name particle, not a foreign clause.
                var particle = i + 1 < words.Count && !SentenceBreak(text, words, i + 1)
                    && (char.IsUpper(words[i + 1].Value[0]) || labels[i + 1].Particle);
                labels[i] = particle ? new(WordLanguage.Neutral, [], Particle: true) : new(WordLanguage.Foreign, functionOf);
                continue;
            }
            if (Profiles.IsEnglishWord(lower))
            {
                labels[i] = new(WordLanguage.English, []);
                continue;
            }
            if (lower.Length < 3)
            {
                labels[i] = new(WordLanguage.Neutral, []);
                continue;
            }
            var (margin, language) = Profiles.ForeignMargin(lower);
            labels[i] = margin > ForeignSpelling ? new(WordLanguage.Foreign, [language]) : new(WordLanguage.Neutral, []);
        }
        return labels;
    }
}
