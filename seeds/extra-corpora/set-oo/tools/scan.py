import subprocess, re, json
commits = subprocess.run(['git','log','--format=%H','--','o/c.x'],capture_output=True,text=True).stdout.split()
items = {}
for i,c in enumerate(commits[::4]):
    try:
        t = subprocess.run(['git','show',f'{c}:o/c.x'],capture_output=True,text=True).stdout
    except Exception: continue
    for m in re.finditer(r'<item>(.*?)</item>', t, re.S):
        raw = m.group(1)
        lk = re.search(r'<link>([^<]*)</link>', raw)
        if not lk: continue
        link = lk.group(1)
        if '/national/regional/' not in link: continue
        if link in items: continue
        items[link] = {'commit': c, 'raw': raw}
json.dump(items, open('/tmp/oo/regional.json','w'), ensure_ascii=False)
print(len(commits), len(items))
