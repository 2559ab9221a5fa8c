import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
MARKS = [('“', '”'), ('"', '"'), ('‘', '’')]
ok_all = True
for id_ in sorted(os.listdir(D)):
    if not os.path.isfile(f'{D}/{id_}/expected.json'): continue
    e = json.load(open(f'{D}/{id_}/expected.json'))
    assert e['id'] == id_
    blocks = open(f'{D}/{id_}/source.txt').read().strip().split('\n\n')
    sub = e.get('subheads', [])
    errs = []
    for h in e['header'] + e['junk'] + sub:
        if h not in blocks: errs.append(('missing block', h[:40]))
    if e['title'] is not None and not any(e['title'] in h for h in e['header']): errs.append(('title',))
    body = [b for b in blocks if b not in e['header'] and b not in e['junk'] and b not in sub]
    for x in e['quotes']:
        p = body[x['paragraph'] - 1]
        if not any(f'{o}{x["text"]}{c}' in p for o, c in MARKS): errs.append(('quote', x['text'][:40], x['paragraph']))
        if (x['kind'] == 'phrase') != (x['speaker'] is None): errs.append(('speaker/kind', x['text'][:30]))
    for x in e['dates'] + e['borderline_dates']:
        if x['text'] not in body[x['paragraph'] - 1]: errs.append(('date', x['text'], x['paragraph']))
    alltext = '\n'.join(body)
    for x in e['people'] + e['organisations']:
        for nm in [x['name']] + x['aliases']:
            if nm not in alltext: errs.append(('name', nm))
    words = sum(len(b.split()) for b in body)
    if errs: ok_all = False
    print(id_, 'paras', len(body), 'words', words, 'quotes', len(e['quotes']), 'stmts', sum(q['kind']=='statement' for q in e['quotes']), 'dates', len(e['dates']), 'people', len(e['people']), 'orgs', len(e['organisations']), 'junk', len(e['junk']), 'ERR' if errs else 'ok', errs)
    if os.environ.get('SCAN'):
        for i, p in enumerate(body, 1):
            for m in re.finditer(r'“[^”]*”|"[^"]*"|‘[^’]*’', p):
                print('   ', i, m.group(0)[:70])
sys.exit(0 if ok_all else 1)
