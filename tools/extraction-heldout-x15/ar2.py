from common import *
PAGES = []

# ---------------- ar03: Hespress-like WordPress, SHORT article (2 paragraphs) + long teasers + comments
def ar03():
    url = 'https://www.hespress.com/%d8%a7%d9%84%d9%81%d9%8a%d9%81%d8%a7-%d9%8a%d8%b9%d9%84%d9%86-%d9%85%d9%84%d9%81-2030-1239876.html'
    title = 'الفيفا يعلن الملف المغربي الإسباني البرتغالي مرشحا وحيدا لمونديال 2030'
    p = [
     'أعلن الاتحاد الدولي لكرة القدم (فيفا)، مساء الأربعاء، أن الملف المشترك للمغرب وإسبانيا والبرتغال هو المرشح الوحيد لاستضافة نهائيات كأس العالم 2030، على أن تقام ثلاث مباريات افتتاحية في الأوروغواي والأرجنتين والباراغواي احتفالا بمئوية البطولة.',
     'وجاء القرار بإجماع أعضاء مجلس الفيفا خلال اجتماع عقد عبر تقنية الاتصال المرئي، في انتظار المصادقة الرسمية عليه خلال كونغرس الاتحاد المقرر سنة 2024. ورحب الديوان الملكي في بلاغ بهذا القرار، معتبرا إياه اعترافا بالمكانة التي يحظى بها المغرب بين الأمم الكبرى.',
    ]
    teasers = [
     ('لقجع: ملاعب المملكة ستكون جاهزة قبل موعد كأس العالم بسنوات', 'قال فوزي لقجع، رئيس الجامعة الملكية المغربية لكرة القدم، إن الأوراش المفتوحة لتأهيل الملاعب الكبرى في الرباط والدار البيضاء وطنجة وفاس ومراكش وأكادير تسير وفق الجدول الزمني المحدد، مؤكدا أن المغرب سيكون جاهزا لاستقبال كأس أمم إفريقيا 2025 ثم كأس العالم 2030 في أفضل الظروف، وأن البنيات التحتية للنقل والفنادق ستعرف بدورها قفزة نوعية خلال السنوات المقبلة.'),
     ('خبراء: المونديال فرصة لتسريع التنمية في المدن المغربية المستضيفة', 'يرى خبراء في الاقتصاد الرياضي أن تنظيم كأس العالم سيمنح دفعة قوية لمشاريع البنية التحتية والسياحة والخدمات، شريطة أن تستفيد منه الجهات الأقل حظا، وألا تتحول الملاعب الجديدة بعد البطولة إلى منشآت مهجورة كما حدث في دول أخرى نظمت التظاهرة العالمية.'),
     ('ملعب الحسن الثاني ببنسليمان يطمح لاحتضان نهائي كأس العالم', 'تتجه الأنظار إلى المشروع الضخم لملعب الحسن الثاني الكبير ببنسليمان، الذي سيتسع لأكثر من 115 ألف متفرج ليصبح أكبر ملعب لكرة القدم في العالم، ويطمح المغرب من خلاله إلى احتضان المباراة النهائية للمونديال في منافسة مع ملعب سانتياغو برنابيو في مدريد.'),
     ('الجماهير تحتفل في شوارع الرباط والدار البيضاء بقرار الفيفا', 'خرج مئات المشجعين إلى شوارع عدد من المدن المغربية مساء الأربعاء احتفالا بقرار الاتحاد الدولي لكرة القدم، رافعين الأعلام الوطنية ومرددين الأهازيج، في أجواء ذكرت بالاحتفالات التي أعقبت بلوغ المنتخب المغربي نصف نهائي مونديال قطر.'),
    ]
    comments = [('مغربي حر', 'مبروك للمغرب ولجميع المغاربة، هذا اعتراف دولي بما حققته المملكة في السنوات الأخيرة، ونتمنى أن تكون البنية التحتية في مستوى الحدث وأن تستفيد منها كل المدن وليس فقط المدن الكبرى.'),
                ('متتبع', 'الأهم هو أن تنعكس هذه المشاريع على حياة المواطن البسيط من صحة وتعليم وشغل، فالملاعب وحدها لا تكفي.'),
                ('عبد الله من فاس', 'حلم تحقق بعد خمس محاولات فاشلة، ديما مغرب.')]
    h = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - هسبريس</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{attr(url)}">
<meta property="og:locale" content="ar_AR"><meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="أعلن الاتحاد الدولي لكرة القدم (فيفا)، مساء الأربعاء، أن الملف المشترك للمغرب وإسبانيا والبرتغال هو المرشح الوحيد">
<meta property="og:url" content="{attr(url)}"><meta property="og:site_name" content="هسبريس">
<meta property="article:section" content="رياضة"><meta property="article:published_time" content="2023-10-04T19:12:33+00:00">
{jsonld({"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":title,"datePublished":"2023-10-04T19:12:33+00:00","author":{"@type":"Person","name":"هسبريس - عادل الصديقي"},"articleSection":["رياضة"],"inLanguage":"ar"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"الرئيسية","item":"https://www.hespress.com/"},{"@type":"ListItem","position":2,"name":"رياضة"}]}]})}
<link rel='stylesheet' id='wp-block-library-rtl-css' href='https://www.hespress.com/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.3.1' media='all' />
{style('body{font-family:"Droid Arabic Kufi",sans-serif}.article-content p{text-align:justify}.comment-text{color:#333}')}
{GA}
</head>
<body class="post-template-default single single-post postid-1239876 single-format-standard">
<header id="header" class="header"><div class="top-bar"><span class="date">الخميس 5 أكتوبر 2023</span><a href="https://fr.hespress.com">Français</a> <a href="https://en.hespress.com">English</a></div>
<nav class="navbar"><ul id="menu-main" class="navbar-nav"><li><a href="/">الرئيسية</a></li><li><a href="/politique">سياسة</a></li><li><a href="/economie">اقتصاد</a></li><li><a href="/societe">مجتمع</a></li><li><a href="/sport">رياضة</a></li><li><a href="/regions">جهات</a></li><li><a href="/art-et-culture">فن وثقافة</a></li><li><a href="/videos">فيديو</a></li></ul></nav></header>
<div class="container"><div class="row"><div class="col-lg-8">
<article class="post" id="post-1239876">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">الرئيسية</a></li><li class="breadcrumb-item"><a href="/sport">رياضة</a></li></ol>
<h1 class="post-title">{esc(title)}</h1>
<div class="d-flex justify-content-between"><span class="author"><a href="/author/adil">هسبريس - عادل الصديقي</a></span><span class="date-post">الأربعاء 4 أكتوبر 2023 - 20:12</span></div>
<div class="post-thumbnail"><img width="1024" height="683" src="https://www.hespress.com/wp-content/uploads/2023/10/fifa-2030.jpg" class="attachment-large" alt="" decoding="async"><span class="caption">صورة: أرشيف</span></div>
<div class="share-post"><a class="facebook" href="#">فيسبوك</a><a class="twitter" href="#">تويتر</a><a class="whatsapp" href="#">واتساب</a></div>
<div class="article-content">
<p>{esc(p[0])}</p>
<p>{esc(p[1])}</p>
</div>
<div class="box-tags"><span>الوسوم</span><a href="/tag/كأس-العالم-2030" rel="tag">كأس العالم 2030</a><a href="/tag/الفيفا" rel="tag">الفيفا</a><a href="/tag/المنتخب-المغربي" rel="tag">المنتخب المغربي</a></div>
</article>
<section class="related-posts"><h3 class="section-title">مقالات ذات صلة</h3>
''' + ''.join(f'<div class="card"><div class="card-img-top"><img src="/wp-content/uploads/2023/10/r{i}.jpg" alt=""></div><div class="card-body"><h3 class="card-title"><a href="/r{i}-12398{i}.html">{esc(t)}</a></h3><p class="card-text">{esc(d)}</p><small class="date-card">الأربعاء 4 أكتوبر 2023 - 2{i}:00</small></div></div>\n' for i, (t, d) in enumerate(teasers)) + '''</section>
<section id="comments" class="comments-area"><h3 class="comments-title">تعليقات الزوار (3)</h3><div class="alert">المرجو عدم تضمين تعليقاتكم بعبارات تسيء للأشخاص أو المقدسات أو مهاجمة الأديان أو الشخصيات الاعتبارية وكذلك الابتعاد عن التعليقات العنصرية ولغة العنف والتخوين.</div><ul class="comment-list">
''' + ''.join(f'<li class="comment"><div class="comment-body"><span class="comment-number">{i+1}</span><div class="comment-author">{esc(a)}</div><div class="comment-date">الأربعاء 4 أكتوبر 2023 - 2{i+1}:1{i}</div><div class="comment-text"><p>{esc(c)}</p></div><div class="comment-like"><a href="#">{20-i*5}</a><a href="#">{i}</a></div></div></li>\n' for i, (a, c) in enumerate(comments)) + f'''</ul>
<div id="respond" class="comment-respond"><h3>أضف تعليقك</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment" placeholder="تعليقك"></textarea><input name="author" placeholder="الاسم"><input type="submit" value="إرسال التعليق"></form></div></section>
</div>
<aside class="col-lg-4 sidebar"><div class="widget"><h3 class="widget-title">الأكثر قراءة</h3><ul><li><a href="#">أمطار رعدية مرتقبة بعدد من مناطق المملكة</a></li><li><a href="#">الحكومة تكشف تفاصيل الدعم المباشر للأسر</a></li><li><a href="#">الركراكي يعلن لائحة المنتخب لمباراتي أكتوبر</a></li></ul></div>{ad('sidebar')}</aside>
</div></div>
<footer class="footer"><div class="container"><p>جميع الحقوق محفوظة © هسبريس 2023</p><ul><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul></div></footer>
<script type='text/javascript' id='hespress-main-js-extra'>var hespress_vars = {{"ajax_url":"https:\\/\\/www.hespress.com\\/wp-admin\\/admin-ajax.php","post_id":"1239876","nonce":"a1b2c3d4e5"}};</script>
<script src="https://www.hespress.com/wp-content/themes/hespress/assets/js/main.min.js?ver=3.4.1" id="hespress-main-js"></script>
</body></html>'''
    return dict(id='ar03', url=url, lang='ar', html=h, truth=p, model='Hespress (WordPress theme)',
                hard='short article (2 paragraphs) next to four long related teasers with excerpts and a reader comment section (long comment texts); moderation notice; tags box')
PAGES.append(ar03)

# ---------------- ar04: Asharq Al-Awsat-like Drupal, list + table inside body, "كلمات دلالية"
def ar04():
    url = 'https://aawsat.com/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/5090112-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9-%D8%AA%D9%81%D9%88%D8%B2-%D8%A8%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D9%85%D9%88%D9%86%D8%AF%D9%8A%D8%A7%D9%84-2034'
    title = 'السعودية تفوز رسمياً بتنظيم مونديال 2034'
    cities = ['الرياض: 8 ملاعب', 'جدة: 4 ملاعب', 'الخبر: ملعب واحد', 'أبها: ملعب واحد', 'نيوم: ملعب واحد']
    rows = [('عدد الملاعب', '15'), ('الملاعب الجديدة', '11'), ('المدن المستضيفة', '5'), ('تقييم فيفا الفني', '4.2 من 5')]
    p = [
     'أعلن الاتحاد الدولي لكرة القدم (فيفا)، الأربعاء، منح المملكة العربية السعودية حق استضافة نهائيات كأس العالم 2034، خلال كونغرس استثنائي عُقد عبر الاتصال المرئي، لتصبح ثاني دولة عربية تنظم البطولة بعد قطر في 2022.',
     'وجاء الإعلان بعد أن كانت السعودية المرشح الوحيد لتنظيم نسخة 2034، إثر انسحاب أستراليا من السباق في أكتوبر (تشرين الأول) من العام الماضي. وصادق الكونغرس في الجلسة نفسها على إسناد نسخة 2030 إلى الملف المشترك للمغرب وإسبانيا والبرتغال.',
     'خمس مدن مستضيفة',
     'ويتضمن الملف السعودي 15 ملعباً موزعة على خمس مدن، هي:',
     *cities,
     'ومن بين هذه الملاعب 11 ملعباً جديداً سيتم بناؤها، أبرزها استاد الملك سلمان الدولي في الرياض الذي يتسع لأكثر من 92 ألف متفرج، ومن المنتظر أن يحتضن المباراتين الافتتاحية والنهائية.',
     'وقال الأمير عبد العزيز بن تركي الفيصل، وزير الرياضة، إن «استضافة كأس العالم تمثل محطة تاريخية في رحلة التحول التي تعيشها المملكة، وستكون نسخة 2034 استثنائية بكل المقاييس».',
     'أرقام الملف',
     *[f'{a}\t{b}' for a, b in rows],
     'وحصل الملف السعودي على أعلى تقييم فني في تاريخ ملفات الترشح لكأس العالم، بحسب تقرير لجنة التقييم في «فيفا» الذي نُشر أواخر نوفمبر (تشرين الثاني).',
    ]
    body = (f'<p>{esc(p[0])}</p><p>{esc(p[1])}</p>\n<h3>{esc(p[2])}</h3><p>{esc(p[3])}</p>\n<ul>' + ''.join(f'<li>{esc(c)}</li>' for c in cities) + '</ul>\n'
            f'<div class="drupal-media"><img src="/sites/default/files/styles/800x600/public/2024/12/11/stadium.jpg" alt=""><div class="media-caption">تصور لاستاد الملك سلمان الدولي في الرياض (الشرق الأوسط)</div></div>\n'
            f'<p>{esc(p[9])}</p><blockquote><p>{esc(p[10])}</p></blockquote>\n<h3>{esc(p[11])}</h3>\n<table class="table"><tbody>' +
            ''.join(f'<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>' for a, b in rows) + f'</tbody></table>\n<p>{esc(p[16])}</p>')
    h = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>{esc(title)} | الشرق الأوسط</title>
<link rel="canonical" href="{attr(url)}" />
<meta property="og:title" content="{attr(title)}" /><meta property="og:type" content="article" /><meta property="og:site_name" content="الشرق الأوسط" />
<meta name="description" content="أعلن الاتحاد الدولي لكرة القدم منح السعودية حق استضافة نهائيات كأس العالم 2034" />
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2024-12-11T15:52:00+00:00","author":{"@type":"Person","name":"الرياض: «الشرق الأوسط»"},"publisher":{"@type":"Organization","name":"Asharq Al-Awsat"}})}
<script>window.drupalSettings={{"path":{{"baseUrl":"\\/","currentPath":"node\\/5090112","currentLanguage":"ar"}},"ajaxTrustedUrl":{{}},"user":{{"uid":0}}}};</script>
{style('.node--type-article .field--name-body p{font-size:1.15rem}.table td{border:1px solid #ddd;padding:6px}')}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تخطى إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><div class="header__logo"><a href="/" title="الرئيسية" rel="home"><img src="/themes/custom/aawsat/logo.svg" alt="الشرق الأوسط"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu"><li><a href="/العالم-العربي">العالم العربي</a></li><li><a href="/العالم">العالم</a></li><li><a href="/الخليج">الخليج</a></li><li><a href="/اقتصاد">اقتصاد</a></li><li><a href="/رياضة">رياضة</a></li><li><a href="/ثقافة-وفنون">ثقافة وفنون</a></li><li><a href="/الرأي">الرأي</a></li></ul></nav>
<div class="header__date">الأربعاء - 10 جمادى الآخرة 1446 هـ - 11 ديسمبر 2024 م</div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="5090112" role="article" class="node node--type-article node--view-mode-full">
<div class="node__header"><div class="field field--name-field-section"><a href="/رياضة">رياضة</a></div>
<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>
<div class="node__subtitle">ثاني دولة عربية تنظم البطولة بعد قطر</div>
<div class="node__meta"><span class="field--name-field-author">الرياض: «الشرق الأوسط»</span> <time datetime="2024-12-11T15:52:00Z">نُشر: 15:52-11 ديسمبر 2024 م ـ 10 جمادى الآخرة 1446 هـ</time></div></div>
<div class="node__share"><a href="#" class="share-fb">فيسبوك</a><a href="#" class="share-x">إكس</a><a href="#" class="share-wa">واتساب</a><a href="#" class="share-tg">تلغرام</a></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2024/12/11/fifa.jpg" alt=""><div class="image-caption">رئيس «فيفا» جياني إنفانتينو خلال إعلان نتيجة التصويت (رويترز)</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags"><div class="field__label">كلمات دلالية</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/1">السعودية</a></div><div class="field__item"><a href="/taxonomy/term/2">كأس العالم</a></div><div class="field__item"><a href="/taxonomy/term/3">فيفا</a></div></div></div>
</article>
<div class="view view-related"><h2 class="block-title">اقرأ أيضاً</h2><div class="view-content">''' + ''.join(f'<div class="views-row"><a href="/رياضة/50901{i}"><img src="/r{i}.jpg" alt=""><h3>{esc(t)}</h3></a><div class="views-field-summary">{esc(d)}</div></div>' for i, (t, d) in enumerate([
        ('إنفانتينو: السعودية ستقدم نسخة لا تُنسى من كأس العالم', 'أشاد رئيس الاتحاد الدولي لكرة القدم بالملف السعودي، مؤكداً أن المملكة أظهرت قدرة كبيرة على تنظيم الأحداث الرياضية الكبرى خلال السنوات الأخيرة.'),
        ('احتفالات في شوارع الرياض وجدة بعد إعلان استضافة المونديال', 'شهدت المدن السعودية احتفالات واسعة فور إعلان القرار، وأضاءت الألعاب النارية سماء العاصمة.'),
        ('ماذا يعني مونديال 2034 للاقتصاد السعودي؟', 'يتوقع خبراء أن تسهم البطولة في تسريع مشاريع البنية التحتية والسياحة ضمن رؤية 2030.')])) + f'''</div></div>
<div class="block-newsletter"><h2>النشرة البريدية</h2><p>اشترك في النشرة البريدية لتصلك أهم أخبار الشرق الأوسط يومياً</p><form><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>
</div></main>
<footer class="footer"><ul class="menu"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul><p>© جميع الحقوق محفوظة لجريدة الشرق الأوسط 2024</p></footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
</body></html>'''
    return dict(id='ar04', url=url, lang='ar', html=h, truth=p, model='Asharq Al-Awsat (Drupal 10)',
                hard='list and table inside the body (list items and table rows are truth lines; table cells tab-separated); subtitle (dek) excluded; blockquote quote; h3 subheadings; image with caption inside the body; "كلمات دلالية" tags; "اقرأ أيضاً" teasers; newsletter box')
PAGES.append(ar04)
