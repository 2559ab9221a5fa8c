import json, os
D = os.path.dirname(os.path.abspath(__file__))
order = ['abc-lord-xenophobia-huawei-5g-ban-2018','westernjournal-ap-ardern-no-final-decision-huawei-2019','tvnz-ardern-huawei-decision-not-political-2019','cebudailynews-buenafe-malaysia-support-huawei-2019','businesslive-huawei-sa-wont-leave-telcos-vulnerable-2019','euronews-reuters-uae-du-huawei-not-an-issue-2019','afr-huawei-disputes-turnbull-5g-ban-2020','somagnews-bolsonaro-un-5g-huawei-2020']
short = {'abc-lord-xenophobia-huawei-5g-ban-2018':'ABC News (abc.net.au)','westernjournal-ap-ardern-no-final-decision-huawei-2019':'The Western Journal, carrying AP','tvnz-ardern-huawei-decision-not-political-2019':'TVNZ 1 News (tvnz.co.nz)','cebudailynews-buenafe-malaysia-support-huawei-2019':'Cebu Daily News (Inquirer group, Philippines)','businesslive-huawei-sa-wont-leave-telcos-vulnerable-2019':'BusinessLIVE / Business Day (South Africa)','euronews-reuters-uae-du-huawei-not-an-issue-2019':'Euronews, carrying Reuters','afr-huawei-disputes-turnbull-5g-ban-2020':'The Australian Financial Review','somagnews-bolsonaro-un-5g-huawei-2020':'SomagNews (somagnews.com)'}
T = dict(paras=0, words=0, q=0, s=0, d=0, p=0, o=0, j=0)
rows = []
for id_ in order:
    e = json.load(open(f'{D}/{id_}/expected.json'))
    blocks = open(f'{D}/{id_}/source.txt').read().strip().split('\n\n')
    nb = set(e['header'] + e['junk'] + e.get('subheads', []))
    body = [b for b in blocks if b not in nb]
    w = sum(len(b.split()) for b in body); st = sum(q['kind']=='statement' for q in e['quotes'])
    fv = e['provenance']['found_via'].replace('search pages corpus, query ', 'pages, ')
    rows.append(f"| {id_} | {short[id_]} | {e['published']} | <{e['provenance']['url']}> | {fv} | {'yes' if e['provenance']['excerpt'] else 'no'} | {len(body)} | {w} | {len(e['quotes'])} ({st}) | {len(e['dates'])} | {len(e['people'])} | {len(e['organisations'])} | {len(e['junk'])} |")
    for k, v in dict(paras=len(body), words=w, q=len(e['quotes']), s=st, d=len(e['dates']), p=len(e['people']), o=len(e['organisations']), j=len(e['junk'])).items(): T[k] += v
print('| id | outlet | published | URL | found via | excerpt | paras | words | quotes (statements) | dates | people | orgs | junk lines |')
print('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
print('\n'.join(rows))
print(f"| **fresh13 total** | {len(order)} articles | | | | | {T['paras']} | {T['words']} | {T['q']} ({T['s']}) | {T['d']} | {T['p']} | {T['o']} | {T['j']} |")
