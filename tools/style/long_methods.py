#!/usr/bin/env python3
"""Lists the methods and constructors of every src/main Java class longer than a limit (house style: ~40 lines).

Usage: tools/style/long_methods.py [limit=40] [root=.]. A method's length counts its lines from the signature's
first line to the closing brace, javadoc excluded. Parsing is by braces (comments, strings and chars skipped):
good enough for this code base, not a Java parser.
"""
import os
import re
import sys

NOT_METHODS = {'if', 'for', 'while', 'switch', 'catch', 'synchronized', 'return', 'new', 'else', 'try', 'do'}


def strip_code(text):
    """The text with comments, strings and char literals blanked (newlines kept), for brace counting."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(' ' * (j + 1 - i))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def methods(path):
    code = strip_code(open(path, encoding='utf-8').read())
    lines = code.split('\n')
    found = []
    depth = 0
    open_method = None  # (name, start line, depth at which its body opened)
    pending = None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if open_method is None and pending is None and depth >= 1:
            m = re.match(r'^(?:[\w<>\[\],.?@() ]+\s+)?(\w+)\s*\(', stripped)
            if m and m.group(1) not in NOT_METHODS and not stripped.endswith(';') and '=' not in stripped.split('(')[0] \
                    and not re.search(r'\b(?:record|class|interface|enum)\b', stripped.split('(')[0]) \
                    and not stripped.startswith(('return', 'new ', 'throw', '.', '+', '-', '&&', '||', '?', ':')):
                pending = (m.group(1), number)
        for ch in line:
            if ch == '{':
                depth += 1
                if pending is not None and open_method is None:
                    open_method = (pending[0], pending[1], depth)
                    pending = None
            elif ch == '}':
                if open_method is not None and depth == open_method[2]:
                    found.append((open_method[0], open_method[1], number))
                    open_method = None
                depth -= 1
            elif ch == ';' and pending is not None and open_method is None:
                pending = None  # an abstract method or a statement that looked like a signature
    return found


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    root = sys.argv[2] if len(sys.argv) > 2 else '.'
    rows = []
    for base, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ('target', '.git', 'node_modules')]
        if os.sep + 'src' + os.sep + 'main' + os.sep not in base + os.sep:
            continue
        for f in files:
            if f.endswith('.java'):
                path = os.path.join(base, f)
                for name, start, end in methods(path):
                    if end - start + 1 > limit:
                        rows.append((end - start + 1, os.path.relpath(path, root), name, start))
    for length, path, name, start in sorted(rows, reverse=True):
        print(f'{length:4d}  {path}:{start}  {name}')


if __name__ == '__main__':
    main()
