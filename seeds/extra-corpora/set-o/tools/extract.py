"""Writes articles/ from the search answers (excerpts written unchanged). o-05 (ilyo) was dropped: see GOLD_NOTES."""
import json
for f in ('tools/search-answers.json', 'tools/search-answers-2.json'):
    for r in json.load(open(f, encoding='utf-8')):
        if not r['file'].startswith('o-'):
            continue
        open('articles/' + r['file'], 'w', encoding='utf-8').write(r['excerpt'])
