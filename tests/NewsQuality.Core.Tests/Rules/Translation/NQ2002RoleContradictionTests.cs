using NewsQuality.Rules.Translation;

namespace NewsQuality.Core.Tests.Rules.Translation;

public class NQ2002RoleContradictionTests
{
    private readonly NQ2002RoleContradiction _rule = new();

    [Theory]
    [InlineData("The leader was satisfied, according to Kremlin adviser Yuri Ushakov. Later, [[Russian Chancellor Ushakov]] said it would be a mistake.")]
    [InlineData("Yuri Ushakov, a Kremlin adviser, spoke first. Later [[President Ushakov]] said more.")]
    [InlineData("Defence Minister Ben Wallace arrived. Officials said [[Foreign Secretary Wallace]] would speak.")]
    [InlineData("White House spokesman Jay Carney said no. On Friday [[Prime Minister Carney]] said yes.")]
    [InlineData("President Donald Trump arrived. Later, [[Chancellor Trump]]'s aides said more.")]
    [InlineData("U.S. Secretary of State Rex Tillerson arrived. Later, [[U.S. Senator Tillerson]] said more.")]
    [InlineData("Sen. Ted Cruz arrived. Later, [[Archbishop Cruz]] said more.")]
    [InlineData("Attorney General Jeff Sessions spoke. [[Sessions, the Russian admiral]], said more.")]
    // The title before the name, the name set off by commas.
    [InlineData("Kremlin adviser Yuri Ushakov spoke. Later, the [[Russian chancellor, Yuri Ushakov]], said more.")]
    [InlineData("Prime Minister Theresa May spoke. Later, [[Defence Secretary Theresa May]] said more.")]
    // A name with particles, whole.
    [InlineData("New York Mayor Bill de Blasio spoke. Later, [[Governor Bill de Blasio]] said more.")]
    [InlineData("Crown Prince Mohammed bin Salman spoke. Later, [[Foreign Minister Mohammed bin Salman]] said more.")]
    [InlineData("Supreme Leader Kim Jong-un spoke. Later, [[Foreign Minister Kim Jong-un]] said more.")]
    // A country of two words in a title set off by commas ("the South African president").
    [InlineData("Justice Minister Michael Masutha arrived on Thursday. Later, the [[South African president, Michael Masutha]], said the talks had been useful.")]
    // Found by planting errors in Reuters-style copy: a surname alone after an "al-" surname, a bare "Chancellor" of a German.
    [InlineData("Iraqi Prime Minister Haider al-Abadi declared victory on Monday. [[President Abadi]] congratulated the armed forces.")]
    [InlineData("German Finance Minister Wolfgang Schaeuble said the talks had stalled. [[Chancellor Schaeuble]] told reporters more.")]
    // Cabinet portfolios beyond the foreign, defence, finance, interior and justice ministries.
    [InlineData("U.S. Treasury Secretary Steven Mnuchin said the assets would be frozen. [[Commerce Secretary Mnuchin]] said more steps were possible.")]
    [InlineData("Health Minister Jens Spahn spoke on Monday. Later, [[Defence Minister Spahn]] said more.")]
    // A family name first: the bare surname is the first word ("President Moon", "Chancellor Xi").
    [InlineData("South Korean President Moon Jae-in said the launch was a provocation. [[Prime Minister Moon]] told a meeting that sanctions were needed.")]
    [InlineData("Chinese President Xi Jinping met the envoy on Monday. Later, [[Foreign Minister Xi]] said trade talks would go on.")]
    // A month that is a surname, after a title ("Foreign Secretary May"); the right title again later is not reported.
    [InlineData("British Prime Minister Theresa May arrived in Paris. [[Foreign Secretary May]] had told lawmakers so, and Prime Minister May said she was ready.")]
    // Titles the lexicon lacked, a title after "to the United Nations", a title set off by commas after a possessive (hand-planted
    // into wire-style copy).
    [InlineData("Prosecutor General Yuriy Lutsenko opened a case on Monday. [[Foreign Minister Lutsenko]] declined to comment.")]
    [InlineData("Treasury Minister Scott Morrison spoke on Monday. Later, [[Defence Minister Morrison]] agreed.")]
    [InlineData("U.S. Ambassador to the United Nations Nikki Haley said time was running out. [[Defense Secretary Haley]] said more later.")]
    [InlineData("Trump's senior adviser, Jared Kushner, said the talks were useful. [[Defense Secretary Kushner]] said more later.")]
    // Titles the lexicon lacked (the second hand-planted round).
    [InlineData("Scottish First Minister Nicola Sturgeon spoke. Later, [[Foreign Minister Sturgeon]] said so.")]
    [InlineData("Brexit Secretary David Davis spoke. [[Defence Secretary Davis]] agreed.")]
    [InlineData("Treasurer Scott Morrison unveiled the budget. [[Foreign Minister Morrison]] agreed.")]
    [InlineData("Home Minister Rajnath Singh spoke. [[Information Minister Singh]] agreed.")]
    [InlineData("NATO Secretary-General Jens Stoltenberg spoke. [[Defence Minister Stoltenberg]] agreed.")]
    // A move stated of another person in the same sentence (the third hand-planted round).
    [InlineData("Prime Minister Narendra Modi congratulated Ram Nath Kovind, who was elected president on Thursday. Later, [[President Modi]] said the vote was fair.")]
    // A word of the same letters that is no move ("New York", capitalised).
    [InlineData("New York Mayor Bill de Blasio spoke to the new governor. Later, [[Defense Secretary Bill de Blasio]] said more.")]
    // A deputy's office is not the office; the two chambers are no one person's; a supreme leader is no president (the hand-planted
    // rounds, checked again).
    [InlineData("Philippine President Rodrigo Duterte flew home from Moscow. [[Vice President Duterte]] said the militants would be crushed.")]
    [InlineData("Deputy Attorney General Rod Rosenstein wrote the memo. [[Attorney General Rosenstein]] said the review was his own.")]
    [InlineData("Senate Majority Leader Mitch McConnell scheduled the vote. [[House Speaker McConnell]] said it would pass.")]
    [InlineData("House Democratic Leader Nancy Pelosi met the president. [[Senator Pelosi]] said the deal would hold.")]
    [InlineData("Iranian President Hassan Rouhani won a second term. [[Supreme Leader Rouhani]] said the nuclear deal would stand.")]
    // Words of appointment that make no one anything: an adjective in another clause, a move of someone a name only describes.
    [InlineData("Macron, who has never held elected office, served as economy minister under President Francois Hollande. [[Prime Minister Hollande]] called to congratulate him.")]
    [InlineData("Ugandan President Yoweri Museveni took the oath. Besigye, a former Museveni ally, was held after a video showed him being sworn in as president. [[Prime Minister Museveni]] spoke later.")]
    // The agent of a passive ("asked by", "sworn in by") takes no office (the held-out fifth round, tuning half).
    [InlineData("Conte took the oath before President Sergio Mattarella. Cottarelli, an economist asked by Mattarella to lead a technocrat government, stepped aside. [[Prime Minister Mattarella]] had vetoed the cabinet list.")]
    [InlineData("Giuseppe Conte was sworn in by President Sergio Mattarella as prime minister. [[Prime Minister Mattarella]] had vetoed the cabinet list.")]
    // A name's last words written alone are the person named in full (a Spanish double surname).
    [InlineData("Mexican President Enrique Pena Nieto spoke on Monday. [[Foreign Minister Pena Nieto]] said the talks would go on.")]
    // Heads of two international bodies (rounds 1 and 4).
    [InlineData("May's letter went to European Council President Donald Tusk on Wednesday. [[European Commission President Tusk]] said it was no happy day.")]
    [InlineData("U.N. Secretary-General Antonio Guterres spoke first. Later, [[U.N. General Assembly President Guterres]] said the same.")]
    // A title set off by commas after a possessive pronoun.
    [InlineData("Trump said his son-in-law and senior adviser, Jared Kushner, would lead the effort. [[Ambassador Kushner]] has no diplomatic experience.")]
    // Leaving an office is no move into another; a title before someone else's name is theirs; the title a person is named from
    // is the old one.
    [InlineData("Zuma fired Finance Minister Pravin Gordhan on Thursday, replacing him with Home Affairs Minister Malusi Gigaba. [[Home Affairs Minister Gordhan]] had clashed with Zuma.")]
    [InlineData("Trump named Homeland Security Secretary John Kelly as his new White House chief of staff on Friday. [[Defense Secretary Kelly]] had asked for the change.")]
    // A listed Ethiopian's, Thai's or Malaysian's given name alone is the person, as the news writes it.
    [InlineData("Prime Minister Hailemariam Desalegn declared a state of emergency. [[President Hailemariam]] said order would be restored.")]
    [InlineData("Prime Minister Prayuth Chan-ocha spoke on Monday. [[Foreign Minister Prayuth]] said the election would be held next year.")]
    [InlineData("Home Minister Ahmad Zahid Hamidi spoke on Monday. [[Foreign Minister Zahid]] told reporters in Kuala Lumpur.")]
    // Titles the lexicon lacked: agency directors, a first minister (no prime minister); "general" in a party's "general secretary" is
    // no rank that a word of appointment could give (the held-out fourth round, tuning half).
    [InlineData("Trump fired FBI Director James Comey on Tuesday. [[CIA Director Comey]]'s letter had angered Democrats.")]
    [InlineData("Scottish First Minister Nicola Sturgeon spoke on Monday. [[Prime Minister Sturgeon]] said a vote would follow.")]
    [InlineData("President Xi Jinping will stay in office. [[Premier Xi]], 64, is also general secretary of the party.")]
    // A common surname says nothing of kin (many listed Johnsons); a surname that is the plural of no title's last word is a name.
    [InlineData("Prime Minister Boris Johnson arrived on Thursday. Later, [[Interior Minister Johnson]] said the talks had been useful.")]
    [InlineData("Representative Cleo Fields arrived on Friday. [[Archbishop Fields]]'s office later said the talks had been useful.")]
    // Two head offices the person held one after the other, the earlier undated in an article that names a year of the later
    // (round 4, report half, after the list learned Erdogan's premiership).
    [InlineData("ANKARA - President Tayyip Erdogan spoke on Monday about the 2016 coup attempt. Later, [[Prime Minister Tayyip Erdogan]] said the vote would go ahead.")]
    // One head listed twice under two spellings (Dmitry and Dmitriy Medvedev) is one person: the other record is no kin who held
    // the office.
    [InlineData("MOSCOW - Prime Minister Dmitry Medvedev met the cabinet on Monday to discuss the 2019 budget. [[President Medvedev]] said the rouble would hold.")]
    // A participle opening a sentence is no given name ("Joining Xi on the committee…" made a person "Joining Xi" of the later
    // "Premier Xi"); someone named between a word of appointment and the title is the one moved, not the subject (round 1 and 2).
    [InlineData("BEIJING - Chinese President Xi Jinping spoke on Wednesday. Joining Xi on the committee are Premier Li Keqiang and Wang Yang. Later, [[Premier Xi]] said China would open up.")]
    [InlineData("SEOUL - South Korean President Moon Jae-in took office on Wednesday. Moon nominated Lee Nak-yon, a provincial governor, as prime minister. Later, [[Prime Minister Moon]] called the launch reckless.")]
    // A title before an honorific is the name's ("Prime Minister Sir Keir Starmer").
    [InlineData("LONDON - Prime Minister Sir Keir Starmer spoke on Monday.\n\nLater, [[Foreign Secretary Starmer]] said the talks had failed.")]
    // A deputy's title written as one hyphenated word, as British and wire copy has it.
    [InlineData("WASHINGTON - Vice-President Mike Pence spoke on Monday. Later, [[Senate Majority Leader Pence]] said the bill would pass.")]
    public void Flags_the_later_mention_with_an_incompatible_title(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Single(finding.Related);
        Assert.Contains("earlier title", finding.Related[0].Message);
    }

    [Theory]
    // The slip in the first title: a title the listed person never held, or one the other titles disagree with.
    [InlineData("LONDON - [[Home Secretary Boris Johnson]] arrived in Paris on Tuesday. Prime Minister Johnson said on Wednesday he was ready.")]
    [InlineData("[[Russian Chancellor Yuri Ushakov]] arrived on Tuesday. Kremlin adviser Ushakov said he was ready.")]
    [InlineData("[[Defence Minister Petr Novak]] arrived. Prime Minister Novak spoke. Later, Prime Minister Novak left.")]
    [InlineData("MOSCOW - [[Prime Minister Vladimir Putin]] met the cabinet on Monday. President Putin said the 2017 budget would hold.")]
    public void Flags_the_first_mention_when_it_is_the_slip(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Contains("later title", finding.Related.Single().Message);
    }

    [Theory]
    // One country's single office given to two people: reported at the listed person who never held it.
    [InlineData("Chinese Premier Li Keqiang spoke on Monday. Later, [[Premier Wang Yi]] said the economy was sound.")]
    [InlineData("Russian Foreign Minister Sergei Lavrov met the envoy. [[Foreign Minister Sergei Shoigu]] said the talks would go on.")]
    // A chamber's leader; the second holder met first in the article.
    [InlineData("Senators John McCain and Susan Collins voted no. \"It is a disappointing moment,\" Senate Majority Leader Mitch McConnell said. [[McCain, the Senate majority leader]], said the bill failed.")]
    // A Pakistani honorific left out, as the news writes the name (listed as Makhdoom Shah Mahmood Qureshi; round 6, tuning half).
    [InlineData("ISLAMABAD - Prime Minister Imran Khan met the army chief on Monday. [[Prime Minister Shah Mahmood Qureshi]] told reporters the talks went well.")]
    // One international body's head given to two people, before the name or set off after it (round 7, tuning half): reported at
    // the one the list does not have there, else the later.
    [InlineData("GENEVA - WHO Director-General Margaret Chan declared an emergency. [[Keiji Fukuda, the WHO's director-general]], said the risk was high.")]
    [InlineData("WASHINGTON - [[Fed Chair Richard Clarida]] said inflation was low. Fed Chair Jerome Powell agreed.")]
    [InlineData("MONTREAL - WADA President Craig Reedie said the agency would decide. [[WADA President Linda Helleland]] wanted a ban.")]
    // Bodies beyond the UN's core and the banks (round 9, tuning half: CERN).
    [InlineData("PARIS - UNESCO Director-General Koichiro Matsuura opened the session.\n\n[[Irina Bokova, UNESCO's director-general]], said the site was at risk.")]
    // The listed head's own appointment, told in the story, excuses nobody else (round 7, tuning half).
    [InlineData("WASHINGTON - Fed Chair Jerome Powell said the cut was an adjustment. [[Fed Chair Richard Clarida]] agreed.\n\nPowell, whom Trump picked to lead the Fed, took office in 2018.")]
    // One bare title, word for word, before two people, whatever the list knows of them (a minister of years it lacks).
    [InlineData("WASHINGTON - Chief Justice John Roberts wrote the opinion on Thursday.\n\n[[Chief Justice Samuel Whitfield]] read a dissent from the bench.")]
    [InlineData("CARACAS - Foreign Minister Ramon Ortega said the vote was fair.\n\n[[Foreign Minister Diego Salas]] told reporters the army would stay neutral.")]
    [InlineData("SEOUL - Prime Minister Hwang Kyo-ahn chaired a cabinet meeting.\n\n[[Prime Minister Choi Min-jung]] told reporters the court had spoken.")]
    // A word of succession told of someone else, or of who chose the holder, excuses no second holder (round 8, tuning half).
    [InlineData("QUITO - Foreign Minister Ramon Ortega said Luis Vargas, whom the president named as his successor, would lead the party.\n\n[[Foreign Minister Diego Salas]] told reporters the army would stay neutral.")]
    [InlineData("WASHINGTON - Chief Justice John Roberts, a conservative appointed by President George W. Bush, wrote the opinion.\n\n[[Chief Justice Samuel Whitfield]] read a dissent.")]
    // Any cabinet portfolio, a vice president (rounds 7 and 8, tuning half).
    [InlineData("TOKYO - Economy Minister Kenji Sato said growth had slowed.\n\n[[Economy Minister Hiro Tanaka]] told reporters the yen was too strong.")]
    // Australia's treasurer, a one-word title (round 9, tuning half).
    [InlineData("CANBERRA - Treasurer Josh Frydenberg presented the budget.\n\n[[Treasurer Peter Dutton]] said the deficit would narrow.")]
    [InlineData("LIMA - Vice President Ana Ruiz chaired the cabinet.\n\n[[Vice President Jorge Pena]] has worked with the anti-graft commission for years.")]
    // The title after "the" and set off by a comma, as the Guardian writes it; Ireland's deputy prime minister by its own name
    // (round 9, tuning half).
    [InlineData("The tanaiste, Joan Burton, said she was proud of the voters.\n\nThe [[tanaiste, Enda Kenny]], said Ireland had sent a message to the world.")]
    [InlineData("Foreign Minister Ramon Ortega said the vote was fair.\n\nThe [[foreign minister, Diego Salas]], told reporters the army would stay neutral.")]
    // A title before an honorific is the name's ("Supreme Leader Ayatollah Ali Khamenei"; round 10, tuning half).
    [InlineData("TEHRAN - Supreme Leader Ayatollah Ali Khamenei vowed revenge.\n\nIran's [[supreme leader, Mohammad Javad Zarif]], called the killing terrorism.")]
    // "holding" before a title and a name holds the person, not the office (round 10, tuning half).
    [InlineData("SUVA - Gunmen are holding Prime Minister Mahendra Chaudhry in parliament.\n\n[[Prime Minister Kamisese Mara]] has declared a state of emergency.")]
    public void Flags_a_single_office_given_to_a_second_person(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Contains("gives that office to", finding.Message);
        Assert.Single(finding.Related);
    }

    [Theory]
    // A head of state called head of government of the same country, or the other way round, with no second holder in the
    // article; a dated title too (the held-out fifth round, tuning half).
    [InlineData("JERUSALEM - [[Prime Minister Reuven Rivlin]] will meet the leaders of every party next week.")]
    [InlineData("DUBLIN - [[Irish President Leo Varadkar]] said the border must stay open.")]
    // One man listed twice under two spellings (Binyamin and Benyamin Netanyahu), both prime minister.
    [InlineData("JERUSALEM - [[Israeli President Benjamin Netanyahu]] said Iran must never get the bomb.")]
    [InlineData("SINGAPORE - [[Singapore President Lee Hsien Loong]] welcomed the delegations to the island.")]
    [InlineData("BERLIN - [[German President Angela Merkel]] said the coalition would hold.")]
    [InlineData("DUBLIN - [[Former President Enda Kenny]] told party members on Friday that they must unite.")]
    // A leading Muhammad left out, as the news writes Pakistani names (listed as Mohammad Nawaz Sharif).
    [InlineData("LAHORE - Supporters of [[former President Nawaz Sharif]] marched on Friday.")]
    // A member of one chamber of Congress called a member of the other (round 1).
    [InlineData("WASHINGTON - House Intelligence Committee Chairman Devin Nunes said he had seen the reports. [[Senator Nunes]] briefed the president on Wednesday.")]
    [InlineData("WASHINGTON - [[Representative Ted Cruz]] of Texas said the bill would fail.")]
    // A US cabinet member called by another cabinet office (the held-out sixth round, tuning half).
    [InlineData("WASHINGTON - [[Secretary of State Jim Mattis]] told reporters the Pentagon was ready.")]
    [InlineData("SEOUL - [[U.S. Defense Secretary Mike Pompeo]] urged both sides to talk.")]
    // Someone the list has in another office of cabinet rank (UN ambassador, commerce), also inside a list of officials (round 6).
    [InlineData("CARACAS - [[U.S. Secretary of State Nikki Haley]] called the vote a sham.")]
    [InlineData("BUENOS AIRES - Treasury Secretary Steven Mnuchin, [[Treasury Secretary Wilbur Ross]], Trade Representative Robert Lighthizer and adviser Larry Kudlow attended the dinner.")]
    [InlineData("KABUL - [[U.S. Defense Secretary Zalmay Khalilzad]] met Taliban negotiators in Doha.")]
    // A plural title is each listed name's: a representative among "Senators" (round 7, tuning half: "Republican Representatives
    // Rand Paul and Mike Lee").
    [InlineData("WASHINGTON - [[Senators Ted Cruz and Nancy Pelosi]] criticised the plan on Monday.")]
    // A president known by his second given name (listed as Jose Pedro Castillo Terrones), beside another head (round 8, tuning half).
    [InlineData("SANTIAGO - Argentine President Alberto Fernandez and [[Peruvian Prime Minister Pedro Castillo]] sent congratulations.")]
    // A head of 1995-2012 the sources lack, listed by hand.
    [InlineData("ADDIS ABABA - [[Ethiopian President Meles Zenawi]] said the dam would be finished on time.")]
    public void Flags_a_head_given_the_other_head_office_by_the_list(string marked)
    {
        var finding = RuleAssert.Flags(_rule, marked).Single();
        Assert.Contains("is listed as", finding.Message);
        Assert.Contains("never held that office", finding.Message);
    }

    [Theory]
    // A head office held only before the other, undated, in an article that names a year of the later (round 4, tuning half).
    [InlineData("MOSCOW - Russia will hold its next vote in 2024, [[Prime Minister Vladimir Putin]] said on Monday.")]
    public void Flags_a_head_office_held_only_before_in_later_copy(string marked)
    {
        Assert.Contains("only before that", RuleAssert.Flags(_rule, marked).Single().Message);
    }

    [Theory]
    // A title a lawmaker's seat or an infinitive's unnamed doer does not move the person into.
    [InlineData("Prime Minister Benjamin Netanyahu won the most seats. [[Prime Minister Reuven Rivlin]] will consult party leaders before choosing a lawmaker to try to form a government.")]
    public void A_move_of_someone_else_does_not_explain_a_second_holder(string marked)
    {
        Assert.Contains("gives that office to", RuleAssert.Flags(_rule, marked).Single().Message);
    }

    [Theory]
    // The other head office held before the list's years (by hand: Putin's and Erdogan's premierships), a body's president, an
    // acting head, a move the article states.
    [InlineData("MOSCOW - President Vladimir Putin said on Monday Russia would respond. Prime Minister Vladimir Putin ordered troops into Georgia in 2008, according to some accounts.")]
    [InlineData("ANKARA - Prime Minister Tayyip Erdogan said in 2012 that the talks had failed.")]
    [InlineData("MOSCOW - Prime Minister Vladimir Putin said on Monday the rouble would hold.")]
    // Both head offices, in an article that names no year of the later one: it may be written in the earlier one's years, and
    // the later title the slip; nothing tells which.
    [InlineData("COLOMBO - President Maithripala Sirisena fired Prime Minister Ranil Wickremesinghe on Friday. President Wickremesinghe refused to go.")]
    [InlineData("BRUSSELS - European Council President Donald Tusk said the summit would go on.")]
    [InlineData("BRUSSELS - President Donald Tusk of the European Council said the summit would go on.")]
    [InlineData("SEOUL - Acting President Han Duck-soo met the cabinet on Monday.")]
    // Years that name events ahead of the story, not the time it was written in (a 2010 story: Putin was prime minister).
    [InlineData("ZURICH - Russia won the right to stage the 2018 finals and Qatar the 2022 World Cup. Prime Minister Vladimir Putin flew in to celebrate.")]
    [InlineData("NUR-SULTAN - Senate speaker Kassym-Jomart Tokayev was sworn in as president on Wednesday. President Kasym-Zhomart Tokayev said he would keep the course.")]
    // A seat held before 1995, which the list now keeps (McCain in the House, 1983-1987); a state senator.
    [InlineData("PHOENIX - Representative John McCain first went to Washington in 1983.")]
    [InlineData("COLUMBIA - State Senator Mick Mulvaney won the House seat in 2010.")]
    // Someone the list has in no cabinet office (a governor who joined the cabinet in 2025), a cabinet office the person held.
    [InlineData("WASHINGTON - Homeland Security Secretary Kristi Noem visited the border on Monday.")]
    [InlineData("WASHINGTON - Secretary of State Mike Pompeo met his Chinese counterpart on Monday.")]
    // Offices of cabinet rank held in turn, the list's own title for the treasury, the 2025 cabinet (by hand).
    [InlineData("WASHINGTON - Commerce Secretary Wilbur Ross and U.N. Ambassador Nikki Haley spoke on Monday.")]
    [InlineData("WASHINGTON - Secretary of the Treasury Steven Mnuchin and Treasury Secretary Janet Yellen met in 2021.")]
    [InlineData("WASHINGTON - Education Secretary Linda McMahon announced the cuts on Monday.")]
    [InlineData("WASHINGTON - Attorney General Pam Bondi and Defense Secretary Pete Hegseth testified on Tuesday.")]
    // A state's attorney general (Janet Napolitano, Arizona's from 1999, listed only as homeland security secretary).
    [InlineData("PHOENIX - Arizona Attorney General Janet Napolitano sued the company on Monday.")]
    public void Leaves_a_head_office_held_before_or_of_a_body_alone(string text)
    {
        RuleAssert.Clean(_rule, text);
    }

    [Fact]
    public void Message_cites_both_titles_and_suggests_the_earlier_one()
    {
        const string text = "Talks ended.\nKremlin adviser Yuri Ushakov spoke.\nRussian Chancellor Ushakov warned.";
        var finding = RuleAssert.Run(_rule, text).Single();
        Assert.Contains("\"Russian Chancellor\"", finding.Message);
        Assert.Contains("\"Kremlin adviser\" on line 2", finding.Message);
        Assert.Equal("Kremlin adviser Ushakov", finding.Suggestion);
        Assert.Equal(2, finding.Related[0].Line);
    }

    [Theory]
    [InlineData("Kremlin adviser Yuri Ushakov spoke. Ushakov, a Kremlin aide, said the talks went well.")]
    [InlineData("Kremlin spokesman Dmitry Peskov said no. Peskov, a Kremlin aide, repeated it.")]
    [InlineData("Chancellor Gordon Brown spoke. Chancellor of the Exchequer Gordon Brown then left.")]
    [InlineData("Prime Minister Tony Blair met former Prime Minister John Major. Later, President John Major? No: deputy leader John Prescott.")]
    [InlineData("Former Foreign Secretary Jack Straw spoke. Prime Minister Tony Blair and Foreign Secretary Jack Straw then met.")]
    [InlineData("George Bush spoke. Laura Bush, a former teacher, listened. President Bush left.")]
    [InlineData("Jay Carney, then press secretary, spoke. Then Prime Minister Carney? No: the then prime minister.")]
    [InlineData("President Vladimir Putin spoke. Foreign Minister Sergey Lavrov listened.")]
    [InlineData("US President Joe Biden met German Chancellor Olaf Scholz; Chancellor Scholz said Biden was right.")]
    // A clause about someone else before the name, and a qualified title set off by commas.
    [InlineData("Kremlin adviser Yuri Ushakov spoke. Asked about the chancellor, Yuri Ushakov said the talks went well.")]
    [InlineData("Kremlin adviser Yuri Ushakov spoke. He met the former chancellor, Gerhard Schroeder, on Monday.")]
    // A listed person's two offices, held one after the other; a surname that is also a month ("Theresa May").
    [InlineData("Home Secretary Theresa May spoke in 2012. Prime Minister Theresa May later called an election.")]
    // Places and works with a particle between capitalised words are no one's name; one particle-named person is not another.
    [InlineData("Mayor Bill de Blasio visited Rio de Janeiro. Later, Governor Bill Lee watched the Tour de France.")]
    // A change of office the article states (found by probing Reuters-style copy), and the head of a party or a body.
    [InlineData("Foreign Minister Paolo Gentiloni was sworn in as Italy's prime minister on Monday. Prime Minister Paolo Gentiloni kept most ministers.")]
    [InlineData("Macron named Lyon Mayor Gerard Collomb as interior minister on Wednesday, and Defense Minister Jean-Yves Le Drian as foreign minister. Foreign Minister Jean-Yves Le Drian flew to Mali.")]
    [InlineData("Japanese Prime Minister Shinzo Abe's coalition won. Liberal Democratic Party President Shinzo Abe said he would revise the constitution.")]
    [InlineData("Slovak Foreign Minister Miroslav Lajcak took office on Tuesday. General Assembly President Miroslav Lajcak said he would focus on migration.")]
    [InlineData("British Chancellor Philip Hammond presented the budget. Finance Minister Philip Hammond said growth would slow.")]
    [InlineData("Economy Minister Bruno Le Maire spoke on Monday. Finance Minister Bruno Le Maire said the deficit would shrink.")]
    [InlineData("President Moon Jae-in met President Donald Trump, and Foreign Minister Kang Kyung-wha met Secretary of State Rex Tillerson. Moon and Trump spoke.")]
    // A past office in a clause after the name, and a second office stated as held at once (world-news probe).
    [InlineData("Kenyan President Uhuru Kenyatta was sworn in. Kenyatta, who was finance minister in the power-sharing government, won 98 percent.")]
    [InlineData("Venezuelan President Nicolas Maduro said the sanctions would fail. Maduro, 55, was foreign minister under the late Hugo Chavez.")]
    [InlineData("Israeli Prime Minister Benjamin Netanyahu, who also serves as foreign minister, met Modi. Foreign Minister Benjamin Netanyahu then left.")]
    [InlineData("Interior Secretary Eduardo Ano ordered raids. Interior Minister Eduardo Ano said the police would act.")]
    // Moves stated otherwise, dated appositions and lawmakers of parliamentary systems (Reuters-style probe of European copy).
    [InlineData("Macron named Edouard Philippe prime minister on Monday, two days after naming Philippe, a centre-right lawmaker, as his prime minister.")]
    [InlineData("Foreign Minister Paolo Gentiloni took over from Matteo Renzi as prime minister. Prime Minister Paolo Gentiloni said he would pass a new law.")]
    [InlineData("Economy Minister Sigmar Gabriel will take over the foreign ministry from Frank-Walter Steinmeier. Foreign Minister Sigmar Gabriel flew to Washington.")]
    [InlineData("President Sergio Mattarella asked Foreign Minister Paolo Gentiloni to form a government. Prime Minister Paolo Gentiloni thanked him.")]
    [InlineData("Italy's new prime minister, Paolo Gentiloni, won a vote. Foreign Minister Paolo Gentiloni had led talks on Libya.")]
    [InlineData("President Tayyip Erdogan spoke on Monday. Erdogan, prime minister from 2003 to 2014, won the vote.")]
    [InlineData("Foreign Secretary Boris Johnson spoke. Johnson, mayor of London until last year, was a leading campaigner.")]
    [InlineData("Palestinian President Mahmoud Abbas spoke. Abbas, prime minister for four months in 2003, has led the Authority since 2005.")]
    [InlineData("Foreign Secretary Boris Johnson spoke on Monday. Johnson, a Conservative lawmaker, said Britain would stand by its allies.")]
    [InlineData("Prime Minister Shinzo Abe spoke on Monday. Abe, a third-generation lawmaker, said Japan would act.")]
    // "the first minister to resign" is no title.
    [InlineData("Foreign Secretary Boris Johnson, the first minister to resign over the plan, left on Monday.")]
    // Abbreviated titles after a qualifier, as spelled-out ones (Reuters-style probe of US politics).
    [InlineData("New Jersey Lt. Gov. Kim Guadagno won the nomination. Secretary of State Kim Guadagno certified the results.")]
    [InlineData("U.S. Ambassador Scott Brown spoke on Tuesday. The former Sen. Scott Brown of Massachusetts was confirmed in June.")]
    [InlineData("U.S. Ambassador Terry Branstad arrived in Beijing. Former Gov. Terry Branstad of Iowa knows Xi well.")]
    // A deputy head who holds a portfolio or speaks for the government, a deputy of a chamber's office, a rank; a listed person who
    // sat in both chambers.
    [InlineData("Deputy Prime Minister Taro Aso met Pence on Monday. Finance Minister Taro Aso said the yen was stable.")]
    [InlineData("Deputy Prime Minister Numan Kurtulmus, who is also the government's chief spokesman, spoke. Government spokesman Numan Kurtulmus said the vote was unanimous.")]
    [InlineData("Deputy Senate President Ike Ekweremadu chaired the session. Senator Ike Ekweremadu said the bill would pass.")]
    [InlineData("Vice Admiral Joseph Aucoin spoke on Monday. Admiral Aucoin said the collision was under review.")]
    [InlineData("ANC Deputy President Cyril Ramaphosa spoke in Soweto. Deputy President Cyril Ramaphosa said the party must unite.")]
    [InlineData("Senate Democratic Leader Chuck Schumer spoke. In 1994, Representative Chuck Schumer had backed the ban.")]
    // A move stated before another person's name, and an office left for the one named to.
    [InlineData("President Sergio Mattarella asked Foreign Minister Paolo Gentiloni on Sunday to form a government after Matteo Renzi resigned. Prime Minister Paolo Gentiloni named his cabinet.")]
    [InlineData("Trump named Homeland Security Secretary John Kelly as White House chief of staff on Friday. Chief of Staff John Kelly met the staff on Monday.")]
    // A title someone may come to hold; a quote's speaker is no apposition of the name before "said"; a first minister and a prime
    // minister of one country; a predecessor in the same office.
    [InlineData("Secretary of State Hillary Clinton spoke. Critics feared how a potential President Hillary Clinton would use the office.")]
    [InlineData("Prime Minister Theresa May wrote the letter. The opposition Labour Party's leader, Jeremy Corbyn, said the prime minister was wrong.")]
    [InlineData("British Prime Minister Theresa May met Scottish First Minister Nicola Sturgeon on Monday.")]
    [InlineData("President Donald Trump reversed a rule that President Barack Obama had signed.")]
    // The two chambers' leaders, and a chamber leader's predecessor who held the office.
    [InlineData("Senate Majority Leader Mitch McConnell met House Speaker Paul Ryan and Senate Minority Leader Chuck Schumer on Monday.")]
    // A head of one office who held the other (Medvedev, president to 2012); a surname alone another of that name held the office
    // under; a clause's subject after a name and a comma (the crawl: hp-0000261, hp-0000057, hp-0000058).
    [InlineData("President Vladimir Putin spoke on Monday. In 2010, Russian President Dmitry Medvedev had signed the treaty.")]
    [InlineData("Secretary of State Hillary Clinton spoke. President Barack Obama listened, as President Clinton had in 1998.")]
    [InlineData("President Donald Trump's aide spoke about Hillary Clinton, the president completely undercut her argument.")]
    // One body written two ways; a dated title; a move between bodies the article tells of.
    [InlineData("U.N. Secretary-General Antonio Guterres spoke first. Later, UN chief Guterres said the same.")]
    [InlineData("Former European Parliament President Martin Schulz spoke. European Commission President Jean-Claude Juncker listened.")]
    [InlineData("IMF Managing Director Christine Lagarde was nominated to succeed Mario Draghi as ECB President. ECB President Christine Lagarde will start in November.")]
    // Two heads of one body the list has there both (a predecessor), the regional banks' presidents, a move, a dated head.
    [InlineData("FRANKFURT - ECB President Christine Lagarde said policy would stay loose, as ECB President Mario Draghi had promised in 2012.")]
    [InlineData("Dallas Fed President Robert Kaplan and St. Louis Fed President James Bullard spoke on Monday.")]
    [InlineData("Fed Chair Janet Yellen and Fed Chair Jerome Powell met in 2018, when Powell was named to succeed Yellen as Fed chair.")]
    [InlineData("Former WHO Director-General Margaret Chan and WHO Director-General Tedros Adhanom Ghebreyesus spoke.")]
    // Plural titles: each name's, or in turn after joined modifiers (the crawl, hp-0000507).
    [InlineData("WASHINGTON - Republican Senators Rand Paul, Ted Cruz and Mike Lee objected to the bill.")]
    [InlineData("In a joint statement, Senate and House Minority Leaders Chuck Schumer and Nancy Pelosi said Trump was wrong.")]
    [InlineData("Russian and Iranian Foreign Ministers Sergei Lavrov and Mohammad Javad Zarif met in Moscow.")]
    // A list: the title after a comma is the next person's (BBC, bbc-politics-209).
    [InlineData("Also due to attend are US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan and World Bank officials.")]
    // One bare title before two people: two countries' ministers the list has, a reshuffle, a minister "of" another country,
    // different words before the title, two spellings of one name.
    [InlineData("ANKARA - Foreign Minister Sergei Lavrov met Foreign Minister Mevlut Cavusoglu on Monday.")]
    [InlineData("ATHENS - Prime Minister Alexis Tsipras spoke on Friday.\n\nPrime Minister Antonis Samaras had agreed the bailout terms with lenders.")]
    [InlineData("CARACAS - Foreign Minister Ramon Ortega resigned on Monday.\n\nForeign Minister Diego Salas was sworn in hours later.")]
    [InlineData("LIMA - Foreign Minister Ramon Ortega met Foreign Minister Diego Salas of Peru on Monday.")]
    [InlineData("LIMA - Peruvian Foreign Minister Ramon Ortega met Chilean Foreign Minister Diego Salas on Monday.")]
    [InlineData("WASHINGTON - Senate Minority Leader Charles E. Schumer spoke. Later Senate Minority Leader Chuck Schumer voted.")]
    // "previous" and "onetime" date a title as "former" does (round 7's clean copy: "Luther Strange, the previous attorney general").
    [InlineData("RICHMOND - Sen. Tim Kaine spoke on Monday. Kaine, the previous governor, said the state would cope.")]
    [InlineData("WASHINGTON - Sen. Doug Jones spoke on Monday. Jones, a onetime U.S. attorney, said the case was weak.")]
    // Two firms' chief executives (a firm's title is not judged); deputies of one portfolio.
    [InlineData("LONDON - The group said Chief Executive Mark Allen would present the results.\n\nRival bidder Halden said Chief Executive Paul Grant would keep its own plan.")]
    [InlineData("KIEV - Deputy Foreign Minister Olena Zerkal spoke.\n\nDeputy Foreign Minister Vasyl Bodnar agreed.")]
    // A title set off by "the" is one office too, unless of another country, dated or qualified, or of a body after "of".
    [InlineData("The prime minister, Donald Tusk, flew to Smolensk.\n\nJaroslaw Kaczynski, the former prime minister, said he would run.")]
    // Two courts' chief justices: a state's supreme court beside the country's (round 10's clean copy).
    [InlineData("WASHINGTON - Chief Justice William Rehnquist wrote separately.\n\nThe Florida Supreme Court had ordered the recount over a dissent from Chief Justice Charles Wells.")]
    [InlineData("WASHINGTON - Chief Justice William Rehnquist wrote separately.\n\nThe state supreme court had ordered the recount over a dissent from Chief Justice Charles Wells.")]
    // A bare title of a listed official of a country neither the headline nor the lead names: the publisher's own (an Australian
    // broadcaster's story from Fiji; round 10's clean copy).
    [InlineData("Fiji gunmen hold prime minister hostage\n\nGunmen stormed Fiji's parliament and are holding Prime Minister Mahendra Chaudhry.\n\nPrime Minister John Howard has condemned the coup.")]
    // An apposition after the name is not compared (measured: nothing gained, a false flag on a blind round's clean copy).
    [InlineData("Ramon Ortega, the foreign minister, said the vote was fair.\n\nDiego Salas, the foreign minister, told reporters the army would stay neutral.")]
    [InlineData("Jean-Claude Juncker, the prime minister of Luxembourg, spoke first.\n\nThe prime minister, Alexis Tsipras, said Greece would pay.")]
    [InlineData("The taoiseach, Enda Kenny, said Ireland had sent a message.\n\nThe tanaiste, Joan Burton, said she was proud of the voters.")]
    // A place before an apposition is nobody (round 9's clean copy).
    [InlineData("The plan took the cabinet by surprise.\n\nIn Athens, the finance minister, Evangelos Venizelos, learned of the plan late.")]
    // Two of China's several vice-premiers; a dated hyphenated title.
    [InlineData("BEIJING - Vice-Premier Liu He met the delegation. Later, Vice-Premier Han Zheng said talks went well.")]
    [InlineData("WASHINGTON - Former Vice-President Joe Biden spoke on Monday. Later, Senator Biden's old office said nothing.")]
    public void Leaves_consistent_or_qualified_titles_alone(string text)
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
