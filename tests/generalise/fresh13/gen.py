import json, os
D = os.path.dirname(os.path.abspath(__file__))
R = "2026-11-22"
def q(text, kind, speaker, paragraph, note=""): return dict(text=text, kind=kind, speaker=speaker, paragraph=paragraph, note=note)
def d(text, paragraph, start, end, in_quote=False, note=""): return dict(text=text, paragraph=paragraph, start=start, end=end, in_quote=in_quote, note=note)
def p(name, *aliases): return dict(name=name, aliases=list(aliases))
A = {}

A['abc-lord-xenophobia-huawei-5g-ban-2018'] = dict(
 provenance=dict(url="https://www.abc.net.au/news/2018-08-29/huawei-suggests-xenophobia-is-a-factor-in-rejecting-5g-bid/10177158",
  outlet="ABC News (abc.net.au, Australian Broadcasting Corporation)",
  found_via="search pages corpus, query 'Huawei Australia 5G ban Morrison Turnbull Huawei chairman John Lord said'", excerpt=True,
  notes="The page store cut the text mid-sentence ('... an arm of the Chinese Government and its in'); that partial paragraph was dropped. The store gives single and double line breaks. Header: the headline, the byline line and the empty 'Posted , updated' date line (the store kept no dates in it; trailing space trimmed). Junk: 'Skip to main content', the expired-video notice, the video title 'Huawei suggests 'xenophobia' was behind ban' (stored twice, listed once) and the share prompt. Subheading: 'Huawei denies Chinese Government control'. Paragraph 4 opens a quotation mark that is never closed (a quote running on into paragraph 5, where the mark reopens, the usual newspaper style); its text is taken from the opening mark to the end of the paragraph and credited to John Lord, the speaker of paragraph 3. The single-quoted words in the headline ('a bit of xenophobia') are header, not counted. Paragraph 9's \"extrajudicial directions from a foreign government\" is the ministers' media release, credited to 'The statement' as the text words it (the statement by Mitch Fifield and Scott Morrison). 'the Federal Government' and 'the Chinese Government' are governments by country and are not listed; 'Liberal leadership' is a party adjective and is not listed; 'AM' (an ABC radio programme) is not listed, 'ABC' is. Peter Ryan is the author and is not listed as a person. Test/theasset-australia-bans-huawei-2018 covers the ban itself (with another John Lord quote); this is ABC's own interview story, a different outlet and text."),
 title="Huawei suggests 'a bit of xenophobia' in 5G ban",
 header=["Huawei suggests 'a bit of xenophobia' in 5G ban", "By senior business correspondent Peter Ryan", "Posted , updated"],
 subheads=["Huawei denies Chinese Government control"],
 published="2018-08-29", published_basis="from the URL path (/news/2018-08-29/); the printed 'Posted , updated' line holds no date in the stored text. 2018-08-29 is a Wednesday, and 'on Thursday morning' (the ban, announced Thursday 23 August 2018) agrees",
 authors=["Peter Ryan"],
 junk=["Skip to main content", "Sorry, this video has expired", "Huawei suggests 'xenophobia' was behind ban", "Help keep family & friends informed by sharing this article"],
 quotes=[
  q("We're not having an open discussion,", "statement", "John Lord", 3, "'\"...\" he said'; he = John Lord (paragraphs 1-2)"),
  q("It [xenophobia] is not allowing an open debate about how we embrace these new innovations and technologies so that Australia gets the best innovation and technology.", "statement", "John Lord", 4, "opening mark with no closing mark: the quote runs on into paragraph 5; no attribution of its own, credited to the speaker of paragraph 3; the bracketed word is editorial and kept"),
  q("There's been a lot of pressure on from the US on Australia not to go ahead with Huawei. We've seen many statements out of the US and many visitors who've made that message.", "statement", "John Lord", 5, "continuation of John Lord's quote; no attribution of its own"),
  q("It was a great surprise to me,", "statement", "John Lord", 7, "'\"...\" he said'; he = Mr Lord (paragraph 6)"),
  q("I was very disappointed given the chaos going on in Canberra last week that such an important [decision] on 5G such as this was made in that environment.", "statement", "John Lord", 8, "no attribution of its own; continues Lord's words from paragraph 7"),
  q("extrajudicial directions from a foreign government", "statement", "The statement", 9, "'The statement by Communications Minister Mitch Fifield and then-acting Home Affairs Minister Scott Morrison ... referred to ... \"...\"': words of the ministers' media release; Mitch Fifield and Scott Morrison are plausible alternatives"),
 ],
 dates=[
  d("last week", 2, "2018-08-20", "2018-08-26", False, "'Huawei's exclusion ... at the height of Liberal leadership tensions last week': the week before the publication week (Monday to Sunday); published Wednesday 2018-08-29"),
  d("on Thursday", 6, "2018-08-23", "2018-08-23", False, "'on Thursday morning', past: the latest Thursday before publication; 'morning' (time of day) dropped"),
  d("last week", 8, "2018-08-20", "2018-08-26", True, "inside Lord's quote ('the chaos going on in Canberra last week'): the week before the publication week"),
 ],
 borderline_dates=[],
 people=[p("John Lord", "Lord"), p("Mitch Fifield"), p("Scott Morrison")],
 organisations=[p("Huawei", "Huawei Australia"), p("ABC"), p("Department of Communications")],
)

A['afr-huawei-disputes-turnbull-5g-ban-2020'] = dict(
 provenance=dict(url="https://www.afr.com/companies/telecommunications/huawei-disputes-turnbull-s-account-of-5g-ban-20200804-p55idl",
  outlet="The Australian Financial Review (afr.com)",
  found_via="search pages corpus, query 'Huawei Australia 5G ban Morrison Turnbull Huawei chairman John Lord said'", excerpt=True,
  notes="The page store cut the text mid-word ('... quoting US Republican Congressman Micha'); that partial paragraph (the second paragraph of the Huawei spokesman's statement) was dropped. The store gives single and double line breaks (one triple break, normalised). Header: the headline only; no byline or date line was stored. Junk: the skip-link line, the four subscription prompts ('Subscribe to gift this article', 'Gift 5 articles ...', 'Subscribe now', 'Already a subscriber?') and the photo caption with its credit ('Former prime minister Malcolm Turnbull says claims ... \"utterly false\". Alex Ellinghausen'); the caption's quoted \"utterly false\" is junk and not counted. Paragraph 5 holds two quotes of Turnbull, split by 'he said'. Paragraph 6's quote opens with a straight mark and is never closed (it runs on into the dropped paragraph); its text runs from the opening mark to the end of the paragraph, and its two dates are inside it. The quote's bracketed '[I]' is editorial and kept. 'ABC' (the ABC Four Corners investigation) is listed; 'Four Corners' (a programme) is not listed separately. 'US National Security Agency' is listed as 'National Security Agency'. 'the federal government' and 'the US government' are governments by country and are not listed. No earlier set covers Turnbull's 2020 Four Corners remarks or Huawei's answer; test/theasset and fresh2/kimt cover the 2018 ban itself."),
 title="Huawei disputes Turnbull's account of 5G ban",
 header=["Huawei disputes Turnbull's account of 5G ban"],
 published="2020-08-04", published_basis="from the URL path (...-20200804-p55idl); 2020-08-04 is a Tuesday, and 'on Monday night' (the Four Corners broadcast, 3 August 2020) and 'on Tuesday' (Huawei's response) agree",
 authors=[],
 junk=["Skip to navigationSkip to contentSkip to footerHelp using this website - Accessibility statement", "Subscribe to gift this article", "Gift 5 articles to anyone you choose each month when you subscribe.", "Subscribe now", "Already a subscriber?", "Former prime minister Malcolm Turnbull says claims the US bullied him into banning Huawei from 5G are \"utterly false\". Alex Ellinghausen"],
 quotes=[
  q("tens of millions of dollars", "statement", "Huawei", 2, "'Huawei said Mr Turnbull lulled it ... costing it \"...\" of worthless investment': a fragment of Huawei's words"),
  q("That assertion by Huawei is utterly false,", "statement", "Malcolm Turnbull", 5, "'\"...\" he said'; he = Mr Turnbull (paragraph 4)"),
  q("It was raised by me when I was in discussions with the [US] administration and it was something that we made a point about. It was a matter of very keen interest to us. But I want to say the proposition that we were directed or advised to keep Huawei out of our network by the US is simply not true.", "statement", "Malcolm Turnbull", 5, "resumed after 'he said'; a second quote; '[US]' is editorial and kept"),
  q("[I]t is a matter of public record (as reported in The Australian Financial Review on February 24, 2018) that Mr Turnbull was briefed by the US National Security Agency and Department of Homeland Security on their concerns about Huawei being involved in Australia’s 5G on February 23rd 2018.", "statement", "a Huawei spokesman", 6, "'a Huawei spokesman said: \"...'; the opening mark is never closed (the quote runs on into the dropped paragraph); text taken to the end of the paragraph"),
 ],
 dates=[
  d("In August 2018", 3, "2018-08-01", "2018-08-31", False, "explicit month"),
  d("on Monday", 4, "2020-08-03", "2020-08-03", False, "'aired on Monday night', past: the latest Monday before publication (Tuesday 2020-08-04); 'night' (time of day) dropped"),
  d("on Tuesday", 6, "2020-08-04", "2020-08-04", False, "'Responding to the comments on Tuesday': the publication day"),
  d("on February 24, 2018", 6, "2018-02-24", "2018-02-24", True, "explicit, inside the Huawei spokesman's quote"),
  d("on February 23rd 2018", 6, "2018-02-23", "2018-02-23", True, "explicit, inside the Huawei spokesman's quote"),
 ],
 borderline_dates=[],
 people=[p("Malcolm Turnbull", "Turnbull")],
 organisations=[p("Huawei"), p("ABC"), p("The Australian Financial Review"), p("National Security Agency"), p("Department of Homeland Security")],
)

A['businesslive-huawei-sa-wont-leave-telcos-vulnerable-2019'] = dict(
 provenance=dict(url="https://www.businesslive.co.za/bd/companies/telecoms-and-technology/2019-06-06-huawei-confident-it-can-deliver-5g-to-the-world/",
  outlet="BusinessLIVE (businesslive.co.za), Business Day, South Africa",
  found_via="search pages corpus, query 'Huawei 5G South Africa Rain MTN Vodacom US campaign said'", excerpt=True,
  notes="The page store cut the text mid-word ('The telcos w'); that partial paragraph was dropped. The store gives single and double line breaks. The stored text has no headline, byline or date line: `title` is null, `header` is empty; the URL slug is 'huawei-confident-it-can-deliver-5g-to-the-world'. Junk: the photo caption (stored twice, identical, listed once) and the podcast block ('PODCAST | Business Day Spotlight - Huawei vows it will not crack under pressure', 'For more episodes, click here', 'Subscribe: iono.fmSpotify | ...'). Quotation marks are mixed in the stored text: paragraph 2's quote opens with a straight mark and closes with a curly one; paragraphs 5 and 10 open curly and close straight; each quote's text is taken between its own opening and closing mark. Paragraph 7's quote holds a double space ('highly.  We'), kept as stored. The outlet's slip 'Our aim is connect' is kept. No counted date: 'for 20 years now' and 'for some time now' are durations. 'Huawei SA' is an alias of Huawei; 'department of telecommunications & postal services' is listed as worded. Fresh5/dailyfriend covers Ramaphosa's July 2019 remarks on Huawei and the US; no earlier set has this June 2019 story."),
 title=None, header=[],
 published="2019-06-06", published_basis="from the URL path (/2019-06-06-huawei-confident-...); the stored text holds no date",
 authors=[],
 junk=["A visitor walks past a 5G sign during Mobile World Congress in Barcelona, Spain. Picture: REUTERS", "PODCAST | Business Day Spotlight - Huawei vows it will not crack under pressure", "For more episodes, click here", "Subscribe: iono.fmSpotify | Apple Podcasts | Pocket Casts | Player.fm"],
 quotes=[
  q("We will not leave any of our South African telco customers vulnerable in any way,", "statement", "Spawn Fan", 2, "'\"...” said Huawei SA CEO Spawn Fan'; straight opening mark, curly closing mark"),
  q("Our aim is connect every South African wherever they may live. … We have been in the country for 20 years now and we have worked with dedication and focus to support the needs of our telco partners,", "statement", "Spawn Fan", 3, "'\"...\" Fan said'; the outlet's 'is connect' kept"),
  q("Operators will have to get around who they’re going to partner with going forward. Huawei tends to be a cheaper vendor that provides fantastic quality,", "statement", "Ruhan du Plessis", 5, "'“...\" he said'; he = Ruhan du Plessis (paragraph 4); curly opening mark, straight closing mark"),
  q("We utilise Nokia and Huawei as key suppliers in this endeavour, and we value both parties highly.  We do not foresee changing our procurement practice at this stage.", "statement", "Willem Roos", 7, "'Willem Roos ... said \"...\"'; the double space after 'highly.' is as stored"),
  q("The real interesting thing is who does SA side with,", "statement", "Ruhan du Plessis", 10, "'“...\" said Du Plessis'; curly opening mark, straight closing mark"),
 ],
 dates=[], borderline_dates=[],
 people=[p("Spawn Fan", "Fan"), p("Ruhan du Plessis", "Du Plessis"), p("Willem Roos")],
 organisations=[p("Huawei", "Huawei SA"), p("Avior Capital"), p("Cell C"), p("Telkom"), p("MTN"), p("Vodacom"), p("Rain SA"), p("Nokia"), p("Independent Communication Authority of SA"), p("department of telecommunications & postal services")],
)

A['cebudailynews-buenafe-malaysia-support-huawei-2019'] = dict(
 provenance=dict(url="https://cebudailynews.inquirer.net/236666/malaysia-support-shows-not-all-countries-consider-huawei-a-threat-exec/amp",
  outlet="Cebu Daily News (cebudailynews.inquirer.net, Inquirer group, Philippines)",
  found_via="search pages corpus, query 'Huawei 5G Indonesia Malaysia US pressure minister said Huawei not a threat'", excerpt=True,
  notes="The page store cut the text mid-word ('... whose Android mobile operating syste'); that partial paragraph was dropped. The store gives single and double line breaks. Header: the headline only; no byline or date line was stored. Junk: the long AFP file-photo caption (its dates 'March 06, 2019' and 'March 13, 2019' are not counted) and the related-link line 'READ: Mahathir says Malaysia will use Huawei ‘as much as possible’' (its single-quoted words are junk; Mahathir's words are counted once, in paragraph 2). Paragraph 3's \"unexpected.\" is Buenafe's one-word statement (her own words, repeated in paragraph 4). 'Huawei Philippines' (in 'Huawei Philippines Public Affairs and Communications Department head') is an alias of Huawei. 'Beijing' is a government by place name and is not listed. Fresh2/thedailystar-mahathir-huawei-2019 covers Mahathir's remarks; this is Huawei Philippines' reaction, a different story and outlet."),
 title="Malaysia support shows not all countries consider Huawei a threat — exec",
 header=["Malaysia support shows not all countries consider Huawei a threat — exec"],
 published="2019-05-31", published_basis="not printed, not in the URL and no store date; inferred: Mahathir Mohamad's 'as much as possible' remark was made in Tokyo on Thursday 30 May 2019 (CNN's stored copy of its story reports it 'on Thursday', with a Huawei comment 'Friday', 31 May), and Buenafe spoke 'Friday' after it. 2019-05-31 is taken; 'Friday' resolves to 2019-05-31 for any publication day from 31 May to 6 June 2019",
 authors=[],
 junk=["(FILES) In this file photo taken on March 06, 2019 the logo for Huawei is seen at the company's headquarters in Shenzhen, China's Guangdong province. - The US upped pressure on Europe March 13, 2019, to avoid turning to Huawei for 5G telecom infrastructure, with a top commander saying NATO forces would cease communicating with their German colleagues if Berlin teams up with the Chinese firm. The US and several other Western nations, fearful of the security risks posed by a company closely tied to the Chinese government, have shut Huawei out of tenders for the development of super-fast fifth-generation, or 5G, networks. (Photo by WANG ZHAO / AFP)", "READ: Mahathir says Malaysia will use Huawei ‘as much as possible’"],
 quotes=[
  q("as much as possible", "statement", "Mahathir Mohamad", 2, "'Mahathir Mohamad earlier said the country will use Huawei’s products “...”': a fragment of his words"),
  q("unexpected.", "statement", "Karenina Buenafe", 3, "'Karenina Buenafe said the declaration of Malaysia’s support was “...”': one-word fragment of her words (she repeats it in paragraph 4)"),
  q("It was unexpected for us,", "statement", "Karenina Buenafe", 4, "'“...” Buenafe said in a forum in Quezon City'"),
  q("They’re so happy that Malaysia has joined the support to Huawei because it gives us an assurance that not all countries look at us bad,", "statement", "Karenina Buenafe", 5, "'“...” she added'; she = Buenafe"),
 ],
 dates=[d("Friday", 1, "2019-05-31", "2019-05-31", False, "bare weekday, past ('an official of the firm said Friday'): the latest Friday on or before publication, the publication day")],
 borderline_dates=[],
 people=[p("Mahathir Mohamad"), p("Karenina Buenafe", "Buenafe"), p("Donald Trump")],
 organisations=[p("Huawei", "Huawei Philippines")],
)

A['euronews-reuters-uae-du-huawei-not-an-issue-2019'] = dict(
 provenance=dict(url="https://www.euronews.com/business/2019/07/24/uaes-du-says-us-ban-on-huawei-not-an-issue-for-5g-network",
  outlet="Euronews (euronews.com), carrying a Reuters story",
  found_via="search pages corpus, query 'UAE du Huawei 5G US ban not a problem Osman Sultan'", excerpt=True,
  notes="The page store cut the text mid-paragraph ('... 5G technology. It'); that partial paragraph (on Etisalat) was dropped. The store gives single, double and triple line breaks. Header: the headline (first copy) and the two bylines 'By Reuters' and 'By Alexander Cornwell'. Junk: 'Find Us', the second copy of the headline, the photo caption with its credit (its date 'July 22, 2019' is not counted), 'Copyright Aly Song(Reuters)', and the two share-button lines. The dateline credit 'DUBAI (Reuters) -' is an agency credit and Reuters is not listed as an organisation; the stock tickers '<DU.DU>', '<NOKIA.HE>' are kept as stored and are not aliases. All three quotes are Osman Sultan's; \"any issue\" is a two-word fragment of his words. 'by the end of the year' is counted as the year 2019, as earlier sets count 'the end of 2020'. 'Du' (sentence-initial) is an alias of du. 'Washington', 'Beijing' and 'China' are governments by place or country name. Fresh3/dawn-reuters-us-gulf-allies-huawei-2019 covers the US warning to Gulf allies (September 2019); no earlier set has du's July 2019 statement. A machine-reworded copy of the same Reuters text is stored at nijazip.com; Euronews's is the clean text."),
 title="UAE's du says U.S. ban on Huawei not an issue for 5G network",
 header=["UAE's du says U.S. ban on Huawei not an issue for 5G network", "By Reuters", "By Alexander Cornwell"],
 published="2019-07-24", published_basis="from the URL path (/2019/07/24/); 2019-07-24 is a Wednesday, and 'said on Wednesday' (du's earnings call) agrees",
 authors=["Alexander Cornwell"],
 junk=["Find Us", "UAE's du says U.S. ban on Huawei not an issue for 5G network", "FILE PHOTO: A Huawei company logo is pictured at the Shenzhen International Airport in Shenzhen, Guangdong province, China July 22, 2019. REUTERS/Aly Song/File Photo Copyright Aly Song(Reuters)", "Copyright Aly Song(Reuters)", "Share this articleComments", "Share this articleClose Button"],
 quotes=[
  q("any issue", "statement", "Osman Sultan", 3, "'Osman Sultan, said ... it did not see \"...\"': a fragment of his words"),
  q("We do not have a concern for the network deployment, for the use of Huawei equipment within the network,", "statement", "Osman Sultan", 4, "'\"...\" Sultan told reporters on an earnings conference call'"),
  q("There are regular tests done, not only by us but as well by the authorities ... and we never had any instruction or directive to stop the use of any of the Huawei equipment,", "statement", "Osman Sultan", 8, "'\"...\" Sultan said'; the ellipsis is the outlet's"),
 ],
 dates=[
  d("on Wednesday", 1, "2019-07-24", "2019-07-24", False, "past ('its chief executive said on Wednesday'): the publication day"),
  d("in May", 2, "2019-05-01", "2019-05-31", False, "past ('American companies were banned in May'): May of the publication year"),
  d("the end of the year", 5, "2019-01-01", "2019-12-31", False, "future deadline ('expects to have ... by the end of the year'): counted as the year 2019, as earlier sets count 'the end of 2020'; 'by' is not part of the counted text"),
 ],
 borderline_dates=[],
 people=[p("Osman Sultan", "Sultan")],
 organisations=[p("du", "Du"), p("Huawei"), p("Nokia")],
)

A['somagnews-bolsonaro-un-5g-huawei-2020'] = dict(
 provenance=dict(url="https://www.somagnews.com/he-stated-that-he-could-bring-it-to-a-5g-auction/",
  outlet="SomagNews (somagnews.com), tech news site (the text reads as an English rendering of a Brazilian report)",
  found_via="search pages corpus, query 'Brazil 5G auction Huawei Bolsonaro Faria said 2021'", excerpt=False,
  notes="The stored text ends cleanly with the comment form, under the store's limit. The store gives single, double and triple line breaks. Header: the headline only; no byline or date line. Subheading: 'Just another technology'. Junk: 'See Also', the related-link title 'Samsung wants to popularize 5G on cheap phones with new Exynos 880 chip; see more', 'Please enter your comment!', 'Please enter your name here'. Quotation-mark oddities, kept as stored: paragraph 1's quote ends with a space before its closing mark ('data protection ”'), so its text ends with that space; paragraph 2's quote is closed by a second opening mark ('I will decide on 5G, “he said'), and its text runs from the first opening mark up to that mark. The speaker of paragraph 2's quote ('he said') is Bolsonaro. Paragraph 4's quote is Marcos Pontes's ('According to him'). \"neutrality principle\" is a phrase (the name of Anatel's principle); crediting it to the National Telecommunications Agency is a plausible alternative. 'on Tuesday (22)' is one date expression, like euobserver's 'on Wednesday (29 January)' in fresh10. The '75th United Nations General Assembly' is an event (a session) and is not listed, as the earlier sets leave out the Munich Security Conference. Other somagnews stories appear in fresh5 (China's embassy and Eduardo Bolsonaro, 2020); this is a different story."),
 title="He stated that he could bring it to a 5G auction",
 header=["He stated that he could bring it to a 5G auction"],
 subheads=["Just another technology"],
 published="2020-09-23", published_basis="not printed, not in the URL and no store date; inferred: the story reports Bolsonaro's UN General Assembly opening speech 'on Tuesday (22)' (Tuesday 22 September 2020) as fresh news, and Bolsonaro's other remark 'earlier this month'. 2020-09-23 is taken; 'on Tuesday (22)' is absolute, and 'earlier this month' runs from 1 September to the publication day for any publication day in late September 2020",
 authors=[],
 junk=["See Also", "Samsung wants to popularize 5G on cheap phones with new Exynos 880 chip; see more", "Please enter your comment!", "Please enter your name here"],
 quotes=[
  q("Brazil is open to the development of cutting-edge technology and innovation, such as industry 4.0, artificial intelligence, nanotechnology and 5G technology, with any partners that respect our sovereignty, value freedom and data protection ", "statement", "Jair Bolsonaro", 1, "'President Jair Bolsonaro stated that “...”' (his UN speech); the text ends with the space the page prints before the closing mark"),
  q("Look, we have the 5G business ahead of us. To make it very clear, I am the one who will decide 5G, it is not a third party, no one guessing around, no. I will decide on 5G, ", "statement", "Jair Bolsonaro", 2, "'“... “he said earlier this month'; he = Bolsonaro; the quote is closed by a second opening mark (“), kept as stored; the text ends with the space before that mark"),
  q("companies like Cisco, Huawei and Qualcomm already have a large infrastructure within our telecommunications. 5G is just another technology, it will not change the fact that they are already in the system.", "statement", "Marcos Pontes", 4, "'According to him, “...”'; him = Marcos Pontes"),
  q("neutrality principle", "phrase", None, 5, "Anatel's named principle in scare quotes; could be read as a statement by the National Telecommunications Agency"),
 ],
 dates=[
  d("on Tuesday (22)", 1, "2020-09-22", "2020-09-22", False, "the UN General Assembly opening speech, Tuesday 22 September 2020; the bracketed day number is part of the expression"),
  d("earlier this month", 2, "2020-09-01", "2020-09-23", False, "from the start of the month to the publication day"),
  d("in early September", 3, "2020-09-01", "2020-09-10", False, "past; 'early' taken as the first ten days of September 2020 (judgement)"),
  d("the end of 2019", 4, "2019-01-01", "2019-12-31", False, "'At the end of 2019': counted as the year 2019, as earlier sets count 'the end of 2020'"),
 ],
 borderline_dates=[],
 people=[p("Jair Bolsonaro", "Bolsonaro"), p("Fábio Faria"), p("Marcos Pontes")],
 organisations=[p("Huawei"), p("Cisco"), p("Qualcomm"), p("National Telecommunications Agency", "Anatel")],
)

A['tvnz-ardern-huawei-decision-not-political-2019'] = dict(
 provenance=dict(url="https://www.tvnz.co.nz/one-news/new-zealand/ardern-says-huawei-decision-not-political-one-ahead-meeting-chinas-president",
  outlet="TVNZ 1 News (tvnz.co.nz)",
  found_via="search pages corpus, query 'Ardern Huawei 5G New Zealand China relations said 2019'", excerpt=False,
  notes="The stored text ends cleanly with 'SHARE ME' and 'More Stories', under the store's limit. The store gives double line breaks. Header: the headline, the date line 'April 1, 2019' and the summary line 'The PM spoke from Beijing, after the GCSB denied Huawei ... in November, 2018.' (TVNZ's standfirst; it may be the caption of the story's video; either way it is not body, and its date 'November, 2018' is not counted). Junk: 'SHARE ME', 'More Stories'. \"set out the process\", \"concerns\", \"a process that is undertaken by the GCSB\" and \"pre-empt\" are short fragments of the speakers' own words and are counted as statements ('pre-empt' could be read as a phrase). Paragraph 6's quote holds the outlet's four dots ('process....'). Paragraph 11's quote has no attribution of its own and follows Ardern's reported speech in paragraph 10; it is credited to Jacinda Ardern; its slip 'may indeed some up' is kept. 'today' is counted three times (the publication day). 'TVNZ1' (the channel, in 'TVNZ1's Q+A') is listed; 'Q+A' (a programme) is not. 'New Zealand's spy agency' and 'the GCSB' are the same body; 'GCSB' is listed. The 'Government' is New Zealand's and is not listed; 'Free Trade Agreement' is an agreement, not listed. Fresh/1news-nz-huawei-delicate-call-2018 is an earlier TVNZ (1news.co.nz) story on another event (November 2018); this April 2019 story is not in any set."),
 title="Ardern says Huawei decision not a political one, ahead of meeting with China's president",
 header=["Ardern says Huawei decision not a political one, ahead of meeting with China's president", "April 1, 2019", "The PM spoke from Beijing, after the GCSB denied Huawei from setting up New Zealand’s 5G network in November, 2018."],
 published="2019-04-01", published_basis="printed ('April 1, 2019'), a Monday; Ardern was in Beijing on 1 April 2019",
 authors=[],
 junk=["SHARE ME", "More Stories"],
 quotes=[
  q("set out the process", "statement", "Jacinda Ardern", 4, "'Ms Ardern said she would \"...\" when meeting with China's leadership'"),
  q("There's good reason why this process exists, is to ensure we protect New Zealand's national security,", "statement", "Jacinda Ardern", 5, "'\"...\" Ms Ardern said'"),
  q("This is our independent process.... regardless of what any member of the Five Eyes, or anyone else might undertake,", "statement", "Jacinda Ardern", 6, "'\"...\" she said'; she = Ardern"),
  q("concerns", "statement", "Patrick Murphy", 7, "'Patrick Murphy told TVNZ1's Q+A of his country's \"...\"': one-word fragment of his words"),
  q("We will do what's necessary to protect our own national interests,", "statement", "Patrick Murphy", 8, "'\"...\" he said'; he = Patrick Murphy"),
  q("a process that is undertaken by the GCSB", "statement", "Jacinda Ardern", 9, "'Ms Ardern today said ... but instead \"...\"'"),
  q("pre-empt", "statement", "Jacinda Ardern", 10, "'She did not want to \"...\" discussion topics': one-word fragment of her words; could be read as a phrase"),
  q("We of course raise issues around our economic relationship, our people to people relationship, human rights issues and I would expect some of the issues... cyber security, may indeed some up.", "statement", "Jacinda Ardern", 11, "no attribution of its own; follows Ardern's reported speech in paragraph 10"),
 ],
 dates=[
  d("today", 2, "2019-04-01", "2019-04-01", False, "'Speaking to media in Beijing today': the publication day"),
  d("in November last year", 3, "2018-11-01", "2018-11-30", False, "November of the year before publication"),
  d("today", 4, "2019-04-01", "2019-04-01", False, "'when meeting with China's leadership today': the publication day (future that day)"),
  d("today", 9, "2019-04-01", "2019-04-01", False, "'Ms Ardern today said': the publication day"),
 ],
 borderline_dates=[],
 people=[p("Xi Jinping"), p("Jacinda Ardern", "Ardern"), p("Patrick Murphy")],
 organisations=[p("Huawei"), p("GCSB"), p("Five Eyes"), p("TVNZ1")],
)

A['westernjournal-ap-ardern-no-final-decision-huawei-2019'] = dict(
 provenance=dict(url="https://www.westernjournal.com/ap-new-zealand-leader-says-no-final-decision-on-using-huawei/",
  outlet="The Western Journal (westernjournal.com), carrying an Associated Press story",
  found_via="search pages corpus, query 'Ardern Huawei 5G New Zealand China relations said 2019'", excerpt=True,
  notes="The page store cut the text mid-number ('... up 7 percent in 20'); that partial paragraph was dropped. The store gives single, double and triple line breaks. Header: the headline only; no byline or date line. Junk: the inserted link 'Biggest COVID Vaccine Study Ever Finds Concerning Links'. The dateline credit 'WELLINGTON, New Zealand (AP) —' is an agency credit; AP is not listed. Paragraph 2's \"significant network security risk.\" is credited to the unnamed agency as worded, 'New Zealand’s international spy agency' (the GCSB, not named in this text). Paragraph 4 holds two quotes of Ardern, split by 'Ardern told Newshub'; the first ends with the outlet's ellipsis character inside the marks. Paragraph 9's quote is Ardern's; the Chinese spokesperson's words inside it are marked only by 'quote,' (no quotation marks) and are not a separate quote; its 'last week' is counted, inside the quote. 'China's Communist Party' is listed as 'Communist Party'; 'British media' and 'U.K. intelligence agencies' are not named bodies. Another westernjournal AP story (Pompeo in The Hague) is in fresh4; fresh8/sbs-aap-huawei-rugby-charm-new-zealand-2019 covers Huawei's February 2019 ads in New Zealand; this AP story on Ardern's Newshub interview is in no earlier set."),
 title="New Zealand leader says no final decision on using Huawei",
 header=["New Zealand leader says no final decision on using Huawei"],
 published="2019-02-19", published_basis="not printed, not in the URL and no store date; inferred: Ardern's Newshub interview ('said Tuesday') was on Tuesday 19 February 2019 (RNZ's stored page on Ardern and Huawei is dated 19 Feb 2019, and The Business Times' stored copy of Bloomberg's story reports her Newshub remarks 'on Tuesday'). 2019-02-19 is taken; 'Tuesday' and 'last week' resolve the same for any publication day from 19 to 24 February 2019",
 authors=[],
 junk=["Biggest COVID Vaccine Study Ever Finds Concerning Links"],
 quotes=[
  q("significant network security risk.", "statement", "New Zealand’s international spy agency", 2, "'New Zealand’s international spy agency ... saying it posed a “...”'; the agency is unnamed here (the GCSB)"),
  q("I’m not here to pass assessments on vendors …", "statement", "Jacinda Ardern", 4, "'“...” Ardern told Newshub'; the ellipsis is inside the marks"),
  q("It’s in the public domain that issues and concerns have been raised, but again, as I say, the ball is in now back in the court of the company that made the application, and that is Spark.", "statement", "Jacinda Ardern", 4, "resumed after 'Ardern told Newshub'; a second quote; the slip 'is in now back' is kept"),
  q("China’s foreign ministry spokesperson last week rejected these reports, suggesting those who were peddling the story were, quote, either making a big fuss over nothing, or harboring ulterior motives,", "statement", "Jacinda Ardern", 9, "'“...” Ardern said'; the spokesperson's words inside are flagged only by 'quote,' and are not listed separately"),
 ],
 dates=[
  d("Tuesday", 1, "2019-02-19", "2019-02-19", False, "bare weekday, past ('Ardern said Tuesday'): the latest Tuesday on or before publication, the publication day"),
  d("in November", 2, "2018-11-01", "2018-11-30", False, "past ('in November stopped mobile company Spark'): the most recent November before publication (the GCSB decision of November 2018)"),
  d("last week", 7, "2019-02-11", "2019-02-17", False, "'A story last week in the Global Times': the week before the publication week (Monday to Sunday)"),
  d("last week", 9, "2019-02-11", "2019-02-17", True, "inside Ardern's quote: the week before the publication week"),
 ],
 borderline_dates=[],
 people=[p("Jacinda Ardern", "Ardern")],
 organisations=[p("Huawei"), p("Spark"), p("Newshub"), p("Global Times"), p("Communist Party")],
)

KEYS = ['id', 'provenance', 'title', 'header', 'subheads', 'published', 'published_basis', 'authors', 'junk', 'quotes', 'dates', 'borderline_dates', 'people', 'organisations']
for id_, a in A.items():
    a['id'] = id_
    pv = a['provenance']
    a['provenance'] = dict(url=pv['url'], outlet=pv['outlet'], found_via=pv['found_via'], excerpt=pv['excerpt'], retrieved=R, notes=pv['notes'])
    out = {k: a[k] for k in KEYS if k in a}
    json.dump(out, open(f'{D}/{id_}/expected.json', 'w'), ensure_ascii=False, indent=2)
    print('wrote', id_)
