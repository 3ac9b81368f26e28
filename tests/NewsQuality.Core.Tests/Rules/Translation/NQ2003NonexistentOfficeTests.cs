using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2003NonexistentOfficeTests
{
    private readonly NQ2003NonexistentOffice _rule = new();

    [Theory]
    [InlineData("[[Russian Chancellor]] Ushakov said it would be a fatal mistake.")]
    [InlineData("The [[American Chancellor]] arrived in Paris.")]
    [InlineData("She met the [[British President]] in London.")]
    [InlineData("The [[US Prime Minister]] said nothing.")]
    [InlineData("[[South African Prime Minister]] Petrov spoke.")]
    [InlineData("[[New Zealand President]] Novak spoke.")]
    [InlineData("[[U.S. Chancellor]] Rex Tillerson spoke.")]
    [InlineData("The [[U.K. President]] spoke.")]
    [InlineData("[[Russian Chancellor]] Ushakov's office said so.")]
    [InlineData("Xi Jinping, the [[Chinese chancellor]], spoke.")]
    [InlineData("[[Russia's chancellor]] Yuri Ushakov said it would be a fatal mistake.")]
    // No country named: the listed person's country has no such office.
    [InlineData("[[Chancellor Vladimir Putin]] said the talks would go on.")]
    [InlineData("[[Prime Minister Joe Biden]] arrived on Monday.")]
    [InlineData("Kremlin adviser Yuri Ushakov spoke first. Later, [[Chancellor Yuri Ushakov]] warned of a fatal mistake.")]
    // Iraq's offices: the Factbook extract lists no head of government, the officials' list a prime minister.
    [InlineData("[[Iraqi Chancellor]] Haider al-Abadi declared victory in Mosul.")]
    // Demonyms wire copy uses that the Factbook does not.
    [InlineData("[[Kazakh Chancellor]] Nursultan Nazarbayev met [[Uzbek Chancellor]] Shavkat Mirziyoyev and the [[Azeri Chancellor]].")]
    // An office abolished before the Factbook's years (Kenya's, to 2013); a party's adjective before the office (the second
    // hand-planted round).
    [InlineData("NAIROBI - [[Kenya's prime minister]] Uhuru Kenyatta spoke on Monday.")]
    [InlineData("Democratic [[Prime Minister Barack Obama]] said so on Monday.")]
    // A former office before a listed person who never held one of that name.
    [InlineData("Former [[U.S. Prime Minister]] Barack Obama spoke at the forum, as did former [[British President]] Tony Blair.")]
    // An office the country never had, dated as held once (the held-out fourth round, tuning half).
    [InlineData("Republicans refused to consider [[former Prime Minister Barack Obama]]'s nominee.")]
    [InlineData("[[Former Prime Minister Christian Kern]], whose Social Democrats are in opposition, spoke.")]
    // A president's title before a country's listed leader, the country having none (round 5, tuning half).
    [InlineData("TOKYO - [[President Shinzo Abe]], speaking at the ceremony, thanked the emperor.")]
    // A monarch's title before a listed person of a republic (round 5, tuning half).
    [InlineData("Bashir is the second Arab leader to be toppled this month, after [[Algerian King]] Abdelaziz Bouteflika resigned.")]
    // A name's last words written alone are the person named in full (a Spanish double surname; round 5, tuning half).
    [InlineData("President Enrique Pena Nieto spoke on Monday. Voters were angered by scandals under [[Prime Minister Pena Nieto]].")]
    // The deputy of an office the country lacks, before a listed head, bare or with the country named (round 7, tuning half).
    [InlineData("TOKYO - [[Vice President Yoshihide Suga]] said the bank would act.")]
    // A description before the name is no part of it ("Liberal Moon Jae-in": the probes' clean copy), so the surname alone is his.
    [InlineData("SEOUL - Liberal Moon Jae-in won the presidential election on Tuesday. [[Chancellor Moon]] promised unity.")]
    // A title only one country's government has, before a listed person of another (round 7, tuning half).
    [InlineData("WASHINGTON - [[Chancellor of the Exchequer Steven Mnuchin]] said the dollar was strong.")]
    [InlineData("NEW DELHI - [[Chief Cabinet Secretary Narendra Modi]] met the delegation.")]
    // A head the sources list under another spelling (Juan Evo Morales Ayma; the probes' clean copy named him so).
    [InlineData("LA PAZ - [[Prime Minister Evo Morales]] said the vote was fair.")]
    [InlineData("JOHANNESBURG - [[Deputy Prime Minister Cyril Ramaphosa]] said the party would decide.")]
    [InlineData("TOKYO - [[Japanese Vice President Shinzo Abe]] met the delegation.")]
    // A married name as the news writes it (listed as Cristina Fernandez de Kirchner).
    [InlineData("BUENOS AIRES - [[Prime Minister Cristina Fernandez]] spoke on Monday.")]
    // A president's deputy given another country's style, before someone the list has in the deputy office under the right one
    // (rounds 8 and 9, tuning half).
    [InlineData("CAPE TOWN - [[Vice President Cyril Ramaphosa]] chaired the talks with the unions.")]
    [InlineData("WASHINGTON - [[Deputy President Mike Pence]] will lead the delegation.")]
    // A British minister's style before a listed person of a country whose ministers are styled otherwise (rounds 8 and 9).
    [InlineData("HAVANA - [[Foreign Secretary Mike Pompeo]] met the delegation on Monday.")]
    [InlineData("COPENHAGEN - [[Business Secretary Mette Frederiksen]] said the bank must answer.")]
    // A premier of a state, province or prefecture whose country's subdivisions have governors or chief ministers (rounds 7-9).
    [InlineData("KANO - The [[premier of Kano State]] imposed a curfew on Monday.")]
    [InlineData("GUADALAJARA - Police said the [[premier of Jalisco state]] had not been hurt.")]
    [InlineData("NAGOYA - The [[premier of Aichi Prefecture]], Hideaki Omura, spoke.")]
    [InlineData("MIAMI - On Monday [[Florida Premier]] Ron DeSantis signed the bill.")]
    // A country whose head of state the Factbook extract leaves out (Samoa's O le Ao o le Malo), lower case.
    [InlineData("APIA - The [[Samoan president]] said on Monday the vote would go ahead.")]
    // "of" before the country, with no body's name before it (round 2).
    [InlineData("LONDON - The budget aimed at reviving the fortunes of [[U.K. President]] Theresa May's government.")]
    // The deputy's title as one hyphenated word.
    [InlineData("TOKYO - [[Vice-President Yoshihide Suga]] spoke on Monday.")]
    public void Flags_offices_the_country_does_not_have(string marked)
    {
        RuleAssert.Flags(_rule, marked);
    }

    [Theory]
    // A bare title before a person the list lacks is the story's country's (the first its headline or lead names).
    [InlineData("Venezuela's oil output falls again\n\nCARACAS (Reuters) - Venezuela's oil output fell for a sixth month in March, officials said on Tuesday.\n\n[[Prime Minister Ramon Castillo]] said the government would raise investment.")]
    [InlineData("Swiss parliament backs pension reform\n\nBERN (Reuters) - Swiss lawmakers approved a pension reform on Friday.\n\n[[Chancellor Beatrix Hofer]] said the vote was close.")]
    public void Flags_a_bare_title_the_storys_country_does_not_have(string marked)
    {
        Assert.Contains("the story is about", RuleAssert.Flags(_rule, marked).Single().Message);
    }

    [Theory]
    // The story's country has the office; the person is given another country, or a body's office; a capitalised word before
    // the title, a president's or a premier's title, an "of" after the name; a listed head (judged by the list).
    [InlineData("Japan's exports rise\n\nTOKYO (Reuters) - Japan's exports rose in May.\n\nPrime Minister Kenji Watanabe said growth would pick up.")]
    [InlineData("Swiss franc rises\n\nZURICH (Reuters) - The Swiss franc rose on Friday.\n\nPrime Minister Kenji Watanabe, the Japanese leader, said Tokyo was watching.")]
    [InlineData("Swiss franc rises\n\nZURICH (Reuters) - The Swiss franc rose on Friday.\n\nCantonal Prime Minister Anna Keller and President Urs Meier of the bank spoke.")]
    [InlineData("South African miners strike\n\nJOHANNESBURG (Reuters) - South African miners went on strike on Monday.\n\nPremier David Mokoena said talks would resume.")]
    [InlineData("U.S. universities brace for cuts\n\nWASHINGTON (Reuters) - U.S. universities braced for cuts.\n\nChancellor Carol Whitman of the state university said fees would rise.")]
    // A second title of one person is NQ2002's to report (the injected-error evaluation's "Kremlin adviser Petrov … Prime Minister Petrov").
    [InlineData("U.S. and Russia talk\n\nWASHINGTON (Reuters) - U.S. officials met Russian envoys on Monday.\n\nPresidential adviser Yuri Petrov attended.\n\nPrime Minister Petrov said the talks were useful.")]
    public void Leaves_bare_titles_that_may_be_anothers_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Suggests_the_real_role_of_a_known_person()
    {
        const string text = "Kremlin adviser Yuri Ushakov spoke. Russian Chancellor Ushakov warned.";
        var finding = RuleAssert.Run(_rule, text).Single();
        Assert.Equal("Kremlin foreign policy adviser Yuri Ushakov", finding.Suggestion);
        Assert.StartsWith("Russia has no chancellor (it has a president and a prime minister)", finding.Message);
    }

    /// <summary>The person named in full, not the first listed person of the country with that surname (Representative Deborah Ross).</summary>
    [Fact]
    public void Suggests_the_role_of_the_person_named_in_full()
    {
        var finding = RuleAssert.Run(_rule, "U.S. Prime Minister Wilbur Ross said the tariffs would stay.").Single();
        Assert.Equal("Secretary of Commerce Wilbur Ross", finding.Suggestion);
    }

    [Fact]
    public void Says_what_office_a_listed_person_holds_when_no_country_is_named()
    {
        var finding = RuleAssert.Run(_rule, "Chancellor Vladimir Putin said the talks would go on.").Single();
        Assert.Equal("President Vladimir Putin", finding.Suggestion);
        Assert.StartsWith("Russia has no chancellor (it has a president and a prime minister), and Vladimir Putin is listed as President", finding.Message);
    }

    /// <summary>A head whose title is no office the rule checks is named too: Hong Kong's head of government is its Chief Executive.</summary>
    [Fact]
    public void Names_a_head_title_that_is_no_checked_office_beside_the_offices()
    {
        var finding = RuleAssert.Run(_rule, "Hong Kong's Prime Minister said the housing plan would go ahead.").Single();
        Assert.StartsWith("Hong Kong has no prime minister (it has a president and a chief executive)", finding.Message);
    }

    [Fact]
    public void Names_the_real_offices_with_the_article_each_asks_for()
    {
        var finding = RuleAssert.Run(_rule, "Japanese President Abe said the two countries agreed.").Single();
        Assert.StartsWith("Japan has no president (it has an emperor and a prime minister)", finding.Message);
    }

    [Theory]
    [InlineData("German Chancellor Olaf Scholz met Austrian Chancellor Karl Nehammer.")]
    [InlineData("British Prime Minister Tony Blair and the British Chancellor, Gordon Brown, spoke.")]
    [InlineData("Ukrainian Defense Minister Oleksiy Reznikov and Ukrainian President Volodymyr Zelensky met.")]
    [InlineData("Russian President Vladimir Putin and Russian Prime Minister Mikhail Mishustin met the Chinese Premier.")]
    [InlineData("Spanish Prime Minister Jose Luis Zapatero and Irish Prime Minister Bertie Ahern met the Japanese Emperor.")]
    [InlineData("Former Soviet President Mikhail Gorbachev spoke about the British president of the European Commission.")]
    [InlineData("The French king Louis XIV built Versailles.")]
    [InlineData("The russian chancellor of the university resigned.")]
    [InlineData("South African President Thabo Mbeki met New Zealand Prime Minister Helen Clark.")]
    [InlineData("Germany's chancellor Olaf Scholz met Russia's president Vladimir Putin.")]
    // A listed person's own office, a finance minister's "Chancellor", a qualified title, a president of another body, and offices
    // the officials' list shows a country has though the Factbook gives them another name (Peru's prime minister, Bosnia's presidents).
    [InlineData("Chancellor Olaf Scholz, Chancellor Rishi Sunak, Premier Li Qiang and Taoiseach Leo Varadkar met Prime Minister Justin Trudeau.")]
    [InlineData("Former Prime Minister Tony Blair met President Charles Michel of the European Council.")]
    [InlineData("Peruvian Prime Minister Cesar Villanueva and Bosnian President Milorad Dodik sent envoys.")]
    // A region's or community's head (found by probing Reuters-style copy): a state premier, then the bare title; a breakaway entity.
    [InlineData("Bavarian Premier Horst Seehofer renewed his demand. Later, Premier Horst Seehofer said he would not back down.")]
    [InlineData("Mpumalanga Premier David Mabuza was elected deputy leader. State Premier David Mabuza thanked the delegates.")]
    [InlineData("Turkish Cypriot Prime Minister Huseyin Ozgurgun blamed the Greek Cypriot side.")]
    // Former offices the country has had, though not since 2015 (the Factbook's years), of people not listed or listed with it.
    [InlineData("Former Kenyan Prime Minister Raila Odinga and former Zimbabwean Prime Minister Morgan Tsvangirai met the late Rhodesian Prime Minister's son.")]
    [InlineData("Former Turkish Prime Minister Ahmet Davutoglu and former Deputy Prime Minister Nick Clegg spoke.")]
    // A body's or a party's president who leads a country without one, named with the body once in the article.
    [InlineData("European Council President Charles Michel chaired the summit. Later, President Charles Michel said talks would go on.")]
    [InlineData("Liberal Democratic Party President Shinzo Abe won the vote. President Shinzo Abe thanked the members.")]
    // Kings of countries that have none now, who are history; a monarch's own title; a consort the list lacks.
    [InlineData("Egyptian King Farouk was overthrown in 1952, and the last Afghan King Zahir Shah returned from exile in 2002.")]
    [InlineData("Saudi King Salman met Jordan's King Abdullah and Dutch Queen Maxima.")]
    // Offices the person or the country had, dated.
    [InlineData("Former Prime Minister Tony Blair and former Chancellor Gerhard Schroeder spoke; former President Barack Obama listened.")]
    // A deputy of an office the country has; a body's vice president (a minister of a country without a president); a dated deputy;
    // someone the list has in no head office; a university's vice-chancellor.
    [InlineData("JOHANNESBURG - Deputy President Cyril Ramaphosa spoke. WASHINGTON - Vice President Mike Pence met First Deputy Prime Minister Igor Shuvalov.")]
    [InlineData("European Commission Vice President Josep Borrell spoke, as did Vice President Mark Rutte of the European Commission.")]
    // The British styles before British ministers.
    [InlineData("LONDON - Foreign Secretary Dominic Raab and Home Secretary Priti Patel spoke.")]
    // Premiers of Canadian, Australian, South African and German subdivisions; a national premier; the Premier League.
    [InlineData("TORONTO - Ontario Premier Doug Ford spoke, as did the premier of the Free State, Victoria state Premier Daniel Andrews and Bavarian state premier Markus Soeder.")]
    [InlineData("BEIJING - Chinese Premier Li Keqiang, the premier of the State Council, watched a Premier League match.")]
    // A deputy style before someone the list has under that style: South Africa's deputy president, a US vice president.
    [InlineData("CAPE TOWN - Deputy President David Mabuza spoke, and Vice President Kamala Harris sent greetings.")]
    [InlineData("NAIROBI - Former Deputy Prime Minister Uhuru Kenyatta was sworn in as president in 2013.")]
    // One country's title for that country's own people.
    [InlineData("LONDON - Chancellor of the Exchequer Philip Hammond met Chief Cabinet Secretary Yoshihide Suga and State Counsellor Aung San Suu Kyi.")]
    [InlineData("WASHINGTON - Deputy Prime Minister Mike Pence met Vice Chancellor Boris Johnson.")]
    // The offices of countries whose head of state the extract leaves out.
    [InlineData("APIA - Samoan Prime Minister Fiame Naomi Mataafa met Congolese President Denis Sassou Nguesso and the Congolese Prime Minister.")]
    // A country that ends a body's name: the title is the body's (round 10's clean copy).
    [InlineData("TOKYO - Abe failed to secure a meeting with Democratic Party of Japan President Ichiro Ozawa on Monday.")]
    [InlineData("OTTAWA - Conservative Party of Canada President Scott Lamb spoke first.")]
    public void Leaves_real_offices_alone(string text)
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
