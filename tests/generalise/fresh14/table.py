import json, os
D = os.path.dirname(os.path.abspath(__file__))
ORDER = ['balticcourse-linkevicius-laws-huawei-2019', 'euractiv-king-eu-5g-risk-assessment-2019', 'abscbn-reuters-deutsche-telekom-5g-hold-2019',
         'siliconrepublic-read-europe-held-back-huawei-2019', 'ibtimes-germany-huawei-decision-2020-2019', 'thesundaily-afp-jansen-bt-impossible-huawei-2020',
         'chinadaily-liu-xiaoming-marr-dark-day-2020', 'bloombergquint-finland-5g-security-law-2020']
SHORT = {'balticcourse-linkevicius-laws-huawei-2019': 'The Baltic Course, carrying LETA/BNS',
 'euractiv-king-eu-5g-risk-assessment-2019': 'EURACTIV',
 'abscbn-reuters-deutsche-telekom-5g-hold-2019': 'ABS-CBN News, carrying Reuters',
 'siliconrepublic-read-europe-held-back-huawei-2019': 'Silicon Republic',
 'ibtimes-germany-huawei-decision-2020-2019': 'International Business Times',
 'thesundaily-afp-jansen-bt-impossible-huawei-2020': 'The Sun Daily (Malaysia), wire copy (AFP text, uncredited)',
 'chinadaily-liu-xiaoming-marr-dark-day-2020': 'China Daily (app edition)',
 'bloombergquint-finland-5g-security-law-2020': 'BloombergQuint, carrying Bloomberg'}
tot = [0]*7
print('| id | outlet | published | URL | found via | excerpt | paras | words | quotes (statements) | dates | people | orgs | junk lines |')
print('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
for id_ in ORDER:
    e = json.load(open(f'{D}/{id_}/expected.json'))
    blocks = open(f'{D}/{id_}/source.txt').read().strip().split('\n\n')
    body = [b for b in blocks if b not in e['header'] and b not in e['junk'] and b not in e.get('subheads', [])]
    w = sum(len(b.split()) for b in body)
    qs = len(e['quotes']); st = sum(q['kind'] == 'statement' for q in e['quotes'])
    fv = e['provenance']['found_via'].replace('search pages corpus, query ', 'pages, ')
    row = [len(body), w, qs, st, len(e['dates']), len(e['people']), len(e['organisations'])]
    tot = [a + b for a, b in zip(tot, row)]
    print(f"| {id_} | {SHORT[id_]} | {e['published']} | <{e['provenance']['url']}> | {fv} | {'yes' if e['provenance']['excerpt'] else 'no'} | {len(body)} | {w} | {qs} ({st}) | {len(e['dates'])} | {len(e['people'])} | {len(e['organisations'])} | {len(e['junk'])} |")
print(f"| **total** | {len(ORDER)} articles | | | | | {tot[0]} | {tot[1]} | {tot[2]} ({tot[3]}) | {tot[4]} | {tot[5]} | {tot[6]} | |")
