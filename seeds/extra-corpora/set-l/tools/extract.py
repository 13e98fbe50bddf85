"""Writes articles/ from the search-tool answers (corpus pages), copied by hand from the tool output.
Excerpts are written unchanged (JSON escapes resolved: \\n -> newline, \\" -> ")."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
A = json.load(open('tools/search-answers.json', encoding='utf-8'))
for a in A:
    fn = 'articles/' + a['file']
    if fn.endswith('.jsonl'):
        open(fn, 'w', encoding='utf-8').write(json.dumps({'url': a['url'], 'excerpt': a['excerpt']}, ensure_ascii=False) + '\n')
    else:
        open(fn, 'w', encoding='utf-8').write(a['excerpt'])
    print(fn, len(a['excerpt']))
