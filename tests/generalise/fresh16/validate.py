"""Check each expected.json against its source.txt (not the project's pipeline)."""
import json, os, re, sys, datetime
D = os.path.dirname(os.path.abspath(__file__))
OPEN = '“"‘'; CLOSE = '”"’'
def check(id_):
    errs = []
    e = json.load(open(f'{D}/{id_}/expected.json'))
    src = open(f'{D}/{id_}/source.txt').read()
    blocks = src.rstrip('\n').split('\n\n')
    keys = ['id','provenance','title','header','published','published_basis','authors','junk','quotes','dates','borderline_dates','people','organisations']
    if list(e.keys())[:len(keys)] != keys: errs.append(f'keys {list(e.keys())}')
    if e['id'] != id_: errs.append('id mismatch')
    for k in ['url','outlet','found_via','excerpt','retrieved','notes']:
        if k not in e['provenance']: errs.append(f'provenance.{k} missing')
    for h in e['header']:
        if h not in blocks: errs.append(f'header line not a block: {h!r}')
    for j in e['junk']:
        if j not in blocks: errs.append(f'junk line not a block: {j!r}')
    if e['title'] is not None and e['title'] not in e['header']: errs.append('title not in header')
    hdr = list(e['header']); nonbody = set(e['header']) | set(e['junk']) | set(e.get('subheads', []))
    body = [b for b in blocks if b not in nonbody]
    # header lines must come before body; junk may be anywhere
    print(f'  {id_}: {len(blocks)} blocks, {len(body)} body paras, {sum(len(b.split()) for b in body)} words')
    datetime.date.fromisoformat(e['published'])
    for q in e['quotes']:
        p = q['paragraph']
        if not (1 <= p <= len(body)): errs.append(f'quote para out of range {q}'); continue
        t = body[p-1]; i = t.find(q['text'])
        if i < 0: errs.append(f'quote not in para {p}: {q["text"][:60]!r}'); continue
        # must sit between an opening and a closing mark
        before = t[i-1] if i > 0 else ''; after = t[i+len(q['text'])] if i+len(q['text']) < len(t) else ''
        if before not in OPEN or after not in CLOSE: errs.append(f'quote not bounded by marks: {before!r}..{after!r} {q["text"][:40]!r}')
        if q['kind'] not in ('statement','phrase'): errs.append('bad kind')
        if q['kind'] == 'phrase' and q['speaker'] is not None: errs.append('phrase with speaker')
        if q['kind'] == 'statement' and not q['speaker']: errs.append('statement without speaker')
    for d in e['dates']:
        p = d['paragraph']
        if not (1 <= p <= len(body)) or d['text'] not in body[p-1]: errs.append(f'date not in para {p}: {d["text"]!r}')
        s, en = datetime.date.fromisoformat(d['start']), datetime.date.fromisoformat(d['end'])
        if s > en: errs.append(f'date start>end {d}')
        # in_quote consistency
        t = body[p-1]; i = t.find(d['text'])
        inq = any(t.find(q['text']) <= i < t.find(q['text']) + len(q['text']) for q in e['quotes'] if q['paragraph'] == p and q['text'] in t)
        if inq != d['in_quote']: errs.append(f'in_quote mismatch {d["text"]!r}')
    for d in e['borderline_dates']:
        p = d['paragraph']
        if not (1 <= p <= len(body)) or d['text'] not in body[p-1]: errs.append(f'borderline not in para {p}: {d["text"]!r}')
    bodytext = '\n'.join(body)
    for group in ('people', 'organisations'):
        for x in e[group]:
            for n in [x['name']] + x['aliases']:
                if n not in bodytext: errs.append(f'{group} name not in body: {n!r}')
    # list every marked stretch in the body, to compare with the quotes list
    if os.environ.get('SCAN'):
        for k, t in enumerate(body, 1):
            for m in re.finditer(r'[“"]([^”"]*)[”"]', t):
                print(f'    p{k}: {m.group(1)[:70]!r}')
    # weekday check
    for d in e['dates']:
        for wd in ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']:
            if wd in d['text'] and datetime.date.fromisoformat(d['start']).strftime('%A') != wd:
                errs.append(f'weekday mismatch {d}')
    return errs
ids = sys.argv[1:] or sorted(x for x in os.listdir(D) if os.path.isfile(f'{D}/{x}/expected.json'))
bad = 0
for id_ in ids:
    errs = check(id_.rstrip('/'))
    for x in errs: print('   ERROR', x)
    bad += bool(errs)
print('articles:', len(ids), 'with errors:', bad)
