import json, os
D = os.path.dirname(os.path.abspath(__file__))
R = '2026-11-22'
def q(text, speaker, p, kind='statement', note=None):
    return {'text': text, 'kind': kind, 'speaker': speaker, 'paragraph': p, 'note': note}
def d(text, p, start, end, note, in_quote=False):
    return {'text': text, 'paragraph': p, 'start': start, 'end': end, 'in_quote': in_quote, 'note': note}
def b(text, p, note):
    return {'text': text, 'paragraph': p, 'note': note}
def n(name, aliases=()):
    return {'name': name, 'aliases': list(aliases)}
A = {}

A['euractiv-king-eu-5g-risk-assessment-2019'] = dict(
  provenance=dict(url='https://www.euractiv.com/section/5g/news/eu-hints-at-huawei-risk-in-5g-security-assessment/',
    outlet='EURACTIV (euractiv.com, Brussels); no agency is credited in the stored text (cyberreport.io stores the same opening)',
    found_via="search pages corpus, query 'European Commission 5G risk assessment October 2019 Julian King said state actors Huawei'", excerpt=True, retrieved=R,
    notes="The page store cut the text mid-word ('... four people famil'); that partial paragraph (a related story: 'The European Commission will next week urge EU countries ...'; its 'next week' is not counted) was dropped. Header: the headline only; no byline was stored. Junk: the photo caption, which repeats King's quote and ends '[European Union, 2019 / Source: EC - Audiovisual Service]' (its quote, its '2019' and its stray '.Julian King' are not counted), and the related-story headline 'EU to drop threat of Huawei ban but wants 5G risks monitored'. 'Wednesday (9 October)' is one date expression. Paragraph 2's quoted words belong to the report itself, credited as worded to 'The bloc-wide assessment of cybersecurity for 5G networks'. Paragraphs 4 and 5 are a joint statement of the European Commission and the Finnish EU presidency, credited as worded ('the European Commission and Finland'; 'they said'). Finland is a country (the presidency), not an organisation. test/cnet and fresh10/euobserver cover the EU toolbox of January 2020; no earlier set covers the October 2019 risk assessment."),
  title='EU hints at Huawei risk in 5G security assessment',
  header=['EU hints at Huawei risk in 5G security assessment'],
  published='2019-10-09', published_basis="not printed, not in the URL and no store date; inferred: the report was 'released Wednesday (9 October)' (9 October 2019 was a Wednesday) and the story reports King's press remarks of that day as news",
  authors=[],
  junk=['"I don\'t think you can accuse us of ducking the issues. The issues are spelled out pretty clearly in the report," said .Julian King, the EU Commissioner in charge of the Security Union. [European Union, 2019 / Source: EC - Audiovisual Service]',
        'EU to drop threat of Huawei ban but wants 5G risks monitored'],
  quotes=[q('threats posed by states or state-backed actors are perceived to be of highest relevance', 'The bloc-wide assessment of cybersecurity for 5G networks', 2, note="'The bloc-wide assessment ... also stressed that “...”': the report's words, credited to the document as worded"),
          q('Among the various potential actors, non-EU states or state-backed are considered as the most serious ones and the most likely to target 5G networks,', 'the European Commission and Finland', 4, note="'the European Commission and Finland, which currently holds the rotating EU presidency, said in a joint statement': two joint speakers, kept as worded; 'European Commission' alone is a plausible alternative"),
          q('In this context of increased exposure to attacks facilitated by suppliers, the risk profile of individual suppliers will become particularly important, including the likelihood of the supplier being subject to interference from a non-EU country,', 'the European Commission and Finland', 5, note="'they said' = the European Commission and Finland (paragraph 4)"),
          q('putting the cart before the horse', 'Julian King', 7, note="'Right now, he said, it was a matter of not “...”': he = King; a fragment of his words (could be read as a phrase)"),
          q('I don’t think you can accuse us of ducking the issues. The issues are spelled out pretty clearly in the report,', 'Julian King', 8, note="'he said' = King")],
  dates=[d('Wednesday (9 October)', 1, '2019-10-09', '2019-10-09', "past ('a report released Wednesday (9 October)'); weekday and date agree: Wednesday 9 October 2019")],
  borderline_dates=[b('Right now', 7, "'Right now, he said, it was a matter of ...': the present moment, vague; not counted either way")],
  people=[n('Julian King')],
  organisations=[n('European Union', ['EU']), n('Huawei'), n('European Commission')])

A['balticcourse-linkevicius-laws-huawei-2019'] = dict(
  provenance=dict(url='http://www.baltic-course.com/eng/Technology/?doc=147851',
    outlet="The Baltic Course (baltic-course.com, 'International Internet Magazine. Baltic States news & analytics'), carrying a LETA/BNS report",
    found_via="search pages corpus, query 'Lithuania Huawei 5G national security threat said minister 2019 2020'", excerpt=True, retrieved=R,
    notes="The page store cut the text mid-word ('\"We h'); that partial paragraph (the start of a further Linkevicius quote) was dropped. Header: the headline and the dateline 'BC, Vilnius, 13.03.2019.Print version' (the site's 'Print version' link is glued to it). Junk: the tag line 'China, Legislation, Lithuania, Technology' and the site banner with the serving date 'Sunday, 19.05.2019, 16:03' (not counted). 'writes LETA/BNS' is an agency credit: LETA and BNS are not listed. 'Ziniu Radijas' (a radio station, 'told Ziniu Radijas') is an outlet named in the body. 'EU' is listed ('US and EU officials'); 'the US' is a country. Paragraph 2 holds two Linkevicius quotes (resumed after 'Linkevicius told Ziniu Radijas.'). “any lists” (paragraph 4) is a fragment of Linkevicius's words ('Linkevicius noted that the company had not been included in'), a statement; it could be read as a phrase. Speakers given in full for 'he said', 'the minister said' and 'he added'. The outlet's spelling 'Linkevicius' (no diacritics) and its missing possessive ('Raimundas Karoblis' statement') remain. No earlier set has a Lithuanian article (fresh3/lrt covers Latvia, fresh2/epochtimes and fresh10/err Estonia)."),
  title='Laws must be observed in deciding on Huawei, Lithuanian foreign minister says',
  header=['Laws must be observed in deciding on Huawei, Lithuanian foreign minister says', 'BC, Vilnius, 13.03.2019.Print version'],
  published='2019-03-13', published_basis="printed in the dateline 'BC, Vilnius, 13.03.2019'",
  authors=[],
  junk=['China, Legislation, Lithuania, Technology', 'International Internet Magazine. Baltic States news & analytics Sunday, 19.05.2019, 16:03'],
  quotes=[q('Huawei has the right to participate in international tenders, at least under the existing legislation,', 'Linas Linkevicius', 2, note="'\"...\" Linkevicius told Ziniu Radijas'"),
          q('We are a state governed by the rule of law, and when the relevant bodies take other decisions, there will be other decisions.', 'Linas Linkevicius', 2, note='resumed after the attribution: a second quote'),
          q('We now see warnings from the US and they apparently have grounds for that. For the time being, this company, like any other, participates in the market, and decisions are made based on certain criteria,', 'Linas Linkevicius', 3, note="'he said' = Linkevicius"),
          q('any lists', 'Linas Linkevicius', 4, note="'Linkevicius noted that the company had not been included in \"...\"': a fragment of his words; could be read as a phrase"),
          q('I have no such powers. Personally, I may have an opinion on this, and I think that we also need to take this very carefully, especially in institutions dealing with security, defense and foreign affairs. So far, this has not been done, which I think is not good,', 'Linas Linkevicius', 6, note="'the minister said' = Linkevicius (the foreign minister)"),
          q('However, at the same time, I want to note that all this has to be dealt with in a legal way, not through statements,', 'Linas Linkevicius', 7, note="'he added' = Linkevicius")],
  dates=[],
  borderline_dates=[b('For the time being', 3, "inside Linkevicius's quote; the present, vague; not counted either way")],
  people=[n('Linas Linkevicius', ['Linkevicius']), n('Raimundas Karoblis')],
  organisations=[n('Huawei'), n('EU'), n('Ziniu Radijas')])

A['chinadaily-liu-xiaoming-marr-dark-day-2020'] = dict(
  provenance=dict(url='https://enapp.chinadaily.com.cn/a/202007/20/AP5f15b2c1a3109daf6c7736ec.html',
    outlet='China Daily (enapp.chinadaily.com.cn, the China Daily app edition)',
    found_via="search pages corpus, query 'Huawei UK ban July 2020 Dowden said China ambassador Liu Xiaoming reaction'", excerpt=True, retrieved=R,
    notes="The stored text is exactly 2,000 characters, the store's limit, and ends at the end of a paragraph ('\"history turns full circle\".'); the live page probably held more, but nothing partial was stored and nothing was dropped. Header: the headline, the byline line 'By Wang Mingjie in London |' and 'Updated: July 21, 2020'. 'the BBC's Andrew Marr Show' is a programme title: BBC is listed as an organisation, Andrew Marr is not listed as a person (he is named only in the show's title). 'When China Rules the World' is a book title. “dark day for the United Kingdom” (paragraph 1) is a fragment of Liu's words (his full quote is in paragraph 4), counted as his statement. “history turns full circle” (paragraph 8) is Martin Jacques's tweet, credited to him ('who wrote in a recent tweet'). 'the end of 2020' is counted as the year 2020, as earlier sets do; 'by 2027' and 'by 2025' (twice) are deadline years. 'The British government' counts as the country. fresh6/independent covers Liu's remarks of 15 July 2020 (OMFIF speech); no earlier set covers his Andrew Marr Show interview of 19 July. fresh9/chinadaily is another China Daily story (Zhang Ming, EU)."),
  title="UK's Huawei decision could be lost chance, warns ambassador",
  header=["UK's Huawei decision could be lost chance, warns ambassador", 'By Wang Mingjie in London |', 'Updated: July 21, 2020'],
  published='2020-07-20', published_basis="from the URL path ('/a/202007/20/'); the page prints only 'Updated: July 21, 2020'. The interview 'on Sunday' is 19 July 2020, the day before",
  authors=['Wang Mingjie'],
  junk=[],
  quotes=[q('dark day for the United Kingdom', 'Liu Xiaoming', 1, note="'China's ambassador to the United Kingdom said the decision ... was a \"...\"': a fragment of his words; the ambassador is named in paragraph 3"),
          q('This is a very bad decision. This is a dark day for Huawei. It\'s a dark day for China-UK relations. It\'s an even darker day for the United Kingdom, because you will miss the opportunity to be a leading country.', 'Liu Xiaoming', 4, note="'Liu said:'"),
          q('They\'ve been here for 20 years. They have made a huge contribution not only to the telecom industry of this country. They have fulfilled their corporate responsibility. They have helped the UK to develop,', 'Liu Xiaoming', 6, note="'\"...\" Liu said'; its 'for 20 years' is a duration, not counted"),
          q('but now it seems to me the UK just kicks them out and, to use the media words, to purge them under the pressure from the United States.', 'Liu Xiaoming', 7, note="'Liu said Huawei can help to deliver that \"...\"': a fragment continuing reported speech"),
          q('history turns full circle', 'Martin Jacques', 8, note="'who wrote in a recent tweet \"...\"': written words; the ambassador 'echoed' the point")],
  dates=[d('last week', 2, '2020-07-13', '2020-07-19', "past ('The British government last week announced'): the week before publication on Monday 2020-07-20, i.e. 13-19 July 2020 (the announcement was on 14 July)"),
         d('the end of 2020', 2, '2020-01-01', '2020-12-31', "'after the end of 2020': counted as the year 2020, as earlier sets count 'the end of 2020'; a scorer may accept a narrower span"),
         d('by 2027', 2, '2027-01-01', '2027-12-31', 'deadline year for removing the kit (future)'),
         d('by 2025', 3, '2025-01-01', '2025-12-31', 'deadline year of the 5G plan (future)'),
         d('on Sunday', 4, '2020-07-19', '2020-07-19', "past ('Speaking on ... on Sunday'): the latest Sunday before publication on Monday 2020-07-20"),
         d('by 2025', 7, '2025-01-01', '2025-12-31', 'deadline year of the pledge (future)')],
  borderline_dates=[b('recent', 8, "'in a recent tweet': vague; not counted either way")],
  people=[n('Liu Xiaoming', ['Liu']), n('Martin Jacques')],
  organisations=[n('Huawei'), n('BBC')])

A['thesundaily-afp-jansen-bt-impossible-huawei-2020'] = dict(
  provenance=dict(url='https://www.thesundaily.my/business/impossible-to-remove-huawei-gear-from-britain-s-infrastructure-in-under-10-years-bt-chief-CM2817501',
    outlet="The Sun Daily (thesundaily.my, Malaysia), wire copy: the text matches AFP's story (thenews.com.pk carries its opening credited 'AFP'); no agency is credited in the stored text",
    found_via="search pages corpus, query 'BT chief executive Philip Jansen Huawei removal years said 2020'", excerpt=True, retrieved=R,
    notes="No headline was stored: title null (URL slug 'impossible-to-remove-huawei-gear-from-britain-s-infrastructure-in-under-10-years-bt-chief'). The text starts at the dateline paragraph 'LONDON: ...'. The page store cut the text mid-word ('... although operators have warn'); that partial paragraph ('It is unclear how far Johnson will go tomorrow. ...'; its 'tomorrow', 'by 2023' are not counted) was dropped. Paragraph 1's speaker ('The head of British telecommunications giant BT') is Philip Jansen, named in paragraph 2; “impossible” and “outages” are one-word fragments of his words, counted as statements (they could be read as phrases). Paragraph 5 is a paragraph-long quote with no attribution of its own, credited to Jansen (the speaker of the quote before it). Paragraph 4's '(in 5G activities)' is an editorial insertion inside the marks and is kept in the quote text. Durations are not counted ('in under 10 years', 'seven years', 'in under ten years', 'for about 20 years'). 'later in the day' (paragraph 9) is anaphoric (later on 14 July): borderline. 'BBC Radio 4' is listed as well as 'BBC'; 'Today programme' is a programme title and is not listed. 'London' and 'Beijing' stand for governments (places), not organisations. test/republicworld covers the UK ban itself (14 July 2020); no earlier set covers Jansen's BBC interview."),
  title=None, header=[],
  published='2020-07-13', published_basis="not printed, not in the URL and no store date; inferred: Jansen spoke on BBC Radio 4's Today programme on Monday 13 July 2020 ('said today'), and the National Security Council would meet 'tomorrow' (Tuesday 14 July 2020, the day of the UK's ban). Its 'today' and 'tomorrow' depend on this",
  authors=[],
  junk=[],
  quotes=[q('impossible', 'Philip Jansen', 1, note="'The head of ... BT said today that it would be \"...\"': a one-word fragment of his words; Jansen is named in paragraph 2; could be read as a phrase"),
          q('outages', 'Philip Jansen', 2, note="'also warned that Britain could suffer \"...\"': a one-word fragment of his words; could be read as a phrase"),
          q('If you were to try and not have Huawei at all (in 5G activities) ideally we\'d want seven years and we could probably do it in five,', 'Philip Jansen', 4, note="'\"...\" BT's chief executive Philip Jansen told BBC Radio 4's Today programme'; the bracket is an editorial insertion, kept"),
          q('If you wanted to have no Huawei in the whole of the telecoms infrastructure across the whole of the UK, I think that\'s impossible to do in under ten years.', 'Philip Jansen', 5, note='a paragraph-long quote with no attribution of its own, after his quote'),
          q('Huawei has been in the telecoms infrastructure for about 20 years and a big supplier to BT and many others in the UK telecoms industry,', 'Philip Jansen', 7, note="'noted Jansen'")],
  dates=[d('today', 1, '2020-07-13', '2020-07-13', 'the publication day (see published_basis)'),
         d('today', 3, '2020-07-13', '2020-07-13', "'The BBC reported today': the publication day"),
         d('after 2021', 3, '2021-01-01', '2021-12-31', "'could stop installing Huawei equipment after 2021': the year named is counted, as earlier sets count deadline years; the preposition is noted"),
         d('by 2025', 3, '2025-01-01', '2025-12-31', 'deadline year (future)'),
         d('tomorrow', 9, '2020-07-14', '2020-07-14', "future ('will meet tomorrow'): the day after publication, Tuesday 14 July 2020")],
  borderline_dates=[b('later in the day', 9, "anaphoric ('later in the day' of the NSC meeting, i.e. 14 July); not counted either way")],
  people=[n('Philip Jansen', ['Jansen']), n('Boris Johnson', ['Johnson']), n('Donald Trump'), n('Oliver Dowden')],
  organisations=[n('BT'), n('Huawei'), n('BBC'), n('BBC Radio 4'), n('National Security Council', ['NSC']), n('House of Commons')])

A['siliconrepublic-read-europe-held-back-huawei-2019'] = dict(
  provenance=dict(url='https://www.siliconrepublic.com/comms/vodafone-nick-read-huawei-exclusions-scrutiny',
    outlet='Silicon Republic (siliconrepublic.com, Dublin), drawing on Mobile World Live',
    found_via="search pages corpus, query 'Vodafone Nick Read Huawei ban would delay 5G Europe two years said'", excerpt=True, retrieved=R,
    notes="The page store cut the text mid-word ('... industry and infrastructure co'); that partial paragraph ('This is not the first time ... In February of this year, ...'; its 'In February of this year' is not counted) was dropped. Header: the headline, the date line '11 Dec 2019' and the standfirst ('Vodafone CEO Nick Read said that the exclusion ... than any other region.'), read as the page's dek, as in fresh7/siliconrepublic. Junk: the image credit 'Image: © rcfotostock/Stock.adobe.com'. Subheading: '‘This is competitive’' (its marks are not a body quote). The headline's ‘severely’ is not a body quote. Paragraph 7 is a paragraph-long quote with no attribution of its own, credited to Read. “vendor agnostic” is a short scare-quoted term: a phrase. 'Mobile World Live' ('Mobile World Live reported') is an outlet named in the body. No counted date survives in the body. No earlier set covers Read's Brussels remarks of December 2019 (test/theregister covers Vodafone's core decision of March 2019); fresh7/siliconrepublic is another Silicon Republic story (Wu Ken)."),
  title='Vodafone chief says Huawei scrutiny could ‘severely’ hold Europe back',
  header=['Vodafone chief says Huawei scrutiny could ‘severely’ hold Europe back', '11 Dec 2019', 'Vodafone CEO Nick Read said that the exclusion of Huawei’s 5G infrastructure could be more detrimental to Europe than any other region.'],
  published='2019-12-11', published_basis="printed in the date line '11 Dec 2019' (a Wednesday)",
  authors=[],
  junk=['Image: © rcfotostock/Stock.adobe.com'],
  subheads=['‘This is competitive’'],
  quotes=[q('only region that’s severely held back', 'Nick Read', 1, note="'Nick Read has said that Europe is the “...”': a fragment of his words"),
          q('in any large scale in any of their networks', 'Nick Read', 3, note="'Read said the US has very little to lose ... because its technology is not deployed “...”': a fragment of his words"),
          q('vendor agnostic', None, 5, kind='phrase', note="short scare-quoted term ('take a “vendor agnostic” approach'); Read's wording is a plausible reading"),
          q('This is competitive. We have to strengthen our ICT and digital capabilities to enable our fantastic leading manufacturing and research and development base,', 'Nick Read', 6, note="'\"...\" Read said'"),
          q('We have to enable in this window of opportunity to compete against the US and China, or the moment goes. Then, in the end, jobs and the opportunities will move to the US and China. Let’s make sure we don’t hold back 5G.', 'Nick Read', 7, note='a paragraph-long quote with no attribution of its own, after his quote'),
          q('If we want to compete against China and the US we need a range of diverse technology.', 'Nick Read', 8, note="'the CEO said:' = Read")],
  dates=[],
  borderline_dates=[b('in the end', 7, "inside Read's quote ('Then, in the end, jobs ... will move'): vague future; not counted either way")],
  people=[n('Nick Read', ['Read']), n('Rajeev Suri')],
  organisations=[n('Vodafone'), n('Huawei'), n('European Parliament'), n('Nokia'), n('Mobile World Live')])

A['bloombergquint-finland-5g-security-law-2020'] = dict(
  provenance=dict(url='https://www.bloombergquint.com/politics/home-of-nokia-is-set-to-pass-5g-security-law-locking-out-vendors',
    outlet='BloombergQuint (bloombergquint.com), carrying a Bloomberg story',
    found_via="search pages corpus, query 'Huawei Finland Nokia Elisa 5G security law said 2019'", excerpt=True, retrieved=R,
    notes="The page store cut the text mid-sentence ('The responsibility for '); that partial paragraph was dropped. Header: two headlines that differ, the updated one ('Home of Nokia Passes 5G Security Law Banning Suspect Gear') and the earlier one that the URL slug keeps ('Home of Nokia Is Set to Pass 5G Security Law Locking Out Vendors'); both are header, as with test/dw, and the first is the title. Junk: 'ADVERTISEMENT'. No byline was stored (the Yahoo copy of the same Bloomberg story names Kati Pohjanpalo; not used). Paragraph 2's quoted words are the bill's, credited as worded to 'The legislation' ('The legislation ... bans equipment “...”'). Paragraph 3 holds two Koskinen quotes. 'Finland’s parliament' is listed as an organisation (as fresh sets list 'Romanian parliament'); 'the country’s telecommunications regulator' (Sweden's, unnamed) is not listed. 'Huawei' and 'ZTE' are aliases of the full company names. No earlier set covers Finland's law."),
  title='Home of Nokia Passes 5G Security Law Banning Suspect Gear',
  header=['Home of Nokia Passes 5G Security Law Banning Suspect Gear', 'Home of Nokia Is Set to Pass 5G Security Law Locking Out Vendors'],
  published='2020-12-07', published_basis="not printed, not in the URL and no store date; inferred: Finland's parliament approved the telecoms security bill on Monday 7 December 2020 (telecoms.com's stored story of 8 December says 'late on Monday'; sputnikglobe's of 2020-12-07 says Bloomberg 'reported on Monday'); the headline was updated from 'Is Set to Pass' to 'Passes'. 2020-12-07 is an assumption; 'on Monday' resolves to 2020-12-07 for any publication day from 7 to 13 December 2020",
  authors=[],
  junk=['ADVERTISEMENT'],
  quotes=[q('within the network’s key assets if there are strong grounds to suspect the use of such equipment would endanger national security or defense.', 'The legislation', 2, note="'The legislation names no specific companies or countries, but bans equipment “...”': the bill's words (Bloomberg's translation), credited to the document as worded"),
          q('We aren’t pointing fingers at any one party,', 'Johannes Koskinen', 3, note="'Johannes Koskinen, a lawmaker ..., said by phone'"),
          q('We should ensure we don’t take action that closes doors for Nokia as a result of any backlash,', 'Johannes Koskinen', 3, note="'he said' = Koskinen")],
  dates=[d('on Monday', 2, '2020-12-07', '2020-12-07', "past ('approved the bill on Monday'): Monday 7 December 2020 (see published_basis)"),
         d('in October', 6, '2020-10-01', '2020-10-31', "past ('Pekka Lundmark said in October'): October 2020, the year of publication")],
  borderline_dates=[],
  people=[n('Johannes Koskinen', ['Koskinen']), n('Pekka Lundmark')],
  organisations=[n('Nokia Oyj', ['Nokia']), n('Huawei Technologies Co.', ['Huawei']), n('ZTE Corp.', ['ZTE']), n('Finland’s parliament'), n('Social Democratic Party'), n('Ericsson AB')])

A['abscbn-reuters-deutsche-telekom-5g-hold-2019'] = dict(
  provenance=dict(url='https://news.abs-cbn.com/business/12/04/19/deutsche-telekom-5g-deals-on-hold-pending-huawei-ban-decision',
    outlet="ABS-CBN News (news.abs-cbn.com, Philippines), carrying a Reuters story (credit line '(Reporting by Douglas Busvine Editing by David Goodman)')",
    found_via="search pages corpus, query 'Deutsche Telekom Huawei 5G Germany Merkel said Huawei spokesman 2020 decision delay'", excerpt=False, retrieved=R,
    notes="The stored text ends cleanly with the agency credit line, well under the store's limit. Header: the headline and 'Posted at Dec 04 2019 10:14 PM' (Manila time). 'BERLIN - ' is a dateline. The credit '(Reporting by Douglas Busvine Editing by David Goodman)' sits at the end of body paragraph 6 and cannot be split off: Douglas Busvine is the author; neither he nor the editor David Goodman is listed as a person. All three quotes are Deutsche Telekom's (a company statement), credited to the organisation as named. Paragraph 2 holds two quotes ('\"...\" Deutsche Telekom said. \"...\"'). 'the United States' and 'the Chinese state' are countries. fresh8/bnnbloomberg covers Deutsche Telekom's re-evaluation of Huawei in December 2018; fresh/reuters-merkel mentions the December 2019 hold in passing; no earlier set has this story. abscbn appeared before only in fresh3 (a different story, Pompeo in Manila)."),
  title='Deutsche Telekom 5G deals on hold pending Huawei ban decision',
  header=['Deutsche Telekom 5G deals on hold pending Huawei ban decision', 'Posted at Dec 04 2019 10:14 PM'],
  published='2019-12-04', published_basis="printed ('Posted at Dec 04 2019 10:14 PM'); 'on Wednesday' is the same day (4 December 2019 was a Wednesday)",
  authors=['Douglas Busvine'],
  junk=[],
  quotes=[q('In light of the unclear political situation, we are not currently entering into any 5G contracts with any vendor,', 'Deutsche Telekom', 2, note="'\"...\" Deutsche Telekom said': a company statement"),
          q('We are currently informing vendors of this.', 'Deutsche Telekom', 2, note='resumed after the attribution: a second quote'),
          q('We hope that we will get political clarity for Germany\'s 5G buildout as soon as possible, so that we do not fall behind,', 'Deutsche Telekom', 6, note="'\"...\" Deutsche Telekom said'")],
  dates=[d('on Wednesday', 1, '2019-12-04', '2019-12-04', "past ('it said on Wednesday'): the publication day, Wednesday 4 December 2019"),
         d('next year', 3, '2020-01-01', '2020-12-31', "future ('plans to expand coverage ... next year'): 2020")],
  borderline_dates=[],
  people=[n('Angela Merkel')],
  organisations=[n('Deutsche Telekom'), n('Huawei'), n('Christian Democratic Union')])

A['ibtimes-germany-huawei-decision-2020-2019'] = dict(
  provenance=dict(url='https://www.ibtimes.com/germany-vs-huawei-decision-looms-allowing-chinese-telecom-giant-participate-5g-2888184',
    outlet='International Business Times (ibtimes.com)',
    found_via="search pages corpus, query 'Deutsche Telekom Huawei 5G Germany Merkel said Huawei spokesman 2020 decision delay'", excerpt=True, retrieved=R,
    notes="No headline was stored: title null (URL slug 'germany-vs-huawei-decision-looms-allowing-chinese-telecom-giant-participate-5g'). The page store cut the text mid-word ('\"I am against excluding a company on principle but I am in favor of doing everything to ens'); that partial paragraph (a further Merkel quote) was dropped. Header: the three 'KEY POINTS' bullets, read as the page's dek (their 'until 2020' is not counted); junk: the label 'KEY POINTS'. Paragraph 3 holds two Zimmermann quotes ('\"...\" SPD politician Jens Zimmermann said. \"...\"'); the first contains 'in January', a counted date inside a quote (in_quote true). 'until 2020' (paragraph 1) is a deadline year. 'The German government' counts as the country. No byline was stored. Overlaps: fresh/reuters-merkel-china-pressure-huawei-2019 covers Merkel's Bundestag remarks of 18 December 2019 (Reuters' text) and fresh7/siliconrepublic-wu-ken-germany-huawei-retaliation-2019 covers Wu Ken's warning (another wording of it: 'Huawei’s exclusion ... The Chinese government will not stand idly by.'); this is a different outlet's text whose story is the delay of Germany's decision to 2020, with Zimmermann's remarks, which no earlier set has."),
  title=None,
  header=["• German lawmakers are divided on whether they should let Huawei participate in the country's 5G rollout, delaying the decision until 2020",
          '• German Chancellor Angela Merkel believes a Huawei ban could hurt trade relations with China',
          "• China's ambassador to Germany has threatened retaliation if Germany does enact a Huawei 5G ban"],
  published='2019-12-18', published_basis="not printed, not in the URL and no store date; inferred: Merkel spoke in the Bundestag on Wednesday 18 December 2019 (stored Reuters and devdiscourse copies of those remarks are dated 2019-12-18), reported here as 'Merkel said Wednesday'. 2019-12-18 is an assumption; 'Wednesday' resolves to 2019-12-18 for any publication day from 18 to 24 December 2019, and 'in January' to January 2020",
  authors=[],
  junk=['KEY POINTS'],
  quotes=[q('I think we will have a solution in January,', 'Jens Zimmermann', 3, note="'\"...\" SPD politician Jens Zimmermann said'"),
          q('We will have a common blueprint and it will be considerably more severe.', 'Jens Zimmermann', 3, note='resumed after the attribution: a second quote'),
          q("If Germany were to take a decision that leads to Huawei's exclusion from the German market, there will be consequences,", 'Wu Ken', 6, note="'\"...\" Chinese Ambassador Wu Ken said'"),
          q('Nothing has been expressed to me about pressure by the Chinese authorities,', 'Angela Merkel', 8, note="'\"...\" Merkel said Wednesday in front of ... the Bundestag'")],
  dates=[d('until 2020', 1, '2020-01-01', '2020-12-31', "'will wait until 2020 to announce': the year named is counted, as earlier sets count deadline years"),
         d('in January', 3, '2020-01-01', '2020-01-31', "inside Zimmermann's quote ('we will have a solution in January'): future, the next January, 2020", in_quote=True),
         d('Wednesday', 8, '2019-12-18', '2019-12-18', "past ('Merkel said Wednesday'): Wednesday 18 December 2019 (see published_basis)")],
  borderline_dates=[b('recently', 5, "'China's ambassador to Germany recently threatened': vague; not counted either way")],
  people=[n('Angela Merkel', ['Merkel']), n('Jens Zimmermann'), n('Wu Ken')],
  organisations=[n('Huawei'), n('Christian Democratic Union', ['CDU']), n('Social Democratic Party', ['SPD']), n('Bundestag')])

KEYS = ['id', 'provenance', 'title', 'header', 'published', 'published_basis', 'authors', 'junk', 'subheads', 'quotes', 'dates', 'borderline_dates', 'people', 'organisations']
for id_, a in A.items():
    e = {'id': id_, **a}
    out = {k: e[k] for k in KEYS if k in e}
    with open(f'{D}/{id_}/expected.json', 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('wrote', id_)
