import html, json, datetime
E = html.escape
AR_DAYS = ["الإثنين","الثلاثاء","الأربعاء","الخميس","الجمعة","السبت","الأحد"]
AR_MONTHS = ["يناير","فبراير","مارس","أبريل","مايو","يونيو","يوليو","أغسطس","سبتمبر","أكتوبر","نوفمبر","ديسمبر"]
LEV_MONTHS = ["كانون الثاني","شباط","آذار","نيسان","أيار","حزيران","تموز","آب","أيلول","تشرين الأول","تشرين الثاني","كانون الأول"]
FR_MONTHS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
EN_MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def dt(s): return datetime.datetime.fromisoformat(s)
def indic(s): return s.translate(str.maketrans("0123456789","٠١٢٣٤٥٦٧٨٩"))
def hijri(d):
    # Umm al-Qura: 1 Jumada al-Akhirah 1448 = 11 Nov 2026 (checked with java.time.chrono.HijrahDate)
    assert d.month == 11 and d.year == 2026 and d.day >= 11
    return d.day - 10, "جمادى الآخرة", 1448
def rfc822(s):
    d = dt(s).astimezone(datetime.timezone.utc)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")
def words(a): return sum(len(p.split()) for p in a["paras"])
def jsonld(a, url, site_name, lang, author_type="Person", image=None):
    authors = [{"@type": author_type, "name": a["author"]}] if a.get("author") else [{"@type": "Organization", "name": site_name}]
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "description": a["lead"], "datePublished": a["published"], "dateModified": a.get("_modified", a["modified"]),
         "author": authors, "inLanguage": lang, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
         "publisher": {"@type": "NewsMediaOrganization", "name": site_name,
                       "logo": {"@type": "ImageObject", "url": "{{BASE}}/static/logo.png"}}}
    if image: d["image"] = [image]
    if a.get("tags"): d["keywords"] = ", ".join(a["tags"])
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False, indent=1) + '</script>'
