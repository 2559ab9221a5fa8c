import json, os
D = os.path.dirname(os.path.abspath(__file__))
R = "2026-11-22"
def Q(text, kind, speaker, para, note): return dict(text=text, kind=kind, speaker=speaker, paragraph=para, note=note)
def DT(text, para, start, end, inq, note): return dict(text=text, paragraph=para, start=start, end=end, in_quote=inq, note=note)
def B(text, para, note): return dict(text=text, paragraph=para, note=note)
def P(name, aliases=()): return dict(name=name, aliases=list(aliases))
A = []

# 1 ---------------------------------------------------------------- geo.tv / Reuters, Norway
A.append(dict(
 id="geotv-reuters-astrup-norway-no-huawei-ban-2019",
 provenance=dict(
  url="https://www.geo.tv/latest/248928-kriti-sanon-varun-dhawan-offer-glimmer-of-hope-to-acid-attack-survivor",
  outlet="Geo News (geo.tv, Pakistan), carrying a Reuters story (credited 'REUTERS')",
  found_via="search pages corpus, query 'Huawei Norway Telia Denmark Finland 5G Nordic US embassy said'",
  excerpt=False, retrieved=R,
  notes="The stored text ends cleanly after a closing quotation mark, well under the store's limit; the live page may hold more. The store's metadata prefix ' date 2019-09-26 ' was removed. The stored URL's slug (about an Indian film item) does not match the text: that is the URL the store holds for this Reuters story, kept as given. Header: the headline, the credit 'REUTERS' (printed twice, once above and once below the headline; both copies are header) and the date line 'Thursday Sep 26, 2019'. Junk: the site's error bar \"Can't connect right now! retry\", the banner date 'Thursday Sep 26 2019' (without a comma; not counted) and the photo caption. 'ELVERUM:' is a dateline. Paragraph 4's quote has no attribution of its own and follows Astrup's quote in paragraph 3: credited to Nikolai Astrup. Paragraph 7's quote likewise follows Furberg's quote in paragraph 6: credited to Petter-Boerre Furberg. 'this year' (paragraph 5) is future ('plans to pick 5G technology suppliers this year'): counted as the year 2019. 'Reuters' is listed (named in the body: 'told Reuters'); NATO and Telenor are listed; 'Huawei Technologies' with alias 'Huawei'. Fresh12/scandasia-telenor-ericsson-huawei-norway-2019 (ScandAsia, December 2019) and fresh3/globeandmail-telenor-picks-ericsson-2019 cover Telenor's later choice of Ericsson; Astrup's September 2019 interview is in no earlier set."),
 title="Norway will not ban Huawei from 5G mobile network: minister",
 header=["REUTERS", "Norway will not ban Huawei from 5G mobile network: minister", "REUTERS", "Thursday Sep 26, 2019"],
 published="2019-09-26",
 published_basis="printed ('Thursday Sep 26, 2019'); the store's date field agrees; 26 September 2019 is a Thursday",
 authors=[],
 junk=["Can't connect right now! retry", "Thursday Sep 26 2019", "A Huawei sign at the IFA consumer tech fair in Berlin, Germany. Photo: REUTERS"],
 quotes=[
  Q("That is not an option being discussed,", "statement", "Nikolai Astrup", 3, "'\"...\" cabinet minister Nikolai Astrup said in an interview'"),
  Q("We have a good dialogue with the companies on security, and then it is up to the companies themselves to choose suppliers. We haven’t got any bans against any suppliers in Norway.", "statement", "Nikolai Astrup", 4, "no attribution of its own; follows Astrup's quote in paragraph 3"),
  Q("We are talking to everybody, everyone is in the process, and we will have to see what we choose in the end. We continue to have a good dialogue with the government,", "statement", "Petter-Boerre Furberg", 6, "'\"...\" said Petter-Boerre Furberg, who heads Telenor’s domestic operation'"),
  Q("We are running a process that is open to all partners.", "statement", "Petter-Boerre Furberg", 7, "no attribution of its own; follows Furberg's quote in paragraph 6"),
 ],
 dates=[
  DT("this year", 5, "2019-01-01", "2019-12-31", False, "future ('plans to pick 5G technology suppliers this year'): the publication year"),
  DT("in 2020", 5, "2020-01-01", "2020-12-31", False, "future ('to prepare for commercial rollout in 2020')"),
 ],
 borderline_dates=[],
 people=[P("Nikolai Astrup"), P("Petter-Boerre Furberg")],
 organisations=[P("Huawei Technologies", ["Huawei"]), P("Reuters"), P("NATO"), P("Telenor")],
))

# 2 ---------------------------------------------------------------- The News (PA), Dowden July 2020
A.append(dict(
 id="thenews-dowden-sanctions-significant-impact-huawei-2020",
 provenance=dict(
  url="https://www.thenews.com.pk/print/682948-us-sanctions-on-huawei-may-have-significant-impact-on-5g-role-dowden",
  outlet="The News International (thenews.com.pk, Pakistan), print edition; a London wire story (no agency is credited in the stored text)",
  found_via="search pages corpus, query 'Dowden Huawei ban 2027 Commons statement China embassy response July 2020'",
  excerpt=True, retrieved=R,
  notes="The page store cut the text mid-word ('“We wa'); that partial paragraph (China's ambassador Liu Xiaoming, with the phrases “threat” and “hostile country” and the start of a quote) was dropped, so Liu Xiaoming is not counted. The store's metadata prefix ' date 2020-07-07 ' was removed. The stored text has no headline, byline or date line: `title` is null and `header` is empty; the URL slug is 'us-sanctions-on-huawei-may-have-significant-impact-on-5g-role-dowden'. 'LONDON:' is a dateline. Paragraph 1's “significant impact” is credited to Oliver Dowden: 'the Culture Secretary has said', and paragraph 2 names him. Paragraph 5's quote: 'the minister told Sky News' = Dowden. Paragraph 6's quote has no attribution of its own and follows Dowden's quote in paragraph 5. 'later this month' (paragraph 7) is a vague future part of July 2020 and is a borderline date, as 'later this year' was in earlier sets. The outlet's missing space ('recess.Johnson’s') remains. 'the Prime Minister', 'the PM' and 'the Government' are not listed (roles / the UK government); 'Donald Trump’s administration' is listed as worded ('X administration' where X is a person). Fresh12/taipeitimes-reuters-france-anssi-huawei-2020 (whose dek quotes 'a British official' on the same 'significant impact') reports the same remarks with another outlet, and fresh6/independent-liu-xiaoming-huawei-ban-trust-2020 the Chinese ambassador a week later; no earlier set holds this story or The News."),
 title=None,
 header=[],
 published="2020-07-07",
 published_basis="the store's date field (the page prints no date and the URL has none); 'on Monday' then resolves to 6 July 2020, the day Dowden spoke to Sky News and LBC",
 authors=[],
 junk=[],
 quotes=[
  Q("significant impact", "statement", "Oliver Dowden", 1, "'... are likely to have a \"...\" ..., the Culture Secretary has said': fragment; the Culture Secretary is Oliver Dowden (paragraph 2)"),
  Q("fixed in stone", "statement", "Oliver Dowden", 4, "'Dowden said the decision ... is not \"...\"': fragment of his words"),
  Q("We believe that could have a significant impact on the reliability of Huawei equipment and whether we can use it safely,", "statement", "Oliver Dowden", 5, "'\"...\" the minister told Sky News'; the minister = Dowden"),
  Q("I’ve just received that advice, I’m working through it, the Prime Minister will do, and if it’s appropriate to change policy we’ll clearly make a statement in the House of Commons when we’ve been through that and reached a collective decision.", "statement", "Oliver Dowden", 6, "no attribution of its own; follows Dowden's quote in paragraph 5"),
 ],
 dates=[
  DT("on Monday", 2, "2020-07-06", "2020-07-06", False, "past ('Oliver Dowden said on Monday'): the latest Monday before publication"),
  DT("in May", 5, "2020-05-01", "2020-05-31", False, "past ('the sanctions announced by the US in May'): May of the publication year"),
 ],
 borderline_dates=[B("later this month", 7, "vague future part of July 2020 ('whether there is to be a policy change later this month'); not counted either way"), B("the summer recess", 7, "a named parliamentary period ('before MPs rise for the summer recess', late July 2020), vague; not counted either way")],
 people=[P("Oliver Dowden", ["Dowden"]), P("Boris Johnson", ["Johnson"]), P("Donald Trump")],
 organisations=[P("Huawei"), P("National Cyber Security Centre", ["NCSC"]), P("Donald Trump’s administration"), P("Sky News"), P("House of Commons"), P("LBC"), P("Parliament")],
))

# 3 ---------------------------------------------------------------- Politico Europe, Dowden 'conscious uncoupling'
A.append(dict(
 id="politico-dowden-huawei-ban-not-anti-china-2020",
 provenance=dict(
  url="https://www.politico.eu/article/uk-digital-secretary-huawei-ban-wasnt-anti-china-move/",
  outlet="Politico Europe (politico.eu)",
  found_via="search pages corpus, query 'Dowden Huawei ban 2027 Commons statement China embassy response July 2020'",
  excerpt=True, retrieved=R,
  notes="The page store cut the text mid-word ('but that is a s'); that partial paragraph (Dowden on a possible reversal 'if sanctions were to be lifted by a different White House', with the start of a further quote) was dropped, so 'White House' is not counted. The stored text has no headline, byline or date line: `title` is null and `header` is empty; the URL slug is 'uk-digital-secretary-huawei-ban-wasnt-anti-china-move'. Junk: the related-links label 'You may like'. The outlet's typo 'Tthe' and its unclosed punctuation (“...position” Dowden said.) remain. Paragraph 6 holds two Dowden quotes (resumed after 'Dowden said.'). Paragraph 7's quote has no attribution of its own and follows Dowden's quotes in paragraph 6. “conscious uncoupling from China,” (paragraph 1, 'according to Digital Secretary Oliver Dowden') is counted as his statement: he denied the ban was one. “fresh thinking” (paragraph 4) is a phrase: the China Research Group's stated aim, with no speech verb; it could be read as the group's statement. 'House of Commons' is listed for 'a House of Commons science committee hearing'; 'Tory' is a party adjective and is not. Fresh2/cityam-huawei-rebels-defeated-2020 and test/republicworld-uk-bans-huawei-2020 cover the UK decisions with other outlets; fresh9/politico-pompeo-rome-china-exploiting-italy-2020 is another Politico story."),
 title=None,
 header=[],
 published="2020-07-21",
 published_basis="not printed, not in the URL and no store date; inferred: the story reports Dowden's appearance before the Commons science committee the week after the UK's Huawei ban ('last week'; the ban was announced on Tuesday 14 July 2020), so publication falls in 20-26 July 2020; 2020-07-21 is taken. Its dates ('last week', 'in May') resolve the same for any day in that window",
 authors=[],
 junk=["You may like"],
 quotes=[
  Q("conscious uncoupling from China,", "statement", "Oliver Dowden", 1, "'does not represent a \"...\" according to Digital Secretary Oliver Dowden': his words, denied; could be read as a phrase"),
  Q("specific response to a specific problem … Namely the further, very stringent, U.S. sanctions.", "statement", "Oliver Dowden", 2, "'Dowden insisted it was \"...\"'"),
  Q("fresh thinking", "phrase", None, 4, "'set up to promote \"...\" on China': the China Research Group's stated aim; no speech verb"),
  Q("I very much hope that China respects our position", "statement", "Oliver Dowden", 6, "'\"...\" Dowden said.' (no comma inside the marks)"),
  Q("That we disagree on Hong Kong, that we have to act in relation to U.S. sanctions and that [the Huawei ban] wasn’t a sort of knee-jerk reaction from us", "statement", "Oliver Dowden", 6, "resumed after 'Dowden said.': a second quote; includes the editorial bracket"),
  Q("We continue to engage with the Chinese government and are clear where we disagree … I very much hope that the same will continue", "statement", "Oliver Dowden", 7, "no attribution of its own; follows Dowden's quotes in paragraph 6"),
 ],
 dates=[
  DT("in May", 3, "2020-05-01", "2020-05-31", False, "past ('The U.S. imposed new sanctions ... in May'): May of the publication year"),
  DT("last week", 3, "2020-07-13", "2020-07-19", False, "the week before publication (the ban was announced on 14 July 2020)"),
 ],
 borderline_dates=[],
 people=[P("Oliver Dowden", ["Dowden"]), P("Tom Tugendhat"), P("Neil O’Brien")],
 organisations=[P("Huawei"), P("House of Commons"), P("National Cyber Security Centre"), P("China Research Group")],
))

# 4 ---------------------------------------------------------------- Brussels Times, Abraham Liu at the EP
A.append(dict(
 id="brusselstimes-abraham-liu-parliament-debate-5g-2019",
 provenance=dict(
  url="https://www.brusselstimes.com/news/eu-affairs/74029/huawei-urges-europe-to-work-together-with-fourth-industrial-revolution-around-the-corner/",
  outlet="The Brussels Times (brusselstimes.com)",
  found_via="search pages corpus, query 'Huawei Europe chief Abraham Liu Brussels said 5G security Europe 2019'",
  excerpt=True, retrieved=R,
  notes="The page store cut the text mid-word ('concrete and comprehensiv'); that partial paragraph (on Switzerland's 5G) was dropped. Header: the headline and the date line 'Thursday, 17 October 2019'. Junk: 'Share article:' (printed twice, listed once), the second copy of the headline (identical; the first copy is header), and the photo caption (its '16 October, 2019' is not counted). The headline's “fourth industrial revolution around the corner” is header text, not a body quote. Paragraph 3: the quote's full stop is inside the marks ('forest.”,'); “United in Diversity” is the EU's motto, a phrase; “work together” is Liu's fragment. Paragraph 4: Maria Grapini's fragment and her full quote ('she added'); 'in 2025' is inside her quote (in_quote true). 'by the end of the year' (paragraph 5) is a vague future deadline and is a borderline date. 'S&D' (a Parliament group, 'S&D’s Maria Grapini') and 'IMCO Committee' are listed; 'European Union' with alias 'EU'. Fresh3/infocushongkong-afp-huawei-liu-bullying-2019 and fresh4/eureporter-ken-hu-europe-trust-huawei-2019 cover other Huawei appearances in Brussels (May and December 2019); this October 2019 Parliament debate is in no earlier set. Fresh7/brusselstimes-proximus-orange-replace-huawei-2020 is another Brussels Times story."),
 title="Huawei urges Europe to work together with “fourth industrial revolution around the corner”",
 header=["Huawei urges Europe to work together with “fourth industrial revolution around the corner”", "Thursday, 17 October 2019"],
 published="2019-10-17",
 published_basis="printed ('Thursday, 17 October 2019'); 17 October 2019 is a Thursday, and 'on Wednesday' is the debate of 16 October (as the caption says)",
 authors=[],
 junk=["Share article:", "Huawei urges Europe to work together with “fourth industrial revolution around the corner”", "Huawei’s Chief Representative to the EU, Abraham Liu takes questions from MEPs at a debate in the European Parliament in Brussels, 16 October, 2019. Credit: The Brussels Times"],
 quotes=[
  Q("connecting the continent and enabling Europe to lead the fourth industrial revolution", "statement", "Abraham Liu", 2, "'In his opening statement, Liu highlighted ... by \"...\"': fragment of his words"),
  Q("If we use a metaphor, 5G base stations are like trees, but the potential released by 5G is like a forest.", "statement", "Abraham Liu", 3, "'\"...\", Liu told the audience' (full stop inside the marks, comma outside)"),
  Q("United in Diversity", "phrase", None, 3, "the European Union's motto, named as such"),
  Q("work together", "statement", "Abraham Liu", 3, "'he furthermore urged Europe to \"...\"'; he = Liu; fragment; could be read as a phrase"),
  Q("countries in the EU which cannot bear the cost of 5G deployment", "statement", "Maria Grapini", 4, "'the MEP ... noted that there are \"...\"'"),
  Q("5G revenues are estimated at €225 billion in 2025, and up to two million new jobs could be created,", "statement", "Maria Grapini", 4, "'\"...\" she added'; she = Grapini"),
 ],
 dates=[
  DT("on Wednesday", 1, "2019-10-16", "2019-10-16", False, "past ('During a debate ... on Wednesday'): the day before publication"),
  DT("in 2025", 4, "2025-01-01", "2025-12-31", True, "inside Grapini's quote: a forecast year"),
 ],
 borderline_dates=[B("by the end of the year", 5, "vague future deadline in 2019 ('expects this number to reach 500,000 by the end of the year'); not counted either way")],
 people=[P("Abraham Liu", ["Liu"]), P("Maria Grapini", ["Grapini"])],
 organisations=[P("Huawei"), P("European Union", ["EU"]), P("European Parliament"), P("S&D"), P("IMCO Committee")],
))

# 5 ---------------------------------------------------------------- Global Times, Abraham Liu at Web Summit
A.append(dict(
 id="globaltimes-abraham-liu-freedom-of-choice-2020",
 provenance=dict(
  url="https://www.globaltimes.cn/content/1208989.shtml",
  outlet="Global Times (globaltimes.cn), drawing on the Portuguese agency Lusa (named in the text)",
  found_via="search pages corpus, query 'Huawei Europe chief Abraham Liu Brussels said 5G security Europe 2019'",
  excerpt=False, retrieved=R,
  notes="The stored text ends cleanly with 'he said.', under the store's limit; the live page may hold more. The store's metadata prefix ' date 2020-12-04 ' was removed. The store gives the whole story as one block with the paragraph breaks lost (sentences glued: 'said Thursday.Liu', 'worldwide.\"In Europe'): it is kept as one body paragraph, as stored. The stored text has no headline or byline: `title` is null; the first line 'Huawei 5G File photo: Xinhua' (image label and credit) is junk, so 'Xinhua' is not counted. The quotation marks are straight ASCII marks. All six quotes are Abraham Liu's ('Liu spoke to ...', 'Liu told Lusa', 'he said' ×2); \"several choices in terms of supply to different countries\" and \"by other powers.\" are fragments of his words, counted as statements. 'held here' is Lisbon (Web Summit, 2-4 December 2020). 'Thursday' is 3 December 2020. 'January 2021' (the start of Portugal's EU presidency) is future. 'Lusa' (the agency he spoke to, named in the body) is listed; 'Web Summit' is an event and is not. Fresh4/nationalpost-portugal-we-make-the-rules-2020 covers Portugal (September 2020, also citing Lusa) with another outlet and event; no earlier set holds this interview or the Global Times."),
 title=None,
 header=[],
 published="2020-12-04",
 published_basis="the store's date field (the page prints no date and the URL has none); 'said Thursday' then resolves to 3 December 2020, during Web Summit (2-4 December 2020)",
 authors=[],
 junk=["Huawei 5G File photo: Xinhua"],
 quotes=[
  Q("In Europe, a single digital market, operators deserve freedom of choice,", "statement", "Abraham Liu", 1, "'\"...\" Liu spoke to Portuguese News Agency Lusa'"),
  Q("several choices in terms of supply to different countries", "statement", "Abraham Liu", 1, "'adding that his company can offer \"...\"': fragment of his words"),
  Q("American leaders are trying to move their influences in Europe. It is an attempt to politicize the issue, but Europeans have their own way of dealing with cybersecurity,", "statement", "Abraham Liu", 1, "'\"...\" Liu told Lusa'"),
  Q("by other powers.", "statement", "Abraham Liu", 1, "'which has been challenged \"...\"': fragment of his words (reported through 'The Huawei executive expects')"),
  Q("We have an understanding of future development, of how digital technology can help. My colleagues and I are always available to contribute to these discussions,", "statement", "Abraham Liu", 1, "'\"...\" he said'; he = Liu"),
  Q("We see that there are common challenges such as climate change, the pandemic, and only with global collaboration -- Europe, China and America, together -- will we be able to better face the challenges,", "statement", "Abraham Liu", 1, "'\"...\" he said'; he = Liu"),
 ],
 dates=[
  DT("Thursday", 1, "2020-12-03", "2020-12-03", False, "bare weekday, past ('Abraham Liu said Thursday'): the latest Thursday before publication"),
  DT("January 2021", 1, "2021-01-01", "2021-01-31", False, "future ('Portugal's EU presidency starting from January 2021'); 'starting from' is not part of the counted text"),
 ],
 borderline_dates=[],
 people=[P("Abraham Liu", ["Liu"])],
 organisations=[P("Huawei"), P("European Union", ["EU"]), P("Lusa")],
))

# 6 ---------------------------------------------------------------- Mobile World Live, KPN
A.append(dict(
 id="mobileworldlive-kpn-huawei-limited-5g-contract-2019",
 provenance=dict(
  url="https://www.mobileworldlive.com/featured-content/top-three/kpn-awards-huawei-limited-5g-contract",
  outlet="Mobile World Live (mobileworldlive.com, GSMA's news site)",
  found_via="search pages corpus, query 'KPN Huawei 5G core Netherlands Dutch government said 2019'",
  excerpt=False, retrieved=R,
  notes="The stored text ends cleanly after a closing quotation mark and full stop, under the store's limit; the live page may hold more. The stored text has no headline, byline or date line: `title` is null and `header` is empty; the URL slug is 'kpn-awards-huawei-limited-5g-contract'. KPN's words (paragraphs 2, 5 and 7: 'the Dutch operator said', 'The operator said', 'KPN added') are credited to 'KPN'; Steven Cai's fragments (paragraphs 6 and 11) to him. All eight quotes are statements (fragments of a company statement). 'this week' refers to the UK's leaked National Security Council decision (reported on 24 April 2019). 'next month' is counted as May 2019 (future, a definite month). 'Reuters' (named in the body: 'Reuters reported') is listed, as are 'Huawei Benelux' (Cai's employer) and 'Nokia'. The Dutch government is a country government and is not listed. Fresh12/rpn-reuters-hoekstra-dutch-ban-huawei-2019 (June 2019) and fresh/sputnik-dutch-no-huawei-ban-2019 (July 2019) cover later Dutch events and mention KPN's exclusion of Huawei from the core in passing; no earlier set reports KPN's April 2019 announcement itself; fresh8/mobileworldlive-ross-india-huawei-backdoors-2019 is another Mobile World Live story."),
 title=None,
 header=[],
 published="2019-04-26",
 published_basis="not printed, not in the URL and no store date; inferred: KPN announced its 5G vendor choice on Friday 26 April 2019 (Reuters, 26 April 2019), and the text's 'leaked document this week' is the UK National Security Council leak of 24 April 2019. 2019-04-26 is taken; 'this week', 'Earlier this month' and 'next month' resolve as given for any publication day from 26 to 30 April 2019 except that 'this week' would then span 22-28 April",
 authors=[],
 junk=[],
 quotes=[
  Q("reviewing all parts of its fixed and mobile network and assessing with which suppliers it can best achieve its network ambitions.", "statement", "KPN", 2, "'In a statement, the Dutch operator said ... after \"...\"'; the operator = KPN"),
  Q("to execute on the need for a rapid modernisation of the mobile networks towards 5G, while taking into account the evolving assessment on the protection of vital infrastructure", "statement", "KPN", 5, "'The operator said its vendor policies would enable it \"...\"'"),
  Q("KPN’s trust", "statement", "Steven Cai", 6, "'In a statement, Steven Cai ... said the company appreciated \"...\"': fragment"),
  Q("committed to supporting", "statement", "Steven Cai", 6, "'and is \"...\" the operator’s ambitions': fragment"),
  Q("continuous dialogue", "statement", "KPN", 7, "'KPN added it was in \"...\"': fragment; could be read as a phrase"),
  Q("will fully cooperate", "statement", "Steven Cai", 11, "'Cai said Huawei welcomed and \"...\"': fragment"),
  Q("concerns and discussions regarding safety and security", "statement", "Steven Cai", 11, "'adding it is hard to address \"...\"': fragment"),
  Q("no clear facts are on the table", "statement", "Steven Cai", 11, "'when \"...\"': fragment"),
 ],
 dates=[
  DT("this week", 8, "2019-04-22", "2019-04-26", False, "Monday of the publication week up to the publication day ('a leaked document this week')"),
  DT("Earlier this month", 9, "2019-04-01", "2019-04-26", False, "the start of the month up to the publication day"),
  DT("next month", 10, "2019-05-01", "2019-05-31", False, "future ('expected to present its results next month'): May 2019"),
 ],
 borderline_dates=[],
 people=[P("Steven Cai", ["Cai"])],
 organisations=[P("KPN"), P("Huawei"), P("Nokia"), P("Huawei Benelux"), P("Reuters")],
))

for a in A:
    os.makedirs(f"{D}/{a['id']}", exist_ok=True)
    with open(f"{D}/{a['id']}/expected.json", "w") as f:
        json.dump(a, f, ensure_ascii=False, indent=2); f.write("\n")
    print("wrote", a['id'])
