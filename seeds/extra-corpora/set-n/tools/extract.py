"""Writes the stored search excerpts (copied verbatim from the search tool's JSON answers) to articles/."""
import json
for f in ('tools/search-answers.json', 'tools/search-answers-2.json'):
    for r in json.load(open(f, encoding='utf-8')):
        open('articles/' + r['file'], 'w', encoding='utf-8').write(r['excerpt'])
