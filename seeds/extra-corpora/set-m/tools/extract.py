"""Writes articles/ from tools/search-answers.json (search corpus `pages` excerpts, written unchanged)."""
import json
for r in json.load(open('tools/search-answers.json', encoding='utf-8')):
    open('articles/' + r['file'], 'w', encoding='utf-8').write(r['excerpt'])
