namespace NewsQuality.Model;

/// <summary>
/// What main-content extraction recognised around a web page's article and kept out of its text: the headline as the
/// page prints it, bylines, datelines and picture captions; and the body lines the page marks up as subheadings or as the items
/// of a list.
/// </summary>
public sealed record PageMetadata(
    IReadOnlyList<string> Headlines,
    IReadOnlyList<string> Bylines,
    IReadOnlyList<string> Datelines,
    IReadOnlyList<string> Captions,
    IReadOnlyList<TextSpan> Subheadings,
    IReadOnlyList<TextSpan> ListItems);
