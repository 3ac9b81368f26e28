namespace NewsQuality.Text;

/// <summary>
/// Whether words are set in Title Case, as headlines set them: four in five of those of four letters or more start with a
/// capital. Shorter words are left out because Title Case keeps its articles, prepositions and conjunctions lower-case ("of",
/// "the", "and"). Each rule decides which words it counts (tokens or space-separated words, figures or not) and how many it
/// needs; this is only the shared judgement, so the rules agree on what Title Case is.
/// </summary>
internal struct TitleCaseCount
{
    private const int MinJudgedLength = 4;

    /// <summary>The words counted so far of four letters or more.</summary>
    public int LongWords { get; private set; }

    /// <summary>The long words that start with a capital.</summary>
    public int Capitalised { get; private set; }

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length < MinJudgedLength) return;
        LongWords++;
        if (char.IsUpper(word[0])) Capitalised++;
    }

    /// <summary>Four in five of the long words are capitalised (true when there are none: each rule says how many it needs).</summary>
    public readonly bool MostCapitalised => Capitalised * 5 >= LongWords * 4;
}
