#!/usr/bin/env python3
"""Writes the block of body-names.tsv that NationalFederations reports through (BodyNames): for each country, the
title of its national football federation, olympic committee, news agency and chamber of commerce.

Football federations are the curated organisations (orgs-people.tsv, orgs-extra.tsv) with a country code whose
English name is a football federation or association; the other kinds come from national-federations/*.txt
(CC;title). Each row maps the rule's generic name ("National Football Federation of Egypt", the country written as
EntityDictionaryLoader and RenderedOrganisations.ofCountry write it) to the title. Run from the repository root:

    python3 tools/gazetteer/build_national_federations.py

It replaces only the lines between the block's begin and end comments and prints titles no curated row carries.
"""
import re
import subprocess
import sys
from pathlib import Path

TAG = Path("streams-app/src/main/resources/io/newspipe/streams/tag")
SRC = Path("tools/gazetteer/national-federations")
BEGIN = "# --- national federations, olympic committees, news agencies, chambers (arfa8; build_national_federations.py)"
END = "# --- end of national federations (arfa8)"
# The Football Association is England's: no federation is the United Kingdom's
NOT_FOOTBALL_OF = {"GB"}
KINDS = {"olympic-committees.txt": "National Olympic Committee", "news-agencies.txt": "State News Agency",
         "chambers.txt": "National Chamber of Commerce"}
FOOTBALL = re.compile(r"(Football|Soccer) (Federation|Association|Union|Confederation)|^Football (Federation|Association) of")
# CountryNames.OWN, over ICU's English display names
CANONICAL = {"PS": "Palestine", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
             "MM": "Myanmar", "CI": "Ivory Coast", "KR": "South Korea", "KP": "North Korea", "HK": "Hong Kong",
             "TR": "Turkey", "CZ": "Czech Republic", "MO": "Macau", "VC": "Saint Vincent and the Grenadines",
             "GS": "South Georgia and the South Sandwich Islands", "HM": "Heard Island and McDonald Islands",
             "CC": "Cocos (Keeling) Islands", "TL": "East Timor", "VI": "United States Virgin Islands",
             "FM": "Federated States of Micronesia"}
# ICU 76 English display names of the codes used here that differ from the plain name (checked with ULocale)
ICU = {"AE": "United Arab Emirates", "GB": "United Kingdom", "US": "United States", "BA": "Bosnia & Herzegovina"}


def curated():
    rows = []
    for name in ("orgs-people.tsv", "orgs-extra.tsv"):
        for line in (TAG / name).read_text(encoding="utf-8").splitlines():
            c = line.split("\t")
            if len(c) >= 5 and c[0] == "ORGANIZATION":
                rows.append((c[3], c[2]))
    return rows


def country_names():
    """cc -> English country name as the tagger reports it, read from ICU through the build's classpath."""
    out = subprocess.run(["java", "-cp", "launcher/target/lib/*", "-XshowSettings:none", "tools/gazetteer/IcuCountryNames.java"],
                         capture_output=True, text=True, check=True).stdout
    names = {}
    for line in out.splitlines():
        cc, name = line.split("\t")
        names[cc] = CANONICAL.get(cc, spelled_out(name.split(" (")[0]))
    return names


def spelled_out(name):
    """CountryNames.english: CLDR's "&" and "St." spelled out as English Wikipedia titles write them."""
    name = name.replace(" & ", " and ")
    return "Saint " + name[4:] if name.startswith("St. ") else name


def rendered(kind, cc, names):
    name = names[cc]
    if cc == "US":
        return f"{kind} of {name}"
    article = (name.startswith("United ") or "Republic" in name or name.endswith("lands")
               or name in ("Philippines", "Gambia", "Bahamas"))
    return f"{kind} of {'the ' if article else ''}{name}"


def main():
    names = country_names()
    orgs = curated()
    titles = {t for _, t in orgs}
    lines = [BEGIN]
    lines.append("# national football federations (the curated rows)")
    seen = set()
    for cc, title in sorted(orgs):
        if (cc and FOOTBALL.search(title) and "League" not in title and cc not in seen and cc in names
                and cc not in NOT_FOOTBALL_OF):
            seen.add(cc)
            lines.append(f"{rendered('National Football Federation', cc, names)}\t{title}")
    for file, kind in KINDS.items():
        lines.append(f"# {kind.lower()} ({file})")
        for raw in (SRC / file).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            cc, title = raw.split(";")
            if title not in titles:
                print(f"note: {title} ({cc}) is no curated organisation's name", file=sys.stderr)
            lines.append(f"{rendered(kind, cc, names)}\t{title}")
    lines.append(END)
    path = TAG / "body-names.tsv"
    text = path.read_text(encoding="utf-8").splitlines()
    if BEGIN in text:
        start, end = text.index(BEGIN), text.index(END)
        text = text[:start] + lines + text[end + 1:]
    else:
        text = text + lines
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} lines in the block", file=sys.stderr)


if __name__ == "__main__":
    main()
