using System.IO.Compression;
using System.Runtime.InteropServices;
using NewsQuality.Storage;
using NewsQuality.Text;

namespace NewsQuality.TranslationQuality;

/// <summary>How one word fared under the language model: its log10 score, the longest n-gram ending in it that was seen, and its own count.</summary>
public readonly record struct WordSurprise(double Log10Score, int MatchedOrder, int UnigramCount);

/// <summary>
/// A compact word trigram model of fluent English with stupid backoff (Brants et al. 2007): a word's score is its
/// trigram relative frequency, else 0.4 × its bigram one, else 0.16 × its smoothed unigram one. Backoff scores are not
/// probabilities, but they rank sentences by surprise as well as Kneser–Ney at a fraction of the size, and how far each
/// word had to back off ("this trigram was never seen") is itself a signal. N-grams are kept as 32-bit hashes with
/// their counts, sorted, so a lookup is a binary search; bigrams and trigrams seen once are pruned when built.
/// </summary>
public sealed class NGramLanguageModel
{
    public const int Order = 3;
    private const double BackoffLog10 = -0.39794000867; // log10(0.4)
    private const string Magic = "NQLM1";
    public const string SentenceStart = "<s>";
    public const string SentenceEnd = "</s>";

    private readonly long _tokens;
    /// <summary>Distinct n-grams kept per order (1-grams first).</summary>
    private readonly int[] _sizes = new int[Order];
    private readonly CountTable[] _lookup = new CountTable[Order];
    private readonly ShippedBytes _image;
    private readonly int _imageLength;

    /// <summary>The model in <paramref name="image"/> (<see cref="ToImage"/>'s layout), whose count tables are read where they are.</summary>
    private NGramLanguageModel(ShippedBytes image)
    {
        var bytes = image.Span;
        var header = bytes.Length >= ImageHeaderBytes ? MemoryMarshal.Cast<byte, int>(bytes[..ImageHeaderBytes]) : [];
        if (header.Length == 0 || header[0] != ImageMagic) throw new InvalidDataException("Not a NewsQuality language model image.");
        _tokens = (uint)header[1] | (long)header[2] << 32;
        var at = ImageHeaderBytes;
        for (var order = 0; order < Order; order++)
        {
            (_sizes[order], var slots) = (header[3 + 2 * order], header[4 + 2 * order]);
            if (!System.Numerics.BitOperations.IsPow2(slots) || at + slots * sizeof(ulong) > bytes.Length)
                throw new InvalidDataException("A NewsQuality language model image with a damaged count table.");
            _lookup[order] = new CountTable(image, at, slots);
            at += slots * sizeof(ulong);
        }
        (_image, _imageLength) = (image, at);
        _unigramLog10 = new SmallCountMemo(count => Math.Log10((count + 1.0) / (_tokens + _sizes[0])));
    }

    private NGramLanguageModel(uint[][] hashes, int[][] counts, long tokens) : this(Image(hashes, counts, tokens))
    {
    }

    /// <summary>
    /// The counts of one order in an open-addressing table (linear probing, at most half full, a power of two slots): every
    /// word of every sentence looks up three n-grams, and a binary search over the sorted arrays costs a cache miss per step.
    /// N-gram hashes are already well mixed, so their low bits pick the slot. A slot with count 0 is empty (kept n-grams occur).
    /// Each slot holds its hash and its count side by side (hash in the low half, count in the high half of one
    /// <c>ulong</c>), so a probe reads one cache line: with hashes and counts in two arrays, each look-up missed the cache
    /// twice, and those misses were most of NQ2014's feature time (docs/performance.md, sixth round). The slots are part of
    /// the model's image and read there (the shipped image where the runtime maps it): no table is built at start-up.
    /// </summary>
    private readonly struct CountTable(ShippedBytes image, int start, int size)
    {
        public ReadOnlySpan<ulong> Slots => MemoryMarshal.Cast<byte, ulong>(image.Span.Slice(start, size * sizeof(ulong)));

        /// <summary>How many slots a table of <paramref name="ngrams"/> n-grams has.</summary>
        public static int SizeFor(int ngrams) => (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)ngrams * 2));

        /// <summary>Puts the n-grams' counts in <paramref name="slots"/> (empty, <see cref="SizeFor"/> their number), in the order given.</summary>
        public static void Fill(Span<ulong> slots, ReadOnlySpan<uint> hashes, ReadOnlySpan<int> counts)
        {
            var mask = slots.Length - 1;
            for (var i = 0; i < hashes.Length; i++)
            {
                var slot = (int)hashes[i] & mask;
                while (slots[slot] >> 32 != 0) slot = (slot + 1) & mask;
                slots[slot] = (ulong)(uint)counts[i] << 32 | hashes[i];
            }
        }

        /// <summary>
        /// Reads the home slot of every hash, with nothing depending on one read before the next is issued: the
        /// processor then fetches the missing cache lines together, and <see cref="Count"/> finds them in the cache.
        /// </summary>
        /// <returns>What was read, folded, for the caller to keep so that the reads are not dropped as unused.</returns>
        public static ulong Touch(ReadOnlySpan<ulong> slots, ReadOnlySpan<uint> hashes)
        {
            var mask = slots.Length - 1;
            ulong any = 0;
            foreach (var hash in hashes) any |= slots[(int)hash & mask];
            return any;
        }

        // Inlined where the scores are found: three look-ups per word, and the call cost as much as the probe.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int Count(ReadOnlySpan<ulong> slots, uint hash)
        {
            var mask = slots.Length - 1;
            for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                var count = (int)(entry >> 32);
                if (count == 0 || (uint)entry == hash) return count;
            }
        }
    }

    /// <summary>Distinct n-grams kept per order (1-grams first).</summary>
    public IReadOnlyList<int> Sizes => _sizes;

    /// <summary>The words of a span as the model counts them (see <see cref="Normalise"/>).</summary>
    public static List<string> Words(string text, Model.TextSpan span) =>
        Tokenizer.Words(text, span).Select(token => Normalise(token.Value)).ToList();

    /// <summary>What <see cref="Normalise"/> makes of every word with a digit.</summary>
    public const string Number = "<num>";

    /// <summary>Lower case, the curly apostrophe as a straight one (typesetting is not fluency), every number as "&lt;num&gt;".</summary>
    public static string Normalise(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c)) return Number;
        return word.Replace('’', '\'').ToLowerInvariant();
    }

    /// <summary>How often the word occurs in the training text (0 when never seen).</summary>
    public int UnigramCount(string word) => Count(0, Fold(WordHash(word)));

    /// <summary>A word's smoothed unigram log10 frequency from its count: what its surprise would be with no context at all.</summary>
    public double UnigramLog10(int count) => _unigramLog10.Of(count);

    // Kept for small counts: the expression is computed once per count instead of once per word.
    private readonly SmallCountMemo _unigramLog10;

    /// <summary>A score per word of the sentence plus one for its end.</summary>
    public WordSurprise[] Score(IReadOnlyList<string> words)
    {
        var hashes = new ulong[words.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = WordHash(words[i]);
        return Score(hashes);
    }

    /// <summary>A score per word of the sentence, given as the <see cref="WordHash"/>es of its model words, plus one for its end.</summary>
    /// <remarks>
    /// Every n-gram of the sentence is hashed first and its home slot read in one pass of independent loads, so that
    /// the cache misses in the count tables (most of this method's time) overlap instead of each waiting for the last
    /// word's look-ups and logarithm; the scores are then found as before, from the hashes, in the same order.
    /// </remarks>
    public WordSurprise[] Score(ReadOnlySpan<ulong> wordHashes)
    {
        var result = new WordSurprise[wordHashes.Length + 1];
        Score(wordHashes, result);
        return result;
    }

    /// <summary><see cref="Score(ReadOnlySpan{ulong})"/> into <paramref name="scores"/> (at least one longer than the words).</summary>
    public void Score(ReadOnlySpan<ulong> wordHashes, Span<WordSurprise> scores)
    {
        var grams = NGrams.For(wordHashes);
        ReadOnlySpan<ulong> unigrams = _lookup[0].Slots, bigrams = _lookup[1].Slots, trigrams = _lookup[2].Slots;
        _touched = CountTable.Touch(unigrams, grams.Unigrams) | CountTable.Touch(bigrams, grams.Bigrams[1..]) | CountTable.Touch(trigrams, grams.Trigrams[2..]);
        for (var i = 1; i < grams.Length; i++) scores[i - 1] = ScoreAt(grams, i, unigrams, bigrams, trigrams);
    }

    // Where Score keeps what the touching read (per thread: a shared field written by both cores would bounce between them).
    [ThreadStatic] private static ulong _touched;

    /// <summary>
    /// The hashes of a sentence's n-grams by the position of their last word (sentence start at 0, end last), as
    /// <see cref="NGramHash"/> makes them: a trigram's context is the bigram ending one word earlier, a bigram's the
    /// unigram. One buffer per thread, reused from sentence to sentence.
    /// </summary>
    private readonly ref struct NGrams
    {
        [ThreadStatic] private static ReusedArray<uint> _buffer;
        [ThreadStatic] private static ReusedArray<ulong> _wordHashes;

        /// <summary>Longest sentence (in words, with its start and end) whose buffers the thread keeps.</summary>
        private const int KeptLength = 1 << 14;

        public readonly Span<uint> Unigrams, Bigrams, Trigrams;

        private NGrams(Span<uint> unigrams, Span<uint> bigrams, Span<uint> trigrams)
        {
            Unigrams = unigrams;
            Bigrams = bigrams;
            Trigrams = trigrams;
        }

        public int Length => Unigrams.Length;

        public static NGrams For(ReadOnlySpan<ulong> wordHashes)
        {
            var length = wordHashes.Length + 2;
            var hashes = _wordHashes.Room(length, KeptLength).AsSpan(0, length);
            hashes[0] = SentenceStartHash;
            wordHashes.CopyTo(hashes[1..]);
            hashes[^1] = SentenceEndHash;
            var buffer = _buffer.Room(3 * length, 3 * KeptLength);
            var grams = new NGrams(buffer.AsSpan(0, length), buffer.AsSpan(length, length), buffer.AsSpan(2 * length, length));
            // NGramHash's steps written out for each order (its loop and order test per n-gram were most of this).
            Span<uint> unigrams = grams.Unigrams, bigrams = grams.Bigrams, trigrams = grams.Trigrams;
            unigrams[0] = Fold(hashes[0]);
            if (length > 1)
            {
                unigrams[1] = Fold(hashes[1]);
                bigrams[1] = Fold(NGramStep(NGramStep(NGramSeed(2), hashes[0]), hashes[1]));
            }
            // (The spans are of one length: the bounds tested here let the compiler drop the checks inside.)
            for (var i = 2; i < hashes.Length && i < unigrams.Length && i < bigrams.Length && i < trigrams.Length; i++)
            {
                var (first, second, third) = (hashes[i - 2], hashes[i - 1], hashes[i]);
                unigrams[i] = Fold(third);
                bigrams[i] = Fold(NGramStep(NGramStep(NGramSeed(2), second), third));
                trigrams[i] = Fold(NGramStep(NGramStep(NGramStep(NGramSeed(3), first), second), third));
            }
            return grams;
        }
    }

    /// <summary>
    /// The score of the word at <paramref name="i"/> (sentence start at 0): its trigram's relative frequency, else 0.4 × its
    /// bigram's, else 0.16 × its smoothed unigram one (an unseen word backs off all the way), the backoff penalties added one
    /// at a time as before. Written out per order and inlined into <see cref="Score(ReadOnlySpan{ulong}, Span{WordSurprise})"/>'s
    /// loop with the three tables in hand: a call per word, with its loop over the orders, reloaded the tables and
    /// chose each n-gram's array by order.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private WordSurprise ScoreAt(in NGrams grams, int i, ReadOnlySpan<ulong> unigrams, ReadOnlySpan<ulong> bigrams, ReadOnlySpan<ulong> trigrams)
    {
        var unigram = CountTable.Count(unigrams, grams.Unigrams[i]);
        // The first word has no trigram: it backs off once fewer.
        var orders = Math.Min(Order, i + 1);
        if (unigram == 0) return new WordSurprise((orders - 1) * BackoffLog10 + UnigramLog10(unigram), 0, unigram);
        var penalty = 0.0;
        if (orders == Order)
        {
            var trigram = CountTable.Count(trigrams, grams.Trigrams[i]);
            if (trigram != 0 && CountTable.Count(bigrams, grams.Bigrams[i - 1]) is var trigramContext and > 0)
                return new WordSurprise(penalty + Math.Log10((double)trigram / trigramContext), Order, unigram);
            penalty += BackoffLog10;
        }
        var bigram = CountTable.Count(bigrams, grams.Bigrams[i]);
        if (bigram != 0 && CountTable.Count(unigrams, grams.Unigrams[i - 1]) is var bigramContext and > 0)
            return new WordSurprise(penalty + Math.Log10((double)bigram / bigramContext), 2, unigram);
        penalty += BackoffLog10;
        return new WordSurprise(penalty + UnigramLog10(unigram), 1, unigram);
    }

    private int Count(int orderIndex, uint hash) => CountTable.Count(_lookup[orderIndex].Slots, hash);

    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));

    /// <summary>A model word's hash, which n-gram hashes are made of: 64-bit FNV-1a, stable across processes, unlike string.GetHashCode.</summary>
    public static ulong WordHash(string word)
    {
        var hash = WordHashBasis;
        foreach (var c in word) hash = WordHashStep(hash, c);
        return hash;
    }

    /// <summary><see cref="WordHash"/> of the empty word, from which <see cref="WordHashStep"/> goes on a character at a time.</summary>
    internal const ulong WordHashBasis = 14695981039346656037UL;

    /// <summary>The <see cref="WordHash"/> of a word of hash <paramref name="hash"/> followed by <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong WordHashStep(ulong hash, char c) => (hash ^ c) * 1099511628211UL;

    private static uint NGramHash(ulong[] words, int start, int length)
    {
        if (length == 1) return Fold(words[start]);
        var hash = NGramSeed(length);
        for (var i = start; i < start + length; i++) hash = NGramStep(hash, words[i]);
        return Fold(hash);
    }

    /// <summary>Where the hash of an n-gram of <paramref name="length"/> words (more than one) starts.</summary>
    private static ulong NGramSeed(int length) => 0x9E3779B97F4A7C15UL * (ulong)length;

    /// <summary>The hash of an n-gram so far, <paramref name="hash"/>, with its next word's hash <paramref name="word"/> mixed in.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong NGramStep(ulong hash, ulong word) => (hash ^ word) * 0xBF58476D1CE4E5B9UL ^ (hash >> 29);

    private static readonly ulong SentenceStartHash = WordHash(SentenceStart);
    private static readonly ulong SentenceEndHash = WordHash(SentenceEnd);

    // Word hashes are kept as the full 64-bit FNV so n-gram hashes mix all of it; unigrams fold it to 32 bits.
    private static ulong[] Hashes(IReadOnlyList<string> words)
    {
        var hashes = new ulong[words.Count + 2];
        Hashes(words, hashes);
        return hashes;
    }

    /// <summary>The sentence's word hashes, between its start and end, into the first words + 2 of <paramref name="hashes"/>.</summary>
    private static void Hashes(IReadOnlyList<string> words, ulong[] hashes)
    {
        hashes[0] = SentenceStartHash;
        for (var i = 0; i < words.Count; i++) hashes[i + 1] = WordHash(words[i]);
        hashes[words.Count + 1] = SentenceEndHash;
    }

    /// <summary>Counts n-grams over sentences (already split into model words); call <see cref="Build"/> at the end.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<uint, int>[] _counts = Enumerable.Range(0, Order).Select(_ => new Dictionary<uint, int>()).ToArray();
        private long _tokens;

        public void Add(IReadOnlyList<string> words)
        {
            var hashes = Hashes(words);
            _tokens += hashes.Length - 1;
            for (var i = 0; i < hashes.Length; i++)
                for (var order = 1; order <= Order && i + order <= hashes.Length; order++)
                {
                    var key = NGramHash(hashes, i, order);
                    _counts[order - 1][key] = _counts[order - 1].GetValueOrDefault(key) + 1;
                }
        }

        /// <summary>The model, with bigrams and trigrams seen fewer than <paramref name="minCount"/> times dropped.</summary>
        public NGramLanguageModel Build(int minCount)
        {
            var hashes = new uint[Order][];
            var counts = new int[Order][];
            for (var order = 0; order < Order; order++)
            {
                var kept = _counts[order].Where(pair => order == 0 || pair.Value >= minCount).OrderBy(pair => pair.Key).ToList();
                hashes[order] = kept.Select(pair => pair.Key).ToArray();
                counts[order] = kept.Select(pair => pair.Value).ToArray();
            }
            return new NGramLanguageModel(hashes, counts, _tokens);
        }
    }

    /// <summary>Writes the model gzip-compressed: per order the sorted hashes as varint deltas, then the counts as varints.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(_tokens);
        for (var order = 0; order < Order; order++)
        {
            var (hashes, counts) = Entries(order);
            writer.Write7BitEncodedInt(hashes.Length);
            uint previous = 0;
            foreach (var hash in hashes)
            {
                writer.Write7BitEncodedInt64(hash - previous);
                previous = hash;
            }
            foreach (var count in counts) writer.Write7BitEncodedInt(count);
        }
    }

    /// <summary>The n-grams of one order with their counts, sorted by hash (as the model was built and is saved), read from its count table.</summary>
    private (uint[] Hashes, int[] Counts) Entries(int order)
    {
        var (hashes, counts) = (new uint[_sizes[order]], new int[_sizes[order]]);
        var found = 0;
        foreach (var slot in _lookup[order].Slots)
            if (slot >> 32 != 0) (hashes[found], counts[found++]) = ((uint)slot, (int)(slot >> 32));
        Array.Sort(hashes, counts);
        return (hashes, counts);
    }

    private const int ImageMagic = 0x334C514E; // "NQL3"

    /// <summary>The image's header: magic, the token count in two words, per order its n-gram count and slot count, a word of padding (the slots start 8-byte aligned).</summary>
    private const int ImageHeaderBytes = 10 * sizeof(int);

    /// <summary>
    /// The model as it is read, for loading without inflating, decoding or building anything (a tenth of a one-file check's CPU
    /// otherwise, and then 3.8 MB of arrays and tables on every check, docs/performance.md): 32-bit words, little-endian: the
    /// header (<see cref="ImageHeaderBytes"/>), then each order's <see cref="CountTable"/> slots. Shipped beside the compressed
    /// model as english-trigrams.image; <c>PrecomputedDataTests</c> hold it equal to what <see cref="Load"/> reads from the model.
    /// </summary>
    public byte[] ToImage() => _image.Span[.._imageLength].ToArray();

    /// <summary>The image of a model of these n-grams (sorted by hash) and counts, and <paramref name="tokens"/> tokens.</summary>
    private static byte[] Image(uint[][] hashes, int[][] counts, long tokens)
    {
        var sizes = hashes.Select(h => CountTable.SizeFor(h.Length)).ToArray();
        var image = new byte[ImageHeaderBytes + sizes.Sum() * sizeof(ulong)];
        var header = MemoryMarshal.Cast<byte, int>(image.AsSpan(0, ImageHeaderBytes));
        (header[0], header[1], header[2]) = (ImageMagic, (int)tokens, (int)(tokens >> 32));
        var at = ImageHeaderBytes;
        for (var order = 0; order < Order; order++)
        {
            (header[3 + 2 * order], header[4 + 2 * order]) = (hashes[order].Length, sizes[order]);
            CountTable.Fill(MemoryMarshal.Cast<byte, ulong>(image.AsSpan(at, sizes[order] * sizeof(ulong))), hashes[order], counts[order]);
            at += sizes[order] * sizeof(ulong);
        }
        return image;
    }

    /// <summary>The model in <see cref="ToImage"/>'s bytes, read where they are (kept, not copied: the shipped image where the runtime maps it).</summary>
    internal static NGramLanguageModel FromImage(ShippedBytes image) => new(image);

    public static NGramLanguageModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a NewsQuality language model.");
        var tokens = reader.ReadInt64();
        var hashes = new uint[Order][];
        var counts = new int[Order][];
        for (var order = 0; order < Order; order++)
        {
            var length = reader.Read7BitEncodedInt();
            hashes[order] = new uint[length];
            uint previous = 0;
            for (var i = 0; i < length; i++) hashes[order][i] = previous += (uint)reader.Read7BitEncodedInt64();
            counts[order] = new int[length];
            for (var i = 0; i < length; i++) counts[order][i] = reader.Read7BitEncodedInt();
        }
        return new NGramLanguageModel(hashes, counts, tokens);
    }
}
