"""Append one stored excerpt (JSON string as returned) to save_articles.py: add.py NAME < json_string"""
import sys, json
name = sys.argv[1]
raw = sys.stdin.read().rstrip('\n')
json.loads(raw)  # must be valid JSON string
assert "'''" not in raw
p = '/work/blind/set-ru/tools/save_articles.py'
s = open(p, encoding='utf-8').read()
line = 'A["%s"] = r' % name + "'''" + raw + "'''\n"
s = s.replace('\nif __name__', '\n' + line + '\nif __name__', 1) if False else s.replace('\n\nif __name__', '\n' + line + '\nif __name__', 1)
open(p, 'w', encoding='utf-8').write(s)
