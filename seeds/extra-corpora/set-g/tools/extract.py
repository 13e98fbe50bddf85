"""Write set-g/articles/ from the saved tool answers (run from set-g/)."""
import json, ast, re, shutil
ans = json.load(open('tools/search-answers.json', encoding='utf-8'))
for a in ans:
    open('articles/' + a['file'], 'w', encoding='utf-8').write(a['excerpt'])
# GitHub string literals: evaluate the Python literal (implicit concatenation) exactly as written
blocks = re.split(r'^### ', open('tools/github-literals.txt', encoding='utf-8').read(), flags=re.M)[1:]
for b in blocks:
    head, lit = b.split('\n', 1)
    name = head.split(' | ')[0].strip()
    text = ast.literal_eval('(' + lit.strip() + ')')
    open('articles/' + name, 'w', encoding='utf-8').write(text)
# g-10: the MOCK_DETAIL_HTML template literal (no ${} substitutions), written as is
shutil.copy('tools/g10-fragment.html', 'articles/g-10-yeongam.html')
