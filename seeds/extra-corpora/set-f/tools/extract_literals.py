"""Unwrap the two string literals in github-literals.txt into articles/ (Java "..." + "..." concatenation; Python triple-quoted string)."""
import re
src = open('github-literals.txt', encoding='utf-8').read()
parts = re.split(r'^### (\S+) .*$', src, flags=re.M)
for name, body in zip(parts[1::2], parts[2::2]):
    if name.endswith('chosun.txt'):
        text = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', body))
    else:
        text = re.search(r'"""(.*?)"""', body, flags=re.S).group(1)
    open('../articles/' + name, 'w', encoding='utf-8').write(text)
    print(name, len(text))
