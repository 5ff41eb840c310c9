"""French pages fr01-fr03."""
from common import esc, attr, truth, nbsp_entities

N = "\u00a0"


def fr01():
    """Le Figaro-like page with a paywall after two paragraphs."""
    title = "Le gouvernement Barnier renversé par une motion de censure, une première depuis 1962"
    items = [
        ("p", "L'Assemblée nationale a adopté mercredi soir la motion de censure déposée par la gauche et votée par le Rassemblement national, par 331" + N + "voix, bien au-delà de la majorité requise de 288" + N + "voix. Michel Barnier, nommé à Matignon il y a trois mois à peine, devra remettre la démission de son gouvernement au président de la République."),
        ("p", "C'est la première fois depuis la chute du gouvernement de Georges Pompidou, en octobre" + N + "1962, qu'un gouvernement est renversé par les députés. Le premier ministre avait engagé lundi sa responsabilité sur le projet de loi de financement de la Sécurité sociale en recourant à l'article" + N + "49.3 de la Constitution, faute de majorité pour le faire adopter."),
    ]
    body = "\n".join("<p class=\"fig-paragraph\">" + nbsp_entities(t) + "</p>" for k, t in items)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="Les députés ont adopté la motion de censure contre le gouvernement de Michel Barnier.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Figaro">
<meta property="article:content_tier" content="locked">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-12-04T20:31:00+01:00","isAccessibleForFree":false,"hasPart":{{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".fig-premium-paywall"}},"author":[{{"@type":"Person","name":"Wally Bordas"}}]}}</script>
<script>window.FIG_PAGE={{"premium":true,"section":"politique","wordCount":1210,"paywall":{{"type":"hard","remaining":"80%"}}}};</script>
<style>.fig-paragraph{{font:18px/1.6 "Source Serif"}}.fig-premium-paywall{{background:linear-gradient(#fff0,#fff)}}.fig-standfirst{{font-weight:600}}</style>
</head>
<body>
<div id="didomi-host"><div class="didomi-popup"><p>Le Figaro et ses partenaires utilisent des cookies pour stocker et/ou accéder à des informations sur votre terminal. Vous pouvez accepter ou refuser ces traitements.</p><button>Accepter</button><button>Continuer sans accepter</button></div></div>
<header class="fig-header"><a href="https://www.lefigaro.fr" class="fig-logo">Le Figaro</a>
<nav class="fig-nav"><a href="/politique">Politique</a><a href="/international">International</a><a href="/economie">Économie</a><a href="/societe">Société</a><a href="/sciences">Sciences</a><a href="/culture">Culture</a></nav>
<a class="fig-subscribe" href="/abonnement">S'abonner</a><a class="fig-login" href="/connexion">Se connecter</a></header>
<main>
<nav class="fig-breadcrumb"><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<article class="fig-main">
<header class="fig-headline"><span class="fig-premium-mark">Réservé aux abonnés</span>
<h1 class="fig-headline__title">{esc(title)}</h1>
<p class="fig-standfirst">RÉCIT - Après trois mois à Matignon, Michel Barnier tombe sur le budget de la Sécurité sociale, renversé par une alliance de circonstance entre la gauche et le RN.</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par <a href="/auteur/wally-bordas">Wally Bordas</a></span><time datetime="2024-12-04T20:31:00+01:00">Publié le 04/12/2024 à 20:31, mis à jour le 04/12/2024 à 22:05</time></div>
<div class="fig-share"><a href="#">Copier le lien</a><a href="#">Facebook</a><a href="#">X</a><a href="#">Ajouter à mes favoris</a><a href="#">Commenter</a></div></header>
<figure class="fig-media"><img src="https://i.f1g.fr/media/barnier.jpg" alt=""><figcaption class="fig-media__legend">Michel Barnier dans l'hémicycle, mercredi. <span class="fig-media__credit">LUDOVIC MARIN / AFP</span></figcaption></figure>
<div class="fig-body">
{body}
<div class="fig-premium-paywall"><p class="fig-premium-paywall__title">Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.</p>
<p>Le Figaro, l'info premium sans limite. Cultivez votre curiosité, sans engagement.</p><a class="fig-button" href="/abonnement?offer=paywall">Je m'abonne</a><p>Déjà abonné ? <a href="/connexion">Connectez-vous</a></p></div>
</div>
</article>
<section class="fig-ensemble"><h2>À lire aussi</h2><ul>
<li><a href="/politique/qui-pour-remplacer-barnier">Qui pour remplacer Michel Barnier à Matignon ?</a></li>
<li><a href="/politique/budget-2025-que-se-passe-t-il">Budget 2025 : que se passe-t-il après la censure ?</a></li>
<li><a href="/politique/macron-allocution">Emmanuel Macron s'adressera aux Français jeudi soir</a></li></ul></section>
<section class="fig-most-read"><h2>Les plus lus</h2><ol><li><a href="/a">Notre-Dame de Paris : les images de la cathédrale restaurée</a></li><li><a href="/b">Météo : une vague de froid attendue ce week-end</a></li></ol></section>
</main>
<footer class="fig-footer"><p>© Le Figaro 2024</p><a href="/cgu">CGU</a> <a href="/confidentialite">Politique de confidentialité</a></footer>
</body></html>
"""
    return dict(id="fr01", lang="fr", url="https://www.lefigaro.fr/politique/le-gouvernement-barnier-renverse-par-une-motion-de-censure-20241204",
                fetched="2024-12-04T21:15:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=True,
                html=page, truth=truth(items), model="Le Figaro (premium article behind a paywall)",
                hard="paywall: only two paragraphs served, then the paywall block (its sentences excluded; truth = what is served); standfirst excluded; Didomi cookie banner; &nbsp; in numbers (331 voix, 49.3); isAccessibleForFree false in JSON-LD")


def fr02():
    """RFI-like: embedded tweet, in-body « À lire aussi » links, subheadings."""
    title = "Sénégal : Bassirou Diomaye Faye élu président dès le premier tour"
    items = [
        ("p", "Le candidat de l'opposition Bassirou Diomaye Faye a remporté l'élection présidentielle du 24" + N + "mars au Sénégal dès le premier tour, avec 54,28" + N + "% des suffrages, selon les résultats provisoires proclamés mercredi par la Commission nationale de recensement des votes. Le candidat de la coalition au pouvoir, l'ancien Premier ministre Amadou Ba, arrive deuxième avec 35,79" + N + "%."),
        ("also", "À lire aussi : Présidentielle au Sénégal : Amadou Ba reconnaît sa défaite"),
        ("p", "À 44" + N + "ans, cet ancien inspecteur des impôts devient le plus jeune président de l'histoire du pays. Il était encore en prison dix jours avant le scrutin, avant d'être libéré avec Ousmane Sonko à la faveur d'une loi d'amnistie votée début mars."),
        ("h", "Une campagne éclair"),
        ("p", "Investi comme candidat de substitution après l'invalidation de la candidature d'Ousmane Sonko, Bassirou Diomaye Faye n'a fait campagne que pendant une dizaine de jours. Son slogan «" + N + "Diomaye mooy Sonko" + N + "» («" + N + "Diomaye, c'est Sonko" + N + "», en wolof) a suffi à mobiliser l'électorat jeune et urbain de l'ex-parti Pastef."),
        ("tweet", "Je félicite Bassirou Diomaye Faye pour sa victoire à l'élection présidentielle. Je salue le bon déroulement du scrutin et la maturité démocratique du peuple sénégalais.", "— Macky Sall (@Macky_Sall) March 25, 2024"),
        ("p", "Le président sortant Macky Sall, qui ne se représentait pas, avait reconnu dès lundi la victoire de l'opposant, tout comme Amadou Ba. Ce scrutin, initialement prévu le 25" + N + "février, avait été reporté par le chef de l'État avant que le Conseil constitutionnel n'annule ce report."),
        ("h", "Rupture et souveraineté"),
        ("quote", "«" + N + "En m'élisant, le peuple sénégalais a fait le choix de la rupture" + N + "», a déclaré le président élu lors de sa première prise de parole, promettant de lutter contre la corruption et de renégocier les contrats miniers et pétroliers."),
        ("also", "À lire aussi : Qui est Bassirou Diomaye Faye, le nouveau président du Sénégal ?"),
        ("p", "Il doit prêter serment le 2" + N + "avril, date de la fin du mandat de Macky Sall."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<p>" + nbsp_entities(text) + "</p>")
        elif kind == "h":
            parts.append("<h2>" + nbsp_entities(text) + "</h2>")
        elif kind == "quote":
            parts.append("<blockquote><p>" + nbsp_entities(text) + "</p></blockquote>")
        elif kind == "also":
            label, link = text.split(" : ", 1)
            parts.append("<p class=\"m-interstitial-link\"><strong>" + esc(label) + "&nbsp;:</strong> <a href=\"/fr/afrique/20240325-senegal\">" + esc(link) + "</a></p>")
        elif kind == "tweet":
            parts.append("<blockquote class=\"twitter-tweet\"><p lang=\"fr\" dir=\"ltr\">" + nbsp_entities(text) + "</p>" + esc(r[0]) + "</blockquote>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{esc(title)} - RFI</title>
<meta name="description" content="Bassirou Diomaye Faye remporte la présidentielle sénégalaise avec 54,28 % des voix.">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.rfi.fr/fr/afrique/20240327-senegal-bassirou-diomaye-faye-elu-president">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-03-27T18:02:00+00:00","author":[{{"@type":"Person","name":"RFI"}}],"publisher":{{"@type":"Organization","name":"RFI"}}}}</script>
<style>.t-content__body p{{font-size:1.05rem}}.m-interstitial-link{{font-weight:bold}}.o-cookie{{position:fixed;bottom:0}}</style>
<script>window.FMM_DATALAYER={{"page_type":"article","section":"afrique","tags":["Sénégal","Présidentielle"]}};</script>
</head>
<body>
<div class="o-cookie"><p>Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. <a href="/fr/cookies">Paramétrer</a></p><button>J'accepte</button></div>
<header class="o-header"><a class="o-header__logo" href="/fr/">RFI</a>
<nav class="m-nav"><a href="/fr/afrique/">Afrique</a><a href="/fr/france/">France</a><a href="/fr/monde/">Monde</a><a href="/fr/economie/">Économie</a><a href="/fr/sports/">Sports</a><a href="/fr/podcasts/">Podcasts</a></nav>
<a class="o-header__live" href="/fr/direct">Écouter RFI en direct</a></header>
<main>
<article class="t-content">
<nav class="m-breadcrumb"><a href="/fr/">Accueil</a> › <a href="/fr/afrique/">Afrique</a> › <a href="/fr/tag/senegal/">Sénégal</a></nav>
<h1 class="a-page-title">{esc(title)}</h1>
<p class="t-content__chapo">Les résultats provisoires officiels confirment la large victoire de l'opposant, qui succède à Macky Sall.</p>
<div class="m-from-author"><span class="m-from-author__name">Avec notre correspondante à Dakar, Juliette Dubois</span> <span class="m-pub-dates"><time datetime="2024-03-27T18:02:00+00:00">Publié le : 27/03/2024 - 18:02</time></span></div>
<div class="m-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">Whatsapp</a><a href="#">Email</a></div>
<figure class="t-content__main-media"><img src="https://s.rfi.fr/media/faye.jpg" alt=""><figcaption>Bassirou Diomaye Faye à Dakar, le 25 mars 2024. © Zohra Bensemra / Reuters</figcaption></figure>
<div class="t-content__body u-clearfix">
{body}
</div>
<div class="t-content__tags"><a href="/fr/tag/senegal/">Sénégal</a><a href="/fr/tag/presidentielle-senegal-2024/">Présidentielle au Sénégal 2024</a><a href="/fr/tag/macky-sall/">Macky Sall</a></div>
<div class="m-newsletter"><h3>Recevez toute l'actualité internationale directement dans votre boite mail</h3><input type="email" placeholder="Votre adresse e-mail"><button>Je m'abonne</button></div>
</article>
<section class="m-related"><h2>Sur le même sujet</h2>
<div class="m-item-list-article"><a href="/fr/afrique/20240325-amadou-ba"><h3>Présidentielle au Sénégal : Amadou Ba reconnaît sa défaite</h3></a></div>
<div class="m-item-list-article"><a href="/fr/afrique/20240326-sonko"><h3>Ousmane Sonko, l'homme derrière la victoire</h3></a></div></section>
<section class="m-most-read"><h2>Les plus lus</h2><ol><li><a href="/x">Niger : la junte dénonce l'accord militaire avec les États-Unis</a></li><li><a href="/y">Mali : la Cédéao lève ses sanctions</a></li></ol></section>
</main>
<footer class="o-footer"><p>© RFI - Radio France Internationale 2024</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body></html>
"""
    return dict(id="fr02", lang="fr", url="https://www.rfi.fr/fr/afrique/20240327-senegal-bassirou-diomaye-faye-elu-president",
                fetched="2024-03-27T19:00:00Z", ctype="text/html; charset=UTF-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="RFI (Radio France Internationale)",
                hard="two in-body \"À lire aussi :\" paragraphs (excluded); embedded tweet (kept with attribution, as aeb); « » with &nbsp;, 54,28 % with NBSP; chapo excluded; h2 subheadings; a one-sentence last paragraph; newsletter box inside the article element; cookie banner")


def fr03():
    """Le360-like Moroccan French-language site: body in <div>s and <br>, comments."""
    title = "Dialogue social : hausse générale des salaires de 1.000 dirhams dans la fonction publique"
    items = [
        ("p", "Le gouvernement, les centrales syndicales les plus représentatives et la Confédération générale des entreprises du Maroc (CGEM) ont signé lundi" + N + "29" + N + "avril à Rabat un nouvel accord social, au terme d'un cycle de négociations de plusieurs mois présidé par le chef du gouvernement, Aziz Akhannouch."),
        ("p", "L'accord prévoit une hausse générale des salaires de 1.000" + N + "dirhams net par mois pour les fonctionnaires de l'État et des collectivités territoriales qui n'en ont pas encore bénéficié, versée en deux tranches de 500" + N + "dirhams, en juillet 2024 et en juillet 2025."),
        ("h", "Le SMIG relevé de 10" + N + "%"),
        ("p", "Dans le secteur privé, le salaire minimum interprofessionnel garanti (SMIG) sera relevé de 10" + N + "% en deux étapes, tout comme le salaire minimum agricole (SMAG). Le texte prévoit aussi une révision du barème de l'impôt sur le revenu, qui doit se traduire par une hausse du revenu net des salariés de la classe moyenne."),
        ("quote", "«" + N + "Cet accord consacre le choix du dialogue comme moyen de préserver le pouvoir d'achat" + N + "», a déclaré le chef du gouvernement à l'issue de la cérémonie de signature."),
        ("p", "Les syndicats, qui réclamaient une augmentation plus importante face à l'inflation des deux dernières années, ont salué un «" + N + "premier pas" + N + "» tout en appelant à accélérer les chantiers de la réforme des retraites et du droit de grève."),
    ]
    parts = []
    for kind, text, *r in items:
        if kind == "p":
            parts.append("<div class=\"default__ParagraphWrap\"><div class=\"body-paragraph\">" + nbsp_entities(text) + "</div></div>")
        elif kind == "h":
            parts.append("<div class=\"default__ParagraphWrap\"><h2 class=\"body-subtitle\">" + nbsp_entities(text) + "</h2></div>")
        elif kind == "quote":
            parts.append("<div class=\"default__ParagraphWrap\"><div class=\"body-quote\"><em>" + nbsp_entities(text) + "</em></div></div>")
        if len(parts) == 2:
            parts.append("<div class=\"default__AdWrap\"><div id=\"le360-inarticle-1\" class=\"ad-slot\"></div></div>")
    body = "\n".join(parts)
    comments = [
        ("Karim B.", "Mille dirhams c'est bien, mais avec la hausse des prix des légumes et du carburant depuis deux ans, cela ne fera que rattraper une petite partie du pouvoir d'achat perdu par les familles."),
        ("Fatima Zahra", "Et les retraités alors ? Personne n'en parle dans cet accord, alors que ce sont eux qui souffrent le plus de la cherté de la vie aujourd'hui au Maroc."),
    ]
    cm = "\n".join("<div class=\"comment\"><div class=\"comment__author\">" + esc(n) + "</div><div class=\"comment__text\">" + esc(c) + "</div><div class=\"comment__date\">30/04/2024</div></div>" for n, c in comments)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)} | www.le360.ma</title>
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="https://fr.le360.ma/economie/dialogue-social-hausse-generale-des-salaires_ABC123/">
<meta name="twitter:site" content="@le360fr">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Accord social: hausse de 1.000 DH","datePublished":"2024-04-29T14:40:00Z","author":[{{"@type":"Person","name":"Le360"}}]}}</script>
<style>.default__ParagraphWrap{{margin-bottom:1rem}}.body-paragraph{{font-size:18px}}.ad-slot{{min-height:250px}}</style>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.globalContent={{"_id":"ABC123","type":"story","headlines":{{"basic":"{title}"}},"content_elements":[{{"type":"text","content":"Le gouvernement, les centrales syndicales..."}}]}};</script>
</head>
<body>
<div id="fusion-app">
<header class="header-nav"><a href="/" class="logo">le360</a><nav><a href="/politique">Politique</a><a href="/economie">Économie</a><a href="/societe">Société</a><a href="/monde">Monde</a><a href="/sports">Sports</a><a href="/culture">Culture</a><a href="https://ar.le360.ma">عربي</a></nav></header>
<main class="article-page">
<div class="breadcrumb"><a href="/">Accueil</a> / <a href="/economie">Économie</a></div>
<h1 class="headline">{esc(title)}</h1>
<h2 class="subheadline">Le nouvel accord social prévoit également une hausse de 10&nbsp;% du SMIG et une révision de l'IR.</h2>
<div class="byline-wrap"><span class="byline">Par Wadie El Mouden</span> <span class="date">Le 29/04/2024 à 16h40</span></div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a></div>
<figure class="lead-art"><img src="/resizer/akhannouch.jpg" alt=""><figcaption>Le chef du gouvernement Aziz Akhannouch lors de la signature de l'accord, à Rabat, le 29 avril 2024. <span class="credit">© Le360</span></figcaption></figure>
<article class="article-body-wrapper">
{body}
</article>
<div class="tags"><span>Tags :</span> <a href="/tag/dialogue-social">Dialogue social</a> <a href="/tag/salaires">Salaires</a> <a href="/tag/smig">SMIG</a></div>
<section class="more-stories"><h2>Dans la même rubrique</h2>
<div class="story-card"><a href="/economie/1"><h3>Inflation : l'IPC recule à 0,9 % en mars</h3></a><p>Le HCP publie l'indice des prix à la consommation du mois de mars.</p></div>
<div class="story-card"><a href="/economie/2"><h3>Retraites : le gouvernement présente sa feuille de route</h3></a><p>La réforme des régimes de retraite doit aboutir avant la fin de l'année.</p></div></section>
<section class="comments"><h2>Commentaires (2)</h2>
{cm}
</section>
</main>
<footer><p>© 2024 Le360 - Tous droits réservés</p></footer>
</div>
</body></html>
"""
    return dict(id="fr03", lang="fr", url="https://fr.le360.ma/economie/dialogue-social-hausse-generale-des-salaires_ABC123/",
                fetched="2024-04-29T15:30:00Z", ctype="text/html; charset=utf-8", encoding="utf-8", gz=False,
                html=page, truth=truth(items), model="Le360 (Moroccan French-language site, Arc XP-like)",
                hard="body made of <div>s (no <p>), each paragraph in its own wrapper div with an ad wrapper between; quote as <em> in a div; subheadline (dek) excluded; stale JSON-LD headline; Fusion globalContent blob; reader comments as divs with sentence text; &nbsp; before % and inside « »")
