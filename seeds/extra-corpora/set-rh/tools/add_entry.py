"""Insert one entry (file name + JSON string literal read from a file) into save_articles.py before the main block."""
import sys
name, src = sys.argv[1], sys.argv[2]
lit = open(src, encoding='utf-8').read().strip()
s = open('/work/blind/set-rh/tools/save_articles.py', encoding='utf-8').read()
entry = 'A["%s"] = r\'\'\'%s\'\'\'\n' % (name, lit)
s = s.replace('if __name__ == "__main__":', entry + 'if __name__ == "__main__":', 1)
open('/work/blind/set-rh/tools/save_articles.py', 'w', encoding='utf-8').write(s)
