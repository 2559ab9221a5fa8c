import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
# Pages whose stored text the store cut mid-paragraph: the partial last paragraph is dropped.
CUT_LAST = {'abc-lord-xenophobia-huawei-5g-ban-2018', 'afr-huawei-disputes-turnbull-5g-ban-2020',
            'businesslive-huawei-sa-wont-leave-telcos-vulnerable-2019', 'cebudailynews-buenafe-malaysia-support-huawei-2019',
            'euronews-reuters-uae-du-huawei-not-an-issue-2019', 'westernjournal-ap-ardern-no-final-decision-huawei-2019'}
for f in sorted(os.listdir(f'{D}/raw')):
    id_ = f[:-5]
    raw = json.load(open(f'{D}/raw/{f}'))
    os.makedirs(f'{D}/{id_}', exist_ok=True)
    text = re.sub(r'^ date \d{4}-\d{2}(-\d{2})? ', '', raw)
    blocks = [b.strip() for b in re.split(r'\n+', text) if b.strip()]
    if id_ in CUT_LAST:
        blocks = blocks[:-1]
    open(f'{D}/{id_}/source.txt', 'w').write('\n\n'.join(blocks) + '\n')
    print(id_, len(blocks))
