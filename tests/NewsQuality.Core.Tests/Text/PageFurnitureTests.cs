using NewsQuality.Text;

namespace NewsQuality.Core.Tests.Text;

/// <summary>The one furniture vocabulary read by the plain-text rules and by the HTML extractor.</summary>
public class PageFurnitureTests
{
    [Theory]
    [InlineData("Published Nov 18, 2019 at 4:07 PM")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("Fri, June 24, 2016")]
    [InlineData("News date : 04/21/2022 Category : Press Releases")]
    [InlineData("Posted on April 22, 2022")]
    public void Timestamps_are_date_lines(string line) => Assert.True(PageFurniture.IsDateLine(line));

    [Theory]
    [InlineData("Correction - 25 November 2015")]
    [InlineData("The strike began on 4 October 2016 and ended a week later, after the union and the employers agreed a deal.")]
    [InlineData("Flood warning for the coast")]
    public void Headings_and_sentences_with_a_date_are_not(string line) => Assert.False(PageFurniture.IsDateLine(line));

    [Theory]
    [InlineData("Image caption: A tram near the station. Photo by John Smith/Getty Images")]
    [InlineData("Michael Buckner/Getty Images")]
    [InlineData("Minister of Trade, Senator Jane Example (right), looks on as the chief executive, John Sample (left), addresses a briefing.")]
    [InlineData("featured image: Jane Example via Unsplash")]
    [InlineData("Courtesy of Example Outpost")]
    [InlineData("The Destruction of History (Image by Example Channel)")]
    public void Captions_and_credits_are_furniture(string line) => Assert.True(PageFurniture.IsPhotoCredit(line));

    [Theory]
    [InlineData("Weak dollar hits Reuters")]
    [InlineData("Courtesy calls to voters fall")]
    [InlineData("Image of the week: a comet over the bay")]
    [InlineData("Photos are not allowed inside the court, the judge said, and phones must be switched off before the hearing begins, while reporters may take notes by hand; anyone who breaks the rule will be removed from the public gallery and may be fined, as happened twice last year when jurors complained about flashes during the evidence of witnesses.")]
    public void Headlines_and_long_paragraphs_are_not_captions(string line) => Assert.False(PageFurniture.IsPhotoCredit(line));

    [Theory]
    [InlineData("—Adalyn, age 5", true)]
    [InlineData("— Dev Update #12", true)]
    [InlineData("\"There’s something happening here.\" — Buffalo Springfield, 1967", true)]
    // Seed 000's dialogue dashes open sentences.
    [InlineData("– Kremlin spokesman Dmitry Peskov said, according to the Russian news agency Interfax, that tensions around Ukraine in particular.", false)]
    [InlineData("– He said last Friday, “I do not accept a red line from anyone.”", false)]
    [InlineData("The talks – held in Geneva – ended without a deal", false)]
    public void Quote_attributions_follow_a_dash_and_name_a_source(string line, bool attribution) =>
        Assert.Equal(attribution, PageFurniture.IsQuoteAttribution(line));

    [Theory]
    [InlineData("By Jane Doe", true)]
    [InlineData("Words by John Smith", true)]
    [InlineData("By the end of the year the bridge will be open to buses and bicycles, the council said on Monday.", false)]
    // Wire copy's credit line names everyone who worked on the story; a sentence about reporting is no credit.
    [InlineData("Additional reporting by Henning Gloystein in Singapore; Editing by David Gregorio and Marguerita Choy", true)]
    [InlineData("Reporting by Jeff Mason and Steve Holland in Washington; Writing by Lesley Wroughton; Editing by W. Simon", true)]
    [InlineData("Editing by Leslie Adler", true)]
    [InlineData("Reporting by the paper prompted an inquiry. The minister resigned on Friday.", false)]
    public void Bylines_are_short_and_open_with_their_label(string line, bool byline) => Assert.Equal(byline, PageFurniture.IsByline(line));

    [Theory]
    [InlineData("The Island Post is not responsible for the opinions, statements or media content presented by contributors.", true)]
    [InlineData("The views expressed in this article are the author's own and do not necessarily reflect those of the paper.", true)]
    [InlineData("Opinions expressed by contributors are their own.", true)]
    [InlineData("This post is the opinion of the author and does not necessarily represent the site.", true)]
    [InlineData("The views expressed at the meeting were not all in favour, and two councillors voted against.", false)]
    [InlineData("The minister said the council is not responsible for the roads, which the state maintains.", false)]
    public void Disclaimers_of_contributors_opinions_are_disclosures(string line, bool disclosure) => Assert.Equal(disclosure, PageFurniture.IsDisclosure(line));

    [Theory]
    [InlineData("Sam Example is a staff reporter at the Island Post who covers transport.", true)]
    [InlineData("Jane Doe is the paper's chief political correspondent.", true)]
    [InlineData("Jo Example is a retired ferry captain who has used the crossing for forty years.", false)]
    [InlineData("The reporter is a friend of the family, the court heard.", false)]
    public void Author_notes_name_a_writer_by_trade(string line, bool note) => Assert.Equal(note, PageFurniture.IsAuthorNote(line));

    [Theory]
    [InlineData("This story is free to read. If you value independent reporting, become a paying member of The Long Read Dispatch today.", true)]
    [InlineData("Support our work: our journalism is free to read, and readers like you keep it that way. Will you make a gift today?", true)]
    [InlineData("But if you are able to, we have a small favour to ask. Support the Guardian from as little as £1 – it only takes a minute.", true)]
    [InlineData("A version of this article appears in print on Jan. 22, 2024, Section A, Page 17 of the New York edition.", true)]
    [InlineData("The charity asked readers to make a donation before Christmas, and more than 2,000 people gave.", false)]
    [InlineData("Fans who become paying members of the club will get first choice of tickets, the chairman said.", false)]
    [InlineData("If you value the countryside, the minister said, you should support the new planning rules.", false)]
    public void Appeals_and_print_notes_are_the_publishers(string line, bool note) => Assert.Equal(note, PageFurniture.IsPublisherNote(line));

    [Theory]
    [InlineData("LIN CHEN covers trade and shipping for The Associated Press, based in Singapore.", true)]
    [InlineData("Sam Example is a staff reporter at the Island Post who covers transport.", true)]
    [InlineData("The minister covers the cost of the scheme from the transport budget.", false)]
    public void Author_notes_describe_a_writer(string line, bool note) => Assert.Equal(note, PageFurniture.IsAuthorNote(line));
}
