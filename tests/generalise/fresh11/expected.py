import json, os
D = os.path.dirname(os.path.abspath(__file__))
R = '2026-11-22'
def q(text, speaker, p, kind='statement', note=None):
    return {'text': text, 'kind': kind, 'speaker': speaker, 'paragraph': p, 'note': note}
def d(text, p, start, end, note):
    return {'text': text, 'paragraph': p, 'start': start, 'end': end, 'in_quote': False, 'note': note}
def n(name, aliases=()):
    return {'name': name, 'aliases': list(aliases)}
A = {}
A['taipeitimes-afp-sweden-court-confirms-huawei-ban-2021'] = dict(
  provenance=dict(url='https://www.taipeitimes.com/News/biz/archives/2021/06/24/2003759693', outlet='Taipei Times (taipeitimes.com), carrying an AFP story (byline "AFP, STOCKHOLM")',
    found_via="search pages corpus, query 'Huawei 5G Sweden PTS ban court Huawei said statement 2020 2021'", excerpt=True, retrieved=R,
    notes="The store's prefix ' date 2021-06-24 ' removed. The store cut the last paragraph mid-quote ('“We will continue to be available to have constructive dialogues with Swedish authorities to see '); it was dropped. The Chinese characters in brackets (華為, 中興) are the page's. test/taipeitimes-reuters-prague covers another story from the same outlet; fresh9/silicon covers the January 2021 appeal, not this June 2021 verdict."),
  title='Swedish court confirms Huawei 5G ban', header=['Swedish court confirms Huawei 5G ban', 'AFP, STOCKHOLM'],
  published='2021-06-24', published_basis="the URL path /archives/2021/06/24/ and the store's date field agree; the page prints no date. 'on Tuesday' is the verdict day, 2021-06-22",
  authors=[], junk=[],
  quotes=[q('Sweden’s security is an important reason and the administrative court has considered that it’s only the security police and the military that together have a full picture when it comes to the security situation and threats against Sweden,', 'Ulrika Melin', 4),
          q('We are of course noting that there has been no evidence of any wrongdoings by Huawei which is being used as basis for this verdict, it is purely based on assumption,', 'Kenneth Fredriksen', 6, note="'said Kenneth Fredriksen, Huawei’s vice president ...' after the quote"),
          q('see what kind of actions we will take to protect our rights,', 'Kenneth Fredriksen', 7, note="'Fredriksen added'; a fragment of his words"),
          q('consequences', 'Beijing', 9, note="'Beijing had said that PTS’ decision could have “consequences”': a word Beijing said; could be read as a phrase")],
  dates=[d('on Tuesday', 1, '2021-06-22', '2021-06-22', 'past; published Thursday 2021-06-24, the latest Tuesday before'),
         d('in October last year', 2, '2020-10-01', '2020-10-31', 'the PTS decision, October 2020'),
         d('Jan. 1, 2025', 3, '2025-01-01', '2025-01-01', "'must be removed by Jan. 1, 2025': a printed date"),
         d('in the summer of last year', 8, '2020-06-01', '2020-08-31', 'summer 2020 read as June to August')],
  borderline_dates=[],
  people=[n('Ulrika Melin'), n('Kenneth Fredriksen', ['Fredriksen'])],
  organisations=[n('Huawei Technologies Co', ['Huawei']), n('PTS'), n('ZTE Corp'), n('EU'), n('Ericsson AB')])
A['pageone-reuters-sweden-upholds-huawei-ban-2021'] = dict(
  provenance=dict(url='https://pageone.ng/2021/06/22/82495/', outlet='PageOne (pageone.ng, Nigeria), carrying a Reuters story (Reuters is named in the text, not credited)',
    found_via="search pages corpus, query 'Huawei 5G Sweden PTS ban court Huawei said statement 2020 2021'", excerpt=True, retrieved=R,
    notes="The store cut the page after 'Ericsson,'; that partial paragraph was dropped. No byline. The same verdict as taipeitimes-afp-sweden-court-confirms-huawei-ban-2021 in this set, from another agency's text."),
  title='Sweden upholds ban on Huawei’s 5G gear', header=['Sweden upholds ban on Huawei’s 5G gear'],
  published='2021-06-22', published_basis="the URL path /2021/06/22/; the page prints no date. 'on Tuesday' is the publication day (2021-06-22 was a Tuesday)",
  authors=[], junk=[],
  quotes=[q('Sweden’s security is of heavy importance and the administrative court has taken into account that only the Security Police and the armed forces together have an overall picture regarding the security situation and the threat to Sweden,', 'the court', 3),
          q('It’s not unexpected based on the fact that the court is also leading their conclusions on basically the assumptions being made by SAPO,', 'Kenneth Fredriksen', 5),
          q('We will continue to fight for our right to be in the (Swedish) market.', 'Kenneth Fredriksen', 6, note='a paragraph-long quote with no attribution of its own, after his quote'),
          q('immediately correct the mistake', 'China', 9, note="'China had earlier asked Sweden to “…”': China's words"),
          q('may adversely impact the economic interests of Sweden and Swedish industry, including those of Ericsson.', 'An Ericsson spokesman', 10)],
  dates=[d('on Tuesday', 1, '2021-06-22', '2021-06-22', 'past, a story published that Tuesday: the publication day'),
         d('In October', 2, '2020-10-01', '2020-10-31', 'past: the PTS ban of October 2020'),
         d('this month', 9, '2021-06-01', '2021-06-22', "'issued a veiled warning this month': past, the month up to publication")],
  borderline_dates=[],
  people=[n('Kenneth Fredriksen')],
  organisations=[n('Huawei'), n('Ericsson'), n('PTS'), n('SAPO', ['Security Police']), n('Reuters')])
A['sputnik-trump-convinced-countries-huawei-2020'] = dict(
  provenance=dict(url='https://sputniknews.com/world/202007151079888109-chinas-foreign-minister-says-trumps-remarks-on-huawei-proves-ban-is-about-political-manipulation/', outlet='Sputnik (sputniknews.com)',
    found_via="search pages corpus, query 'Huawei 5G ban minister said statement 2020'", excerpt=False, retrieved=R,
    notes="The store's prefix ' date 2020-07-15 ' removed. No headline stored: title null (URL slug 'chinas-foreign-minister-says-trumps-remarks-on-huawei-proves-ban-is-about-political-manipulation'). Junk: 'DETAILS TO FOLLOW'. The outlet's typo 'Foriegn' kept. fresh/sputnik-dutch covers another story from Sputnik."),
  title=None, header=[],
  published='2020-07-15', published_basis="the store's date field; the URL begins 20200715. 'on Tuesday night' (Trump's remarks of 14 July 2020) agrees",
  authors=[], junk=['DETAILS TO FOLLOW'],
  quotes=[q('national security', None, 1, kind='phrase', note="'is not about “national security”': the stated ground of the ban, a term"),
          q('political manipulation', 'Chinese foreign ministry', 1, note="'Chinese foreign ministry said that ... but rather “political manipulation”': the ministry's words"),
          q("We convinced many countries, many countries - and I did this myself for the most part - not to use Huawei because we think it's an unsafe security risk, it's a big security risk.", 'Donald Trump', 2),
          q('the long-term security of our telecoms', 'Oliver Dowden', 4, note="'arguing that the decision was about “…”'")],
  dates=[d('on Tuesday', 2, '2020-07-14', '2020-07-14', "'on Tuesday night' (the time of day dropped); published Wednesday 2020-07-15"),
         d('on 14 July', 4, '2020-07-14', '2020-07-14', 'past, the year of publication'),
         d('the end of 2020', 4, '2020-01-01', '2020-12-31', "'starting from the end of 2020': counted as the year 2020, as the earlier sets count 'the end of 2027'; a scorer may accept a narrower span")],
  borderline_dates=[],
  people=[n('Donald Trump', ['Trump']), n('Boris Johnson'), n('Oliver Dowden')],
  organisations=[n('Huawei'), n('Reuters'), n('Chinese foreign ministry')])
A['equalocean-mourao-brazil-huawei-2019'] = dict(
  provenance=dict(url='https://equalocean.com/news/201904091740', outlet='EqualOcean (equalocean.com)',
    found_via="search pages corpus, query 'Huawei 5G network decision Brazil India Philippines spokesman said'", excerpt=True, retrieved=R,
    notes="Junk: the site's section link 'COVID-19 and China' and the photo caption. The store cut the text mid-word ('more than 170 c'); that partial paragraph was dropped. The outlet's typos ('threatned', 'suffice', 'a strategic threaten') kept. fresh2/aljazeera covers Mourao's July 2019 remarks; this is his April 2019 statement reported by another outlet."),
  title='Brazil Government Supports the Huawei\'s 5G Facilities and Technology', header=["Brazil Government Supports the Huawei's 5G Facilities and Technology"],
  published='2019-04-09', published_basis="the URL path /news/201904091740 (2019-04-09 17:40); the page prints no date. 'on April 7' falls before it",
  authors=[], junk=['COVID-19 and China', "Huawei's 5G technology. Photo: Credit to Huawei"],
  quotes=[q('currently we have no limitation on Huawei’s actions. Huawei is competing for the 5G market, and the so-called security issues are totally excuses.', 'Hamilton Mourao', 1, note="'Mourão said that “…”' (printed once without, once with the tilde)"),
          q('strategic partner but not a strategic threaten.', 'Hamilton Mourao', 2, note="'Mourão emphasized that Brazil regards China as its “…”'"),
          q('using Chinese technology would increase the risk,', 'Mike Pompeo', 3)],
  dates=[d('on April 7', 1, '2019-04-07', '2019-04-07', 'past, the year of publication')],
  borderline_dates=[],
  people=[n('Hamilton Mourao', ['Mourão']), n('Mike Pompeo')],
  organisations=[n('Huawei'), n('Sputnik'), n('Wall Street Journal'), n('Reuters'), n('VIVA Bahrain'), n('Saudi Telecom Company'), n('LG U+'), n('Global Telecom Company')])
A['yahoo-ians-jay-chen-india-5g-trial-2019'] = dict(
  provenance=dict(url='https://in.news.yahoo.com/begin-5g-trial-within-month-indian-governments-nod-094407038--finance.html', outlet='Yahoo News India (in.news.yahoo.com), carrying an IANS story',
    found_via="search pages corpus, query 'Huawei 5G India trials excluded government said Huawei India statement 2021'", excerpt=False, retrieved=R,
    notes="The store's prefix ' date 2019-02-19 ' removed. No headline stored: title null (URL slug 'begin-5g-trial-within-month-indian-governments-nod'). The dateline 'New Delhi, Feb 19 (IANS)' opens paragraph 1; its date is the publication day and is not counted either way. test/itwire covers India's December 2019 decision; this February 2019 interview is another story."),
  title=None, header=[],
  published='2019-02-19', published_basis="the dateline 'Feb 19' and the store's date field (2019-02-19, a Tuesday); 'on Tuesday' is the same day",
  authors=[], junk=[],
  quotes=[q('All of my engagements with the government have been positive so far. We are fully prepared. We can start the 5G trial within one month of getting approval from the Department of Telecommunications (DoT),', 'Jay Chen', 2),
          q('We are in talks with all the major telecom operators in India including Bharti Airtel, Reliance Jio and the state-run BSNL for 5G roll-out in India,', 'Jay Chen', 3),
          q('politics', 'Jay Chen', 5, note="'Dismissing the allegations as mere “politics”, Chen stressed': his word; could be read as a phrase"),
          q('It would not be logical to exclude Huawei from the 5G trial in India as it would mean losing the benefits of innovative technologies that we can bring to the 5G ecosystem in the country,', 'Jay Chen', 6),
          q('I hope India will have its own judgment,', 'Jay Chen', 7, note="'he said' = Chen")],
  dates=[d('on Tuesday', 1, '2019-02-19', '2019-02-19', 'past, a story published that Tuesday: the publication day')],
  borderline_dates=[{'text': 'Feb 19', 'paragraph': 1, 'note': 'the dateline: the publication day, not a reported date'}],
  people=[n('Jay Chen', ['Chen'])],
  organisations=[n('Huawei', ['Huawei India']), n('IANS'), n('Department of Telecommunications', ['DoT']), n('Bharti Airtel'), n('Reliance Jio'), n('BSNL')])
A['kvia-cnn-india-green-light-huawei-5g-trials-2019'] = dict(
  provenance=dict(url='https://kvia.com/news/business-technology/2019/12/30/huawei-gets-a-green-light-from-india-for-5g-trials', outlet='KVIA (kvia.com, El Paso ABC affiliate), carrying a CNN Business story (not credited in the stored text)',
    found_via="search pages corpus, query 'Huawei 5G India trials excluded government said Huawei India statement 2021'", excerpt=True, retrieved=R,
    notes="The store cut the text after 'Getting approval for India’s trials, '; that partial paragraph was dropped. No byline stored. The first line under the headline is read as the first body paragraph (the story's lede). test/itwire covers the same decision from another outlet and text."),
  title='Huawei gets a green light from India for 5G trials', header=['Huawei gets a green light from India for 5G trials'],
  published='2019-12-30', published_basis="the URL path /2019/12/30/; the page prints no date. 'confirmed Monday' is the publication day (2019-12-30 was a Monday)",
  authors=[], junk=[],
  quotes=[q('We have taken a decision to give 5G [bandwidth] for trial to all the players,', 'Ravi Shankar Prasad', 3),
          q('We thank the Indian government for their continued faith in Huawei,', 'Jay Chen', 6),
          q('We firmly believe that only technology innovations and high quality networks will be the key to rejuvenating the Indian telecom industry,', 'Jay Chen', 6, note="'he added' = Chen"),
          q('With all my engagements with the Indian government, nobody has told me that you have a problem,', 'Jay Chen', 8)],
  dates=[d('Monday', 2, '2019-12-30', '2019-12-30', "'confirmed Monday': a story published that Monday, the publication day"),
         d('in February', 8, '2019-02-01', '2019-02-28', "'Chen told reporters in February': past, February 2019"),
         d('this year', 9, '2019-01-01', '2019-12-30', "'has expanded this year': the year up to publication")],
  borderline_dates=[{'text': 'recently', 'paragraph': 7, 'note': 'vague'}],
  people=[n('Ravi Shankar Prasad'), n('Jay Chen', ['Chen'])],
  organisations=[n('Huawei')])
for id_, a in A.items():
    out = {'id': id_, **a}
    json.dump(out, open(f'{D}/{id_}/expected.json', 'w'), ensure_ascii=False, indent=2)
print('ok')
