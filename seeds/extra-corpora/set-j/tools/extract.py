"""Writes articles/ from tools/search-answers.json: each stored excerpt (search corpus pages) written unchanged."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
for r in json.load(open('tools/search-answers.json', encoding='utf-8')):
    open('articles/' + r['file'], 'w', encoding='utf-8').write(r['excerpt'])
