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
A['rpn-reuters-hoekstra-dutch-ban-huawei-2019'] = dict(
  provenance=dict(url='https://rpn.agency/u-s-ambassador-dutch-should-ban-huawei-outright-on-5g-network/', outlet='RPN (rpn.agency), republishing a Reuters story (dateline "THE HAGUE (Reuters)")',
    found_via="search pages corpus, query 'Huawei 5G Netherlands KPN Dutch government said spokesman 2019'", excerpt=True, retrieved=R,
    notes="The store cut the text mid-word ('doesn’t go far enough and th'); that partial paragraph was dropped. 'Reuters' in the dateline is an agency credit, not counted. 'in coming months' is vague, not counted. fresh/rpn covers another story (Pence in Warsaw) from the same site; no earlier set has Hoekstra."),
  title='U.S. ambassador: Dutch should ban Huawei outright on 5G network',
  header=['U.S. ambassador: Dutch should ban Huawei outright on 5G network', 'June 5, 2019', 'By Anthony Deutsch'],
  published='2019-06-05', published_basis="printed ('June 5, 2019'); 'on Wednesday' is the same day",
  authors=['Anthony Deutsch'], junk=[],
  quotes=[q('They are saying they are going to come out with a recommendation on the technical specifications that will protect that data,', 'Pete Hoekstra', 7),
          q('We think that may not be the best approach to take, that the first question you need to answer is… .Do you really want to turn this technology over?', 'Pete Hoekstra', 8, note='a paragraph-long quote with no attribution of its own, after his quote'),
          q('a bad, bad idea and a bad direction to go,', 'Pete Hoekstra', 9, note="'he said' = Hoekstra"),
          q('core', None, 10, kind='phrase', note="KPN's term for the network's central part")],
  dates=[d('on Wednesday', 1, '2019-06-05', '2019-06-05', 'past, a story published that Wednesday: the publication day'),
         d('last month', 4, '2019-05-01', '2019-05-31', 'May 2019'),
         d('in 2018', 5, '2018-01-01', '2018-12-31', 'the year of his appointment'),
         d('In April', 6, '2019-04-01', '2019-04-30', 'past, the year of publication')],
  borderline_dates=[{'text': 'in coming months', 'paragraph': 2, 'note': 'vague future'}, {'text': 'in coming years', 'paragraph': 10, 'note': 'vague future'}],
  people=[n('Pete Hoekstra', ['Hoekstra']), n('Mike Pompeo'), n('Donald Trump')],
  organisations=[n('Huawei'), n('U.S. House Intelligence Committee'), n('Royal KPN NV')])
A['scandasia-telenor-ericsson-huawei-norway-2019'] = dict(
  provenance=dict(url='https://scandasia.com/telenor-chose-ericsson-for-5g-supplier-and-continues-cooperation-with-huawei/', outlet='ScandAsia (scandasia.com)',
    found_via="search pages corpus, query 'Telenor Norway Huawei 5G Ericsson choose said chief executive 2019'", excerpt=True, retrieved=R,
    notes="The store's prefix ' date 2019-12-18 ' removed. No headline stored: title null (URL slug 'telenor-chose-ericsson-for-5g-supplier-and-continues-cooperation-with-huawei'). The store cut the last paragraph ('... Denmark, Sweden, Finland, '); it was dropped. Paragraph 3 ('Anders Krokan ... said:') introduces paragraph 4's quote. fresh3/globeandmail covers Telenor's choice from Reuters' text; fresh10/scandasia is another ScandAsia story (the Faroes)."),
  title=None, header=[],
  published='2019-12-18', published_basis="the store's date field; the page prints no date. The text's 'on 13th December 2019' falls before it",
  authors=[], junk=[],
  quotes=[q('In order to ensure that our customers in the transition phase continue to receive a world-class mobile network, Telenor will use equipment from current supplier, Huawei, in the radio network to maintain the 4G network as well as to upgrade 5G coverage in certain locations in Norway,', 'Anders Krokan', 4, note="introduced by paragraph 3, 'Anders Krokan, communications director of Telenor Norway said:'"),
          q('To meet customer needs, the answer is yes. Given that this process takes four to five years, we need to make sure all our customers have a good experience,', 'Petter-Borre Furberg', 6),
          q('Specifically, we have demanded that suppliers from countries with whom we do not cooperate in security policy cannot account for more than 50 percent of the base stations,', 'Nikolai Astrup', 7),
          q('If companies choose suppliers from countries we do not have security policy cooperation with, the requirement was that two or more suppliers had to be selected,', 'Nikolai Astrup', 8, note="'he noted' = Astrup")],
  dates=[d('on 13th December 2019', 1, '2019-12-13', '2019-12-13', 'a printed date')],
  borderline_dates=[],
  people=[n('Anders Krokan'), n('Petter-Borre Furberg'), n('Nikolai Astrup')],
  organisations=[n('Telenor'), n('Telenor Norway'), n('Huawei'), n('Ericsson')])
A['taipeitimes-reuters-france-anssi-huawei-2020'] = dict(
  provenance=dict(url='https://www.taipeitimes.com/News/biz/archives/2020/07/07/2003739474', outlet='Taipei Times (taipeitimes.com), carrying a Reuters story (byline "Reuters, PARIS and LONDON")',
    found_via="search pages corpus, query 'Huawei 5G France ANSSI Poupard said interview 2020 Huawei France'", excerpt=True, retrieved=R,
    notes="The store's prefix ' date 2020-07-07 ' removed. The store cut the last paragraph mid-word ('a rejection of their reques'); it was dropped. The dek ('STANCE ELSEWHERE: A British official said ...') is header; its quoted words are not counted. test/aljazeera covers Poupard's interview from another outlet's text."),
  title='France encourages Huawei avoidance',
  header=['France encourages Huawei avoidance', 'STANCE ELSEWHERE: A British official said that US sanctions ‘could have a significant impact on the reliability of Huawei equipment’ and whether Britain can use it safely', 'Reuters, PARIS and LONDON'],
  published='2020-07-07', published_basis="the URL path /archives/2020/07/07/ and the store's date field; 'on Sunday' (the interview, 2020-07-05) falls before it",
  authors=[], junk=[],
  quotes=[q('What I can say is that there won’t be a total ban,', 'Guillaume Poupard', 2),
          q('for operators that are not currently using Huawei, we are inciting them not to go for it.', 'Guillaume Poupard', 2, note="'However, “…”' after his first quote"),
          q('For those that are already using Huawei, we are delivering authorizations for durations that vary between three and eight years,', 'Guillaume Poupard', 7)],
  dates=[d('on Sunday', 1, '2020-07-05', '2020-07-05', 'past; published Tuesday 2020-07-07'),
         d('in March', 5, '2020-03-01', '2020-03-31', "'Sources in March said': past, the year of publication")],
  borderline_dates=[],
  people=[n('Guillaume Poupard', ['Poupard'])],
  organisations=[n('ANSSI'), n('Huawei Technologies Co', ['Huawei']), n('Les Echos'), n('Bouygues Telecom'), n('SFR'), n('Orange SA'), n('Nokia Oyj'), n('Ericsson AB')])
for id_, a in A.items():
    out = {'id': id_, **a}
    json.dump(out, open(f'{D}/{id_}/expected.json', 'w'), ensure_ascii=False, indent=2)
print('ok')
