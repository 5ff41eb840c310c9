#!/usr/bin/env python3
"""Derives the stopword resource for keyword extraction from the npm package `stopwords-iso` (MIT).

    npm pack stopwords-iso && mkdir sw && tar xzf stopwords-iso-*.tgz -C sw
    python3 tools/gazetteer/derive_stopwords.py sw/package/stopwords-iso.json \
        streams-app/src/main/resources/io/newspipe/streams/tag/stopwords-iso.tsv
Arabic and Persian come from Lucene's analysers at run time; this file carries the other languages
of the tagger's default list. Output: one `lang<TAB>word` line per stopword, sorted.
"""
import json
import sys

LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "ru", "tr", "ur", "he"]


def main(src, dst):
    data = json.load(open(src, encoding="utf-8"))
    with open(dst, "w", encoding="utf-8") as out:
        out.write("# derived from stopwords-iso 1.1.0 (MIT, see ATTRIBUTION.md)\n")
        for lang in LANGUAGES:
            for word in sorted(set(w.strip().lower() for w in data[lang] if w.strip())):
                out.write(f"{lang}\t{word}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
