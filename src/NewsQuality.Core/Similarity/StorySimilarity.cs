namespace NewsQuality.Similarity;

/// <summary>
/// How alike two articles are as stories, measured exactly: the Jaccard similarity of their word shingles (wording), and
/// how much of what differs between them is particulars (<see cref="Particulars"/>: names, figures, dates). Templated
/// items about different events (dividend notices, weekly figures, auctions) share their wording and differ almost only
/// in particulars; a retransmission, a correction or a rewrite changes ordinary words at least as much as names and
/// figures. So a pair is one story when its wording reaches the threshold and particulars are not what sets it apart.
/// </summary>
/// <param name="SharedParticulars">Names and bare figures in both.</param>
/// <param name="AllParticulars">Names and bare figures in either.</param>
/// <param name="DifferingPlacedFigures">Figures in their place (<see cref="Particulars.PlacedBit"/>) in one and not the other.</param>
public readonly record struct StorySimilarity(double Wording, int DifferingShingles, int SharedParticulars, int AllParticulars, int DifferingNames,
    int DifferingPlacedFigures, int ShorterShingles)
{
    /// <summary>
    /// Texts with fewer shingles than this (about 600 characters: notices, tables, one-paragraph items) are mostly template.
    /// Two short texts are one story only when they share half their wording, no name differs, and at most
    /// <see cref="ShortFigureChanges"/> figures do, each figure compared in its place.
    /// </summary>
    public const int ShortText = 100;

    /// <summary>Least wording similarity for short texts, whatever the threshold (a boilerplate sentence is half of a short item).</summary>
    public const double ShortWording = 0.5;

    /// <summary>Figures that may differ between short versions of one story: a corrected one (old and new) and the paragraph number of the correction note.</summary>
    public const int ShortFigureChanges = 3;

    /// <summary>Particulars that may differ for free: one figure replaced by another, as a correction does.</summary>
    public const int ForgivenParticulars = 2;

    /// <summary>
    /// Most differing particulars (beyond the forgiven ones) per changed word for one story. Measured on the tune part of the
    /// newswire dev set: 0.26 at most for retransmissions, corrections and rewrites (and 0.26 for the 99th percentile of the
    /// BBC dev set's derived copies), 0.4 or more for 99% of templated pairs about different events.
    /// </summary>
    public const double MaxParticularChanges = 0.3;

    public int DifferingParticulars => AllParticulars - SharedParticulars;

    /// <summary>
    /// Words changed between the two, estimated from the shingles (each changed word alters about two): unlike a set of
    /// words, this sees a changed "the" or "said" although the word recurs elsewhere, as names and figures seldom do.
    /// </summary>
    public double ChangedWords => DifferingShingles / 2.0;

    /// <summary>Differing particulars beyond a single substitution, per changed word: near 1 when only names and figures differ.</summary>
    public double ParticularChanges => Math.Max(0, DifferingParticulars - ForgivenParticulars) / Math.Max(1, ChangedWords);

    public bool IsShort => ShorterShingles < ShortText;

    /// <summary>An article's sorted hash sets: word shingles and particulars.</summary>
    public readonly record struct Sets(ulong[] Shingles, ulong[] Particulars);

    public static StorySimilarity Measure(Sets a, Sets b)
    {
        var sharedShingles = SetSimilarity.IntersectionCount(a.Shingles, b.Shingles);
        var allShingles = a.Shingles.Length + b.Shingles.Length - sharedShingles;
        var (shared, all, differingNames, differingPlaced) = CompareParticulars(a.Particulars, b.Particulars);
        return new StorySimilarity(allShingles == 0 ? 0 : (double)sharedShingles / allShingles, allShingles - sharedShingles,
            shared, all, differingNames, differingPlaced, Math.Min(a.Shingles.Length, b.Shingles.Length));
    }

    /// <summary>One merge of two sorted particular sets: names and bare figures shared and in all, differing names and placed figures.</summary>
    private static (int Shared, int All, int DifferingNames, int DifferingPlaced) CompareParticulars(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0, all = 0, differingNames = 0, differingPlaced = 0;
        while (i < a.Length || j < b.Length)
        {
            var inBoth = i < a.Length && j < b.Length && a[i] == b[j];
            var particular = inBoth || j >= b.Length || (i < a.Length && a[i] < b[j]) ? a[i++] : b[j++];
            if (inBoth) j++;
            var kind = Particulars.KindOf(particular);
            if (kind == Particulars.Kind.PlacedFigure)
            {
                if (!inBoth) differingPlaced++;
                continue;
            }
            all++;
            if (inBoth) shared++;
            else if (kind == Particulars.Kind.Name) differingNames++;
        }
        return (shared, all, differingNames, differingPlaced);
    }

    /// <summary>The same story: wording at the threshold, and not told apart by particulars (see <see cref="ShortText"/> for short texts).</summary>
    public bool IsSameStory(double threshold) =>
        ParticularChanges <= MaxParticularChanges
        && (IsShort
            ? Wording >= Math.Max(threshold, ShortWording) && DifferingNames == 0 && DifferingPlacedFigures <= ShortFigureChanges
            : Wording >= threshold);

    /// <summary>Plain words for a message: "84% of their wording and 9 of their 10 names and figures".</summary>
    public string Describe() =>
        AllParticulars == 0
            ? $"{Wording:P0} of their wording"
            : $"{Wording:P0} of their wording and {SharedParticulars} of their {AllParticulars} names and figures";
}
