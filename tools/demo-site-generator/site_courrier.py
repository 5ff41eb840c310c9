import random
from common import *
S = "le-courrier-demo"; NAME = "Le Courrier du Littoral"
H = "text/html; charset=UTF-8"
def url(a): return "{{BASE}}/" + a["slug"] + ".html"
def frdate(s):
    d = dt(s); return f"{d.day} {FR_MONTHS[d.month-1]} {d.year} à {d:%H}h{d:%M}"
def head(title, desc, canon, extra=""):
    return f'''<!DOCTYPE html>
<html lang="fr" prefix="og: https://ogp.me/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(title)} – {NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(desc)}">
<link rel="canonical" href="{canon}">
<link rel="alternate" type="application/atom+xml" title="{NAME} – À la une" href="{{{{BASE}}}}/atom.xml">
<style>.article__chapo{{font-weight:700}}.lire-aussi{{border-left:3px solid #0a6;padding-left:8px}}.bandeau-cookies{{position:fixed;bottom:0;background:#fff;box-shadow:0 0 8px #0004}}</style>
<script>var _paq=window._paq=window._paq||[];_paq.push(['trackPageView']);_paq.push(['enableLinkTracking']);</script>
{extra}
</head>
<body class="page-article">
<div class="bandeau-cookies" id="tarteaucitron"><p>Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus adaptés. <a href="/donnees-personnelles">En savoir plus</a></p><button>Tout accepter</button><button>Tout refuser</button><button>Personnaliser</button></div>
<header class="header">
 <div class="header__logo"><a href="/">{NAME}</a></div>
 <div class="header__meteo">Météo : 11 °C, averses</div>
 <nav class="menu"><ul><li><a href="/">À la une</a></li><li><a href="/politique/">Politique</a></li><li><a href="/economie/">Économie</a></li><li><a href="/sante/">Santé</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/environnement/">Environnement</a></li><li><a href="/transports/">Transports</a></li><li><a href="/abonnement" class="btn">S'abonner</a></li></ul></nav>
</header>
'''
FOOT = '''<footer class="footer">
 <div class="footer__cols"><ul><li><a href="/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a href="/atom.xml">Flux Atom</a></li></ul>
 <ul><li><a href="/petites-annonces">Petites annonces</a></li><li><a href="/carnet">Carnet</a></li><li><a href="/jeux">Jeux</a></li></ul></div>
 <p>© Le Courrier du Littoral 2026 – Tous droits réservés – Reproduction interdite sans autorisation. Site de démonstration.</p>
</footer>
<script src="/js/tarteaucitron.min.js"></script>
</body>
</html>
'''
def article(a, arts, i, version=1):
    modified = a.get("modified_v2") if version == 2 else a["modified"]
    a = dict(a); a["_modified"] = modified
    img = "{{BASE}}/photos/2026/11/" + a["slug"].split("/")[-1] + ".webp"
    extra = f'''<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["lead"])}">
<meta property="og:url" content="{url(a)}">
<meta property="og:image" content="{img}">
<meta property="article:published_time" content="{a["published"]}">
<meta property="article:modified_time" content="{modified}">
<meta property="article:author" content="{E(a["author"])}">
{jsonld(a, url(a), NAME, "fr", image=img)}'''
    o1, o2, o3 = arts[(i+1) % len(arts)], arts[(i+2) % len(arts)], arts[(i+5) % len(arts)]
    body = []
    for k, p in enumerate(a["paras"]):
        body.append(f"<p>{E(p)}</p>")
        if k == 2:
            body.append(f'<p class="lire-aussi"><span>Lire aussi :</span> <a href="{url(o1)}">{E(o1["title"])}</a></p>')
        if k == 3 and i % 2 == 1:
            body.append('<div class="pub" data-slot="article-milieu"><!-- publicité --><span class="pub__label">Publicité</span></div>')
    if version == 2 and a.get("correction"):
        body.append(f'<p class="article__correctif"><em>{E(a["correction"])}</em></p>')
    maj = f', mis à jour le <time datetime="{modified}">{frdate(modified)}</time>' if modified != a["published"] else ""
    tags = "".join(f'<li><a href="/tag/{E(t.lower())}">{E(t)}</a></li>' for t in a["tags"])
    return head(a["title"], a["lead"], url(a), extra) + f'''<main class="main">
<div class="fil-ariane"><a href="/">Accueil</a> / <a href="/{a["section"]}/">{E(a["section"].capitalize())}</a></div>
<article class="article">
 <h1 class="article__titre">{E(a["title"])}</h1>
 <p class="article__chapo">{E(a["lead"])}</p>
 <div class="article__signature">Par <span class="auteur">{E(a["author"])}</span></div>
 <div class="article__dates">Publié le <time datetime="{a["published"]}">{frdate(a["published"])}</time>{maj}</div>
 <div class="article__partage"><a href="https://www.facebook.com/sharer/sharer.php?u={url(a)}">Partager sur Facebook</a> <a href="https://x.com/intent/tweet?url={url(a)}">Partager sur X</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url={url(a)}">LinkedIn</a> <a href="javascript:window.print()">Imprimer</a></div>
 <figure class="article__media"><img src="{img}" alt="{E(a["caption"])}" loading="lazy"><figcaption>{E(a["caption"])} © Le Courrier du Littoral</figcaption></figure>
 <div class="article__content">
  {chr(10).join(body)}
 </div>
 <div class="abo-promo"><strong>Cet article vous a intéressé ?</strong> Soutenez l'information locale : abonnez-vous dès 1 € le premier mois. <a href="/abonnement">Je m'abonne</a></div>
 <ul class="article__mots-cles">{tags}</ul>
</article>
<section class="a-lire-aussi"><h2>À lire aussi</h2><ul><li><a href="{url(o2)}">{E(o2["title"])}</a></li><li><a href="{url(o3)}">{E(o3["title"])}</a></li></ul></section>
<section class="reactions"><h2>Réagissez</h2><p class="reactions__info">Les commentaires sont réservés aux abonnés.</p>
 <div class="reaction"><strong>Marc56</strong> – <time>il y a 2 heures</time><p>Enfin une bonne nouvelle pour le territoire.</p></div></section>
<aside class="colonne"><h2>Les plus lus</h2><ol>{"".join(f'<li><a href="{url(o)}">{E(o["title"])}</a></li>' for o in arts[:5])}</ol></aside>
</main>
''' + FOOT
def listing(title, items, canon):
    li = "".join(f'<li class="teaser"><a href="{url(o)}"><h2>{E(o["title"])}</h2></a><p>{E(o["lead"])}</p><span>{frdate(o["published"])}</span></li>' for o in items)
    return head(title, "Toute l'actualité du littoral", canon) + f'<main class="main"><h1>{E(title)}</h1><ul class="liste">{li}</ul><a href="?page=2">Page suivante</a></main>' + FOOT
def atom(arts, broken, version):
    def entry(a):
        upd = a.get("modified_v2") if version == 2 and a.get("modified_v2") else a["modified"]
        return f'''
 <entry>
  <title>{E(a["title"])}</title>
  <link rel="alternate" type="text/html" href="{url(a)}"/>
  <id>{url(a)}</id>
  <published>{a["published"]}</published>
  <updated>{upd}</updated>
  <author><name>{E(a["author"])}</name></author>
  <category term="{E(a["section"])}"/>
  <summary type="html">{E(a["lead"])}</summary>
 </entry>'''
    latest = "2026-11-28T10:20:00+01:00" if version == 2 else "2026-11-28T06:00:00+01:00"
    return f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
 <title>{NAME} – À la une</title>
 <subtitle>Toute l'actualité du littoral</subtitle>
 <link rel="self" href="{{{{BASE}}}}/atom.xml"/>
 <link rel="alternate" href="{{{{BASE}}}}/"/>
 <id>{{{{BASE}}}}/</id>
 <updated>{latest}</updated>
 <rights>© Le Courrier du Littoral</rights>{entry(broken)}{"".join(entry(a) for a in arts)}
</feed>
'''
def gen(write, arts, draft):
    for i, a in enumerate(arts):
        path = "/" + a["slug"] + ".html"
        if a["kind"] == "corrected":
            write(S, path, "corrected-v1", article(a, arts, i, 1), H, state="v1", fname=a["slug"] + ".v1.html")
            write(S, path, "corrected-v2", article(a, arts, i, 2), H, state="v2", fname=a["slug"] + ".v2.html")
        else:
            write(S, path, "article", article(a, arts, i), H)
    write(S, "/" + draft["slug"] + ".html", "disallowed", article(draft, arts, 0), H)
    broken = dict(slug="economie/2026/11/28/bourse-en-direct", title="Bourse : la séance en direct", lead="Suivez l'évolution des marchés.",
                  published="2026-11-28T09:00:00+01:00", modified="2026-11-28T09:00:00+01:00", author="Rédaction", section="economie")
    rnd = random.Random(20261128)
    blob = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.getrandbits(8) for _ in range(6000))
    write(S, "/" + broken["slug"] + ".html", "broken", blob, "text/html; charset=UTF-8", fname=broken["slug"] + ".bin")
    write(S, "/", "listing", listing("À la une", arts, "{{BASE}}/"), H, fname="index.html")
    eco = [a for a in arts if a["section"] == "economie"]
    write(S, "/economie/", "listing", listing("Économie", eco, "{{BASE}}/economie/"), H, fname="economie/index.html")
    write(S, "/atom.xml", "feed", atom(arts, broken, 1), "application/atom+xml", state="v1", fname="atom.v1.xml")
    write(S, "/atom.xml", "feed", atom(arts, broken, 2), "application/atom+xml", state="v2", fname="atom.v2.xml")
    write(S, "/sitemap.xml", "sitemap", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n <sitemap><loc>{{BASE}}/sitemap-articles.xml</loc></sitemap>\n</sitemapindex>\n', "application/xml", fname="sitemap.xml")
    for v in (1, 2):
        def lm(a): return a.get("modified_v2") if v == 2 and a.get("modified_v2") else a["modified"]
        urls = "".join(f"\n <url><loc>{url(a)}</loc><lastmod>{lm(a)}</lastmod></url>" for a in arts + [draft])
        write(S, "/sitemap-articles.xml", "sitemap", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>\n', "application/xml", state=f"v{v}", fname=f"sitemap-articles.v{v}.xml")
    write(S, "/robots.txt", "robots", "User-agent: *\nDisallow: /brouillons/\nDisallow: /abonnement\nCrawl-delay: 0\n\nSitemap: {{BASE}}/sitemap.xml\n", "text/plain; charset=utf-8", fname="robots.txt")
