"""Arabic pages ar01-ar04."""
from common import esc, attr, truth


def ar01():
    """Youm7-like: body is text separated by <br><br>, no <p>; in-body read-also links; comments."""
    title = "مصر توقع صفقة رأس الحكمة مع الإمارات باستثمارات 35 مليار دولار"
    items = [
        ("p", "شهد الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم الجمعة، توقيع عقد تطوير مدينة رأس الحكمة على الساحل الشمالي الغربي بين الحكومة المصرية وشركة القابضة ADQ الإماراتية، في أكبر صفقة استثمار أجنبي مباشر في تاريخ البلاد."),
        ("p", "وقال مدبولي، خلال مؤتمر صحفي عقده بمقر مجلس الوزراء في العاصمة الإدارية الجديدة، إن إجمالي الاستثمارات المباشرة للصفقة يبلغ 35 مليار دولار، تدخل إلى الخزانة المصرية خلال شهرين، منها 24 مليار دولار سيولة مباشرة و11 مليار دولار من الودائع الإماراتية لدى البنك المركزي سيتم التنازل عنها لاستخدامها في مشروعات داخل مصر."),
        ("also", "اقرأ أيضا: البنك المركزي يثبت أسعار الفائدة للمرة الثانية على التوالي"),
        ("h", "10 مليارات دولار خلال أسبوع"),
        ("p", "وأوضح رئيس الوزراء أن الدفعة الأولى من الصفقة، وقيمتها 15 مليار دولار، ستصل خلال أسبوع من التوقيع، على أن تصل الدفعة الثانية وقيمتها 20 مليار دولار خلال شهرين، مشيرا إلى أن مصر ستحصل على 35% من أرباح المشروع طوال مدة تنفيذه."),
        ("p", "وأضاف أن المشروع يقام على مساحة تتجاوز 170 مليون متر مربع، ويضم مناطق سكنية وفندقية وترفيهية ومنطقة حرة ومركزا للمال والأعمال، إلى جانب مطار دولي، ومن المتوقع أن يجذب استثمارات إضافية تصل إلى 150 مليار دولار خلال مدة التطوير."),
        ("also", "اقرأ أيضا: أسعار الذهب اليوم في مصر بعد إعلان الصفقة"),
        ("quote", "\"هذه الصفقة رسالة ثقة في الاقتصاد المصري، وستسهم في حل أزمة النقد الأجنبي\"، بحسب ما قاله مدبولي في ختام المؤتمر."),
        ("h", "انعكاس على سوق الصرف"),
        ("p", "وتراجع سعر الدولار في السوق الموازية بشكل ملحوظ عقب الإعلان عن الصفقة، فيما توقع مصرفيون أن تساعد التدفقات الجديدة البنك المركزي على توحيد سعر الصرف خلال الأسابيع المقبلة."),
        ("p", "وكان مجلس الوزراء قد وافق في اجتماعه الأخير على مشروع القرار الخاص بتخصيص أراضي رأس الحكمة لصالح المشروع، في إطار خطة الدولة لتنمية الساحل الشمالي الغربي وتعظيم العائد من الأصول."),
    ]
    body = []
    for kind, text, *rest in items:
        if kind == "p":
            body.append(esc(text))
        elif kind == "h":
            body.append("<strong>" + esc(text) + "</strong>")
        elif kind == "quote":
            body.append("<span class=\"quote\">" + esc(text) + "</span>")
        elif kind == "also":
            label, link = text.split(": ", 1)
            body.append("<span class=\"read-also\">" + esc(label) + ": <a href=\"https://www.youm7.com/story/2024/2/23/"
                        + str(6500000 + len(body)) + "\">" + esc(link) + "</a></span>")
    body_html = "<br><br>\n".join(body)
    comments = [
        ("أبو يوسف", "أخيرا خبر حلو، ربنا يجعلها خير على البلد والناس الغلابة وتنزل الأسعار اللي ولعت في كل حاجة من أول العيش لحد الدوا."),
        ("مهندس سامح", "المهم الفلوس دي تروح فين، لازم تدخل في مصانع وإنتاج حقيقي مش في طرق وكباري بس، عشان ما نرجعش لنفس الأزمة تاني بعد سنتين."),
        ("مواطن مصري", "الساحل الشمالي محتاج تنمية فعلا بس يا ريت الأهالي في المنطقة ياخدوا تعويضات عادلة ويكون ليهم فرص شغل في المشروع."),
    ]
    comments_html = "\n".join(
        "<div class=\"commentItem\"><div class=\"commentName\">" + esc(n) + "</div><div class=\"commentDate\">الجمعة، 23 فبراير 2024 07:1" + str(i) + " م</div>"
        "<div class=\"commentText\">" + esc(c) + "</div><div class=\"commentVote\"><a href=\"#\">أعجبني (" + str(12 * i + 3) + ")</a></div></div>"
        for i, (n, c) in enumerate(comments))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - اليوم السابع</title>
<meta name="description" content="شهد رئيس الوزراء توقيع عقد تطوير مدينة رأس الحكمة مع شركة القابضة الإماراتية">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.youm7.com/story/2024/2/23/6512345">
<meta property="og:image" content="https://img.youm7.com/large/202402230512345.jpg">
<meta property="og:site_name" content="اليوم السابع">
<link rel="canonical" href="https://www.youm7.com/story/2024/2/23/6512345">
<style>.newsStory #articleBody{{font-size:19px;line-height:1.9}}.breakingNews{{background:#c00;color:#fff}}.commentItem{{border-bottom:1px solid #eee}}</style>
<script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var youm7Section="اقتصاد وبورصة";</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-02-23T16:05:00+02:00","author":{{"@type":"Person","name":"هاني الحوتي"}},"publisher":{{"@type":"Organization","name":"اليوم السابع"}}}}</script>
</head>
<body>
<div class="breakingNews"><span class="breakTitle">عاجل</span>
<marquee direction="right"><a href="/story/2024/2/23/6512001">الرئيس السيسي يتلقى اتصالا من رئيس دولة الإمارات</a> | <a href="/story/2024/2/23/6512002">الأرصاد: طقس معتدل نهارا بارد ليلا على أغلب الأنحاء</a> | <a href="/story/2024/2/23/6512003">وزير المالية: الصفقة تخفض الدين الخارجي</a></marquee></div>
<header class="mainHeader"><a class="logo" href="/"><img src="/images/logo.png" alt="اليوم السابع"></a>
<nav><ul class="mainMenu"><li><a href="/">الرئيسية</a></li><li><a href="/Section/97">أخبار عاجلة</a></li><li><a href="/Section/65">سياسة</a></li><li><a href="/Section/297">اقتصاد وبورصة</a></li><li><a href="/Section/298">رياضة</a></li><li><a href="/Section/48">فن</a></li><li><a href="/Section/319">محافظات</a></li><li><a href="/Section/88">عرب وعالم</a></li><li><a href="/Section/203">فيديو</a></li></ul></nav></header>
<div class="trending"><span>الأكثر تداولا</span><a href="/tag/رأس الحكمة">#رأس_الحكمة</a><a href="/tag/سعر الدولار">#سعر_الدولار</a><a href="/tag/الدوري المصري">#الدوري_المصري</a><a href="/tag/رمضان 2024">#رمضان_2024</a></div>
<div class="container"><div class="row">
<div class="col-md-8 newsStory">
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/297">اقتصاد وبورصة</a></li><li class="active">أخبار مصرية</li></ol>
<div class="articleHeader"><h1>{esc(title)}</h1>
<div class="writeBy"><span class="writer">كتب هاني الحوتي</span> <span class="newsDate">الجمعة، 23 فبراير 2024 04:05 م</span></div></div>
<div class="shareBar"><a class="fb" href="https://www.facebook.com/sharer.php?u=youm7.com/6512345">فيسبوك</a><a class="tw" href="https://twitter.com/intent/tweet">تويتر</a><a class="wa" href="whatsapp://send">واتساب</a><a class="print" href="javascript:window.print()">طباعة</a></div>
<div class="img-cont"><img src="https://img.youm7.com/large/202402230512345.jpg" alt="مدبولي"><span class="imgCaption">الدكتور مصطفى مدبولي خلال المؤتمر الصحفي</span></div>
<div id="articleBody" class="articleCont">
{body_html}
</div>
<div class="adSlot" id="div-gpt-ad-inread"><script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-inread");}});</script></div>
<div class="tags"><span>الكلمات المتعلقة :</span><a href="/tag/رأس الحكمة">رأس الحكمة</a><a href="/tag/مصطفى مدبولي">مصطفى مدبولي</a><a href="/tag/الإمارات">الإمارات</a><a href="/tag/الاستثمار الأجنبي">الاستثمار الأجنبي</a></div>
<div class="moreNews"><h3>اقرأ أيضاً</h3><ul>
<li><a href="/story/2024/2/23/6512100"><img src="/a.jpg" alt=""><span>وزير الإسكان: رأس الحكمة ستكون أكبر مدينة سياحية على البحر المتوسط</span></a></li>
<li><a href="/story/2024/2/23/6512101"><img src="/b.jpg" alt=""><span>شعبة المستوردين: الصفقة ستنعكس على أسعار السلع خلال أسابيع</span></a></li>
<li><a href="/story/2024/2/23/6512102"><img src="/c.jpg" alt=""><span>البورصة المصرية تربح 40 مليار جنيه في ختام تعاملات الأسبوع</span></a></li></ul></div>
<div class="comments"><h3>التعليقات</h3>
{comments_html}
<form class="addComment"><textarea placeholder="أضف تعليقك"></textarea><button>إرسال</button></form></div>
</div>
<aside class="col-md-4"><div class="mostRead"><h3>الأكثر قراءة</h3><ol>
<li><a href="/story/2024/2/22/6511111">سعر الدولار اليوم الخميس في البنوك والسوق السوداء</a></li>
<li><a href="/story/2024/2/22/6511112">موعد مباراة الأهلي القادمة في الدوري والقناة الناقلة</a></li>
<li><a href="/story/2024/2/22/6511113">حالة الطقس غدا.. أمطار خفيفة على السواحل الشمالية</a></li>
<li><a href="/story/2024/2/22/6511114">أسعار الحديد والأسمنت اليوم في الأسواق</a></li></ol></div>
<div class="adSlot" id="div-gpt-ad-side"></div></aside>
</div></div>
<footer class="mainFooter"><ul><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul>
<p class="copy">جميع الحقوق محفوظة لليوم السابع © 2024</p></footer>
<script>window.__youm7State={{"story":{{"id":6512345,"section":297,"views":18234,"related":[6512100,6512101,6512102]}}}};</script>
</body></html>
"""
    return dict(id="ar01", lang="ar", url="https://www.youm7.com/story/2024/2/23/6512345",
                fetched="2024-02-23T15:20:11Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Youm7 (ASP.NET news site)",
                hard="body is text separated by <br><br> with no <p>; subheadings as <strong> lines; in-body \"اقرأ أيضا\" link lines (excluded); breaking-news marquee and trending hashtags; caption outside body; reader comments (long sentences) after related list")


def ar02():
    """KUNA-like agency release served as windows-1256, table layout, dateline and (النهاية) marker."""
    title = "سمو الشيخ مشعل الأحمد يؤدي اليمين الدستورية أميرا لدولة الكويت"
    items = [
        ("p", "الكويت - 20 - 12 (كونا) -- أدى حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد حفظه الله ورعاه اليوم الأربعاء اليمين الدستورية أمام مجلس الأمة في جلسة خاصة عقدها المجلس لهذا الغرض."),
        ("p", "وجاء أداء سموه اليمين الدستورية وفقا للمادة الـ60 من الدستور بعد أن نادى مجلس الوزراء بسموه أميرا للبلاد إثر وفاة المغفور له بإذن الله تعالى سمو الشيخ نواف الأحمد الجابر الصباح طيب الله ثراه يوم السبت الماضي."),
        ("p", "وألقى سموه عقب أداء اليمين الدستورية خطابا سامياً أكد فيه التزام سموه بالدستور ومواد القانون وصيانة الحريات العامة والعمل على ما فيه خير الوطن والمواطنين."),
        ("p", "وقال سموه في خطابه \"إن الوطن يمر بمرحلة تتطلب منا جميعا التكاتف والعمل الجاد وإن المصلحة العليا للبلاد يجب أن تكون فوق كل اعتبار\"، مشيرا سموه إلى أن السلطتين التشريعية والتنفيذية لم تتعاونا بما يحقق مصالح البلاد على النحو المأمول."),
        ("p", "وحضر الجلسة الخاصة رئيس مجلس الأمة أحمد عبدالعزيز السعدون وسمو رئيس مجلس الوزراء بالإنابة والوزراء وأعضاء مجلس الأمة إلى جانب عدد من كبار المسؤولين في الدولة."),
        ("p", "وكان مجلس الأمة قد عقد جلسته الخاصة في قاعة عبدالله السالم بحضور أعضاء المجلس كافة وسط إجراءات تنظيمية خاصة رافقت وصول موكب سموه إلى مبنى المجلس."),
    ]
    paras = "\n".join("<p class=\"ArticleTextP\">" + esc(t) + "</p>" for k, t in items)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>كونا : {esc(title)} - سياسة - 20/12/2023</title>
<meta name="keywords" content="كونا, الكويت, أمير, مجلس الأمة">
<link rel="stylesheet" href="/css/kuna.css">
<script type="text/javascript">function printArticle(id){{window.open('/print.aspx?id='+id,'print','width=700');}}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" class="Header"><a href="/"><img src="/images/kuna_logo.gif" alt="وكالة الأنباء الكويتية" border="0"></a>
<span class="HeaderDate">الأربعاء 20/12/2023</span></td></tr>
<tr><td colspan="3" class="MainMenu"><a href="/">الرئيسية</a> | <a href="/ArticlesList.aspx?cat=1">محليات</a> | <a href="/ArticlesList.aspx?cat=2">سياسة</a> | <a href="/ArticlesList.aspx?cat=3">اقتصاد</a> | <a href="/ArticlesList.aspx?cat=4">رياضة</a> | <a href="/ArticlesList.aspx?cat=5">ثقافة</a> | <a href="/ArticlesList.aspx?cat=6">عربي ودولي</a> | <a href="/Photos.aspx">الصور</a> | <a href="/Videos.aspx">الفيديو</a></td></tr>
<tr>
<td width="180" valign="top" class="RightCol"><div class="BoxTitle">آخر الأخبار</div>
<ul class="LatestList"><li><a href="/ArticleDetails.aspx?id=3123456">بورصة الكويت تغلق تعاملاتها على ارتفاع مؤشرها العام</a></li>
<li><a href="/ArticleDetails.aspx?id=3123457">الأرصاد: طقس بارد نهارا شديد البرودة ليلا</a></li>
<li><a href="/ArticleDetails.aspx?id=3123458">وزير الخارجية يتلقى اتصالا هاتفيا من نظيره السعودي</a></li></ul></td>
<td width="600" valign="top" class="CenterCol">
<div class="Path"><a href="/">الرئيسية</a> &gt; <a href="/ArticlesList.aspx?cat=2">سياسة</a> &gt; خبر</div>
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td class="ArticleTitle"><h1>{esc(title)}</h1></td></tr>
<tr><td class="ArticleDate">20/12/2023 11:42:00 &nbsp; | &nbsp; <a href="javascript:printArticle(3123400)">طباعة</a> &nbsp; | &nbsp; <a href="/SendToFriend.aspx?id=3123400">أرسل لصديق</a> &nbsp; | &nbsp; <a href="#">تكبير الخط</a></td></tr>
<tr><td><img src="/Images/2023/12/20/amir.jpg" width="580" alt=""><br><span class="PhotoCaption">حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد</span></td></tr>
<tr><td class="ArticleText" id="ArticleText">
{paras}
<p class="ArticleTextP">(النهاية)</p>
<p class="ArticleTextP">ع س ع / ح ج ب</p>
</td></tr>
<tr><td class="ArticleTime">كونا201142 جمت ديس 23</td></tr>
</table>
<div class="RelatedTitle">أخبار ذات صلة</div>
<table class="Related" width="100%"><tr><td><a href="/ArticleDetails.aspx?id=3122001">مجلس الوزراء ينادي بسمو الشيخ مشعل الأحمد أميرا للبلاد</a></td></tr>
<tr><td><a href="/ArticleDetails.aspx?id=3122002">قادة دول العالم يعزون الكويت بوفاة الأمير الراحل</a></td></tr>
<tr><td><a href="/ArticleDetails.aspx?id=3122003">تنكيس الأعلام في الدوائر الحكومية حدادا لمدة 40 يوما</a></td></tr></table>
</td>
<td width="200" valign="top" class="LeftCol"><div class="BoxTitle">الأكثر قراءة</div>
<ol><li><a href="/ArticleDetails.aspx?id=3121001">أسعار النفط الكويتي ترتفع إلى 78 دولارا</a></li><li><a href="/ArticleDetails.aspx?id=3121002">الصحة: حملة تطعيم ضد الإنفلونزا الموسمية</a></li></ol>
<div class="Banner"><a href="/ad.aspx?b=12"><img src="/banners/b12.gif" alt="إعلان"></a></div></td>
</tr>
<tr><td colspan="3" class="Footer">جميع الحقوق محفوظة لوكالة الأنباء الكويتية (كونا) © 2023 &nbsp;|&nbsp; <a href="/Terms.aspx">شروط الاستخدام</a> &nbsp;|&nbsp; <a href="/Contact.aspx">اتصل بنا</a></td></tr>
</table>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script>
</body></html>
"""
    return dict(id="ar02", lang="ar", url="https://www.kuna.net.kw/ArticleDetails.aspx?id=3123400&language=ar",
                fetched="2023-12-20T09:10:00Z", ctype="text/html; charset=windows-1256", encoding="windows-1256", gz=False,
                html=page, truth=truth(items), model="KUNA (Kuwait News Agency, older ASP.NET table layout)",
                hard="served as windows-1256; government agency release with dateline \"الكويت - 20 - 12 (كونا) --\" (kept, part of the first paragraph); \"(النهاية)\" end marker and desk initials inside the body cell (excluded); table layout with latest/most-read columns; print and send-to-friend tools")


def ar03():
    """Al Arabiya-like AMP page."""
    title = "رسمياً.. السعودية تستضيف كأس العالم 2034"
    items = [
        ("p", "أعلن الاتحاد الدولي لكرة القدم (فيفا)، الأربعاء، منح المملكة العربية السعودية حق استضافة نهائيات كأس العالم 2034، وذلك خلال الكونغرس الاستثنائي للاتحاد الذي عقد عبر الاتصال المرئي بمشاركة الاتحادات الأعضاء البالغ عددها 211 اتحاداً."),
        ("p", "وجاء الإعلان بالتزكية، إذ كان الملف السعودي الوحيد المتقدم لاستضافة نسخة 2034، بعد انسحاب أستراليا من السباق في أكتوبر من العام الماضي."),
        ("also", "اقرأ أيضاً: ملف السعودية يحصل على أعلى تقييم في تاريخ فيفا"),
        ("p", "كما صادق الكونغرس في الجلسة ذاتها على منح تنظيم نسخة 2030 للملف المشترك بين المغرب وإسبانيا والبرتغال، على أن تقام ثلاث مباريات احتفالية في الأوروغواي والأرجنتين والباراغواي بمناسبة مرور مئة عام على انطلاق البطولة."),
        ("h", "15 ملعباً في 5 مدن"),
        ("p", "ويتضمن الملف السعودي إقامة المباريات في 15 ملعباً موزعة على خمس مدن هي الرياض وجدة والخبر وأبها ونيوم، بينها 11 ملعباً جديداً سيتم تشييدها، فيما حصل الملف على تقييم فني بلغ 419.8 من 500، وهو الأعلى في تاريخ عمليات التقييم لدى فيفا."),
        ("cap", "احتفالات في الرياض بعد إعلان فوز الملف السعودي (رويترز)"),
        ("p", "وستكون هذه المرة الأولى التي تستضيف فيها دولة واحدة البطولة بمشاركة 48 منتخباً، بعدما تقام نسخة 2026 في الولايات المتحدة وكندا والمكسيك."),
        ("quote", "وقال وزير الرياضة الأمير عبدالعزيز بن تركي الفيصل إن \"هذا الإنجاز يأتي تتويجاً لرؤية المملكة 2030، وسنقدم للعالم نسخة استثنائية من كأس العالم\"."),
        ("p", "وعمّت الاحتفالات عدداً من المدن السعودية عقب الإعلان، فيما أضيئت واجهات المباني والمعالم البارزة في الرياض بشعار الملف."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h2>" + esc(text) + "</h2>")
        elif kind == "quote":
            parts.append("<blockquote><p>" + esc(text) + "</p></blockquote>")
        elif kind == "also":
            parts.append("<div class=\"inlineRelated\"><span class=\"inlineRelated__label\">اقرأ أيضاً</span><a href=\"/ar/sport/2024/11/30/saudi-bid-evaluation\">"
                         + esc(text.split(": ", 1)[1]) + "</a></div>")
        elif kind == "cap":
            parts.append("<figure><amp-img src=\"https://vid.alarabiya.net/images/2024/12/11/riyadh.jpg\" width=\"800\" height=\"450\" layout=\"responsive\" alt=\"احتفالات\"></amp-img><figcaption>"
                         + esc(text) + "</figcaption></figure>")
        if len(parts) == 3:
            parts.append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/6000/alarabiya/amp/inarticle\"><div placeholder>إعلان</div></amp-ad>")
    body = "\n".join(parts)
    page = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{esc(title)} | العربية</title>
<link rel="canonical" href="https://www.alarabiya.net/sport/2024/12/11/saudi-arabia-host-world-cup-2034">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="منح فيفا السعودية حق استضافة كأس العالم 2034">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.alarabiya.net/sport/2024/12/11/saudi-arabia-host-world-cup-2034","headline":"{title}","datePublished":"2024-12-11T17:32:00Z","dateModified":"2024-12-11T18:05:00Z","image":["https://vid.alarabiya.net/images/2024/12/11/fifa.jpg"],"author":{{"@type":"Organization","name":"العربية.نت"}},"publisher":{{"@type":"Organization","name":"العربية","logo":{{"@type":"ImageObject","url":"https://www.alarabiya.net/logo.png"}}}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.header{{background:#fff;border-bottom:1px solid #ddd}}.article-body p{{font-size:18px;line-height:1.8}}.inlineRelated{{border-right:4px solid #d32;padding:8px}}.share{{display:flex}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX","config":{{"G-XXXX":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<header class="header"><a href="https://www.alarabiya.net/"><amp-img src="/logo.svg" width="120" height="40" alt="العربية"></amp-img></a>
<nav class="menu"><a href="/ar/saudi-today">السعودية</a><a href="/ar/arab-and-world">العرب والعالم</a><a href="/ar/aswaq">أسواق</a><a href="/ar/sport">رياضة</a><a href="/ar/technology">تكنولوجيا</a></nav></header>
<main>
<article>
<div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/ar/sport">رياضة</a> / <a href="/ar/sport/saudi-football">كرة سعودية</a></div>
<h1 class="headline">{esc(title)}</h1>
<div class="meta"><span class="source">العربية.نت - دبي</span><time datetime="2024-12-11T17:32:00Z">نشر في: 11 ديسمبر ,2024: 08:32 م GST</time></div>
<div class="share"><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" data-param-app_id="123" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<figure class="mainImage"><amp-img src="https://vid.alarabiya.net/images/2024/12/11/fifa.jpg" width="800" height="450" layout="responsive" alt="فيفا"></amp-img><figcaption>رئيس فيفا جياني إنفانتينو خلال الكونغرس الاستثنائي (أ ف ب)</figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="tags"><a href="/ar/tags/كأس العالم">كأس العالم</a><a href="/ar/tags/فيفا">فيفا</a><a href="/ar/tags/السعودية">السعودية</a></div>
</article>
<section class="related"><h2>مواضيع ذات صلة</h2>
<a href="/ar/sport/2024/12/11/morocco-spain-portugal-2030"><amp-img src="/r1.jpg" width="120" height="80"></amp-img><h3>المغرب وإسبانيا والبرتغال تنظم مونديال 2030 رسمياً</h3></a>
<a href="/ar/sport/2024/12/11/riyadh-celebrations"><amp-img src="/r2.jpg" width="120" height="80"></amp-img><h3>بالصور.. احتفالات في شوارع الرياض بعد إعلان فيفا</h3></a>
<a href="/ar/sport/2024/12/10/stadiums-2034"><amp-img src="/r3.jpg" width="120" height="80"></amp-img><h3>تعرف على ملاعب مونديال 2034 في السعودية</h3></a></section>
<amp-ad width="320" height="100" type="doubleclick" data-slot="/6000/alarabiya/amp/bottom"></amp-ad>
</main>
<footer><p>© 2024 قناة العربية. جميع الحقوق محفوظة</p><a href="/ar/privacy-policy">سياسة الخصوصية</a></footer>
</body></html>
"""
    return dict(id="ar03", lang="ar", url="https://www.alarabiya.net/sport/2024/12/11/saudi-arabia-host-world-cup-2034?amp",
                fetched="2024-12-11T18:40:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Al Arabiya (AMP article)",
                hard="AMP page: amp-img, amp-ad inside the body, amp-social-share, amp-analytics JSON; in-body \"اقرأ أيضاً\" box (excluded); figure with caption inside the body (excluded); h2 subheading and blockquote; RTL with Latin-free numbers (419.8, 2030)")


def ar04():
    """Elaph-like opinion column with author bio box and other articles by the writer."""
    title = "خفض إنتاج النفط.. من يدفع الثمن؟"
    items = [
        ("p", "حين أعلنت المملكة العربية السعودية في يونيو الماضي خفضاً طوعياً إضافياً لإنتاجها النفطي بمقدار مليون برميل يومياً، بدا القرار للوهلة الأولى تقنياً بحتاً، يهدف إلى دعم الأسعار في سوق مضطربة. لكن قراءة أعمق تكشف أن المسألة تتجاوز حسابات العرض والطلب إلى سؤال أكبر: من يتحمل كلفة استقرار السوق؟"),
        ("p", "فالدول المنتجة داخل تحالف أوبك+ لا تقف على أرض واحدة. بعضها يحتاج إلى سعر يتجاوز 80 دولاراً للبرميل لتحقيق التوازن في ميزانيته، وبعضها الآخر يملك من الاحتياطيات المالية ما يسمح له بالصبر. وحين تتحمل الرياض وحدها العبء الأكبر من الخفض، فإنها تراهن على أن مكاسب السعر ستعوض خسائر الحصة السوقية."),
        ("h", "رهان على الصين"),
        ("p", "غير أن هذا الرهان يصطدم بواقع الطلب الصيني الذي جاء أضعف من التوقعات بعد إعادة فتح الاقتصاد، وبارتفاع الإنتاج الأمريكي من النفط الصخري إلى مستويات قياسية تجاوزت 13 مليون برميل يومياً. كل برميل تحجبه أوبك+ عن السوق يجد من يعوضه في تكساس أو البرازيل أو غيانا."),
        ("p", "ثم إن المستهلك في الدول النامية هو من يدفع في النهاية فاتورة الأسعار المرتفعة، سواء في محطات الوقود أو في أسعار الغذاء والنقل. وهذه معادلة سياسية بقدر ما هي اقتصادية، لأنها تضع المنتجين الخليجيين أمام اختبار علاقاتهم مع شركاء في آسيا وأفريقيا."),
        ("quote", "إن سياسة الخفض المستمر قد تربح معركة الأسعار لكنها تخاطر بخسارة حرب الحصص."),
        ("p", "لا أحد يطالب المنتجين بإغراق السوق كما حدث في 2014 و2020، فتلك تجارب كانت مكلفة للجميع. لكن الحكمة تقتضي أن تكون سياسة الإنتاج جزءاً من استراتيجية أوسع لتنويع الاقتصاد، لا بديلاً عنها. فالسعر المرتفع اليوم قد يسرّع التحول عن النفط غداً."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + esc(text) + "</p>")
        elif kind == "h":
            parts.append("<h3>" + esc(text) + "</h3>")
        elif kind == "quote":
            parts.append("<blockquote class=\"pullquote\">" + esc(text) + "</blockquote>")
    body = "\n".join(parts)
    others = [
        ("الاقتصاد الخليجي بعد الجائحة: دروس لم تُتعلم", "لم تكن الجائحة مجرد أزمة صحية عابرة، بل كشفت هشاشة نماذج اقتصادية اعتمدت طويلاً على مصدر واحد للدخل وعلى عمالة وافدة يصعب استبدالها في الأزمات."),
        ("هل تنجح الصناديق السيادية في صناعة المستقبل؟", "تضخ الصناديق السيادية الخليجية مئات المليارات في شركات التقنية والرياضة والترفيه حول العالم، لكن السؤال الذي يبقى معلقاً هو ما الذي تعود به هذه الاستثمارات على الداخل."),
        ("التضخم العالمي وفخ الفائدة المرتفعة", "حين رفع الاحتياطي الفيدرالي الأمريكي أسعار الفائدة بوتيرة غير مسبوقة، وجدت البنوك المركزية في المنطقة نفسها مضطرة لمجاراته بحكم ربط عملاتها بالدولار."),
    ]
    others_html = "\n".join("<li class=\"writer-article\"><a href=\"/Web/opinion/2023/5/14" + str(i) + ".html\"><h4>" + esc(t) + "</h4></a><p class=\"excerpt\">" + esc(e) + "</p></li>" for i, (t, e) in enumerate(others))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | إيلاف</title>
<meta name="author" content="خالد المنصوري">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(title)}">
<meta property="og:url" content="https://elaph.com/Web/opinion/2023/07/1501234.html">
<meta property="article:section" content="آراء">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"{title}","author":{{"@type":"Person","name":"خالد المنصوري"}},"datePublished":"2023-07-09T06:00:00+00:00"}}</script>
<style>.opinion-body p{{font-family:"Noto Naskh Arabic";font-size:20px}}.author-box{{display:flex;background:#f7f7f7}}.writer-articles li{{margin-bottom:12px}}</style>
</head>
<body class="opinion">
<div id="cookie-notice" class="cookie-bar"><p>يستخدم موقع إيلاف ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية الخاصة بنا.</p><button>موافق</button></div>
<header id="site-header"><a href="/" class="logo">إيلاف</a>
<ul class="nav"><li><a href="/Web/News.html">أخبار</a></li><li><a href="/Web/Politics.html">سياسة</a></li><li><a href="/Web/Economics.html">اقتصاد</a></li><li><a href="/Web/opinion.html">آراء</a></li><li><a href="/Web/Culture.html">ثقافات</a></li><li><a href="/Web/Sport.html">رياضة</a></li></ul>
<form class="search"><input type="text" placeholder="بحث"></form></header>
<main class="container">
<div class="breadcrumbs"><a href="/">إيلاف</a> » <a href="/Web/opinion.html">آراء</a> » <span>مقالات</span></div>
<article class="opinion-article">
<div class="opinion-head"><span class="kicker">رأي</span><h1>{esc(title)}</h1>
<div class="byline"><img src="/authors/almansouri.jpg" alt=""><a href="/author/khaled-almansouri" rel="author">خالد المنصوري</a><span class="date">الأحد 09 يوليو 2023 - 09:00</span></div></div>
<div class="share-tools"><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">لينكدإن</a><a href="#">نسخ الرابط</a></div>
<div class="opinion-body">
{body}
</div>
<div class="author-box"><img src="/authors/almansouri.jpg" alt="خالد المنصوري"><div class="author-info"><h3>خالد المنصوري</h3><p>كاتب وباحث اقتصادي إماراتي، عمل مستشاراً في عدد من المؤسسات المالية الخليجية، ويكتب في إيلاف منذ عام 2015 عن قضايا الطاقة والاقتصاد الكلي والتحولات في أسواق المنطقة.</p><a href="/author/khaled-almansouri">كل مقالات الكاتب</a></div></div>
<section class="writer-articles"><h3>مقالات أخرى للكاتب</h3><ul>
{others_html}
</ul></section>
<div class="disclaimer">الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي إيلاف.</div>
</article>
<aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><ol><li><a href="/Web/News/2023/07/1501200.html">موجة حر غير مسبوقة تضرب جنوب أوروبا</a></li><li><a href="/Web/News/2023/07/1501201.html">قمة الناتو في فيلنيوس: أوكرانيا على الطاولة</a></li><li><a href="/Web/News/2023/07/1501202.html">ميسي يصل إلى ميامي استعداداً لظهوره الأول</a></li></ol></div>
<div class="widget newsletter"><h3>النشرة البريدية</h3><p>اشترك في نشرتنا اليومية ليصلك أهم ما ينشر في إيلاف كل صباح.</p><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div></aside>
</main>
<footer><p>جميع الحقوق محفوظة © إيلاف 2001 - 2023</p><ul><li><a href="/about">عن إيلاف</a></li><li><a href="/advertise">أعلن معنا</a></li></ul></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"opinion","author":"خالد المنصوري","wordCount":412}});</script>
</body></html>
"""
    return dict(id="ar04", lang="ar", url="https://elaph.com/Web/opinion/2023/07/1501234.html",
                fetched="2023-07-09T07:02:00Z", ctype="text/html; charset=UTF-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Elaph (opinion column)",
                hard="opinion column: author bio box (a long sentence, excluded) and \"مقالات أخرى للكاتب\" with excerpts (excluded); kicker \"رأي\"; pull quote blockquote (kept); opinion disclaimer line; cookie bar first in body; newsletter box")
