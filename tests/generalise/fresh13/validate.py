import json, os, re, sys, datetime
D = os.path.dirname(os.path.abspath(__file__))
MARKS = '"“”‘’'
ids = [x for x in sorted(os.listdir(D)) if os.path.isfile(f'{D}/{x}/expected.json')]
tot = dict(paras=0, words=0, q=0, s=0, d=0, p=0, o=0)
for id_ in ids:
    e = json.load(open(f'{D}/{id_}/expected.json'))
    src = open(f'{D}/{id_}/source.txt').read()
    blocks = src.strip().split('\n\n')
    raw = json.load(open(f'{D}/raw/{id_}.json'))
    errs = []
    assert e['id'] == id_
    for h in e['header'] + e['junk'] + e.get('subheads', []):
        if h not in blocks: errs.append(('missing block', h[:50]))
    if e['title'] is not None and not any(e['title'] in h for h in e['header']): errs.append(('title',))
    nonbody = set(e['header'] + e['junk'] + e.get('subheads', []))
    body = [b for b in blocks if b not in nonbody]
    for x in e['quotes']:
        if not 1 <= x['paragraph'] <= len(body): errs.append(('qpara', x['text'][:30])); continue
        par = body[x['paragraph'] - 1]
        i = par.find(x['text'])
        if i < 0: errs.append(('quote not in para', x['paragraph'], x['text'][:40])); continue
        before = par[i-1] if i > 0 else ''
        after = par[i+len(x['text'])] if i+len(x['text']) < len(par) else ''
        if before not in MARKS: errs.append(('no opening mark', x['text'][:30]))
        if after not in MARKS and after != '': errs.append(('no closing mark', x['text'][:30], repr(after)))
        if after == '': print('  note: quote runs to end of paragraph (unclosed):', id_, x['paragraph'])
        if x['kind'] not in ('statement', 'phrase'): errs.append(('kind',))
        if (x['kind'] == 'phrase') != (x['speaker'] is None): errs.append(('speaker/kind', x['text'][:30]))
        if x['text'] not in raw: errs.append(('quote not in raw',))
    for x in e['dates'] + e['borderline_dates']:
        if x['text'] not in body[x['paragraph'] - 1]: errs.append(('date', x['text'], x['paragraph']))
        if x.get('start'):
            s = datetime.date.fromisoformat(x['start']); en = datetime.date.fromisoformat(x['end'])
            if s > en: errs.append(('date order', x['text']))
            for wd in ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']:
                if wd in x['text'] and s.strftime('%A') != wd: errs.append(('weekday', x['text'], x['start']))
    alltext = '\n'.join(body)
    for x in e['people'] + e['organisations']:
        for nm in [x['name']] + x['aliases']:
            if nm not in alltext: errs.append(('name', nm))
    pub = datetime.date.fromisoformat(e['published'])
    words = sum(len(b.split()) for b in body)
    st = sum(q['kind'] == 'statement' for q in e['quotes'])
    for k, v in dict(paras=len(body), words=words, q=len(e['quotes']), s=st, d=len(e['dates']), p=len(e['people']), o=len(e['organisations'])).items(): tot[k] += v
    print(id_, pub, pub.strftime('%a'), 'paras', len(body), 'words', words, 'quotes', len(e['quotes']), f'({st})', 'dates', len(e['dates']), 'people', len(e['people']), 'orgs', len(e['organisations']), 'junk', len(e['junk']), 'ERR' if errs else 'ok', errs)
    if os.environ.get('SCAN'):
        for n, b in enumerate(body, 1):
            for m in re.finditer(r'["“‘][^"“”‘’]{1,400}?["”’“]', b): print('   scan', n, m.group(0)[:80])
print('TOTAL', tot)
