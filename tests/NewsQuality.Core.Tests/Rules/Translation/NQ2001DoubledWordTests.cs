using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2001DoubledWordTests
{
    private readonly NQ2001DoubledWord _rule = new();

    [Theory]
    [InlineData("Forces massed on the borders of [[Eastern Eastern]] Europe.")]
    [InlineData("It was [[the the]] best of times.")]
    // A dotted abbreviation doubled, "had had" before a participle (hand-planted into wire-style copy).
    [InlineData("The [[U.S. U.S.]] envoy to the U.N. arrived on Monday.")]
    [InlineData("Officials said Pyongyang [[had had]] sought talks with Seoul before the launch.")]
    // An acronym doubled in prose; "is is" after "it" with no "what" before it (the second hand-planted round).
    [InlineData("[[NATO NATO]] allies met in Brussels on Monday.")]
    [InlineData("Russian President [[Putin Putin]] said so on Monday.")]
    // A title word behind punctuation is no title of the name (realnews: "According to The Associated Press, Haslam Haslam arrived").
    [InlineData("According to The Associated Press, [[Haslam Haslam]] arrived in Cleveland on Thursday.")]
    [InlineData("It [[is is]] not clear what the alliance will do.")]
    [InlineData("It was [[The the]] best of times.")]
    [InlineData("It was [[the the the]] best of times.")]
    [InlineData("The talks ended in\n[[the\nthe]] early hours.")]
    [InlineData("He said [[that that that]] was all.")]
    [InlineData("Prices rose [[by by]] 5%, and [[in in]] March they fell.")]
    [InlineData("She [[is is]] the minister.")]
    [InlineData("The council has to [[do do]] more for tenants.")]
    [InlineData("Readers, what [[do do]] you think about the plan?")]
    [InlineData("Gambling rose. But [[British British]] Casino Association chairman Penny Cobham objected.")]
    [InlineData("Forces massed on the borders of [[Western Western]] Ukraine.")]
    [InlineData("Workers with [[employer-sponsored sponsored]] health plans paid more.")]
    [InlineData("Sales fell below last [[year year's]] level.")]
    [InlineData("They were stuck [[in in]] the ditch for hours.")]
    // The verb has its object: the preposition after it closes no relative clause.
    [InlineData("The rapper who leads the awards [[with with]] 10 nominations will perform.")]
    [InlineData("The players want [[to to]] play on Sunday.")]
    [InlineData("If [[you you]] need help, call us.")]
    [InlineData("Miss Kidman is willing to put up with some of [[it it]], but it's gone beyond that.")]
    [InlineData("Officials said [[the the]] new rules apply.\n\nTrade rules")]
    // The doublings English allows need their context: a possessive after a verb of one object, the noun "way", "great" before no "grand…".
    [InlineData("She remortgaged [[her her]] home to pay for the show.")]
    [InlineData("There is still a long [[way way]] to go, the minister said.")]
    [InlineData("It was a [[great great]] win for the club.")]
    // A slip inside a longer quotation is still one; so is "something something", which a placeholder for words left out
    // cannot be told from (a planted doubling of "something" in BBC copy is caught).
    [InlineData("He called it \"a [[great great]] wall\" on Tuesday.")]
    [InlineData("Actually I remember. [[Something something]] reincarnated as a cat, he said.")]
    // A proper noun doubled in prose: one the story names alone elsewhere, one the word list knows, a month.
    [InlineData("Shares fell in Tokyo on Monday, and [[Tokyo Tokyo]] traders expect more losses.")]
    [InlineData("Mr [[Schroeder Schroeder]] said the plan would go ahead.")]
    [InlineData("The deal closes on [[March March]] 3, the company said.")]
    [InlineData("She said a [[Conservative Conservative]] government would bring reform.")]
    // A name already under way, said once elsewhere or not at all: a surname after the given name, a word inside an organisation's name.
    [InlineData("\"We must act carefully,\" said economy minister Heizo [[Takenaka Takenaka]]. But the yen rose.")]
    [InlineData("Unemployment rose, said Frank-Juergen Weise, head of the Federal [[Employment Employment]] Agency.")]
    [InlineData("The actors James Caan and Robert [[Duvall Duvall]] will also return.")]
    // A listed person's given name said twice before the surname.
    [InlineData("The hryvnia rose after [[Volodymyr Volodymyr]] Zelensky spoke, traders said.")]
    // An English word opening a name said twice, the name going on after it (as the seed's "Eastern Eastern Europe").
    [InlineData("The report from the [[National National]] Audit Office said costs had doubled.")]
    [InlineData("Fiat and [[General General]] Motors have until midnight to agree.")]
    [InlineData("The [[Public Public]] Accounts Committee called for a review.")]
    [InlineData("It emerged from [[Chapter Chapter]] 11 protection in March.")]
    [InlineData("Mobile coverage on the [[Isle Isle]] of Man will improve.")]
    // An English word ending a name whose head stands before "of", "for" or "and".
    [InlineData("In October the Court of [[Appeal Appeal]] quashed the sentences.")]
    [InlineData("The National Union of [[Students Students]] argued the opposite.")]
    // A surname after a listed given name opening the sentence; a given name before a surname the story uses alone.
    [InlineData("Kevin [[Maggs Maggs]] would be an obvious replacement at centre.")]
    [InlineData("The suspect fled. Warwickshire [[Police Police]] believe he left the county.")]
    [InlineData("\"We stay on hold,\" said chief executive [[Eckhard Eckhard]] Cordes. Analysts expect Mr Cordes to sell.")]
    // A name no English word spells: opening a name that goes on, or written once elsewhere, even at a sentence's start.
    [InlineData("Shares of the Japanese chemicals group [[Ortana Ortana]] Kogyo fell 4% in Tokyo.")]
    [InlineData("Tavita Mose, 19, has been unable to train since May.\n\nTavita is a sprinter from Auckland.\n\n\"We pray for [[Tavita Tavita]],\" his coach said.")]
    // ... or named only in the doubling, inside a sentence; or named again just after it, in the next sentence.
    [InlineData("Aid budgets are half their 1960 levels, [[Oxfam Oxfam]] says in a report.")]
    [InlineData("Sales rose 26%, according to analysts [[Gartner Gartner]].")]
    [InlineData("The service is run by [[Telewest Telewest]]. Telewest customers in Bristol get it first.")]
    // A proper noun doubled in a line that ends without a full stop but reads as a sentence: a headline, a caption or a teaser in
    // sentence case, or a sentence the page broke at a comma (hyperpartisan-2019 lines).
    [InlineData("Trial news\n\nCourt rules that Officer [[William William]] Porter must testify against co-defendants in the case")]
    [InlineData("Wig suspect\n\nKent [[Police Police]] believe the suspect may have been wearing a wig in this picture\n\nShe died in August.")]
    [InlineData("Arrest\n\nThe driver was arrested and booked into the [[Pierce Pierce]] County Jail,\n\nThe officer is on leave.")]
    // A common word in a heading's Title Case that the article writes in lower case elsewhere.
    [InlineData("Storing Old [[Photographs Photographs]] Safely\n\nPrint photographs fade when they are kept in damp lofts.")]
    // A headline in Title Case, its doubled word not the first, whether or not the story writes the word.
    [InlineData("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n\nTen Ways To [[Cut Cut]] Your Energy Bills This Winter")]
    // A doubling grammar allows elsewhere, ruled out by the words beside it.
    [InlineData("Police said a man [[had had]] been assaulted at the hotel.")]
    [InlineData("Chelsea boss Jose Mourinho [[had had]] claimed that he was in Milan.")]
    [InlineData("The defence secretary warned on Monday [[that that]] the army must stand ready.")]
    [InlineData("But the Treasury said [[there there]] would be no relaxation.")]
    [InlineData("A spokeswoman said he was [[no no]] longer with the company.")]
    [InlineData("It will be of scholarly use, as [[well well]] as of general interest.")]
    [InlineData("He loved the speech, so [[much much]] so that he wrote to the author.")]
    [InlineData("With ten days to [[go go]] before the vote, the polls narrowed.")]
    [InlineData("Neither party would benefit [[much much]] at the ballot box.")]
    // A name that goes on after a listed doubled name's word; the progressive after a pseudo-cleft's "what".
    [InlineData("The film starring Liam Neeson as sex researcher [[Alfred Alfred]] Kinsey got four nominations.")]
    [InlineData("He argued: \"What the British Government [[is is]] doing is giving in.\"")]
    [InlineData("His founder, who is [[now now]] in jail, faces separate charges.")]
    [InlineData("\"I was [[there there]]. I did my bit,\" he told his grandchildren.")]
    public void Flags_words_repeated_back_to_back(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked)[0];
        Assert.Equal("NQ2001", finding.RuleId);
    }

    [Fact]
    public void Suggests_the_single_word_and_explains_the_repeat()
    {
        var finding = RuleAssert.Flags(_rule, "The [[Eastern Eastern]] front.").Single();
        Assert.Equal("Eastern", finding.Suggestion);
        Assert.Equal("\"Eastern\" is repeated: \"Eastern Eastern\".", finding.Message);
    }

    [Theory]
    [InlineData("Workers with [[employer-sponsored sponsored]] plans.", "employer-sponsored")]
    [InlineData("Below last [[year year's]] level.", "year's")]
    [InlineData("Below last [[year year’s]] level.", "year’s")]
    [InlineData("The Senate confirmed Neil Gorsuch, handing President Donald [[Trump Trump's]] biggest victory.", "Trump's")]
    public void Suggests_the_word_once_for_a_partial_repeat(string marked, string suggestion)
    {
        Assert.Equal(suggestion, RuleAssert.Flags(_rule, marked).Single().Suggestion);
    }

    [Theory]
    [InlineData("She had had enough of the talks.")]
    [InlineData("He said that that decision was final.")]
    [InlineData("They flew to Walla Walla and then to Bora Bora.")]
    [InlineData("Bye bye, said the minister, very very slowly.")]
    [InlineData("What it is is a failure of nerve.")]
    [InlineData("He said what the plan is is a matter for the cabinet.")]
    // Names that say a word twice, as listed or as known (found by probing Reuters-style copy).
    [InlineData("Afghan President Ashraf Ghani met Chief Executive Abdullah Abdullah on Tuesday to discuss security.")]
    [InlineData("Chinese pianist Lang Lang performed for President Xi Jinping at a state banquet on Wednesday.")]
    [InlineData("Fans of Duran Duran's early records and of Lang Lang's recital queued; the player offers Semi-Transparent Transparent Opaque.")]
    [InlineData("What they do do is charge more, and I do do my homework.")]
    [InlineData("There is much much more to come, the fans chanted go go go, and the team went.")]
    [InlineData("Sport\n\nSport ministers met on Monday.")]
    [InlineData("He came. Came back, too.")]
    [InlineData("The vote was 10 10 in the first round.")]
    [InlineData("Boutros Boutros-Ghali spoke.")]
    [InlineData("Four suits worn on the Please Please Me album cover sold for $110,000.")]
    [InlineData("South Africa's Bafana Bafana won, and Girls Girls Girls was a hit in 1987.")]
    // A doubled name written so twice (the headline and the story), a reference's row of link labels, a title of common words.
    [InlineData("Former press secretary Dee Dee Myers exits her role\n\nDee Dee Myers, who spoke for the White House, is leaving Warner Bros.")]
    [InlineData("Smith J. Cells in culture. Nature 12, 3 (2001).\n\nCAS Article PubMed PubMed Central Google Scholar\n\nPubMed lists it too.")]
    // An English word shouted in capitals is no name.
    [InlineData("They kept his BODY OUTSIDE ON THE GROUND FOR MANY MANY HOURS! Nobody came.")]
    [InlineData("Fans of Soldier Soldier, a series about soldiers, watched the soldier on screen.")]
    // A doubled name or title opening a longer name, after a possessive, or made of doublings; a doubled place name.
    [InlineData("The suits worn on the Beatles' Please Please Me cover sold, as did props from Chitty Chitty Bang Bang.")]
    [InlineData("She was holidaying on the Thai island of Koh Phi Phi with a friend.")]
    [InlineData("On Thursday, senior law lord Lord Bingham said the rules were incompatible.")]
    [InlineData("She screamed \"no no no no no\" until someone stopped her.")]
    [InlineData("Residents pulled the car from the ditch they are in in Alabama.")]
    [InlineData("It is the trophy he has been waiting for for years.")]
    [InlineData("Boston 0 0 0 1 1 0 2 0 x, and the count went to 1 1 before the homer.")]
    [InlineData("The report names names, and the minister resigned.")]
    [InlineData("He refused to name names, and the fans waved bye bye to the coach.")]
    [InlineData("Workers with employer-sponsored plans and sponsored events paid more, as last year's data showed.")]
    [InlineData("He said that that's the end of it.")]
    [InlineData("They had to send troops in in order to prop up the government, and there was much much more to come.")]
    [InlineData("The officer was a Jefferson High School school resource officer.")]
    // Real sentences (BBC News 2005, hyperpartisan-2019 mainstream): a contracted subject, a relative clause before "the",
    // "you" ending one clause and starting the next, a row of a conjugation table.
    [InlineData("\"This has been incredible - the moment I've been waiting for for years,\" said Moya.")]
    [InlineData("\"To be in some situation that we've been placed in in the past little over a year, it's not easy.\"")]
    [InlineData("It reads, \"Anytime you feel like the whole world is against you you need to scratch that.\"")]
    [InlineData("I would have reserved you would have reserved\n\nreserve Let's reserve reserve")]
    // A repetition quoted as a phrase of its own (hyperpartisan-2019).
    [InlineData("Mr Trump wanted to build a \"great great\" wall along the border.")]
    [InlineData("She called the plan ‘big big’ news.")]
    // A title doubling an interjection, a doubled name that is no English word, a name after a person's "of", a title tripled.
    [InlineData("Fans bought their Please Please Me sleeves, and the Bafana Bafana Supporters Club met.")]
    [InlineData("Singer Mark Hollis of Talk Talk died, and Girls Girls Girls Tour tickets sold out.")]
    [InlineData("We flew far far away, to the Walla Walla Union-Bulletin office.")]
    // A widget label repeating its icon's text at the start of a line; a work's title that the story doubles too.
    [InlineData("Share Share on Facebook\n\nThe share price fell on Monday.")]
    // A row of share buttons, each icon's text beside its label; a calendar's day letters.
    [InlineData("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n\nShare This Story Share Share Tweet Tweet Email Email")]
    [InlineData("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n\nAugust 2018 M T W T F S S")]
    [InlineData("Why Soldier Soldier Still Matters\n\nSoldier Soldier ran for seven series, and every soldier in it was a type.")]
    // A doubled name the list knows, a chant, a repetition meant as one.
    [InlineData("Fighting it out for the award are Gawker, Wonkette, Boing Boing, and Gothamist.")]
    [InlineData("At the end of each speech, the workers shouted, \"Sami Sami!\"")]
    [InlineData("He also produced hits such as Turn, Turn Turn for the Byrds.")]
    [InlineData("")]
    // "had had" before its object, "that that" before a verb, "no there there", the noun "a no no".
    [InlineData("We had had a mountain to climb, and they had had limited success before.")]
    [InlineData("She said that that was the end of it, and that that's final.")]
    [InlineData("Critics say there is no there there, and lateness is a no no for the club.")]
    // The comforting "there, there" and "now now" open what is said; "much much" before a comparative is emphasis.
    [InlineData("\"Now now, there is no need to shout,\" she said. \"There there, it will pass.\"")]
    [InlineData("The new plant is much much bigger, and costs much much less.")]
    [InlineData("The U.S. and U.K. envoys met the U.N. team; A.B. C.D. Ltd and the U.S.-U.S. trade were not discussed.")]
    // A surname, then the same word in lower case (Reuters-style probe of European copy).
    [InlineData("Prime Minister Theresa May may call an early election, and Oman's Sultan Qaboos bin Said said he would mediate.")]
    // A name no list knows that repeats a word, after a title (the third hand-planted round: a South African chief justice).
    [InlineData("Chief Justice Mogoeng Mogoeng swore in the new cabinet on Monday.")]
    // Capitals shouted in a line of prose, and a whole line in capitals.
    [InlineData("They kept his BODY OUTSIDE ON THE GROUND FOR MANY MANY HOURS! First they lied.\n\nNATO NATO NATO")]
    public void Leaves_legitimate_doublings_and_separated_words_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Clean_bbc_articles_stay_clean()
    {
        foreach (var file in Fixtures.Files("clean", "*.txt"))
            RuleAssert.Clean(_rule, File.ReadAllText(file));
    }
}
