"""helper: python3 add_article.py NAME < file-with-the-JSON-string-as-returned ; inserts it into save_articles.py"""
import sys, json
name = sys.argv[1]
raw = sys.stdin.read().strip()
json.loads(raw)  # must be a valid JSON string
assert "'''" not in raw
s = open('save_articles.py').read()
line = 'A["%s"] = r\'\'\'%s\'\'\'\n' % (name, raw)
s = s.replace('\nif __name__ == "__main__":', '\n' + line + '\nif __name__ == "__main__":', 1)
open('save_articles.py', 'w').write(s)
