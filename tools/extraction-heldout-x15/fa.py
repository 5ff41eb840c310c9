from common import *
PAGES = []
Z = '\u200c'

# ---------------- fa01: ISNA-like
def fa01():
    url = 'https://www.isna.ir/news/1403041612345/%D9%86%D8%AA%D8%A7%DB%8C%D8%AC-%D9%86%D9%87%D8%A7%DB%8C%DB%8C-%D8%AF%D9%88%D8%B1-%D8%AF%D9%88%D9%85'
    title = f'پزشکیان رئیس{Z}جمهور منتخب شد'
    p = [
     f'به گزارش ایسنا، محسن اسلامی، سخنگوی ستاد انتخابات کشور، صبح شنبه نتایج نهایی دور دوم چهاردهمین دوره انتخابات ریاست{Z}جمهوری را اعلام کرد و گفت مسعود پزشکیان با کسب ۱۶ میلیون و ۳۸۴ هزار و ۴۰۳ رأی به عنوان رئیس{Z}جمهور منتخب برگزیده شد.',
     f'بر اساس این گزارش، سعید جلیلی نیز ۱۳ میلیون و ۵۳۸ هزار و ۱۷۹ رأی به دست آورد. سخنگوی ستاد انتخابات کشور میزان مشارکت در این دور را ۴۹.۸ درصد اعلام کرد که نسبت به دور نخست افزایش قابل توجهی داشته است.',
     f'واکنش{Z}ها به نتیجه انتخابات',
     f'پزشکیان پس از اعلام نتایج در پیامی از مردم برای مشارکت در انتخابات قدردانی کرد و نوشت: «راه دشوار پیش رو جز با همراهی، همدلی و اعتماد شما هموار نخواهد شد. دست دوستی به سوی همه دراز می{Z}کنیم.»',
     f'جلیلی نیز با انتشار پیامی ضمن تبریک به رئیس{Z}جمهور منتخب از هواداران خود خواست به نتیجه انتخابات احترام بگذارند و برای پیشرفت کشور با دولت آینده همکاری کنند.',
     f'دور دوم انتخابات پس از آن برگزار شد که هیچ{Z}یک از نامزدها در دور نخست موفق به کسب اکثریت مطلق آرا نشدند. انتخابات زودهنگام ریاست{Z}جمهوری در پی درگذشت سید ابراهیم رئیسی در سانحه سقوط بالگرد برگزار شد.',
    ]
    more = ['مشارکت در دور دوم انتخابات از ۴۹ درصد گذشت', f'پیام تبریک رهبر انقلاب به رئیس{Z}جمهور منتخب']
    body = (f'<p style="text-align:justify">{esc(p[0])}</p>\n<p style="text-align:justify">{esc(p[1])}</p>\n'
            '<div class="more-news-box"><span class="title">بیشتر بخوانید:</span><ul>' + ''.join(f'<li><a href="/news/14030416{i}">{esc(t)}</a></li>' for i, t in enumerate(more)) + '</ul></div>\n'
            f'<h3>{esc(p[2])}</h3>\n<p style="text-align:justify">{esc(p[3])}</p>\n'
            '<figure class="item-img"><img src="/d/2024/07/06/3/62931.jpg" alt=""><figcaption>مسعود پزشکیان پس از اعلام نتایج</figcaption></figure>\n'
            f'<p style="text-align:justify">{esc(p[4])}</p>\n<p style="text-align:justify">{esc(p[5])}</p>\n<p style="text-align:justify">انتهای پیام</p>')
    h = f'''<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - ایسنا</title>
<meta name="description" content="سخنگوی ستاد انتخابات کشور نتایج نهایی دور دوم انتخابات را اعلام کرد.">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="ایسنا">
<meta property="article:published_time" content="2024-07-06T06:24:00+03:30">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2024-07-06T06:24:00+03:30","publisher":{"@type":"Organization","name":"ایسنا"},"inLanguage":"fa"})}
<link rel="stylesheet" href="/resources/theme/isna/css/main.css?v=2024">
{style('.item-text p{font-size:16px;line-height:2.1}.more-news-box{background:#f3f3f3;padding:10px;border-right:3px solid #b71c1c}')}
</head>
<body class="news-page">
<header id="header"><div class="top-header"><span class="date">شنبه / ۱۶ تیر ۱۴۰۳ / ۰۶:۲۴</span><a href="/login">ورود</a></div>
<a class="logo" href="/">ایسنا - خبرگزاری دانشجویان ایران</a>
<nav class="menu"><ul><li><a href="/service/Iran">ایران</a></li><li><a href="/service/Politics">سیاسی</a></li><li><a href="/service/Economy">اقتصادی</a></li><li><a href="/service/Social">اجتماعی</a></li><li><a href="/service/World">بین{Z}الملل</a></li><li><a href="/service/Sport">ورزش</a></li><li><a href="/service/Science">علمی</a></li><li><a href="/service/Culture">فرهنگی</a></li></ul></nav></header>
<main class="container"><div class="row">
<div class="col-md-8"><article id="item" class="item">
<div class="item-header"><ol class="breadcrumb"><li><a href="/service/Politics">سیاسی</a></li><li><a href="/service/Politics/elections">انتخابات</a></li></ol>
<div class="meta-news"><ul><li><span class="title-meta">کد خبر:</span> <span class="text-meta">1403041612345</span></li><li><span class="title-meta">تاریخ انتشار:</span> <span class="text-meta">شنبه / ۱۶ تیر ۱۴۰۳ / ۰۶:۲۴</span></li><li><span class="title-meta">دسته{Z}بندی:</span> <span class="text-meta">سیاسی</span></li></ul></div>
<span class="uptitle">اعلام نتایج نهایی دور دوم انتخابات</span>
<h1 class="first-title" itemprop="headline">{esc(title)}</h1>
<p class="summary" itemprop="description">سخنگوی ستاد انتخابات کشور نتایج نهایی دور دوم چهاردهمین دوره انتخابات ریاست{Z}جمهوری را اعلام کرد.</p></div>
<div class="item-body"><div class="item-text" itemprop="articleBody">
{body}
</div></div>
<div class="item-footer"><div class="share-box"><span>اشتراک{Z}گذاری</span><a href="#">تلگرام</a><a href="#">واتساپ</a><a href="#">ایکس</a><a class="short-link" href="https://isna.ir/xdQ7bK">isna.ir/xdQ7bK</a></div>
<section class="tags"><h3 class="title">برچسب{Z}ها</h3><ul><li><a href="/tag/1">انتخابات ریاست{Z}جمهوری</a></li><li><a href="/tag/2">مسعود پزشکیان</a></li><li><a href="/tag/3">سعید جلیلی</a></li></ul></section></div>
</article>
<section class="box related"><h3 class="box-title">اخبار مرتبط</h3><ul>''' + ''.join(f'<li><figure><img src="/r{i}.jpg" alt=""></figure><h3><a href="/news/r{i}">{esc(t)}</a></h3><p class="lead">{esc(d)}</p></li>' for i, (t, d) in enumerate([
        ('جزئیات آرای نامزدها به تفکیک استان{Z}ها'.replace('{Z}', Z), f'ستاد انتخابات کشور جزئیات آرای مسعود پزشکیان و سعید جلیلی را به تفکیک استان{Z}ها منتشر کرد؛ بیشترین مشارکت در استان{Z}های شمالی ثبت شد.'),
        (f'تحلیل{Z}گران: پیام انتخابات، مطالبه تغییر بود', f'کارشناسان سیاسی معتقدند افزایش مشارکت در دور دوم نشان{Z}دهنده تمایل بخشی از رأی{Z}دهندگان به تغییر در سیاست{Z}های اجرایی است.')])) + f'''</ul></section>
<section id="comments" class="box comments"><h3 class="box-title">نظرات</h3><form class="comment-form"><textarea placeholder="نظر شما"></textarea><button>ارسال نظر</button></form><p class="comment-rules">نظرات حاوی توهین منتشر نمی{Z}شود.</p></section>
</div>
<aside class="col-md-4"><section class="box most-visited"><h3 class="box-title">پربازدیدترین{Z}ها</h3><ol><li><a href="#">قیمت دلار امروز ۱۶ تیر ۱۴۰۳</a></li><li><a href="#">زمان تحلیف رئیس{Z}جمهور منتخب مشخص شد</a></li><li><a href="#">پیش{Z}بینی هوای تهران برای آخر هفته</a></li></ol></section></aside>
</div></main>
<footer id="footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) می{Z}باشد.</p><ul><li><a href="/about">درباره ما</a></li><li><a href="/contact">تماس با ما</a></li></ul></footer>
<script src="/resources/theme/isna/js/main.js?v=2024"></script>
</body></html>'''
    return dict(id='fa01', url=url, lang='fa', html=h, truth=p, model='ISNA (Iranian news agency CMS)',
                hard='ZWNJ and Persian ی/ک, Persian digits; in-body "بیشتر بخوانید" box; "انتهای پیام" end marker inside the body (excluded); uptitle and summary (lead) excluded; meta line with news code; related with leads; h3 subheading; guillemet quote')
PAGES.append(fa01)

# ---------------- fa02: Tasnim-like, list inside the body
def fa02():
    url = 'https://www.tasnimnews.com/fa/news/1403/02/24/3084512/%D9%82%D8%B1%D8%A7%D8%B1%D8%AF%D8%A7%D8%AF-%DA%86%D8%A7%D8%A8%D9%87%D8%A7%D8%B1'
    title = f'قرارداد ۱۰ ساله بندر چابهار با هند امضا شد'
    items = [f'۱۲۰ میلیون دلار برای تجهیز و توسعه بندر سرمایه{Z}گذاری کند؛',
             f'خط اعتباری ۲۵۰ میلیون دلاری برای پروژه{Z}های زیرساختی مرتبط با چابهار فراهم کند؛',
             f'ظرفیت تخلیه و بارگیری کانتینر در اسکله{Z}های بندر را افزایش دهد.']
    p = [
     f'به گزارش خبرگزاری تسنیم، قرارداد ۱۰ ساله توسعه و بهره{Z}برداری از بندر شهید بهشتی چابهار روز دوشنبه در تهران میان سازمان بنادر و دریانوردی ایران و شرکت هندی «ایندیا پورتس گلوبال» به امضا رسید.',
     f'این قرارداد در حضور مهرداد بذرپاش، وزیر راه و شهرسازی، و سارباناندا سونووال، وزیر بنادر، کشتیرانی و آبراه{Z}های هند، امضا شد.',
     f'بر اساس این توافق، طرف هندی متعهد شده است:',
     *items,
     f'بذرپاش در مراسم امضای این قرارداد گفت: «چابهار می{Z}تواند به دروازه ورود هند به آسیای مرکزی و افغانستان تبدیل شود و این قرارداد نقطه عطفی در روابط دو کشور است.»',
     f'بندر چابهار تنها بندر اقیانوسی ایران است و نقش مهمی در کریدور بین{Z}المللی حمل{Z}ونقل شمال-جنوب دارد. هند پیش از این نیز بر اساس قراردادهای کوتاه{Z}مدت، بخشی از عملیات این بندر را بر عهده داشت.',
    ]
    body = (f'<p>{esc(p[0])}</p><p>{esc(p[1])}</p><p>{esc(p[2])}</p><ul>' + ''.join(f'<li>{esc(x)}</li>' for x in items) + '</ul>'
            f'<p><strong>{esc(p[6])}</strong></p><p>{esc(p[7])}</p><p style="text-align:left">انتهای پیام/</p>')
    h = f'''<!DOCTYPE html>
<html lang="fa-IR" dir="rtl">
<head>
<meta charset="utf-8" />
<title>{esc(title)} - تسنیم</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{attr(title)}" /><meta property="og:site_name" content="خبرگزاری تسنیم | Tasnim" />
<meta property="og:description" content="قرارداد ۱۰ ساله توسعه بندر شهید بهشتی چابهار میان ایران و هند امضا شد." />
<meta name="twitter:title" content="{attr(title)}" />
<link href="/Content/css/site.min.css?v=7" rel="stylesheet" />
</head>
<body>
<div class="top-bar"><a href="/fa">فارسی</a> <a href="/en">English</a> <a href="/ar">العربية</a> <a href="/tr">Türkçe</a></div>
<header class="header"><a class="logo" href="/fa"><img src="/images/logo.png" alt="خبرگزاری تسنیم" /></a>
<nav><ul class="nav"><li><a href="/fa/service/1">سیاسی</a></li><li><a href="/fa/service/7">اقتصادی</a></li><li><a href="/fa/service/2">اجتماعی</a></li><li><a href="/fa/service/8">بین{Z}الملل</a></li><li><a href="/fa/service/3">ورزشی</a></li><li><a href="/fa/service/4">فرهنگی</a></li><li><a href="/fa/service/5">استان{Z}ها</a></li></ul></nav></header>
<div class="container"><div class="row">
<main class="col-md-9"><article class="single-news">
<div class="breadcrumb"><a href="/fa">تسنیم</a> » <a href="/fa/service/7">اقتصادی</a> » <a href="/fa/service/81">اقتصاد بین{Z}الملل</a></div>
<div class="news-header"><h3 class="title-top">با حضور وزیر راه و شهرسازی</h3><h1 class="title">{esc(title)}</h1>
<h3 class="lead">سند همکاری ۱۰ ساله توسعه بندر شهید بهشتی چابهار میان سازمان بنادر و دریانوردی و یک شرکت هندی به امضا رسید.</h3>
<ul class="details"><li class="time">۲۴ اردیبهشت ۱۴۰۳ - ۱۸:۴۵</li><li class="service">اقتصادی</li><li class="code">کد خبر: ۳۰۸۴۵۱۲</li></ul></div>
<div class="pic-and-share"><img class="pic" src="/Tasnim/Uploaded/Image/1403/02/24/chabahar.jpg" alt="" /><div class="share"><a href="#">تلگرام</a> <a href="#">واتس{Z}اپ</a> <a href="#">ایکس</a> <a href="#">لینک کوتاه</a></div></div>
<div class="story">
{body}
</div>
<div class="tags"><h3>برچسب ها</h3><ul><li><a href="/fa/tag/1">بندر چابهار</a></li><li><a href="/fa/tag/2">هند</a></li><li><a href="/fa/tag/3">مهرداد بذرپاش</a></li></ul></div>
<div class="news-source">منبع: تسنیم</div>
</article>
<section class="related-news"><h2 class="section-title">اخبار مرتبط</h2>''' + ''.join(f'<article class="list-item"><a href="/fa/news/r{i}"><img src="/r{i}.jpg" alt="" /><h2 class="title">{esc(t)}</h2><h4 class="lead">{esc(d)}</h4></a></article>' for i, (t, d) in enumerate([
        (f'واکنش آمریکا به قرارداد چابهار: خطر تحریم وجود دارد', f'سخنگوی وزارت خارجه آمریکا در واکنش به امضای قرارداد چابهار گفت هر شرکتی که با ایران معامله تجاری کند باید از خطر احتمالی تحریم{Z}ها آگاه باشد.'),
        (f'ترانزیت کالا از چابهار ۴۰ درصد افزایش یافت', f'مدیرکل بنادر و دریانوردی سیستان و بلوچستان از رشد ترانزیت کالا از بندر شهید بهشتی در سال گذشته خبر داد.'),
        (f'چابهار؛ حلقه اتصال کریدور شمال-جنوب', f'گزارشی از جایگاه بندر چابهار در مسیر ترانزیتی هند به آسیای مرکزی و روسیه.')])) + f'''</section>
<section class="comments"><h2>ارسال نظر</h2><form><input placeholder="نام" /><textarea></textarea><button>ارسال</button></form></section>
</main>
<aside class="col-md-3"><div class="box"><h2>پربیننده{Z}ترین اخبار اقتصادی</h2><ul><li><a href="#">قیمت طلا و سکه امروز</a></li><li><a href="#">جزئیات افزایش حقوق بازنشستگان</a></li><li><a href="#">نرخ تورم اردیبهشت اعلام شد</a></li></ul></div>{ad('side-1')}</aside>
</div></div>
<footer class="footer"><p>تمامی حقوق این سایت متعلق به خبرگزاری تسنیم است.</p><p>استفاده از مطالب با ذکر منبع آزاد است.</p></footer>
<script src="/Scripts/site.min.js?v=7"></script>
</body></html>'''
    return dict(id='fa02', url=url, lang='fa', html=h, truth=p, model='Tasnim News Agency',
                hard='list inside the body (items are truth lines); uptitle and lead excluded; "انتهای پیام/" end marker and "منبع" line excluded; no JSON-LD; related with leads; most-viewed sidebar')
PAGES.append(fa02)

# ---------------- fa03: BBC Persian-like (Next.js), each paragraph in its own sibling container
def fa03():
    url = 'https://www.bbc.com/persian/articles/c0vvx2pl3d8o'
    title = f'رئیسی و امیرعبداللهیان در سقوط بالگرد کشته شدند'
    p = [
     f'رسانه{Z}های رسمی ایران صبح دوشنبه ۳۱ اردیبهشت خبر دادند که ابراهیم رئیسی، رئیس{Z}جمهور ایران، و حسین امیرعبداللهیان، وزیر امور خارجه، در سانحه سقوط بالگرد در استان آذربایجان شرقی کشته شده{Z}اند.',
     f'بالگرد حامل آنها روز یکشنبه هنگام بازگشت از مراسم افتتاح سدی در مرز ایران و جمهوری آذربایجان، در منطقه{Z}ای کوهستانی و مه{Z}آلود نزدیک ورزقان سقوط کرد. تیم{Z}های امداد پس از ساعت{Z}ها جست{Z}وجو در شرایط جوی نامساعد لاشه بالگرد را پیدا کردند.',
     f'مالک رحمتی، استاندار آذربایجان شرقی، و محمدعلی آل{Z}هاشم، امام جمعه تبریز، نیز از جمله سرنشینان این بالگرد بودند.',
     f'انتقال قدرت',
     f'بر اساس اصل ۱۳۱ قانون اساسی جمهوری اسلامی، محمد مخبر، معاون اول رئیس{Z}جمهور، با تأیید رهبر ایران اداره قوه مجریه را بر عهده گرفت و باید ظرف حداکثر ۵۰ روز انتخابات ریاست{Z}جمهوری برگزار شود.',
     f'آیت{Z}الله علی خامنه{Z}ای در پیامی پنج روز عزای عمومی اعلام کرد. علی باقری کنی، معاون سیاسی وزارت خارجه، نیز به عنوان سرپرست این وزارتخانه منصوب شد.',
    ]
    def tb(x): return f'<div dir="rtl" class="bbc-19j92fr ebmt73l0"><p dir="rtl" class="bbc-hhl7in e17g058b0">{esc(x)}</p></div>'
    parts = [tb(p[0]), tb(p[1]),
             '<figure class="bbc-1qn0xuy"><div class="bbc-189y18v"><img alt="محل سقوط بالگرد" src="https://ichef.bbci.co.uk/ace/ws/640/cpsprodpb/vivo/live/images/2024/5/20/heli.jpg.webp" width="640" height="360"></div><p class="bbc-8qvgun">توضیح تصویر،</p><figcaption class="bbc-1p6r6nf"><span class="bbc-1qdcvv9">تصویری از محل سقوط بالگرد که رسانه{Z}های ایران منتشر کردند</span></figcaption></figure>'.replace('{Z}', Z),
             tb(p[2]),
             f'<div dir="rtl" class="bbc-1151pbn ebmt73l0"><h2 id="انتقال-قدرت" class="bbc-u35wwn e1f5wbog0" tabindex="-1">{esc(p[3])}</h2></div>',
             tb(p[4]),
             '<section class="bbc-13ch1n8" aria-labelledby="related-1"><strong id="related-1" class="bbc-1l3ysfj">بیشتر بخوانید</strong><ul><li><a href="/persian/articles/c1">بالگرد رئیس{Z}جمهور ایران چه مدلی بود؟</a></li></ul><p class="bbc-1ka88fa">پایان </p></section>'.replace('{Z}', Z),
             tb(p[5])]
    nextdata = {"props": {"pageProps": {"pageData": {"metadata": {"language": "fa", "locators": {"canonicalUrl": url}, "analyticsLabels": {"producer": "persian"}},
                 "content": {"model": {"blocks": [{"type": "headline", "model": {"text": title}}, {"type": "text", "model": {"text": p[0][:120]}}]}}}, "pageType": "article", "service": "persian"}}, "page": "/[service]/articles/[id]", "buildId": "3f7a1bc"}
    h = f'''<!DOCTYPE html><html lang="fa" dir="rtl" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} - BBC News فارسی</title>
<meta name="description" content="رسانه{Z}های رسمی ایران تأیید کردند که رئیس{Z}جمهور و وزیر خارجه در سانحه سقوط بالگرد جان باخته{Z}اند."/>
<meta property="og:title" content="{attr(title)}"/><meta property="og:site_name" content="BBC News فارسی"/><meta property="og:type" content="article"/>
<link rel="canonical" href="{url}"/>
{jsonld({"@context":"http://schema.org","@type":"ReportageNewsArticle","url":url,"headline":title,"datePublished":"2024-05-20T05:11:32.000Z","inLanguage":{"@type":"Language","name":"Persian","alternateName":"fa"},"author":{"@type":"NewsMediaOrganization","name":"BBC News فارسی"}})}
<style data-emotion="bbc 19j92fr hhl7in">.bbc-19j92fr{{padding-bottom:1.5rem}}.bbc-hhl7in{{font-family:BBC Nassim Persian,Arial,Verdana,Geneva,Helvetica,sans-serif;font-size:1.125rem;line-height:1.75rem}}@media (min-width: 37.5rem){{.bbc-hhl7in{{font-size:1.25rem}}}}</style>
</head><body>
<div id="__next"><div class="bbc-1w8pgb2"><header role="banner" lang="fa"><a href="#content" class="bbc-1ohz8a0">رفتن به محتوای اصلی</a><div class="bbc-1cmdn3z"><a href="https://www.bbc.com/persian" class="bbc-1xxf7yr"><span class="bbc-1p3uubz">BBC News, فارسی</span></a></div>
<nav role="navigation" class="bbc-1iyyf1o"><ul role="list" class="bbc-1ntusaz"><li><a href="/persian">صفحه اول</a></li><li><a href="/persian/topics/ckdxnwvwwjnt">ایران</a></li><li><a href="/persian/topics/cnq687nr9v1t">جهان</a></li><li><a href="/persian/topics/c9wpm0en9jdt">ورزش</a></li><li><a href="/persian/topics/c1x2">گزارش ویژه</a></li><li><a href="/persian/media-49522521">ویدیو</a></li></ul></nav></header>
<div class="bbc-fa0wmp"><main role="main" class="bbc-1wm2vqr"><div class="bbc-1151pbn ebmt73l0"><h1 id="content" class="bbc-14gqcmb e1p3vdyi0" tabindex="-1">{esc(title)}</h1></div>
<div class="bbc-1151pbn"><ul class="bbc-1a3w4ok"><li class="bbc-v8cf3q"><div class="bbc-1sq0hg8">نویسنده,</div><div>بی{Z}بی{Z}سی فارسی</div></li></ul></div>
<time datetime="2024-05-20" class="bbc-1mnkxja">۲۰ مه ۲۰۲۴</time><span class="bbc-1sfmyj6">به روز شده ۲۰ مه ۲۰۲۴</span>
{''.join(parts)}
<div class="bbc-1151pbn"><section aria-labelledby="related-topics"><h2 id="related-topics">موضوعات مرتبط</h2><ul><li><a href="/persian/topics/1">ابراهیم رئیسی</a></li><li><a href="/persian/topics/2">ایران</a></li></ul></section></div>
<section class="bbc-1ojgpow" aria-labelledby="related-content-heading"><h2 id="related-content-heading">خبرهای مرتبط</h2><ul role="list">''' + ''.join(f'<li><div class="promo"><h3><a href="/persian/articles/r{i}">{esc(t)}</a></h3><p class="promo-summary">{esc(d)}</p><time>۱۹ مه ۲۰۲۴</time></div></li>' for i, (t, d) in enumerate([
        (f'ابراهیم رئیسی؛ از دادستانی تا ریاست{Z}جمهوری', f'نگاهی به زندگی سیاسی ابراهیم رئیسی که در سال ۱۴۰۰ به ریاست{Z}جمهوری رسید و پیش از آن ریاست قوه قضاییه را بر عهده داشت.'),
        (f'جست{Z}وجو برای یافتن بالگرد حامل رئیس{Z}جمهور ایران ادامه دارد', f'تیم{Z}های امداد و نجات در شرایط مه و باران شدید در کوه{Z}های ورزقان به دنبال بالگرد می{Z}گردند.')])) + f'''</ul></section>
</main>
<div class="bbc-1gmb1bn"><section aria-labelledby="Most-Read"><h2 id="Most-Read">پربیننده{Z}ترین</h2><ol><li><a href="#">۱. واکنش{Z}ها به مرگ رئیسی در جهان</a></li><li><a href="#">۲. چه کسی جانشین رئیسی می{Z}شود؟</a></li><li><a href="#">۳. آخرین تصاویر از محل سقوط</a></li></ol></section></div></div>
<footer role="contentinfo" class="bbc-1ltprgv"><p>© ۲۰۲۴ بی بی سی. بی بی سی مسئول محتوای سایت{Z}های دیگر نیست.</p><ul><li><a href="#">چرا می{Z}توانید به بی{Z}بی{Z}سی اعتماد کنید</a></li><li><a href="#">شرایط استفاده</a></li></ul></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nextdata, ensure_ascii=False)}</script>
<script src="/persian/_next/static/chunks/main-a3c5f.js" defer></script>
</body></html>'''
    return dict(id='fa03', url=url, lang='fa', html=h, truth=p, model='BBC News Persian (Next.js, emotion CSS class names)',
                hard='every paragraph in its own sibling div (no common article wrapper but <main>); obfuscated class names; figure with "توضیح تصویر" label; in-body "بیشتر بخوانید" section; __NEXT_DATA__ JSON; most-read list after main')
PAGES.append(fa03)
