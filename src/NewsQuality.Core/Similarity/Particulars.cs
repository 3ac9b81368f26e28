using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Similarity;

/// <summary>
/// The particulars of a text: its figures (any word with a digit: amounts, dates, percentages) and names (capitalised
/// words inside a sentence; in an all-capitals headline, the words that are not common English), as 64-bit hashes. Templated wire items (dividend
/// notices, weekly imports, auctions) share their wording and differ only here, while a copy, a retransmission or a
/// correction keeps nearly all of them; so two texts are the same story only when their particulars agree too.
/// </summary>
public static partial class Particulars
{
    /// <summary>Capitalised function words of title-case and all-capitals headlines: they name nothing.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "over",
        "after", "before", "vs", "is", "are", "was", "be", "it", "its", "his", "her", "their", "not", "no", "up", "out",
    };

    /// <summary>
    /// Wire service markers that a retransmission adds or changes ("REFILE-", "CORRECTED-", "UPDATE 2-", the closing
    /// "Reuter"); they tell versions of one story apart, never two stories, so they and a version number after them are skipped.
    /// </summary>
    private static readonly HashSet<string> WireMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "refile", "refiled", "corrected", "correction", "update", "updated", "repeat", "rpt", "urgent", "flash", "wrapup",
        "reuter", "reuters", "ap", "afp", "advisory",
    };

    /// <summary>The lowest bit of a particular's hash tells a figure (set) from a name (clear).</summary>
    public const ulong FigureBit = 1;

    public static bool IsFigure(ulong particular) => (particular & FigureBit) != 0;

    /// <summary>Distinct particulars of the given spans of <paramref name="text"/>, sorted ascending.</summary>
    public static ulong[] Of(string text, IEnumerable<TextSpan> spans)
    {
        var hashes = new HashSet<ulong>();
        foreach (var span in spans)
        {
            var line = text.AsSpan(span.Start, span.Length);
            var allCapitals = IsAllCapitals(line);
            var afterMarker = false;
            foreach (Match word in Word().Matches(text, span.Start).TakeWhile(m => m.Index < span.End))
            {
                if (word.Index + word.Length > span.End) break;
                var value = word.Value;
                if (WireMarkers.Contains(value))
                {
                    afterMarker = true;
                    continue;
                }
                var isFigure = value.Any(char.IsDigit);
                if (isFigure && afterMarker) { afterMarker = false; continue; }
                afterMarker = false;
                var isName = char.IsUpper(value[0]) && !FunctionWords.Contains(value)
                             && (allCapitals ? !IsCommonWord(value) : !StartsSentence(text, word.Index, span.Start));
                if (isFigure) hashes.Add(Hash(value.Replace(",", "")) | FigureBit);
                else if (isName) hashes.Add(Hash(value.ToLowerInvariant()) & ~FigureBit);
            }
        }
        var result = hashes.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Particulars of every line of <paramref name="text"/>.</summary>
    public static ulong[] Of(string text) => Of(text, TextBlocks.NonBlankLines(text));

    /// <summary>A word is sentence-initial when only openers (quotes, brackets, a dateline dash) stand between it and the line start or the last full stop.</summary>
    private static bool StartsSentence(string text, int index, int lineStart)
    {
        for (var i = index - 1; i >= lineStart; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[') continue;
            return c is '.' or '!' or '?' or ':' or ';' or '-' or '–' or '—';
        }
        return true;
    }

    /// <summary>
    /// Capitals hide which words of a wire headline are names ("MONEY MARKET GIVEN HELP" against "DUNRIDGE BANCORP"): a word
    /// found in at least this many of the background table's 2,225 news articles is ordinary English, not a name.
    /// </summary>
    private const int CommonWordArticles = 10;

    private static bool IsCommonWord(string word) => TermWeights.Background.DocumentFrequency(word.ToLowerInvariant()) >= CommonWordArticles;

    /// <summary>A headline typed in capitals (wire style): its capitals say nothing about which words are names.</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }

    private static ulong Hash(string value) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value.AsSpan()));

    /// <summary>Letters and digits, keeping inner marks of figures and names ("2,000", "1.5", "U.S", "AT&amp;T", "O'Neill").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,'’&][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
