using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.TranslationQuality;

/// <summary>One sentence as the quality model sees it: its words, each word's language-model surprise, and the feature vector.</summary>
public sealed record SentenceAnalysis(TextSpan Span, IReadOnlyList<Token> Words, WordSurprise[] Surprise, float[] Features);

/// <summary>
/// Features of one English sentence that tell a fluent, specific sentence from a garbled or hollow translation, without
/// the source text. Fluency: language-model surprise (mean, worst word, spread, how the sentence ends) and how often
/// the model had to back off to shorter n-grams. Adequacy seen from the target side: lexical richness and specificity
/// (rare content words, names, numbers), repeated words and phrases, function-word balance (dropped content leaves
/// runs of function words), truncation and casing or punctuation anomalies. Names are in <see cref="Names"/>; the
/// ablation of eval/NewsQuality.Eval (mtquality-train) measures what each group adds.
/// </summary>
public static class SentenceFeatures
{
    public const int Count = 31;

    public static readonly string[] Names =
    [
        "words", "log_words", "mean_word_length",
        "lm_mean", "lm_min", "lm_std", "lm_end", "lm_low_share", "trigram_share", "backoff_share", "unseen_word_share", "lm_slor",
        "rare_content_share", "content_commonness",
        "function_share", "function_run", "pronoun_share", "generic_share",
        "type_token_ratio", "repeated_content", "adjacent_repeat", "repeated_bigram",
        "capitalised_mid_share", "number_share", "comma_per_word", "other_punct_per_word", "unbalanced",
        "starts_lower", "no_terminal_punct", "non_ascii_share", "all_caps_share",
    ];

    /// <summary>Feature groups for the ablation: each name prefix belongs to one group.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Groups = new Dictionary<string, string[]>
    {
        ["length"] = ["words", "log_words", "mean_word_length"],
        ["language model"] = ["lm_mean", "lm_min", "lm_std", "lm_end", "lm_low_share", "trigram_share", "backoff_share", "unseen_word_share", "lm_slor"],
        ["specificity"] = ["rare_content_share", "content_commonness", "capitalised_mid_share", "number_share"],
        ["function words"] = ["function_share", "function_run", "pronoun_share", "generic_share"],
        ["repetition"] = ["type_token_ratio", "repeated_content", "adjacent_repeat", "repeated_bigram"],
        ["punctuation and casing"] = ["comma_per_word", "other_punct_per_word", "unbalanced", "starts_lower", "no_terminal_punct", "non_ascii_share", "all_caps_share"],
    };

    /// <summary>A word the model scores below this (log10) is surprising: about 1 in 10,000 after backoff.</summary>
    public const double SurprisingLog10 = -4.0;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from", "by", "with", "about",
        "as", "into", "onto", "over", "under", "between", "through", "during", "after", "before", "against", "among", "than",
        "and", "or", "but", "nor", "so", "yet", "if", "because", "while", "although", "though", "whether", "when", "where",
        "which", "who", "whom", "whose", "what", "how", "why", "not", "no", "be", "is", "are", "was", "were", "been", "being",
        "am", "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
        "you", "your", "i", "me", "my", "there", "here", "some", "any", "all", "each", "every", "both", "either", "neither",
        "such", "own", "same", "other", "another", "more", "most", "very", "too", "also", "just", "only", "then", "up", "out",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "its", "he", "him", "his", "she", "her", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "this", "that",
    };

    /// <summary>Hollow words a translation falls back on when it loses the specific one.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "thing", "things", "something", "anything", "everything", "way", "ways", "people", "lot", "lots", "kind", "aspect",
        "aspects", "situation", "issue", "issues", "relevant", "related", "certain", "various", "very", "really", "do", "make", "get",
    };

    private static readonly Dictionary<string, int> Indexes = Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);

    public static int Index(string name) => Indexes.TryGetValue(name, out var index) ? index : throw new ArgumentException($"No feature {name}.", nameof(name));

    public static SentenceAnalysis Analyze(string text, TextSpan sentence, NGramLanguageModel languageModel) =>
        Analyze(text, sentence, Tokenizer.Words(text, sentence).ToList(), languageModel);

    /// <summary>The analysis of a sentence already split into <paramref name="tokens"/> (its words, in order).</summary>
    public static SentenceAnalysis Analyze(string text, TextSpan sentence, IReadOnlyList<Token> tokens, NGramLanguageModel languageModel)
    {
        var words = tokens.Select(token => NGramLanguageModel.Normalise(token.Value)).ToList();
        var surprise = languageModel.Score(words);
        var features = new float[Count];
        var n = Math.Max(words.Count, 1);
        void Set(string name, double value) => features[Index(name)] = (float)value;

        Set("words", words.Count);
        Set("log_words", Math.Log(1 + words.Count));
        Set("mean_word_length", tokens.Count == 0 ? 0 : tokens.Average(t => t.Value.Length));

        var scores = surprise.Select(s => s.Log10Score).ToArray();
        var mean = scores.Average();
        Set("lm_mean", mean);
        Set("lm_min", scores.Min());
        Set("lm_std", scores.Length > 1 ? MathNet.Numerics.Statistics.Statistics.StandardDeviation(scores) : 0);
        Set("lm_end", scores[^1]);
        Set("lm_low_share", scores.Count(s => s < SurprisingLog10) / (double)scores.Length);
        Set("trigram_share", surprise.Count(s => s.MatchedOrder == 3) / (double)scores.Length);
        Set("backoff_share", surprise.Count(s => s.MatchedOrder <= 1) / (double)scores.Length);
        Set("unseen_word_share", surprise.Count(s => s.MatchedOrder == 0) / (double)scores.Length);
        // SLOR (Lau et al. 2017): surprise beyond what the words' own rarity explains, i.e. of their order and company.
        Set("lm_slor", (scores.Take(words.Count).Sum() - surprise.Take(words.Count).Sum(s => languageModel.UnigramLog10(s.UnigramCount))) / n);

        var contentIndexes = Enumerable.Range(0, words.Count).Where(i => !FunctionWords.Contains(words[i]) && words[i] != "<num>").ToList();
        var contentCounts = contentIndexes.Select(i => surprise[i].UnigramCount).ToList();
        Set("rare_content_share", contentIndexes.Count == 0 ? 0 : contentCounts.Count(c => c < 3) / (double)contentIndexes.Count);
        Set("content_commonness", contentIndexes.Count == 0 ? 0 : contentCounts.Average(c => Math.Log10(1 + c)));

        Set("function_share", words.Count(FunctionWords.Contains) / (double)n);
        Set("function_run", LongestRun(words, FunctionWords.Contains) / (double)n);
        Set("pronoun_share", words.Count(Pronouns.Contains) / (double)n);
        Set("generic_share", words.Count(GenericWords.Contains) / (double)n);

        // Each distinct word as a number, so that repeats of words and word pairs are counted on integers.
        var distinct = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        var ids = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (!distinct.TryGetValue(words[i], out ids[i])) distinct.Add(words[i], ids[i] = distinct.Count);
        }
        Set("type_token_ratio", words.Count == 0 ? 1 : distinct.Count / (double)n);
        Set("repeated_content", Repeated(contentIndexes.Select(i => ids[i])) / (double)n);
        var bigrams = new List<long>(Math.Max(0, words.Count - 1));
        for (var i = 1; i < words.Count; i++) bigrams.Add((long)ids[i - 1] << 32 | (uint)ids[i]);
        Set("adjacent_repeat", Enumerable.Range(1, bigrams.Count).Count(i => ids[i - 1] == ids[i]));
        Set("repeated_bigram", Repeated(bigrams));

        Set("capitalised_mid_share", tokens.Skip(1).Count(t => char.IsUpper(t.Value[0])) / (double)n);
        Set("number_share", words.Count(w => w == "<num>") / (double)n);

        var span = text.AsSpan(sentence.Start, sentence.Length);
        var commas = 0;
        var otherPunctuation = 0;
        var nonAsciiLetters = 0;
        var letters = 0;
        foreach (var c in span)
        {
            if (c == ',') commas++;
            else if (char.IsPunctuation(c) && c is not ('.' or '\'' or '’' or '-')) otherPunctuation++;
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c > 0x24F) nonAsciiLetters++;
        }
        Set("comma_per_word", commas / (double)n);
        Set("other_punct_per_word", otherPunctuation / (double)n);
        Set("unbalanced", Unbalanced(span));
        var trimmed = span.Trim();
        Set("starts_lower", trimmed.Length > 0 && char.IsLower(trimmed[0]) ? 1 : 0);
        Set("no_terminal_punct", trimmed.Length > 0 && trimmed.TrimEnd("\"'”’)]").Length > 0 && trimmed.TrimEnd("\"'”’)]")[^1] is '.' or '!' or '?' or ':' ? 0 : 1);
        Set("non_ascii_share", letters == 0 ? 0 : nonAsciiLetters / (double)letters);
        Set("all_caps_share", tokens.Count(t => t.Value.Length > 1 && t.Value.All(c => !char.IsLetter(c) || char.IsUpper(c)) && t.Value.Any(char.IsLetter)) / (double)n);
        return new SentenceAnalysis(sentence, tokens, surprise, features);
    }

    /// <summary>How many distinct items occur more than once.</summary>
    private static int Repeated<T>(IEnumerable<T> items) where T : notnull
    {
        // Sized up front: growing the sets was a twentieth of the whole check's CPU.
        var capacity = items.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var seen = new HashSet<T>(capacity);
        var repeated = new HashSet<T>();
        foreach (var item in items)
            if (!seen.Add(item)) repeated.Add(item);
        return repeated.Count;
    }

    private static int LongestRun(IEnumerable<string> words, Func<string, bool> member)
    {
        int longest = 0, run = 0;
        foreach (var word in words)
        {
            run = member(word) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>1 when brackets or straight/curly double quotes do not pair up.</summary>
    private static int Unbalanced(ReadOnlySpan<char> span)
    {
        int round = 0, square = 0, straight = 0, curly = 0;
        foreach (var c in span)
        {
            switch (c)
            {
                case '(': round++; break;
                case ')': round--; break;
                case '[': square++; break;
                case ']': square--; break;
                case '"': straight++; break;
                case '“': curly++; break;
                case '”': curly--; break;
            }
        }
        return round != 0 || square != 0 || straight % 2 != 0 || curly != 0 ? 1 : 0;
    }
}
