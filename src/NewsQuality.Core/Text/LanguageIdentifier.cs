using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using NewsQuality.Storage;

namespace NewsQuality.Text;

/// <summary>The language a text is mostly written in, the script it uses, and how much of the evidence points there.</summary>
/// <param name="Code">ISO 639-1 code ("pt"), or "und" when the script is known but the language is not.</param>
/// <param name="Name">English name ("Portuguese"), or a description ("a language in Cyrillic script").</param>
/// <param name="Script">Unicode script name of most letters ("Latin", "Hangul").</param>
/// <param name="Confidence">Share of the evidence for this language: letters in its script, or function words among those of any language.</param>
public sealed record DetectedLanguage(string Code, string Name, string Script, double Confidence)
{
    public static DetectedLanguage English { get; } = new("en", "English", "Latin", 1.0);

    /// <summary>English, or too little text to tell (the English-only rules then run as before).</summary>
    public bool IsEnglish => Code == "en";
}

/// <summary>
/// Tells which language an article is mostly written in, in two steps. The script of most letters decides first: Hangul is
/// Korean, kana is Japanese, Han without kana Chinese, and so on. Latin, Cyrillic and Arabic script serve several languages,
/// so there the words decide: each language's most common function words are counted (a Portuguese text is full of "não",
/// "uma", "também"; an English one of "the", "which", "been"), ignoring words two lists share. A text is English unless
/// another language's function words clearly outnumber English ones, so English with a quoted foreign sentence stays English.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Fewer words than this in Latin script say too little: the text counts as English.</summary>
    private const int MinWords = 15;

    /// <summary>Another language must have this many times English's function words (and at least <see cref="MinForeignShare"/> of all words).</summary>
    private const double ForeignOverEnglish = 2.0;

    private const double MinForeignShare = 0.08;

    private sealed record Language(string Code, string Name, string Script, HashSet<string> Words);

    private static readonly IReadOnlyList<Language> Languages = Diagnostics.StartupTrace.Measure("language function words", Load);

    /// <summary>
    /// Each function word with the languages it is evidence for, as bits of <see cref="Languages"/> indexes. Words English
    /// shares with another language's list ("a", "de", "die") are evidence for neither, so they are left out.
    /// </summary>
    private static readonly Dictionary<string, uint> Evidence = EvidenceOf(Languages);

    /// <summary>The languages a lower-cased word is evidence for, as one delegate: asked once per distinct word of a text (<see cref="WordIdentities.Answers{T}"/>).</summary>
    private static readonly Func<string, uint> EvidenceFor = lower => Evidence.GetValueOrDefault(lower);

    /// <summary>Script names, indexed by what <see cref="ScriptOf"/> returns.</summary>
    private static readonly string[] Scripts =
        ["Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali", "Tamil", "Thai", "Georgian", "Hangul", "Kana", "Han", "Other"];

    /// <summary>Scripts that one language writes (within news), keyed by script name.</summary>
    private static readonly Dictionary<string, (string Code, string Name)> ScriptLanguages = new(StringComparer.Ordinal)
    {
        ["Hangul"] = ("ko", "Korean"), ["Kana"] = ("ja", "Japanese"), ["Han"] = ("zh", "Chinese"), ["Greek"] = ("el", "Greek"),
        ["Hebrew"] = ("he", "Hebrew"), ["Thai"] = ("th", "Thai"), ["Georgian"] = ("ka", "Georgian"), ["Armenian"] = ("hy", "Armenian"),
        ["Devanagari"] = ("hi", "Hindi"), ["Bengali"] = ("bn", "Bengali"), ["Tamil"] = ("ta", "Tamil"),
    };

    public static DetectedLanguage Identify(string text) => Identify(text, () => WordIdentities.Of(Tokenizer.WordArray(text)));

    /// <summary>
    /// The language of <paramref name="text"/>, whose words <paramref name="words"/> gives numbered (an article's
    /// <c>WordIds</c>), asked only when the script leaves the language open.
    /// </summary>
    public static DetectedLanguage Identify(string text, Func<WordIdentities> words)
    {
        // Counted per script index, then keyed by name in the order the scripts first occur (ties go to the first).
        Span<int> perScript = stackalloc int[Scripts.Length];
        Span<int> firstSeen = stackalloc int[Scripts.Length];
        var (seen, total) = CountLetters(text, perScript, firstSeen);
        if (total == 0) return DetectedLanguage.English;
        var letters = new Dictionary<string, int>(seen, StringComparer.Ordinal);
        foreach (var script in firstSeen[..seen]) letters[Scripts[script]] = perScript[script];
        // Japanese mixes kana with Han characters: any real share of kana makes Han text Japanese.
        var kana = letters.GetValueOrDefault("Kana");
        if (kana > 0 && kana >= 0.1 * (kana + letters.GetValueOrDefault("Han")))
        {
            letters["Kana"] = kana + letters.GetValueOrDefault("Han");
            letters.Remove("Han");
        }
        var (main, count) = letters.MaxBy(p => p.Value);
        var share = (double)count / total;
        if (main is "Other" || share < 0.5) return DetectedLanguage.English;
        if (ScriptLanguages.TryGetValue(main, out var language))
            return new DetectedLanguage(language.Code, language.Name, main == "Kana" ? "Japanese kana and kanji" : main, share);
        return ByFunctionWords(words(), main, share);
    }

    /// <summary>
    /// Counts the letters of <paramref name="text"/> per script (indexes of <see cref="ScriptOf"/>) into <paramref name="perScript"/>,
    /// with the scripts in the order they first occur in <paramref name="firstSeen"/>; returns how many scripts occur and how
    /// many letters there are. The letters are the text's runes that are letters (an unpaired surrogate is U+FFFD, no letter).
    /// An ASCII character is taken as it stands (a letter of it is Latin) without decoding a rune: nearly every character
    /// of English news is ASCII, and decoding each and finding its script was most of the identification.
    /// </summary>
    internal static (int Seen, int Total) CountLetters(ReadOnlySpan<char> text, Span<int> perScript, Span<int> firstSeen)
    {
        perScript.Clear();
        var seen = 0;
        // Latin letters (script 0) counted in a local, the others in perScript; total is their sum.
        var latin = 0;
        var others = 0;
        ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        for (var i = 0; i < text.Length;)
        {
            // Eight ASCII characters at a time: only Latin letters (A to Z, a to z) among them, counted together.
            if (Vector128.IsHardwareAccelerated && i <= text.Length - Vector128<ushort>.Count
                && Vector128.LoadUnsafe(ref first, (nuint)i) is var chars && LetterCount.AllAscii(chars))
            {
                var count = LetterCount.AsciiLetters(chars);
                if (count > 0 && latin == 0) firstSeen[seen++] = 0;
                latin += count;
                i += Vector128<ushort>.Count;
                continue;
            }
            var c = text[i];
            if (char.IsAscii(c))
            {
                i++;
                if (char.IsAsciiLetter(c) && latin++ == 0) firstSeen[seen++] = 0;
                continue;
            }
            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            i += consumed;
            if (!Rune.IsLetter(rune)) continue;
            var script = ScriptOf(rune.Value);
            if (script == 0)
            {
                if (latin++ == 0) firstSeen[seen++] = 0;
                continue;
            }
            if (perScript[script]++ == 0) firstSeen[seen++] = script;
            others++;
        }
        perScript[0] = latin;
        return (seen, latin + others);
    }

    /// <summary>Latin, Cyrillic and Arabic script: the language whose function words the text uses most.</summary>
    private static DetectedLanguage ByFunctionWords(WordIdentities words, string script, double scriptShare)
    {
        var hits = new int[Languages.Count];
        var wordCount = words.Ids.Length;
        var evidence = words.Answers(EvidenceFor);
        foreach (var id in words.Ids)
            for (var (i, languages) = (0, evidence[id]); languages != 0; i++, languages >>= 1) hits[i] += (int)(languages & 1);
        if (script == "Latin" && wordCount < MinWords) return DetectedLanguage.English;
        var englishHits = hits[0];
        (Language? Language, int Hits) best = default;
        for (var i = 1; i < Languages.Count; i++)
            if (Languages[i].Script == script && (best.Language is null || hits[i] > best.Hits)) best = (Languages[i], hits[i]);
        var unknown = new DetectedLanguage("und", $"a language in {script} script", script, scriptShare);
        if (script != "Latin" && (best.Language is null || best.Hits == 0)) return unknown;
        if (best.Language is null || best.Hits <= ForeignOverEnglish * englishHits || best.Hits < MinForeignShare * wordCount)
            return script == "Latin" ? DetectedLanguage.English : unknown;
        return new DetectedLanguage(best.Language.Code, best.Language.Name, script, (double)best.Hits / (best.Hits + englishHits));
    }

    /// <summary>
    /// The language whose function words a short fragment uses (a clause left untranslated, too short for <see cref="Identify(string)"/>):
    /// the language other than English with the most evidence among the fragment's words, each word shared by n lists counting 1/n
    /// for each ("de" is Dutch, Spanish, Portuguese and five more), at least <see cref="MinFragmentEvidence"/> and more than any other;
    /// null when none stands out. A Romanian clause whose only listed words are "o", "e" and "de" is named nothing, not Portuguese.
    /// </summary>
    public static DetectedLanguage? OfFragment(string fragment)
    {
        var evidence = new double[Languages.Count];
        foreach (var word in Tokenizer.WordArray(fragment))
        {
            var languages = Evidence.GetValueOrDefault(word.Value.ToLowerInvariant());
            var weight = 1.0 / System.Numerics.BitOperations.PopCount(languages);
            for (var i = 0; languages != 0; i++, languages >>= 1)
                if ((languages & 1) != 0) evidence[i] += weight;
        }
        int best = -1;
        double bestEvidence = 0, second = 0;
        for (var i = 1; i < Languages.Count; i++)
            if (evidence[i] > bestEvidence) (best, bestEvidence, second) = (i, evidence[i], bestEvidence);
            else if (evidence[i] > second) second = evidence[i];
        if (best < 0 || bestEvidence < MinFragmentEvidence || second >= bestEvidence) return null;
        var language = Languages[best];
        return new DetectedLanguage(language.Code, language.Name, language.Script, bestEvidence / (bestEvidence + second));
    }

    /// <summary>Evidence a fragment needs for a language before it is named after it: two words of that list alone, or more shared ones.</summary>
    private const double MinFragmentEvidence = 1.5;

    /// <summary>The Unicode script of a letter, for the scripts news is written in; "Other" for the rest.</summary>
    internal static int ScriptOf(int c) => c switch
    {
        < 0x0250 => 0,
        >= 0x1E00 and < 0x1F00 => 0,
        >= 0x0370 and < 0x0400 or >= 0x1F00 and < 0x2000 => 1,
        >= 0x0400 and < 0x0530 => 2,
        >= 0x0530 and < 0x0590 => 3,
        >= 0x0590 and < 0x0600 => 4,
        >= 0x0600 and < 0x0780 or >= 0xFB50 and < 0xFE00 or >= 0xFE70 and < 0xFF00 => 5,
        >= 0x0900 and < 0x0980 => 6,
        >= 0x0980 and < 0x0A00 => 7,
        >= 0x0B80 and < 0x0C00 => 8,
        >= 0x0E00 and < 0x0E80 => 9,
        >= 0x10A0 and < 0x1100 => 10,
        >= 0x1100 and < 0x1200 or >= 0x3130 and < 0x3190 or >= 0xAC00 and < 0xD7B0 => 11,
        >= 0x3040 and < 0x3100 or >= 0x31F0 and < 0x3200 or >= 0xFF66 and < 0xFFA0 => 12,
        >= 0x3400 and < 0xA000 or >= 0xF900 and < 0xFB00 or >= 0x20000 and < 0x30000 => 13,
        _ => 14,
    };

    private static Dictionary<string, uint> EvidenceOf(IReadOnlyList<Language> languages)
    {
        if (languages.Count > 32) throw new InvalidOperationException("language-function-words.tsv: at most 32 languages fit the evidence bits.");
        var evidence = new Dictionary<string, uint>(StringComparer.Ordinal);
        for (var i = 0; i < languages.Count; i++)
            foreach (var word in languages[i].Words) evidence[word] = evidence.GetValueOrDefault(word) | 1u << i;
        foreach (var (word, bits) in evidence)
            if ((bits & 1) != 0 && bits != 1) evidence[word] = 0;
        return evidence;
    }

    private static List<Language> Load()
    {
        using var stream = EmbeddedResources.Open("NewsQuality.Text.language-function-words.tsv");
        using var reader = new StreamReader(stream);
        var languages = new List<Language>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            languages.Add(new Language(parts[0], parts[1], parts[2], parts[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)));
        }
        if (languages.Count == 0 || languages[0].Code != "en") throw new InvalidOperationException("language-function-words.tsv must list English first.");
        return languages;
    }
}
