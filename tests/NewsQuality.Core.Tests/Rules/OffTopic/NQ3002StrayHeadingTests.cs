using NewsQuality.Rules.OffTopic;

namespace NewsQuality.Core.Tests.Rules.OffTopic;

public class NQ3002StrayHeadingTests
{
    private readonly NQ3002StrayHeading _rule = new();

    [Fact]
    public void Flags_a_heading_sharing_nothing_with_its_neighbours()
    {
        RuleAssert.Flags(_rule, "Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[ministers in sweden]]\n\nBut other points are expected to dominate the meeting.");
    }

    [Theory]
    // Sharing only a common word ("rate") with its neighbours does not tie a heading to them.
    [InlineData("Jobs\n\nGerman unemployment rose in November, the labour office said, and the jobless rate reached 10.8%.\n\n[[Custody death rate shocks MPs]]\n\nEconomists expect the figure to keep climbing through the winter months.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Chelsea eye Premiership title]]\n\nBut other points are expected to dominate the meeting.")]
    // A headline as long as crawled and wire copy write them (twelve words): judged since the limit went from eight to fourteen.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Oncologists Are Freaking Out After True Cause Of Cancer Is Finally Released]]\n\nBut other points are expected to dominate the meeting.")]
    // Headlines ending in a quote, a question mark or an exclamation: BBC's quoted phrase, link bait in Title Case.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Many Americans In The Dark About These BIG \"Federal Rent Checks\"]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Striker 'set to join Chelsea']]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Is This Ronald Reagan's Secret Cancer Cure?]]\n\nBut other points are expected to dominate the meeting.")]
    // A question in sentence case that names its subject as headlines do, a topic label, names joined by a comma; one quotation as a headline.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Could Yukos be a blessing in disguise?]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Harbour strike: Will Rotterdam ports reopen by Monday?]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Lopez, Martinez agents to meet?]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[['Wales will stand firm on EU fishing quotas']]\n\nBut other points are expected to dominate the meeting.")]
    // A topic label naming the subject, the question pointing back at it, an abbreviation's full stop in the label.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Visa vs. Mastercard: Which one charges you less abroad?]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Eurovision: What does it cost to host?]]\n\nBut other points are expected to dominate the meeting.")]
    // A question headline naming no one, as BBC and crawled pages write them: no pronoun or connective points back at the story.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Could rivalry overshadow election?]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[What issues divide the nation during the civil war?]]\n\nBut other points are expected to dominate the meeting.")]
    // Another story's headline among a sub-headed article's own headings: it names something, or runs longer than a section's heading.
    [InlineData("The village that saved its last shop\n\nWhen the only shop in the village closed in 2015, residents feared the village would lose its heart.\n\nA community shop\n\nMore than 200 villagers bought shares at £50 each, raising £80,000 to buy the building and restock its shelves.\n\n[[Chelsea eye Premiership title]]\n\nThe first two years were hard. The committee added a post office counter and a small café, and takings doubled.\n\nLessons for others\n\nThe Plunkett Foundation says more than 400 shops in England are now owned by the people who use them.")]
    [InlineData("The village that saved its last shop\n\nWhen the only shop in the village closed in 2015, residents feared the village would lose its heart.\n\nA community shop\n\nMore than 200 villagers bought shares at £50 each, raising £80,000 to buy the building and restock its shelves.\n\n[[Web analytics are leaking into meatspace]]\n\nThe first two years were hard. The committee added a post office counter and a small café, and takings doubled.\n\nLessons for others\n\nThe Plunkett Foundation says more than 400 shops in England are now owned by the people who use them.")]
    // Headlines of 15 to 18 words, set as headlines are: in Title Case, or after a topic label and a colon.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Jennifer Aniston And Justin Theroux's Marriage In Trouble Because Of Chelsea Handler's New Netflix Show]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[Monsoon session: Govt to table 12 bills, Opposition plans to corner Centre on price rise]]\n\nBut other points are expected to dominate the meeting.")]
    // A pasted headline right above the story's own section label in capitals (found by planting into Reuters-style copy).
    [InlineData("Bayer deal\n\nBayer AG clinched a deal to buy Monsanto for $66 billion on Wednesday, after raising its offer again.\n\nBayer said it would pay Monsanto a $2 billion break-up fee if the deal failed.\n\n[[Federer wins record eighth Wimbledon title]]\n\nFINANCING\n\nBayer said it would finance the deal with a combination of debt and equity, with bridge financing from banks.")]
    // The seed's stray heading under a story of prime ministers: it shares "ministers", but names in lower case a country the story never names.
    [InlineData("Trump, Abe pledge to deepen alliance\n\nWASHINGTON (Reuters) - U.S. President Donald Trump and Japanese Prime Minister Shinzo Abe pledged on Friday to strengthen their alliance, ministers said.\n\n[[ministers in sweden]]\n\nTrump, who accused Japan of unfair trade practices, struck a warmer tone at a joint news conference with the prime minister.")]
    // In capitals, but naming a country, or longer than a wire sub-heading.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[MINISTERS IN SWEDEN]]\n\nBut other points are expected to dominate the meeting.")]
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[CHELSEA EYE PREMIERSHIP TITLE AFTER LATE WIN]]\n\nBut other points are expected to dominate the meeting.")]
    public void Flags_headings_unrelated_to_their_neighbours(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    [Theory]
    [InlineData("Talks\n\nThe White House warned of a growing US presence in Eastern Europe.\n\nRussian soldiers on the border\n\nMore than 90,000 Russian soldiers are present on the Ukrainian border.")]
    [InlineData("Cup draw\n\nThe draw for the quarter-finals was made on Sunday afternoon.\n\nNewcastle v Tottenham\n\nBurnley v Blackburn\n\nEverton v Manchester United\n\nTies will be played on the weekend of 12 March.")]
    [InlineData("Budget\n\nThe chancellor set out his plans for the economy on Wednesday.\n\nThe key points\n\nIncome tax stays the same, and the key points of the plan were welcomed.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nCredit: Coastal News Images\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nWarning: graphic images in the video below\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nTue, October 4, 2016\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe governor posted a message for residents, saying help was on its way.\n\n— Jane Marsh (@janemarsh) October 4, 2016\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nJane Roe / Flickr\n\nRescue crews worked through the night to reach stranded families.")]
    // An article built of sub-headings that introduce their sections without repeating their words.
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nCasualties\n\nAt least twelve people died and dozens more were hurt, the ministry said.\n\nDamage\n\nThousands of houses lost their roofs and many roads were washed away.\n\nWhat comes next\n\nForecasters expect a second front to reach the islands by the weekend.")]
    // A sentence the scrape broke into two lines (BBC News 2005, bbc-entertainment-353): the second goes on in lower case.
    [InlineData("Cartoons\n\nIt can only be a matter of time before other TV favourites receive the Hollywood treatment.\n\nAfter the success of Garfield: The Movie, Britain's shabby tabby\n\nsurely deserves his own film vehicle, with only 13 episodes made of the 1974 series.")]
    // The writer's own questions and exclamations in sentence case, quotations on a line of their own, a list of questions.
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nBut what about the families still waiting for help?\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nIt ain't gonna work, sister!\n\nRescue crews worked through the night to reach stranded families.")]
    // The writer's or a reader's questions and exclamations in sentence case, and a quotation that says \"we\", as real pages print them (BBC readers' comments, columnists).
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nAfter all, what did anyone expect from the Weather Channel?\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nHas everyone forgotten about the Coast Guard??\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nWhen will the Atlantic states finally stand up for the families who lost everything in the flooding?\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nMake a film about the Coast Guard crews!\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nThe tide came at 4:10. Coincidence?\n\nRescue crews worked through the night to reach stranded families.")]
    // A writer's lead-in before a colon names nothing, so the question after it is the writer's.
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nThe big question: will they rebuild in time?\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nQuestion: what would you do in Miami?\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\n'We will rebuild this town'\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\n\"\n\nRescue crews worked through the night to reach stranded families.")]
    // A quotation the writer introduces with a speech verb and a colon, ending without punctuation (a quoted post).
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nOne Twitter user wrote: \"Can't believe the Lakeside Marina is gone\"\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\n\"Right now, we're the highest-taxed country in the world.\"\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nCap-and-trade rules would \"destroy our economy.\"\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\n- What Is So Special About The Swiss?\n\nRescue crews worked through the night to reach stranded families.")]
    // Wire copy's credit line at the foot of the story.
    [InlineData("Oil falls\n\nOil prices fell on Wednesday after U.S. data showed a larger-than-expected build in crude stocks.\n\nAdditional reporting by Henning Gloystein in Singapore; Editing by David Gregorio and Marguerita Choy\n\nOur Standards: The Thomson Reuters Trust Principles.")]
    // A sub-headed feature's and obituary's own section headings, short phrases naming nothing (found by probing).
    [InlineData("The village that saved its last shop\n\nWhen the only shop in the village closed in 2015, residents feared the village would lose its heart.\n\nA community shop\n\nMore than 200 villagers bought shares at £50 each, raising £80,000 to buy the building and restock its shelves.\n\nTurning the corner\n\nThe first two years were hard. The committee added a post office counter and a small café, and takings doubled.\n\nLessons for others\n\nThe Plunkett Foundation says more than 400 shops in England are now owned by the people who use them.")]
    [InlineData("Jane Doe dies aged 88\n\nJane Doe, whose research on coral reefs changed ocean science, has died aged 88.\n\nHer 1978 study of bleaching was the first to link it to rising sea temperatures.\n\nEarly life\n\nHer father was a fisherman and her mother a schoolteacher in Plymouth.\n\nHonours\n\nShe was appointed CBE in 1995 and elected a fellow of the Royal Society in 2001.")]
    // Two short section headings naming nothing, with no other heading of the article's own (a product story).
    [InlineData("New tablet\n\nApple has unveiled a thinner iPad Pro powered by its new M4 chip, the company said on Tuesday.\n\nPrice and availability\n\nThe 11in model starts at £999 and the 13in at £1,299, and both go on sale next week.\n\nAnalysts said the launch was aimed at cheaper Android tablets.\n\nAlso announced\n\nApple also unveiled a new Pencil Pro stylus, which can be squeezed to bring up a menu.")]
    // An explainer's sub-headings ask what may be asked of any story (found by probing).
    [InlineData("Energy\n\nThe energy price cap will fall by 14% in April, the regulator Ofgem said on Friday.\n\nWhat are the risks?\n\nOfgem sets the cap every three months based on wholesale gas and electricity costs.")]
    [InlineData("Energy\n\nThe energy price cap will fall by 14% in April, the regulator Ofgem said on Friday.\n\nWhere does the money go?\n\nOfgem sets the cap every three months based on wholesale gas and electricity costs.")]
    [InlineData("Energy\n\nThe energy price cap will fall by 14% in April, the regulator Ofgem said on Friday.\n\nWho pays\n\nOfgem sets the cap every three months based on wholesale gas and electricity costs.")]
    [InlineData("Energy\n\nThe energy price cap will fall by 14% in April, the regulator Ofgem said on Friday.\n\nWhat do critics say?\n\nOfgem sets the cap every three months based on wholesale gas and electricity costs.")]
    // An interview's questions between its answers.
    [InlineData("Batteries\n\nWe spoke to a former student of John Goodenough about what comes next for the battery.\n\nWhat got you interested in batteries?\n\nI was studying materials science in India, and storing energy seemed the most important problem.\n\nWill solid-state batteries replace lithium-ion?\n\nNot soon. The chemistry is promising, but making them at scale is very hard.\n\nWhat should governments do?\n\nFund basic research. The breakthroughs that matter take decades.")]
    // The writer's questions in a series, one a line (a checklist; real page, html-extraction-dev tune part).
    [InlineData("Body fat\n\nDeciding which method is best for you is not easy. Here are several questions that may help you decide.\n\nHow often do you want to test?\n\nDo you want a method you can perform at home?\n\nHow important is price?\n\nSome methods, such as skinfold measurements, are inexpensive and allow you to be measured at home.")]
    // A sentence of 15 words or more that lost its full stop is no headline: not in Title Case, no topic label.
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nCurrently the hospitals in the region generally offer government services including emergency care and modern medicine\n\nRescue crews worked through the night to reach stranded families.")]
    // Wire copy's data-block labels, and a results row without its full stop (found by probing Reuters-style sport).
    [InlineData("Test\n\nVirat Kohli struck a century as India beat Sri Lanka by an innings and 53 runs in the second test on Sunday.\n\nKEY FIGURES\n\nIndia 622-9 declared (C. Pujara 133, A. Rahane 132, V. Kohli 103); Sri Lanka 183 and 386 (D. Karunaratne 141).")]
    [InlineData("Test\n\nVirat Kohli struck a century as India beat Sri Lanka by an innings and 53 runs in the second test on Sunday.\n\nScoreboard summary\n\nIndia 622-9 declared (C. Pujara 133, A. Rahane 132, V. Kohli 103); Sri Lanka 183 and 386 (D. Karunaratne 141).")]
    [InlineData("Wimbledon\n\nRoger Federer won a record eighth Wimbledon title on Sunday, beating Marin Cilic 6-3 6-1 6-4.\n\nSemi-final: beat Tomas Berdych (Czech Republic) 7-6(4) 7-6(4) 6-4\n\nFederer will rise to third in the world rankings on Monday, behind Andy Murray and Rafael Nadal.")]
    [InlineData("Bayer deal\n\nBayer AG clinched a deal to buy Monsanto for $66 billion on Wednesday, after raising its offer again.\n\nBayer said it would pay Monsanto a $2 billion break-up fee if the deal failed.\n\nHow Bayer will pay for Monsanto\n\nFINANCING\n\nBayer said it would finance the deal with a combination of debt and equity, with bridge financing from banks.")]
    // The wire's only sub-heading, in capitals, with a one-word dateline (nothing else in the article set in capitals); a list of
    // winners, each row a label, a colon and its value (found by probing Reuters-style business and entertainment copy).
    [InlineData("Sun Pharma drug meets goals\n\nMUMBAI (Reuters) - Sun Pharmaceutical Industries said on Monday its psoriasis treatment met the main goals of two studies.\n\nThe company plans to file for approval in the second half of the year.\n\nREGULATORY OVERHANG\n\nSun has been battling quality problems at its Halol plant, which received a warning letter in December 2015.")]
    [InlineData("Grammys: Adele sweeps top awards\n\nLOS ANGELES (Reuters) - British singer Adele swept the top three awards at the Grammys on Sunday.\n\nRecord of the year: Adele, \"Hello\"\n\nAlbum of the year: Adele, \"25\"\n\nSong of the year: Adele and Greg Kurstin, \"Hello\"\n\nBest new artist: Chance the Rapper\n\nAdele said in her acceptance speech that the other album was \"so monumental\" that she could not accept the award.")]
    // A single winners row between paragraphs: a label, a winner and the work's title quoted to the line's end.
    [InlineData("\"Moonlight\" wins best picture\n\nLOS ANGELES (Reuters) - \"Moonlight\" won the Oscar for best picture on Sunday after presenters announced the wrong film.\n\nBest actor: Casey Affleck, \"Manchester by the Sea\"\n\nTelevision ratings fell to 32.9 million viewers in the United States, according to Nielsen data.")]
    // The wire's lone sub-heading naming what the story names ("EU", "Kremlin").
    [InlineData("Tillerson meets Putin\n\nMOSCOW (Reuters) - U.S. Secretary of State Rex Tillerson met Russian President Vladimir Putin in the Kremlin on Wednesday.\n\nThe talks lasted two hours, a U.S. official said.\n\nKREMLIN DEFIANT\n\nPutin said relations had worsened since Trump took office, and that trust between the militaries had eroded.")]
    public void Leaves_genuine_subheadings_and_lists_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Theory]
    // In an article of sub-headings (which used to be skipped whole), a heading sharing nothing with the story is still stray.
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nStorm casualties\n\nAt least twelve people died in the storm, the ministry said.\n\n" +
                "Storm damage\n\nThousands of houses lost their roofs in the storm and roads were washed away.\n\n[[Chelsea eye Premiership title]]\n\n" +
                "Forecasters expect a second storm to reach the islands by the weekend.\n\nAfter the storm\n\nRebuilding the coast will take years, the storm agency said.")]
    // An item number alone does not make a list: no other line of the article is numbered.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[5. Chelsea eye Premiership title]]\n\nBut other points are expected to dominate the meeting.")]
    // A headline that opens with a pronoun but does not trail off into the next paragraph.
    [InlineData("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\n[[She claimed to support same-sex marriage]]\n\nBut other points are expected to dominate the meeting.")]
    public void Flags_stray_headings_that_look_like_the_articles_own_lines(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    [Fact]
    public void A_heading_before_a_paragraph_whose_full_stop_the_scrape_lost_is_judged()
    {
        // Real BBC copy (fixtures/offtopic, bbc-business-454): "…that TCI's opposition would halt the deal" has no closing stop;
        // a stray heading planted above it (another BBC story's title) was not judged when the line after had to end like a sentence.
        RuleAssert.Flags(_rule, Fixtures.Read("offtopic/nq3002-planted-bbc-business-454.txt"));
    }

    [Fact]
    public void A_fragment_after_a_sentence_the_scrape_broke_is_no_heading()
    {
        // Real BBC copy (bbc-politics-177): the scrape cut "…to be an agent provocateur and perhaps…" at the italics, leaving
        // "agent provocateur" on a line of its own after a paragraph that stops mid-sentence.
        var text = Fixtures.Read("offtopic/nq3002-clean-bbc-politics-177.txt");
        Assert.Contains("\n\nagent provocateur\n\n", text);
        RuleAssert.Clean(_rule, text);
    }

    [Theory]
    // A lone word between paragraphs is a section label or a credit (mainstream crawl: "Casualties", "History", "Pixabay").
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nHistory\n\nRescue crews worked through the night to reach stranded families.")]
    [InlineData("Storm\n\nThe storm flattened homes along the coast on Tuesday, officials said.\n\nPixabay\n\nRescue crews worked through the night to reach stranded families.")]
    public void A_lone_word_is_no_stray_heading(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Candidates_say_why_a_heading_like_line_was_not_judged()
    {
        var article = RuleAssert.ArticleOf("Talks\n\nThe last time the two leaders spoke, cybersecurity was the focus of their call.\n\nministers in sweden\n\n" +
                                           "But other points are expected to dominate the meeting.\n\nSee the list below for details of the call\n\nOn the phone\n\n" +
                                           "Both sides said the call had been useful and that they would speak again soon.");
        var candidates = NQ3002StrayHeading.Candidates(article);
        var judged = Assert.Single(candidates, c => c.Skipped is null && article.Slice(c.Span) == "ministers in sweden");
        Assert.True(judged.SharedWeight < 0.25);
        Assert.Equal("the line before is not prose", Assert.Single(candidates, c => article.Slice(c.Span) == "On the phone").Skipped);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt")) RuleAssert.Clean(_rule, File.ReadAllText(file));
    }
}
