namespace NewsQuality.Similarity;

/// <summary>
/// Several versions of one source text (its translations by several systems, or re-spins of one story) compared with
/// each other, without the source: every version's sentences are aligned with a pivot version's, so each pivot sentence
/// becomes a unit holding what every version says there; in each unit the consensus of a version is the set of content
/// words that at least half of the <em>other</em> versions have, and a version's agreement is the share of its consensus
/// words it has too (as in minimum-Bayes-risk selection: content most others render and this one drops or changes).
/// </summary>
public static class VersionConsensus
{
    /// <summary>One version: each sentence's content words (hashed), sorted and distinct.</summary>
    public sealed record Version(uint[][] Sentences);

    /// <summary>
    /// How one version agrees with the others: <see cref="Kept"/> of the <see cref="Consensus"/> words summed over units; and
    /// per unit, the consensus words it kept, how many there were, and which of its sentences fell there.
    /// </summary>
    public sealed record Agreement(int Kept, int Consensus, int[] UnitKept, int[] UnitConsensus, IReadOnlyList<int>[] UnitSentences)
    {
        /// <summary>The share of the consensus content the version keeps; 1 when the others agree on nothing.</summary>
        public double Share => Consensus == 0 ? 1 : (double)Kept / Consensus;

        /// <summary>The unit with the lowest share among those where the version has a sentence and the others agree on a few words; −1 when none.</summary>
        public int WorstUnit(int minConsensus) =>
            Enumerable.Range(0, UnitKept.Length)
                .Where(u => UnitSentences[u].Count > 0 && UnitConsensus[u] >= minConsensus)
                .DefaultIfEmpty(-1)
                .MinBy(u => u < 0 ? 2 : (double)UnitKept[u] / UnitConsensus[u]);

        /// <summary>Units where the others agree on some content and this version has no sentence at all.</summary>
        public int DroppedUnits => Enumerable.Range(0, UnitKept.Length).Count(u => UnitSentences[u].Count == 0 && UnitConsensus[u] > 0);
    }

    /// <summary>The agreement of every version, in order, with the sentences of <paramref name="versions"/>[<paramref name="pivot"/>] as units.</summary>
    /// <param name="copyOf">
    /// For each version, the first version it is a copy of (itself when none): copies vote once, with that first version's
    /// words, so two pairs of republished copies do not outvote each other. Null: every version votes.
    /// </param>
    public static Agreement[] Measure(IReadOnlyList<Version> versions, int pivot, IReadOnlyList<int>? copyOf = null)
    {
        copyOf ??= Enumerable.Range(0, versions.Count).ToArray();
        var voters = Enumerable.Range(0, versions.Count).Where(v => copyOf[v] == v).ToList();
        var units = versions[pivot].Sentences;
        var placed = versions.Select((version, v) => v == pivot
            ? Enumerable.Range(0, units.Length).Select(u => (IReadOnlyList<int>)[u]).ToArray()
            : Align(units, version.Sentences)).ToArray();
        var material = versions.Select((version, v) => placed[v].Select(sentences => Union(sentences.Select(s => version.Sentences[s]))).ToArray()).ToArray();
        var kept = versions.Select(_ => new int[units.Length]).ToArray();
        var consensus = versions.Select(_ => new int[units.Length]).ToArray();
        var others = voters.Count - 1;
        var votes = new Dictionary<uint, int>();
        for (var u = 0; u < units.Length; u++)
        {
            votes.Clear();
            foreach (var voter in voters)
                foreach (var word in material[voter][u]) votes[word] = votes.GetValueOrDefault(word) + 1;
            for (var v = 0; v < versions.Count; v++)
                foreach (var (word, count) in votes)
                {
                    var own = Array.BinarySearch(material[v][u], word) >= 0;
                    // The version's own vote (its copy group's) is not part of its consensus.
                    var byOthers = count - (Array.BinarySearch(material[copyOf[v]][u], word) >= 0 ? 1 : 0);
                    if (byOthers == 0 || byOthers * 2 < others) continue;
                    consensus[v][u]++;
                    if (own) kept[v][u]++;
                }
        }
        return versions.Select((_, v) => new Agreement(kept[v].Sum(), consensus[v].Sum(), kept[v], consensus[v], placed[v])).ToArray();
    }

    /// <summary>
    /// A monotone alignment of a version's sentences with the units (dynamic programming over 1–1, 1–2, 2–1 matches and skips,
    /// maximising the summed Dice similarity of content words): for each unit, the version's sentences that render it. A
    /// sentence matched to nothing joins the unit before it, so content a version adds still counts in some unit; a unit
    /// matched to nothing is content the version dropped.
    /// </summary>
    public static IReadOnlyList<int>[] Align(uint[][] units, uint[][] sentences)
    {
        int n = units.Length, m = sentences.Length;
        var score = new double[n + 1, m + 1];
        var move = new byte[n + 1, m + 1];
        // Adjacent pairs merged once: the 1–2 and 2–1 moves compare them in every cell of a row or column.
        var unitPairs = Enumerable.Range(0, n).Select(i => i == 0 ? [] : Union([units[i - 1], units[i]])).ToArray();
        var sentencePairs = Enumerable.Range(0, m).Select(j => j == 0 ? [] : Union([sentences[j - 1], sentences[j]])).ToArray();
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0) continue;
                var best = double.NegativeInfinity;
                byte how = 0;
                void Consider(double candidate, byte code)
                {
                    if (candidate > best) (best, how) = (candidate, code);
                }
                if (i > 0 && j > 0) Consider(score[i - 1, j - 1] + Dice(units[i - 1], sentences[j - 1]), OneToOne);
                if (i > 0 && j > 1) Consider(score[i - 1, j - 2] + Dice(units[i - 1], sentencePairs[j - 1]), UnitToTwo);
                if (i > 1 && j > 0) Consider(score[i - 2, j - 1] + Dice(unitPairs[i - 1], sentences[j - 1]), TwoToSentence);
                if (i > 0) Consider(score[i - 1, j], UnitAlone);
                if (j > 0) Consider(score[i, j - 1], SentenceAlone);
                (score[i, j], move[i, j]) = (best, how);
            }

        var placed = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (int i = n, j = m; i > 0 || j > 0;)
            switch (move[i, j])
            {
                case OneToOne: placed[--i].Add(--j); break;
                case UnitToTwo: placed[i - 1].Add(j - 1); placed[i - 1].Add(j - 2); i--; j -= 2; break;
                case TwoToSentence: placed[i - 1].Add(j - 1); placed[i - 2].Add(j - 1); i -= 2; j--; break;
                case UnitAlone: i--; break;
                default: if (n > 0) placed[Math.Max(i - 1, 0)].Add(j - 1); j--; break;
            }
        foreach (var unit in placed) unit.Sort();
        return placed;
    }

    private const byte OneToOne = 1, UnitToTwo = 2, TwoToSentence = 3, UnitAlone = 4, SentenceAlone = 5;

    /// <summary>2|a ∩ b| / (|a| + |b|) of two sorted sets; 0 when both are empty.</summary>
    public static double Dice(uint[] a, uint[] b)
    {
        if (a.Length + b.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * shared / (a.Length + b.Length);
    }

    private static uint[] Union(IEnumerable<uint[]> sets)
    {
        var union = new SortedSet<uint>();
        foreach (var set in sets) union.UnionWith(set);
        return [.. union];
    }
}
