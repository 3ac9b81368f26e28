using System.Buffers;

namespace NewsQuality.Model;

/// <summary>Where an article came from: a file, and for record formats (JSON Lines) the record's line.</summary>
public sealed record ArticleOrigin(string Path, int? RecordLine = null)
{
    /// <summary>How findings name the article: <c>path</c>, or <c>path:recordLine</c> for records.</summary>
    public string Display => RecordLine is { } line ? $"{Path}#L{line}" : Path;
}

/// <summary>
/// One news article. <see cref="Text"/> is the text the analyzers see and every span points into;
/// for plain-text and Markdown files it is the file's content unchanged, so offsets are file offsets.
/// </summary>
public sealed class Article
{
    private LineMap? _lineMap;
    private IReadOnlyList<TextSpan>? _paragraphs;
    private TextSpan[]? _nonBlankLines;
    private IReadOnlyList<NewsQuality.Text.LinkLine>? _linkLines;
    private SpanSet? _linkLineSpans;
    private NewsQuality.Text.DetectedLanguage? _language;
    private (IReadOnlyList<TextSpan> Lines, TextSpan Headline)? _masthead;
    private (NewsQuality.Knowledge.Gazetteer Gazetteer, IReadOnlyList<NewsQuality.Text.ArticlePerson> People)? _people;
    /// <summary>
    /// The words: an <see cref="ArraySegment{T}"/>, the first of a pooled array (<see cref="ArrayPool{T}.Shared"/>) given back
    /// by <see cref="LetGoOfRuleProducts"/>, boxed once as the list rules read (<see cref="SegmentOf"/> reads it in place).
    /// </summary>
    private IReadOnlyList<NewsQuality.Text.Token>? _words;
    /// <summary>The words' entries in the thread's table of words (a pooled array, words first), until <see cref="WordIds"/> has numbered them.</summary>
    private (NewsQuality.Text.InternedWord[] Entries, NewsQuality.Text.Tokenizer.InternTable Table)? _wordEntries;
    private NewsQuality.Text.WordIdentities? _wordIds;
    /// <summary>The name words, as <see cref="_words"/> keeps the words: a boxed segment of a pooled array.</summary>
    private IReadOnlyList<NewsQuality.Text.Token>? _nameWords;
    private NewsQuality.Text.TokenValues? _nameWordValues;
    /// <summary>The runs of name words, as <see cref="_words"/> keeps the words: a boxed segment of a pooled array.</summary>
    private IReadOnlyList<NewsQuality.Text.NameRun>? _nameRuns;
    /// <summary><see cref="BoilerplateKind"/> of each of <see cref="NonBlankLines"/>, <see cref="Unasked"/> until asked.</summary>
    private string?[]? _lineKinds;
    /// <summary><see cref="BoilerplateKind"/> of spans that are not one non-blank line (a paragraph of several lines).</summary>
    private Dictionary<TextSpan, string?>? _otherKinds;
    private SpanSet? _contentLines;

    public Article(string id, ArticleOrigin origin, string text, TextSpan titleSpan)
    {
        Id = id;
        Origin = origin;
        Text = text;
        TitleSpan = titleSpan;
    }

    public string Id { get; }
    public ArticleOrigin Origin { get; }
    public string Text { get; }

    /// <summary>The span of the title line inside <see cref="Text"/> (empty when the article has none).</summary>
    public TextSpan TitleSpan { get; }

    public string Title => Text.Substring(TitleSpan.Start, TitleSpan.Length);

    /// <summary>Where the body starts: just after the title line.</summary>
    public int BodyStart => TitleSpan.Length == 0 ? 0 : TitleSpan.End;

    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }

    /// <summary>Rule ids a person marked as truly applying to this article (labelled data for <c>tune</c>); null when unlabelled.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>For web pages: headline, bylines, datelines, captions and subheadings the extractor recognised; null for other formats.</summary>
    public PageMetadata? Page { get; init; }

    /// <summary>The text encoding the reader assumed, when it had to guess.</summary>
    public string? Encoding { get; init; }

    public LineMap LineMap => _lineMap ??= new LineMap(Text);

    /// <summary>
    /// For formats whose text is extracted (HTML), maps a text offset to the line and column in the original file;
    /// null when <see cref="Text"/> is the file itself.
    /// </summary>
    public Func<int, (int Line, int Column)>? SourceMap { get; init; }

    /// <summary>Where a text offset is in the file a reviewer opens: through <see cref="SourceMap"/> when there is one.</summary>
    public (int Line, int Column) Position(int offset) => SourceMap?.Invoke(offset) ?? LineMap.GetPosition(offset);

    /// <summary>
    /// The non-blank lines, trimmed (<see cref="NewsQuality.Text.TextBlocks.NonBlankLines"/>), found once: six rules, the
    /// masthead and the link lines each walked them again.
    /// </summary>
    public ReadOnlySpan<TextSpan> NonBlankLines => _nonBlankLines ??= NewsQuality.Text.TextBlocks.NonBlankLineArray(Text);

    /// <summary>Blocks of non-blank lines, in order, trimmed of surrounding whitespace.</summary>
    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs ??= NewsQuality.Text.TextBlocks.Paragraphs(Text);

    /// <summary>
    /// The words of the whole text (<see cref="NewsQuality.Text.Tokenizer"/>), found once: the word-level rules and the
    /// translation estimate all read them, and tokenising was a tenth of a check's CPU when each did it again.
    /// </summary>
    /// <remarks>
    /// In an array from the shared pool, given back once the article's rules have run (<see cref="LetGoOfRuleProducts"/>):
    /// an exact copy of every article's words was the largest allocation of a check (14 MB of a BBC check's 115 MB).
    /// </remarks>
    public IReadOnlyList<NewsQuality.Text.Token> Words => _words ?? MakeWords();

    private IReadOnlyList<NewsQuality.Text.Token> MakeWords()
    {
        var count = NewsQuality.Text.Tokenizer.PooledWords(Text, out var words, out var entries, out var table);
        _wordEntries = (entries, table);
        return _words = new ArraySegment<NewsQuality.Text.Token>(words, 0, count);
    }

    /// <summary><see cref="Words"/> (or <see cref="NameWords"/>) as the segment of the pooled array it is, unboxed without a copy of the words.</summary>
    private static ArraySegment<NewsQuality.Text.Token> SegmentOf(IReadOnlyList<NewsQuality.Text.Token> words) => (ArraySegment<NewsQuality.Text.Token>)words;

    /// <summary><see cref="Words"/> as a segment: its array holds them from 0.</summary>
    private ArraySegment<NewsQuality.Text.Token> WordSegment => SegmentOf(Words);

    /// <summary>
    /// The distinct lower-cased <see cref="Words"/>, numbered once per article (word <c>i</c>'s number is <c>WordIds.Ids[i]</c>),
    /// with the answers rules ask of each distinct word: NQ2010 and NQ2014 read them instead of a lower case per occurrence.
    /// </summary>
    public NewsQuality.Text.WordIdentities WordIds => _wordIds ?? NumberWords();

    private NewsQuality.Text.WordIdentities NumberWords()
    {
        var words = WordSegment.AsSpan();
        _wordIds = _wordEntries is var (entries, table)
            ? NewsQuality.Text.WordIdentities.Of(words, entries, table)
            : NewsQuality.Text.WordIdentities.Of(words);
        if (_wordEntries is var (found, _)) NewsQuality.Text.PooledArray.Return(found, words.Length);
        _wordEntries = null; // numbered: the entries the numbering needs are kept by it; the array goes back to the pool
        return _wordIds;
    }

    /// <summary>
    /// The words of <paramref name="span"/>, as <c>Tokenizer.Words(Text, span)</c> gives them, taken from <see cref="Words"/>
    /// without copying. A span that cuts through a word (none of the sentences, lines or paragraphs do) is tokenised on its own.
    /// </summary>
    public IReadOnlyList<NewsQuality.Text.Token> WordsIn(TextSpan span) =>
        WordRange(span) is (var first, var count)
            ? WordSegment.Slice(first, count)
            : NewsQuality.Text.Tokenizer.Words(Text, span).ToList();

    /// <summary><see cref="WordsIn"/> as a span, for a rule that only reads them: no list object per span asked.</summary>
    public ReadOnlySpan<NewsQuality.Text.Token> WordSpanIn(TextSpan span) =>
        WordRange(span) is (var first, var count)
            ? WordSegment.AsSpan(first, count)
            : NewsQuality.Text.Tokenizer.Words(Text, span).ToArray();

    /// <summary>
    /// A list of names and figures ("Sen. Ted Cruz (R-Texas) 98%, Sen. Mike Lee (R-Utah) 95%, …", a team line-up, the members
    /// of a committee): most of the span's words after the first are capitalised or numbers.
    /// </summary>
    public bool IsListOfNames(TextSpan span)
    {
        var tokens = WordSpanIn(span);
        var named = 0;
        for (var i = 1; i < tokens.Length; i++)
            if (char.IsUpper(tokens[i].Value[0]) || char.IsDigit(tokens[i].Value[0])) named++;
        return tokens.Length > 1 && 2 * named >= tokens.Length - 1;
    }

    /// <summary>The paragraph that holds <paramref name="position"/>, if one does.</summary>
    public TextSpan? ParagraphAt(int position)
    {
        foreach (var paragraph in Paragraphs)
            if (paragraph.Start <= position && position < paragraph.End) return paragraph;
        return null;
    }

    /// <summary>
    /// <see cref="WordsIn"/>, with the numbers that give each word's lower case: the words' numbers are
    /// <c>Numbers.Ids.Slice(First, Words.Count)</c>, in the article's <see cref="WordIds"/> unless the span cuts through a
    /// word (then its words are numbered on their own).
    /// </summary>
    public (IReadOnlyList<NewsQuality.Text.Token> Words, NewsQuality.Text.WordIdentities Numbers, int First) NumberedWordsIn(TextSpan span)
    {
        var (words, first, count, numbers) = NumberedWordRange(span);
        return (new ArraySegment<NewsQuality.Text.Token>(words, first, count), numbers, first);
    }

    /// <summary>
    /// <see cref="NumberedWordsIn"/> as an array range (<paramref name="span"/>'s words are <c>Count</c> from <c>First</c> of
    /// <c>Words</c>), for loops that read spans: <see cref="Words"/> and <see cref="WordIds"/> themselves unless the span
    /// cuts through a word.
    /// </summary>
    public (NewsQuality.Text.Token[] Words, int First, int Count, NewsQuality.Text.WordIdentities Numbers) NumberedWordRange(TextSpan span)
    {
        if (WordRange(span) is (var first, var count)) return (WordSegment.Array!, first, count, WordIds);
        var own = NewsQuality.Text.Tokenizer.Words(Text, span).ToArray();
        return (own, 0, own.Length, NewsQuality.Text.WordIdentities.Of(own));
    }

    /// <summary>
    /// Where the words of <paramref name="span"/> are in <see cref="Words"/> (and in <see cref="WordIds"/>): the first one's
    /// index and how many; null when the span cuts through a word, whose part is then a word of its own.
    /// </summary>
    public (int First, int Count)? WordRange(TextSpan span)
    {
        ReadOnlySpan<NewsQuality.Text.Token> words = WordSegment;
        var first = FirstWordEndingAfter(words, span.Start);
        var end = FirstWordEndingAfter(words, span.End);
        var cutsWord = first < words.Length && words[first].Span.Start < span.Start
                       || end < words.Length && words[end].Span.Start < span.End;
        return cutsWord ? null : (first, end - first);
    }

    /// <summary>
    /// The number in <see cref="WordIds"/> of the word whose span is <paramref name="span"/>, or −1 when no word has that span
    /// (a part of a word, or words and what is between them): name words are asked about by their lower cases. Word
    /// <paramref name="likely"/> is tried first (name word k is word k unless a dotted abbreviation joined words before it).
    /// </summary>
    internal int NumberOfWord(TextSpan span, int likely)
    {
        ReadOnlySpan<NewsQuality.Text.Token> words = WordSegment;
        var at = likely < words.Length && words[likely].Span == span ? likely : FirstWordEndingAfter(words, span.Start);
        return at < words.Length && words[at].Span == span ? WordIds.Ids[at] : -1;
    }

    /// <summary>Index of the first word that ends after <paramref name="offset"/> (binary search; words are in text order).</summary>
    private static int FirstWordEndingAfter(ReadOnlySpan<NewsQuality.Text.Token> words, int offset)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (words[middle].Span.End <= offset) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>The words as name and title checks read them (<see cref="NewsQuality.Text.PersonMentions.Words(IReadOnlyList{NewsQuality.Text.Token}, string)"/>), found once.</summary>
    public IReadOnlyList<NewsQuality.Text.Token> NameWords => _nameWords ?? FindNameWords();

    /// <remarks>
    /// In an array from the shared pool, given back once the article's rules have run (<see cref="LetGoOfRuleProducts"/>):
    /// a copy of every article's words was 14 MB of a BBC check's 140 MB in its second pass.
    /// </remarks>
    private IReadOnlyList<NewsQuality.Text.Token> FindNameWords()
    {
        var words = WordSegment.AsSpan();
        var into = ArrayPool<NewsQuality.Text.Token>.Shared.Rent(words.Length);
        return _nameWords = new ArraySegment<NewsQuality.Text.Token>(into, 0, NewsQuality.Text.PersonMentions.WriteWords(words, Text, into));
    }

    /// <summary>The runs of name words (<see cref="NewsQuality.Text.PersonMentions"/>), found once: person mentions (NQ2002, NQ2003) and NQ2004's full names.</summary>
    public IReadOnlyList<NewsQuality.Text.NameRun> NameRuns => _nameRuns ??= NewsQuality.Text.PersonMentions.Runs(this);

    /// <summary>The values of <see cref="NameWords"/>, read in place (no array of them): person mentions (NQ2002, NQ2004) and NQ2003 match role phrases and country names over them.</summary>
    public IReadOnlyList<string> NameWordValues => _nameWordValues ??= new NewsQuality.Text.TokenValues(SegmentOf(NameWords));

    /// <summary>"See also" / "Read more" lines in the body, found once: five rules and the duplicate digests leave them out.</summary>
    public IReadOnlyList<NewsQuality.Text.LinkLine> LinkLines => _linkLines ??= NewsQuality.Text.LinkLines.Find(this);

    /// <summary>The lines of <see cref="LinkLines"/>, for "does this span overlap one?", made once: the duplicate digests, NQ3002 and NQ3003 each made their own.</summary>
    public SpanSet LinkLineSpans => _linkLineSpans ??= new SpanSet(LinkLineArray());

    private TextSpan[] LinkLineArray()
    {
        var lines = new TextSpan[LinkLines.Count];
        for (var i = 0; i < lines.Length; i++) lines[i] = LinkLines[i].Line;
        return lines;
    }

    /// <summary>The language the article is mostly written in, found once: rules that only make sense in English are skipped for others.</summary>
    public NewsQuality.Text.DetectedLanguage Language => _language ??= NewsQuality.Text.LanguageIdentifier.Identify(Text, () => WordIds);

    /// <summary>
    /// Site name and tagline lines above the headline, and that headline (see <see cref="NewsQuality.Text.Masthead"/>),
    /// found once: the reader, three rules and the duplicate digests all ask. A reader that already looked sets it.
    /// </summary>
    public (IReadOnlyList<TextSpan> Lines, TextSpan Headline) Masthead
    {
        get => _masthead ??= TitleFromRecord && TitleSpan.Length > 0 ? ([], default) : NewsQuality.Text.Masthead.Find(Text, NonBlankLines);
        init => _masthead = value;
    }

    /// <summary>
    /// The title is the record's own field (a JSON Lines or CSV <c>title</c>), written first in <see cref="Text"/>: nothing stands
    /// above it, so no masthead is looked for (a short title over a venue and a date, "Brentford v Southampton" / "Griffin Park",
    /// would look like one). A web page's title may be its site's name (a <c>&lt;title&gt;</c> without the headline), so the HTML
    /// reader does not say so.
    /// </summary>
    public bool TitleFromRecord { get; init; }

    /// <summary>The people the article names, by the gazetteer's names (see <see cref="NewsQuality.Text.PersonMentions"/>), found once per gazetteer.</summary>
    public IReadOnlyList<NewsQuality.Text.ArticlePerson> People(NewsQuality.Knowledge.Gazetteer gazetteer)
    {
        if (_people is { } found && ReferenceEquals(found.Gazetteer, gazetteer)) return found.People;
        var people = NewsQuality.Text.PersonMentions.Find(this, gazetteer);
        _people = (gazetteer, people);
        return people;
    }

    /// <summary>
    /// <see cref="NewsQuality.Text.BoilerplatePhrases.Kind"/> of the text of <paramref name="span"/>, found once per span:
    /// the duplicate digests (through <see cref="ContentLines"/>), NQ3002, NQ3003 and NQ4001 ask about the same lines, and
    /// the twelve whole-line patterns were a twentieth of a check's CPU. The patterns read the span in the text: a copy of
    /// every line asked about was 12 MB of a BBC check's first pass.
    /// </summary>
    /// <remarks>
    /// The answers are kept by line (the spans asked are lines, and paragraphs that are one line): an array beside
    /// <see cref="NonBlankLines"/> in place of a dictionary grown entry by entry, which every kept article carried into the second pass.
    /// </remarks>
    public string? BoilerplateKind(TextSpan span)
    {
        var line = IndexOfLine(NonBlankLines, span);
        if (line < 0)
        {
            _otherKinds ??= [];
            if (!_otherKinds.TryGetValue(span, out var kind)) _otherKinds[span] = kind = KindOf(span);
            return kind;
        }
        if (_lineKinds is null)
        {
            _lineKinds = new string?[NonBlankLines.Length];
            _lineKinds.AsSpan().Fill(Unasked);
        }
        ref var lineKind = ref _lineKinds[line];
        if (ReferenceEquals(lineKind, Unasked)) lineKind = KindOf(span);
        return lineKind;
    }

    /// <summary>No boilerplate kind is this string: it marks a line not asked about yet.</summary>
    private const string Unasked = "\0unasked";

    private string? KindOf(TextSpan span) => NewsQuality.Text.BoilerplatePhrases.Kind(Text.AsSpan(span.Start, span.Length));

    /// <summary>Where <paramref name="span"/> is among <paramref name="lines"/> (in text order, not overlapping), or −1 when it is none of them.</summary>
    private static int IndexOfLine(ReadOnlySpan<TextSpan> lines, TextSpan span)
    {
        int low = 0, high = lines.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var start = lines[middle].Start;
            if (start == span.Start) return lines[middle].Length == span.Length ? middle : -1;
            if (start < span.Start) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>The lines duplication is judged on (<see cref="NewsQuality.Similarity.ContentSpans"/>), found once: both duplicate digests read them.</summary>
    public SpanSet ContentLines => _contentLines ??= NewsQuality.Similarity.ContentSpans.Find(this);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// Lets go of what the rules asked of the article (its words and their numbers, name words and runs, people, lines and
    /// their answers) once its rules have run: the engine holds a checked article until its report is written, behind up to a
    /// block of articles checked ahead (and while the corpus rules still compare), and what they held was copied by the
    /// collections that fell meanwhile. Anything asked for afterwards is found again. What reports read stays: the text,
    /// the line map, the language and a masthead the reader set.
    /// </summary>
    internal void LetGoOfRuleProducts()
    {
        static void GiveBack<T>(IReadOnlyList<T>? pooled)
        {
            if (pooled is ArraySegment<T> { Array: { } array } segment) NewsQuality.Text.PooledArray.Return(array, segment.Count);
        }

        if (_wordEntries is var (entries, _)) NewsQuality.Text.PooledArray.Return(entries, _words!.Count);
        GiveBack(_words);
        GiveBack(_nameWords);
        GiveBack(_nameRuns);
        _wordIds?.LetGo();
        (_words, _wordEntries, _wordIds) = (null, null, null);
        (_nameWords, _nameWordValues, _nameRuns, _people) = (null, null, null, null);
        (_paragraphs, _nonBlankLines, _linkLines, _linkLineSpans, _lineKinds, _otherKinds, _contentLines) = (null, null, null, null, null, null, null);
    }
}
