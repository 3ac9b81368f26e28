using System.Text.RegularExpressions;

namespace NewsQuality.Text;

/// <summary>
/// Whole lines that site templates put around articles (comment forms, navigation, share and subscribe prompts,
/// cookie notices, copyright lines), each with the kind of chrome it is. A line must match entirely, so article
/// sentences that merely mention cookies or comments are left alone.
/// </summary>
public static partial class BoilerplatePhrases
{
    private static readonly (string Kind, Regex Pattern)[] Catalogue =
    [
        ("comment form", CommentForm()),
        ("comment form", CommentFields()),
        ("navigation", Navigation()),
        ("share prompt", SharePrompt()),
        ("subscription prompt", SubscriptionPrompt()),
        ("subscription prompt", CallToAction()),
        ("app prompt", AppPrompt()),
        ("paywall note", PaywallNote()),
        ("comment invitation", CommentInvitation()),
        ("cookie notice", CookieNotice()),
        ("copyright line", CopyrightLine()),
        ("byline furniture", BylineFurniture()),
        ("media player or form widget", PlayerAndWidgetText()),
        ("advertising or reading widget label", WidgetLabel()),
    ];

    // The two patterns that open alternatives with ".{0,120}\b…" are the costly ones on a paragraph: they try every start
    // length. Every alternative of theirs is bounded, so a line whose text between its outer white space is longer than the
    // longest alternative cannot match: the paywall note's longest is 120 + "you're already a subscriber" + 200 = 347 characters,
    // the copyright line's 160 + "must not be redistributed in whole redistributed" + 160 = 368 (rounded up; half of BBC's
    // lines are longer). The widget labels are all short, and starting letters they share with most sentences would send
    // nearly every paragraph to them: bounded too. The others fail at a line's first words or have unbounded parts (.*, \w+, \d*).
    private static readonly int[] MaxLengths = Catalogue
        .Select(entry => entry.Pattern == PaywallNote() ? 360 : entry.Pattern == CopyrightLine() ? 380 : entry.Pattern == WidgetLabel() ? WidgetLabelMaxLength : int.MaxValue)
        .ToArray();

    /// <summary>The widget labels' longest alternative: "contact the reporter at " and an 80-character address, rounded up; a paragraph is longer.</summary>
    private const int WidgetLabelMaxLength = 110;

    // The same four patterns' alternatives each need one of a few words somewhere in the line (any case: the patterns ignore
    // case, and an ordinal search that ignores case takes every case variant the patterns take, the long s of "ſubscribe"
    // included). A line with none of them cannot match, and is searched for those words (vectorised) instead of being tried
    // at every start length. Call to action: "subscribe", "sign up", "log in", "sign in" (first), "sign(ing) up" /
    // "subscrib…" (second), "miss" (third), "want to" (fourth). App prompt: "app" in both. Paywall note: "story" or
    // "article" (first), "already" (second and third), "access" (fourth). Copyright line: "copyright", "©", "(c)",
    // "rights" (twice), "not be", "privacy", "terms", "contact", "about". The words are ASCII, so the search runs on the
    // vectorised ASCII path (a "©" among them made it a character-at-a-time Unicode search): "©" is looked for on its own.
    private static readonly System.Buffers.SearchValues<string>?[] Needs = Catalogue
        .Select(entry => entry.Pattern == CallToAction() ? Words("subscrib", "sign", "log", "miss", "want")
            : entry.Pattern == AppPrompt() ? Words("app")
            : entry.Pattern == PaywallNote() ? Words("story", "article", "already", "access")
            : entry.Pattern == CopyrightLine() ? Words("copyright", "(c)", "rights", "not be", "privacy", "terms", "contact", "about")
            : null).ToArray();

    private static readonly bool[] OrCopyrightSign = Catalogue.Select(entry => entry.Pattern == CopyrightLine()).ToArray();

    // The other eight patterns are asked of every line that reaches them, and a match that fails at a line's first word
    // still costs a regex call (about a thousand instructions, most of it the call). Each alternative of theirs starts, after
    // the "^\s*", with a letter or a digit (\d) of a few: the first letters below (a digit is "0"). A line whose first
    // character other than white space is ASCII and none of them cannot match: ignoring case, an ASCII character matches
    // only its own two cases (the Kelvin sign and the long s are other characters), a letter or a digit class matches no
    // white space, and ASCII white space is exactly the class \s's. A line that starts with any other character is tried.
    // BoilerplatePhrasesTests derives these sets from the patterns' text.
    internal static readonly uint[] FirstCharacters = Catalogue
        .Select(entry => entry.Pattern == CommentForm() ? Letters("lpancjy0")
            : entry.Pattern == CommentFields() ? Letters("yrnewcsp")
            : entry.Pattern == Navigation() ? Letters("bspnhmyrtawl")
            : entry.Pattern == SharePrompt() ? Letters("stpejflc")
            : entry.Pattern == SubscriptionPrompt() ? Letters("sgnotdwfemcb")
            : entry.Pattern == CommentInvitation() ? Letters("wtlhsg")
            : entry.Pattern == CookieNotice() ? Letters("twacm")
            : entry.Pattern == BylineFurniture() ? Letters("pftc")
            : entry.Pattern == PlayerAndWidgetText() ? Letters("tnbelpcdrsmuyif")
            : entry.Pattern == WidgetLabel() ? Letters("saprbimvethcwljo")
            : AnyCharacter).ToArray();

    private const uint AnyCharacter = uint.MaxValue;

    private static uint Letters(string firsts)
    {
        var set = 0u;
        foreach (var c in firsts) set |= CharacterBit(c);
        return set;
    }

    /// <summary>The bit of the first character other than white space: one per ASCII letter (either case), one for the ASCII digits, one for any other ASCII character; all bits for the rest.</summary>
    internal static uint CharacterBit(char c) => c switch
    {
        >= 'a' and <= 'z' => 1u << (c - 'a'),
        >= 'A' and <= 'Z' => 1u << (c - 'A'),
        >= '0' and <= '9' => 1u << 26,
        < (char)0x80 => 1u << 27,
        _ => AnyCharacter,
    };

    private static System.Buffers.SearchValues<string> Words(params string[] words) => System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    // Source-generated (compiled into the assembly, so ready-to-run code) rather than RegexOptions.Compiled, which emitted
    // and JIT-compiled these twelve patterns on every start: about half a second of CPU before the first line was matched.
    private const string Whole = @"^\s*(?:";
    private const string End = @")\s*$";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// Words before a prompt within its line, none of them a quotation mark: a news sentence that quotes a prompt ("Visitors see a
    /// pop-up reading \"Subscribe to our newsletter\" after two articles") reports it, a template's line is it.
    /// </summary>
    private const string Unquoted = @"[^""“”]";

    [GeneratedRegex(Whole + @"leave a (reply|comment)( cancel reply)?|post a comment|add (a|your) comment|\d* ?comments?|no comments( yet)?|comments are closed\.?|you must be (logged|signed) in to (post|leave) a comment\.?|join the (conversation|discussion)|cancel reply" + End, Options)]
    private static partial Regex CommentForm();

    [GeneratedRegex(Whole + @"your email address will not be published\.?( required fields are marked \*?)?|required fields are marked \*?|(name|email|website|comment) ?\*?|save my name, email,? and website in this browser for the next time i comment\.?|post comment|submit comment" + End, Options)]
    private static partial Regex CommentFields();

    [GeneratedRegex(Whole + @"back to top|scroll to top|skip to (main )?content|post navigation|(proudly )?powered by (wordpress|wp|blogger|ghost|drupal|joomla|squarespace|wix|tumblr)\b.{0,80}|(wordpress )?theme( designed)? by \S.{0,60}|previous (post|article|story)|next (post|article|story)|(home|main) ?(page)?|menu|search( for)?:?|you are here:?.*|related (posts|articles|topics)|more stories|more from this (section|site)|trending( now)?|most (read|popular)|(skip )?advertisement|sponsored( content)?|promoted (stories|content|links)|around the web|loading( ?\.\.\.|…)?|report an error|report a correction" + End, Options)]
    private static partial Regex Navigation();

    [GeneratedRegex(Whole + @"share( this)?( (article|story|post|page))?:?|share on (facebook|twitter|x|linkedin|whatsapp)|(tweet|pin it|email|print)( this)?( (article|story|page|recipe))?|(print|save|jump to) recipe|follow us( on \w+)?:?.*|follow [^.!?]{1,60} on (twitter|facebook|instagram|linkedin|youtube|tiktok)\b.{0,200}|like us on facebook|like this:?|click to (share|email|print)( this)?( on [\w+ ]{1,30})?( \(opens in new window\))?" + End, Options)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(Whole + @"(subscribe|sign up)( now| today)?( to| for)? (our|the) (newsletter|daily briefing|updates).*|subscribe( now)?|click here to subscribe\.?|get (our|the) newsletter.*|get (the latest|the top|our top|the day['’]s top) (news|stories|headlines)\b.{0,40}\bdelivered\b.{0,60}|support (our|independent|quality) journalism\b.{0,80}|become a (member|subscriber|supporter)\b.{0,80}|never miss a story.*|((our|the|daily|weekly|free|email|morning|evening) )*newsletters?:?" + End, Options)]
    private static partial Regex SubscriptionPrompt();

    // Calls to action a template puts between the paragraphs: they address the reader ("you", an imperative) and name
    // what the site sells (a newsletter, an app, an edition, access to the full story). A news sentence about
    // subscribers or apps has a third-person subject and matches none of these.
    [GeneratedRegex(Whole + @"(please |simply )?(subscribe|sign up|log ?in|sign in)( now| today| here)?( (to|for|with)\b.{0,200}|[.!]?)|" + Unquoted + @"{0,80}\b(sign(ing)? up|subscrib\w*) (to|for) (our|the [\w.-]+) ([\w-]+ )?(newsletters?|e-?editions?|edition)\b.{0,200}|(never|don['’]t) miss (a|the|another|out)\b.{0,200}|(do you )?want to (be (informed|updated|kept up to date)|stay (informed|up to date)|get (the latest|more))\b.{0,200}" + End, Options)]
    private static partial Regex CallToAction();

    [GeneratedRegex(Whole + @"((for|to get) (the |all the )?(latest|more|breaking)\b[^.]{0,80}?\s)?(download|get) (our|the [\w.-]+) (\w+ )?apps?\b.{0,120}|" + Unquoted + @"{0,120}\bour (\w+ )?apps? (for|on) (ios|android|iphone|the app store|google play)\b.{0,120}" + End, Options)]
    private static partial Regex AppPrompt();

    [GeneratedRegex(Whole + @"(to (view|read|continue reading|access) (the|this) (full|whole|rest of the|entire) (story|article)).{0,200}|" + Unquoted + @"{0,120}\byou['’]re already a (subscriber|member)\b.{0,200}|" + Unquoted + @"{0,120}\b(already a subscriber|already have an account)\?.{0,120}|(get |enjoy )?(instant|unlimited|immediate) (digital )?access to (the|this|all|our) .{0,100}" + End, Options)]
    private static partial Regex PaywallNote();

    [GeneratedRegex(Whole + @"(we (want|would love|['’]d love) to hear|tell us|let us know) what you think\b.{0,200}|we (want|would love|['’]d love) to hear from you\b.{0,200}|(got|have) a (news )?tip\?.{0,80}|have your say\b.{0,120}|(submit|send) (us )?(your|a) (letter|comment|news tip|tip|story)s?\b.{0,120}" + End, Options)]
    private static partial Regex CommentInvitation();

    [GeneratedRegex(Whole + @"(this (site|website) uses|we use) cookies.*|accept( all)? cookies|cookie (policy|settings|preferences)|manage (cookies|consent)" + End, Options)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(Whole + @"(copyright|©|\(c\)).{0,80}|all rights reserved\.?|.{0,60}all rights reserved\.?|.{0,160}\b(may|must) not be (re)?(published|reproduced|copied|distributed)(,| or| in whole)\s?(broadcast|rewritten|redistributed|transmitted|stored|in part|or)\b.{0,160}|privacy policy|terms (of use|and conditions)|contact us|about us" + End, Options)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(Whole + @"posted (in|on|by) .{0,60}|filed under:? .{0,60}|tags?:.{0,120}|topics?:.{0,120}|categories?:.{0,80}" + End, Options)]
    private static partial Regex BylineFurniture();

    /// <summary>
    /// The fixed text of widgets that scraping copies out of a page: the accessibility labels of web video players (video.js's
    /// "This is a modal window.", "Loaded: 0%", "Remaining Time -0:00", "No compatible source was found for this media."), a
    /// browser's note for an unsupported player, and the reCAPTCHA badge under a form ("Protected by reCAPTCHA", "Privacy -
    /// Terms"). Found on pages of eleven sites of the crawl, in words no article writes as a line of its own.
    /// </summary>
    [GeneratedRegex(Whole + @"this is a modal window\.?|modal trigger|no compatible source was found for this (video|media)\.?|the media could not be loaded\b.{0,120}|beginning of dialog window\..{0,120}|end of dialog window\.?|(loaded|progress):? \d+(\.\d+)?\s?%|(current time|duration|remaining time):? -?\d+:\d\d( / \d+:\d\d)?|stream type:? live|play video|playback rate|(non-)?fullscreen|(tap to |click to )?(un)?mute|captions settings?,? opens captions settings dialog|(captions|subtitles|descriptions) off,? selected|unable to play video\b.{0,80}|(sorry,? )?your browser does not support (the )?(video|audio|html5 video)\b.{0,80}|protected by recaptcha\b.{0,60}|recaptcha requires verification\.?|privacy\s?-\s?terms|i['’]m not a robot" + End, Options)]
    private static partial Regex PlayerAndWidgetText();

    /// <summary>
    /// The labels news sites print between a story's paragraphs around their advertising and reading widgets: ad slots ("Story
    /// continues below advertisement", "Advertisement - Continue Reading Below", "Ad Feedback", "Paid Post", "Supported by"),
    /// image and video viewers ("Media playback is unsupported on your device", "View image in fullscreen", "Enlarge this image",
    /// "toggle caption", "Image 1 of 12", "Skip in Skip x Embed x Share"), and reading tools ("Listen to this article",
    /// "Continue reading the main story", "Jump to", "Copy link", "Open in app", "Contact the author at …"). Found by putting
    /// the lines of large news sites' templates between two sentences of a story: NQ3002 took each for another story's heading.
    /// </summary>
    [GeneratedRegex(Whole + @"story continues (below|after) (this )?(advertisement|ad)|advertisement( ?[-–—:] ?| )continue reading below|ad feedback|paid (post|content)|(supported|presented|brought to you|sponsored) by( [^.!?]{1,40})?|in partnership with( [^.!?]{1,40})?|media playback is (unsupported|not supported) on your device|view (image|photo|gallery) in full ?screen|enlarge (this )?(image|photo)|(toggle|hide|show) caption|(image|photo|slide) \d+ of \d+|click to (expand|enlarge)|watch queue|skip in skip x embed x share|(show|see|load) (more|less)|listen to (this|the) (article|story)( \d+ min(utes?)?)?|continue reading( the main story)?|read (the )?full (article|story)|jump to|table of contents|open in (the )?app|view( all)? comments|copy link|link copied|(contact|email) (the )?(author|reporter|writer)( at \S{1,80})?" + End, Options)]
    private static partial Regex WidgetLabel();

    /// <summary>The patterns, in the order they are tried (for tests).</summary>
    internal static IReadOnlyList<Regex> Patterns => Catalogue.Select(entry => entry.Pattern).ToArray();

    /// <summary>The kind of chrome this whole line is, or null when it is not catalogued boilerplate.</summary>
    public static string? Kind(ReadOnlySpan<char> line)
    {
        if (LookAlikeLetters.Disguise(line)) return "text in look-alike letters";
        // What the patterns' "^\s*" and "\s*$" leave: char.IsWhiteSpace is the class \s.
        var trimmed = line.Trim();
        var length = trimmed.Length;
        var first = length == 0 ? AnyCharacter : CharacterBit(trimmed[0]);
        for (var i = 0; i < Catalogue.Length; i++)
            if ((FirstCharacters[i] & first) != 0 && length <= MaxLengths[i]
                && (Needs[i] is not { } needs || line.ContainsAny(needs) || OrCopyrightSign[i] && line.Contains('©'))
                && Catalogue[i].Pattern.IsMatch(line))
                return Catalogue[i].Kind;
        return null;
    }
}
