"""English pages en01-en02."""
from common import esc, attr, truth


def en01():
    """Reuters-like: paragraphs as data-testid divs, sign-off and trust line after."""
    title = "Fed cuts rates by half a percentage point, signals more reductions ahead"
    items = [
        ("p", "WASHINGTON, Sept 18 (Reuters) - The Federal Reserve kicked off its first interest rate cut in more than four years with a larger-than-usual half-percentage-point reduction on Wednesday, bringing the benchmark rate to the 4.75%-5.00% range, as policymakers sought to protect a labor market that has begun to show signs of cooling."),
        ("p", "\"The Committee has gained greater confidence that inflation is moving sustainably toward 2%, and judges that the risks to achieving its employment and inflation goals are roughly in balance,\" the U.S. central bank said in its policy statement."),
        ("p", "New projections showed a majority of Fed officials expect the policy rate to fall by another half a percentage point by the end of this year and by a full percentage point in 2025."),
        ("p", "Fed Governor Michelle Bowman dissented in favor of a quarter-percentage-point cut, the first dissent by a governor since 2005."),
        ("h", "POWELL: 'WE'RE NOT BEHIND'"),
        ("p", "At a press conference after the decision, Fed Chair Jerome Powell said the larger move reflected growing confidence that inflation was under control, and was not a sign that policymakers feared an imminent downturn."),
        ("quote", "\"We don't think we're behind. We think this is timely, but I think you can take this as a sign of our commitment not to get behind,\" Powell told reporters."),
        ("p", "U.S. stocks swung after the announcement, with the S&P 500 closing slightly lower, while Treasury yields rose and the dollar pared earlier losses."),
    ]
    parts = []
    n = 0
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<div data-testid=\"paragraph-" + str(n) + "\" class=\"article-body__paragraph__2-BtD text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw\">" + esc(text) + "</div>")
            n += 1
        elif kind == "h":
            parts.append("<h2 data-testid=\"Heading\" class=\"text__text__1FZLe text__heading_5__1qUJ5 heading__base__2T28j\">" + esc(text) + "</h2>")
        elif kind == "quote":
            parts.append("<div data-testid=\"paragraph-" + str(n) + "\" class=\"article-body__paragraph__2-BtD text__text__1FZLe text__large__nEccO\">" + esc(text) + "</div>")
            n += 1
        if n == 2 and not any("signup" in p for p in parts):
            parts.append("<div class=\"article-body__element__2p5pI\"><div data-testid=\"SignUp\" class=\"signup\"><p>Sign up here.</p></div></div>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Reuters</title>
<meta name="description" content="The Federal Reserve cut interest rates by half a percentage point on Wednesday.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Reuters">
<meta name="article:published_time" content="2024-09-18T18:00:42Z">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-09-18T18:00:42Z","author":[{{"@type":"Person","name":"Howard Schneider"}},{{"@type":"Person","name":"Ann Saphir"}}],"isAccessibleForFree":true}}</script>
<style>.article-body__paragraph__2-BtD{{margin-bottom:16px}}.signup{{border-top:1px solid #ccc}}</style>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="reuters";Fusion.globalContentConfig={{"source":"article-by-id-or-url-v1","query":{{"website_url":"/markets/us/fed-cuts-rates-2024-09-18/"}}}};</script>
</head>
<body>
<div id="fusion-app">
<div class="cookie-consent"><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</p><button>Accept All</button><button>Cookie Settings</button></div>
<header class="site-header"><a href="/" class="site-header__logo">Reuters</a><nav><a href="/world/">World</a><a href="/business/">Business</a><a href="/markets/">Markets</a><a href="/sustainability/">Sustainability</a><a href="/legal/">Legal</a><a href="/breakingviews/">Breakingviews</a><a href="/technology/">Technology</a></nav>
<a href="/account/register/">Register</a></header>
<main id="main-content">
<article class="article__container">
<header class="article-header"><nav class="article-header__breadcrumbs"><a href="/markets/">Markets</a> <a href="/markets/us/">US Markets</a></nav>
<h1 data-testid="Heading" class="text__heading_2__3pT8F">{esc(title)}</h1>
<div class="article-header__meta"><div class="info-content__author-date"><address>By <a href="/authors/howard-schneider/" rel="author">Howard Schneider</a> and <a href="/authors/ann-saphir/" rel="author">Ann Saphir</a></address><time datetime="2024-09-18T18:00:42Z"><span>September 18, 2024</span><span>7:00 PM GMT+1</span><span>Updated 2 hours ago</span></time></div></div>
<div class="article-header__share"><button>Share</button><a href="#">X</a><a href="#">Facebook</a><a href="#">Linkedin</a><a href="#">Email</a><a href="#">Link</a></div>
<div class="article-header__toolbar"><a href="#">Purchase Licensing Rights</a></div></header>
<figure class="primary-image"><img src="https://www.reuters.com/resizer/powell.jpg" alt=""><figcaption><span>Federal Reserve Chair Jerome Powell speaks at a press conference in Washington, U.S., September 18, 2024. REUTERS/Tom Brenner</span> <a href="#">Purchase Licensing Rights, opens new tab</a></figcaption></figure>
<div class="article-body__content__17Yit">
{body}
</div>
<p class="info-content__sign-off">Reporting by Howard Schneider and Ann Saphir; Editing by Dan Burns and Paul Simao</p>
<div class="trust-badge"><a href="/info-pages/editorial-standards/">Our Standards: The Thomson Reuters Trust Principles.</a>, opens new tab</div>
<div class="tags"><a href="/markets/us/">US Markets</a><a href="/markets/rates-bonds/">Rates & Bonds</a></div>
</article>
<section class="read-next"><h2>Read Next</h2>
<div class="story-card"><a href="/markets/us/wall-street-2024-09-18/"><h3>Wall St ends lower after volatile session following Fed cut</h3></a></div>
<div class="story-card"><a href="/markets/currencies/dollar-2024-09-18/"><h3>Dollar pares losses as traders digest Fed outlook</h3></a></div>
<div class="story-card"><a href="/world/us/harris-trump-economy/"><h3>Harris, Trump campaigns react to rate cut</h3></a></div></section>
<div class="newsletter-signup"><h3>Get weekly news and analysis on the U.S. elections and how it matters to the world with the newsletter On the Campaign Trail.</h3><a href="/newsletters/">Sign up here.</a></div>
</main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>© 2024 Reuters. All rights reserved</p></footer>
</div>
</body></html>
"""
    return dict(id="en01", lang="en", url="https://www.reuters.com/markets/us/fed-cuts-rates-2024-09-18/",
                fetched="2024-09-18T20:00:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Reuters (Arc XP, data-testid paragraphs)",
                hard="paragraphs as <div data-testid=paragraph-N> with long utility class names; in-body \"Sign up here.\" element; uppercase h2 subheading; sign-off and trust-principles lines after the body (excluded); dateline kept; cookie consent; read-next cards; newsletter promo")


def en02():
    """The National-like: stale JSON-LD/og headline, embedded tweet, newsletter, Arabic in an English page."""
    title = "Cop28 agrees historic deal to transition away from fossil fuels"
    stale = "Cop28 talks go into overtime as countries spar over fossil fuel language"
    items = [
        ("p", "Nearly 200 countries at the Cop28 climate summit in Dubai agreed on Wednesday to transition away from fossil fuels, the first time a UN climate deal has explicitly called for a shift away from oil, gas and coal."),
        ("p", "The agreement, dubbed the UAE Consensus, was adopted in a plenary session at Expo City a day after the talks were scheduled to end, following a night of negotiations over the wording on fossil fuels that had divided oil producers and countries most vulnerable to climate change."),
        ("p", "Dr Sultan Al Jaber, the Cop28 President, brought down the gavel to applause from delegates within minutes of opening the session, with no objections raised from the floor."),
        ("quote", "\"We have delivered a robust action plan to keep 1.5 within reach. It is a plan that is led by the science,\" Dr Al Jaber told delegates. \"Together, we have confronted realities and we have set the world in the right direction.\""),
        ("h", "Tripling renewables"),
        ("p", "The text calls on countries to contribute to \"transitioning away from fossil fuels in energy systems, in a just, orderly and equitable manner, accelerating action in this critical decade, so as to achieve net zero by 2050\". It also calls for tripling global renewable energy capacity and doubling the rate of energy efficiency improvements by 2030."),
        ("tweet", "The era of fossil fuels must end – and it must end with justice and equity.", "— António Guterres (@antonioguterres) December 13, 2023"),
        ("p", "Small island states said the deal contained a \"litany of loopholes\", while the EU's climate commissioner Wopke Hoekstra described it as \"the beginning of the end\" for fossil fuels."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p class=\"body-paragraph\">" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h2 class=\"body-heading\">" + esc(text) + "</h2>")
        elif kind == "quote":
            parts.append("<p class=\"body-paragraph\">" + esc(text) + "</p>")
        elif kind == "tweet":
            parts.append("<div class=\"oembed-frame\"><blockquote class=\"twitter-tweet\" data-dnt=\"true\"><p lang=\"en\" dir=\"ltr\">" + esc(text) + "</p>" + esc(r[0]) + "</blockquote></div>")
        if len(parts) == 3:
            parts.append("<div class=\"body-ad\"><div id=\"gpt-inarticle\" class=\"ad-container\"><span class=\"ad-label\">Advertisement</span></div></div>")
            parts.append("<aside class=\"read-more-inline\"><span>Read more</span><ul><li><a href=\"/climate/cop28/2023/12/12/fossil-fuel-draft/\">What's in the new Cop28 draft text on fossil fuels?</a></li><li><a href=\"/climate/cop28/2023/12/11/loss-and-damage/\">Loss and damage fund: who has pledged what</a></li></ul></aside>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | The National</title>
<meta property="og:title" content="{attr(stale)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.thenationalnews.com/climate/cop28/2023/12/13/cop28-agrees-deal-transition-away-fossil-fuels/">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{stale}","dateModified":"2023-12-13T06:30:00Z","datePublished":"2023-12-12T18:00:00Z","author":{{"@type":"Person","name":"Nick Webster"}}}}</script>
<style>.body-paragraph{{font-family:Georgia;font-size:18px}}.read-more-inline{{border-left:3px solid #b8860b}}.newsletter-box{{background:#111;color:#fff}}</style>
<script id="fusion-metadata">window.Fusion={{"arcSite":"thenational","contentCache":{{"site-navigation":{{"children":[{{"name":"UAE"}},{{"name":"Climate"}}]}}}}}};</script>
</head>
<body>
<div class="onetrust-banner"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts.</p><button>Accept All Cookies</button></div>
<header class="header"><a class="logo" href="/">The National</a><nav><a href="/uae/">UAE</a><a href="/gulf-news/">Gulf</a><a href="/mena/">MENA</a><a href="/world/">World</a><a href="/business/">Business</a><a href="/climate/">Climate</a><a href="/opinion/">Opinion</a><a href="https://www.thenationalnews.com/ar/">عربي</a></nav>
<div class="ticker"><span>Trending</span><a href="/cop28/">Cop28</a><a href="/gaza/">Israel-Gaza war</a><a href="/weather/">UAE weather</a></div></header>
<main>
<article class="article">
<div class="article-header"><a class="section-label" href="/climate/cop28/">Cop28</a>
<h1 class="headline">{esc(title)}</h1>
<p class="sub-headline">The UAE Consensus calls for countries to shift away from oil, gas and coal in energy systems</p>
<div class="byline"><span class="author"><a href="/topics/author/nick-webster/">Nick Webster</a></span> <span class="date">Dec 13, 2023</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Email</a><a href="#">Listen</a></div></div>
<figure class="lead-image"><img src="/resizer/cop28-gavel.jpg" alt=""><figcaption>Dr Sultan Al Jaber, the Cop28 President, at the closing plenary at Expo City Dubai. Reuters</figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="topics"><span>Updated: December 13, 2023, 6:30 AM</span><a href="/topics/cop28/">Cop28</a><a href="/topics/climate-change/">Climate change</a></div>
<div class="newsletter-box"><h3>The National Climate Newsletter</h3><p>Everything you need to know about the climate crisis and the solutions being developed, delivered to your inbox every week.</p><input type="email"><button>Sign up</button></div>
</article>
<section class="most-read"><h2>Most Read</h2><ol><li><a href="/uae/1">UAE public holidays for 2024 confirmed</a></li><li><a href="/uae/2">Dubai Metro Blue Line: all you need to know</a></li><li><a href="/uae/3">What is the UAE Consensus?</a></li></ol></section>
<section class="editors-picks"><h2>Editor's Picks</h2><div class="card"><a href="/climate/4"><h3>How the Cop28 deal was done: inside the final 48 hours</h3></a><p>Negotiators worked through the night to find language acceptable to all parties.</p></div></section>
</main>
<footer class="footer"><p>© 2023 The National. All rights reserved.</p><a href="/privacy-policy/">Privacy Policy</a></footer>
<script async src="https://platform.twitter.com/widgets.js"></script>
</body></html>
"""
    return dict(id="en02", lang="en", url="https://www.thenationalnews.com/climate/cop28/2023/12/13/cop28-agrees-deal-transition-away-fossil-fuels/",
                fetched="2023-12-13T07:00:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="The National (UAE, Arc XP)",
                hard="stale og:title and JSON-LD headline (the story was rewritten, h1 is current); in-body \"Read more\" aside with links and an ad label (excluded); embedded tweet (kept with attribution, as aeb); sub-headline excluded; quote as a plain paragraph; Arabic link in the English nav; newsletter box and editor's picks with a teaser sentence")
