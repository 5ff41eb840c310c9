from common import *
PAGES = []

# ---------------- en01: Guardian-like (dcr), in-body "Related:" aside, standfirst excluded
def en01():
    url = 'https://www.theguardian.com/politics/article/2024/jul/05/keir-starmer-prime-minister-labour-landslide-general-election'
    title = 'Keir Starmer becomes prime minister as Labour wins landslide'
    p = [
     'Keir Starmer has become prime minister after Labour won a landslide victory in the general election, ending 14 years of Conservative government and handing Rishi Sunak’s party the worst result in its history.',
     'With almost all results declared on Friday, Labour had won 412 seats, giving it a Commons majority of about 174. The Conservatives were reduced to 121 MPs, while the Liberal Democrats surged to 72 seats, their best result in a century.',
     'Speaking outside Downing Street after meeting the King at Buckingham Palace, Starmer promised a “government of service” and said the work of change would “begin immediately”.',
     '“You have given us a clear mandate, and we will use it to deliver change,” he said. “Whether you voted Labour or not – in fact, especially if you did not – I say to you directly: my government will serve you.”',
     'Reform and the Greens make gains',
     'Nigel Farage’s Reform UK won five seats, including Clacton, where Farage was elected an MP at the eighth attempt, and took more than 4m votes nationally. The Greens won four seats, their highest ever total.',
     'Labour’s vote share, at about 34%, was only slightly higher than in 2019, and turnout fell to roughly 60%, the lowest since 2001, prompting warnings that the party’s majority was broad but shallow.',
     'Sunak apologised to defeated Conservative candidates and said he would resign as party leader once arrangements for choosing his successor were in place.',
    ]
    pc = 'dcr-16w5gq9'
    body = (f'<p class="{pc}">{esc(p[0])}</p><p class="{pc}">{esc(p[1])}</p>'
            '<aside data-gu-name="rich-link" class="dcr-11ra563"><div class="dcr-1yjxdmj"><a data-link-name="rich-link-1 | 1" href="https://www.theguardian.com/politics/2024/jul/05/general-election-results-2024-in-full"><div class="dcr-sj6v1k">Related: </div><div class="dcr-1b5hb6y">UK general election results 2024 in full</div></a></div></aside>'
            f'<p class="{pc}">{esc(p[2])}</p>'
            '<figure id="f1" data-spacefinder-role="inline" class="dcr-1ys8ojt"><div class="dcr-1p7y5lt"><picture><img alt="Keir Starmer and Victoria Starmer outside No 10" src="https://i.guim.co.uk/img/media/abc/master/5000.jpg?width=445&amp;dpr=1&amp;s=none" width="445" height="267" loading="lazy"></picture></div><figcaption class="dcr-1xjndtj"><span class="dcr-1inf02i"><svg width="18" height="13" viewBox="0 0 18 13"><path d="M18 3.5v8l-1.5 1.5h-15l-1.5-1.5v-8l1.5-1.5h3.5l2-2h4l2 2h3.5l1.5 1.5zm-9 7.225c2.575 0 4.725-2.125 4.725-4.725 0-2.575-2.15-4.7-4.725-4.7-2.6 0-4.7 2.125-4.7 4.7 0 2.6 2.1 4.725 4.7 4.725z"></path></svg></span>Keir Starmer and his wife, Victoria, arrive in Downing Street on Friday. Photograph: Leon Neal/Getty Images</figcaption></figure>'
            f'<p class="{pc}">{esc(p[3])}</p><h2 id="reform" class="dcr-1tgyzqv">{esc(p[4])}</h2><p class="{pc}">{esc(p[5])}</p><p class="{pc}">{esc(p[6])}</p><p class="{pc}">{esc(p[7])}</p>')
    h = f'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | General election 2024 | The Guardian</title>
<meta name="description" content="Labour wins 412 seats as Conservatives suffer worst defeat in their history">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="the Guardian">
<meta property="og:description" content="Labour wins 412 seats as Conservatives suffer worst defeat in their history">
<meta property="article:author" content="https://www.theguardian.com/profile/peterwalker">
{jsonld([{"@type":"NewsArticle","@context":"https://schema.org","@id":url,"publisher":{"@type":"Organization","name":"The Guardian"},"isAccessibleForFree":True,"headline":title,"datePublished":"2024-07-05T13:21:08.000Z","author":[{"@type":"Person","name":"Peter Walker"},{"@type":"Person","name":"Jessica Elgot"}]},{"@type":"WebPage","@context":"https://schema.org","@id":url,"potentialAction":{"@type":"ViewAction","target":"android-app://com.guardian/"}}])}
<style>.dcr-16w5gq9{{font-family:GuardianTextEgyptian,Guardian Text Egyptian Web,Georgia,serif;font-size:1.0625rem;line-height:1.5;padding-top:0;margin-bottom:0.75rem}}.dcr-11ra563{{float:left;width:8.75rem}}</style>
<script>window.guardian={{"config":{{"page":{{"contentType":"Article","section":"politics","keywords":"General election 2024,Labour,Keir Starmer","isPaidContent":false}},"switches":{{"commercial":true}}}}}};</script>
</head>
<body>
<div data-gu-name="top-bar"><a href="https://support.theguardian.com/contribute">Support the Guardian</a><span>Fund independent journalism with £4 per month</span><a href="/signin">Sign in</a></div>
<header data-gu-name="header"><a href="/" data-link-name="header logo"><span class="dcr-1p0hins">The Guardian - Back to home</span></a>
<nav data-component="nav2"><ul><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li></ul><ul class="pillar-sub"><li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/politics/general-election-2024">General election 2024</a></li></ul></nav></header>
<main data-layout="StandardLayout"><article class="dcr-1l6j4nf">
<div data-gu-name="title"><a href="/politics/general-election-2024" class="dcr-1fetcd8"><span>General election 2024</span></a></div>
<div data-gu-name="headline"><h1 class="dcr-1adimxx">{esc(title)}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-1yh9ak1"><p>Labour wins 412 seats as Conservatives suffer worst defeat in their history, with Lib Dems and Reform also making big gains</p><ul><li><a href="/politics/live/2024/jul/05/general-election-results-live">Election results live – latest updates</a></li></ul></div></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/peterwalker">Peter Walker</a> and <a rel="author" href="/profile/jessicaelgot">Jessica Elgot</a></address><details><summary>Fri 5 Jul 2024 14.21 BST</summary>First published on Fri 5 Jul 2024 06.02 BST</details>
<div class="dcr-share"><a data-ignore="global-link-styling" href="https://www.facebook.com/dialog/share?app_id=180444840287">Share on Facebook</a><a href="mailto:?subject=Keir">Share via Email</a><span>Share</span></div><span class="dcr-comment-count">2,341 comments</span></div>
<div data-gu-name="body" class="dcr-ch7w1w"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
{body}
</div>
<div class="dcr-epic" data-gu-name="epic"><h2>You’ve read 3 articles in the last year</h2><p>… we have a small favour to ask. Millions are turning to the Guardian for open, independent, quality news every day, and readers in 180 countries around the world now support us financially.</p><p>We believe everyone deserves access to information that’s grounded in science and truth.</p><a href="https://support.theguardian.com/contribute">Support us</a></div>
<div data-gu-name="submeta"><span>Explore more on these topics</span><ul><li><a href="/politics/general-election-2024">General election 2024</a></li><li><a href="/politics/labour">Labour</a></li><li><a href="/politics/keir-starmer">Keir Starmer</a></li><li><a href="/politics/conservatives">Conservatives</a></li></ul><a href="/help/report-an-error">Reuse this content</a></div></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul>''' + ''.join(f'<li><a href="/politics/2024/jul/05/m{i}"><span class="dcr-kicker">{k}</span><span>{esc(t)}</span></a><time>5 Jul 2024</time></li>' for i, (k, t) in enumerate([
        ('Analysis', 'Labour’s landslide built on a smaller share of the vote than any winning party before'),
        ('Conservatives', 'Tories face soul-searching after historic defeat as leadership contest looms'),
        ('Reform UK', 'Farage wins Clacton as Reform takes more than 4m votes'),
        ('Scotland', 'SNP reduced to nine seats as Labour sweeps central belt')])) + f'''</ul></section>
<section data-component="most-popular"><h2>Most viewed</h2><ol><li><a href="#">Live: Starmer names his cabinet as Rayner becomes deputy PM</a></li><li><a href="#">The Guardian view on Labour’s victory</a></li><li><a href="#">Who are the big-name Tories who lost their seats?</a></li></ol></section>
<section data-component="comments"><h2>Comments (2,341)</h2><p>This discussion is closed for comments.</p></section>
</main>
<footer data-component="footer"><ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/privacy">Privacy policy</a></li><li><a href="/info/cookies">Cookie policy</a></li></ul><p>© 2024 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer>
<script>window.__GU_STATE__={{"article":{{"headline":"{title}","standfirst":"Labour wins 412 seats","webPublicationDate":1720185668000}}}};</script>
</body></html>'''
    return dict(id='en01', url=url, lang='en', html=h, truth=p, model='The Guardian (DCR)',
                hard='in-body "Related:" rich-link aside (excluded); standfirst with bullet link excluded; figure with SVG icon and caption; support epic after body; more-on-this-story; most viewed; comments count')
PAGES.append(en01)

# ---------------- en02: US local TV (Nexstar-style WordPress), STALE og:title, list in body, short paragraphs
def en02():
    url = 'https://www.khon2.com/maui-wildfires/maui-wildfire-death-toll-rises-to-93-deadliest-in-modern-us-history/'
    title = 'Maui wildfire death toll rises to 93, deadliest in modern US history'
    stale = 'Maui fires: Death toll climbs as search continues in Lahaina'
    items = ['American Red Cross shelter: War Memorial Gym, 700 Halia Nakoa St., Wailuku',
             'Maui County missing persons line: 808-270-7771',
             'FEMA disaster assistance: DisasterAssistance.gov or 1-800-621-3362']
    p = [
     'LAHAINA, Hawaii (KHON) — The death toll from the wildfire that destroyed much of Lahaina rose to 93 on Saturday, making it the deadliest U.S. wildfire in more than a century, Maui County officials said.',
     'Gov. Josh Green said about 2,200 structures were damaged or destroyed in West Maui, the vast majority of them homes, and estimated the cost of rebuilding at nearly $6 billion.',
     'Search crews with cadaver dogs have covered only about 3% of the burn area, officials said, and the number of dead is expected to rise.',
     '“It will be a staggering number,” Green said at a news conference. “We are going to see losses of life that are unprecedented.”',
     'Residents who need help can contact the following:',
     *items,
     'Hawaiian Electric is facing questions over whether its power lines sparked the blaze after strong winds from Hurricane Dora, passing far to the south, downed poles across the island.',
    ]
    body = (''.join(f'<p>{esc(x)}</p>' for x in p[:2]) + ad_en('mid-1')
            + '<div class="article-list"><h3 class="article-list__heading">Latest Maui Wildfires Stories:</h3><ul><li><a href="/maui-wildfires/l1">Where to donate to help Maui fire victims</a></li><li><a href="/maui-wildfires/l2">Lahaina residents return to see what’s left</a></li><li><a href="/maui-wildfires/l3">Timeline: How the Maui fires unfolded</a></li></ul></div>'
            + ''.join(f'<p>{esc(x)}</p>' for x in p[2:5]) + '<ul>' + ''.join(f'<li>{esc(x)}</li>' for x in items) + '</ul>'
            + f'<p>{esc(p[8])}</p>'
            + '<p><em>Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p>'
            + '<p>For the latest news, weather, sports, and streaming video, head to KHON2.</p>')
    h = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(stale)} | KHON2</title>
<meta property="og:title" content="{attr(stale)}" />
<meta property="og:description" content="The number of confirmed deaths from the Maui wildfires has risen, officials said." />
<meta property="og:type" content="article" /><meta property="og:site_name" content="KHON2" />
<meta name="twitter:title" content="{attr(stale)}" />
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{stale}","datePublished":"2023-08-12T19:05:11-10:00","dateModified":"2023-08-13T08:41:02-10:00","author":[{{"@type":"Person","name":"Web Staff"}}]}}</script>
<script>window.nxsAnalytics = {{"pageType":"article","category":"maui-wildfires","postId":1451234,"author":"Web Staff","wordCount":287}};</script>
{ADS}
<link rel='stylesheet' href='https://www.khon2.com/wp-content/themes/nexstar-wv/client/build/css/main.min.css?ver=1.0.0' />
</head>
<body class="post-template-default single single-post nxs-theme">
<div class="site-alert site-alert--weather"><a href="/weather/">Flash Flood Watch in effect for Kauai until 6 PM</a></div>
<header class="site-header"><a class="site-header__logo" href="/">KHON2</a>
<nav class="site-header__nav"><ul><li><a href="/news/">News</a></li><li><a href="/weather/">Weather</a></li><li><a href="/sports/">Sports</a></li><li><a href="/maui-wildfires/">Maui Wildfires</a></li><li><a href="/watch-live/">Watch Live</a></li><li><a href="/contests/">Contests</a></li></ul></nav>
<div class="weather-widget"><span class="temp">84°</span><span class="loc">Honolulu</span></div></header>
<main id="main"><article class="article">
<header class="article-header"><a class="article-eyebrow" href="/maui-wildfires/">Maui Wildfires</a>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-byline"><span class="article-author">by: <a href="/author/web-staff/">Web Staff</a></span><time class="article-date" datetime="2023-08-12T19:05">Posted: Aug 12, 2023 / 07:05 PM HST</time><time datetime="2023-08-13T08:41">Updated: Aug 13, 2023 / 08:41 AM HST</time></div>
<div class="share-tools"><a href="#">Share</a><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></header>
<div class="article-featured-media"><div class="video-player" data-video-id="8875543"><script>nxsVideo.init({{"id":"8875543","autoplay":false,"title":"Death toll rises in Maui"}});</script><noscript>Video: Death toll rises in Maui</noscript></div></div>
<div class="article-content rich-text">
{body}
</div>
<section class="article-trending"><h2>Trending Stories</h2><ul><li><a href="#">Lahaina fire: What we know about the missing</a></li><li><a href="#">Honolulu rail: Skyline ridership numbers released</a></li><li><a href="#">Trade winds return this week</a></li></ul></section>
</article>
<section class="article-list-related"><h2>More Maui Wildfires</h2>''' + ''.join(f'<article class="article-list__article"><h3 class="article-list__article-title"><a href="/maui-wildfires/r{i}">{esc(t)}</a></h3><time>{d}</time></article>' for i, (t, d) in enumerate([
        ('Biden approves major disaster declaration for Maui', '4 days ago'), ('Lahaina’s historic banyan tree still standing', '4 days ago'), ('How to find out if your family member is safe', '5 days ago')])) + f'''</section>
<div class="newsletter-signup"><h3>Get the latest news delivered to your inbox</h3><p>Sign up for the KHON2 Daily Digest.</p><input type="email"><button>Sign Up</button></div>
</main>
<footer class="site-footer"><ul><li><a href="/about-us/">About Us</a></li><li><a href="/fcc-public-file/">FCC Public File</a></li><li><a href="/eeo-report/">EEO Report</a></li><li><a href="https://www.nexstar.tv/privacy-policy/">Privacy Policy</a></li><li><a href="#">Do Not Sell or Share My Personal Information</a></li></ul><p>© 1998 - 2023 Nexstar Media Inc. | All Rights Reserved.</p></footer>
</body></html>'''
    return dict(id='en02', url=url, lang='en', html=h, truth=p, model='US local TV station (Nexstar WordPress theme)',
                hard='stale og:title, <title> and JSON-LD headline (the page was retitled; h1 is current); list inside the body; in-body "Latest ... Stories" link list and ad (excluded); copyright and "For the latest news" boilerplate paragraphs inside the body container (excluded); video player script; weather widget and alert')
PAGES.append(en02)

# ---------------- en03: Arc XP / Fusion (Next.js-like), body paragraphs split by ad containers, Fusion.globalContent blob
def en03():
    url = 'https://www.washingtonpost.com/transportation/2024/03/26/baltimore-key-bridge-collapse-ship/'
    title = 'Ship crashes into Baltimore’s Key Bridge, collapsing span into river'
    p = [
     'BALTIMORE — A container ship lost power and crashed into a support column of the Francis Scott Key Bridge early Tuesday, collapsing the 1.6-mile span into the Patapsco River and sending vehicles and a road crew plunging into the frigid water.',
     'Two people were pulled from the river, one of whom was treated at a hospital, officials said. Six members of a construction crew that had been filling potholes on the bridge were missing and presumed dead by Tuesday evening, when the Coast Guard suspended its search.',
     'The ship, the Dali, a 984-foot vessel flying the flag of Singapore, had issued a mayday call moments before the impact, allowing police to stop traffic onto the bridge. “These people are heroes. They saved lives last night,” Maryland Gov. Wes Moore (D) said.',
     'A vital shipping route closed',
     'The collapse closed the Port of Baltimore to vessel traffic indefinitely. The port is the busiest in the nation for car imports and handled more than 52 million tons of foreign cargo last year.',
     'President Biden said the federal government would pay to rebuild the bridge. “It’s my intention that the federal government will pay for the entire cost of reconstructing that bridge,” he said at the White House.',
     'The National Transportation Safety Board said investigators had boarded the ship and recovered its voyage data recorder.',
    ]
    gc = {"_id": "XK4J2LQ", "type": "story", "headlines": {"basic": title}, "subheadlines": {"basic": "Six construction workers missing and presumed dead"},
          "content_elements": [{"type": "text", "content": p[0]}, {"type": "text", "content": p[1]}, {"type": "text", "content": p[2]}],
          "taxonomy": {"sections": [{"name": "Transportation"}]}, "credits": {"by": [{"name": "Katie Shepherd"}, {"name": "Ian Duncan"}]}}
    def para(x, i): return f'<div class="wpds-c-PJLV article-body" data-qa="article-body"><p data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles" data-testid="drop-cap-letter-{i}">{esc(x)}</p></div>'
    parts = [para(p[0], 0), para(p[1], 1),
             '<div class="hide-for-print" data-qa="article-body-ad"><div class="dib w-100 ad-slot" id="slug_inline_1"><span class="ad-label">Story continues below advertisement</span></div></div>',
             '<div class="wpds-c-PJLV article-body" data-qa="article-body"><figure class="mb-md"><img src="https://www.washingtonpost.com/wp-apps/imrs.php?src=bridge.jpg&amp;w=916" alt=""><figcaption data-qa="caption">The wreckage of the Francis Scott Key Bridge on Tuesday. (Jonathan Newton/The Washington Post)</figcaption></figure></div>',
             para(p[2], 2), f'<div class="wpds-c-PJLV article-body" data-qa="article-body"><h3 class="wpds-c-iibaGH font-md">{esc(p[3])}</h3></div>',
             '<div class="interstitial-link" data-qa="interstitial-link"><a href="/transportation/2024/03/26/key-bridge-history/"><b>Read more:</b> The Key Bridge, a 47-year-old landmark, explained</a></div>',
             para(p[4], 4), '<div class="hide-for-print" data-qa="article-body-ad"><div class="dib w-100 ad-slot" id="slug_inline_2"><span class="ad-label">Advertisement</span></div></div>',
             para(p[5], 5), para(p[6], 6)]
    h = f'''<!DOCTYPE html><html lang="en"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(title)} - The Washington Post</title>
<meta property="og:title" content="Baltimore’s Key Bridge collapses after ship strike"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Washington Post"/>
<meta name="description" content="Six construction workers were missing and presumed dead after the Dali struck the bridge."/>
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2024-03-26T10:02:11.000Z","author":[{"@type":"Person","name":"Katie Shepherd"},{"@type":"Person","name":"Ian Duncan"}],"isAccessibleForFree":False,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":False,"cssSelector":".meteredContent"}})}
<style id="stitches">--sxs{{--sxs:0 t-dTSMFs}}@media{{:root,.t-dTSMFs{{--wpds-colors-gray0:#000;--wpds-space-100:1rem}}}}--sxs{{--sxs:2 c-cYdRxM}}@media{{.c-cYdRxM{{font-family:var(--wpds-fonts-body);font-size:1.25rem;line-height:1.6}}}}</style>
</head><body>
<div id="fusion-app"><div class="wrapper">
<header id="wp-header" class="wpds-c-header"><a href="/" aria-label="The Washington Post homepage">The Washington Post</a><div class="tagline">Democracy Dies in Darkness</div><nav aria-label="Sections"><a href="/politics/">Politics</a><a href="/opinions/">Opinions</a><a href="/style/">Style</a><a href="/technology/">Tech</a><a href="/world/">World</a><a href="/business/">Business</a></nav><a href="/subscribe/">Subscribe</a><a href="/sign-in/">Sign in</a></header>
<main><article class="grid-body">
<div class="headline-kicker"><a href="/transportation/">Transportation</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">{esc(title)}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-fmxpHg">Six construction workers missing and presumed dead after the cargo ship Dali struck the bridge</h2>
<div data-qa="author-byline"><span>By <a href="/people/katie-shepherd/">Katie Shepherd</a> and <a href="/people/ian-duncan/">Ian Duncan</a></span></div>
<div data-qa="timestamp"><span>March 26, 2024 at 6:02 a.m. EDT</span><span>Updated March 26, 2024 at 9:58 p.m. EDT</span></div>
<div data-qa="share-bar"><button aria-label="Share">Share</button><button aria-label="Comment">1,204</button><button aria-label="Save">Save</button><button aria-label="Gift">Gift Article</button></div>
<div class="meteredContent grid-center">
{''.join(parts)}
</div>
<div data-qa="comments-btn"><button>View 1,204 comments</button></div>
</article>
<aside data-qa="right-rail"><div class="most-read"><h2>Most Read Transportation</h2><ol><li><a href="#">Divers recover bodies of two workers from Patapsco River</a></li><li><a href="#">What the Dali’s black box could reveal</a></li><li><a href="#">Port closure threatens thousands of jobs</a></li></ol></div></aside>
<section data-qa="newsletter-signup"><h2>Sign up for The Morning newsletter</h2><p>The most important news stories of the day, curated by Post editors.</p><button>Sign up</button></section>
</main>
<footer><nav><a href="/about-the-post/">About The Post</a><a href="/newsroom-policies/">Newsroom Policies &amp; Standards</a><a href="/privacy-policy/">Privacy Policy</a></nav><p>© 1996-2024 The Washington Post</p></footer>
</div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="washpost";Fusion.contextPath="/pb";Fusion.deployment="4821";Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{url}"}}}};</script>
<script src="/pb/dist/engine/react.js?d=4821" defer></script>
</body></html>'''
    return dict(id='en03', url=url, lang='en', html=h, truth=p, model='Arc XP / Fusion site (Washington Post template)',
                hard='each paragraph in its own sibling div.article-body with ad containers, a figure and an interstitial "Read more:" link between them (excluded); subheadline excluded; og:title differs from h1; Fusion.globalContent JSON with part of the text; stitches CSS')
PAGES.append(en03)
