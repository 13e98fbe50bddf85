"""Write set-h/articles/ from the saved search answers (run from set-h/)."""
import json
for a in json.load(open('tools/search-answers.json', encoding='utf-8')):
    open('articles/' + a['file'], 'w', encoding='utf-8').write(a['excerpt'])
