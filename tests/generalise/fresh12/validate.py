import json, os
D = os.path.dirname(os.path.abspath(__file__))
for id_ in sorted(os.listdir(D)):
    if not os.path.isfile(f'{D}/{id_}/expected.json'): continue
    e = json.load(open(f'{D}/{id_}/expected.json'))
    blocks = open(f'{D}/{id_}/source.txt').read().strip().split('\n\n')
    for h in e['header'] + e['junk']: assert h in blocks, (id_, h)
    body = [b for b in blocks if b not in e['header'] and b not in e['junk']]
    if e['title'] is None: pass
    errs = []
    for x in e['quotes']:
        p = body[x['paragraph'] - 1]
        if not any(f'{o}{x["text"]}{c}' in p for o, c in [('“', '”'), ('"', '"'), ('‘', '’')]): errs.append(('quote', x['text'][:40], x['paragraph']))
    for x in e['dates'] + e['borderline_dates']:
        if x['text'] not in body[x['paragraph'] - 1]: errs.append(('date', x['text']))
    alltext = '\n'.join(body)
    for x in e['people'] + e['organisations']:
        for nm in [x['name']] + x['aliases']:
            if nm not in alltext: errs.append(('name', nm))
    words = sum(len(b.split()) for b in body)
    print(id_, 'paras', len(body), 'words', words, 'quotes', len(e['quotes']), 'stmts', sum(q['kind']=='statement' for q in e['quotes']), 'dates', len(e['dates']), 'people', len(e['people']), 'orgs', len(e['organisations']), 'ERR' if errs else 'ok', errs)
