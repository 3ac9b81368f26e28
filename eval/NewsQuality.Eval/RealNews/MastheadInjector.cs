using NewsQuality.Eval.Translation;
using NewsQuality.Input;
using NewsQuality.Model;
using NewsQuality.Text;

namespace NewsQuality.Eval.RealNews;

/// <summary>
/// A scraped site's masthead above the headline, as a text file of a copied page carries it (the seed's "DealMakerz" /
/// "Complete British News World"): a site name, then one or two of a tagline (short as the seed's or a sentence-long slogan),
/// the day's date and a breadcrumb trail. The names, slogans and trails are written for this planting. The article is read
/// as the plain-text reader reads a file (the headline under a masthead it finds is the title; else the first line).
/// </summary>
public sealed class MastheadInjector : IErrorInjector
{
    private static readonly string[] Sites =
    [
        "DealMakerz", "NewsHub24", "The Daily Ledger", "GlobeWire Today", "Trending Pulse", "WorldNewsNow", "The Morning Brief",
        "Headline Hive", "Metro Reporter Online", "NEWSFLASH DAILY",
    ];

    private static readonly string[] Taglines =
    [
        "Complete British News World", "Breaking News and Analysis", "Your trusted source for news from around the world",
        "Latest News, Breaking News and Today's Headlines", "News that matters, every day", "Independent journalism since 2009",
        "Politics, business, sport and entertainment",
    ];

    private static readonly string[] Trails = ["Home » World » Europe", "Home / News / Politics", "News > US > Politics", "Home » Business"];

    private static readonly string[] Dates = ["Tuesday, December 7, 2021", "Monday 14 March 2022", "Sat, Oct 21, 2017", "April 3, 2018"];

    public string RuleId => "NQ4002";
    public string Description => "a site's masthead above the headline";

    public Injection? Inject(Article host, Random random, IReadOnlyList<Article> donors)
    {
        if (host.TitleSpan.Start != 0 || host.TitleSpan.Length == 0) return null;
        var extras = new List<string>();
        switch (random.Next(4))
        {
            case 0: extras.Add(Taglines[random.Next(Taglines.Length)]); break;
            case 1: extras.Add(Dates[random.Next(Dates.Length)]); extras.Add(Taglines[random.Next(Taglines.Length)]); break;
            case 2: extras.Add(Trails[random.Next(Trails.Length)]); break;
            default: extras.Add(Taglines[random.Next(Taglines.Length)]); extras.Add(Trails[random.Next(Trails.Length)]); break;
        }
        var masthead = string.Join("\n\n", extras.Prepend(Sites[random.Next(Sites.Length)]));
        var text = masthead + "\n\n" + host.Text;
        var lines = TextBlocks.NonBlankLineArray(text);
        var found = Masthead.Find(text, lines);
        var title = found.Lines.Count > 0 ? found.Headline : lines[0];
        var article = new Article(host.Id + "+masthead", host.Origin, text, title) { Source = host.Source, Published = host.Published, Masthead = found };
        return new Injection(article, new TextSpan(0, masthead.Length));
    }
}
