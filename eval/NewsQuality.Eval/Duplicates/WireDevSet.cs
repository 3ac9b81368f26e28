using NewsQuality.Model;

namespace NewsQuality.Eval.Duplicates;

/// <summary>
/// A generated newswire dev set for NQ1001, modelled on 1980s agency copy (capitalised headlines, "Qtly div … / Pay … /
/// Record …" notices, datelines, the closing "Reuter"), written from templates in this project's own words with made-up
/// companies, people and figures. Each template family yields many stories that share their wording and differ in
/// company, figures and dates: the hard negatives. Each story may be retransmitted (a header marker added or changed),
/// corrected (one figure changed, a correction note) or, for the longer stories, rewritten (lead reworded, a sentence
/// dropped, one added): the positives. Families are split between a tune part and a held-out part, so held-out
/// figures come from templates the rule was never adjusted on.
/// </summary>
public static class WireDevSet
{
    public enum Kind { Original, Retransmission, Correction, Rewrite }

    /// <summary>One generated item: the article, its story (same number = same event) and template family, and how it was made.</summary>
    public sealed record Item(Article Article, int Story, string Family, Kind Kind);

    private delegate Story Template(Random random, Names names);

    /// <summary>A story as text: its headline and body paragraphs; long stories can be rewritten.</summary>
    private sealed record Story(string Headline, IReadOnlyList<string> Body, bool Long);

    private static readonly (string Name, Template Make, bool HeldOut)[] Families =
    [
        ("dividend notice", Dividend, false),
        ("quarterly earnings table", Earnings, false),
        ("weekly commodity imports", WeeklyImports, false),
        ("eurobond issue", Eurobond, false),
        ("company results story", ResultsStory, false),
        ("treasury bill auction", BillAuction, true),
        ("posted price change", PriceChange, true),
        ("money market assistance", MoneyMarket, true),
        ("stake filing", StakeFiling, true),
        ("credit rating action", RatingAction, true),
        ("central bank policy story", PolicyStory, true),
    ];

    public static IReadOnlyList<string> FamiliesOf(bool heldOut) => Families.Where(f => f.HeldOut == heldOut).Select(f => f.Name).ToList();

    /// <summary>The tune or held-out part: <paramref name="storiesPerFamily"/> stories of each of its families, with their versions.</summary>
    public static IReadOnlyList<Item> Build(bool heldOut, int storiesPerFamily, int seed)
    {
        var random = new Random(seed + (heldOut ? 1 : 0));
        var names = new Names(random);
        var items = new List<Item>();
        var story = 0;
        var clock = new DateTimeOffset(1987, 3, 2, 8, 0, 0, TimeSpan.Zero);
        foreach (var (family, make, _) in Families.Where(f => f.HeldOut == heldOut))
        {
            for (var s = 0; s < storiesPerFamily; s++, story++)
            {
                var original = make(random, names);
                clock = clock.AddMinutes(random.Next(3, 40));
                var id = $"wire-{(heldOut ? "h" : "t")}{story:0000}";
                items.Add(new Item(Render(id, original.Headline, original.Body, clock), story, family, Kind.Original));
                if (random.NextDouble() < 0.35)
                    items.Add(new Item(Render(id + "-retransmitted", Retransmitted(random, original.Headline), original.Body, clock.AddMinutes(random.Next(2, 30))), story, family, Kind.Retransmission));
                if (random.NextDouble() < 0.15 && Corrected(random, original) is { } corrected)
                    items.Add(new Item(Render(id + "-corrected", "CORRECTED-" + original.Headline, corrected, clock.AddMinutes(random.Next(30, 120))), story, family, Kind.Correction));
                if (original.Long && random.NextDouble() < 0.5)
                    items.Add(new Item(Render(id + "-rewritten", "UPDATE 1-" + original.Headline, Rewritten(random, original.Body, names), clock.AddMinutes(random.Next(60, 240))), story, family, Kind.Rewrite));
            }
        }
        return items;
    }

    private static Article Render(string id, string headline, IReadOnlyList<string> body, DateTimeOffset published)
    {
        var text = headline + "\n\n" + string.Join("\n\n", body) + "\n\nReuter\n";
        return new Article(id, new ArticleOrigin(id), text, new TextSpan(0, headline.Length)) { Published = published, Source = "wire" };
    }

    private static string Retransmitted(Random random, string headline) =>
        random.Next(3) switch { 0 => "REFILE-" + headline, 1 => "RPT-" + headline, _ => headline + " <REPEAT>" };

    /// <summary>One figure of the body changed (as a correction does) and a note saying so; null when the body has no figure.</summary>
    private static List<string>? Corrected(Random random, Story story)
    {
        var paragraphs = story.Body.ToList();
        var withFigures = Enumerable.Range(0, paragraphs.Count).Where(p => paragraphs[p].Any(char.IsDigit)).ToList();
        if (withFigures.Count == 0) return null;
        var p = withFigures[random.Next(withFigures.Count)];
        var words = paragraphs[p].Split(' ');
        var figures = Enumerable.Range(0, words.Length).Where(w => words[w].Length > 0 && char.IsDigit(words[w][0])).ToList();
        if (figures.Count == 0) return null;
        var w = figures[random.Next(figures.Count)];
        var wrong = words[w];
        words[w] = new string(wrong.Select(c => char.IsDigit(c) && random.NextDouble() < 0.5 ? (char)('0' + (c - '0' + 1) % 10) : c).ToArray());
        if (words[w] == wrong) words[w] = "1" + wrong;
        paragraphs[p] = string.Join(' ', words);
        paragraphs.Insert(0, $"(Corrects figure in paragraph {p + 1})");
        return paragraphs;
    }

    /// <summary>A near-identical rewrite: the lead sentence reworded, one later sentence dropped, one new sentence at the end.</summary>
    private static List<string> Rewritten(Random random, IReadOnlyList<string> body, Names names)
    {
        var paragraphs = body.ToList();
        paragraphs[0] = Reword(paragraphs[0]);
        if (paragraphs.Count > 3) paragraphs.RemoveAt(1 + random.Next(paragraphs.Count - 2));
        paragraphs.Add($"{names.Person()}, an analyst at {names.Company()}, said the figures were broadly in line with what the market had expected.");
        return paragraphs;
    }

    private static string Reword(string lead) =>
        lead.Replace(" said ", " reported ").Replace(" rose ", " climbed ").Replace(" fell ", " dropped ").Replace(" raised ", " lifted ")
            .Replace(" cut ", " lowered ").Replace(" on Monday", "").Replace(" on Tuesday", "").Replace(" company ", " group ");

    // ---- template families (wording in this project's own words; names and figures random) ----

    private static Story Dividend(Random r, Names n)
    {
        var company = n.Company();
        var cents = r.Next(2, 60);
        var prior = r.NextDouble() < 0.6 ? cents : r.Next(2, 60);
        var kind = Pick(r, "QTLY", "REGULAR", "QUARTERLY");
        return new Story($"{company.ToUpperInvariant()} {Pick(r, "SETS", "DECLARES", "PAYS")} {kind} DIVIDEND",
            [$"Qtly div {cents} cts vs {prior} cts prior", $"Pay {n.Date()}", $"Record {n.Date()}"], false);
    }

    private static Story Earnings(Random r, Names n)
    {
        var company = n.Company();
        return new Story($"{company.ToUpperInvariant()} {Pick(r, "1ST", "2ND", "3RD", "4TH")} QTR NET",
            [$"Shr {r.Next(5, 150)} cts vs {r.Next(5, 150)} cts", $"Net {r.Next(100, 9000) * 1000:N0} vs {r.Next(100, 9000) * 1000:N0}",
             $"Revs {r.Next(10, 900)}.{r.Next(10)} mln vs {r.Next(10, 900)}.{r.Next(10)} mln"], false);
    }

    private static Story WeeklyImports(Random r, Names n)
    {
        var commodity = Pick(r, "sugar", "coffee", "cocoa", "cotton");
        var now = r.Next(500, 9000) * 10;
        var before = r.Next(500, 9000) * 10;
        return new Story($"U.S. {commodity.ToUpperInvariant()} IMPORTS {(now > before ? "RISE" : "FALL")} IN WEEK",
            [$"WASHINGTON, {n.Date()} - Imports of {commodity} into the United States in the week ended {n.Date()} came to {now:N0} short tons, against {before:N0} tons the week before, the Agriculture Department said.",
             $"Imports so far this year total {r.Next(50, 900) * 1000:N0} tons."], false);
    }

    private static Story Eurobond(Random r, Names n)
    {
        var company = n.Company();
        var amount = r.Next(5, 60) * 10;
        var currency = Pick(r, "dlr", "yen", "mark", "sterling");
        return new Story($"{company.ToUpperInvariant()} ISSUES {amount} MLN {currency.ToUpperInvariant()} EUROBOND",
            [$"LONDON, {n.Date()} - {company} is issuing a {amount} mln {currency} eurobond due {r.Next(1990, 1999)} paying {r.Next(4, 12)} {Pick(r, "", "1/4 ", "1/2 ", "3/4 ")}pct and priced at {r.Next(99, 102)} {Pick(r, "", "1/4", "1/2", "3/4")}, lead manager {n.Bank()} said.",
             $"The non-callable bond is available in denominations of {Pick(r, "1,000", "5,000", "10,000")} {currency} and will be listed in {Pick(r, "Luxembourg", "London")}.",
             $"Total fees are {r.Next(1, 3)} {Pick(r, "1/8", "1/4", "1/2")} pct."], false);
    }

    private static Story ResultsStory(Random r, Names n)
    {
        var company = n.Company();
        var chief = n.Person();
        var up = r.NextDouble() < 0.5;
        var change = r.Next(3, 60);
        return new Story($"{company.ToUpperInvariant()} {(up ? "PROFIT RISES" : "PROFIT FALLS")} ON {Pick(r, "STRONGER SALES", "LOWER COSTS", "WEAK DEMAND", "CURRENCY SWINGS")}",
            [$"{n.City()}, {n.Date()} - {company} said on {Pick(r, "Monday", "Tuesday")} its net profit {(up ? "rose" : "fell")} {change} pct to {r.Next(10, 900)} mln dlrs in the {Pick(r, "first", "second", "third", "fourth")} quarter, from {r.Next(10, 900)} mln a year earlier, as sales reached {r.Next(1, 20)}.{r.Next(10)} billion dlrs.",
             $"Chief executive {chief} told reporters the company expected {Pick(r, "a steady", "a weaker", "a stronger")} second half, citing orders from {n.City()} and {n.City()}.",
             $"The company said it would spend {r.Next(50, 700)} mln dlrs on new plant in {n.City()} over the next {r.Next(2, 6)} years and hire about {r.Next(2, 40) * 100} workers.",
             $"{chief} said the board would propose a dividend of {r.Next(10, 90)} cts a share, against {r.Next(10, 90)} cts last year.",
             $"Shares of {company} closed {r.Next(1, 5)} {Pick(r, "1/8", "1/4", "1/2", "3/4")} {(up ? "higher" : "lower")} at {r.Next(15, 90)} dlrs."], true);
    }

    private static Story BillAuction(Random r, Names n)
    {
        var months = Pick(r, "three", "six");
        var rate = $"{r.Next(5, 7)}.{r.Next(10, 99)}";
        var before = $"{r.Next(5, 7)}.{r.Next(10, 99)}";
        return new Story($"U.S. {(months == "three" ? "3" : "6")}-MONTH BILL AUCTION AVERAGES {rate} PCT",
            [$"WASHINGTON, {n.Date()} - The Treasury said its weekly sale of {months}-month bills produced an average rate of {rate} pct, against {before} pct at last week's auction.",
             $"Bids came to {r.Next(10, 40)}.{r.Next(10)} billion dlrs, of which {r.Next(6, 9)}.{r.Next(10)} billion dlrs were accepted, including {r.Next(500, 1500)} mln dlrs of non-competitive tenders."], false);
    }

    private static Story PriceChange(Random r, Names n)
    {
        var company = n.Company();
        var up = r.NextDouble() < 0.5;
        var grade = Pick(r, "West Texas Intermediate", "West Texas Sour", "Louisiana Light Sweet");
        return new Story($"{company.ToUpperInvariant()} {(up ? "RAISES" : "CUTS")} CRUDE OIL POSTED PRICES",
            [$"{n.City()}, {n.Date()} - {company} said it {(up ? "raised" : "cut")} the price it posts for {grade} crude by {r.Next(25, 150)} cts a barrel to {r.Next(14, 21)}.{r.Next(0, 99):00} dlrs, effective {n.Date()}.",
             "The company said the change brings its postings in line with those of other buyers."], false);
    }

    private static Story MoneyMarket(Random r, Names n)
    {
        var amount = r.Next(5, 90) * 10;
        var session = Pick(r, "morning", "afternoon", "early");
        return new Story($"U.K. MONEY MARKET GIVEN {amount} MLN STG {session.ToUpperInvariant()} HELP",
            [$"LONDON, {n.Date()} - The Bank of England said it gave the money market {amount} mln stg of help in the {session} session, buying bills in band {r.Next(1, 5)} at {r.Next(9, 11)} {Pick(r, "1/8", "3/8", "5/8", "7/8")} pct.",
             $"This compares with the bank's estimate of a shortage of around {r.Next(2, 15) * 100} mln stg in the system today."], false);
    }

    private static Story StakeFiling(Random r, Names n)
    {
        var investor = n.Person();
        var company = n.Company();
        var up = r.NextDouble() < 0.6;
        var shares = r.Next(100, 3000) * 1000;
        return new Story($"{investor.ToUpperInvariant()} {(up ? "RAISES" : "CUTS")} STAKE IN {company.ToUpperInvariant()}",
            [$"WASHINGTON, {n.Date()} - {investor} told the Securities and Exchange Commission he {(up ? "raised" : "cut")} his stake in {company} to {shares:N0} shares, or {r.Next(5, 30)}.{r.Next(10)} pct of the common stock outstanding.",
             $"{investor} said he bought the shares for investment and may {(up ? "buy more" : "sell more")} depending on market conditions."], false);
    }

    private static Story RatingAction(Random r, Names n)
    {
        var agency = Pick(r, "Moody's Investors Service", "Standard and Poor's Corp", "Duff and Phelps");
        var company = n.Company();
        var up = r.NextDouble() < 0.5;
        return new Story($"{agency.Split(' ')[0].ToUpperInvariant()} {(up ? "UPGRADES" : "DOWNGRADES")} {company.ToUpperInvariant()} DEBT",
            [$"NEW YORK, {n.Date()} - {agency} said it {(up ? "raised" : "lowered")} the ratings on about {r.Next(50, 900)} mln dlrs of debt of {company}.",
             $"{(up ? "Raised" : "Lowered")} were the company's senior notes, to {Pick(r, "A-2", "Baa-1", "Ba-2", "BBB-plus")} from {Pick(r, "A-3", "Baa-2", "Ba-1", "BBB")}, and its commercial paper.",
             $"The agency cited {Pick(r, "improved cash flow", "heavy borrowing for an acquisition", "weaker margins", "a stronger balance sheet")}."], false);
    }

    private static Story PolicyStory(Random r, Names n)
    {
        var country = Pick(r, "West German", "Japanese", "French", "Dutch", "Swiss", "Belgian", "Italian", "Swedish");
        var governor = n.Person();
        var rate = $"{r.Next(2, 9)}.{Pick(r, "0", "25", "5", "75")}";
        return new Story($"{country.ToUpperInvariant()} CENTRAL BANK {Pick(r, "LEAVES", "CUTS", "RAISES")} DISCOUNT RATE",
            [$"{n.City()}, {n.Date()} - The {country} central bank said after its council meeting on {Pick(r, "Thursday", "Wednesday")} that its discount rate would stand at {rate} pct, with the Lombard rate at {r.Next(3, 10)}.{Pick(r, "0", "5")} pct.",
             $"Governor {governor} told a news conference the bank was watching money supply growth, which ran at an annual {r.Next(4, 12)}.{r.Next(10)} pct in {n.Month()} against a target of {r.Next(3, 8)} to {r.Next(8, 10)} pct.",
             $"Dealers in {n.City()} said the decision had been widely expected and the {Pick(r, "dollar", "mark", "yen")} was little changed at {r.Next(1, 3)}.{r.Next(1000, 9999)} after the announcement.",
             $"{governor} said the bank would {Pick(r, "keep", "review")} its money market operations {Pick(r, "as they are", "in the coming weeks")} and declined to comment on exchange rates.",
             $"Economists at {n.Bank()} said a further move before {n.Month()} was unlikely."], true);
    }

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];

    /// <summary>Made-up names: companies, people, banks, cities, dates.</summary>
    private sealed class Names(Random random)
    {
        private static readonly string[] Starts = ["Har", "Cress", "Wend", "Bel", "Mor", "Tal", "Quin", "Ash", "Cor", "Dun", "Fal", "Gren", "Hol", "Kel", "Lan", "Mar", "Nor", "Pem", "Ros", "Sta", "Ver", "Wex", "Brad", "Cal", "Eld"];
        private static readonly string[] Ends = ["low", "ford", "ton", "wick", "more", "field", "ley", "brook", "mont", "dale", "ham", "well", "ridge", "stone", "by"];
        private static readonly string[] Suffixes = ["Inc", "Corp", "Co", "Industries Inc", "Group Inc", "Financial Corp", "Bancorp", "Resources Ltd", "Holdings Plc", "Petroleum Corp"];
        private static readonly string[] Given = ["John", "Mary", "Robert", "Helen", "Walter", "Ruth", "George", "Anne", "Peter", "Karl", "Jean", "Hans", "Paul", "Ellen", "Frank", "Louise"];
        private static readonly string[] Cities = ["New York", "Chicago", "Houston", "London", "Frankfurt", "Tokyo", "Paris", "Zurich", "Toronto", "Dallas", "Amsterdam", "Sydney", "Milan", "Brussels"];
        private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

        private string Stem() => Starts[random.Next(Starts.Length)] + Ends[random.Next(Ends.Length)];

        public string Company() => $"{Stem()} {Suffixes[random.Next(Suffixes.Length)]}";

        public string Person() => $"{Given[random.Next(Given.Length)]} {Stem()}";

        public string Bank() => $"{Stem()} {Pick(random, "Bank", "Brothers", "Securities", "and Co")}";

        public string City() => Cities[random.Next(Cities.Length)];

        public string Month() => Months[random.Next(Months.Length)];

        public string Date() => $"{Month()} {random.Next(1, 29)}";
    }
}
