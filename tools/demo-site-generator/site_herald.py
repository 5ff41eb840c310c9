from common import *
S = "harbour-herald"; NAME = "The Harbour Herald"
H = "text/html; charset=utf-8"
def url(a): return "{{BASE}}/" + a["slug"] + ".html"
def rel(a): return "/" + a["slug"] + ".html"
def endate(s):
    d = dt(s); return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}, {d:%H:%M} GMT"
def head(title, desc, canon, extra=""):
    return f'''<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(title)} - {NAME}</title>
<meta name="description" content="{E(desc)}">
<link rel="canonical" href="{canon}">
<link rel="alternate" type="application/rss+xml" title="{NAME} latest" href="/rss.xml">
<style>.story-body p{{font:18px/1.6 Georgia,serif}}.related-inline{{font-family:Arial}}#cookie-consent{{position:fixed;bottom:0;width:100%;background:#003049;color:#fff}}.newsletter-signup{{background:#eaf4f4;padding:12px}}</style>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>var hh_page={{section:"news",paywall:false,version:"2026.11.3"}};</script>
{extra}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="masthead">
 <div class="masthead__top"><span>Saturday 28 November 2026</span> <a href="/account/login">Sign in</a> <a href="/subscribe">Subscribe</a></div>
 <a class="masthead__logo" href="/">{NAME}</a>
 <nav class="primary-nav" aria-label="Sections"><ul>
  <li><a href="/">Home</a></li><li><a href="/news/local/">Local</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li>
  <li><a href="/news/health/">Health</a></li><li><a href="/science/">Science</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/puzzles/">Puzzles</a></li><li><a href="/obituaries/">Obituaries</a></li>
 </ul></nav>
</header>
'''
FOOT = '''<div id="cookie-consent" role="dialog"><p>We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choices at any time.</p><button id="cookie-accept">Accept all</button> <button id="cookie-manage">Manage preferences</button></div>
<footer class="site-footer">
 <nav><a href="/about-us">About us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/rss.xml">RSS</a></nav>
 <p>&copy; 2026 Harbour Herald Media Ltd. All rights reserved. Registered in England No. 00000000. This is a demonstration site.</p>
</footer>
<script>document.getElementById('cookie-accept').onclick=function(){document.cookie='consent=1;path=/';document.getElementById('cookie-consent').style.display='none';};</script>
</body>
</html>
'''
def article(a, arts, i):
    img = "{{BASE}}/images/2026/11/" + a["slug"].split("/")[-1] + "-1200.jpg"
    modified = a["modified"]
    extra = f'''<meta property="og:type" content="article">
<meta property="og:title" content="{E(a["title"])}">
<meta property="og:description" content="{E(a["lead"])}">
<meta property="og:url" content="{url(a)}">
<meta property="og:image" content="{img}">
<meta property="og:site_name" content="{NAME}">
<meta name="twitter:card" content="summary_large_image">
<meta name="author" content="{E(a["author"])}">
<meta property="article:section" content="{E(a["section"].title())}">
{jsonld(a, url(a), NAME, "en-GB", image=img)}'''
    o1, o2 = arts[(i+1) % len(arts)], arts[(i+4) % len(arts)]
    body = []
    for k, p in enumerate(a["paras"]):
        body.append(f"<p>{E(p)}</p>")
        if k == 1:
            body.append(f'<p class="related-inline"><strong>READ MORE:</strong> <a href="{rel(o1)}?utm_source=inline&amp;utm_medium=related">{E(o1["title"])}</a></p>')
        if k == 3:
            body.append('<aside class="newsletter-signup"><h4>Get the Herald Morning Briefing</h4><p>The day\'s top stories from across the harbour, in your inbox before 7am. Free, every weekday.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></aside>')
        if k == 4 and i % 3 == 0:
            body.append(f'<blockquote class="pull-quote"><p>{E(a["paras"][2][:90])}&hellip;</p></blockquote>')
    more = "".join(f'<li class="teaser"><a href="{rel(o)}"><h4>{E(o["title"])}</h4><p>{E(o["lead"])}</p></a></li>' for o in [arts[(i+2) % len(arts)], arts[(i+3) % len(arts)], o2])
    most = "".join(f'<li><a href="{rel(o)}">{E(o["title"])}</a></li>' for o in arts[:5])
    topics = " ".join(f'<a class="topic" href="/topic/{t.lower().replace(" ", "-")}">{E(t)}</a>' for t in a["tags"])
    upd = f' <span class="story__updated">Updated <time datetime="{modified}">{endate(modified)}</time></span>' if modified != a["published"] else ""
    return head(a["title"], a["lead"], url(a), extra) + f'''<main id="main" class="layout">
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{a["section"]}/">{E(a["section"].title())}</a></nav>
<article class="story">
 <header class="story__header">
  <span class="story__kicker">{E(a["section"].upper())}</span>
  <h1 class="story__headline">{E(a["title"])}</h1>
  <p class="story__standfirst">{E(a["lead"])}</p>
  <div class="story__byline">By <a rel="author" href="/profile/{a["author"].lower().replace(" ", "-")}">{E(a["author"])}</a> <time datetime="{a["published"]}">{endate(a["published"])}</time>{upd}</div>
  <ul class="share-tools"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url(a)}">Facebook</a></li><li><a href="https://x.com/intent/tweet?url={url(a)}">X</a></li><li><a href="mailto:?subject={E(a["title"])}">Email</a></li><li><button class="comments-count">23 comments</button></li></ul>
 </header>
 <figure class="story__image"><img src="{img}" alt="" width="1200" height="675"><figcaption>{E(a["caption"])}</figcaption></figure>
 <div class="story-body">
  {chr(10).join(body)}
 </div>
 <p class="story__correction-policy"><a href="/corrections">Spotted an error? Read our corrections policy.</a></p>
 <div class="story__topics">Topics: {topics}</div>
</article>
<section class="more-from"><h3>More from the Herald</h3><ul>{more}</ul></section>
<section id="comments"><h3>Comments (23)</h3>
 <div class="comment"><span class="comment__author">OldSaltJim</span><p>About time someone paid attention to this. Been saying it for years.</p></div>
 <div class="comment"><span class="comment__author">westfield_mum</span><p>Will believe it when I see it.</p></div>
 <a href="/account/login">Sign in to comment</a>
</section>
<aside class="rail"><h3>Most Read</h3><ol>{most}</ol><div class="ad-mpu" id="ad-mpu-1"></div></aside>
</main>
''' + FOOT
def listing(title, items, canon):
    cards = "".join(f'<article class="card"><a href="{rel(o)}"><img src="/images/thumbs/{o["slug"].split("/")[-1]}.jpg" alt=""><h2>{E(o["title"])}</h2></a><p>{E(o["lead"])}</p><time>{endate(o["published"])}</time></article>' for o in items)
    return head(title, "News from Harbour City and the coast", canon) + f'<main id="main"><h1>{E(title)}</h1><section class="grid">{cards}</section><a class="load-more" href="?page=2">Load more</a></main>' + FOOT
def gen(write, arts, staging):
    for i, a in enumerate(arts):
        write(S, rel(a), "article", article(a, arts, i), H)
    write(S, rel(staging), "disallowed", article(staging, arts, 0), H)
    broken_path = "/news/local/2026/11/27/council-budget-live.html"
    broken = ('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>LIVE: Council budget meeting - The Harbour Herald</title>\n'
              '<link rel="stylesheet" href="/assets/live.css">\n<script src="/assets/liveblog.js"></script>\n</head>\n<body>\n<header class="masthead"><a href="/">The Harbour Herald</a></header>\n'
              '<main><h1>LIVE: Council budget meeting</h1>\n<div class="liveblog" data-poll="/api/liveblog/8812"><div class="entry"><p>Councillors are arriving for tonight\'s me')
    write(S, broken_path, "broken", broken, H)
    write(S, "/", "listing", listing("Latest news", arts, "{{BASE}}/"), H, fname="index.html")
    local = [a for a in arts if a["section"] == "local"]
    write(S, "/news/local/", "listing", listing("Local news", local, "{{BASE}}/news/local/"), H, fname="news/local/index.html")
    feed_items = arts[:4] + [dict(slug=broken_path[1:-5], title="LIVE: Council budget meeting", lead="Follow the debate as it happens.", published="2026-11-27T18:00:00Z", author="Megan Doyle", section="local")] + arts[4:] + [staging]
    items = "".join(f'''
  <item>
   <title>{E(a["title"])}</title>
   <link>{url(a)}</link>
   <guid isPermaLink="false">hh-{a["slug"].split("/")[-1]}</guid>
   <pubDate>{rfc822(a["published"])}</pubDate>
   <author>newsdesk@harbourherald.example ({E(a["author"])})</author>
   <category>{E(a["section"].title())}</category>
   <description><![CDATA[<p>{a["lead"]}</p>]]></description>
   <enclosure url="{{{{BASE}}}}/images/thumbs/{a["slug"].split("/")[-1]}.jpg" type="image/jpeg" length="0"/>
  </item>''' for a in feed_items)
    write(S, "/rss.xml", "feed", f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
 <channel>
  <title>The Harbour Herald - Latest</title>
  <link>{{{{BASE}}}}/</link>
  <description>News, sport and business from Harbour City and the coast</description>
  <language>en-gb</language>
  <copyright>© 2026 Harbour Herald Media Ltd</copyright>
  <ttl>5</ttl>{items}
 </channel>
</rss>
''', "application/rss+xml", fname="rss.xml")
    urls = "".join(f"\n <url><loc>{url(a)}</loc><lastmod>{a['modified']}</lastmod></url>" for a in arts)
    urls += "\n <url><loc>{{BASE}}/news/local/</loc><changefreq>hourly</changefreq></url>"
    write(S, "/sitemap.xml", "sitemap", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>\n', "application/xml", fname="sitemap.xml")
    write(S, "/robots.txt", "robots", "# Harbour Herald robots\nUser-agent: *\nDisallow: /staging/\nDisallow: /account/\nAllow: /\nCrawl-delay: 0\n\nSitemap: {{BASE}}/sitemap.xml\n", "text/plain", fname="robots.txt")
