"""Write set-i/articles/ from the saved tool answers (run from set-i/)."""
import json, re, shutil

# pages excerpts: written unchanged
for r in json.load(open('tools/search-answers.json', encoding='utf-8')):
    with open('articles/' + r['file'], 'w', encoding='utf-8', newline='') as f:
        f.write(r['excerpt'])

# i-01: MySQL dump row; SQL string literals unescaped (\' -> ', \r -> CR, \n -> LF), no other cleaning.
row = open('tools/github-i01-record.sql', encoding='utf-8').read()
lits = [m.group(1) for m in re.finditer(r"'((?:[^'\\]|\\.)*)'", row)]
def unsql(s):
    return re.sub(r'\\(.)', lambda m: {'r': '\r', 'n': '\n', 't': '\t', '0': '\0'}.get(m.group(1), m.group(1)), s)
title, body, author, upload, inserted = [unsql(x) for x in lits]
with open('articles/i-01-jeju.txt', 'w', encoding='utf-8', newline='') as f:
    f.write(title + '\n\n' + inserted + '\n\n' + body + '\n\n' + author + '\n')

# i-02: HTML template literal of a scraper fixture, copied unchanged.
shutil.copyfile('tools/github-i02-fragment.html', 'articles/i-02-shinan.html')
