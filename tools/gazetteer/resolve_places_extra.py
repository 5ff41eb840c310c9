#!/usr/bin/env python3
"""Writes streams-app/.../tag/places-extra.tsv from tools/gazetteer/places-extra.src.tsv.

The source lists places the project writes from general knowledge (names in en/fr/ar/fa): a row is
  ref TAB canonical English name TAB country TAB names (separated by '|', 'fa:' = Persian text only)
with ref one of: 'city' (the most populous place of that name in the country in places.tsv.gz),
'adm' (the first-order area of that name in admin1.tsv.gz), a GeoNames id, or 'new' (a place of its
own: the loader gives it newspipe:place:<slug>, unless an area or city of that name exists in the
country, which then gets the names) or 'own' (a place of its own even where a city has its name: a French
département named like its town or a river). A name written 'cue:name' counts only beside a
département cue (see DepartmentCues). A 'city'/'adm' row whose name is not
found is reported and written as 'new' only for 'new'; otherwise skipped (so no id is ever guessed).
Run from the repository root: python3 tools/gazetteer/resolve_places_extra.py [--with-optional]
(--with-optional also writes the rows of places-optional.src.tsv: water bodies and cross-border regions,
which the labelled sets do not treat as places; see that file).
"""
import gzip, sys, unicodedata

TAG = 'streams-app/src/main/resources/io/newspipe/streams/tag/'

def norm(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch)).lower().replace('-', ' ').replace('’', "'")

def index(path, names_col, main_only=False):
    out = {}
    for line in gzip.open(path, 'rt', encoding='utf-8'):
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        for n in [c[1]] + ([] if main_only else c[names_col].split('|')):
            key = (c[2], norm(n))
            if key not in out or int(out[key][1]) < int(c[4]):
                out[key] = (c[0], c[4])
    return out

cities = index(TAG + 'places.tsv.gz', 5)

def arabic_script_towns(path):
    """(country, Arabic-script name) -> ids of the towns (PPL*) that GeoNames gives that name; fills one_word_names."""
    out = {}
    for line in gzip.open(path, 'rt', encoding='utf-8'):
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if not c[3].startswith('PPL'):
            continue
        for n in c[5].split('|'):
            if any('\u0600' <= ch <= '\u06ff' for ch in n):
                out.setdefault((c[2], n.strip()), set()).add(c[0])
                if ' ' not in n.strip():
                    one_word_names.setdefault(c[0], set()).add(n.strip())
    return out

one_word_names = {}

# a 'new' row whose Latin spelling differs from GeoNames' (Jenin / Janīn, Tal Afar / Tall 'Afar) is still that
# town when one of its Arabic-script names (without a town word) is the Arabic-script name of exactly one town of
# the country: without this the row was a second sense beside the GeoNames one, reported under a project id
towns_by_arabic = arabic_script_towns(TAG + 'places.tsv.gz')
TOWN_WORDS = ('مدينة ', 'شهر ', 'fa:شهر ', 'fa:')

def town_by_arabic_name(cc, names):
    found = set()
    for n in names.split('|'):
        for w in TOWN_WORDS:
            if n.startswith(w):
                n = n[len(w):]
                break
        found |= towns_by_arabic.get((cc, n.strip()), set())
    if len(found) != 1:
        return None
    town = next(iter(found))
    # a row that names the town only after a town word (مدينة جنين) left its one-word name out on purpose (جنين is
    # "foetus"): merged, the curated town would need no evidence for GeoNames' one-word names either
    own = {n.split(':', 1)[-1].strip() for n in names.split('|')}
    return town if one_word_names.get(town, set()) <= own else None
areas = index(TAG + 'admin1.tsv.gz', 5)
main_names = index(TAG + 'admin1.tsv.gz', 5, True)
main_names.update({k: v for k, v in index(TAG + 'places.tsv.gz', 5, True).items() if k not in main_names})
rows, missing, merged = [], [], []
sources = ['tools/gazetteer/places-extra.src.tsv']
if '--with-optional' in sys.argv[1:]:
    sources.append('tools/gazetteer/places-optional.src.tsv')
lines = [line for src in sources for line in open(src, encoding='utf-8')]
for line in lines:
    if not line.strip() or line.startswith('#'):
        continue
    ref, canonical, cc, names = line.rstrip('\n').split('\t')
    if ref in ('city', 'adm'):
        hit = (cities if ref == 'city' else areas).get((cc, norm(canonical)))
        if hit is None:
            missing.append(ref + ' ' + cc + ' ' + canonical)
            continue
        ref = hit[0]
    elif ref == 'new':
        # the same place may already be a first-order area or a city (Chechnya, Port Said): names go there
        hit = main_names.get((cc, norm(canonical)))
        ref = hit[0] if hit else (town_by_arabic_name(cc, names) or '')
        if ref:
            merged.append(cc + ' ' + canonical + ' -> ' + ref + ('' if hit else ' (by its Arabic-script name)'))
    elif ref == 'own':
        ref = ''
    rows.append('\t'.join((ref, canonical, cc, names)))
with open(TAG + 'places-extra.tsv', 'w', encoding='utf-8') as f:
    f.write('# Curated places (see ListedPlaces): id<TAB>canonical English name<TAB>country<TAB>names separated by |.\n')
    f.write('# id: GeoNames id (names are added to that sense), or empty (a place of its own: newspipe:place:<slug>).\n')
    f.write('# fa:name counts only in Persian text; cue:name only beside a French département cue (DepartmentCues).\n')
    f.write('# Generated by tools/gazetteer/resolve_places_extra.py; edit the .src.tsv.\n')
    f.write('\n'.join(rows) + '\n')
print('merged into GeoNames senses:', *merged, sep='\n  ', file=sys.stderr)
print(len(rows), 'rows;', len(missing), 'not found:', *missing, sep='\n  ' if missing else ' ', file=sys.stderr)
