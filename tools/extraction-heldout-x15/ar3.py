from common import *
PAGES = []

# ---------------- ar05: Sky News Arabia-like, body split over sibling containers, embedded tweet
def ar05():
    url = 'https://www.skynewsarabia.com/middle-east/1770231-%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D9%88%D9%82%D9%81-%D8%A7%D8%B7%D9%84%D8%A7%D9%82-%D8%A7%D9%84%D9%86%D8%A7%D8%B1-%D8%BA%D8%B2%D8%A9'
    title = 'قطر تعلن التوصل إلى اتفاق لوقف إطلاق النار في غزة يبدأ الأحد'
    p = [
     'أعلن رئيس الوزراء القطري وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني، مساء الأربعاء، التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الرهائن والأسرى بين إسرائيل وحركة حماس، على أن يدخل حيز التنفيذ يوم الأحد المقبل.',
     'وأوضح في مؤتمر صحفي بالدوحة أن المرحلة الأولى من الاتفاق تمتد 42 يوما، وتشمل إطلاق سراح 33 رهينة إسرائيلية مقابل الإفراج عن مئات الأسرى الفلسطينيين، إلى جانب انسحاب القوات الإسرائيلية من المناطق المأهولة في القطاع.',
     'وأضاف أن الوسطاء، قطر ومصر والولايات المتحدة، سيعملون على ضمان تنفيذ الاتفاق، وأن المفاوضات بشأن تفاصيل المرحلة الثانية ستبدأ في اليوم السادس عشر من بدء المرحلة الأولى.',
     'ترحيب دولي',
     'ورحب الرئيس الأميركي جو بايدن بالاتفاق، وقال في كلمة من البيت الأبيض إنه جاء ثمرة دبلوماسية مكثفة استمرت أشهرا، فيما نسب الرئيس المنتخب دونالد ترامب الفضل إلى فريقه في التوصل إليه.',
     'وفي غزة، خرج آلاف الفلسطينيين إلى الشوارع احتفالا بالإعلان، بينما تواصلت الغارات الإسرائيلية على مناطق عدة في القطاع حتى ساعات متأخرة من الليل، وفق الدفاع المدني.',
     'من جهته، قال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن بعض البنود لا تزال عالقة، وإن الحكومة لن تجتمع للمصادقة على الاتفاق قبل حسمها.',
    ]
    tweet = ('<blockquote class="twitter-tweet" data-lang="ar"><p lang="en" dir="ltr">I am thrilled that the hostages will be coming home. This deal is the product of months of intensive diplomacy. <a href="https://t.co/x1y2z3">pic.twitter.com/x1y2z3</a></p>&mdash; President Biden (@POTUS) <a href="https://twitter.com/POTUS/status/1879">January 15, 2025</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    related = ['بالأرقام.. ماذا نعرف عن مراحل اتفاق غزة الثلاث؟', 'مصر: معبر رفح جاهز لإدخال المساعدات فور بدء الهدنة', 'عائلات الرهائن في تل أبيب: ننتظر عودة الجميع']
    h = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(title)} | سكاي نيوز عربية</title>
<meta property="og:title" content="{attr(title)}"/>
<meta property="og:description" content="أعلن رئيس الوزراء القطري التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="سكاي نيوز عربية"/>
{jsonld({"@context":"http://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2025-01-15T18:41:00Z","dateModified":"2025-01-15T21:05:00Z","articleSection":"الشرق الأوسط","author":{"@type":"Organization","name":"سكاي نيوز عربية - أبوظبي"},"description":"أعلن رئيس الوزراء القطري التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة"})}
{style('.article-body{font-size:19px}.body-part+.body-part{margin-top:16px}.ad-slot{min-height:250px;text-align:center}')}
{ADS}
</head>
<body>
<div id="app">
<header class="main-header"><a class="logo" href="/">سكاي نيوز عربية</a>
<nav class="main-nav"><a href="/">الرئيسية</a><a href="/middle-east">الشرق الأوسط</a><a href="/world">العالم</a><a href="/business">اقتصاد</a><a href="/sport">رياضة</a><a href="/technology">تكنولوجيا</a><a href="/varieties">منوعات</a><a href="/video">فيديو</a><a class="live" href="/live-tv">البث المباشر</a></nav></header>
<div class="ticker"><span class="ticker-title">آخر الأخبار</span><ul><li><a href="#">نتنياهو: بعض بنود الاتفاق لا تزال عالقة</a></li><li><a href="#">حماس: التزامنا بالاتفاق مرهون بالتزام الاحتلال</a></li><li><a href="#">الأمم المتحدة تستعد لتوسيع إيصال المساعدات</a></li></ul></div>
<main class="article-page">
<div class="article-header"><div class="section-tag"><a href="/middle-east">الشرق الأوسط</a></div>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-summary"><p>الوسطاء يعلنون اتفاقا من ثلاث مراحل يبدأ بتبادل الرهائن والأسرى</p></div>
<div class="article-meta"><span class="source">سكاي نيوز عربية - أبوظبي</span> <time datetime="2025-01-15T18:41:00Z">نشر في: 15 يناير 2025 - 22:41 بتوقيت أبوظبي</time></div>
<div class="share-strip"><button data-share="facebook">فيسبوك</button><button data-share="x">إكس</button><button data-share="whatsapp">واتساب</button><button data-share="copy">نسخ الرابط</button></div></div>
<figure class="article-main-image"><img src="https://cdn.skynewsarabia.com/images/v1/2025/01/15/1770231/1200/630/1-1770231.jpg" alt=""/><figcaption>رئيس الوزراء القطري خلال المؤتمر الصحفي في الدوحة - رويترز</figcaption></figure>
<div class="article-body">
<div class="body-part" data-index="0"><p>{esc(p[0])}</p><p>{esc(p[1])}</p></div>
{ad('inread-1')}
<div class="body-part" data-index="1"><p>{esc(p[2])}</p></div>
<div class="inarticle-related"><span class="inarticle-related-title">ذات صلة</span><a href="/middle-east/1770200"><img src="/r.jpg" alt=""/><span>{esc(related[0])}</span></a></div>
<div class="body-part" data-index="2"><h2>{esc(p[3])}</h2><p>{esc(p[4])}</p></div>
<div class="embed-container embed-twitter">{tweet}</div>
<div class="body-part" data-index="3"><p>{esc(p[5])}</p></div>
{ad('inread-2')}
<div class="body-part" data-index="4"><p>{esc(p[6])}</p></div>
</div>
<div class="article-tags"><span>مواضيع ذات صلة:</span> <a href="/tag/غزة">غزة</a> <a href="/tag/حماس">حماس</a> <a href="/tag/إسرائيل">إسرائيل</a> <a href="/tag/قطر">قطر</a></div>
<section class="related-section"><h2>أخبار ذات صلة</h2><ul>''' + ''.join(f'<li><a href="/middle-east/17702{i}"><img src="/r{i}.jpg" alt=""/><h3>{esc(t)}</h3></a></li>' for i, t in enumerate(related)) + f'''</ul></section>
<section class="most-popular"><h2>الأكثر قراءة</h2><ol><li><a href="#">ماذا يتضمن اتفاق وقف إطلاق النار في غزة؟ البنود الكاملة</a></li><li><a href="#">أسعار النفط تتراجع بعد إعلان اتفاق غزة</a></li><li><a href="#">الحرائق تواصل الزحف في لوس أنجلوس</a></li></ol></section>
</main>
<footer class="footer"><nav><a href="/about-us">من نحن</a><a href="/terms">الشروط والأحكام</a><a href="/privacy">سياسة الخصوصية</a><a href="/contact">اتصل بنا</a></nav><p>جميع الحقوق محفوظة © سكاي نيوز عربية 2025</p></footer>
</div>
<script>window.__INITIAL_STATE__={{"article":{{"id":1770231,"urlFriendlySuffix":"اتفاق-وقف-اطلاق-النار-غزة","headline":"{title}","summary":"الوسطاء يعلنون اتفاقا من ثلاث مراحل","tags":["غزة","حماس"],"readingTime":3}},"config":{{"adsEnabled":true,"lang":"ar"}}}};</script>
<script src="/static/js/app.4f9c1e.js" defer></script>
</body></html>'''
    return dict(id='ar05', url=url, lang='ar', html=h, truth=p, model='Sky News Arabia (SPA-rendered article page)',
                hard='body split over five sibling div.body-part containers with ad slots, an in-article related card and an embedded tweet between them (tweet excluded); summary/dek excluded; news ticker; state blob')
PAGES.append(ar05)

# ---------------- ar06: Annahar-like, two articles on the page (next article auto-loaded)
def ar06():
    url = 'https://www.annahar.com/arabic/section/76-%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/09012025/%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8-%D8%AC%D9%88%D8%B2%D8%A7%D9%81-%D8%B9%D9%88%D9%86-%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7'
    title = 'جوزاف عون رئيساً للجمهورية بـ99 صوتاً بعد عامين من الفراغ'
    p = [
     'انتخب مجلس النواب اللبناني، الخميس، قائد الجيش العماد جوزاف عون رئيساً للجمهورية، بعد حصوله على 99 صوتاً في الدورة الثانية من جلسة الانتخاب، منهياً فراغاً رئاسياً استمر أكثر من عامين.',
     'وكان عون قد نال 71 صوتاً في الدورة الأولى، أي أقل من أكثرية الثلثين المطلوبة للفوز، قبل أن تُرفع الجلسة ساعتين جرت خلالهما مشاورات بين الكتل النيابية.',
     'وأدى الرئيس الجديد اليمين الدستورية أمام المجلس، وألقى خطاب القسم الذي تعهد فيه بأن تحتكر الدولة حق حمل السلاح، وبإعادة إعمار ما دمرته الحرب الإسرائيلية في الجنوب والبقاع والضاحية الجنوبية لبيروت.',
     '«اليوم تبدأ مرحلة جديدة من تاريخ لبنان»، قال عون في مستهل خطابه، مضيفاً أن «الأزمة ليست أزمة نظام، بل أزمة حكم».',
     'ولقي انتخاب عون ترحيباً عربياً ودولياً واسعاً، إذ هنأه كل من الرئيس الفرنسي إيمانويل ماكرون والرئيس الأميركي جو بايدن، فيما أجرى ولي العهد السعودي الأمير محمد بن سلمان اتصالاً هاتفياً به.',
     'ويتعين على الرئيس الجديد الآن الدعوة إلى استشارات نيابية ملزمة لتسمية رئيس للحكومة، في وقت يواجه فيه لبنان انهياراً اقتصادياً غير مسبوق وتحديات تثبيت اتفاق وقف إطلاق النار في الجنوب.',
    ]
    t2 = 'سندات لبنان الدولية تقفز إلى أعلى مستوى منذ عام 2022'
    p2 = ['ارتفعت سندات لبنان الدولية المتعثرة، الخميس، إلى أعلى مستوياتها منذ نحو ثلاث سنوات، بعد انتخاب رئيس جديد للجمهورية، وسط آمال المستثمرين بعودة الإصلاحات واستئناف المفاوضات مع صندوق النقد الدولي.',
          'وصعدت السندات المستحقة عام 2035 بأكثر من سنتين لتتداول عند نحو 13 سنتاً للدولار، بحسب بيانات تريدويب، بعدما كانت دون ستة سنتات قبل أشهر قليلة.',
          'ويرى محللون أن استمرار المكاسب يبقى رهناً بتشكيل حكومة سريعاً وإقرار قوانين إعادة هيكلة المصارف ومعالجة الفجوة المالية.']
    def art(i, tt, pars, author, time, bodyhtml):
        return f'''<article class="article-wrapper" data-article-index="{i}" data-url="{'/arabic/x' if i else attr(url)}">
<div class="articleMainTitle"><h1 class="article-main-title">{esc(tt)}</h1></div>
<div class="article-author-date"><a class="author-name" href="/author/{i}">{esc(author)}</a><span class="date">{time}</span></div>
<div class="article-share"><a href="#">فايسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="article-main-image"><img src="/ContentFiles/{i}.jpg" alt=""><div class="image-caption">{'العماد جوزاف عون خلال جلسة الانتخاب في مجلس النواب (حسام شبارو)' if i == 0 else 'مقر مصرف لبنان في بيروت (أرشيف)'}</div></div>
<div class="articleMainText">{bodyhtml}</div>
<div class="article-tags"><span>الكلمات الدالة</span> <a href="/tag/1">رئاسة الجمهورية</a> <a href="/tag/2">مجلس النواب</a></div>
</article>'''
    b1 = (f'<p>{esc(p[0])}</p><p>{esc(p[1])}</p><p>{esc(p[2])}</p>'
          '<div class="read-also-inline"><span>اقرأ أيضاً:</span> <a href="/arabic/rel">محطات في مسيرة قائد الجيش من عمشيت إلى قصر بعبدا</a></div>'
          f'<blockquote><p>{esc(p[3])}</p></blockquote><p>{esc(p[4])}</p><p>{esc(p[5])}</p>')
    b2 = ''.join(f'<p>{esc(x)}</p>' for x in p2)
    h = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | النهار</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:url" content="{attr(url)}">
<meta property="og:description" content="انتخب مجلس النواب اللبناني قائد الجيش العماد جوزاف عون رئيساً للجمهورية">
<meta name="twitter:title" content="{attr(title)}">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2025-01-09T14:20:00+02:00","author":{"@type":"Person","name":"عباس صباغ"},"publisher":{"@type":"Organization","name":"النهار"}})}
{style('.articleMainText p{line-height:2;font-size:1.2rem}.next-article-loader{border-top:3px solid #c00;margin:40px 0}')}
{GA}
</head>
<body>
<header class="header"><div class="logo"><a href="/">النهار</a></div><ul class="main-menu"><li><a href="/arabic/section/76">سياسة</a></li><li><a href="/arabic/section/3">اقتصاد</a></li><li><a href="/arabic/section/4">عربي ودولي</a></li><li><a href="/arabic/section/5">مجتمع</a></li><li><a href="/arabic/section/6">ثقافة</a></li><li><a href="/arabic/section/7">رياضة</a></li></ul>
<a class="subscribe-btn" href="/subscribe">اشترك</a></header>
<div class="breadcrumb"><a href="/">الرئيسية</a> <span>/</span> <a href="/arabic/section/76">سياسة</a></div>
<div id="articles-container" class="infinite-scroll">
{art(0, title, p, 'عباس صباغ', '09-01-2025 | 14:20', b1)}
<div class="related-block"><h3>مقالات ذات صلة</h3><ul><li><a href="#">ماكرون يهنئ عون ويعلن زيارة قريبة إلى بيروت</a></li><li><a href="#">من هو جوزاف عون؟</a></li><li><a href="#">الكتل النيابية تبدأ مشاوراتها لتسمية رئيس الحكومة</a></li></ul></div>
<div class="next-article-loader" data-next="/arabic/section/3/09012025/bonds"><span>المقال التالي</span></div>
{art(1, t2, p2, 'النهار', '09-01-2025 | 17:05', b2)}
</div>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="#">جلسة الانتخاب لحظة بلحظة</a></li><li><a href="#">هكذا توزعت أصوات النواب في الدورة الثانية</a></li><li><a href="#">طقس عاصف ومتساقطات غزيرة نهاية الأسبوع</a></li></ol></aside>
<div class="newsletter-box"><h4>اشترك في النشرة الإخبارية</h4><p>احصل على أبرز الأخبار يومياً في بريدك الإلكتروني</p><input type="email"><button>اشتراك</button></div>
<footer class="footer"><p>جميع الحقوق محفوظة © 2025 النهار</p><a href="/terms">شروط الاستخدام</a> <a href="/privacy">الخصوصية</a></footer>
<script>var infiniteArticles=["/arabic/section/3/09012025/bonds","/arabic/section/4/09012025/gaza"];var loadedArticles=1;</script>
</body></html>'''
    return dict(id='ar06', url=url, lang='ar', html=h, truth=p, model='Annahar (infinite-scroll article page)',
                hard='two articles on the page: the next article (different story, different title) auto-loaded after the first with the same markup; only the first is truth; in-body "اقرأ أيضاً" line excluded; blockquote quote')
PAGES.append(ar06)

# ---------------- ar07: local WordPress (Libya), NO charset anywhere, Elementor CSS leaking, Persian letter variants, source/tag footers
def ar07():
    url = 'https://www.libya-akhbar.ly/2023/09/12/%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%b6%d8%ad%d8%a7%d9%8a%d8%a7-%d9%81%d9%8a%d8%b6%d8%a7%d9%86%d8%a7%d8%aa-%d8%af%d8%b1%d9%86%d8%a9/'
    title = 'ارتفاع ضحايا فيضانات درنة إلى أكثر من 5 آلاف قتيل و10 آلاف مفقود'
    p = [
     'ارتفع عدد ضحايا الفيضانات التي اجتاحت مدينة درنة شرق ليبيا إلى أكثر من 5 آلاف قتيل، فيما لا يزال نحو 10 آلاف شخص في عداد المفقودين، وفق ما أعلنته السلطات في شرق البلاد، الثلاثاء.',
     'وتسببت العاصفة دانيال، التي ضربت السواحل الشرقية ليل الأحد، في انهيار سدين على وادي درنة، ما أدى إلى تدفق سيول جارفة جرفت أحياء بكاملها نحو البحر.',
     'وقال عضو في المجلس البلدي للمدينة إن ربع درنة تقريبا قد اختفی، مؤکدا أن فرق الإنقاذ تنتشل الجثث من تحت الأنقاض ومن البحر، وأن المستشفيات لم تعد قادرة على استيعاب المزيد.',
     'وأعلنت حكومة الوحدة الوطنية في طرابلس الحداد ثلاثة أيام في جميع أنحاء البلاد، وأرسلت قافلة مساعدات وفرقا طبية إلى المدينة المنكوبة، فيما بدأت فرق إنقاذ من مصر وتركيا والإمارات بالوصول.',
     'وحذرت منظمات إنسانية من خطر تفشی الأمراض بسبب تلوث مياه الشرب وتحلل الجثث، داعية إلى توفير ممرات آمنة لإيصال المساعدات إلى السكان المحاصرين.',
    ]
    css = '.elementor-1187 .elementor-element.elementor-element-5f2a1c9 .elementor-heading-title{color:#1b1b1b;font-family:"Cairo",Sans-serif;font-size:28px;font-weight:700}.elementor-widget-theme-post-content p{margin-bottom:1em}'
    h = f'''<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; أخبار ليبيا</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="أخبار ليبيا &laquo; الخلاصة" href="https://www.libya-akhbar.ly/feed/" />
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.libya-akhbar.ly/wp-content/plugins/elementor/assets/css/frontend-lite-rtl.min.css?ver=3.15.3' media='all' />
<style id='global-styles-inline-css'>body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;}}</style>
<script src='https://www.libya-akhbar.ly/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<link rel="canonical" href="{attr(url)}" />
</head>
<body class="rtl post-template-default single single-post postid-1187 elementor-default elementor-template-full-width elementor-kit-6">
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header">
<div class="elementor-element elementor-element-2c3d4e5 e-flex e-con-boxed e-con" data-element_type="container"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="https://www.libya-akhbar.ly"><img src="/wp-content/uploads/2022/01/logo.png" alt="أخبار ليبيا"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul id="menu-1-main" class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">الرئيسية</a></li><li class="menu-item"><a href="/category/local/" class="elementor-item">محليات</a></li><li class="menu-item"><a href="/category/economy/" class="elementor-item">اقتصاد</a></li><li class="menu-item"><a href="/category/sport/" class="elementor-item">رياضة</a></li><li class="menu-item"><a href="/category/world/" class="elementor-item">دولي</a></li></ul></nav></div>
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1187" class="elementor elementor-1187 elementor-location-single post-1187 post type-post status-publish">
<div class="elementor-element elementor-element-5f2a1c9 e-flex e-con-boxed e-con"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container">
<style>/*! elementor - v3.15.0 - 20-08-2023 */
.elementor-heading-title{{padding:0;margin:0;line-height:1}}.elementor-widget-heading .elementor-heading-title[class*=elementor-size-]>a{{color:inherit;font-size:inherit;line-height:inherit}}</style>
<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1></div></div>
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">سبتمبر 12, 2023</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">محليات</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">لا توجد تعليقات</span></li></ul></div>
<div class="elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container"><style>.elementor-widget-image{{text-align:center}}.elementor-widget-image img{{vertical-align:middle;display:inline-block}}</style><img width="800" height="450" src="/wp-content/uploads/2023/09/derna.jpg" alt=""></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<style>{css}</style>
<p>{esc(p[0])}</p>
<p>{esc(p[1])}</p>
<p>{esc(p[2])}</p>
<p>{esc(p[3])}</p>
<p>{esc(p[4])}</p>
<p><strong>المصدر: وكالات</strong></p>
</div></div>
<div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><span class="tags-title">كلمات دلالية:</span> <a href="/tag/درنة/">درنة</a>، <a href="/tag/العاصفة-دانيال/">العاصفة دانيال</a>، <a href="/tag/فيضانات/">فيضانات</a></div></div>
<div class="elementor-widget elementor-widget-share-buttons"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__text">Facebook</span></div><div class="elementor-share-btn elementor-share-btn_twitter"><span class="elementor-share-btn__text">Twitter</span></div><div class="elementor-share-btn elementor-share-btn_whatsapp"><span class="elementor-share-btn__text">WhatsApp</span></div></div>
<div class="elementor-widget elementor-widget-posts"><h2 class="elementor-heading-title">أخبار ذات صلة</h2><div class="elementor-posts-container">''' + ''.join(f'<article class="elementor-post"><a class="elementor-post__thumbnail__link" href="/2023/09/1{i}/r{i}/"><img src="/r{i}.jpg" alt=""></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/2023/09/1{i}/r{i}/">{esc(t)}</a></h3><div class="elementor-post__excerpt"><p>{esc(d)}</p></div><a class="elementor-post__read-more" href="/2023/09/1{i}/r{i}/">إقرأ أيضاً »</a></div></article>' for i, (t, d) in enumerate([
        ('المنفي يدعو إلى تحقيق دولي في انهيار سدي درنة', 'دعا رئيس المجلس الرئاسي إلى فتح تحقيق شامل لتحديد المسؤوليات عن انهيار السدين اللذين لم يخضعا للصيانة منذ سنوات.'),
        ('فرق الإنقاذ التركية تصل إلى بنغازي', 'وصلت طائرات تحمل فرق إنقاذ ومعدات إلى مطار بنينا، في طريقها إلى المناطق المنكوبة.'),
        ('البنك المركزي يخصص ملياري دينار لإعادة الإعمار', 'أعلن المصرف المركزي تخصيص مبالغ عاجلة لدعم البلديات المتضررة من الإعصار.')])) + f'''</div></div>
<div class="elementor-widget elementor-widget-post-comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p><textarea id="comment" name="comment"></textarea><input type="submit" value="إرسال التعليق"></form></div></div>
</div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-widget-container"><p>جميع الحقوق محفوظة لموقع أخبار ليبيا © 2023</p><p>تصميم وتطوير: <a href="#">ليبيا ويب</a></p></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"\\u0634\\u0627\\u0631\\u0643"}},"post":{{"id":1187,"title":"{title}","excerpt":"","featuredImage":"\\/wp-content\\/uploads\\/2023\\/09\\/derna.jpg"}}}};</script>
<script src='https://www.libya-akhbar.ly/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.15.3' id='elementor-frontend-js'></script>
</body>
</html>'''
    return dict(id='ar07', url=url, lang='ar', html=h, truth=p, content_type='text/html',
                model='local news site on WordPress + Elementor (Libya)',
                hard='no charset anywhere (no meta, content_type without charset), UTF-8 bytes; Elementor inline <style> blocks inside the title and content widgets (CSS leak); Persian letter variants (ی, ک) typed in Arabic text, kept as served; "المصدر" line and "كلمات دلالية" tags after the body; related posts with excerpts and "إقرأ أيضاً" links; comment form; no og/JSON-LD')
PAGES.append(ar07)
