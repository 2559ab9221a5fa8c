import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
# Pages the store cut mid-paragraph: the partial last paragraph is dropped.
CUT_LAST = {'thenews-dowden-sanctions-significant-impact-huawei-2020',
            'politico-dowden-huawei-ban-not-anti-china-2020',
            'brusselstimes-abraham-liu-parliament-debate-5g-2019'}
for f in sorted(os.listdir(f'{D}/raw')):
    id_ = f[:-5]
    raw = json.load(open(f'{D}/raw/{f}'))
    text = re.sub(r'^ date \d{4}-\d{2}(-\d{2})? ', '', raw)
    blocks = [b.strip() for b in re.split(r'\n+', text) if b.strip()]
    if id_ in CUT_LAST:
        blocks = blocks[:-1]
    os.makedirs(f'{D}/{id_}', exist_ok=True)
    open(f'{D}/{id_}/source.txt', 'w').write('\n\n'.join(blocks) + '\n')
    print(id_, len(blocks))
