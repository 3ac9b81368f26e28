using System.Numerics;
using NewsQuality.Model;
using NewsQuality.Storage;
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

    /// <summary>Which of the three word lists a word is on.</summary>
    [Flags]
    private enum WordClass : byte { None = 0, Function = 1, Pronoun = 2, Generic = 4 }

    /// <summary>
    /// The three lists in one table, so each word of each sentence is looked up once, not three times.
    /// </summary>
    private static readonly WordClassTable Classes = new([(FunctionWords, WordClass.Function), (Pronouns, WordClass.Pronoun), (GenericWords, WordClass.Generic)]);

    /// <summary>
    /// The words of the lists by their model hash (<see cref="NGramLanguageModel.WordHash"/>, which a model word has already):
    /// a slot is found from the hash and the word compared only where a listed word's hash is stored. A dictionary by
    /// string hashed every distinct word of every article a second time.
    /// </summary>
    private sealed class WordClassTable
    {
        private readonly ulong[] _hashes = new ulong[Size];
        private readonly string?[] _words = new string?[Size];
        private readonly WordClass[] _classes = new WordClass[Size];

        /// <summary>Slots: a power of two, at least twice the listed words.</summary>
        private const int Size = 512;

        public WordClassTable(IEnumerable<(HashSet<string> Words, WordClass Class)> lists)
        {
            foreach (var (words, wordClass) in lists)
                foreach (var word in words)
                {
                    var hash = NGramLanguageModel.WordHash(word);
                    var slot = SlotOf(word, hash);
                    (_hashes[slot], _words[slot]) = (hash, word);
                    _classes[slot] |= wordClass;
                }
            if (_words.Count(word => word is not null) * 2 > Size) throw new InvalidOperationException("The word class table is more than half full.");
        }

        /// <summary>The classes of <paramref name="word"/>, whose <see cref="NGramLanguageModel.WordHash"/> is <paramref name="hash"/>.</summary>
        public WordClass Of(string word, ulong hash) => _classes[SlotOf(word, hash)];

        /// <summary>The slot holding <paramref name="word"/>, or the empty slot where it would go.</summary>
        private int SlotOf(string word, ulong hash)
        {
            for (var slot = (int)(hash * 0x9E3779B97F4A7C15UL >> 55); ; slot = (slot + 1) & (Size - 1))
            {
                var stored = _words[slot];
                if (stored is null || _hashes[slot] == hash && stored == word) return slot;
            }
        }
    }

    private static readonly Dictionary<string, int> Indexes = Names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);

    public static int Index(string name) => Indexes.TryGetValue(name, out var index) ? index : throw new ArgumentException($"No feature {name}.", nameof(name));

    public static SentenceAnalysis Analyze(string text, TextSpan sentence, NGramLanguageModel languageModel) =>
        Analyze(text, sentence, Tokenizer.Words(text, sentence).ToList(), languageModel);

    /// <summary>The analysis of a sentence already split into <paramref name="tokens"/> (its words, in order).</summary>
    public static SentenceAnalysis Analyze(string text, TextSpan sentence, IReadOnlyList<Token> tokens, NGramLanguageModel languageModel)
    {
        var vocabulary = WordIdentities.Of(TokenSpans.Of(tokens));
        return Analyze(text, sentence, tokens, vocabulary, vocabulary.Ids, languageModel);
    }

    /// <summary>
    /// The analysis of a sentence whose words <paramref name="tokens"/> are numbered <paramref name="wordIds"/> in
    /// <paramref name="vocabulary"/> (an article's: <c>Article.WordIds</c>).
    /// </summary>
    /// <remarks>
    /// Plain loops over the words, not LINQ: this runs for every sentence of every article, and the enumerators and
    /// delegates were a third of the rule's CPU. Each distinct word of the article is normalised, hashed and classed once
    /// (<see cref="ModelWords"/>); a sentence reads their numbers. Sums and means add in the same order as before, so the
    /// features are bit for bit the same.
    /// </remarks>
    public static SentenceAnalysis Analyze(string text, TextSpan sentence, IReadOnlyList<Token> tokens, WordIdentities vocabulary,
        ReadOnlySpan<int> wordIds, NGramLanguageModel languageModel)
    {
        var surprise = new WordSurprise[tokens.Count + 1];
        var features = new float[Count];
        Fill(text, sentence, TokenSpans.Of(tokens), vocabulary, wordIds, languageModel, surprise, features);
        return new SentenceAnalysis(sentence, tokens, surprise, features);
    }

    /// <summary>
    /// What <see cref="Analyze(string, TextSpan, IReadOnlyList{Token}, WordIdentities, ReadOnlySpan{int}, NGramLanguageModel)"/> finds,
    /// into <paramref name="surprise"/> (a score per word and one for the end) and <paramref name="features"/> (<see cref="Count"/>):
    /// the estimator's own path keeps them in the thread's buffers and makes objects only for the sentences a report shows.
    /// </summary>
    internal static void Fill(string text, TextSpan sentence, ReadOnlySpan<Token> tokenSpan, WordIdentities vocabulary,
        ReadOnlySpan<int> wordIds, NGramLanguageModel languageModel, Span<WordSurprise> surprise, Span<float> features)
    {
        var model = ModelWords.For(vocabulary);
        var scratch = Scratch.For(tokenSpan.Length);
        var ids = scratch.Ids[..tokenSpan.Length];
        var hashes = scratch.Hashes[..tokenSpan.Length];
        long letterCount = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = model.Of(wordIds[i]);
            hashes[i] = model.Hash(ids[i]);
            letterCount += tokenSpan[i].Value.Length;
        }
        languageModel.Score(hashes, surprise);
        var n = Math.Max(ids.Length, 1);

        Set(features, Feature.Words, ids.Length);
        Set(features, Feature.LogWords, Math.Log(1 + ids.Length));
        Set(features, Feature.MeanWordLength, tokenSpan.Length == 0 ? 0 : (double)letterCount / tokenSpan.Length);

        var scores = scratch.Scores(surprise.Length);
        int low = 0, trigrams = 0, backedOff = 0, unseen = 0;
        for (var i = 0; i < surprise.Length; i++)
        {
            scores[i] = surprise[i].Log10Score;
            if (scores[i] < SurprisingLog10) low++;
            if (surprise[i].MatchedOrder == 3) trigrams++;
            if (surprise[i].MatchedOrder <= 1) backedOff++;
            if (surprise[i].MatchedOrder == 0) unseen++;
        }
        Set(features, Feature.LmMean, Mean(scores));
        Set(features, Feature.LmMin, Min(scores));
        Set(features, Feature.LmStd, scores.Length > 1 ? StandardDeviation(scores) : 0);
        Set(features, Feature.LmEnd, scores[^1]);
        Set(features, Feature.LmLowShare, low / (double)scores.Length);
        Set(features, Feature.TrigramShare, trigrams / (double)scores.Length);
        Set(features, Feature.BackoffShare, backedOff / (double)scores.Length);
        Set(features, Feature.UnseenWordShare, unseen / (double)scores.Length);
        // SLOR (Lau et al. 2017): surprise beyond what the words' own rarity explains, i.e. of their order and company.
        double wordScores = 0, unigramScores = 0;
        for (var i = 0; i < ids.Length; i++) wordScores += scores[i];
        for (var i = 0; i < ids.Length; i++) unigramScores += languageModel.UnigramLog10(surprise[i].UnigramCount);
        Set(features, Feature.LmSlor, (wordScores - unigramScores) / n);

        var contentIndexes = scratch.ContentIndexes;
        var contentCount = 0;
        int rareContent = 0, functionWords = 0, pronouns = 0, genericWords = 0, numbers = 0, functionRun = 0, longestFunctionRun = 0;
        double commonness = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var wordClass = model.Class(ids[i]);
            var isFunctionWord = (wordClass & WordClass.Function) != 0;
            var isNumber = ids[i] == model.Number;
            if (!isFunctionWord && !isNumber)
            {
                contentIndexes[contentCount++] = i;
                if (surprise[i].UnigramCount < 3) rareContent++;
                commonness += Log10OnePlus.Of(surprise[i].UnigramCount);
            }
            if (isFunctionWord) functionWords++;
            functionRun = isFunctionWord ? functionRun + 1 : 0;
            longestFunctionRun = Math.Max(longestFunctionRun, functionRun);
            if ((wordClass & WordClass.Pronoun) != 0) pronouns++;
            if ((wordClass & WordClass.Generic) != 0) genericWords++;
            if (isNumber) numbers++;
        }
        Set(features, Feature.RareContentShare, contentCount == 0 ? 0 : rareContent / (double)contentCount);
        Set(features, Feature.ContentCommonness, contentCount == 0 ? 0 : commonness / contentCount);

        Set(features, Feature.FunctionShare, functionWords / (double)n);
        Set(features, Feature.FunctionRun, longestFunctionRun / (double)n);
        Set(features, Feature.PronounShare, pronouns / (double)n);
        Set(features, Feature.GenericShare, genericWords / (double)n);

        // Each distinct word is a number already, so repeats of words and word pairs are counted on integers.
        Set(features, Feature.TypeTokenRatio, ids.Length == 0 ? 1 : scratch.DistinctCount(ids, model.Count) / (double)n);
        var contentIds = scratch.ContentIds[..contentCount];
        for (var i = 0; i < contentIds.Length; i++) contentIds[i] = ids[contentIndexes[i]];
        Set(features, Feature.RepeatedContent, Repeated(contentIds) / (double)n);
        var bigrams = scratch.Bigrams[..Math.Max(0, ids.Length - 1)];
        var adjacentRepeats = 0;
        for (var i = 1; i < ids.Length; i++)
        {
            bigrams[i - 1] = (long)ids[i - 1] << 32 | (uint)ids[i];
            if (ids[i - 1] == ids[i]) adjacentRepeats++;
        }
        Set(features, Feature.AdjacentRepeat, adjacentRepeats);
        Set(features, Feature.RepeatedBigram, Repeated(bigrams));

        int capitalisedMid = 0, allCaps = 0;
        for (var i = 0; i < tokenSpan.Length; i++)
        {
            var word = tokenSpan[i].Value;
            if (i > 0 && char.IsUpper(word[0])) capitalisedMid++;
            if (word.Length > 1 && IsAllCaps(word)) allCaps++;
        }
        Set(features, Feature.CapitalisedMidShare, capitalisedMid / (double)n);
        Set(features, Feature.NumberShare, numbers / (double)n);

        var span = text.AsSpan(sentence.Start, sentence.Length);
        var (letters, nonAsciiLetters, commas, otherPunctuation) = CharacterCounts(span);
        Set(features, Feature.CommaPerWord, commas / (double)n);
        Set(features, Feature.OtherPunctPerWord, otherPunctuation / (double)n);
        Set(features, Feature.Unbalanced, Unbalanced(span));
        var trimmed = span.Trim();
        Set(features, Feature.StartsLower, trimmed.Length > 0 && char.IsLower(trimmed[0]) ? 1 : 0);
        Set(features, Feature.NoTerminalPunct, trimmed.Length > 0 && trimmed.TrimEnd("\"'”’)]").Length > 0 && trimmed.TrimEnd("\"'”’)]")[^1] is '.' or '!' or '?' or ':' ? 0 : 1);
        Set(features, Feature.NonAsciiShare, letters == 0 ? 0 : nonAsciiLetters / (double)letters);
        Set(features, Feature.AllCapsShare, allCaps / (double)n);

        static void Set(Span<float> features, int feature, double value) => features[feature] = (float)value;
    }

    /// <summary>
    /// The ASCII punctuation <see cref="CharacterCounts"/> counts: what <see cref="char.IsPunctuation(char)"/> calls punctuation but
    /// the comma (counted on its own), the full stop, the apostrophe and the hyphen (<c>SentenceFeaturesTests</c> holds it to the predicate).
    /// </summary>
    internal static readonly System.Buffers.SearchValues<char> CountedAsciiPunctuation = System.Buffers.SearchValues.Create("!\"#%&()*/:;?@[\\]_{}");

    /// <summary>
    /// The sentence's letters (and of them those past Latin Extended-B, U+024F), commas, and punctuation other than the full
    /// stop, apostrophes and hyphen. Each count is a vectorised pass (<see cref="LetterCount"/> for the letters, a count of commas,
    /// a search for the rarer punctuation and one for characters past ASCII, which are asked the Unicode tables): a loop reading
    /// one character at a time through a table of kinds cost thirteen instructions a character.
    /// </summary>
    internal static (int Letters, int NonAsciiLetters, int Commas, int OtherPunctuation) CharacterCounts(ReadOnlySpan<char> span)
    {
        var letters = LetterCount.Letters(span, out _);
        var commas = span.Count(',');
        var punctuation = 0;
        for (var rest = span; rest.IndexOfAny(CountedAsciiPunctuation) is var next and >= 0; rest = rest[(next + 1)..]) punctuation++;
        var nonAsciiLetters = 0;
        for (var rest = span; rest.IndexOfAnyInRange((char)0x80, char.MaxValue) is var next and >= 0; rest = rest[(next + 1)..])
        {
            var c = rest[next];
            if (char.IsLetter(c))
            {
                if (c > 0x24F) nonAsciiLetters++;
            }
            else if (char.IsPunctuation(c) && c != '’') punctuation++;
        }
        return (letters, nonAsciiLetters, commas, punctuation);
    }

    /// <summary>
    /// The mean as <c>Enumerable.Average</c> of a <c>double[]</c> finds it: the values added one after the other from 0, the sum
    /// divided by the count. Over the thread's scores, so that a sentence's scores need no array of their own.
    /// </summary>
    internal static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) throw new InvalidOperationException("No values.");
        var sum = 0.0;
        foreach (var value in values) sum += value;
        return sum / values.Length;
    }

    /// <summary>The least value as <c>Enumerable.Min</c> of a <c>double[]</c> finds it (NaN when there is one).</summary>
    internal static double Min(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) throw new InvalidOperationException("No values.");
        foreach (var value in values)
            if (double.IsNaN(value)) return value;
        var min = values[0];
        for (var i = 1; i < values.Length; i++)
            if (values[i] < min) min = values[i];
        return min;
    }

    /// <summary>
    /// The sample standard deviation as MathNet.Numerics finds it for an array (<c>ArrayStatistics.Variance</c>: one pass of running
    /// sums, NaN for fewer than two values), step for step, so the feature keeps its bits (<c>SentenceFeaturesTests</c> compares them).
    /// </summary>
    internal static double StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length <= 1) return double.NaN;
        var variance = 0.0;
        var t = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            t += values[i];
            var diff = (i + 1) * values[i] - t;
            variance += diff * diff / ((i + 1.0) * i);
        }
        return Math.Sqrt(variance / (values.Length - 1));
    }

    /// <summary><c>Math.Log10(1 + count)</c>, kept for small counts.</summary>
    private static readonly SmallCountMemo Log10OnePlus = new(count => Math.Log10(1 + count));

    /// <summary>Every letter of the word is a capital, and it has one.</summary>
    internal static bool IsAllCaps(string word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            // ASCII told without the Unicode tables' calls: most words stop at their first small letter.
            if (c < 0x80)
            {
                if (char.IsAsciiLetterLower(c)) return false;
                hasLetter |= char.IsAsciiLetterUpper(c);
                continue;
            }
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            hasLetter = true;
        }
        return hasLetter;
    }

    /// <summary>The position of each feature in <see cref="Names"/> (the vector the trees were trained on).</summary>
    private static class Feature
    {
        public static readonly int Words = Index("words");
        public static readonly int LogWords = Index("log_words");
        public static readonly int MeanWordLength = Index("mean_word_length");
        public static readonly int LmMean = Index("lm_mean");
        public static readonly int LmMin = Index("lm_min");
        public static readonly int LmStd = Index("lm_std");
        public static readonly int LmEnd = Index("lm_end");
        public static readonly int LmLowShare = Index("lm_low_share");
        public static readonly int TrigramShare = Index("trigram_share");
        public static readonly int BackoffShare = Index("backoff_share");
        public static readonly int UnseenWordShare = Index("unseen_word_share");
        public static readonly int LmSlor = Index("lm_slor");
        public static readonly int RareContentShare = Index("rare_content_share");
        public static readonly int ContentCommonness = Index("content_commonness");
        public static readonly int FunctionShare = Index("function_share");
        public static readonly int FunctionRun = Index("function_run");
        public static readonly int PronounShare = Index("pronoun_share");
        public static readonly int GenericShare = Index("generic_share");
        public static readonly int TypeTokenRatio = Index("type_token_ratio");
        public static readonly int RepeatedContent = Index("repeated_content");
        public static readonly int AdjacentRepeat = Index("adjacent_repeat");
        public static readonly int RepeatedBigram = Index("repeated_bigram");
        public static readonly int CapitalisedMidShare = Index("capitalised_mid_share");
        public static readonly int NumberShare = Index("number_share");
        public static readonly int CommaPerWord = Index("comma_per_word");
        public static readonly int OtherPunctPerWord = Index("other_punct_per_word");
        public static readonly int Unbalanced = Index("unbalanced");
        public static readonly int StartsLower = Index("starts_lower");
        public static readonly int NoTerminalPunct = Index("no_terminal_punct");
        public static readonly int NonAsciiShare = Index("non_ascii_share");
        public static readonly int AllCapsShare = Index("all_caps_share");
    }

    /// <summary>
    /// The language model's words of an article (of a <see cref="WordIdentities"/>): each distinct lower-cased word
    /// <see cref="NGramLanguageModel.Normalise"/>d (every number is one word, "&lt;num&gt;", and a curly apostrophe a
    /// straight one) and numbered, with its hash and its word classes, found once per article when first asked: words
    /// only in sentences the estimate does not judge (headlines, captions, short lines) are never looked at.
    /// </summary>
    /// <remarks>
    /// A model word's number is its lower case's own, except that all numbers share one (<see cref="Number"/>) and a word
    /// with a curly apostrophe takes that of its straight spelling (or of the first word with the same straight spelling):
    /// no table of the article's model words is built, as lower cases are already numbered.
    /// </remarks>
    private sealed class ModelWords
    {
        /// <summary>The thread's: one article's sentences are analysed one after another on one thread.</summary>
        [ThreadStatic] private static ModelWords? _current;

        /// <summary>Articles with more distinct words than this get arrays of their own, not kept on the thread.</summary>
        private const int KeptWords = 1 << 14;

        private WordIdentities _words;
        private int[] _numbers = [];
        private ulong[] _hashes = [];
        private WordClass[] _classes = [];
        private ReusedArray<int> _keptNumbers;
        private ReusedArray<ulong> _keptHashes;
        private ReusedArray<WordClass> _keptClasses;
        private Dictionary<string, int>? _straightened;

        private ModelWords(WordIdentities words)
        {
            _words = words;
            Begin(words);
        }

        /// <summary>
        /// The model words of <paramref name="words"/> (an article's), kept on the thread while it asks about the same article:
        /// arrays of their own per article were a tenth of what NQ2014 allocated. Another article's words start them again.
        /// </summary>
        public static ModelWords For(WordIdentities words)
        {
            var current = _current;
            if (current is null) return _current = new ModelWords(words);
            if (!ReferenceEquals(current._words, words)) current.Begin(words);
            return current;
        }

        /// <summary>Forgets the last article's model words: every lower case unseen, the number word described.</summary>
        private void Begin(WordIdentities words)
        {
            _words = words;
            var count = words.Count + 1;
            (_numbers, _hashes, _classes) = (_keptNumbers.Room(count, KeptWords), _keptHashes.Room(count, KeptWords), _keptClasses.Room(count, KeptWords));
            _numbers.AsSpan(0, words.Count).Fill(-1);
            _straightened?.Clear();
            Describe(Number, NGramLanguageModel.Number, NGramLanguageModel.WordHash(NGramLanguageModel.Number));
        }

        /// <summary>The model word every number is: the one after the lower cases' numbers.</summary>
        public int Number => _words.Count;

        /// <summary>Model words are numbered below this.</summary>
        public int Count => _words.Count + 1;

        public ulong Hash(int modelWord) => _hashes[modelWord];

        public WordClass Class(int modelWord) => _classes[modelWord];

        /// <summary>The model word of the lower-cased word numbered <paramref name="id"/>.</summary>
        public int Of(int id)
        {
            var number = _numbers[id];
            return number >= 0 ? number : _numbers[id] = Find(id);
        }

        private int Find(int id)
        {
            var lower = _words.Lower(id);
            // An ASCII word (most) in one pass without calls: a digit makes it a number, else it is hashed as it is.
            var hash = NGramLanguageModel.WordHashBasis;
            foreach (var c in lower)
            {
                if (c >= 0x80) return FindSpelled(id, lower);
                if (char.IsAsciiDigit(c)) return Number;
                hash = NGramLanguageModel.WordHashStep(hash, c);
            }
            return Describe(id, lower, hash);
        }

        /// <summary><see cref="Find"/> for a word with a character past ASCII: Unicode digits, and curly apostrophes straightened.</summary>
        private int FindSpelled(int id, string lower)
        {
            foreach (var c in lower)
                if (char.IsDigit(c)) return Number;
            if (!lower.Contains('’')) return Describe(id, lower, NGramLanguageModel.WordHash(lower));
            var straight = lower.Replace('’', '\'');
            // The straight spelling has no curly apostrophe and no digit, so it is its own model word.
            if (_words.IdOf(straight) is { } plain) return Of(plain);
            _straightened ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (_straightened.TryGetValue(straight, out var first)) return first;
            _straightened.Add(straight, id);
            return Describe(id, straight, NGramLanguageModel.WordHash(straight));
        }

        /// <summary>Model word <paramref name="modelWord"/> is <paramref name="word"/>, whose <see cref="NGramLanguageModel.WordHash"/> is <paramref name="hash"/>.</summary>
        private int Describe(int modelWord, string word, ulong hash)
        {
            _hashes[modelWord] = hash;
            _classes[modelWord] = Classes.Of(word, hash);
            return modelWord;
        }
    }

    /// <summary>
    /// The working arrays of the sentence being analysed, one set per thread and grown as needed: new ones per sentence
    /// were most of what the features allocated.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic] private static Scratch? _current;

        /// <summary>Room kept on the thread: a longer sentence (or an article of more distinct words) gets arrays of its own.</summary>
        private const int KeptWords = 1 << 14;

        private ReusedArray<int> _ids, _contentIndexes, _contentIds;
        private ReusedArray<long> _bigrams;
        private ReusedArray<double> _scores;
        private ReusedArray<ulong> _hashes;
        private ReusedArray<bool> _seen;

        // The current sentence's arrays, taken once in For: a sentence longer than KeptWords gets arrays of its own, which
        // asking ReusedArray again would replace with new ones.
        private int[] _sentenceIds = [], _sentenceContentIndexes = [], _sentenceContentIds = [];
        private ulong[] _sentenceHashes = [];
        private long[] _sentenceBigrams = [];

        /// <summary>Room for a sentence's <paramref name="count"/> word scores (its words and its end).</summary>
        public Span<double> Scores(int count) => _scores.Room(count, KeptWords).AsSpan(0, count);

        public Span<int> Ids => _sentenceIds;
        public Span<ulong> Hashes => _sentenceHashes;
        public Span<int> ContentIndexes => _sentenceContentIndexes;
        public Span<int> ContentIds => _sentenceContentIds;
        public Span<long> Bigrams => _sentenceBigrams;

        /// <summary>The thread's scratch, for a sentence of <paramref name="words"/> words.</summary>
        public static Scratch For(int words)
        {
            var scratch = _current ??= new Scratch();
            (scratch._sentenceIds, scratch._sentenceHashes, scratch._sentenceContentIndexes, scratch._sentenceContentIds, scratch._sentenceBigrams) =
                (scratch._ids.Room(words, KeptWords), scratch._hashes.Room(words, KeptWords), scratch._contentIndexes.Room(words, KeptWords),
                 scratch._contentIds.Room(words, KeptWords), scratch._bigrams.Room(words, KeptWords));
            return scratch;
        }

        /// <summary>How many distinct numbers <paramref name="ids"/> holds, each below <paramref name="bound"/>.</summary>
        public int DistinctCount(ReadOnlySpan<int> ids, int bound)
        {
            var seen = _seen.Room(bound, KeptWords);
            var distinct = 0;
            foreach (var id in ids)
                if (!seen[id]) (seen[id], distinct) = (true, distinct + 1);
            foreach (var id in ids) seen[id] = false;
            return distinct;
        }
    }

    /// <summary>How many distinct items occur more than once. Sorts <paramref name="items"/> (scratch), so equal items are neighbours: no sets.</summary>
    private static int Repeated<T>(Span<T> items) where T : struct, IBinaryInteger<T>
    {
        NumberSort.Sort(items);
        var repeated = 0;
        for (var i = 1; i < items.Length; i++)
            if (items[i].Equals(items[i - 1]) && (i == 1 || !items[i - 1].Equals(items[i - 2]))) repeated++;
        return repeated;
    }

    private static readonly System.Buffers.SearchValues<char> BracketsAndQuotes = System.Buffers.SearchValues.Create("()[]\"“”");

    /// <summary>1 when brackets or straight/curly double quotes do not pair up.</summary>
    private static int Unbalanced(ReadOnlySpan<char> span)
    {
        int round = 0, square = 0, straight = 0, curly = 0;
        // Only brackets and double quotes count: found by a vectorised search, not read a character at a time.
        for (var rest = span; rest.IndexOfAny(BracketsAndQuotes) is var next and >= 0; rest = rest[(next + 1)..])
        {
            switch (rest[next])
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
