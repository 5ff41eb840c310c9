"""Shared helpers of the x16 generator: article items, escaping, truth text."""
import html as _html

# An article is a list of items (kind, text[, extra]):
#   p      paragraph (truth)
#   h      subheading (truth)
#   quote  blockquote (truth)
#   q      interview question (truth)
#   tweet  embedded post: (text, attribution) both truth, as aeb keeps them
#   cap    image caption (not truth)
#   also   in-body "read also" line or box (not truth)
#   slide  gallery slide caption (truth: it carries the story on a gallery page)
TRUTH_KINDS = {"p", "h", "quote", "q", "tweet", "slide"}


def esc(text):
    return _html.escape(text, quote=False)


def attr(text):
    return _html.escape(text, quote=True)


def truth(items):
    out = []
    for item in items:
        kind = item[0]
        if kind not in TRUTH_KINDS:
            continue
        if kind == "tweet":
            out.append(item[1])
            out.append(item[2])
        else:
            out.append(item[1])
    return "\n\n".join(out)


def nbsp_entities(text):
    """French typography as many CMSs serve it: U+00A0 written as &nbsp;."""
    return esc(text).replace("\u00a0", "&nbsp;")
