"""Persian pages fa01-fa03."""
from common import esc, attr, truth

Z = "\u200c"


def fa01():
    """IRNA-like print version."""
    title = "پزشکیان با ۱۶ میلیون رأی رئیس‌جمهور شد"
    items = [
        ("p", "به گزارش ایرنا، محسن اسلامی سخنگوی ستاد انتخابات کشور صبح شنبه در نشست خبری نتایج نهایی دور دوم چهاردهمین دوره انتخابات ریاست جمهوری را اعلام کرد و گفت مسعود پزشکیان با کسب ۱۶ میلیون و ۳۸۴ هزار و ۴۰۳ رأی به عنوان رئیس‌جمهور منتخب برگزیده شد."),
        ("p", "بر اساس این گزارش، سعید جلیلی دیگر نامزد دور دوم ۱۳ میلیون و ۵۳۸ هزار و ۱۷۹ رأی به دست آورد. در مجموع ۳۰ میلیون و ۵۳۰ هزار و ۱۵۷ نفر در این دوره شرکت کردند که میزان مشارکت را به ۴۹.۸ درصد رساند."),
        ("h", "افزایش مشارکت نسبت به دور نخست"),
        ("p", "میزان مشارکت در دور نخست انتخابات که روز هشتم تیرماه برگزار شد حدود ۴۰ درصد بود که کمترین میزان مشارکت در تاریخ انتخابات ریاست جمهوری پس از انقلاب به شمار می‌رفت. این انتخابات پس از جان باختن سید ابراهیم رئیسی در سانحه سقوط بالگرد برگزار شد."),
        ("p", "پزشکیان نماینده تبریز در مجلس و وزیر بهداشت دولت اصلاحات بود و در دوران تبلیغات بر لزوم تعامل با جهان، رفع فیلترینگ و اجرای برنامه هفتم توسعه تأکید کرده بود."),
        ("quote", "پزشکیان پس از اعلام نتایج در پیامی نوشت: «دست دوستی به سوی همه دراز می‌کنیم؛ همه ما مردم این سرزمین هستیم و باید از همه برای پیشرفت کشور استفاده کنیم.»"),
        ("p", "مراسم تنفیذ حکم رئیس‌جمهور منتخب پس از تأیید صحت انتخابات از سوی شورای نگهبان برگزار خواهد شد و پزشکیان پس از آن در مجلس شورای اسلامی سوگند یاد می‌کند."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p style=\"text-align:justify\">" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h3>" + esc(text) + "</h3>")
        elif kind == "quote":
            parts.append("<blockquote>" + esc(text) + "</blockquote>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>نسخه چاپی: {esc(title)}</title>
<meta name="robots" content="noindex, follow">
<link rel="canonical" href="https://www.irna.ir/news/85530012/">
<style>body{{font-family:Vazirmatn,Tahoma;width:760px;margin:auto}}@media print{{.no-print{{display:none}}}}.lead{{font-weight:bold;color:#444}}.uptitle{{color:#900}}</style>
</head>
<body onload="window.print()">
<div class="print-header"><img src="/resources/theme/irna/img/logo-print.png" alt="خبرگزاری جمهوری اسلامی"><span class="site">خبرگزاری جمهوری اسلامی | IRNA</span>
<div class="no-print"><a href="javascript:window.print()">چاپ</a> | <a href="javascript:window.close()">بستن</a></div></div>
<hr>
<div class="item-print">
<div class="date">۱۶ تیر ۱۴۰۳، ۸:۴۵</div>
<div class="code">کد خبر: 85530012</div>
<div class="uptitle">نتایج نهایی دور دوم انتخابات اعلام شد</div>
<h1 class="title">{esc(title)}</h1>
<p class="lead">تهران- ایرنا- سخنگوی ستاد انتخابات کشور اعلام کرد مسعود پزشکیان با کسب بیش از ۱۶ میلیون رأی در دور دوم چهاردهمین دوره انتخابات ریاست جمهوری به پیروزی رسید.</p>
<div class="body">
{body}
<p>انتهای پیام</p>
</div>
<div class="tags">برچسب‌ها: انتخابات ریاست جمهوری ۱۴۰۳ - مسعود پزشکیان - سعید جلیلی</div>
</div>
<hr>
<div class="print-footer">نشانی خبر: https://www.irna.ir/news/85530012/<br>کلیه حقوق این سایت متعلق به خبرگزاری جمهوری اسلامی است. استفاده از مطالب با ذکر منبع بلامانع است.</div>
</body></html>
"""
    return dict(id="fa01", lang="fa", url="https://www.irna.ir/news/85530012/print",
                fetched="2024-07-06T05:30:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="IRNA (print version of a news item)",
                hard="print-version page: no menus, no og/JSON-LD, logo, print/close tools, date, news code, uptitle and lead (excluded), \"انتهای پیام\" (excluded), tags line, footer with the original URL; Persian digits; ZWNJ; inline style on every paragraph")


def fa02():
    """Radio Farda-like: body made of <div>s, no <p>."""
    title = "رئیسی و امیرعبداللهیان در سانحه سقوط بالگرد کشته شدند"
    items = [
        ("p", "رسانه‌های رسمی جمهوری اسلامی صبح دوشنبه تأیید کردند که ابراهیم رئیسی، رئیس‌جمهور ایران، و حسین امیرعبداللهیان، وزیر امور خارجه، در سقوط بالگردی در منطقه‌ای کوهستانی در استان آذربایجان شرقی کشته شده‌اند."),
        ("p", "بالگرد حامل رئیسی روز یکشنبه هنگام بازگشت از مراسم افتتاح سد قیز قلعه‌سی در مرز جمهوری آذربایجان، در نزدیکی ورزقان در مه غلیظ سقوط کرد. امدادگران پس از ساعت‌ها جست‌وجو در شرایط نامساعد جوی، لاشه بالگرد را صبح دوشنبه پیدا کردند."),
        ("p", "مالک رحمتی، استاندار آذربایجان شرقی، و محمدعلی آل‌هاشم، امام جمعه تبریز، نیز از سرنشینان بالگرد بودند. بالگرد سانحه‌دیده از نوع Bell 212 ساخت آمریکا بود که دهه‌ها در ناوگان ایران به کار گرفته می‌شد."),
        ("h", "محمد مخبر سرپرست دولت شد"),
        ("p", "علی خامنه‌ای، رهبر جمهوری اسلامی، با صدور پیامی پنج روز عزای عمومی اعلام کرد و بر اساس اصل ۱۳۱ قانون اساسی محمد مخبر، معاون اول رئیس‌جمهور، را به سرپرستی قوه مجریه منصوب کرد. به موجب قانون اساسی، انتخابات ریاست جمهوری باید ظرف حداکثر پنجاه روز برگزار شود."),
        ("tweet", "ما مراتب تسلیت خود را به مردم ایران ابراز می‌کنیم و در این لحظه دشوار در کنار آنان هستیم.", "— Charles Michel (@CharlesMichel) May 20, 2024"),
        ("p", "علی باقری کنی، معاون سیاسی وزارت خارجه و مذاکره‌کننده ارشد هسته‌ای ایران، نیز به عنوان سرپرست وزارت امور خارجه تعیین شد."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<div class=\"wsw__p\">" + esc(text) + "</div>")
        elif kind == "h":
            parts.append("<div class=\"wsw__h\"><b>" + esc(text) + "</b></div>")
        elif kind == "tweet":
            parts.append("<div class=\"wsw__embed\"><blockquote class=\"twitter-tweet\" data-lang=\"fa\"><p lang=\"fa\" dir=\"rtl\">" + esc(text) + "</p>"
                         + esc(r[0]) + "</blockquote><script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script></div>")
        if len(parts) == 3:
            parts.append("<div class=\"wsw__embed media-pholder\"><div class=\"img-wrap\"><img src=\"https://gdb.rferl.org/crash_w1023.jpg\" alt=\"\"></div><span class=\"caption\">امدادگران در منطقه سقوط بالگرد در ورزقان، ۳۱ اردیبهشت ۱۴۰۳</span></div>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="fa" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="رسانه‌های رسمی تأیید کردند که ابراهیم رئیسی و حسین امیرعبداللهیان در سقوط بالگرد کشته شدند.">
<meta property="og:site_name" content="رادیو فردا">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.radiofarda.com/a/raisi-helicopter-crash/32954321.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-05-20 05:12:00Z","publisher":{{"@type":"NewsMediaOrganization","name":"رادیو فردا"}}}}</script>
<link rel="stylesheet" href="https://www.radiofarda.com/Content/responsive/RFE/fa-IR/RFE-fa-IR.css">
<script>var analyticsData={{"section":"ایران","content_type":"article","pub_year":"2024","byline":"رادیو فردا","slug":"raisi-helicopter-crash"}};</script>
</head>
<body>
<div class="cookie-policy"><p>ما از کوکی‌ها برای بهبود تجربه کاربری استفاده می‌کنیم. <a href="/p/privacy.html">بیشتر بدانید</a></p><button>قبول</button></div>
<header class="hdr"><a class="logo" href="/"><span>رادیو فردا</span></a><nav class="menu"><a href="/z/1">ایران</a><a href="/z/2">جهان</a><a href="/z/3">اقتصاد</a><a href="/z/4">فرهنگ</a><a href="/z/5">ویدئو</a><a href="/z/6">پادکست</a></nav>
<div class="live"><a href="/live/">پخش زنده</a></div></header>
<div id="content">
<div class="category"><a href="/z/1">ایران</a></div>
<h1 class="title pg-title">{esc(title)}</h1>
<div class="publishing-details"><span class="date"><time datetime="2024-05-20 05:12:00Z">۳۱ اردیبهشت ۱۴۰۳ ایران ۰۸:۴۲</time></span> <span class="links__item-link">رادیو فردا</span></div>
<div class="links"><a href="#" class="btn-share fb">Facebook</a><a href="#" class="btn-share x">X</a><a href="#" class="btn-share tg">Telegram</a><a href="#" class="btn-share email">ایمیل</a></div>
<div class="cover-media"><img src="https://gdb.rferl.org/raisi_w1023.jpg" alt=""><span class="caption">ابراهیم رئیسی در مراسم افتتاح سد قیز قلعه‌سی، ۳۰ اردیبهشت ۱۴۰۳</span></div>
<div class="body-container"><div class="wsw" id="article-content">
{body}
</div></div>
<div class="c-mmp c-mmp--enabled"><div class="c-mmp__player"><audio src="https://radiofarda.com/audio.mp3"></audio></div></div>
<div class="media-block-wrap"><h2 class="section-head">مطالب مرتبط</h2><ul>
<li><a href="/a/1.html"><span class="title">جزئیات تازه از آخرین ساعات پرواز بالگرد رئیس‌جمهور</span></a></li>
<li><a href="/a/2.html"><span class="title">واکنش‌های بین‌المللی به مرگ ابراهیم رئیسی</span></a></li>
<li><a href="/a/3.html"><span class="title">انتخابات زودهنگام ریاست جمهوری چگونه برگزار می‌شود؟</span></a></li></ul></div>
<div class="most-popular"><h2>پربیننده‌ترین‌ها</h2><ol><li><a href="/a/4.html">قیمت دلار در بازار آزاد تهران</a></li><li><a href="/a/5.html">گزارش ویدئویی از مراسم تشییع در تبریز</a></li></ol></div>
</div>
<footer><div class="foot"><p>© ۲۰۲۴ رادیو فردا. همه حقوق محفوظ است.</p><a href="/p/contact.html">تماس با ما</a></div></footer>
</body></html>
"""
    return dict(id="fa02", lang="fa", url="https://www.radiofarda.com/a/raisi-helicopter-crash/32954321.html",
                fetched="2024-05-20T06:00:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Radio Farda (RFE/RL Pangea CMS)",
                hard="body made of <div class=wsw__p> with no <p> at all; subheading a <b> in a div; embedded tweet (kept with its attribution line, as aeb keeps embedded tweets); caption inside the body (excluded); cookie banner; audio player; Latin \"Bell 212\" in RTL text")


def fa03():
    """Khabar Online-like: comments that look like paragraphs, ZWNJ, ی/ک."""
    title = "ادارات تهران پنجشنبه‌ها تعطیل شد"
    items = [
        ("p", "هیئت وزیران در جلسه روز یکشنبه با پیشنهاد وزارت نیرو برای صرفه‌جویی در مصرف برق موافقت کرد و بر اساس آن، دستگاه‌های اجرایی استان تهران از هفته آینده تا پایان شهریورماه روزهای پنجشنبه تعطیل خواهند بود."),
        ("p", "به گزارش خبرآنلاین، فاطمه مهاجرانی سخنگوی دولت در نشست خبری هفتگی گفت این تصمیم با توجه به افزایش بی‌سابقه دما و رکوردشکنی مصرف برق در روزهای اخیر گرفته شده و بانک‌ها و مراکز خدمات‌رسانی ضروری از آن مستثنی هستند."),
        ("h", "ناترازی ۱۷ هزار مگاواتی"),
        ("p", "مصرف برق کشور در هفته گذشته برای نخستین بار از مرز ۷۹ هزار مگاوات عبور کرد، در حالی که ظرفیت تولید نیروگاه‌ها در بهترین حالت حدود ۶۲ هزار مگاوات است. کارشناسان صنعت برق این ناترازی را نتیجه سال‌ها سرمایه‌گذاری ناکافی در نیروگاه‌ها و شبکه انتقال می‌دانند."),
        ("p", "خاموشی‌های برنامه‌ریزی‌شده در بخش‌هایی از پایتخت و شهرهای بزرگ از هفته‌ها پیش آغاز شده و واحدهای صنعتی نیز با محدودیت دو روزه در هفته روبه‌رو هستند. فعالان اقتصادی هشدار داده‌اند که ادامه این وضعیت به تولید و صادرات آسیب جدی می‌زند."),
        ("quote", "سخنگوی دولت گفت: «از مردم می‌خواهیم در ساعات اوج مصرف، دمای کولرها را روی ۲۵ درجه تنظیم کنند و از وسایل پرمصرف استفاده نکنند.»"),
        ("p", "پیش از این نیز ادارات چند استان گرم جنوبی از جمله خوزستان و بوشهر به دلیل دمای بالای ۵۰ درجه به صورت موقت تعطیل شده بودند."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h2>" + esc(text) + "</h2>")
        elif kind == "quote":
            parts.append("<blockquote><p>" + esc(text) + "</p></blockquote>")
        if len(parts) == 2:
            parts.append("<div class=\"see-also\"><b>بیشتر بخوانید:</b><ul><li><a href=\"/news/1912001/\">جدول خاموشی‌های تهران امروز منتشر شد</a></li></ul></div>")
    body = "\n".join(parts)
    comments = [
        ("ناشناس", "تعطیلی ادارات راه‌حل نیست، وقتی نیروگاه جدید ساخته نمی‌شود و شبکه فرسوده است هر سال همین داستان تکرار می‌شود و فقط مردم و کسب‌وکارها ضرر می‌کنند."),
        ("رضا از کرج", "کارمندان که تعطیل می‌شوند ولی مغازه‌داران و کارگران که روزمزد هستند چه کنند؟ برق خانه‌ها هم که هر روز دو ساعت قطع است و یخچال‌ها خراب می‌شوند."),
        ("مهندس برق", "مشکل اصلی یارانه سنگین انرژی است که مصرف را بالا برده، تا قیمت واقعی نشود و سرمایه‌گذار خصوصی وارد نشود این ناترازی حل نخواهد شد."),
    ]
    cm = "\n".join("<div class=\"comment-item\"><div class=\"comment-header\"><span class=\"name\">" + esc(n) + "</span><span class=\"date\">۱۴ مرداد ۱۴۰۳ - ۱" + str(i) + ":۳۰</span></div><p class=\"comment-text\">" + esc(c) + "</p><div class=\"comment-rate\"><a class=\"like\">۲" + str(i) + "</a><a class=\"dislike\">۳</a></div></div>" for i, (n, c) in enumerate(comments))
    page = f"""<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | خبرآنلاین</title>
<meta name="description" content="دستگاه‌های اجرایی استان تهران تا پایان شهریور پنجشنبه‌ها تعطیل هستند.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="خبرآنلاین">
<meta property="article:published_time" content="2024-08-04T12:10:00+03:30">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-08-04T12:10:00+03:30","author":{{"@type":"Organization","name":"خبرآنلاین"}}}}</script>
<style>.item-text p{{line-height:2.1;font-size:17px}}.comment-item{{background:#f5f5f5;margin:6px 0;padding:8px}}.see-also{{border:1px dashed #ccc}}</style>
</head>
<body>
<header id="header"><div class="header-top"><span class="today">یکشنبه ۱۴ مرداد ۱۴۰۳</span><a href="/rss">RSS</a></div>
<a href="/" class="logo"><img src="/resources/theme/khabaronline/img/logo.png" alt="خبرآنلاین"></a>
<nav class="main-menu"><ul><li><a href="/service/Politics">سیاسی</a></li><li><a href="/service/Economy">اقتصادی</a></li><li><a href="/service/society">جامعه</a></li><li><a href="/service/World">بین‌الملل</a></li><li><a href="/service/Sport">ورزش</a></li><li><a href="/service/culture">فرهنگی</a></li></ul></nav></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">صفحه اصلی</a></li><li><a href="/service/Economy">اقتصادی</a></li><li><a href="/service/Economy/energy">انرژی</a></li></ol>
<article class="item-body">
<div class="item-header"><span class="item-code">کد خبر 1912345</span><span class="item-date">۱۴ مرداد ۱۴۰۳ - ۱۲:۱۰</span>
<div class="uptitle">با موافقت هیئت وزیران</div>
<h1 class="title">{esc(title)}</h1>
<p class="summary introtext">سخنگوی دولت از تعطیلی ادارات استان تهران در روزهای پنجشنبه تا پایان شهریور برای مدیریت مصرف برق خبر داد.</p></div>
<div class="item-tools"><a href="#">اشتراک‌گذاری</a><a href="/print/1912345">نسخه چاپی</a><a href="#">ذخیره</a></div>
<figure class="item-img"><img src="/d/2024/08/04/4/office.jpg" alt=""><figcaption>عکس تزئینی است</figcaption></figure>
<div class="item-text">
{body}
</div>
<section class="tags"><h3>برچسب‌ها</h3><ul><li><a href="/tag/برق">برق</a></li><li><a href="/tag/تعطیلی ادارات">تعطیلی ادارات</a></li><li><a href="/tag/ناترازی انرژی">ناترازی انرژی</a></li></ul></section>
<div class="short-link">لینک کوتاه: <input value="khabaronline.ir/xkLm" readonly></div>
</article>
<section class="related-news"><h3>اخبار مرتبط</h3><ul>
<li><a href="/news/1912100/"><img src="/r1.jpg" alt=""><h4>جدول خاموشی‌های تهران امروز منتشر شد</h4><p>شرکت توزیع برق تهران بزرگ جدول خاموشی‌های برنامه‌ریزی‌شده مناطق مختلف پایتخت را اعلام کرد.</p></a></li>
<li><a href="/news/1912101/"><img src="/r2.jpg" alt=""><h4>صنایع دو روز در هفته برق ندارند</h4><p>محدودیت برق صنایع در تابستان امسال تشدید شد و واحدهای تولیدی نگران کاهش تولید هستند.</p></a></li></ul></section>
<section class="comments"><h3>نظرات کاربران</h3><p class="comment-note">نظرات حاوی توهین و تهمت منتشر نخواهد شد.</p>
{cm}
<form class="comment-form"><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form></section>
<aside class="most-visited"><h3>پربازدیدترین</h3><ol><li><a href="/news/1">قیمت طلا و سکه امروز</a></li><li><a href="/news/2">نتایج کنکور ۱۴۰۳ کی اعلام می‌شود؟</a></li></ol></aside>
</main>
<footer><p>کلیه حقوق مادی و معنوی این سایت متعلق به خبرآنلاین است.</p></footer>
<script>window.__INITIAL_STATE__={{"news":{{"id":1912345,"service":"Economy","hits":48211}}}};</script>
</body></html>
"""
    return dict(id="fa03", lang="fa", url="https://www.khabaronline.ir/news/1912345/",
                fetched="2024-08-04T09:00:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Khabar Online (Iranian news site)",
                hard="reader comments as <p> with sentence-length text after the body; in-body \"بیشتر بخوانید\" box (excluded); uptitle, summary, news code excluded; related news with leads; ZWNJ, Persian ی/ک and digits; decorative-photo caption")
