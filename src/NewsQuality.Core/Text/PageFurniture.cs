using System.Text.RegularExpressions;

namespace NewsQuality.Text;

/// <summary>
/// Lines a news page carries besides its story text, that come from other fields of the publishing system than the body and
/// so follow their own typography and vocabulary: photo credits and captions, bylines, labelled notes, date lines, and
/// embedded social-media posts with their attribution line. One vocabulary for plain text and web pages: rules that judge
/// body lines (stray headings, quote style, mastheads) leave these lines alone, and the HTML extractor keeps them as the
/// page's metadata rather than its body.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>Bylines, datelines and captions are short; a longer line is a paragraph whatever it opens with.</summary>
    public const int MaxWords = 25;

    /// <summary>A caption that places the people in its picture ("Jane Doe (left) and …") runs longer than a credit.</summary>
    public const int MaxPlacingCaptionWords = 50;

    /// <summary>A labelled note or credit ("Credit: PA Images", "Warning: explicit language in video below").</summary>
    public static bool IsLabelledNote(string line) => LabelledLine().IsMatch(line);

    /// <summary>
    /// A photo credit or caption ("CreditIsaac Brekken for The New York Times", "Michael Buckner/Getty Images",
    /// "Jane Doe / Flickr", "Imgur | floridali", "Image caption …", "Photo by …", "Senator Jane Doe (right) looks on as …",
    /// "featured image: Jane Doe via Unsplash", "Courtesy of Example Outpost").
    /// </summary>
    public static bool IsPhotoCredit(string line)
    {
        var words = WordCount(line);
        if (words > MaxPlacingCaptionWords) return false;
        return PhotoCredit().IsMatch(line) || PlacesPeople().IsMatch(line) || words <= MaxWords && CaptionWording().IsMatch(line);
    }

    /// <summary>
    /// A byline ("By Jane Doe", "Words by …"): short and opening with its label; or wire copy's credit line, which names everyone
    /// who worked on the story ("Additional reporting by Jane Doe in Singapore; Editing by John Roe and Ann Poe").
    /// </summary>
    public static bool IsByline(string line)
    {
        var words = WordCount(line);
        return words <= 12 && BylineWording().IsMatch(line) || words <= MaxWords && WireCredit().IsMatch(line);
    }

    /// <summary>
    /// A date line: one that opens with a date ("Fri, June 24, 2016", "4 October 2016") or is one without its year ("Tuesday, 1
    /// March" under a fixture's teams), or a short line that is a date or time and little else ("Published Nov 18, 2019 at 4:07
    /// PM", "Updated 2 hours ago", "Last updated: 14:05 GMT").
    /// </summary>
    public static bool IsDateLine(string line)
    {
        if (DateLine().IsMatch(line)) return true;
        if (WordCount(line) > MaxWords || DateWording().Match(line) is not { Success: true } date) return false;
        // A timestamp: the date among the words of one ("Posted on", "at 4:07 PM ET"), or after such a label with a few other
        // words beside it ("News date : 04/21/2022 Category : Press Releases"). "Correction - 25 November 2015" is a heading.
        static string Bare(string w) => w.Trim(',', '.', ':', '|', '-', '–', '(', ')').ToLowerInvariant();
        var before = line[..date.Index].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Bare).Where(w => w.Length > 0).ToList();
        var rest = line.Remove(date.Index, date.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Bare).Where(w => w.Any(char.IsLetter)).ToList();
        if (rest.All(TimestampWords.Contains)) return true;
        var labelled = date.Groups["label"].Success || before.Count > 0 && TimestampWords.Contains(before[^1]);
        return labelled && rest.Count <= 6 && !line.Contains(". ", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> TimestampWords = new(StringComparer.Ordinal)
    {
        "published", "updated", "posted", "last", "modified", "first", "on", "at", "date", "time", "release", "released", "am", "pm",
        "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "cest", "ist", "aest",
        "today", "yesterday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// A publisher's disclosure or disclaimer about the page rather than the story: affiliate and advertising notes ("We may
    /// receive compensation when you click on links…", "The advertising disclaimer below does not apply…") and advice
    /// disclaimers ("… does not offer medical advice"), and a publisher's disclaimer of its contributors' opinions ("… is not
    /// responsible for the opinions … presented by contributors", "The views expressed in this article are the author's own…").
    /// A line or two, not a paragraph that reports on such a note.
    /// </summary>
    public static bool IsDisclosure(string line) => WordCount(line) <= MaxDisclosureWords && DisclosureWording().IsMatch(line);

    /// <summary>
    /// A publisher's note to the reader about the publication rather than the story: an appeal for money or membership
    /// ("If you value independent reporting, become a paying member…", "Will you make a gift today?", "we have a small favour
    /// to ask") and a print-edition note ("A version of this article appears in print on …"). Extractor-only, as disclosures
    /// are: in plain text such a line is left to NQ4001's own catalogue.
    /// </summary>
    public static bool IsPublisherNote(string line) => WordCount(line) <= MaxDisclosureWords && PublisherNote().IsMatch(line);

    /// <summary>A disclosure is a line or two; a longer block is a paragraph that happens to use the words.</summary>
    private const int MaxDisclosureWords = 60;

    /// <summary>
    /// An author's note at the foot of a story ("Sam Example is a staff reporter at the Island Post who covers transport."): a
    /// named person who is a reporter, writer, editor or the like. Only the extractor asks, and only of the body's last lines,
    /// since in the middle of a story such a sentence introduces a source.
    /// </summary>
    public static bool IsAuthorNote(string line) => WordCount(line) <= MaxDisclosureWords && AuthorNote().IsMatch(line);

    /// <summary>A source credit that is the source's web address and nothing else ("BVINEWS.COM" under a reprinted story).</summary>
    public static bool IsSourceAddress(string line) => SourceAddress().IsMatch(line);

    /// <summary>The attribution line of an embedded post ("— Jane Doe (@janedoe) August 14, 2017"), or a line linking one.</summary>
    public static bool IsPostAttribution(string line) => line.Contains("(@", StringComparison.Ordinal) || line.Contains("pic.twitter.com", StringComparison.Ordinal);

    /// <summary>
    /// The attribution of a quotation, after a dash: alone on its line under the quote ("—Adalyn, age 5", "— Dev Update #12") or
    /// closing a quoted line ("\"There's something happening here.\" — Buffalo Springfield, 1967"). A few words naming a source and no
    /// sentence: a dialogue dash opens one ("– Kremlin spokesman Dmitry Peskov said, … that tensions …").
    /// </summary>
    public static bool IsQuoteAttribution(string line) => QuoteAttribution().IsMatch(line);

    /// <summary>Any of the above.</summary>
    public static bool Is(string line) =>
        IsLabelledNote(line) || IsPhotoCredit(line) || IsDateLine(line) || IsPostAttribution(line) || IsQuoteAttribution(line) || ReadingTime().IsMatch(line);

    /// <summary>A page's estimate of the time the story takes: "5 min read", "4 minute listen", "Reading time: 4 minutes".</summary>
    [GeneratedRegex(@"^\s*((est(imated)?\.?\s+)?(reading|read) time:?\s*(about\s+)?\d+\s*(min(ute)?s?)\.?|\d+\s*(-\s*)?(min(ute)?s?|mins?)\.?\s+(read|listen|watch)\.?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(Credits?|Photos?|Images?|Pictures?|Video|(Now )?Watch|Warning|Sources?|Caption|(Editor['’]s )?Note|Update[d]?|Correction|Graphic|Illustration|Audio|Listen)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^Credit|\bGetty Images\b|^\(?(AP |AFP |Reuters )?Photos?\b|/(AP|AFP|Reuters|Getty)\b|\((AP |AFP |Reuters )?(Photo|Image|Picture)\b[^()]*\)$|^[^.!?/]{1,40}\s/\s\w[\w ]{0,30}$|^(Imgur|Flickr|Getty Images|Shutterstock|iStock|Pixabay|Unsplash|Wikimedia Commons|Instagram)\s[|/]\s")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(Image|Photo|Picture|Video)\s*(caption|source|credit|copyright)\b|^(Photo|Photograph|Picture|Image|Illustration|Credit)s?\s*(:|by\b)|(/|\()\s*(Getty Images|AFP|AP Photo|Reuters|Shutterstock|EPA|PA Media|iStock)[^.]{0,40}$|\bphoto credit\b|^((Featured|Header|Cover|Lead|Top) )?(image|photo|picture)s?\s*:|\bvia (Unsplash|Pixabay|Flickr|Pexels|Shutterstock|iStock|Getty Images|Wikimedia Commons)\s*$|^(Photo |Image )?Courtesy (of )?(?-i:\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionWording();

    /// <summary>Where a person stands in the picture, in brackets: only captions say "(left)" or "(second from right)".</summary>
    [GeneratedRegex(@"\((left|right|centre|center|(second|third) (from )?(left|right)|(front|back) row|seated|standing|foreground|background|inset|top|bottom)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacesPeople();

    [GeneratedRegex(@"\b(we|I|[Tt]he site|[Tt]his site) (may )?(receive|earn|get|make) (a )?(small )?(compensation|commissions?)\b|\badvertis(er|ing) (disclosure|disclaimer)\b|\baffiliate (links?|commissions?|disclosure)\b|\bdoes not (offer|provide|give) (medical|legal|financial|tax) advice\b|\bis not responsible for the (opinions|views|content|statements)\b|\b(is|are) (solely )?the (opinions?|views?) of the (authors?|writers?)\b|\b(views|opinions)( and opinions)? expressed (in this (article|column|piece|post|story)|here(in)?|by (the )?(authors?|contributors?|writers?|columnists?))\b[^.]{0,60}\b(are (solely )?(those of|the author|their own)|do not|don['’]t)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DisclosureWording();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]+\s){1,3}((is|was|has been)\s(a|an|the)\s[^.]{0,80}?\b(reporter|writer|journalist|editor|correspondent|columnist|contributor|author|freelancer|blogger|photographer)s?\b|(covers|writes about|reports on)\s[^.]{1,80}\b(for|at)\s(the\s)?\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorNote();

    [GeneratedRegex(@"\b(become|becoming) a (paying|paid|supporting|founding) (member|subscriber|supporter)\b|\bmake a (gift|donation|contribution)( today| now)?\b[^.]{0,40}\?|\bwe have a small favou?r to ask\b|\b(if you (value|like|enjoy|appreciate) (our|this|independent|what we)|readers like you)\b[^.]{0,80}\b(donat\w*|support|contribut\w*|member\w*|gift)\b|^a version of this (article|story|review|column|essay) (appears|appeared) in print\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublisherNote();

    [GeneratedRegex(@"^(Source:\s*)?(https?://)?(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(com|net|org|info|news|co|gov|edu|[a-z]{2}|[A-Z]{2,4})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAddress();

    /// <summary>An optional quotation, a dash, then at most forty characters without sentence punctuation or another dash.</summary>
    [GeneratedRegex(@"^([""“][^""“”]+[""”]\s*)?[—–―]\s*[^\s.!?—–―][^.!?—–―]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteAttribution();

    [GeneratedRegex(@"^(By|BY|Written by|Words by|Reporting by)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWording();

    [GeneratedRegex(@"^(?i:(additional|further|contributing) )?(?i:reporting|writing|editing|edited|compiled|research|graphics) by\s+\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.)*$", RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}|\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*)(,?\s+\d{4}\b|\s*$)")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<label>(Published|Updated|Posted|Last updated|Modified)\b.{0,12})?(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\b\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d+\s+(minutes?|hours?|days?)\s+ago\b|(?(label)\b\d{1,2}[:.]\d{2}\b|(?!)))(\s*(at|,|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*([A-Z]{2,4})?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateWording();
}
