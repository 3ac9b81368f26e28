using System.Text.RegularExpressions;
using NewsQuality.Knowledge;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Rules.Translation;

/// <summary>
/// The same word twice in a row ("Eastern Eastern Europe"), case-insensitive and across a line break, but not
/// across punctuation or a paragraph break, and the end of a hyphenated word or a word before its own possessive said twice
/// ("employer-sponsored sponsored", "last year year's"). Legitimate doublings ("had had", "that that", "names names", "great great grandfather",
/// "Walla Walla", a preposition ending a relative clause: "the ditch they are in in Alabama") and numbers ("0 0 0") are ignored.
/// </summary>
public sealed partial class NQ2001DoubledWord : IArticleRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "NQ2001",
        Name: "doubled-word",
        Category: RuleCategory.Translation,
        DefaultSeverity: Severity.Warning,
        DefaultThreshold: 0.5,
        Summary: "A word is repeated back to back.",
        Rationale: "Machine translation and careless editing both leave doubled words behind; in professional copy they are almost always a slip. " +
                   "The end of a hyphenated word or a word before its own possessive said twice (\"employer-sponsored sponsored\", \"last year " +
                   "year's\") is flagged too. Grammatical doublings (\"had had\", \"that that\", \"gave her her due\", \"what they do do is\", \"great great grandfather\"), idioms and " +
                   "emphasis (\"names names\", \"bye bye\", \"way way too large\"), a " +
                   "preposition that closes a relative clause before another phrase (\"the ditch they are in in Alabama\"), numbers (\"0 0 0\" " +
                   "in a box score) and names that are doubled (\"Walla Walla\", \"Bora Bora\") are not flagged, unless the words beside a grammatical " +
                   "doubling rule it out (\"had had been\", \"warned that that the army\", \"was no no longer\", \"said there there would\"). A capitalised word said twice is " +
                   "usually a title or a name (\"Please Please Me\", \"Bafana Bafana\") and is flagged only when it is a proper noun with no reason " +
                   "to be doubled: a month, a demonym, a party's name, a name the English word list knows (\"Tokyo Tokyo\"), one the article writes alone elsewhere, " +
                   "a word carrying on a name already under way (\"economy minister Heizo Takenaka Takenaka\"), an English word opening a name " +
                   "that goes on after it or closing one after \"of\" (\"the National National Audit Office\", \"the Court of Appeal Appeal\"), or a " +
                   "given name before a surname, a listed one or one the story uses alone (\"Toshihiko Toshihiko Fukui\"), or a name of five letters " +
                   "or more that no English word spells, opening a name that goes on, written once elsewhere (\"Showa Showa Denko\") or named only " +
                   "so inside a sentence (\"analysts Gartner Gartner\"; a chant, \"Sami Sami!\", is shouted so), in a line " +
                   "of prose (ending as a sentence or at a comma, or a headline, caption or teaser in sentence case) and not doubled elsewhere " +
                   "too, and not a word shouted in capitals (\"FOR MANY MANY HOURS\"); in a heading, a common word the article writes in lower case elsewhere " +
                   "(\"Skinfold Calipers Calipers\"), or any common word of three letters or more doubled once in a Title Case headline " +
                   "(\"Ten Ways To Cut Cut Your Bills\"; a row of share buttons doubles every label).",
        FlaggedExample: "Russian forces massed on the borders of Eastern Eastern Europe.",
        CleanExample: "She had had enough, and said that that was the end of it; they flew to Walla Walla.")
    {
        FixTitle = "Delete the repeated word",
        EnglishOnly = true,
    };

    /// <summary>Doublings that English grammar or idiom allows once ("had had", "so deeply deeply offended"); tripled they are slips.</summary>
    private static readonly HashSet<string> LegitimateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "so", "very", "really", "far", "knock", "chop", "night", "tom", "now", "there", "goody", "pom",
        "names", "hush", "wink", "nudge", "yum", "choo", "much", "deeply", "truly",
    };

    /// <summary>Interjections repeated for effect, any number of times ("no no no", "ha ha ha", "well well well").</summary>
    private static readonly HashSet<string> Interjections = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "bye", "yeah", "please", "ha", "hey", "boo", "pooh", "tsk", "tut", "cha", "yada", "blah", "bla", "hip", "ho", "uh", "oh", "ah", "mm", "la", "yes", "go",
        "well",
    };

    /// <summary>Words that are always capitalised and name no work or band, so a capitalised doubling of them is still a slip ("Eastern Eastern Europe", "on March March 3", a party's name).</summary>
    private static readonly HashSet<string> AlwaysCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Parties: "a Conservative Conservative government", "after the Conservatives Conservatives accepted".
        "Conservative", "Conservatives", "Labour", "Tory", "Tories", "Democrat", "Democrats", "Democratic", "Republican", "Republicans",
    };

    /// <summary>Names that are a word said twice: places, people, bands, brands.</summary>
    private static readonly HashSet<string> DoubledNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "walla", "bora", "pago", "wagga", "sing", "baden", "duran", "mahi", "dum", "berri", "bura", "mau", "tuk", "chi", "boing", "sirhan",
        "ylang", "kyi", "bam", "cous", "lin", "bul", "cho", "ngo", "la", "phi", "ga", "bafana", "lang",
    };

    public void Analyze(ArticleContext context)
    {
        var text = context.Text;
        var tokens = context.Article.Words;
        var words = TokenSpans.Of(tokens);
        var i = 0;
        while (i < words.Length)
        {
            // A run of the same word joined only by spaces: "the the", or "that that that".
            var last = i;
            while (last + 1 < words.Length
                   && string.Equals(words[last + 1].Value, words[i].Value, StringComparison.OrdinalIgnoreCase)
                   && OnlySpaceBetween(text, words[last].Span.End, words[last + 1].Span.Start))
                last++;
            var count = last - i + 1;
            var word = words[i].Value;
            if (count == 1)
            {
                if (i + 1 < words.Length && OnlySpaceBetween(text, words[i].Span.End, words[i + 1].Span.Start)
                    && PartlyRepeated(words[i].Value, words[i + 1].Value) is { } repeated)
                {
                    context.Report(TextSpan.FromBounds(words[i].Span.Start, words[i + 1].Span.End),
                        Score([words[i].Value, words[i + 1].Value], i > 0 ? words[i - 1].Value : null, IsNameBeforeItsPossessive(context, words, i)),
                        $"\"{repeated.Word}\" is repeated: \"{words[i].Value} {words[i + 1].Value}\".",
                        suggestion: repeated.Suggestion);
                    i += 2;
                    continue;
                }
            }
            // Numbers are not words ("0 0 0" in a box score); legitimate doublings are still slips when tripled ("that that that").
            else if (!word.Any(char.IsDigit) && !InTableOfForms(text, tokens, i, last) && !CountsGenerations(tokens, i, last)
                     && !(count == 2 && IsSurnameThenWord(context, words[i], words[last]))
                     && !(count == 2 && (IsListedDoubledName(context.Gazetteer, word, NameWordAfter(text, tokens, last))
                                         || IsTitledNameTwice(context.Gazetteer, word, i > 0 && OnlySpaceBetween(text, words[i - 1].Span.End, words[i].Span.Start) ? words[i - 1].Value : null,
                                                              NameWordAfter(text, tokens, last))))
                     && (count == 2 && IsRuledOutByItsNeighbours(text, tokens, i, last)
                         || !Interjections.Contains(word) && (count >= 3 || !IsLegitimate(text, word, i > 0 ? words[i - 1].Value : null, tokens, i, last))))
            {
                var run = tokens.Skip(i).Take(count).Select(t => t.Value).ToList();
                context.Report(TextSpan.FromBounds(words[i].Span.Start, words[last].Span.End), Score(run, i > 0 ? words[i - 1].Value : null,
                        IsProperNounOfProse(context, words, i, last) || IsCommonWordInHeading(context.Text, words, i, last) || IsAcronymInProse(text, words, i, last)),
                    $"\"{word}\" is repeated: \"{string.Join(' ', run)}\".",
                    suggestion: word);
            }
            i = last + 1;
        }
        // "the U.S. U.S. envoy": a dotted abbreviation is letters to the word list, so the loop above never sees it doubled.
        foreach (ValueMatch doubled in DoubledAbbreviation().EnumerateMatches(text))
        {
            var once = text.Substring(doubled.Index, text.IndexOf(' ', doubled.Index) - doubled.Index);
            context.Report(new TextSpan(doubled.Index, doubled.Length), Score([once, once], null, properNounOfProse: true),
                $"\"{once}\" is repeated: \"{text.Substring(doubled.Index, doubled.Length)}\".", suggestion: once);
        }
    }

    /// <summary>
    /// "NATO NATO", "EU EU": an acronym of two to five capitals, no English word, doubled in a line of prose (a line with
    /// lower-case letters; a headline in capitals may repeat a word for effect, a shouted "MANY MANY" is emphasis).
    /// </summary>
    private static bool IsAcronymInProse(string text, ReadOnlySpan<Token> words, int first, int last)
    {
        var word = words[first].Value;
        if (word.Length is < 2 or > 5 || !word.All(char.IsUpper) || LanguageProfiles.Default.IsEnglishWordInAnyCase(word)) return false;
        var lineStart = text.LastIndexOf('\n', words[first].Span.Start) + 1;
        var lineEnd = text.IndexOf('\n', words[last].Span.End);
        return text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// A person's surname and then the same word in lower case ("Theresa May may call", "Qaboos bin Said said", "Will will"): the
    /// article names the person in full, with the surname last.
    /// </summary>
    private static bool IsSurnameThenWord(ArticleContext context, Token name, Token word)
    {
        if (!char.IsUpper(name.Value[0]) || !char.IsLower(word.Value[0])) return false;
        foreach (var run in context.Article.NameRuns)
            if (run.End - run.Start >= 2 && run.Name.EndsWith(name.Value, StringComparison.Ordinal)
                && (run.Name.Length == name.Value.Length || run.Name[^(name.Value.Length + 1)] == ' ')) return true;
        return false;
    }

    /// <summary>A dotted abbreviation of two to four letters ("U.S.", "U.N.") written twice, joined by one space.</summary>
    [GeneratedRegex(@"(?<![\w.])((?:[A-Z]\.){2,4}) \1(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex DoubledAbbreviation();

    /// <summary>
    /// A doubling grammar or idiom allows elsewhere, which the words beside it rule out here: "had had" before "been" or a
    /// participle that is no object ("a man had had been assaulted", "he had had said"; "had had enough" stays), "that that"
    /// before an article or a subject ("warned that that the army…"; "said that that was the end" stays), "there there" and
    /// "now now" after a word of the sentence ("said there there would be", "I was there there.", "who is now now in jail"; the
    /// comforting "There, there" and "Now now," open a sentence or follow a comma, and "no there there" stays), "no no" after a
    /// verb or subject ("was no no longer"; "a no no" stays), "as well well as", "much much" after a word of degree or before
    /// anything but a comparative ("so much much so", "would benefit much much at the polls"; "much much more" stays) and "go go"
    /// after "to" or a modal ("days to go go before"; the chant "go go go" stays).
    /// </summary>
    private static bool IsRuledOutByItsNeighbours(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var before = first > 0 && OnlySpaceBetween(text, tokens[first - 1].Span.End, tokens[first].Span.Start) ? tokens[first - 1].Value.ToLowerInvariant() : null;
        var after = last + 1 < tokens.Count && OnlySpaceBetween(text, tokens[last].Span.End, tokens[last + 1].Span.Start) ? tokens[last + 1].Value.ToLowerInvariant() : null;
        return tokens[first].Value.ToLowerInvariant() switch
        {
            "had" => after is not null && Participles.Contains(after),
            "that" => after is not null && ClauseOpeners.Contains(after),
            "there" => before is not null && before != "no",
            "now" => before is not null,
            "no" => after is not null && before is not null && (NoBeforeNoun.Contains(before) || ClauseSubjects.Contains(before)),
            "well" => before == "as" && after == "as",
            // Emphasis doubles "much" before a comparative ("much much more", "much much bigger"), never after a word of degree
            // ("so much much so") nor before anything else ("benefit much much at the ballot box").
            "much" => before is not null && DegreeWords.Contains(before) || after is null || !IsOfDegree(after),
            // "go go go" is a chant; after "to" or a modal it is the verb said twice ("ten days to go go before").
            "go" => after is not null && before is not null && VerbBefore.Contains(before),
            _ => false,
        };
    }

    private static readonly HashSet<string> DoSubjects = new(StringComparer.OrdinalIgnoreCase) { "i", "you", "we", "they" };

    private static readonly HashSet<string> DegreeWords = new(StringComparer.Ordinal) { "so", "too", "how", "very", "as" };

    private static readonly HashSet<string> VerbBefore = new(StringComparer.Ordinal)
    {
        "to", "will", "would", "can", "could", "should", "must", "might", "may", "shall",
    };

    /// <summary>Past participles that are no object of "had": "had had been", "had had said".</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "been", "said", "made", "done", "gone", "seen", "taken", "given", "become", "known", "shown", "told", "thought", "brought",
        "bought", "lost", "won", "written", "spoken", "begun", "chosen", "driven", "fallen", "forgotten", "risen", "stolen", "claimed",
        "decided", "agreed", "announced", "insisted", "suggested", "admitted", "denied", "refused", "tried", "wanted", "hoped",
        // Irregular participles that are no noun either ("had had sought"; planted by hand into wire-style copy).
        "sought", "held", "led", "met", "paid", "sent", "spent", "kept", "felt", "heard", "found", "gotten", "fought", "taught",
        "caught", "grown", "thrown", "flown", "sworn", "broken", "frozen", "hidden", "eaten", "beaten", "forgiven", "struck",
        "warned", "accused", "asked", "urged", "vowed", "pledged", "promised", "threatened", "ordered", "signed", "approved",
    };

    /// <summary>Words that open a clause or a noun phrase, which a demonstrative "that" cannot stand before: "that that the…".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "they", "we", "i", "you", "it", "it's", "his", "her", "their", "our", "my", "your", "its", "more", "there",
    };

    /// <summary>Words before a "no" that modifies what follows ("was no no longer", "would be no no prospect"), not the noun "a no-no".</summary>
    private static readonly HashSet<string> NoBeforeNoun = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "with", "by", "of", "for",
    };

    /// <summary>
    /// The doubling is all there is between a pair of quotation marks ('a "great great" wall'): the words someone said, quoted
    /// as such, not a slip of the writer's. A slip inside a longer quotation is still one.
    /// </summary>
    private static bool IsQuotedAsAPhrase(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] is '"' or '“' or '‘' or '\'' && text[end] is '"' or '”' or '’' or '\'';

    /// <summary>"great great grandfather": each "great" is a generation before "grand…", however many there are.</summary>
    private static bool CountsGenerations(IReadOnlyList<Token> tokens, int first, int last) =>
        tokens[first].Value.Equals("great", StringComparison.OrdinalIgnoreCase) && last + 1 < tokens.Count
        && tokens[last + 1].Value.StartsWith("grand", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A row of a table or list of word forms ("reserve Let's reserve reserve" in a conjugation table): the line is a few words,
    /// no sentence (no closing punctuation), and uses the word again outside the run. A slip sits in prose, which ends in punctuation.
    /// </summary>
    private const int MaxTableRowWords = 6;

    private static bool InTableOfForms(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var (lineStart, lineEnd) = LineBounds(text, tokens[first].Span.Start, tokens[last].Span.End);
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or ')' or '\'') return false;
        // A table cell row is a few words; a long line without a full stop is a paragraph cut short by the crawl.
        if (tokens.Skip(first).TakeWhile(t => t.Span.End <= lineEnd).Count() + tokens.Take(first).Count(t => t.Span.Start >= lineStart) > MaxTableRowWords) return false;
        for (var k = first - 1; k >= 0 && tokens[k].Span.Start >= lineStart; k--)
            if (string.Equals(tokens[k].Value, tokens[first].Value, StringComparison.OrdinalIgnoreCase)) return true;
        for (var k = last + 1; k < tokens.Count && tokens[k].Span.End <= lineEnd; k++)
            if (string.Equals(tokens[k].Value, tokens[first].Value, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A doubling that tokens do not show as equal words: the end of a hyphenated word said again ("employer-sponsored
    /// sponsored", suggest "employer-sponsored") or a word before its own possessive ("last year year's", suggest "year's").
    /// </summary>
    private static (string Word, string Suggestion)? PartlyRepeated(string first, string second)
    {
        if (second.Length > 2 && second[^2] is '\'' or '’' && second[^1] is 's' or 'S'
            && first.AsSpan().Equals(second.AsSpan(0, second.Length - 2), StringComparison.OrdinalIgnoreCase) && !first.Any(char.IsDigit)
            && !LegitimateWords.Contains(first))
            return (first, second);
        var hyphen = first.LastIndexOf('-');
        if (hyphen > 0 && second.Length >= 3 && second.All(char.IsLetter)
            && first.AsSpan(hyphen + 1).Equals(second, StringComparison.OrdinalIgnoreCase))
            return (second, first);
        return null;
    }

    /// <summary>
    /// How sure the run is a slip. A run in Title Case is usually the name of a work, team or place ("Please Please Me",
    /// "Bafana Bafana") and scores below the default threshold, unless the word is one that is always capitalised
    /// (a demonym, "Eastern", a month) or a proper noun of the text (<paramref name="properNounOfProse"/>: "London London",
    /// "Schroeder Schroeder").
    /// "law lord Lord Bingham" (lower case, then a title before a name) is not a slip at all, nor is
    /// the last word of a name said again as a common noun ("a Charlottesville High School school officer").
    /// </summary>
    private static double Score(IReadOnlyList<string> run, string? wordBefore, bool properNounOfProse = false)
    {
        var capitalised = run.Select(w => char.IsUpper(w[0])).ToList();
        if (!capitalised[0] && capitalised.Skip(1).Any(c => c)) return 0;
        if (capitalised[0] && !capitalised[1] && run[0].Length > 3 && wordBefore is { Length: > 0 } && char.IsUpper(wordBefore[0])) return 0;
        if (capitalised.All(c => c) && !properNounOfProse && !AlwaysCapitalised.Contains(run[0]) && Gazetteer.Default.FindCountry(run[0]) is null) return 0.3;
        return 1.0;
    }

    /// <summary>
    /// The run stands in a line of prose and its capitalised word is a proper noun with no reason to be doubled: a name the
    /// English word list knows (London, Schroeder, Chevrolet; a work's title is made of common words, "Please Please Me"), or
    /// one the article writes elsewhere on its own inside a sentence (after a word, not after a full stop, where any word is
    /// capitalised), a word carrying on a name already under way (<see cref="ContinuesName"/>) or a known person's given name
    /// before the surname (<see cref="OpensPersonsName"/>), unless the article doubles it elsewhere too (a doubled name, "Bafana
    /// Bafana", is written so every time). A line without
    /// closing punctuation is a label row ("CAS Article PubMed PubMed Central Google Scholar" under a reference), whose
    /// names follow one another.
    /// </summary>
    private static bool IsProperNounOfProse(ArticleContext context, ReadOnlySpan<Token> words, int first, int last)
    {
        var text = context.Text;
        var word = words[first].Value;
        if (!char.IsUpper(word[0]) || IsShouted(word) || !EndsLikeProse(text, words[last].Span.End) && !IsSentenceCaseLine(text, words[last].Span.Start)) return false;
        bool aloneInSentence = false, aloneElsewhere = false;
        for (var k = 0; k < words.Length; k++)
        {
            if (k >= first && k <= last || words[k].Value != word) continue;
            // Doubled again elsewhere (the headline's "Dee Dee Myers" over the story's): the name is written so.
            if (DoubledBeside(text, words, k)) return false;
            aloneInSentence |= InsideSentence(text, words[k].Span.Start);
            aloneElsewhere = true;
        }
        // A name no English word spells, written once elsewhere even at a sentence's start ("Mekhi is functioning…" … "with Mekhi
        // Mekhi,"): a doubled name ("Bafana Bafana") is doubled every time. Named only in the doubling, inside a sentence ("analysts
        // Gartner Gartner.", "Oxfam Oxfam says"), it is a slip too: the names written doubled are few and listed (DoubledNames).
        var unlistedName = IsNameNoEnglishWordSpells(word);
        return aloneInSentence || unlistedName && (aloneElsewhere || InsideSentence(text, words[first].Span.Start) && !IsChanted(text, words[last].Span.End)
                                                && !DoublesTheNextWord(words, last))
               || ProperNames.Contains(word) || ContinuesName(context, words, first)
               || OpensPersonsName(context, words, last)
               || last == first + 1 && (IsEnglishWord(word) && (OpensName(text, words, first, last) || EndsNameAfterConnector(text, words, first))
                                        || unlistedName && OpensName(text, words, first, last));
    }

    /// <summary>
    /// An English word in capitals is shouted, not a name ("THEY KEPT HIS BODY OUTSIDE FOR MANY MANY HOURS!"): its doubling is
    /// emphasis like "many many" in lower case, and the capitalised words around it carry on no name. A Roman numeral ("Ahmose II II")
    /// is a name's part.
    /// </summary>
    private static bool IsShouted(string word) =>
        word.Length > 1 && !word.AsSpan().ContainsAnyInRange('a', 'z') && word.AsSpan().ContainsAnyExcept(RomanNumerals) && IsEnglishWord(word);

    private static readonly System.Buffers.SearchValues<char> RomanNumerals = System.Buffers.SearchValues.Create("IVXLCDM");

    /// <summary>
    /// A name said again in the possessive ("President Donald Trump Trump's biggest victory"): the name is under way (a capitalised
    /// word before it) or a listed surname, and no name that says its word twice ("Walla Walla's", "Abdullah Abdullah's").
    /// </summary>
    private static bool IsNameBeforeItsPossessive(ArticleContext context, ReadOnlySpan<Token> words, int i)
    {
        var word = words[i].Value;
        if (!char.IsUpper(word[0]) || words[i + 1].Value.Length != word.Length + 2 || DoubledNames.Contains(word)
            || IsListedDoubledName(context.Gazetteer, word, null)) return false;
        return i > 0 && char.IsUpper(words[i - 1].Value[0]) && OneSpaceBetween(context.Text, words[i - 1], words[i])
               || context.Gazetteer.FiguresBySurname.ContainsKey(word);
    }

    /// <summary>
    /// A listed person's name says the word twice ("Chief Executive Abdullah Abdullah", "Adamu Adamu", "Prime Minister Kassim
    /// Majaliwa Majaliwa"): written so, not a slip. A name that goes on after the doubling is another ("Alfred Alfred Kinsey" is
    /// a slip, though a minister is called Alfred Alfred).
    /// </summary>
    private static bool IsListedDoubledName(Knowledge.Gazetteer gazetteer, string word, string? nameWordAfter)
    {
        if (!char.IsUpper(word[0]) || nameWordAfter is not null || !gazetteer.FiguresBySurname.TryGetValue(word, out var figures)) return false;
        var doubled = word + " " + word;
        return figures.Any(f => f.AllNames.Any(name => name.EndsWith(doubled, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// A title right before (<paramref name="wordBefore"/>: null when punctuation parts them), then a name no list knows said
    /// twice ("Chief Justice Mogoeng Mogoeng"): a name that repeats a word, as many do
    /// (Burmese, Setswana, Hausa names). A listed surname, an English word or a name the word list knows doubled is a slip
    /// ("President Putin Putin", "Trump Trump").
    /// </summary>
    private static bool IsTitledNameTwice(Knowledge.Gazetteer gazetteer, string word, string? wordBefore, string? nameWordAfter) =>
        char.IsUpper(word[0]) && nameWordAfter is null && wordBefore is { Length: > 0 } && char.IsUpper(wordBefore[0]) && RoleLexicon.Words.Contains(wordBefore)
        && !LanguageProfiles.Default.IsEnglishWordInAnyCase(word) && !ProperNames.Contains(word) && gazetteer.NameIndex.PeopleWithSurname(word) == 0;

    /// <summary>The capitalised word right after the run (one space between), which carries a name on; null when none does.</summary>
    private static string? NameWordAfter(string text, IReadOnlyList<Token> tokens, int last) =>
        last + 1 < tokens.Count && char.IsUpper(tokens[last + 1].Value[0]) && text.AsSpan(tokens[last].Span.End, tokens[last + 1].Span.Start - tokens[last].Span.End) is " "
            ? tokens[last + 1].Value : null;

    /// <summary>A title made of doublings doubles the next word too ("props from Chitty Chitty Bang Bang").</summary>
    private static bool DoublesTheNextWord(ReadOnlySpan<Token> words, int last) =>
        last + 2 < words.Length && string.Equals(words[last + 2].Value, words[last + 1].Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>A name said twice and exclaimed is a chant ("the workers shouted, \"Sami Sami!\""), written as it was shouted.</summary>
    private static bool IsChanted(string text, int end) => text.AsSpan(end).TrimStart(' ') is ['!', ..];

    /// <summary>
    /// The word at <paramref name="index"/> has the same word beside it in the same sentence: a name written doubled, or a
    /// repetition meant as one ("Turn, Turn Turn"). Across a full stop the next sentence just names it again ("at Telewest
    /// Telewest. Telewest customers…").
    /// </summary>
    private static bool DoubledBeside(string text, ReadOnlySpan<Token> words, int index)
    {
        foreach (var other in (ReadOnlySpan<int>)[index - 1, index + 1])
        {
            if (other < 0 || other >= words.Length || words[other].Value != words[index].Value) continue;
            var (left, right) = other < index ? (words[other], words[index]) : (words[index], words[other]);
            if (text.AsSpan(left.Span.End, right.Span.Start - left.Span.End).IndexOfAny(".?\n") < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A name of five letters or more that no English word spells ("Mekhi", "Showa"): shorter ones are often given names that are
    /// doubled as written ("Lang Lang", "Jing Jing"; the doubled names' list holds the rest, "Bafana", "Duran", "Walla").
    /// </summary>
    private const int MinUnlistedNameLength = 5;

    private static bool IsNameNoEnglishWordSpells(string word) => word.Length >= MinUnlistedNameLength && !IsEnglishWord(word);

    /// <summary>
    /// A heading in Title Case doubles a common word, one the article writes in lower case elsewhere and never doubles ("Skinfold
    /// Calipers Calipers" over "skinfold calipers are affordable", "Interning of Small Small Integers"): Title Case capitalises it,
    /// it names nothing. The doubling is not the line's first word, where a page's widget labels repeat their icon's text ("Share
    /// Share on Facebook"), and a work's title doubling a word is written so in the story too ("Please Please Me").
    /// </summary>
    private static bool IsCommonWordInHeading(string text, ReadOnlySpan<Token> words, int first, int last)
    {
        if (last != first + 1 || first == 0 || !InsideSentence(text, words[first].Span.Start) || EndsLikeProse(text, words[last].Span.End)) return false;
        var word = words[first].Value;
        if (!IsEnglishWord(word)) return false;
        var lowerElsewhere = false;
        for (var k = 0; k < words.Length; k++)
        {
            if (k >= first && k <= last || !string.Equals(words[k].Value, word, StringComparison.OrdinalIgnoreCase)) continue;
            if (k + 1 < words.Length && string.Equals(words[k + 1].Value, word, StringComparison.OrdinalIgnoreCase)) return false;
            lowerElsewhere |= char.IsLower(words[k].Value[0]);
        }
        // A letter said twice is a row's labels ("M T W T F S S" over a calendar), no headline's word.
        return lowerElsewhere || word.Length >= MinHeadlineWordLength && IsTitleCaseHeadline(text, words, first);
    }

    /// <summary>
    /// The line holding the word at <paramref name="first"/> is a headline in Title Case: three words or more, four in five of those
    /// of four letters or more capitalised ("How To Easily Kill Kill 98% Of Mold", "Liberals Bash Bash FBI Director"), and this its
    /// only doubling: a row of share buttons repeats each icon's text ("Share Share Tweet Tweet Email Email").
    /// </summary>
    private static bool IsTitleCaseHeadline(string text, ReadOnlySpan<Token> words, int first)
    {
        var (lineStart, lineEnd) = LineBounds(text, words[first].Span.Start, words[first].Span.End);
        var titleCase = new TitleCaseCount();
        int count = 0, doublings = 0;
        for (var k = 0; k < words.Length; k++)
        {
            if (words[k].Span.Start < lineStart || words[k].Span.End > lineEnd) continue;
            var value = words[k].Value;
            count++;
            // A figure ("Top Tips For 2016") has no case to judge.
            if (char.IsLetter(value[0])) titleCase.Add(value);
            if (k > 0 && words[k - 1].Span.Start >= lineStart && string.Equals(words[k - 1].Value, value, StringComparison.OrdinalIgnoreCase)) doublings++;
        }
        return count >= MinHeadlineWords && titleCase.LongWords > 0 && titleCase.MostCapitalised && doublings == 1;
    }

    /// <summary>The start of the line holding <paramref name="start"/> and the end of the one holding <paramref name="end"/>.</summary>
    private static (int Start, int End) LineBounds(string text, int start, int end) =>
        (text.LastIndexOf('\n', start) + 1, text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length);

    /// <summary>A Title Case line of fewer words is a label ("Skip Skip", "Menu Menu"), not a headline.</summary>
    private const int MinHeadlineWords = 3;

    private const int MinHeadlineWordLength = 3;

    private static bool IsEnglishWord(string word) => LanguageProfiles.Default.IsEnglishWordInAnyCase(word);

    /// <summary>Words that join the parts of one name: "Court of Appeal", "Association for Payment Clearing Services", "Race and Equality".</summary>
    private static readonly HashSet<string> NameConnectors = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and" };

    /// <summary>
    /// An English word said twice in Title Case opens a name that goes on after it, inside a sentence: "the National National Audit
    /// Office", "Fiat and General General Motors", "Chapter Chapter 11", "the Isle Isle of Man". A name's first word is
    /// capitalised only as part of that name, and nothing in one doubles it, as the seed's "Eastern Eastern Europe" shows; the word
    /// before is lower-case or a sentence's English first word ("The Public Public Accounts Committee"). A capitalised word before
    /// is a name under way (<see cref="ContinuesName"/>). Titles doubling a word are interjections ("Please Please Me") or tripled
    /// ("Girls Girls Girls"), and one-word doubled names are no English words ("Bafana Bafana", "Duran Duran").
    /// </summary>
    private static bool OpensName(string text, ReadOnlySpan<Token> words, int first, int last)
    {
        if (first == 0 || last + 1 >= words.Length || !InsideSentence(text, words[first].Span.Start)) return false;
        var before = words[first - 1].Value;
        if (char.IsUpper(before[0]) && (InsideSentence(text, words[first - 1].Span.Start) || !IsEnglishWord(before))) return false;
        var after = words[last + 1];
        if (!OneSpaceBetween(text, words[last], after)) return false;
        if (DoublesTheNextWord(words, last)) return false;
        if (char.IsUpper(after.Value[0]) || char.IsDigit(after.Value[0])) return true;
        return NameConnectors.Contains(after.Value) && last + 2 < words.Length && char.IsUpper(words[last + 2].Value[0])
               && OneSpaceBetween(text, after, words[last + 2]);
    }

    /// <summary>
    /// An English word said twice in Title Case ends a name whose head stands before "of", "for", "and" or "of the": "the Court
    /// of Appeal Appeal quashed", "the National Union of Students Students argued", "Out of Touch Touch by". The head is an English
    /// word too (Court, Union, Centre) inside the sentence; a person's name before "of" is an affiliation ("Mark Hollis of Talk
    /// Talk"), and a sentence's first word no name's head ("Fans of Soldier Soldier").
    /// </summary>
    private static bool EndsNameAfterConnector(string text, ReadOnlySpan<Token> words, int first)
    {
        var connector = first - 1;
        if (connector >= 1 && words[connector].Value == "the" && words[connector - 1].Value == "of") connector--;
        if (connector < 1 || !NameConnectors.Contains(words[connector].Value) || !char.IsLower(words[connector].Value[0])) return false;
        var head = words[connector - 1];
        return char.IsUpper(head.Value[0]) && IsEnglishWord(head.Value) && InsideSentence(text, head.Span.Start)
               && OnlyWordsAndSpacesBetween(text, head.Span.End, words[first].Span.Start);
    }

    /// <summary>The two words are written one space apart: nothing, not even a line break, divides the phrase.</summary>
    private static bool OneSpaceBetween(string text, Token left, Token right) =>
        text.AsSpan(left.Span.End, right.Span.Start - left.Span.End) is " ";

    /// <summary>Only letters and spaces (no punctuation, no line break) between two positions: the words belong to one phrase.</summary>
    private static bool OnlyWordsAndSpacesBetween(string text, int start, int end)
    {
        foreach (var c in text.AsSpan(start, end - start))
            if (c != ' ' && !char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>A given name shorter than this may be doubled as a name of its own ("Jo Jo White").</summary>
    private const int MinDoubledGivenNameLength = 4;

    /// <summary>
    /// The run is a given name of four letters or more, and a capitalised word (the surname) follows it after a space: a person's
    /// name whose first word was said twice ("Bank of Japan governor Toshihiko Toshihiko Fukui"). A given name is a listed one or
    /// one before a surname the story uses alone elsewhere. No work's title opens with a given name said twice.
    /// </summary>
    private static bool OpensPersonsName(ArticleContext context, ReadOnlySpan<Token> words, int last)
    {
        if (last + 1 >= words.Length || words[last].Value.Length < MinDoubledGivenNameLength) return false;
        var after = words[last + 1];
        return char.IsUpper(after.Value[0]) && OneSpaceBetween(context.Text, words[last], after)
               && (context.Gazetteer.NameIndex.IsGivenName(words[last].Value) || StandsAloneElsewhere(context.Text, words, last + 1));
    }

    /// <summary>
    /// The article writes the word at <paramref name="index"/> elsewhere inside a sentence without the word before it, and not
    /// doubled: a surname the story goes on to use alone ("Eckhard Eckhard Cordes" … "Mr Cordes said"), so the run before it is a
    /// given name ("Chitty Chitty Bang Bang" doubles its "Bang").
    /// </summary>
    private static bool StandsAloneElsewhere(string text, ReadOnlySpan<Token> words, int index)
    {
        var word = words[index].Value;
        var before = words[index - 1].Value;
        for (var k = 1; k < words.Length; k++)
            if (k != index && words[k].Value == word && words[k - 1].Value != before && words[k - 1].Value != word
                && (k + 1 == words.Length || words[k + 1].Value != word) && InsideSentence(text, words[k].Span.Start))
                return true;
        return false;
    }

    /// <summary>
    /// The run carries on a name already under way inside the sentence ("economy minister Heizo Takenaka Takenaka", "the Federal
    /// Employment Employment Agency", "Mr Duvall Duvall"): the word before is capitalised, joined to it by a space only, and not the
    /// sentence's first word unless it is a listed given name ("Rainer Hertrich Hertrich, the co-head…") or a name no English word
    /// spells ("Warwickshire Police Police believe…"). A doubled title or name
    /// is written whole or opens the name ("the band Duran Duran", "Please Please Me", "Bafana Bafana"), a possessive before it
    /// closes another name ("the Beatles' Please Please Me"), and a title made of doublings doubles the word before too ("Chitty
    /// Chitty Bang Bang").
    /// </summary>
    private static bool ContinuesName(ArticleContext context, ReadOnlySpan<Token> words, int first)
    {
        if (first == 0) return false;
        var text = context.Text;
        var before = words[first - 1];
        return char.IsUpper(before.Value[0]) && !IsPossessive(before.Value)
               && (InsideSentence(text, before.Span.Start) || context.Gazetteer.NameIndex.IsGivenName(before.Value) || !IsEnglishWord(before.Value))
               && OneSpaceBetween(text, before, words[first])
               && (first < 2 || !string.Equals(words[first - 2].Value, before.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Beatles's", "BEATLES'S": a word token keeps an inner apostrophe only, so a plural's ("Beatles'") is not in it, and the space test turns that one away.</summary>
    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The line holding <paramref name="position"/> ends with sentence punctuation or a closing quote, or is a paragraph cut short
    /// (a crawl or a corpus lost its end): a sentence ended inside it before, and it is longer than a label row.
    /// </summary>
    private static bool EndsLikeProse(string text, int position)
    {
        var lineEnd = text.IndexOf('\n', position) is var end and >= 0 ? end : text.Length;
        var line = text.AsSpan(position, lineEnd - position).TrimEnd();
        // A comma at the line's end is a sentence the page broke ("booked into the Pierce County Jail,"), no label.
        if (!line.IsEmpty && line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or '’' or '\'' or ')') return true;
        var lineStart = text.LastIndexOf('\n', position - 1) + 1;
        var whole = text.AsSpan(lineStart, lineEnd - lineStart);
        return whole.Count(' ') >= MinCutShortLineWords && whole.IndexOf(". ") >= 0;
    }

    /// <summary>A line without closing punctuation of this many words or more, holding a sentence's end, is prose cut short, no label row.</summary>
    private const int MinCutShortLineWords = 20;

    /// <summary>
    /// The line holding <paramref name="position"/> is a sentence in sentence case, whatever its end: <see cref="MinSentenceCaseWords"/>
    /// words or more, at least half of those after the first in lower case. Headlines, captions and teasers are written so without a
    /// full stop ("Court rules that Officer William William Porter must testify…", "Warwickshire Police Police believe the suspect may
    /// have been wearing a wig"); a label row or a tag list capitalises nearly every word ("CAS Article PubMed PubMed Central").
    /// </summary>
    private static bool IsSentenceCaseLine(string text, int position)
    {
        var (lineStart, lineEnd) = LineBounds(text, position, position);
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        int words = 0, lower = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty || !char.IsLetter(word[0])) continue;
            if (words++ > 0 && char.IsLower(word[0])) lower++;
        }
        return words >= MinSentenceCaseWords && 2 * lower >= words - 1;
    }

    private const int MinSentenceCaseWords = 6;

    /// <summary>The nearest character before <paramref name="start"/> that is not a space is a letter, digit or comma: the word does not open a sentence, line or quotation.</summary>
    private static bool InsideSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is ',');
    }

    private static bool IsLegitimate(string text, string word, string? wordBefore, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (LegitimateWords.Contains(word) || DoubledNames.Contains(word)) return true;
        if (IsQuotedAsAPhrase(text, tokens[first].Span.Start, tokens[last].Span.End)) return true;
        if (StrandedPrepositions.Contains(word) && EndsRelativeClause(tokens, first, last)) return true;
        if (EndsAndStartsClause(text, tokens, first, last)) return true;
        // "send troops in in order to": a particle, then a fixed phrase that starts with the same word.
        if (last + 1 < tokens.Count && FixedPhrases.Contains(word + " " + tokens[last + 1].Value)) return true;
        if (last + 1 < tokens.Count && IsEmphaticWay(word, tokens[last + 1].Value)) return true;
        // "gave her her due": the object, then the possessive, after a verb that takes two objects ("remortgaged her her home" is a slip).
        if (word.Equals("her", StringComparison.OrdinalIgnoreCase) && wordBefore is not null && TakesTwoObjects(wordBefore)) return true;
        // "What they do do is charge more", "I do do my homework": the emphatic auxiliary, then the verb, after a subject that
        // takes "do" ("what do do you think" asks with one).
        if (word.Equals("do", StringComparison.OrdinalIgnoreCase) && wordBefore is not null && DoSubjects.Contains(wordBefore)) return true;
        // "What it is is a failure", "what the plan is is a matter for the cabinet": a clause ending in "is" followed by the main verb
        // "is" ("it is is not" with no "what" before is a slip).
        return word.Equals("is", StringComparison.OrdinalIgnoreCase) && wordBefore is not null && OpensCleftClause(tokens, first);
    }

    /// <summary>
    /// "what" up to <see cref="MaxCleftSubjectWords"/> words before the doubled "is": the pseudo-cleft's clause ("what the plan is
    /// is"). The main "is" then names what it is; before a participle it is the progressive said twice ("What the Government is is
    /// doing…").
    /// </summary>
    private static bool OpensCleftClause(IReadOnlyList<Token> tokens, int first)
    {
        if (first + 2 < tokens.Count && tokens[first + 2].Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = first - 1; k >= Math.Max(0, first - 1 - MaxCleftSubjectWords); k--)
            if (tokens[k].Value.Equals("what", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private const int MaxCleftSubjectWords = 4;

    /// <summary>
    /// "way way too large", "way way back": the adverb said twice for emphasis before a word of degree or direction. The noun
    /// ("a long way way to go") is followed by anything else.
    /// </summary>
    private static bool IsEmphaticWay(string word, string next) => word.Equals("way", StringComparison.OrdinalIgnoreCase) && IsOfDegree(next);

    /// <summary>A word of degree, direction or comparison that an emphatic doubling stands before: "too", "more", "back", "bigger", "worse".</summary>
    private static bool IsOfDegree(string word) =>
        WaysOfDegree.Contains(word) || word.Equals("worse", StringComparison.OrdinalIgnoreCase) || word.Length > 4 && word.EndsWith("er", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> WaysOfDegree = new(StringComparer.OrdinalIgnoreCase)
    {
        "too", "more", "less", "over", "under", "up", "down", "back", "ahead", "behind", "beyond", "off", "out", "above", "below", "past",
    };

    /// <summary>A form of a verb that takes two objects ("gave her her first role", "cost her her job"): the stem before any ending.</summary>
    private static bool TakesTwoObjects(string verb)
    {
        var lower = verb.ToLowerInvariant();
        if (TwoObjectVerbs.Contains(lower)) return true;
        foreach (var ending in VerbEndings)
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal)
                && (TwoObjectVerbs.Contains(lower[..^ending.Length]) || TwoObjectVerbs.Contains(lower[..^ending.Length] + "e")))
                return true;
        return false;
    }

    private static readonly string[] VerbEndings = ["s", "es", "ed", "d", "ing"];

    private static readonly HashSet<string> TwoObjectVerbs = new(StringComparer.Ordinal)
    {
        "give", "gave", "given", "award", "cost", "earn", "win", "won", "hand", "send", "sent", "show", "shown", "tell", "told", "wish",
        "offer", "deny", "denied", "lend", "lent", "owe", "pay", "paid", "bring", "brought", "buy", "bought", "get", "got", "make", "made",
        "teach", "taught", "save", "grant", "promise", "sell", "sold", "serve", "afford", "assign", "allow", "ask", "leave", "left",
        "find", "found", "do", "did", "done", "refuse", "guarantee", "charge",
    };

    /// <summary>
    /// "the ditch they are in in Alabama", "what he was looking for for years": the first preposition closes a relative clause
    /// (a subject pronoun or relative word a few words back) and the second opens a phrase of place or time (a name, a number,
    /// a span of time). After a relative word and its subject ("the situation that we've been placed in in the past") the clause
    /// is plain whatever follows. A slip ("they were stuck in in the ditch", "they want to to play") doubles the word before anything else,
    /// or follows a verb that has its object already ("the rapper who leads the awards with with 10 nominations"): nothing is left
    /// for the preposition to have lost.
    /// </summary>
    private static bool EndsRelativeClause(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last + 1 >= tokens.Count) return false;
        var opensAdverbialPhrase = OpensAdverbialPhrase(tokens[last + 1].Value);
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            // Between the subject and the preposition, a determiner opens the verb's object.
            if (Determiners.Contains(tokens[k].Value)) return false;
            if (!ClauseSubjects.Contains(Uncontracted(tokens[k].Value))) continue;
            if (opensAdverbialPhrase && k >= first - 4) return true;
            if (k > 0 && RelativeWords.Contains(tokens[k - 1].Value) && !RelativeWords.Contains(tokens[k].Value)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    };

    /// <summary>"we've" → "we", "I'm" → "I": a contracted subject is still the clause's subject.</summary>
    private static string Uncontracted(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "where", "when",
    };

    /// <summary>
    /// "the whole world is against you you need to…": "you", object and subject alike, ends one clause after its preposition
    /// and starts the next, the comma left out, so a word follows it. A slip doubles it where only one clause is ("if you you
    /// need", "what I owe to you you, said").
    /// </summary>
    private static bool EndsAndStartsClause(string text, IReadOnlyList<Token> tokens, int first, int last) =>
        tokens[first].Value.Equals("you", StringComparison.OrdinalIgnoreCase) && last == first + 1
        && first > 0 && ObjectPrepositions.Contains(tokens[first - 1].Value)
        && last + 1 < tokens.Count && OnlySpaceBetween(text, tokens[last].Span.End, tokens[last + 1].Span.Start);

    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "for", "with", "to", "at", "about", "from", "without", "behind", "like", "than", "of", "by", "towards", "toward", "beside", "around",
    };

    /// <summary>Prepositions English leaves at the end of a relative clause.</summary>
    private static readonly HashSet<string> StrandedPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "for", "with", "from", "about", "into", "by", "up", "out", "off", "over", "through",
    };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "you", "he", "she", "we", "they", "it", "who", "which", "that", "what", "where", "whom",
    };

    private static readonly HashSet<string> FixedPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "in order", "in fact", "in turn", "in part", "in particular", "in addition", "in return", "in response", "in time", "on time", "on top",
        "on board", "up to", "out of", "over time",
    };

    private static bool OpensAdverbialPhrase(string word) =>
        char.IsUpper(word[0]) || char.IsDigit(word[0]) || SpansOfTime.Contains(word);

    private static readonly HashSet<string> SpansOfTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "hours", "decades", "minutes", "ages", "life", "good",
    };

    /// <summary>Only spaces and at most one line break: a blank line starts a new paragraph, where a repeat is not a slip.</summary>
    private static bool OnlySpaceBetween(string text, int start, int end)
    {
        var lineBreaks = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n') lineBreaks++;
            else if (!char.IsWhiteSpace(c)) return false;
        }
        return lineBreaks <= 1 && end > start;
    }
}
