import os, sys, random, copy
from common import *
from urllib.parse import quote
from content_ar import AKHBAR, AKHBAR_PREVIEW, SADA
from content_en import HERALD, HERALD_STAGING
from content_fr import COURRIER, COURRIER_DRAFT

OUT = sys.argv[1]
MANIFEST = []   # site, path, kind, state, content_type, file
def write(site, path, kind, data, ctype, state="all", fname=None):
    fname = fname or (path.strip("/") or "index.html")
    if fname.endswith("/"): fname += "index.html"
    if path.endswith("/") and not fname.endswith(".html"): fname = fname + "/index.html"
    full = os.path.join(OUT, site, fname)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f: f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    MANIFEST.append((site, path, kind, state, ctype, f"{site}/{fname}"))

HTML_UTF8 = "text/html; charset=utf-8"

# ---------------------------------------------------------------- al-akhbar-demo (Arabic, RTL)
AK = "al-akhbar-demo"; AK_NAME = "أخبار الرافدين"
AK_SECTIONS = {"politics": "سياسة", "economy": "اقتصاد", "sport": "رياضة", "health": "صحة"}
def ak_date(s):
    d = dt(s); hd, hm, hy = hijri(d)
    return f"{AR_DAYS[d.weekday()]} {d.day} {AR_MONTHS[d.month-1]} {d.year} - {hd} {hm} {hy} هـ | {d:%H:%M}"
def ak_url(a): return "{{BASE}}/" + a["slug"] + ".html"
def ak_head(title, desc, url, extra=""):
    return f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
__CHARSET__<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} | {AK_NAME}</title>
<meta name="description" content="{E(desc)}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{AK_NAME} - آخر الأخبار" href="{{{{BASE}}}}/rss.xml">
<link rel="stylesheet" href="{{{{BASE}}}}/static/css/main.min.css?v=4.2.1">
<style>
body{{font-family:"Noto Naskh Arabic",Tahoma,sans-serif;margin:0;background:#f6f6f6}}
.top-bar{{background:#8b0000;color:#fff;padding:4px 12px;font-size:13px}}
.read-also{{border-right:4px solid #8b0000;background:#fff4f4;padding:8px 12px;margin:16px 0}}
.article-img-ratio{{display:block;padding-bottom:56%;position:relative;overflow:hidden;height:0}}
#cookie-notice{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:10px}}
</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DEMO000001');</script>
{extra}
</head>
<body class="rtl">
<div class="top-bar">{ak_date("2026-11-28T08:00:00+03:00").split(" | ")[0]} | بغداد 14° | سعر الدولار: 1420 ديناراً</div>
<header class="site-header">
 <a class="logo" href="{{{{BASE}}}}/"><img src="{{{{BASE}}}}/static/logo.png" alt="{AK_NAME}"></a>
 <nav class="main-nav"><ul>
  <li><a href="{{{{BASE}}}}/">الرئيسية</a></li><li><a href="{{{{BASE}}}}/politics/">سياسة</a></li><li><a href="{{{{BASE}}}}/economy/">اقتصاد</a></li>
  <li><a href="{{{{BASE}}}}/sport/">رياضة</a></li><li><a href="{{{{BASE}}}}/health/">صحة</a></li><li><a href="{{{{BASE}}}}/opinion/">آراء</a></li>
  <li><a href="{{{{BASE}}}}/videos/">فيديو</a></li><li><a href="{{{{BASE}}}}/search">بحث</a></li>
 </ul></nav>
 <div class="breaking"><span>عاجل</span> <a href="{{{{BASE}}}}/politics/2026/11/24/iraq-us-coalition-talks.html">انطلاق جولة جديدة من الحوار بين بغداد وواشنطن</a></div>
</header>
'''
def ak_footer():
    return f'''<div id="cookie-notice">نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا وتحليل حركة الزوار. باستمرارك في التصفح فإنك توافق على <a href="{{{{BASE}}}}/privacy">سياسة الخصوصية</a>. <button onclick="this.parentNode.remove()">موافق</button></div>
<footer class="site-footer">
 <ul class="footer-links"><li><a href="{{{{BASE}}}}/about">من نحن</a></li><li><a href="{{{{BASE}}}}/contact">اتصل بنا</a></li><li><a href="{{{{BASE}}}}/privacy">سياسة الخصوصية</a></li><li><a href="{{{{BASE}}}}/rss.xml">RSS</a></li></ul>
 <p>جميع الحقوق محفوظة © 2026 {AK_NAME} - موقع تجريبي. يمنع نسخ المحتوى أو إعادة نشره دون إذن خطي.</p>
</footer>
<script src="{{{{BASE}}}}/static/js/app.bundle.js" defer></script>
<script>document.querySelectorAll('.share a').forEach(function(a){{a.addEventListener('click',function(){{gtag('event','share');}});}});</script>
</body></html>
'''
def ak_article(a, others, i):
    url = ak_url(a); sec = AK_SECTIONS[a["section"]]
    img = "{{BASE}}/media/2026/11/" + a["slug"].split("/")[-1] + ".jpg"
    head = ak_head(a["title"], a["lead"], url, f'''<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["lead"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{img}">
<meta property="og:site_name" content="{AK_NAME}">
<meta property="article:published_time" content="{a["published"]}">
<meta property="article:modified_time" content="{a["modified"]}">
<meta name="keywords" content="{E(",".join(a["tags"]))}">
{jsonld(a, url, AK_NAME, "ar", author_type="Organization" if a.get("wire_intro") else "Person", image=img)}''')
    paras = list(a["paras"])
    if a.get("wire_intro"): paras[0] = a["wire_intro"] + paras[0]
    ra = others[(i+1) % len(others)], others[(i+2) % len(others)]
    body = []
    for k, p in enumerate(paras):
        body.append(f"<p>{E(p)}</p>")
        if k == 1:
            body.append(f'<div class="read-also"><strong>اقرأ أيضاً:</strong> <a href="{ak_url(ra[0])}">{E(ra[0]["title"])}</a></div>')
        if k == 3 and i % 2 == 0:
            body.append('<div class="ad-slot" id="div-gpt-ad-inarticle"><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inarticle");});</script><span>إعلان</span></div>')
    body.append(f'<p class="source">المصدر: {E(a["source"])}</p>')
    rel = "".join(f'<li><a href="{ak_url(o)}"><img src="{{{{BASE}}}}/media/thumb/{o["slug"].split("/")[-1]}.jpg" alt=""><span>{E(o["title"])}</span></a></li>' for o in others[i+3:i+6] or others[:3])
    most = "".join(f'<li><span class="n">{n+1}</span><a href="{ak_url(o)}">{E(o["title"])}</a></li>' for n, o in enumerate(others[:5]))
    tags = "".join(f'<li><a href="{{{{BASE}}}}/tag/{quote(t)}">{E(t)}</a></li>' for t in a["tags"])
    cap = f'<figure class="main-image"><div class="article-img-ratio"><img src="{img}" alt="{E(a["caption"])}"></div><figcaption>{E(a["caption"])} - تصوير: أخبار الرافدين</figcaption></figure>' if a["caption"] else ""
    byline = f'بقلم: <a href="{{{{BASE}}}}/author/{i}" rel="author">{E(a["author"])}</a>' if not a.get("wire_intro") else f'المصدر: {E(a["author"])}'
    upd = f' <span class="updated">آخر تحديث: {ak_date(a["modified"])}</span>' if a["modified"] != a["published"] else ""
    return head + f'''<div class="container">
<ol class="breadcrumb"><li><a href="{{{{BASE}}}}/">الرئيسية</a></li><li><a href="{{{{BASE}}}}/{a["section"]}/">{sec}</a></li><li>{E(a["title"][:40])}...</li></ol>
<main class="content">
<article class="news-article">
 <h1 class="article-title">{E(a["title"])}</h1>
 <p class="article-summary">{E(a["lead"])}</p>
 <div class="meta"><span class="author">{byline}</span> <time datetime="{a["published"]}">{ak_date(a["published"])}</time>{upd}</div>
 <div class="share"><span>شارك:</span> <a href="https://www.facebook.com/sharer.php?u={url}">فيسبوك</a> <a href="https://x.com/intent/post?url={url}">إكس</a> <a href="https://wa.me/?text={url}">واتساب</a> <a href="https://t.me/share/url?url={url}">تيليغرام</a> <a href="#" onclick="navigator.clipboard.writeText(location.href);return false;">نسخ الرابط</a></div>
 {cap}
 <div class="article-body" itemprop="articleBody">
  {chr(10).join(body)}
 </div>
 <div class="tags"><h3>كلمات دلالية</h3><ul>{tags}</ul></div>
 <div class="share bottom"><a href="https://www.facebook.com/sharer.php?u={url}">فيسبوك</a> <a href="https://x.com/intent/post?url={url}">إكس</a> <a href="https://wa.me/?text={url}">واتساب</a></div>
 <section class="related"><h3>أخبار ذات صلة</h3><ul>{rel}</ul></section>
 <section class="comments"><h3>التعليقات (2)</h3>
  <div class="comment"><b>أبو محمد - بغداد</b><p>نتمنى أن تكون هذه الخطوة بداية حقيقية وليست مجرد وعود كالعادة.</p></div>
  <div class="comment"><b>سلمى</b><p>شكراً على التغطية الشاملة، ننتظر المزيد من التفاصيل.</p></div>
  <form class="comment-form"><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form>
 </section>
</article>
</main>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ol class="most-read">{most}</ol>
<div class="newsletter">اشترك في النشرة البريدية لتصلك أهم الأخبار يومياً <input type="email" placeholder="بريدك الإلكتروني"><button>اشتراك</button></div></aside>
</div>
''' + ak_footer()

def ak_listing(title, items, url):
    lis = "".join(f'<div class="card"><a href="{ak_url(o)}"><img src="{{{{BASE}}}}/media/thumb/{o["slug"].split("/")[-1]}.jpg" alt=""><h3>{E(o["title"])}</h3></a><time>{ak_date(o["published"]).split(" - ")[0]}</time></div>' for o in items)
    return (ak_head(title, "آخر الأخبار العراقية والعربية والدولية", url) +
            f'<main class="listing"><h1>{E(title)}</h1><div class="cards">{lis}</div><div class="pagination"><a href="?page=2">التالي</a></div></main>' + ak_footer())

def gen_akhbar():
    arts = AKHBAR
    for i, a in enumerate(arts):
        page = ak_article(a, arts, i)
        if a.get("charset") == "windows-1256":
            # no meta charset at all: only the HTTP header tells the encoding
            data = page.replace("__CHARSET__", "").encode("cp1256", errors="xmlcharrefreplace")
            write(AK, "/" + a["slug"] + ".html", "article", data, "text/html; charset=windows-1256")
        else:
            write(AK, "/" + a["slug"] + ".html", "article", page.replace("__CHARSET__", '<meta charset="utf-8">\n'), HTML_UTF8)
    p = AKHBAR_PREVIEW
    write(AK, "/" + p["slug"] + ".html", "disallowed", ak_article(p, arts, 0).replace("__CHARSET__", '<meta charset="utf-8">\n<meta name="robots" content="noindex">\n'), HTML_UTF8)
    write(AK, "/", "listing", ak_listing("الرئيسية", arts, "{{BASE}}/").replace("__CHARSET__", '<meta charset="utf-8">\n'), HTML_UTF8, fname="index.html")
    pol = [a for a in arts if a["section"] == "politics"]
    write(AK, "/politics/", "listing", ak_listing("سياسة", pol, "{{BASE}}/politics/").replace("__CHARSET__", '<meta charset="utf-8">\n'), HTML_UTF8, fname="politics/index.html")
    items = "".join(f'''
<item>
 <title>{E(a["title"])}</title>
 <link>{ak_url(a)}</link>
 <guid isPermaLink="true">{ak_url(a)}</guid>
 <pubDate>{rfc822(a["published"])}</pubDate>
 <dc:creator>{E(a["author"])}</dc:creator>
 <category>{AK_SECTIONS[a["section"]]}</category>
 <description>{E(a["lead"])}</description>
</item>''' for a in arts)
    rss = f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
 <title>{AK_NAME} - آخر الأخبار</title>
 <link>{{{{BASE}}}}/</link>
 <atom:link href="{{{{BASE}}}}/rss.xml" rel="self" type="application/rss+xml"/>
 <description>آخر الأخبار العراقية والعربية والدولية</description>
 <language>ar</language>
 <lastBuildDate>{rfc822("2026-11-28T08:00:00+03:00")}</lastBuildDate>{items}
</channel>
</rss>
'''
    write(AK, "/rss.xml", "feed", rss, "application/rss+xml; charset=utf-8", fname="rss.xml")
    urls = "".join(f'''
 <url>
  <loc>{ak_url(a)}</loc>
  <news:news>
   <news:publication><news:name>{AK_NAME}</news:name><news:language>ar</news:language></news:publication>
   <news:publication_date>{a["published"]}</news:publication_date>
   <news:title>{E(a["title"])}</news:title>
  </news:news>
 </url>''' for a in arts + [AKHBAR_PREVIEW])
    sm = f'''<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}
</urlset>
'''
    write(AK, "/sitemap-news.xml", "sitemap", sm, "application/xml; charset=utf-8", fname="sitemap-news.xml")
    write(AK, "/robots.txt", "robots", "User-agent: *\nDisallow: /preview/\nDisallow: /search\nCrawl-delay: 0\n\nUser-agent: GPTBot\nDisallow: /\n\nSitemap: {{BASE}}/sitemap-news.xml\n", "text/plain; charset=utf-8", fname="robots.txt")

import site_herald, site_courrier, site_sada
gen_akhbar()
site_herald.gen(write, HERALD, HERALD_STAGING)
site_courrier.gen(write, COURRIER, COURRIER_DRAFT)
site_sada.gen(write, SADA)

for a in AKHBAR + SADA + HERALD + COURRIER + [AKHBAR_PREVIEW, HERALD_STAGING, COURRIER_DRAFT]:
    assert words(a) >= 150, (a["slug"], words(a))
with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
    f.write("# Every resource the demo site serves. Generated alongside the pages; DemoSite derives its expectations from it.\n")
    f.write("# kinds: article, syndicated-copy (a wire copy of another page: note copy_of), corrected-v1/-v2 (one URL, before/after publishCorrection),\n")
    f.write("#        broken (must become a dead letter), listing (home/section: not_an_article if fetched), disallowed (robots.txt: never fetched),\n")
    f.write("#        feed, sitemap, robots. state: all | v1 (before the correction) | v2 (after). note: copy_of / hard_negative_of = site/path.\n")
    f.write("# site\tpath\tkind\tstate\tcontent_type\tfile\tnote\n")
    WIRE = "al-akhbar-demo/politics/2026/11/24/iraq-us-coalition-talks.html"
    NOTES = {("sada-demo", "/news/2026/11/24/iraq-coalition-dialogue.html"): "copy_of=" + WIRE,
             ("sada-demo", "/news/2026/11/25/experts-coalition-exit.html"): "hard_negative_of=" + WIRE}
    for row in MANIFEST: f.write("\t".join(row + (NOTES.get((row[0], row[1]), ""),)) + "\n")
print(len(MANIFEST), "resources")
