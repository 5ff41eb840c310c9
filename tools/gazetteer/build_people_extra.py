#!/usr/bin/env python3
"""Builds people-extra.tsv from the hand-written category lists in tools/gazetteer/people-extra/*.txt.

Each list line is `CC;Canonical English name;form|form|...` (CC may be empty for international office
holders). Lines of `people-extra/*.forms` files have the same shape and add forms (other scripts) to a person a
list already holds (the CC column must agree); a person no list holds is reported, not added. The script
  - drops people already in orgs-people.tsv (matched by canonical name),
  - adds the unaccented twin of every accented Latin form (English news drops diacritics, the matcher does not),
    the space twin of every Persian form written with a ZWNJ, the joined/split twin of Arabic عبد names
    and of Persian compound given names (محمدرضا / محمد رضا),
  - drops one-word Latin forms that are stopwords or common given names (see given-names.txt),
    one-word Arabic-script forms on the blocklist below (ordinary words and given names),
  - drops every form whose folded key names two different people (here or in orgs-people.tsv),
  - takes the verified Wikidata ids of tools/gazetteer/wikidata-people-extra.tsv (empty otherwise),
and prints what it dropped. Run from the repository root: python3 tools/gazetteer/build_people_extra.py
"""
import glob
import os
import re
import sys
import unicodedata
from collections import defaultdict

TAG = 'streams-app/src/main/resources/io/newspipe/streams/tag/'
SRC = 'tools/gazetteer/people-extra/'
IDS = 'tools/gazetteer/wikidata-people-extra.tsv'

# one-word Arabic-script forms that are given names or ordinary words (folded, article-free)
ARABIC_BLOCK = set('''
محمد احمد علي حسن حسين عباس عمر عثمان خالد سعيد سعد سلمان فيصل عبدالله عبد الله ابراهيم اسماعيل يوسف موسي عيسي
مصطفي محمود كمال جمال نصر سلام عون امين امير ملك سلطان شريف خان رضا مهدي هادي جواد كاظم صادق باقر حيدر
فرح نور امل هدي سالم سليم صالح صلاح طارق ناصر منصور رشيد حميد حمد زايد راشد تميم نبيل وليد زياد عادل عاد
بشير نذير كريم رحيم حكيم عزيز مجيد حبيب جعفر قاسم نعيم ياسر ياسين طه عماد فؤاد فواد مروان رياض سمير ماهر
حافظ شاه مير زاده پور نجم شمس قمر بدر هلال فجر صبح ليل سعيدي حسني عبدي عيد جاد عز نجيب لطيف
دان بن ابن ابو ام بنت ال لي كيم وانغ جون جان
'''.split())

# one-word forms kept although given-names.txt lists them: news uses them for this one person
# (they predate the given names added for the French given-name rule)
KEEP_ONE_WORD = {'Hasina', 'Atiku', 'Cristiano'}


def fold(s):
    """An approximation of MatchingText.fold plus the dictionary key's article stripping."""
    s = re.sub(r'^[a-z]{2}:', '', unicodedata.normalize('NFKC', s))
    out = []
    for ch in s:
        c = ch.lower()
        c = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'گ': 'ك',
             'ڤ': 'ف', 'ۋ': 'ف'}.get(c, c)
        if c in '\u0640\u200c\u200d\u200b\u200e\u200f\ufeff' or '\u064b' <= c <= '\u065f' or c == '\u0670':
            continue
        out.append(c if (c.isalnum()) else ' ')
    words = ''.join(out).split()
    if words and is_arabic(words[0]) and words[0].startswith('ال') and len(words[0]) > 3:
        words[0] = words[0][2:]
    return ' '.join(words)


def is_arabic(s):
    return any('\u0600' <= ch <= '\u06ff' for ch in s)


def unaccented(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


# Persian compound given names, written joined (محمدرضا) in Persian news and split (محمد رضا) in Arabic news
COMPOUND_GIVEN = {
    'محمد' + rest: ('محمد', rest) for rest in
    ('رضا', 'علی', 'علي', 'جواد', 'حسین', 'حسين', 'حسن', 'مهدی', 'مهدي', 'باقر', 'تقی', 'تقي', 'صادق', 'کاظم',
     'كاظم', 'هادی', 'هادي', 'جعفر', 'اسماعیل', 'امین', 'ابراهیم')}
COMPOUND_GIVEN.update({first + rest: (first, rest) for first, rests in (
    ('علی', ('رضا', 'اکبر', 'اصغر')), ('علي', ('رضا',)), ('غلام', ('رضا', 'حسین', 'علی', 'حسين')),
    ('امیر', ('حسین', 'علی', 'محمد', 'رضا')), ('حمید', ('رضا',)), ('احمد', ('رضا',)), ('مجید', ('رضا',)))
    for rest in rests})


def compound_twin(form):
    """The form with its first Persian compound given name split (محمدرضا → محمد رضا) or joined, else None."""
    words = form.split(' ')
    if words[0] in COMPOUND_GIVEN:
        return ' '.join(list(COMPOUND_GIVEN[words[0]]) + words[1:])
    if len(words) > 2 and words[0] + words[1] in COMPOUND_GIVEN:
        return ' '.join([words[0] + words[1]] + words[2:])
    return None


def twins(form):
    out = [form]
    if not is_arabic(form):
        plain = unaccented(form)
        if plain != form:
            out.append(plain)
    else:
        compound = compound_twin(form)
        if compound:
            out.append(compound)
        if '\u200c' in form:
            out.append(form.replace('\u200c', ' '))
        if re.search(r'(^| )عبد ', form):
            out.append(re.sub(r'(^| )عبد ', r'\1عبد', form))
        elif re.search(r'(^| )عبد(?=[^ ]{3,})', form) and not re.search(r'عبد[ه]', form):
            out.append(re.sub(r'(^| )عبد(?=[^ ]{3,})', r'\1عبد ', form, count=1))
    return out


def load_latin_block():
    block = set()
    for line in open(TAG + 'stopwords-iso.tsv', encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) == 2 and cols[0] in ('en', 'fr', 'es', 'de', 'it', 'pt'):
            block.add(cols[1].lower())
    for line in open(TAG + 'given-names.txt', encoding='utf-8'):
        if not line.startswith('#'):
            block.update(unaccented(w).lower() for w in line.split())
    return block



def source_rows(path):
    """Yields (cc, name, forms) for each line `CC;name;form|form|...` of a hand-written list, skipping blank
    lines and # comments; stops the script at a malformed line."""
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = line.split(';')
        if len(parts) != 3:
            sys.exit(f'{path}:{n}: expected CC;name;forms: {line}')
        yield tuple(p.strip() for p in parts)

def extra_forms():
    """Forms the `*.forms` files add to listed people: canonical name -> (cc, forms, file)."""
    added = {}
    for path in sorted(glob.glob(SRC + '*.forms')):
        for cc, name, forms in source_rows(path):
            old = added.get(name, (cc, [], path))
            added[name] = (cc, old[1] + [f.strip() for f in forms.split('|') if f.strip()], path)
    return added


def main():
    latin_block = load_latin_block()
    added = extra_forms()
    existing = {}
    existing_keys = defaultdict(set)
    for line in open(TAG + 'orgs-people.tsv', encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        existing[c[2]] = c[0]
        for f in [c[2]] + c[4].split('|'):
            existing_keys[fold(f)].add(c[2])
    ids = {}
    if os.path.exists(IDS):
        for line in open(IDS, encoding='utf-8'):
            c = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(c) >= 2 and c[1].strip():
                ids[c[0]] = c[1].strip()
    sections, seen, report = [], set(), defaultdict(list)
    for path in sorted(glob.glob(SRC + '*.txt')):
        section = os.path.basename(path)[:-4]
        rows = []
        for cc, name, forms in source_rows(path):
            if name in existing:
                report['already in orgs-people'].append(name)
                continue
            if name in seen:
                report['listed twice'].append(name)
                continue
            seen.add(name)
            more = []
            if name in added:
                extra_cc, more, extra_path = added.pop(name)
                if extra_cc != cc:
                    sys.exit(f'{extra_path}: {name} is {cc} in {section}, not {extra_cc}')
            expanded = []
            for f in [name] + [f.strip() for f in forms.split('|') if f.strip()] + more:
                for t in twins(f):
                    if t not in expanded:
                        expanded.append(t)
            kept = []
            for f in expanded:
                words = fold(f).split()
                if len(words) == 1 and f != name and f not in KEEP_ONE_WORD:
                    w = words[0]
                    if (not is_arabic(f) and (unaccented(w) in latin_block or len(w) < 4)) or (
                            is_arabic(f) and (w in ARABIC_BLOCK or len(w) < 3)):
                        report['one-word form blocked'].append(f'{name}: {f}')
                        continue
                kept.append(f)
            rows.append([cc, name, kept])
        sections.append((section, rows))
    for name, (cc, forms, path) in added.items():
        report['forms for a person no list holds'].append(f'{os.path.basename(path)}: {name}')
    owners = defaultdict(set)
    for _, rows in sections:
        for cc, name, forms in rows:
            for f in forms:
                owners[fold(f)].add(name)
    out = ['# Broader curated list (people-extra), same columns as orgs-people.tsv: kind<TAB>wikidata id (empty unless '
           'verified)<TAB>canonical English name<TAB>country<TAB>names (|).\n',
           '# Generated by tools/gazetteer/build_people_extra.py from tools/gazetteer/people-extra/*.txt; policy and '
           'sources in tools/gazetteer/README-people-extra.md.\n']
    total = 0
    for section, rows in sections:
        out.append(f'# --- {section}\n')
        for cc, name, forms in rows:
            kept = []
            for f in forms:
                k = fold(f)
                clash = (owners[k] | existing_keys.get(k, set())) - {name}
                if clash:
                    report['form names two people'].append(f'{name}: {f} (also {", ".join(sorted(clash))})')
                    continue
                kept.append(f)
            others = [f for f in kept if f != name]
            out.append('\t'.join(['PERSON', ids.get(name, ''), name, cc, '|'.join(others)]) + '\n')
            total += 1
        print(f'{section}: {len(rows)}', file=sys.stderr)
    open(TAG + 'people-extra.tsv', 'w', encoding='utf-8').write(''.join(out))
    for k, v in report.items():
        print(f'== {k}: {len(v)}', file=sys.stderr)
        for x in v:
            print('   ' + x, file=sys.stderr)
    print(f'{total} people, {sum(1 for n in seen if n in ids)} with a verified id', file=sys.stderr)


if __name__ == '__main__':
    main()
