import json, re, html, glob
items = json.load(open('/tmp/oo/regional.json'))
used = open('/work/blind/used-urls.txt').read() + open('/work/blind/claimed-urls.txt').read()
arts = ''
for f in glob.glob('/work/main/seeds/extra-corpora/*/articles/*')+glob.glob('/work/blind/set-*/articles/*')+glob.glob('/work/main/seeds/corpus/articles/*'):
    try: arts += open(f,encoding='utf-8',errors='ignore').read()
    except: pass
out=[]
for link,d in items.items():
    raw=d['raw']
    if link.rstrip('/').split('/')[-1] in used: continue
    desc = re.search(r'<description>(.*?)</description>', raw, re.S)
    desc = html.unescape(desc.group(1)) if desc else ''
    first = desc.strip().split('\n')[0][:30]
    if first and first in arts: continue
    cont = re.search(r'<content:encoded>(.*?)</content:encoded>', raw, re.S)
    body = html.unescape(cont.group(1)) if cont else ''
    text = re.sub('<[^>]+>','',body)
    title = re.search(r'<title>(.*?)</title>', raw, re.S).group(1).strip()
    quote = bool(re.search(r'(군수|시장|구청장|도지사|지사|교육감)(은|는) “', text))
    out.append((len(text), quote, title, link, first))
out.sort(reverse=True)
print(len(out))
for L,q,t,l,f in out:
    if q and 700 < L < 2500: print(L, t[:60], l.split('/national/regional/')[1][:40])
