from common import *
from urllib.parse import quote
S = "sada-demo"; NAME = "صدى الخليج"
def url(a): return "{{BASE}}/" + a["slug"] + ".html"
def lev(s):
    d = dt(s); hd, hm, hy = hijri(d)
    return indic(f"{AR_DAYS[d.weekday()]} {d.day} {LEV_MONTHS[d.month-1]} {d.year} م الموافق {hd} {hm} {hy} هـ")
def head(title, charset_meta, canon, extra=""):
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
{charset_meta}
<title>{NAME} - {E(title)}</title>
<link rel="canonical" href="{canon}" />
<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{{{{BASE}}}}/rss.xml" />
<link href="{{{{BASE}}}}/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">#NewsText{{font-size:16px;line-height:28px}} .iqraa{{background:#eee;padding:6px}} td.side{{width:250px}}</style>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-0000000-1']);_gaq.push(['_trackPageview']);</script>
{extra}
</head>
<body>
<table id="MainTable" width="980" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" id="Header">
<a href="{{{{BASE}}}}/"><img src="{{{{BASE}}}}/images/logo.gif" alt="{NAME}" /></a>
<div id="Menu"><a href="{{{{BASE}}}}/">الرئيسية</a> | <a href="{{{{BASE}}}}/news/">أخبار</a> | <a href="{{{{BASE}}}}/economy/">اقتصاد</a> | <a href="{{{{BASE}}}}/health/">صحة</a> | <a href="{{{{BASE}}}}/sport/">رياضة</a> | <a href="{{{{BASE}}}}/articles/">مقالات</a> | <a href="{{{{BASE}}}}/contact.php">اتصل بنا</a></div>
<marquee direction="right" scrollamount="3">أهلاً بكم في {NAME} ... تابعونا على مواقع التواصل الاجتماعي</marquee>
</td></tr><tr>
'''
def foot():
    return f'''</tr><tr><td colspan="2" id="Footer">
<div class="cookies" id="cookiesBox">هذا الموقع يستخدم الكوكيز لضمان حصولك على أفضل تجربة. <a href="javascript:void(0)" onclick="document.getElementById('cookiesBox').style.display='none'">حسناً</a></div>
جميع الحقوق محفوظة لـ {NAME} © ٢٠٢٦ - تصميم وبرمجة: قسم التقنية - موقع تجريبي
</td></tr></table>
</body>
</html>
'''
def article(a, arts, i, charset_meta):
    extra = f'''<meta property="og:title" content="{E(a["title"])}" />
<meta property="og:url" content="{url(a)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{E(a["lead"])}" />
{jsonld(a, url(a), NAME, "ar")}'''
    txt = "<br /><br />\n".join(E(p) for p in a["paras"])
    others = [o for o in arts if o is not a]
    iqraa = "".join(f'<li><a href="{url(o)}">{E(o["title"])}</a></li>' for o in others[:2])
    similar = "".join(f'<li><a href="{url(o)}">{E(o["title"])}</a></li>' for o in others[2:] + others[:1])
    byline = f'<span class="writer">كتب: {E(a["author"])}</span>' if a["author"] else '<span class="writer">المصدر: وكالات</span>'
    side = "".join(f'<div class="sideItem"><a href="{url(o)}">{E(o["title"])}</a></div>' for o in arts)
    tags = "، ".join(f'<a href="{{{{BASE}}}}/tags.php?t={quote(t)}">{E(t)}</a>' for t in a["tags"])
    return head(a["title"], charset_meta, url(a), extra) + f'''<td valign="top" id="Content">
<div class="path"><a href="{{{{BASE}}}}/">الرئيسية</a> &raquo; <a href="{{{{BASE}}}}/{a["section"]}/">الأخبار</a></div>
<h1 class="NewsTitle">{E(a["title"])}</h1>
<h2 class="subtitle">{E(a["lead"])}</h2>
<div class="NewsInfo">{byline} &nbsp;|&nbsp; <span class="date">{lev(a["published"])}</span> &nbsp;|&nbsp; <span class="views">عدد القراءات: ١٢٤٣</span> &nbsp;|&nbsp; <a href="javascript:window.print()">طباعة</a> &nbsp;|&nbsp; <a href="mailto:?subject=sada">أرسل لصديق</a></div>
<div class="fontsize">حجم الخط: <a href="#" onclick="resize(1)">+</a> <a href="#" onclick="resize(-1)">-</a></div>
<div id="NewsText" class="newsText">
{txt}
<br /><br />
<div class="iqraa"><b>إقرأ أيضا:</b><ul>{iqraa}</ul></div>
<div class="masdar">المصدر: {E(a["source"])}</div>
</div>
<div class="keywords">كلمات دلالية: {tags}</div>
<div class="similar"><h3>مقالات مشابهة</h3><ul>{similar}</ul></div>
<div class="addthis_toolbox"><a class="addthis_button_facebook">فيسبوك</a> <a class="addthis_button_twitter">تويتر</a> <a class="addthis_button_whatsapp">واتساب</a></div>
<div class="commentsBox"><h3>أضف تعليقك</h3><form action="{{{{BASE}}}}/comment.php" method="post"><input name="name" /> <textarea name="c"></textarea> <input type="submit" value="إرسال" /></form><p>التعليقات المنشورة لا تعبر عن رأي الموقع.</p></div>
</td>
<td valign="top" class="side"><h3>الأكثر قراءة</h3>{side}<h3>استطلاع الرأي</h3><p>هل تؤيد انسحاب القوات الأجنبية؟</p><p>نعم | لا</p></td>
''' + foot()
def listing(arts):
    items = "".join(f'<div class="newsItem"><a href="{url(o)}"><b>{E(o["title"])}</b></a><br /><span>{E(o["lead"])}</span><br /><small>{lev(o["published"])}</small></div>' for o in arts)
    return head("الرئيسية", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "{{BASE}}/") + f'<td valign="top" id="Content"><h1>آخر الأخبار</h1>{items}</td><td class="side"></td>' + foot()
def gen(write, arts):
    for i, a in enumerate(arts):
        path = "/" + a["slug"] + ".html"
        kind = "syndicated-copy" if a["kind"] == "syndicated-copy" else "article"
        if a.get("charset") == "windows-1256-meta":
            # charset only in the meta tag; the server sends a bare text/html
            page = article(a, arts, i, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />')
            write(S, path, kind, page.encode("cp1256", errors="xmlcharrefreplace"), "text/html")
        else:
            write(S, path, kind, article(a, arts, i, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'), "text/html; charset=utf-8")
    write(S, "/", "listing", listing(arts), "text/html; charset=utf-8", fname="index.html")
    news = [a for a in arts if a["section"] == "news"]
    write(S, "/news/", "listing", listing(news).replace("آخر الأخبار</h1>", "الأخبار</h1>"), "text/html; charset=utf-8", fname="news/index.html")
    items = "".join(f'''
<item><title>{E(a["title"])}</title><link>{url(a)}</link><description>{E(a["lead"])}</description><pubDate>{rfc822(a["published"])}</pubDate><guid>{url(a)}</guid></item>''' for a in arts)
    write(S, "/rss.xml", "feed", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{NAME}</title><link>{{{{BASE}}}}/</link><description>أخبار الخليج والعالم العربي</description><language>ar</language>{items}\n</channel></rss>\n', "text/xml; charset=utf-8", fname="rss.xml")
    urls = "".join(f"<url><loc>{url(a)}</loc><lastmod>{a['modified'][:10]}</lastmod><priority>0.8</priority></url>\n" for a in arts)
    write(S, "/sitemap.xml", "sitemap", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n', "application/xml", fname="sitemap.xml")
    write(S, "/robots.txt", "robots", "User-agent: *\nDisallow: /admin/\nDisallow: /comment.php\nCrawl-delay: 0\nSitemap: {{BASE}}/sitemap.xml\n", "text/plain", fname="robots.txt")
