import json,re,html,glob,sys
items=json.load(open('regional.json'))
arts=''
for f in glob.glob('/work/main/seeds/extra-corpora/*/articles/*')+glob.glob('/work/blind/set-*/articles/*')+glob.glob('/work/main/seeds/corpus/articles/*'):
    arts+=open(f,encoding='utf-8',errors='ignore').read()
arts=re.sub(r'\s+','',arts)
def body(raw):
    c=html.unescape(re.search(r'<content:encoded>(.*?)</content:encoded>',raw,re.S).group(1))
    c=re.sub(r'<figure>.*?</figure>','',c,flags=re.S)
    return re.sub('<[^>]+>','\n',c)
for k in sys.argv[1:]:
    for l,d in items.items():
        if k in l:
            sents=[s.strip() for s in re.split(r'(?<=다\.)',body(d['raw'])) if len(s.strip())>25]
            n=sum(1 for s in sents if re.sub(r'\s+','',s)[5:30] in arts)
            print(k, len(sents), 'overlap', n)
