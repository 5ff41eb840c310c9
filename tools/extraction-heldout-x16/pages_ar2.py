"""Arabic pages ar05-ar08."""
from common import esc, attr, truth


def ar05():
    """Shafaq News-like photo gallery: short intro plus slide captions."""
    title = "بالصور.. شوارع بغداد خالية مع انطلاق التعداد السكاني الأول منذ 37 عاماً"
    items = [
        ("p", "شفق نيوز/ خلت شوارع العاصمة العراقية بغداد، يوم الأربعاء، من المارة والمركبات مع بدء حظر التجوال الشامل الذي فرضته الحكومة لتمكين فرق التعداد العام للسكان والمساكن من أداء مهامها، في أول تعداد يشمل جميع المحافظات منذ عام 1987."),
        ("p", "وتجولت عدسة شفق نيوز في عدد من أحياء العاصمة ورصدت سير العمل في اليوم الأول من التعداد الذي يستمر يومين."),
        ("slide", "عدادون يرتدون سترات زرقاء يطرقون أبواب المنازل في حي الكرادة وسط بغداد لتسجيل بيانات الأسر عبر أجهزة لوحية."),
        ("slide", "جسر الجمهورية خالياً من السيارات صباح الأربعاء بعد سريان حظر التجوال عند منتصف الليل."),
        ("slide", "عنصر من شرطة المرور يقف عند تقاطع ساحة التحرير الذي يشهد عادة ازدحاماً خانقاً في مثل هذا الوقت."),
        ("slide", "أسرة في مدينة الصدر تستقبل فريق التعداد، فيما أكدت وزارة التخطيط أن البيانات ستبقى سرية ولن تستخدم لأغراض ضريبية."),
        ("slide", "أطفال يلعبون كرة القدم في شارع فارغ بحي الأعظمية مستغلين غياب حركة السير."),
        ("slide", "مركز للإشراف الميداني تابع للجهاز المركزي للإحصاء يتابع عبر الشاشات تقدم العمل في المحافظات لحظة بلحظة."),
    ]
    intro = "\n".join("<p>" + esc(t) + "</p>" for k, t in items if k == "p")
    slides = "\n".join(
        "<div class=\"swiper-slide gallery-item\"><img src=\"https://shafaq.com/uploads/gallery/2024/11/20/census-" + str(i) + ".jpg\" alt=\"\" loading=\"lazy\">"
        "<div class=\"gallery-caption\"><span class=\"counter\">" + str(i + 1) + " / 6</span><p>" + esc(t) + "</p><span class=\"credit\">عدسة: شفق نيوز</span></div></div>"
        for i, (k, t) in enumerate([x for x in items if x[0] == "slide"]))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - شفق نيوز</title>
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://shafaq.com/uploads/gallery/2024/11/20/census-0.jpg">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"ImageGallery","name":"{title}","datePublished":"2024-11-20T08:45:00+03:00"}}</script>
<link rel="stylesheet" href="/build/app.css">
<style>.swiper-slide img{{width:100%}}.gallery-caption{{background:rgba(0,0,0,.7);color:#fff}}.ticker{{overflow:hidden;white-space:nowrap}}</style>
</head>
<body>
<div class="ticker"><span class="ticker-label">آخر الأخبار</span><ul><li><a href="/ar/سیاسة/1">وزارة التخطيط: نسبة الإنجاز في التعداد تجاوزت 60% في يومه الأول</a></li><li><a href="/ar/أمن/2">قيادة العمليات المشتركة: لا خروقات أمنية خلال حظر التجوال</a></li><li><a href="/ar/اقتصاد/3">أسعار الدولار تستقر في بورصتي بغداد وأربيل</a></li></ul></div>
<header class="site-header"><a href="/ar" class="logo"><img src="/logo-ar.svg" alt="Shafaq News شفق نيوز"></a>
<nav><a href="/ar/سیاسة">سياسة</a><a href="/ar/أمن">أمن</a><a href="/ar/اقتصاد">اقتصاد</a><a href="/ar/مجتمع">مجتمع</a><a href="/ar/كوردستانيات">كوردستانيات</a><a href="/ar/رياضة">رياضة</a><a href="/ar/صور">صور</a></nav>
<div class="lang"><a href="/en">English</a><a href="/ku">کوردی</a></div></header>
<main class="gallery-page">
<nav class="breadcrumb"><a href="/ar">الرئيسية</a> / <a href="/ar/صور">صور</a> / <span>مجتمع</span></nav>
<h1>{esc(title)}</h1>
<div class="post-meta"><span class="date">2024-11-20 08:45</span><span class="views">12,418 مشاهدة</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a><a href="#">WhatsApp</a></div>
<div class="gallery-intro">
{intro}
</div>
<div class="swiper gallery-slider"><div class="swiper-wrapper">
{slides}
</div><div class="swiper-button-next"></div><div class="swiper-button-prev"></div></div>
<div class="tags"><span>الكلمات المفتاحية:</span><a href="/ar/tag/التعداد السكاني">التعداد السكاني</a><a href="/ar/tag/بغداد">بغداد</a><a href="/ar/tag/حظر التجوال">حظر التجوال</a></div>
<section class="more-galleries"><h2>ألبومات أخرى</h2>
<div class="card"><a href="/ar/صور/4"><img src="/g4.jpg" alt=""><h3>بالصور.. أمطار غزيرة تغرق شوارع البصرة</h3></a></div>
<div class="card"><a href="/ar/صور/5"><img src="/g5.jpg" alt=""><h3>بالصور.. مهرجان الزيتون في نينوى يعود بعد سنوات</h3></a></div>
<div class="card"><a href="/ar/صور/6"><img src="/g6.jpg" alt=""><h3>بالصور.. زوار الأربعين يتوافدون على كربلاء</h3></a></div></section>
</main>
<aside class="most-viewed"><h2>الأكثر مشاهدة</h2><ol><li><a href="/ar/7">البرلمان يؤجل جلسة التصويت على قانون العطل الرسمية</a></li><li><a href="/ar/8">إقليم كوردستان يعلن موعد صرف رواتب الموظفين</a></li></ol></aside>
<footer><p>جميع الحقوق محفوظة لـ شفق نيوز © 2024</p><a href="/ar/about">من نحن</a> <a href="/ar/contact">اتصل بنا</a></footer>
<script id="__NUXT_DATA__" type="application/json">[{{"state":1}},{{"gallery":2}},{{"id":812345,"slides":6,"section":"صور"}}]</script>
</body></html>
"""
    return dict(id="ar05", lang="ar", url="https://shafaq.com/ar/صور/بالصور-شوارع-بغداد-خالية-مع-انطلاق-التعداد-السكاني",
                fetched="2024-11-20T06:30:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Shafaq News (Iraq, photo gallery)",
                hard="photo gallery: two-paragraph intro, the story carried by six slide captions in swiper slides (captions kept as truth here: they are the text; credits and counters excluded); news ticker; Persian letter ی in a menu URL; Nuxt JSON blob; \"ألبومات أخرى\" cards")


def ar06():
    """Al-Masry Al-Youm-like video article: two-sentence text and long related video teasers."""
    title = "فيديو| لحظة وصول المساعدات المصرية إلى مدينة درنة الليبية"
    items = [
        ("p", "وصلت، مساء الأربعاء، طلائع قوافل المساعدات المصرية إلى مدينة درنة شرقي ليبيا، محملة بالمواد الغذائية والطبية وفرق الإنقاذ، بعد أيام من الفيضانات التي خلفتها العاصفة دانيال وأودت بحياة آلاف السكان."),
        ("p", "ويظهر الفيديو الذي بثته القوات المسلحة المصرية عبر صفحتها الرسمية لحظة دخول الشاحنات إلى المدينة وسط ترحيب الأهالي، فيما باشرت فرق البحث العمل في الأحياء المنكوبة المحاذية لمجرى الوادي."),
    ]
    body = "\n".join("<p>" + esc(t) + "</p>" for k, t in items)
    related = [
        ("فيديو| عمليات البحث عن المفقودين في درنة تدخل يومها الخامس", "تواصل فرق الإنقاذ المحلية والدولية عمليات البحث عن آلاف المفقودين تحت الأنقاض وفي البحر، بعد انهيار سدين على وادي درنة، فيما تحذر منظمات الإغاثة من خطر انتشار الأوبئة بسبب تلوث المياه وتحلل الجثث في المناطق المتضررة."),
        ("فيديو| مستشفى ميداني مصري يستقبل المصابين في شرق ليبيا", "أقامت القوات المسلحة المصرية مستشفى ميدانيا مجهزا بغرف عمليات وعناية مركزة في منطقة قريبة من درنة، يستقبل المصابين من ضحايا الفيضانات ويقدم الرعاية الطبية للأسر التي فقدت منازلها خلال العاصفة."),
        ("فيديو| مشاهد جوية تكشف حجم الدمار في درنة", "كشفت مشاهد التقطت بطائرات مسيرة حجم الدمار الهائل الذي لحق بوسط مدينة درنة، حيث جرفت المياه أحياء كاملة وأبنية متعددة الطوابق إلى البحر، وتحولت ضفتا الوادي إلى أرض خلاء تغطيها الأوحال."),
    ]
    rel = "\n".join("<div class=\"video-card\"><a href=\"/news/details/29876" + str(i) + "\"><div class=\"thumb\"><img src=\"/v" + str(i) + ".jpg\" alt=\"\"><span class=\"duration\">02:1" + str(i) + "</span></div><h3>" + esc(t) + "</h3></a><p class=\"desc\">" + esc(d) + "</p></div>" for i, (t, d) in enumerate(related))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | المصري اليوم</title>
<meta name="description" content="وصلت طلائع قوافل المساعدات المصرية إلى مدينة درنة شرقي ليبيا">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="video.other">
<meta property="og:video" content="https://www.youtube.com/embed/aB3dE5fG7hI">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"VideoObject","name":"{title}","description":"وصلت طلائع قوافل المساعدات المصرية إلى مدينة درنة","uploadDate":"2023-09-13T19:30:00+02:00","thumbnailUrl":"https://mediaaws.almasryalyoum.com/news/large/2023/09/13/derna.jpg","duration":"PT1M48S"}}</script>
<style>.video-wrap{{position:relative;padding-bottom:56.25%}}.video-wrap iframe{{position:absolute;width:100%;height:100%}}.video-card .desc{{color:#555;font-size:14px}}</style>
<script>window.almasry={{"page":"video","newsId":2987654,"section":"فيديو","autoplay":true,"ads":{{"preroll":true}}}};</script>
</head>
<body>
<header class="top-header"><div class="date-bar">الخميس 14 سبتمبر 2023</div><a href="/" class="logo"><img src="/content/images/logo.png" alt="المصري اليوم"></a>
<nav class="main-nav"><a href="/">الرئيسية</a><a href="/news/list/1">أخبار</a><a href="/news/list/2">سياسة</a><a href="/news/list/3">حوادث</a><a href="/news/list/4">اقتصاد</a><a href="/news/list/5">رياضة</a><a href="/videos">فيديو</a><a href="/opinion">رأي</a></nav></header>
<div class="urgent"><b>عاجل:</b> <a href="/news/details/2987600">ارتفاع حصيلة ضحايا فيضانات ليبيا إلى أكثر من 5 آلاف</a></div>
<main class="video-page">
<div class="breadcrumb"><a href="/">الرئيسية</a> &rsaquo; <a href="/videos">فيديو</a> &rsaquo; <a href="/videos/list/arab">عرب وعالم</a></div>
<h1>{esc(title)}</h1>
<div class="info"><span class="author">كتب: محمد السيد</span> <span class="time">الأربعاء 13-09-2023 21:30</span></div>
<div class="video-wrap"><iframe src="https://www.youtube.com/embed/aB3dE5fG7hI?autoplay=1" allowfullscreen title="فيديو"></iframe></div>
<div class="share"><a href="#">شارك</a><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
<div class="news-body">
{body}
</div>
<div class="tags">تابعونا على <a href="https://news.google.com/">جوجل نيوز</a> | <a href="/tag/درنة">درنة</a> <a href="/tag/ليبيا">ليبيا</a> <a href="/tag/العاصفة دانيال">العاصفة دانيال</a></div>
<section class="more-videos"><h2>فيديوهات ذات صلة</h2>
{rel}
</section>
</main>
<aside><div class="most-read"><h2>الأكثر قراءة</h2><ul><li><a href="/a">أسعار الذهب اليوم الخميس في مصر</a></li><li><a href="/b">نتيجة تنسيق المرحلة الثالثة 2023</a></li><li><a href="/c">موعد صرف مرتبات شهر سبتمبر</a></li></ul></div></aside>
<footer><p>جميع الحقوق محفوظة © المصري اليوم 2023</p></footer>
</body></html>
"""
    return dict(id="ar06", lang="ar", url="https://www.almasryalyoum.com/news/details/2987654",
                fetched="2023-09-13T20:05:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Al-Masry Al-Youm (video article)",
                hard="video article: two-sentence text under an iframe player; three related video cards below with descriptions longer than the article; VideoObject JSON-LD; urgent bar")


def ar07():
    """Al-Quds Al-Arabi-like Q&A interview (questions in bold)."""
    title = "خبير في التخطيط العمراني: إعادة إعمار الحوز تحتاج إلى مقاربة تحترم خصوصية الجبل"
    items = [
        ("p", "بعد مرور عام على الزلزال الذي ضرب إقليم الحوز جنوب مراكش في الثامن من سبتمبر 2023 وخلف نحو ثلاثة آلاف قتيل، لا تزال آلاف الأسر تعيش في خيام ومساكن مؤقتة في انتظار استكمال بناء منازلها. «القدس العربي» حاورت المهندس المعماري والباحث في التخطيط العمراني يوسف العلوي حول حصيلة برنامج إعادة الإعمار وتحدياته."),
        ("q", "بعد عام على الزلزال، كيف تقيّمون وتيرة إعادة الإعمار؟"),
        ("p", "هناك تقدم لا يمكن إنكاره، فقد صرفت الدولة الدعم الشهري للأسر المتضررة وبدأت أشغال البناء في أغلب الدواوير. لكن الوتيرة تختلف كثيراً بين المناطق القريبة من الطرق المعبدة والقرى المعزولة في أعالي الجبال، حيث يصعب إيصال مواد البناء والآليات."),
        ("q", "ما أبرز العوائق التي تواجه الأسر اليوم؟"),
        ("p", "العائق الأول إداري، إذ تحتاج كل أسرة إلى رخصة بناء وتصميم مصادق عليه قبل الحصول على الدفعات التالية من الدعم. والعائق الثاني مرتبط بارتفاع أسعار مواد البناء وقلة اليد العاملة المؤهلة، فالطلب تضاعف في منطقة واحدة خلال أشهر قليلة."),
        ("q", "هل كان يجب الحفاظ على البناء التقليدي بالتراب والحجر؟"),
        ("p", "البناء التقليدي ليس هو المسؤول عن الكارثة في حد ذاته، بل غياب المعايير في تنفيذه. هناك تقنيات معروفة لتقوية البناء الترابي ضد الزلازل، وهي أرخص وأنسب لمناخ الجبل من الخرسانة. المطلوب أن تُمنح الأسر حرية الاختيار مع مواكبة تقنية حقيقية."),
        ("quote", "«لا ينبغي أن نعيد بناء القرى بمنطق المدينة، فالجبل له ذاكرته وطريقته في العيش»."),
        ("q", "وما المطلوب في المرحلة المقبلة؟"),
        ("p", "نحتاج إلى ربط إعادة الإعمار بالتنمية، أي بالطرق والمدارس والمراكز الصحية وفرص الشغل. إذا عادت الأسر إلى منازل جديدة في قرى بلا خدمات، فإن الهجرة نحو المدن ستتسارع وسنخسر ما تبقى من حياة في هذه المناطق."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + esc(text) + "</p>")
        elif kind == "q":
            parts.append("<p><strong>" + esc(text) + "</strong></p>")
        elif kind == "quote":
            parts.append("<blockquote class=\"wp-block-quote\"><p>" + esc(text) + "</p></blockquote>")
        if len(parts) == 4:
            parts.append("<div class=\"code-block code-block-3\"><div id=\"div-gpt-ad-mid\"></div><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-mid');});</script></div>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | القدس العربي</title>
<link rel="canonical" href="https://www.alquds.co.uk/خبير-في-التخطيط-العمراني-إعادة-إعمار/">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="article:published_time" content="2024-09-08T10:15:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":"{title}","datePublished":"2024-09-08T10:15:00+00:00","author":{{"name":"الرباط – «القدس العربي»"}},"articleSection":["حوارات"]}},{{"@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"الرئيسية"}},{{"@type":"ListItem","position":2,"name":"حوارات"}}]}}]}}</script>
<style id="wp-block-library-inline-css">.wp-block-quote{{border-right:4px solid #000;padding-right:1em}}.code-block{{margin:8px auto;text-align:center}}</style>
<script>var googletag=googletag||{{cmd:[]}};</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="top-bar"><span class="date">الأحد 8 سبتمبر 2024</span><a href="/newsletter">النشرة البريدية</a></div>
<a class="logo" href="https://www.alquds.co.uk/"><img src="/wp-content/themes/alquds/logo.svg" alt="القدس العربي"></a>
<nav class="main-menu"><ul><li><a href="/category/palestine/">فلسطين</a></li><li><a href="/category/arab/">عربي</a></li><li><a href="/category/world/">دولي</a></li><li><a href="/category/opinion/">رأي</a></li><li><a href="/category/interviews/">حوارات</a></li><li><a href="/category/culture/">ثقافة</a></li></ul></nav></header>
<div class="breaking-ticker"><strong>الأكثر تداولا:</strong> <a href="/x1">غزة</a> <a href="/x2">لبنان</a> <a href="/x3">الانتخابات الأمريكية</a> <a href="/x4">زلزال الحوز</a></div>
<main id="main" class="site-main">
<article id="post-3012345" class="post-3012345 post type-post category-interviews">
<header class="entry-header"><nav class="breadcrumbs"><a href="/">الرئيسية</a> <span>/</span> <a href="/category/interviews/">حوارات</a></nav>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="author">الرباط – «القدس العربي»: سعيد المرابط</span> <time datetime="2024-09-08T10:15:00+00:00">8 سبتمبر 2024</time></div>
<div class="entry-share"><a href="#" class="share-fb">فيسبوك</a><a href="#" class="share-x">إكس</a><a href="#" class="share-tg">تلغرام</a></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2024/09/haouz.jpg" alt=""><figcaption class="wp-caption-text">خيام للأسر المتضررة في إحدى قرى إقليم الحوز (أ ف ب)</figcaption></figure>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><div class="tags-links"><a href="/tag/المغرب/" rel="tag">المغرب</a><a href="/tag/زلزال-الحوز/" rel="tag">زلزال الحوز</a><a href="/tag/إعادة-الإعمار/" rel="tag">إعادة الإعمار</a></div></footer>
</article>
<section class="related-posts"><h2>مقالات ذات صلة</h2><ul>
<li><a href="/r1/">الحكومة المغربية: 55 ألف أسرة استفادت من دعم إعادة البناء</a></li>
<li><a href="/r2/">ناجون من زلزال الحوز يروون تفاصيل ليلة الرعب بعد عام</a></li>
<li><a href="/r3/">مدارس مؤقتة في الجبل تستقبل التلاميذ مع الدخول المدرسي</a></li></ul></section>
<div id="comments" class="comments-area"><h3 class="comments-title">تعليق واحد</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">مغربي حر</b> <time>8 سبتمبر 2024 - 13:02</time></footer><div class="comment-content"><p>كلام في الصميم، سكان الجبل لا يحتاجون إلى عمارات من الإسمنت بل إلى طرق ومستوصفات ومدارس قريبة، وإلى من يستمع إليهم قبل أن يقرر مكانهم.</p></div></article></li></ol>
<div id="respond"><h3>اترك تعليقاً</h3><form><textarea name="comment"></textarea><input type="submit" value="إرسال التعليق"></form></div></div>
</main>
<aside id="secondary"><section class="widget most-read"><h2>الأكثر قراءة</h2><ol><li><a href="/m1/">مسؤول أممي: الوضع الإنساني في غزة كارثي</a></li><li><a href="/m2/">ارتفاع أسعار الوقود في المغرب للمرة الثالثة</a></li></ol></section></aside>
<footer class="site-footer"><p>© 2024 جميع الحقوق محفوظة - القدس العربي</p></footer>
</body></html>
"""
    return dict(id="ar07", lang="ar", url="https://www.alquds.co.uk/خبير-في-التخطيط-العمراني-إعادة-إعمار/",
                fetched="2024-09-08T11:00:00Z", ctype="text/html; charset=UTF-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Al-Quds Al-Arabi (WordPress, interview)",
                hard="Q&A interview: questions as <p><strong> (kept), answers as paragraphs; intro paragraph; ad code-block inside the body; guillemet quote in a blockquote; a reader comment in <p> after the related list; trending ticker")


def ar08():
    """Sudanese WordPress news site, meta charset contradicting the HTTP header, CSS leak, comments."""
    title = "مجلس الأمن يطالب الدعم السريع بوقف حصار الفاشر"
    items = [
        ("p", "الخرطوم - الراكوبة: تبنى مجلس الأمن الدولي، مساء الخميس، قراراً يطالب قوات الدعم السريع بإنهاء حصارها لمدينة الفاشر عاصمة ولاية شمال دارفور، والوقف الفوري للقتال وخفض التصعيد في المدينة ومحيطها."),
        ("p", "وحصل القرار الذي صاغته بريطانيا على تأييد 14 عضواً من أعضاء المجلس الخمسة عشر، فيما امتنعت روسيا عن التصويت، ويدعو القرار رقم 2736 كذلك إلى انسحاب جميع المقاتلين الذين يهددون سلامة المدنيين وأمنهم."),
        ("h", "تحذيرات من كارثة إنسانية"),
        ("p", "وتحاصر قوات الدعم السريع (RSF) الفاشر منذ أسابيع، وهي آخر عاصمة ولاية في إقليم دارفور لا تزال خارج سيطرتها، ويقطنها أكثر من 1.8 مليون شخص بينهم مئات الآلاف من النازحين الذين فروا من مناطق أخرى في الإقليم."),
        ("p", "وحذرت منظمة أطباء بلا حدود (MSF) من أن المستشفى الجنوبي، وهو آخر مستشفى يعمل بكامل طاقته في المدينة، خرج عن الخدمة بعد هجوم مسلح، فيما قالت الأمم المتحدة إن خطر المجاعة يتزايد في شمال دارفور مع تعذر وصول قوافل الإغاثة."),
        ("quote", "وقالت المندوبة البريطانية باربرا وودورد إن \"العالم يراقب ما يجري في الفاشر، ويجب أن يتوقف هذا الحصار الآن\"."),
        ("p", "ويدعو القرار الأمين العام للأمم المتحدة إلى تقديم توصيات بشأن حماية المدنيين في السودان، حيث أدت الحرب المندلعة منذ أبريل 2023 بين الجيش وقوات الدعم السريع إلى نزوح أكثر من عشرة ملايين شخص."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h2 class=\"wp-block-heading\">" + esc(text) + "</h2>")
        elif kind == "quote":
            parts.append("<blockquote class=\"wp-block-quote\"><p>" + esc(text) + "</p></blockquote>")
        if len(parts) == 2:
            parts.append("<style>.td-post-content .wp-block-image img{border-radius:6px;max-width:100%}.td-post-content figcaption{font-size:13px;color:#777}</style>"
                         "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/2024/06/unsc.jpg\" alt=\"\"><figcaption>جلسة لمجلس الأمن الدولي في نيويورك - أرشيفية</figcaption></figure>")
    parts.append("<p><strong>المصدر: </strong>الراكوبة + وكالات</p>")
    body = "\n".join(parts)
    comments = [
        ("ود البلد", "قرارات مجلس الأمن لا تطعم جائعاً ولا تحمي طفلاً في الفاشر، والمطلوب ضغط حقيقي على من يمدون هذه القوات بالسلاح والمال وإلا سيبقى الحصار كما هو لشهور قادمة."),
        ("سودانی مغترب", "اللهم احفظ أهلنا في دارفور، ما يحدث هناك وصمة عار على جبين العالم كله الذي يكتفي بالتصريحات بينما الناس تموت من الجوع والرصاص يومیاً."),
        ("أبو محمد", "روسيا امتنعت كالعادة، المصالح أولاً ثم الإنسان، وأين الاتحاد الأفريقي والجامعة العربية من كل هذا؟ لا نسمع لهما صوتاً."),
    ]
    cm = "\n".join("<li class=\"comment even\"><div class=\"comment-author vcard\"><cite class=\"fn\">" + esc(n) + "</cite> <span class=\"says\">يقول:</span></div><div class=\"comment-meta\">14 يونيو، 2024 في " + str(9 + i) + ":12 ص</div><p>" + esc(c) + "</p><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">رد</a></div></li>" for i, (n, c) in enumerate(comments))
    page = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="windows-1256">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} &#8211; الراكوبة</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6" type="text/css" media="all">
<style id="td-theme-inline-css">.td-header-wrap{{background:#0a3d62}}.td-post-content p{{font-size:18px}}.comment-list li{{list-style:none}}</style>
<script type="text/javascript">var tdBlocksArray=[];var td_ajax_url="https:\\/\\/www.alrakoba.net\\/wp-admin\\/admin-ajax.php";var tds_general_modal_image="yes";</script>
</head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td-date">الجمعة, يونيو 14, 2024</span><ul class="top-header-menu"><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li></ul></div>
<div class="td-header-menu-wrap"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/logo.png" alt="الراكوبة"></a>
<ul id="menu-main" class="sf-menu"><li><a href="/category/news/">أخبار السودان</a></li><li><a href="/category/politics/">سياسة</a></li><li><a href="/category/articles/">مقالات</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/category/sports/">رياضة</a></li><li><a href="/category/world/">عالمية</a></li></ul></div></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">الأكثر رواجاً</div><div class="td-trending-now-display-area">
<div class="td-trending-now-post"><a href="/2024/06/1">الجيش يعلن صد هجوم على مدينة الأبيض</a></div><div class="td-trending-now-post"><a href="/2024/06/2">ارتفاع أسعار الخبز في بورتسودان</a></div></div></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">الرئيسية</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="/category/news/">أخبار السودان</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-1987654" class="post-1987654 post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/news/">أخبار السودان</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">بواسطة <a href="/author/rakoba/">الراكوبة</a></div><span class="td-post-date"><time class="entry-date" datetime="2024-06-14T01:20:33+02:00">يونيو 14, 2024</time></span><div class="td-post-views"><span class="td-nr-views-1987654">2,311</span></div></div></header></div>
<div class="td-post-sharing-top"><a class="td-social-sharing-button td-social-facebook" href="#">فيسبوك</a><a class="td-social-sharing-button td-social-twitter" href="#">تويتر</a><a class="td-social-sharing-button td-social-whatsapp" href="#">واتساب</a></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>كلمات دلالية</span></li><li><a href="/tag/الفاشر/">الفاشر</a></li><li><a href="/tag/مجلس-الأمن/">مجلس الأمن</a></li><li><a href="/tag/الدعم-السريع/">الدعم السریع</a></li><li><a href="/tag/دارفور/">دارفور</a></li></ul></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title"><span>أخبار ذات صلة</span></h4>
<div class="td-related-row"><div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/2024/06/3">أطباء بلا حدود: مقتل وإصابة العشرات في قصف على الفاشر</a></h3></div>
<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/2024/06/4">الأمم المتحدة: 25 مليون سوداني بحاجة إلى مساعدات عاجلة</a></h3></div>
<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/2024/06/5">البرهان يلتقي المبعوث الأمريكي في بورتسودان</a></h3></div></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>3 تعليقات</span></h4></div>
<ol class="comment-list">
{cm}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقا</h3><form id="commentform"><textarea id="comment" name="comment" placeholder="التعليق:"></textarea><input name="author" placeholder="الاسم:*"><input type="submit" value="إرسال التعليق"></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_widget"><h4 class="block-title">الأكثر قراءة</h4><ul><li><a href="/2024/06/6">سعر الدولار في السوق الموازي اليوم الجمعة</a></li><li><a href="/2024/06/7">مقال: الحرب وأسئلة ما بعدها</a></li></ul></div></div>
</div></div></div>
<div class="td-footer-wrapper"><p>جميع الحقوق محفوظة © الراكوبة 2024</p></div>
<script type="text/javascript">jQuery().ready(function(){{var block=new tdBlock();block.id="td_uid_1";tdBlocksArray.push(block);}});</script>
</body></html>
"""
    return dict(id="ar08", lang="ar", url="https://www.alrakoba.net/2024/06/14/مجلس-الأمن-يطالب-الدعم-السريع/",
                fetched="2024-06-14T00:40:00Z", ctype="text/html; charset=UTF-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Alrakoba (Sudanese WordPress, Newspaper theme)",
                hard="<meta charset=windows-1256> contradicts the HTTP content_type (UTF-8, and the bytes are UTF-8); inline <style> inside the body before a figure (CSS leak); \"المصدر:\" line inside the body (excluded); \"كلمات دلالية\" tags; reader comments as <p> in the comment list; Persian ی in a tag and a comment; Latin acronyms (RSF, MSF) in RTL text; trending bar")
