using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// One small hand-made page per layout that defeated the first-&lt;article&gt; extractor (fixtures/html, see fixtures/README.md):
/// the body must be read whole and the page chrome around it left out.
/// </summary>
public class HtmlExtractionFixtureTests
{
    private static Article Read(string name) => HtmlReaderTests.Read("html/" + name).Article!;

    [Theory]
    [InlineData("sidebar-wrapper.html",
        new[] { "The harbour bridge reopened to traffic", "Cyclists will get a wider lane" },
        new[] { "Most popular", "Ten reasons to visit", "Coast Daily" })]
    [InlineData("second-main.html",
        new[] { "Every primary school pupil", "Head teachers welcomed the decision" },
        new[] { "Subscribe for unlimited access" })]
    [InlineData("teaser-and-comment-articles.html",
        new[] { "A rail strike planned for Friday", "Passengers who had already changed" },
        new[] { "Five gadgets", "Our pick of the season", "This is a disgrace", "Well done to the union", "Staff reporter" })]
    [InlineData("div-paragraphs.html",
        new[] { "New flood defences along the river", "The walls and gates protect", "Residents said they would sleep", "The agency said it would now start" },
        new[] { "Great news for the town", "My house flooded twice", "All rights reserved" })]
    [InlineData("br-text-body.html",
        new[] { "The town library will open until nine", "Most readers who answered", "The longer hours will be paid for" },
        new[] { "Home Local Contact" })]
    [InlineData("metadata-and-embeds.html",
        new[] { "The city council has approved", "What happens next", "Great to see the council back the new tram line", "Opponents said the money" },
        new[] { "By Jane Doe", "Published Nov 18", "Image caption", "Getty Images", "Most read", "Bakery wins", "Jane Doe is a transport reporter", "donate to the City Post", "Council 'approves'" })]
    [InlineData("calls-to-action.html",
        new[] { "Fares on the island ferry will rise", "has 40,000 subscribers, and passengers can download the company's timetable app", "Councillors said they would ask" },
        new[] { "Print Recipe", "To view the full story", "already a subscriber", "Subscribe now", "download the Island Post apps", "Never miss", "We want to hear", "Follow the Island Post", "The latest news about the ferry dispute", "printed almanac" })]
    [InlineData("header-standfirst.html",
        new[] { "Staff and visitors will no longer pay after eight", "Parking at the county's three hospitals", "which it would find from savings" },
        new[] { "Night buses return", "News Health" })]
    [InlineData("abstract-and-references.html",
        new[] { "The purpose of this review is to summarise", "The drugs most often reported are allopurinol" },
        new[] { "Instant access" })]
    [InlineData("caption-placing-people.html",
        new[] { "More than 600 delegates", "The ministry said the event", "Organisers said the talks" },
        new[] { "Senator Jane Example (right)" })]
    [InlineData("intro-apart-from-items.html",
        new[] { "A hosepipe ban does not have to mean a brown lawn", "Catch the rain first", "Choose plants that like it dry" },
        new[] { "we may receive a commission", "Jane Doe has written about gardens", "Home Garden Food" })]
    [InlineData("statement-labels-and-disclaimers.html",
        new[] { "The main cargo pier will shut for three weeks", "The ports authority said on Tuesday", "The authority regrets the inconvenience" },
        new[] { "advertising disclaimer", "ISLANDPORTNEWS.COM", "Release Date", "does not offer legal advice" })]
    [InlineData("listicle-items-after-intro.html",
        new[] { "Nobody looks forward to laundry day", "A rack that folds flat", "slides behind a door", "the odd-sock drawer finally empties", "cut drying time" },
        new[] { "Advertisement", "Ten more things", "Read the next list", "Sam Example writes about homes", "Home Home and garden" })]
    [InlineData("interview-answers-apart.html",
        new[] { "Maria Example took charge", "What does the job involve?", "every launch depends", "people who can help with the shop", "Nobody minds if you decide" },
        new[] { "Tags:", "Home People" })]
    [InlineData("heading-anchor-ids.html",
        new[] { "Anna Example has run the harbour", "What does the job involve?", "The most important thing is to share the quay fairly", "She hopes to hand over" },
        new[] { "Related posts", "Ferry timetable changes" })]
    [InlineData("body-in-json-ld.html",
        new[] { "Fares on the island ferry will rise by a tenth in April", "A second ship is due to join the route" },
        new[] { "Sam Example has written about the islands", "+ FOLLOW", "All rights reserved" })]
    [InlineData("paged-gallery-hidden-sections.html",
        new[] { "A small kitchen rewards the cook", "It hangs over the sink", "Five bowls take the room of one" },
        new[] { "Most shared", "Ten tips for tiny flats", "Best ovens of the year", "All rights reserved" })]
    [InlineData("title-in-body.html",
        new[] { "The city council voted on Tuesday", "Councillors said they would look" },
        new[] { "Example Post" })] // read whole, as a page with no scoring block is
    [InlineData("hidden-column.html",
        new[] { "A shelter is not a station.", "about two thousand people wait for a bus", "the money set aside for it", "a door that locks at night" },
        new[] { "Home Opinion", "Agreed, the shelter is a disgrace" })]
    [InlineData("slide-captions.html",
        new[] { "Fancy dress does not have to mean", "You will be the calmest person", "What you need: a thick knitted jumper", "Sunshine is promised", "a coffee cup held at an angle" },
        new[] { "A wardrobe after the autumn clear-out", "Photo by Sam Example" })]
    [InlineData("edge-labels.html",
        new[] { "What changes", "The harbour ferry will run every twenty minutes", "Adult single", "Fares will not change this year", "Four more crew", "A second ticket booth" },
        new[] { "Local News", "Editors Pick", "Print this page", "Further Reading", "Next Page", "Pages: 1 2 3" })]
    [InlineData("chrome-inside-body.html",
        new[] { "Fares on the island ferry will stay", "Jo Example, who has used the ferry", "The operator said its fuel bill", "The views expressed at Thursday's meeting", "A decision on fares for next year" },
        new[] { "Newsletter", "555-0142", "staff reporter", "not responsible for the opinions", "views expressed in this article", "may not be published" })]
    [InlineData("sections-in-bands.html",
        new[] { "The Harbour Trust is a charity", "Today it has four staff", "Our work spans the repair", "boat-building school", "Rents from the quays" },
        new[] { "Annual report", "Get our newsletter", "Registered charity", "Home About" })]
    [InlineData("teaser-feed.html",
        new[] { "Four hundred singers stood on the quay", "The choir's director said" },
        new[] { "Lighthouse keeper", "The diary, which covers", "Bakery on the front", "The judges said", "READ THE REST" })]
    [InlineData("gallery-one-line-captions.html",
        new[] { "The new lifeboat station opened", "The station replaces a shed from 1911", "Volunteers carried the old bell", "first launch from the new ramp", "waited a long time for a dry changing room" },
        new[] { "Photo by Sam Example", "Advertisement", "the summer carnival" })]
    [InlineData("column-in-aside.html",
        new[] { "The council will decide next week", "I counted them myself", "no spreadsheet will ever put a price on that" },
        new[] { "Home Opinion" })]
    [InlineData("qa-questions-apart.html",
        new[] { "Every month the harbour master", "Can I swim off the slipway?\n\nNo.", "How much will the visitor pontoon cost per night?", "Who do I call about a loose mooring?", "on the number on the gate" },
        new[] { "Share this page", "Home Local" })]
    [InlineData("listicle-bare-sections.html",
        new[] { "The harbour is the best base", "1. The island boat", "seals on the rocks", "Steam on Sundays", "3. The cliff bus", "book the day before" },
        new[] { "travel newsletter", "Ten beaches", "Home Travel" })]
    [InlineData("listicle-numbered-classes.html",
        new[] { "The harbour is the best base", "1. The island boat", "Steam on Sundays", "An open-top bus", "book the day before" },
        new[] { "travel newsletter", "Ten beaches", "Home Travel" })]
    [InlineData("column-named-comment.html",
        new[] { "The council will decide next week", "I counted them myself", "no spreadsheet will ever put a price on that" },
        new[] { "Well said", "fix a lot of potholes", "Home Comment" })]
    [InlineData("standfirst-without-h1.html",
        new[] { "A Sunday service will run on the valley line", "The valley railway will run a Sunday service", "it would review the service" },
        new[] { "Bridge repairs", "Home Local", "Copyright 2026" })]
    [InlineData("story-rest-after-newsletter.html",
        new[] { "The valley railway will run a Sunday service", "it would review the service", "Shopkeepers in the upper village", "children under five will travel free" },
        new[] { "newsletter every morning", "Bridge repairs", "Copyright 2026" })]
    [InlineData("closing-in-continued-block.html",
        new[] { "The valley railway will run a Sunday service", "it would review the service", "Shopkeepers in the upper village", "children under five will travel free" },
        new[] { "Share", "Bridge repairs", "Copyright 2026" })]
    [InlineData("closing-in-next-grid-row.html",
        new[] { "The valley railway will run a Sunday service", "it would review the service", "Shopkeepers in the upper village", "children under five will travel free" },
        new[] { "Most read", "Bridge repairs", "Advertisement", "Copyright 2026" })]
    [InlineData("middle-section-between-rows.html",
        new[] { "The valley railway will run a Sunday service", "What the trial showed", "it would review the service", "Shopkeepers in the upper village", "children under five will travel free" },
        new[] { "Most read", "Bridge repairs", "Advertisement", "Copyright 2026" })]
    [InlineData("body-in-comment-named-blocks.html",
        new[] { "The library on Mill Street closes at five", "three evenings last month", "would cost less than the new signs", "a modest proposal for the budget meeting" },
        new[] { "Readers respond", "I agree completely", "Copyright 2026" })]
    [InlineData("column-wrapper-named-promo.html",
        new[] { "The library on Mill Street closes at five", "three evenings last month", "would cost less than the new signs", "a modest proposal for the budget meeting" },
        new[] { "Why the bypass is a mistake", "Nobody writes songs", "By Sam Example", "Copyright 2026" })]
    [InlineData("closing-section-levels-up.html",
        new[] { "The night ferry between the two harbours", "The operator said it would take on two more crew", "The council will review the winter service in April" },
        new[] { "Harbour wall repairs", "Workers will close the east pier", "Read more", "Sam Example covers", "this link is to an external site", "Sunny, 14 degrees", "Copyright 2026", "Facebook" })]
    [InlineData("closing-under-subhead-after-slot.html",
        new[] { "The town library will open on Sunday afternoons", "several asked for a story hour", "What happens next", "whether to add Saturday evenings as well" },
        new[] { "Story continues below advertisement", "morning briefing", "More stories", "Market square", "1 High Street" })]
    public void Reads_the_whole_body_and_leaves_the_chrome_out(string page, string[] kept, string[] dropped)
    {
        var text = Read(page).Text;
        foreach (var sentence in kept) Assert.Contains(sentence, text);
        foreach (var chrome in dropped) Assert.DoesNotContain(chrome, text);
    }

    [Fact]
    public void Body_paragraphs_come_one_per_block_in_page_order()
    {
        var article = Read("br-text-body.html");
        Assert.Equal(["Library extends opening hours", "The town library will open until nine in the evening on weekdays from next month, the council said, after a survey of more than 3,000 readers."],
            article.Paragraphs.Take(2).Select(article.Slice));
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void A_gallerys_one_line_captions_are_its_body_and_its_credit_stays_metadata()
    {
        var article = Read("gallery-one-line-captions.html");
        Assert.Equal(["Photo by Sam Example/Harbour Pictures"], article.Page!.Captions);
        Assert.Equal(7, article.Paragraphs.Count);
    }

    [Fact]
    public void Headline_byline_dateline_and_captions_are_kept_as_metadata()
    {
        var page = Read("metadata-and-embeds.html").Page!;
        Assert.Equal(["Council 'approves' new tram line"], page.Headlines);
        Assert.Equal(["By Jane Doe"], page.Bylines);
        Assert.Equal(["Published Nov 18, 2019 at 4:07 PM"], page.Datelines);
        Assert.Equal(["Image caption: A tram on the existing line near the station. Photo by John Smith/Getty Images"], page.Captions);
    }

    [Fact]
    public void A_slides_paragraphs_are_body_and_a_pictures_caption_stays_metadata()
    {
        var page = Read("slide-captions.html").Page!;
        Assert.Equal(["A wardrobe after the autumn clear-out.", "Photo by Sam Example / Example Pictures"], page.Captions);
    }

    [Fact]
    public void A_source_address_and_a_label_before_the_date_are_kept_as_metadata()
    {
        var page = Read("statement-labels-and-disclaimers.html").Page!;
        Assert.Equal(["ISLANDPORTNEWS.COM"], page.Bylines);
        Assert.Equal(["Release Date: Tuesday, 14 February 2023 – 3:55pm"], page.Datelines);
    }

    [Fact]
    public void The_standfirst_opens_the_body_and_a_caption_placing_people_is_kept_as_metadata()
    {
        var article = Read("header-standfirst.html");
        Assert.Equal("Staff and visitors will no longer pay after eight in the evening from the start of next month", article.Slice(article.Paragraphs[1]));
        Assert.Equal(["Hospital car parks to be free at night"], article.Page!.Headlines);
        Assert.Single(Read("caption-placing-people.html").Page!.Captions, c => c.StartsWith("Minister of Trade, Senator Jane Example (right)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pages_own_subheads_and_its_h1_beside_og_title_are_not_flagged()
    {
        var article = Read("metadata-and-embeds.html");
        Assert.Contains(article.Page!.Subheadings, s => article.Slice(s) == "What happens next");
        var report = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0];
        Assert.Empty(report.Findings.Where(f => f.RuleId is "NQ3002" or "NQ2007").Select(f => $"{f.RuleId} {f.Evidence}"));
    }

    /// <summary>
    /// A guide's tips as list items between its paragraphs: its own list, no heading left from another story (fresh web split, a
    /// gardening guide); a list whose every item links to another story is a list of teasers, whose lines stay judged.
    /// </summary>
    [Fact]
    public void The_pages_own_list_items_are_not_flagged_as_stray_headings()
    {
        var article = Read("list-of-tips.html");
        Assert.Contains(article.Page!.ListItems, s => article.Slice(s).StartsWith("High potash with micronutrients", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => article.Slice(p).StartsWith("The orchid, the radiator", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Page.ListItems, s => article.Slice(s).StartsWith("The orchid, the radiator", StringComparison.Ordinal));
        var report = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0];
        Assert.Empty(report.Findings.Where(f => f.RuleId is "NQ3002").Select(f => $"{f.RuleId} {f.Evidence}"));
    }

    [Fact]
    public void A_page_not_in_English_is_reported_once_and_the_English_only_rules_are_skipped()
    {
        var article = Read("korean-page.html");
        var report = new AnalysisEngine(RuleCatalog.Default, new AnalysisOptions()).Analyze([article])[0];
        var finding = Assert.Single(report.Findings);
        Assert.Equal("NQ2013", finding.RuleId);
        Assert.Contains("Korean (Hangul script)", finding.Message);
    }
}
