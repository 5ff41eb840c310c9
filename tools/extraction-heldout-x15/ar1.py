from common import *
PAGES = []

# ---------------- ar01: Al Jazeera-like (aljazeera.net), Next/Apollo state blob, in-body "اقرأ أيضا"
def ar01():
    url = 'https://www.aljazeera.net/news/2023/9/11/%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%B5%D9%8A%D9%84%D8%A9-%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8'
    title = 'ارتفاع حصيلة زلزال المغرب إلى أكثر من 2800 قتيل وصعوبات تواجه فرق الإنقاذ'
    p = [
     'ارتفعت حصيلة ضحايا الزلزال الذي ضرب المغرب ليل الجمعة إلى أكثر من 2800 قتيل، وفق ما أعلنته وزارة الداخلية المغربية مساء الاثنين، في حين تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض القرى الجبلية في إقليم الحوز.',
     'وقالت الوزارة في بيان إن عدد المصابين بلغ 2562 شخصا، مشيرة إلى أن أغلب الضحايا سقطوا في أقاليم الحوز وتارودانت وشيشاوة، حيث انهارت منازل مبنية من الطين والحجارة على ساكنيها.',
     'صعوبة الوصول إلى القرى',
     'وتواجه فرق الإغاثة صعوبات كبيرة في الوصول إلى الدواوير المعزولة في جبال الأطلس الكبير بسبب الانهيارات الصخرية التي أغلقت الطرق، واضطرت السلطات إلى استخدام المروحيات لنقل الجرحى والمساعدات.',
     'وقال محمد أيت الحاج، أحد سكان قرية تلات نيعقوب، للجزيرة نت "فقدنا كل شيء في ثوانٍ معدودة، ما زلنا ننتظر وصول الخيام والأغطية، والليل هنا بارد جدا".',
     'وكان المعهد الوطني للجيوفيزياء قد أفاد بأن قوة الزلزال بلغت 7 درجات على مقياس ريختر، بينما قدرتها هيئة المسح الجيولوجي الأميركية بـ6.8 درجات، وحدد مركزه على بعد نحو 70 كيلومترا جنوب غرب مدينة مراكش.',
     'مساعدات دولية',
     'وأعلن المغرب قبول عروض مساعدة من أربع دول هي إسبانيا وبريطانيا وقطر والإمارات، موضحا أنه قيّم احتياجاته بدقة وأن غياب التنسيق قد يأتي بنتائج عكسية.',
     'وأعلن الديوان الملكي الحداد الوطني ثلاثة أيام، كما أمر الملك محمد السادس بإعادة إيواء المتضررين وتقديم الدعم الفوري لهم.',
    ]
    readalso = [('زلزال المغرب.. قرى بأكملها سويت بالأرض في جبال الأطلس', '/news/2023/9/10/زلزال-المغرب-قرى'),
                ('بالصور.. مراكش القديمة تحصي أضرار الزلزال', '/gallery/2023/9/9/مراكش-القديمة'),
                ('كيف تحدث الزلازل؟ وهل يمكن التنبؤ بها؟', '/science/2023/9/9/كيف-تحدث-الزلازل')]
    ra = '<div class="more-on"><h3 class="more-on__title">اقرأ أيضا</h3><ul class="more-on__list">' + ''.join(
        f'<li class="more-on__item"><a href="{attr(h)}"><span>{esc(t)}</span></a></li>' for t, h in readalso) + '<li class="more-on__item more-on__item--end">list of 3 items</li></ul><a class="more-on__end" href="#">end of list</a></div>'
    body = (f'<p>{esc(p[0])}</p>\n<p>{esc(p[1])}</p>\n'
            '<figure class="article-figure"><div class="responsive-image"><img loading="lazy" alt="عمال إنقاذ يبحثون بين أنقاض منازل منهارة في قرية جبلية" src="/wp-content/uploads/2023/09/000_33UX8QG-1694419251.jpg?resize=770%2C513&amp;quality=80" srcset="/wp-content/uploads/2023/09/000_33UX8QG-1694419251.jpg?w=770 770w"></div>'
            '<figcaption>عمال إنقاذ يبحثون بين أنقاض منازل منهارة في إقليم الحوز (الفرنسية)</figcaption></figure>\n'
            f'<h2 id="صعوبة">{esc(p[2])}</h2>\n<p>{esc(p[3])}</p>\n' + ra + '\n'
            f'<p>{esc(p[4])}</p>\n<p>{esc(p[5])}</p>\n<h2>{esc(p[6])}</h2>\n<p>{esc(p[7])}</p>\n<p>{esc(p[8])}</p>\n'
            '<p class="article-source">المصدر : الجزيرة + وكالات</p>')
    apollo = {"ROOT_QUERY": {"article({\"postType\":\"post\",\"name\":\"arf\"})": {"__ref": "Post:2517362"}},
              "Post:2517362": {"id": "2517362", "title": title, "excerpt": "أعلنت وزارة الداخلية المغربية ارتفاع عدد ضحايا الزلزال.", "date": "2023-09-11T19:40:12",
                               "content": "<p>" + p[0] + "</p><p>" + p[1] + "</p>", "source": [{"name": "الجزيرة + وكالات"}],
                               "tags": [{"title": "زلازل"}, {"title": "المغرب"}], "featuredImage": {"sourceUrl": "/wp-content/uploads/2023/09/000_33UX8QG-1694419251.jpg"}}}
    most = ['شاهد.. لحظة انهيار مئذنة مسجد في مراكش خلال الزلزال', 'لماذا رفض المغرب عروض المساعدة الفرنسية؟', 'خبير جيولوجي: الهزات الارتدادية قد تستمر أسابيع', 'بينهم أطفال.. عائلات تبيت في العراء بعد الزلزال', 'الأمم المتحدة: 300 ألف متضرر من زلزال المغرب']
    related = [('المغرب يبدأ إعادة الإعمار بعد الزلزال المدمر', 'أعلنت الحكومة المغربية برنامجا لإعادة بناء نحو 50 ألف منزل تضررت كليا أو جزئيا في الأقاليم المنكوبة، مع تقديم مساعدات مالية شهرية للأسر.'),
               ('تضامن عربي واسع مع المغرب بعد الزلزال', 'توالت رسائل التضامن والتعزية من الدول العربية، وأعلنت عدة حكومات استعدادها لإرسال فرق إنقاذ ومساعدات إنسانية فور طلب الرباط.'),
               ('ما الذي يجعل زلزال الحوز الأعنف منذ عقود؟', 'يشرح علماء الزلازل أن عمق البؤرة الضحل وطبيعة المباني التقليدية في المنطقة ضاعفا حجم الخسائر البشرية.')]
    h = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | أخبار | الجزيرة نت</title>
<link rel="canonical" href="{attr(url)}">
<meta name="description" content="أعلنت وزارة الداخلية المغربية ارتفاع عدد ضحايا الزلزال إلى أكثر من 2800 قتيل.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{attr(url)}">
<meta property="og:site_name" content="الجزيرة نت">
<meta property="og:image" content="https://www.aljazeera.net/wp-content/uploads/2023/09/000_33UX8QG-1694419251.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="pageType" content="Article"><meta name="postID" content="2517362"><meta name="publishedDate" content="2023-09-11T19:40:12">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2023-09-11T19:40:12+03:00","dateModified":"2023-09-11T20:02:44+03:00","author":[{"@type":"Organization","name":"الجزيرة نت"}],"publisher":{"@type":"Organization","name":"الجزيرة","logo":{"@type":"ImageObject","url":"https://www.aljazeera.net/images/logo-aj.png"}},"mainEntityOfPage":url})}
{style('.site-header{{position:sticky;top:0;background:#fff}}.wysiwyg p{{font-size:18px;line-height:1.8}}.more-on{{border-right:4px solid #fa9000;padding:12px}}@media (max-width:768px){{.article-header h1{{font-size:24px}}}}'.replace('{{','{').replace('}}','}'))}
{GA}
</head>
<body class="rtl single-post">
<div id="__next"><div class="container container--header">
<header class="site-header"><div class="site-header__logo"><a href="/"><svg viewBox="0 0 100 40"><title>الجزيرة</title><path d="M0 0h100v40H0z"></path></svg></a></div>
<nav class="site-header__navigation" aria-label="Primary"><ul class="menu header-menu">
<li class="menu__item"><a href="/news/">أخبار</a></li><li class="menu__item"><a href="/politics/">سياسة</a></li><li class="menu__item"><a href="/ebusiness/">اقتصاد</a></li><li class="menu__item"><a href="/sport/">رياضة</a></li><li class="menu__item"><a href="/opinions/">آراء</a></li><li class="menu__item"><a href="/programs/">برامج</a></li><li class="menu__item"><a href="/live/">البث المباشر</a></li></ul></nav>
<div class="site-header__search"><button aria-label="بحث">بحث</button></div></header></div>
<div class="breaking-news-banner" role="alert" hidden><span>عاجل</span> <a href="/news/2023/9/11/breaking">فرق الإنقاذ تنتشل ناجين من تحت الأنقاض في تارودانت</a></div>
<main id="main-content-area" class="container">
<div class="breadcrumbs"><a href="/">الرئيسية</a> / <a href="/news/">أخبار</a> / <a href="/where/arab/morocco/">المغرب</a></div>
<header class="article-header"><div class="article-meta"><a class="topics" href="/where/arab/morocco/">المغرب</a></div>
<h1>{esc(title)}</h1>
<div class="article-dates"><span class="date-simple"><span class="screen-reader-text">نشر في </span>11/9/2023</span> <span class="article-dates__updated">آخر تحديث: 11/9/202320:02 (توقيت مكة)</span></div></header>
<div class="article-info-block"><div class="article-source">المصدر : الجزيرة + وكالات</div>
<div class="share-bar"><span>شارك</span><a class="share-facebook" href="https://www.facebook.com/sharer.php?u={attr(url)}">facebook</a><a class="share-twitter" href="https://twitter.com/intent/tweet?url={attr(url)}">twitter</a><a class="share-whatsapp" href="whatsapp://send?text={attr(url)}">whatsapp</a><a class="share-copy" href="#">copylink</a><span class="share-save">حفظ</span></div></div>
<div class="article-featured-image"><figure><img src="/wp-content/uploads/2023/09/000_33UX8QG-1694419251.jpg?resize=1200%2C630" alt=""><figcaption>سكان قرية في إقليم الحوز يتفقدون منازلهم المدمرة (رويترز)</figcaption></figure></div>
<div class="wysiwyg wysiwyg--all-content css-1ck9wyi" aria-live="polite" aria-atomic="true">
{body}
</div>
<div class="article-tags"><span>الكلمات المفتاحية</span><ul><li><a href="/tag/earthquakes/">زلازل</a></li><li><a href="/where/arab/morocco/">المغرب</a></li><li><a href="/tag/disasters/">كوارث</a></li></ul></div>
{ad('mpu-1')}
<section class="more-on-section"><h2 class="section-header">المزيد من أخبار</h2>
''' + ''.join(f'<article class="gc gc--type-post"><div class="gc__content"><h3 class="gc__title"><a href="/news/2023/9/{12+i}/r{i}"><span>{esc(t)}</span></a></h3><div class="gc__excerpt"><p>{esc(d)}</p></div><div class="gc__date"><span>{12+i}/9/2023</span></div></div></article>\n' for i, (t, d) in enumerate(related)) + '''</section>
<aside class="most-read-container"><h2 class="most-read__title">الأكثر قراءة</h2><ol>''' + ''.join(f'<li><a href="/news/2023/9/10/m{i}"><span>{esc(t)}</span></a></li>' for i, t in enumerate(most)) + f'''</ol></aside>
</main>
<footer class="site-footer"><div class="footer-menu"><ul><li><a href="/aboutus/">من نحن</a></li><li><a href="/code-of-ethics/">ميثاق الشرف المهني</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li><li><a href="/terms/">شروط الاستخدام</a></li><li><a href="/cookies/">تفضيلات الكوكيز</a></li></ul></div>
<div class="footer-apps">تابع الجزيرة نت على: <a href="#">يوتيوب</a> <a href="#">إنستغرام</a> <a href="#">تلغرام</a></div>
<p class="copyright">© 2023 شبكة الجزيرة الإعلامية</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="dialog"><p id="onetrust-policy-text">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على سياسة ملفات تعريف الارتباط.</p><button id="onetrust-accept-btn-handler">موافق</button></div>
</div>
<script id="__APOLLO_STATE__">window.__APOLLO_STATE__={json.dumps(apollo, ensure_ascii=False)};</script>
<script src="/_next/static/chunks/main-7d2ce1a1c0b3a.js" async></script>
</body></html>'''
    return dict(id='ar01', url=url, lang='ar', html=h, truth=p, model='Al Jazeera (aljazeera.net, WordPress headless + Next.js/Apollo)',
                hard='in-body "اقرأ أيضا" box; figure with caption; h2 subheadings; Apollo JSON state blob holding part of the text; "المصدر" line inside the body container; related teasers with excerpts; most-read list; cookie banner')
PAGES.append(ar01)

# ---------------- ar02: Al-Ahram-like ASP.NET WebForms, table layout, windows-1256
def ar02():
    url = 'https://gate.ahram.org.eg/News/4612873.aspx'
    title = 'الهيئة الوطنية للانتخابات تعلن فوز السيسي بولاية جديدة بنسبة 89.6%'
    p = [
     'أعلنت الهيئة الوطنية للانتخابات، اليوم الاثنين، فوز الرئيس عبد الفتاح السيسي بولاية رئاسية جديدة مدتها ست سنوات، بعد حصوله على 89.6% من أصوات الناخبين الصحيحة في الانتخابات التي جرت على مدى ثلاثة أيام.',
     'وقال المستشار حازم بدوي، رئيس الهيئة، في مؤتمر صحفي بمقر الهيئة العامة للاستعلامات، إن نسبة المشاركة بلغت 66.8%، وهي الأعلى في تاريخ الانتخابات المصرية، إذ أدلى أكثر من 44 مليون ناخب بأصواتهم من إجمالي 67 مليونا يحق لهم التصويت.',
     'وحل حازم عمر، رئيس حزب الشعب الجمهوري، في المركز الثاني بنسبة 4.5%، تلاه فريد زهران رئيس الحزب المصري الديمقراطي الاجتماعي بنسبة 4%، ثم عبد السند يمامة رئيس حزب الوفد بنسبة 1.9%.',
     'وأكد بدوي أن العملية الانتخابية جرت تحت إشراف قضائي كامل، وبمتابعة من منظمات المجتمع المدني ووسائل الإعلام المحلية والدولية، مشيرا إلى أن الهيئة تلقت عددا محدودا من الشكاوى تم التعامل معها فورا.',
     'ومن المقرر أن يؤدي الرئيس السيسي اليمين الدستورية أمام مجلس النواب في أبريل المقبل، لتبدأ ولايته الثالثة التي تمتد حتى عام 2030.',
    ]
    related = ['السيسي يوجه الشكر للمصريين بعد إعلان نتيجة الانتخابات الرئاسية', 'حازم عمر يهنئ الرئيس السيسي بالفوز في الانتخابات', 'الصحف العالمية: نسبة المشاركة في الانتخابات المصرية غير مسبوقة', 'رئيس الوزراء: الحكومة تبدأ فورا تنفيذ توجيهات الرئيس']
    body = '<br />\n'.join(f'<p style="text-align: justify;">{esc(x)}</p>' for x in p)
    h = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1256" /><title>
	بوابة الأهرام :{esc(title)}
</title>
<meta name="keywords" content="الانتخابات الرئاسية,الهيئة الوطنية للانتخابات,السيسي" />
<meta name="description" content="أعلنت الهيئة الوطنية للانتخابات فوز الرئيس عبد الفتاح السيسي بولاية رئاسية جديدة" />
<meta property="og:title" content="{attr(title)}" /><meta property="og:image" content="https://gate.ahram.org.eg/Media/News/2023/12/18/2023-638385060153781234-378.jpg" />
<link href="/App_Themes/Default/Styles.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/jquery-1.8.2.min.js"></script>
<script type="text/javascript">function PrintNews(id){{window.open('/PrintNews.aspx?NID='+id,'print','width=650,height=600,scrollbars=yes');}}</script>
</head>
<body>
<form name="aspnetForm" method="post" action="./4612873.aspx" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ5kC8bA1vW2l0q3xGz6yQ1c9yM0=" /></div>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" id="MainTable">
<tr><td colspan="3" class="HeaderTd"><a href="/"><img src="/Images/logo.gif" alt="بوابة الأهرام" border="0" /></a>
<div class="TopDate">الاثنين 5 من جمادى الآخرة 1445 هــ 18 ديسمبر 2023</div></td></tr>
<tr><td colspan="3" class="MenuTd"><a href="/Portal/13/مصر.aspx">مصر</a> | <a href="/Portal/4/عربي-ودولي.aspx">عربي ودولي</a> | <a href="/Portal/5/اقتصاد.aspx">اقتصاد</a> | <a href="/Portal/8/رياضة.aspx">رياضة</a> | <a href="/Portal/16/حوادث.aspx">حوادث</a> | <a href="/Portal/7/فنون.aspx">فنون</a> | <a href="/Portal/10/مقالات.aspx">مقالات</a></td></tr>
<tr>
<td width="180" valign="top" class="RightCol"><div class="BoxTitle">الأكثر قراءة</div><ul class="MostRead">''' + ''.join(f'<li><a href="/News/46128{60+i}.aspx">{esc(t)}</a></li>' for i, t in enumerate(['أسعار الذهب اليوم في مصر', 'حالة الطقس غدا: أمطار على السواحل الشمالية', 'موعد صرف مرتبات شهر يناير 2024', 'نتيجة الانتخابات الرئاسية بالمحافظات'])) + f'''</ul></td>
<td width="610" valign="top" class="CenterCol">
<div id="ctl00_ContentPlaceHolder1_divNavigator" class="Navigator"><a href="/">الرئيسية</a> &gt; <a href="/Portal/13/مصر.aspx">مصر</a></div>
<div id="ctl00_ContentPlaceHolder1_divTitle"><h1 class="NewsTitle">{esc(title)}</h1></div>
<div class="NewsAuthor">أحمد سعيد - محمد عبد العزيز</div><div class="NewsDate">18-12-2023 | 12:41</div>
<div class="NewsImg"><img id="ctl00_ContentPlaceHolder1_imgNews" src="/Media/News/2023/12/18/2023-638385060153781234-378.jpg" alt="" /><div class="ImgCaption">المستشار حازم بدوي خلال المؤتمر الصحفي</div></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="NewsContent">
{body}
</div>
<div class="NewsTools"><a href="javascript:PrintNews(4612873)">طباعة</a> | <a href="/SendToFriend.aspx?NID=4612873">أرسل لصديق</a> | <span>عدد القراءات: 4823</span></div>
<div class="RelatedBox"><div class="BoxTitle">أخبار ذات صلة</div><ul>''' + ''.join(f'<li><a href="/News/46128{70+i}.aspx">{esc(t)}</a></li>' for i, t in enumerate(related)) + '''</ul></div>
<div class="CommentsBox"><div class="BoxTitle">التعليقات</div><p class="NoComments">لا توجد تعليقات على هذا الموضوع</p><div>الاسم: <input type="text" name="txtName" /></div><div>التعليق: <textarea name="txtComment"></textarea></div><input type="submit" value="إرسال" /></div>
</td>
<td width="200" valign="top" class="LeftCol"><div class="BoxTitle">الأهرام اليومي</div><a href="https://ahram.org.eg/"><img src="/Images/daily.jpg" alt="" /></a><div class="BoxTitle">إعلانات</div><div id="adLeft"><script type="text/javascript">document.write('<iframe src="/ads/left.aspx" width="200" height="400" frameborder="0"></iframe>');</script></div></td>
</tr>
<tr><td colspan="3" class="FooterTd">جميع حقوق النشر محفوظة لمؤسسة الأهرام - لا يجوز النقل أو الاقتباس دون إذن كتابي مسبق<br />Copyright © 2023 Al-Ahram Establishment</td></tr>
</table></form></body></html>'''
    return dict(id='ar02', url=url, lang='ar', html=h, truth=p, charset='windows-1256', content_type='text/html; charset=windows-1256',
                model='Al-Ahram gate (older ASP.NET WebForms, table layout)',
                hard='served as windows-1256 (header and meta); three-column table layout; paragraphs separated by <br/>; "أخبار ذات صلة" list; print/send-to-friend tools; comment form; image caption outside the body')
PAGES.append(ar02)
