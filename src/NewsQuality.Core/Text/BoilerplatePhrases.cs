using System.Text.RegularExpressions;

namespace NewsQuality.Text;

/// <summary>
/// Whole lines that site templates put around articles (comment forms, navigation, share and subscribe prompts,
/// cookie notices, copyright lines), each with the kind of chrome it is. A line must match entirely, so article
/// sentences that merely mention cookies or comments are left alone.
/// </summary>
public static class BoilerplatePhrases
{
    private static readonly (string Kind, Regex Pattern)[] Catalogue =
    [
        ("comment form", Line(@"leave a (reply|comment)|post a comment|add (a|your) comment|\d* ?comments?|no comments( yet)?|comments are closed|join the (conversation|discussion)|cancel reply")),
        ("comment form", Line(@"your email address will not be published\.?( required fields are marked \*?)?|required fields are marked \*?|(name|email|website|comment) ?\*?|save my name, email,? and website in this browser for the next time i comment\.?|post comment|submit comment")),
        ("navigation", Line(@"back to top|scroll to top|skip to (main )?content|post navigation|previous (post|article|story)|next (post|article|story)|(home|main) ?(page)?|menu|search( for)?:?|you are here:?.*|related (posts|articles)|more stories|trending( now)?|most (read|popular)|advertisement|sponsored( content)?")),
        ("share prompt", Line(@"share( this)?( (article|story|post|page))?:?|share on (facebook|twitter|x|linkedin|whatsapp)|(tweet|pin it|email|print)( this)?( (article|story|page))?|follow us( on \w+)?:?.*|like us on facebook")),
        ("subscription prompt", Line(@"(subscribe|sign up)( now| today)?( to| for)? (our|the) (newsletter|daily briefing|updates).*|subscribe( now)?|get (our|the) newsletter.*|never miss a story.*")),
        ("cookie notice", Line(@"(this (site|website) uses|we use) cookies.*|accept( all)? cookies|cookie (policy|settings|preferences)|manage (cookies|consent)")),
        ("copyright line", Line(@"(copyright|©|\(c\)).{0,80}|all rights reserved\.?|.{0,60}all rights reserved\.?|privacy policy|terms (of use|and conditions)|contact us|about us")),
        ("byline furniture", Line(@"posted (in|on|by) .{0,60}|filed under:? .{0,60}|tags?:.{0,120}|categories?:.{0,80}")),
    ];

    private static Regex Line(string alternatives) =>
        new(@"^\s*(?:" + alternatives + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The kind of chrome this whole line is, or null when it is not catalogued boilerplate.</summary>
    public static string? Kind(string line)
    {
        foreach (var (kind, pattern) in Catalogue)
            if (pattern.IsMatch(line)) return kind;
        return null;
    }
}
