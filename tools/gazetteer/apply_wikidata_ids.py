#!/usr/bin/env python3
"""Applies the verified Wikidata ids of tools/gazetteer/wikidata-*.tsv to orgs-people.tsv.

Each verification file has rows: canonical name, QID (empty when unconfirmed), evidence, status. Later
files (sorted by name: round2 after the first round) override earlier ones only with a confirmed id, so
an id is set exactly when some file cites a source for it, and cleared otherwise.
Run from the repository root: python3 tools/gazetteer/apply_wikidata_ids.py
"""
import glob

TSV = 'streams-app/src/main/resources/io/newspipe/streams/tag/orgs-people.tsv'


def verified():
    ids = {}
    for path in sorted(glob.glob('tools/gazetteer/wikidata-*.tsv')):
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or line.startswith('canonical'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 2 and cols[1].strip():
                ids[cols[0]] = cols[1].strip()
    return ids


def main():
    ids = verified()
    out, with_id, total = [], 0, 0
    for line in open(TSV, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            out.append(line)
            continue
        cols = line.rstrip('\n').split('\t')
        cols[1] = ids.get(cols[2], '')
        total += 1
        with_id += 1 if cols[1] else 0
        out.append('\t'.join(cols) + '\n')
    open(TSV, 'w', encoding='utf-8').write(''.join(out))
    print(f'{with_id} of {total} entries carry a verified Wikidata id')


if __name__ == '__main__':
    main()
