using NewsQuality.Rules.Duplicate;
using NewsQuality.Similarity;

namespace NewsQuality.Core.Tests.Similarity;

public class SimilarityTests
{
    [Fact]
    public void Shingles_fold_case_punctuation_quotes_and_spacing()
    {
        var shingler = new Shingler(2);
        Assert.Equal(shingler.Shingles("Moscow wants NATO’s promise — now!"), shingler.Shingles("moscow   WANTS nato's\npromise - now"));
        Assert.NotEqual(shingler.Shingles("Moscow wants NATO's promise"), shingler.Shingles("Moscow wants NATO promise"));
        Assert.Equal(3, shingler.Shingles("a b c d").Length);
        Assert.Single(shingler.Shingles("single"));
        Assert.Empty(shingler.Shingles(" .,; "));
    }

    [Fact]
    public void MinHash_estimates_jaccard_and_refuses_mismatched_signatures()
    {
        var shingler = new Shingler(1);
        var a = shingler.Shingles(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"w{i}")));
        var b = shingler.Shingles(string.Join(' ', Enumerable.Range(100, 300).Select(i => $"w{i}")));
        var minHash = new MinHash(256);
        var estimate = minHash.Estimate(minHash.Signature(a), minHash.Signature(b));
        Assert.InRange(SetSimilarity.Jaccard(a, b), 0.49, 0.51);
        Assert.InRange(estimate, 0.4, 0.6);
        var error = Assert.Throws<ArgumentException>(() => minHash.Estimate(minHash.Signature(a), new MinHash(128).Signature(b)));
        Assert.Contains("same seed and number of permutations", error.Message);
    }

    [Fact]
    public void Vectorised_and_scalar_permutations_give_the_same_values()
    {
        // Seeds come from one sequence, so a MinHash of k permutations repeats the first k of a larger one; below the
        // SIMD width every value comes from the scalar loop, so this pins the vector path to the scalar definition.
        var shingles = new Shingler(2).Shingles("Putin and Biden will hold talks on Ukraine on Tuesday, the Kremlin said.");
        var full = new MinHash(128).Signature(shingles);
        for (var k = 1; k <= 9; k++) Assert.Equal(full[..k], new MinHash(k).Signature(shingles));
        Assert.All(new MinHash(8).Signature([]), value => Assert.Equal(uint.MaxValue, value));
    }

    [Fact]
    public void Signatures_equal_the_definition_on_random_sets()
    {
        // The definition, written out here apart from MinHash: permutation p of a shingle is MurmurHash3's 32-bit finaliser
        // of the hash folded to 32 bits, xor-ed with the p-th SplitMix64 value from the seed (truncated); a signature holds
        // each permutation's minimum. Sizes cover the four-block and one-block vector loops (of 512-bit vectors, where the
        // processor has them, then of Vector<T>) and the scalar tail.
        static uint Mix(uint h)
        {
            h = (h ^ (h >> 16)) * 0x85EBCA6BU;
            h = (h ^ (h >> 13)) * 0xC2B2AE35U;
            return h ^ (h >> 16);
        }
        static uint[] Seeds(int count, ulong state)
        {
            var seeds = new uint[count];
            for (var i = 0; i < count; i++)
            {
                var z = state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                seeds[i] = (uint)(z ^ (z >> 31));
            }
            return seeds;
        }
        var random = new Random(17);
        foreach (var permutations in new[] { 1, 3, 4, 5, 15, 16, 17, 31, 33, 48, 64, 70, 80, 100, 136, 320 })
            foreach (var seed in new ulong[] { 1, 0xDEADBEEFCAFEUL })
                for (var trial = 0; trial < 6; trial++)
                {
                    var shingles = new ulong[random.Next(0, 1100 + 300 * (trial % 2))];
                    for (var i = 0; i < shingles.Length; i++)
                        shingles[i] = trial == 5 ? (ulong)random.Next(4) << (16 * random.Next(4)) : (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63);
                    var seeds = Seeds(permutations, seed);
                    var expected = new uint[permutations];
                    Array.Fill(expected, uint.MaxValue);
                    foreach (var shingle in shingles)
                        for (var p = 0; p < permutations; p++)
                            expected[p] = Math.Min(expected[p], Mix((uint)(shingle ^ (shingle >> 32)) ^ seeds[p]));
                    Assert.Equal(expected, new MinHash(permutations, seed).Signature(shingles));
                }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(320)]
    public void Lowering_a_signature_gives_the_signature_of_the_union(int permutations)
    {
        // Below, at and past the SIMD width, so the vector blocks and the scalar tail both start from the given values.
        var shingler = new Shingler(2);
        var a = shingler.Shingles("Putin and Biden will hold talks on Ukraine on Tuesday, the Kremlin said.");
        var b = shingler.Shingles("Talks on Ukraine will be held in Geneva, officials in Washington said on Monday.");
        var union = a.Concat(b).Distinct().Order().ToArray();
        var minHash = new MinHash(permutations);
        var lowered = minHash.Signature(a);
        minHash.Lower(b, lowered);
        Assert.Equal(minHash.Signature(union), lowered);
        var combined = minHash.Signature(b);
        MinHash.Union(combined, minHash.Signature(a));
        Assert.Equal(minHash.Signature(union), combined);
        var fromEmpty = minHash.Signature([]);
        minHash.Lower(union, fromEmpty);
        Assert.Equal(minHash.Signature(union), fromEmpty);
        minHash.Lower([], combined);
        Assert.Equal(minHash.Signature(union), combined);
    }

    [Theory]
    [MemberData(nameof(SignedTexts))]
    public void An_article_signed_from_its_paragraphs_has_the_signature_of_its_shingles(string name, string text)
    {
        var article = new NewsQuality.Model.Article(name, new NewsQuality.Model.ArticleOrigin(name), text, new NewsQuality.Model.TextSpan(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length));
        var shingler = new Shingler(2);
        var minHash = new MinHash(NQ1001NearDuplicate.DefaultPermutations);
        var paragraphs = ParagraphSignatures.Of(article, shingler, minHash, 12);
        var content = shingler.Shingles(article.Text, ContentSpans.Of(article));
        Assert.Equal(minHash.Signature(content), paragraphs.SignatureOf(content));
        // Any set: the article's first half, which most paragraphs are not within, and none.
        var half = content[..(content.Length / 2)];
        Assert.Equal(minHash.Signature(half), paragraphs.SignatureOf(half));
        Assert.Equal(minHash.Signature([]), paragraphs.SignatureOf([]));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Assert.Equal(shingler.Shingles(article.Text, [paragraphs.Span(i)]), paragraphs.Shingles(i));
            Assert.Equal(minHash.Signature(paragraphs.Shingles(i)), paragraphs.Signature(i).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(SignedTexts))]
    public void An_article_signed_from_its_shingle_stream_has_the_signature_of_its_shingles(string name, string text)
    {
        var article = new NewsQuality.Model.Article(name, new NewsQuality.Model.ArticleOrigin(name), text, new NewsQuality.Model.TextSpan(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length));
        var minHash = new MinHash(NQ1001NearDuplicate.DefaultPermutations);
        foreach (var size in new[] { 1, 2, 3, 5 })
        {
            var shingler = new Shingler(size);
            var stream = shingler.Stream(article.Text, ContentSpans.Of(article));
            var content = shingler.Shingles(article.Text, ContentSpans.Of(article));
            Assert.Equal(content, stream.Distinct());
            var alone = ParagraphSignatures.Of(article, shingler, minHash, 12);
            var fromStream = ParagraphSignatures.Of(article, shingler, minHash, 12, stream);
            Assert.Equal(alone.Count, fromStream.Count);
            for (var i = 0; i < alone.Count; i++)
            {
                Assert.Equal(alone.Span(i), fromStream.Span(i));
                Assert.Equal(alone.Shingles(i), fromStream.Shingles(i));
                Assert.Equal(alone.Signature(i).ToArray(), fromStream.Signature(i).ToArray());
            }
            Assert.Equal(minHash.Signature(content), fromStream.SignatureOfStream());
            // Band keys cut as the paragraphs are signed, the signatures not kept: the same keys and the same article signature.
            var lsh = NQ1001NearDuplicate.LshFor(NQ1002PartialCopy.ParagraphMatchThreshold, minHash.Permutations);
            var keyed = ParagraphSignatures.Of(article, shingler, minHash, 12, stream, lsh);
            Assert.False(keyed.HasSignatures);
            Assert.Equal(alone.Count, keyed.Count);
            for (var i = 0; i < alone.Count; i++)
            {
                Assert.Equal(alone.Shingles(i), keyed.Shingles(i));
                Assert.Equal(lsh.CompactBandKeys(alone.Signature(i)), keyed.BandKeys(i).ToArray());
            }
            Assert.Equal(Enumerable.Range(0, alone.Count).SelectMany(i => lsh.CompactBandKeys(alone.Signature(i))), keyed.AllBandKeys.ToArray());
            Assert.Equal(minHash.Signature(content), keyed.SignatureOfStream());
            // Into buffers longer than needed and full of other values, as pooled ones are (NQ1001's fingerprint).
            var buffer = Enumerable.Repeat(ulong.MaxValue, stream.Windows.Length + 7).ToArray();
            Assert.Equal(content, buffer[..stream.Distinct(buffer)]);
            var signature = Enumerable.Repeat(7u, minHash.Permutations).ToArray();
            keyed.SignatureOfStream(signature);
            Assert.Equal(minHash.Signature(content), signature);
            Assert.Throws<ArgumentException>(() => keyed.SignatureOfStream(new uint[minHash.Permutations + 1]));
            if (keyed.Count > 0) Assert.Throws<InvalidOperationException>(() => keyed.Signature(0).Length);
            // Without a stream the signatures are kept beside the keys.
            var keyedAlone = ParagraphSignatures.Of(article, shingler, minHash, 12, bandKeysFor: lsh);
            Assert.True(keyedAlone.HasSignatures);
            Assert.Equal(keyed.AllBandKeys.ToArray(), keyedAlone.AllBandKeys.ToArray());
            Assert.Equal(minHash.Signature(content), keyedAlone.SignatureOf(content));
        }
    }

    [Fact]
    public void Streams_and_keyed_paragraphs_made_in_one_scratch_article_after_article_equal_those_made_apart()
    {
        // As the first pass makes them: one scratch for every article of a thread, each article's arrays over the last one's.
        var minHash = new MinHash(NQ1001NearDuplicate.DefaultPermutations);
        var lsh = NQ1001NearDuplicate.LshFor(NQ1002PartialCopy.ParagraphMatchThreshold, minHash.Permutations);
        var scratch = new Shingler.ShingleScratch();
        var texts = SignedTexts().Select(row => (string)row[1]).ToList();
        // Long and short articles in turn, so the arrays are both grown and reused holding a longer article's values.
        foreach (var text in texts.OrderBy(text => text.Length).Zip(texts.OrderByDescending(text => text.Length)).SelectMany(pair => new[] { pair.First, pair.Second }))
            foreach (var size in new[] { 1, 3 })
            {
                var article = new NewsQuality.Model.Article("a", new NewsQuality.Model.ArticleOrigin("a"), text, new NewsQuality.Model.TextSpan(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length));
                var shingler = new Shingler(size);
                var apart = shingler.Stream(article.Text, ContentSpans.Of(article));
                var keyedApart = ParagraphSignatures.Of(article, shingler, minHash, 12, apart, lsh);
                var stream = shingler.Stream(article.Text, ContentSpans.Of(article), scratch);
                var keyed = ParagraphSignatures.Of(article, shingler, minHash, 12, stream, lsh);
                Assert.Equal(apart.Windows.ToArray(), stream.Windows.ToArray());
                Assert.Equal(apart.WordStarts.ToArray(), stream.WordStarts.ToArray());
                Assert.Equal(apart.Distinct(), stream.Distinct());
                Assert.Equal(keyedApart.Count, keyed.Count);
                for (var i = 0; i < keyed.Count; i++) Assert.Equal(keyedApart.Shingles(i).ToArray(), keyed.Shingles(i).ToArray());
                Assert.Equal(keyedApart.AllBandKeys.ToArray(), keyed.AllBandKeys.ToArray());
                Assert.Equal(keyedApart.SignatureOfStream(), keyed.SignatureOfStream());
                // Paragraphs made again in the scratch let the first ones go, not the stream; a new stream lets both go.
                var again = ParagraphSignatures.Of(article, shingler, minHash, 12, stream, lsh);
                Assert.Equal(keyedApart.AllBandKeys.ToArray(), again.AllBandKeys.ToArray());
                Assert.Throws<InvalidOperationException>(() => keyed.AllBandKeys.Length);
                Assert.Equal(apart.Windows.Length, stream.Windows.Length);
                shingler.Stream(article.Text, ContentSpans.Of(article), scratch);
                Assert.Throws<InvalidOperationException>(() => stream.Windows.Length);
                Assert.Throws<InvalidOperationException>(() => again.SignatureOfStream());
                if (again.Count > 0) Assert.Throws<InvalidOperationException>(() => again.Shingles(0).Length);
            }
    }

    [Fact]
    public void Paragraph_shingles_from_the_stream_are_the_paragraph_shingled_alone_on_random_texts()
    {
        // Lines of words with inner and trailing apostrophes (straight and curly), digits, accents, dashes and quotes; some
        // lines left out of the stream as chrome, some cut in two spans with nothing between (inside a word or not), lines of
        // one or two words, blank and whitespace-only lines, CRLF and tabs. Every paragraph the stream gives must be the
        // paragraph shingled alone, and most paragraphs must come from the stream (else the test would prove nothing). Spans
        // cut anywhere stand for paragraphs a caller might pass that do not end where lines do.
        string[] vocabulary = ["the", "minister", "NATO's", "NATO’s", "students'", "rock'n'roll", "’tis", "o'", "café", "2005", "3.5%", "—", "-", "\"quoted\"",
                               "‘single’", "don't", "it’", "Ukraine", "talks", "on", "x", "'", "’", "(aside)", "U.S.", "naïve", "e-mail"];
        var random = new Random(2026);
        var (fromStream, total) = (0, 0);
        for (var trial = 0; trial < 400; trial++)
        {
            var text = new System.Text.StringBuilder();
            var lines = random.Next(1, 14);
            for (var l = 0; l < lines; l++)
            {
                if (random.Next(6) == 0) text.Append(random.Next(2) == 0 ? "" : " \t ");
                else
                {
                    if (random.Next(5) == 0) text.Append(' ');
                    var words = random.Next(5) == 0 ? random.Next(1, 3) : random.Next(1, 16);
                    for (var w = 0; w < words; w++)
                        text.Append(w == 0 ? "" : random.Next(8) == 0 ? "  " : " ").Append(vocabulary[random.Next(vocabulary.Length)]);
                    if (random.Next(5) == 0) text.Append(random.Next(2) == 0 ? "'" : "’");
                    if (random.Next(6) == 0) text.Append(' ');
                }
                text.Append(random.Next(7) == 0 ? "\r\n" : "\n");
            }
            var body = text.ToString();
            var spans = new List<NewsQuality.Model.TextSpan>();
            foreach (var line in NewsQuality.Text.TextBlocks.NonBlankLines(body))
            {
                var roll = random.Next(10);
                if (roll == 0) continue;
                if (roll == 1 && line.Length > 1)
                {
                    var cut = line.Start + random.Next(1, line.Length);
                    spans.Add(NewsQuality.Model.TextSpan.FromBounds(line.Start, cut));
                    spans.Add(NewsQuality.Model.TextSpan.FromBounds(cut, line.End));
                }
                else spans.Add(line);
            }
            foreach (var size in new[] { 1, 2, 3 })
            {
                var shingler = new Shingler(size);
                var stream = shingler.Stream(body, spans);
                Assert.Equal(shingler.Shingles(body, spans), stream.Distinct());
                // The text's paragraphs, and spans cut anywhere (through a word, a line or a span).
                var pieces = NewsQuality.Text.TextBlocks.Paragraphs(body).ToList();
                for (var k = 0; k < 3; k++)
                {
                    var start = random.Next(body.Length - 1);
                    pieces.Add(NewsQuality.Model.TextSpan.FromBounds(start, random.Next(start + 1, body.Length + 1)));
                }
                for (var piece = 0; piece < pieces.Count; piece++)
                {
                    var paragraph = pieces[piece];
                    var isParagraph = piece < pieces.Count - 3;
                    if (isParagraph) total++;
                    if (stream.Of(paragraph) is not { } taken) continue;
                    if (isParagraph) fromStream++;
                    Assert.Equal(shingler.Shingles(body, [paragraph]), taken.Shingles);
                    if (taken.WindowCount > 0)
                        Assert.Equal(SortedDistinct(stream.Windows.Slice(taken.FirstWindow, taken.WindowCount).ToArray()), taken.Shingles);
                }
            }
        }
        Assert.InRange((double)fromStream / total, 0.3, 0.9);

        static ulong[] SortedDistinct(ulong[] values) => values.Distinct().Order().ToArray();
    }

    public static TheoryData<string, string> SignedTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Fixtures.Files("seeds", "*.txt").Concat(Fixtures.Files("clean", "*.txt")))
            data.Add(Path.GetFileName(file), File.ReadAllText(file));
        // A paragraph with a chrome line inside it (its shingles are not all content), a short paragraph, a paragraph
        // repeated, and words across paragraph ends: texts the seeds were not written for.
        data.Add("mixed", "Storm closes ports\n\nHeavy rain closed three ports on the northern coast on Tuesday, the harbour authority said in a statement.\n" +
                          "Subscribe to our newsletter for the latest updates every morning.\n\nShort line.\n\n" +
                          "Heavy rain closed three ports on the northern coast on Tuesday, the harbour authority said in a statement.\n\n" +
                          "Fishing boats stayed in harbour and ferry crossings to the islands were cancelled until further notice, officials added.");
        return data;
    }

    [Fact]
    public void Pairs_ruled_out_by_their_sizes_are_pairs_verification_rejects()
    {
        // Sets of every size pair sharing as much as the smaller allows, and half of that: where the sizes alone rule a
        // pair out, the exact verification must reject it too (the shortcut only skips work).
        var sizes = new[] { 1, 50, 59, 60, 61, 99, 100, 150, 166, 167, 200, 300, 333, 334, 500 };
        foreach (var threshold in new[] { 0.3, 0.6, 0.7 })
            foreach (var small in sizes)
                foreach (var large in sizes.Where(l => l >= small))
                    foreach (var shared in new[] { small, small / 2 })
                    {
                        var a = Enumerable.Range(0, small).Select(i => (ulong)i).ToArray();
                        var b = Enumerable.Range(small - shared, large).Select(i => (ulong)i).ToArray();
                        if (!NQ1001NearDuplicate.AreTooUnequal(small, large, threshold)) continue;
                        Assert.Null(NQ1001NearDuplicate.Verify(new StorySimilarity.Sets(a, []), new StorySimilarity.Sets(b, []), threshold));
                    }
        Assert.True(NQ1001NearDuplicate.AreTooUnequal(59, 100, 0.3));
        Assert.False(NQ1001NearDuplicate.AreTooUnequal(60, 100, 0.3));
        Assert.True(NQ1001NearDuplicate.AreTooUnequal(69, 100, 0.7));
        Assert.False(NQ1001NearDuplicate.AreTooUnequal(0, 100, 0), "with no threshold, even sets sharing nothing pass verification");
    }

    [Theory]
    [InlineData(0.5, 320)]
    [InlineData(0.8, 128)]
    [InlineData(0.6, 320)]
    [InlineData(0.3, 320)]
    public void Lsh_parameters_put_the_s_curve_at_the_threshold(double threshold, int permutations)
    {
        var p = LshParameters.Optimal(threshold, permutations);
        Assert.True(p.Bands * p.Rows <= permutations);
        Assert.True(p.CandidateProbability(Math.Min(0.99, threshold + 0.2)) > 0.9, $"{p}: pairs well above the threshold must almost always be candidates");
        Assert.True(p.CandidateProbability(Math.Max(0.01, threshold - 0.25)) < 0.3, $"{p}: pairs well below the threshold should rarely be candidates");
    }

    [Fact]
    public void Lsh_parameters_are_the_split_with_the_least_weighted_error_among_those_that_find_pairs_just_above()
    {
        var best = LshParameters.Optimal(0.5, 64);
        Assert.True(best.FindsPairsJustAbove(0.5));
        var error = best.WeightedError(0.5);
        for (var bands = 1; bands <= 64; bands++)
            for (var rows = 1; bands * rows <= 64; rows++)
                if (new LshParameters(bands, rows) is var split && split.FindsPairsJustAbove(0.5))
                    Assert.True(split.WeightedError(0.5) >= error - 1e-12, $"{bands}x{rows} beats {best}");
        // A split that is steep around the threshold misses too many pairs just above it.
        Assert.False(new LshParameters(6, 10).FindsPairsJustAbove(0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LshParameters.Optimal(1.0, 128));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    public void Lsh_finds_constructed_pairs_just_above_the_threshold_99_times_in_100(double threshold)
    {
        // Pairs built at exactly J = threshold + 0.05 (shared and own words counted so), run through the rule's own LSH.
        const int pairs = 400, words = 400;
        var permutations = NQ1001NearDuplicate.DefaultPermutations;
        var minHash = new MinHash(permutations);
        var shingler = new Shingler(1);
        using var index = new LshIndex(LshParameters.Optimal(threshold, permutations));
        var shared = (int)Math.Round(2 * words * (threshold + 0.05) / (1 + threshold + 0.05));
        for (var p = 0; p < pairs; p++)
        {
            var common = Enumerable.Range(0, shared).Select(i => $"p{p}c{i}");
            var a = common.Concat(Enumerable.Range(0, words - shared).Select(i => $"p{p}a{i}"));
            var b = common.Concat(Enumerable.Range(0, words - shared).Select(i => $"p{p}b{i}"));
            var (setA, setB) = (shingler.Shingles(string.Join(' ', a)), shingler.Shingles(string.Join(' ', b)));
            Assert.InRange(SetSimilarity.Jaccard(setA, setB), threshold + 0.045, threshold + 0.055);
            index.AddSignature(2 * p, minHash.Signature(setA));
            index.AddSignature(2 * p + 1, minHash.Signature(setB));
        }
        var found = index.CandidatePairs().Count(pair => pair.B == pair.A + 1 && pair.A % 2 == 0);
        Assert.True(found >= 0.98 * pairs, $"{found} of {pairs} pairs at J = {threshold + 0.05} became candidates");
    }

    [Fact]
    public void Lsh_index_finds_similar_documents_without_pairing_everything()
    {
        var shingler = new Shingler(1);
        var minHash = new MinHash(128);
        using var index = new LshIndex(LshParameters.Optimal(0.5, 128));
        var baseWords = Enumerable.Range(0, 200).Select(i => $"w{i}").ToList();
        index.AddSignature(0, minHash.Signature(shingler.Shingles(string.Join(' ', baseWords))));
        index.AddSignature(1, minHash.Signature(shingler.Shingles(string.Join(' ', baseWords.Skip(10)))));
        for (var d = 2; d < 50; d++)
            index.AddSignature(d, minHash.Signature(shingler.Shingles(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"d{d}x{i}")))));
        Assert.Equal([(0, 1)], index.CandidatePairs());
    }

    [Fact]
    public void Lsh_index_chains_a_crowded_bucket_and_returns_pairs_sorted()
    {
        // A hundred copies of one template share every bucket: each is paired with the next 64, not with all 99 others.
        var lsh = LshParameters.Optimal(0.5, 128);
        using var index = new LshIndex(lsh);
        var signature = new MinHash(128).Signature(new Shingler(1).Shingles("the same template line"));
        for (var d = 99; d >= 0; d--) index.AddSignature(d * 10, signature);
        var pairs = index.CandidatePairs().ToList();
        Assert.Equal(Enumerable.Range(0, 100).Sum(i => Math.Min(64, 99 - i)), pairs.Count);
        Assert.All(pairs, pair => Assert.True(pair.A < pair.B));
        Assert.Equal(pairs.Order(), pairs);
        Assert.Throws<ArgumentException>(() => index.Add(1, new uint[lsh.Bands + 1]));
    }

    [Fact]
    public void Lsh_index_pairs_a_bucket_larger_than_its_pair_block_like_a_small_one()
    {
        // 400 copies of one template give about 23,000 pairs, more than a band's worker gathers at once (8,192): the
        // pairs are handed on in the middle of the bucket and none is lost or repeated. Other documents pair with nothing.
        var lsh = LshParameters.Optimal(0.5, 128);
        using var index = new LshIndex(lsh);
        var minHash = new MinHash(128);
        var template = minHash.Signature(new Shingler(1).Shingles("the same template line"));
        var copies = Enumerable.Range(0, 400).Select(i => i * 3 + 1).ToList();
        foreach (var d in copies.AsEnumerable().Reverse()) index.AddSignature(d, template);
        for (var d = 0; d < 1200; d += 3)
            index.AddSignature(d, minHash.Signature(new Shingler(1).Shingles(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"d{d}x{i}")))));
        var expected = new List<(int, int)>();
        for (var i = 0; i < copies.Count; i++)
            for (var j = i + 1; j < copies.Count && j <= i + 64; j++) expected.Add((copies[i], copies[j]));
        Assert.Equal(expected, index.CandidatePairs().Where(pair => pair.A % 3 == 1 || pair.B % 3 == 1));
        Assert.DoesNotContain(index.CandidatePairs(), pair => pair.A % 3 != pair.B % 3);
    }

    [Fact]
    public void Containment_is_one_sided_and_jaccard_symmetric()
    {
        ulong[] small = [1, 2, 3, 4];
        ulong[] large = [1, 2, 3, 4, 5, 6, 7, 8];
        Assert.Equal(1.0, SetSimilarity.Containment(small, large));
        Assert.Equal(0.5, SetSimilarity.Containment(large, small));
        Assert.Equal(0.5, SetSimilarity.Jaccard(small, large));
        Assert.Equal(SetSimilarity.Jaccard(large, small), SetSimilarity.Jaccard(small, large));
    }

    [Fact]
    public void Star_clusters_do_not_chain_a_chain_is_two_pairs()
    {
        // A~B and B~C verified, A~C not: A (preferred) takes B; C repeats only B, so it is paired with B, not put with A.
        var links = new Dictionary<(int, int), double> { [(0, 1)] = 0.8, [(1, 2)] = 0.7 };
        var placed = StarClusters.Place(StarClusters.Neighbours(links.Keys), (a, b) => links[(Math.Min(a, b), Math.Max(a, b))], Comparer<int>.Default);
        Assert.Equal(new StarClusters.Placement(0, ToCentre: true), placed[1]);
        Assert.Equal(new StarClusters.Placement(1, ToCentre: false), placed[2]);
        Assert.False(placed.ContainsKey(0));
    }

    [Fact]
    public void Star_clusters_put_with_a_centre_only_what_is_linked_to_it()
    {
        // Two stars joined by one link between members (2~3): they stay two clusters, each member linked to its own centre.
        var links = new Dictionary<(int, int), double> { [(0, 2)] = 0.9, [(1, 3)] = 0.9, [(2, 3)] = 0.5, [(0, 4)] = 0.6 };
        var placed = StarClusters.Place(StarClusters.Neighbours(links.Keys), (a, b) => links[(Math.Min(a, b), Math.Max(a, b))], Comparer<int>.Default);
        Assert.All(placed, p => Assert.True(links.ContainsKey((Math.Min(p.Key, p.Value.Target), Math.Max(p.Key, p.Value.Target)))));
        Assert.Equal(0, placed[2].Target);
        Assert.Equal(0, placed[4].Target);
        Assert.Equal(1, placed[3].Target);
        Assert.All(placed.Values, p => Assert.True(p.ToCentre));
    }

    [Fact]
    public void Verification_judges_every_candidate_and_reads_a_story_s_versions_once_each()
    {
        // Three stories of 40, 3 and 2 versions (every version a candidate of every other, the versions interleaved as copies
        // of a corpus are), and random pairs across 200 more documents.
        var random = new Random(17);
        var pairs = new SortedSet<(int A, int B)>();
        foreach (var (story, versions) in new[] { (0, 40), (1, 3), (2, 2) })
            for (var i = 0; i < versions; i++)
                for (var j = i + 1; j < versions; j++) pairs.Add((story + 3 * i, story + 3 * j));
        for (var n = 0; n < 500; n++)
        {
            var (a, b) = (random.Next(120, 320), random.Next(120, 320));
            if (a != b) pairs.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        var reads = new int[320];
        int SetOf(int document)
        {
            Interlocked.Increment(ref reads[document]);
            return document;
        }
        var judged = CandidateVerification.Verify<int, (int A, int B)>(pairs, 320, SetOf, (pair, a, b) => (a, b) == pair ? pair : null);
        Assert.Equal(pairs, judged.Order());
        Assert.All(Enumerable.Range(0, 40).Select(i => 3 * i), version => Assert.Equal(1, reads[version]));
    }

    [Fact]
    public void Intersection_counts_equal_the_definition_on_versions_and_strangers()
    {
        var random = new Random(29);
        for (var n = 0; n < 300; n++)
        {
            var a = Enumerable.Range(0, random.Next(0, 90)).Select(_ => (ulong)random.Next(0, 400)).Distinct().Order().ToArray();
            // From a copy with a few values changed (long equal stretches) to a stranger.
            var changed = random.NextDouble() * random.NextDouble();
            var b = a.Select(v => random.NextDouble() < changed ? (ulong)random.Next(0, 400) : v).Distinct().Order().ToArray();
            Assert.Equal(a.Intersect(b).Count(), SetSimilarity.IntersectionCount(a, b));
            Assert.Equal(a.Intersect(b).Count(), SetSimilarity.IntersectionCount(b, a));
        }
    }
}
