"""Reading GeoNames' cities500.txt and writing the byte-reproducible gzip TSV files the derive_* scripts commit.

Shared by derive_gazetteer.py and derive_latin_named_places.py so that both read the same columns the same way.
"""
import gzip
import re

# A Latin alternate that looks like a proper name: capitalised, Latin-1 letters, 3 to 41 characters
LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u00FF'\- .]{2,40}$")


def rows(src):
    """Yields each cities500 line with all 15+ columns as a list of strings (shorter lines skipped)."""
    with open(src, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 15:
                yield c


def population(columns):
    return int(columns[14] or 0)


def write_gzip_tsv(dst, header, lines):
    """Writes the header and the lines sorted by their first (numeric) column, gzip with mtime 0; returns the
    raw byte count."""
    lines = sorted(lines, key=lambda r: int(r.split("\t")[0]))
    data = ("# " + header + "\n" + "\n".join(lines) + "\n").encode("utf-8")
    with open(dst, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    return len(data)
