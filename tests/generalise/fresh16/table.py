import json, os
D = os.path.dirname(os.path.abspath(__file__))
ids = sorted((json.load(open(f'{D}/{x}/expected.json'))['published'], x) for x in os.listdir(D) if os.path.isfile(f'{D}/{x}/expected.json'))
T = dict(paras=0, words=0, q=0, s=0, d=0, p=0, o=0)
for pub, id_ in ids:
    e = json.load(open(f'{D}/{id_}/expected.json'))
    blocks = open(f'{D}/{id_}/source.txt').read().rstrip('\n').split('\n\n')
    nb = set(e['header']) | set(e['junk']) | set(e.get('subheads', []))
    body = [b for b in blocks if b not in nb]
    w = sum(len(b.split()) for b in body)
    q = len(e['quotes']); s = sum(x['kind'] == 'statement' for x in e['quotes'])
    pv = e['provenance']; fv = pv['found_via'].replace('search pages corpus, query ', 'pages corpus, ')
    print(f"| {id_} | {pv['outlet']} | {pub} | <{pv['url']}> | {fv} | {'yes' if pv['excerpt'] else 'no'} | {len(body)} | {w} | {q} ({s}) | {len(e['dates'])} | {len(e['people'])} | {len(e['organisations'])} | {len(e['junk'])} |")
    for k, v in dict(paras=len(body), words=w, q=q, s=s, d=len(e['dates']), p=len(e['people']), o=len(e['organisations'])).items(): T[k] += v
print(f"| **fresh16 total** | {len(ids)} articles | | | | | {T['paras']} | {T['words']} | {T['q']} ({T['s']}) | {T['d']} | {T['p']} | {T['o']} | |")
