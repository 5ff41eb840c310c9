"""Writes the x16 extraction held-out set: python3 make.py <folder>.

Each article's text is held once (the items of each page function); the HTML and the ground truth are both
written from it, and every truth paragraph is checked to appear in the page's visible text.
"""
import gzip
import html
import json
import os
import re
import sys

from pages_ar1 import ar01, ar02, ar03, ar04
from pages_ar2 import ar05, ar06, ar07, ar08
from pages_fa import fa01, fa02, fa03
from pages_fr import fr01, fr02, fr03
from pages_en import en01, en02

PAGES = [ar01, ar02, ar03, ar04, ar05, ar06, ar07, ar08, fa01, fa02, fa03, fr01, fr02, fr03, en01, en02]


def visible(markup):
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))


def check(page):
    seen = visible(page["html"])
    for para in page["truth"].split("\n\n"):
        if re.sub(r"\s+", " ", para) not in seen:
            raise SystemExit(page["id"] + ": truth paragraph not in page text: " + para[:60])


def main(folder):
    os.makedirs(os.path.join(folder, "html"), exist_ok=True)
    rows = ["# url\tfile\tfetched_at\tcontent_type"]
    truth = {}
    for make in PAGES:
        page = make()
        check(page)
        data = page["html"].encode(page["encoding"], errors="xmlcharrefreplace")
        name = "html/" + page["id"] + (".html.gz" if page["gz"] else ".html")
        if page["gz"]:
            data = gzip.compress(data, mtime=0)
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)
        rows.append("\t".join([page["url"], name, page["fetched"], page["ctype"]]))
        truth[page["id"]] = {"articleBody": page["truth"], "url": page["url"]}
    with open(os.path.join(folder, "pages.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    with open(os.path.join(folder, "ground-truth.json"), "w", encoding="utf-8") as out:
        json.dump(truth, out, ensure_ascii=False, indent=1)
        out.write("\n")
    for make in PAGES:
        page = make()
        print("| " + page["id"] + " | " + page["lang"] + " | " + page["model"] + " | " + page["hard"] + " |")


if __name__ == "__main__":
    main(sys.argv[1])
