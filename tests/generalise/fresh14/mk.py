import json, os, re
D = os.path.dirname(os.path.abspath(__file__))
raws = {f[:-5]: json.load(open(f'{D}/raw/{f}')) for f in sorted(os.listdir(f'{D}/raw'))}
# How each page's text was cut: the store's date prefix removed, the partial last paragraph dropped.
CUT_LAST = {'euractiv-king-eu-5g-risk-assessment-2019', 'balticcourse-linkevicius-laws-huawei-2019',
            'thesundaily-afp-jansen-bt-impossible-huawei-2020', 'siliconrepublic-read-europe-held-back-huawei-2019',
            'bloombergquint-finland-5g-security-law-2020', 'ibtimes-germany-huawei-decision-2020-2019'}
for id_, raw in raws.items():
    os.makedirs(f'{D}/{id_}', exist_ok=True)
    text = re.sub(r'^ date \d{4}-\d{2}-\d{2} ', '', raw)
    blocks = [b.strip() for b in re.split(r'\n+', text) if b.strip()]
    if id_ in CUT_LAST:
        blocks = blocks[:-1]
    open(f'{D}/{id_}/source.txt', 'w').write('\n\n'.join(blocks) + '\n')
    print(id_, len(blocks))
