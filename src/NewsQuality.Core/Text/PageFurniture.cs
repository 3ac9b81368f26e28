using System.Text.RegularExpressions;

namespace NewsQuality.Text;

/// <summary>
/// Lines a news page carries besides its story text, that come from other fields of the publishing system than the body and
/// so follow their own typography and vocabulary: photo credits and captions, labelled notes, date lines, and embedded
/// social-media posts with their attribution line. Rules that judge body lines (stray headings, quote style, mastheads) leave them alone.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>A labelled note or credit ("Credit: PA Images", "Warning: explicit language in video below").</summary>
    public static bool IsLabelledNote(string line) => LabelledLine().IsMatch(line);

    /// <summary>A photo credit or caption credit ("CreditIsaac Brekken for The New York Times", "Michael Buckner/Getty Images", "Jane Doe / Flickr",
    /// a caption ending "(AP Photo/Alex Brandon)").</summary>
    public static bool IsPhotoCredit(string line) => PhotoCredit().IsMatch(line);

    /// <summary>A line that is a date ("Fri, June 24, 2016", "4 October 2016").</summary>
    public static bool IsDateLine(string line) => DateLine().IsMatch(line);

    /// <summary>The attribution line of an embedded post ("— Jane Doe (@janedoe) August 14, 2017"), or a line linking one.</summary>
    public static bool IsPostAttribution(string line) => line.Contains("(@", StringComparison.Ordinal) || line.Contains("pic.twitter.com", StringComparison.Ordinal);

    /// <summary>Any of the above.</summary>
    public static bool Is(string line) => IsLabelledNote(line) || IsPhotoCredit(line) || IsDateLine(line) || IsPostAttribution(line);

    [GeneratedRegex(@"^(Credits?|Photos?|Images?|Pictures?|Video|(Now )?Watch|Warning|Sources?|Caption|(Editor['’]s )?Note|Update[d]?|Correction|Graphic|Illustration|Audio|Listen)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^Credit|\bGetty Images\b|^\(?(AP |AFP |Reuters )?Photos?\b|/(AP|AFP|Reuters|Getty)\b|\((AP |AFP |Reuters )?Photo\b[^()]*\)$|^[^.!?/]{1,40}\s/\s\w[\w ]{0,30}$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}|\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*),?\s+\d{4}\b")]
    private static partial Regex DateLine();
}
