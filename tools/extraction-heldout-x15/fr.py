from common import *
PAGES = []
N = '\u00a0'
NN = '\u202f'

# ---------------- fr01: Le Monde-like; "Lire aussi" paragraphs in the body; &nbsp; entities
def fr01():
    url = 'https://www.lemonde.fr/sport/article/2024/07/27/jo-paris-2024-une-ceremonie-d-ouverture-sous-la-pluie-sur-la-seine_6258104_3242.html'
    title = f'JO Paris 2024{N}: une cérémonie d’ouverture sous la pluie, sur la Seine, pour entrer dans l’histoire'
    p = [
     f'Pour la première fois dans l’histoire des Jeux olympiques, la cérémonie d’ouverture ne s’est pas tenue dans un stade. Vendredi 26{N}juillet, quelque 6{N}800{N}athlètes ont défilé sur la Seine à bord de 85{N}bateaux, sur six kilomètres entre le pont d’Austerlitz et le Trocadéro, sous une pluie qui n’a cessé de tomber de toute la soirée.',
     f'Conçu par le metteur en scène Thomas Jolly, le spectacle de près de quatre heures a alterné tableaux chorégraphiés, hommages à l’histoire de France et clins d’œil à la culture populaire, de Lady Gaga sur les marches du quai d’Anjou au groupe de metal Gojira aux fenêtres de la Conciergerie.',
     'Céline Dion au sommet de la tour Eiffel',
     f'Le moment le plus attendu est venu en fin de soirée{N}: pour son retour sur scène après plusieurs années de maladie, Céline Dion a interprété L’Hymne à l’amour d’Edith Piaf depuis le premier étage de la tour Eiffel, illuminée pour l’occasion.',
     f'«{N}C’était un rêve de gosse, et ce soir, Paris a montré au monde ce qu’elle sait faire{N}», a déclaré Tony Estanguet, président du comité d’organisation, à l’issue de la cérémonie.',
     f'La flamme, portée par Zinédine Zidane puis par une succession de champions, a finalement été confiée à Marie-José Pérec et Teddy Riner, qui ont allumé la vasque installée dans le jardin des Tuileries. Suspendue sous un ballon, celle-ci s’est élevée dans le ciel parisien, où elle restera visible chaque soir jusqu’à la fin des Jeux.',
     f'Quelques heures avant la cérémonie, la SNCF avait annoncé avoir été victime d’«{N}actes de malveillance{N}» visant plusieurs lignes à grande vitesse, perturbant les déplacements de quelque 800{N}000{N}voyageurs.',
    ]
    la = lambda t, h: f'<p class="article__paragraph article__paragraph--lire-aussi"><span class="lire-aussi__label">Lire aussi</span> | <a href="{h}" class="js-article-read-also">{esc(t)}</a></p>'
    body = (f'<p class="article__paragraph ">{esc(p[0])}</p>\n<p class="article__paragraph ">{esc(p[1])}</p>\n'
            + la(f'Cérémonie d’ouverture des JO de Paris 2024{N}: revivez le défilé des délégations sur la Seine', '/sport/live/2024/07/26/ceremonie') + '\n'
            + '<figure class="article__media"><img src="https://img.lemde.fr/2024/07/27/0/0/5000/3333/700/0/75/0/ab12cd3_1722035222123-ceremonie.jpg" alt=""><figcaption class="article__legend">La délégation française sur la Seine, à Paris, le 26 juillet 2024. <span class="article__credit">FRANCK FIFE / AFP</span></figcaption></figure>\n'
            + f'<h2 class="article__sub-title">{esc(p[2])}</h2>\n<p class="article__paragraph ">{esc(p[3])}</p>\n<p class="article__paragraph ">{esc(p[4])}</p>\n'
            + la('Les enjeux sécuritaires d’une cérémonie à ciel ouvert', '/sport/article/2024/07/25/securite') + '\n'
            + f'<p class="article__paragraph ">{esc(p[5])}</p>\n<p class="article__paragraph ">{esc(p[6])}</p>').replace(N, '&nbsp;')
    h = f'''<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="description" content="Quelque 6 800 athlètes ont défilé sur la Seine lors d’une cérémonie spectaculaire, arrosée par la pluie.">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Le Monde.fr">
<meta property="og:url" content="{url}"><meta property="article:section" content="Sport">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2024-07-27T00:12:05+02:00","dateModified":"2024-07-27T09:30:11+02:00","author":[{"@type":"Person","name":"Le Monde avec AFP"}],"isAccessibleForFree":True,"publisher":{"@type":"Organization","name":"Le Monde"}})}
<script>var lmd = {{"context":{{"page":{{"type":"article","article":{{"id":6258104,"section":"sport","premium":false,"author":"Le Monde avec AFP"}}}}}}}};</script>
{style('.article__paragraph{font-family:"The Antiqua B",Georgia,serif;font-size:1.8rem;line-height:2.8rem}.article__sub-title{font-size:2.2rem}')}
</head>
<body class="article-page">
<div id="didomi-host"><div class="didomi-popup-notice"><p class="didomi-notice-text">Le Monde et ses partenaires utilisent des cookies pour stocker et accéder à des informations sur votre terminal. Vous pouvez accepter ou refuser ces différentes opérations.</p><button id="didomi-notice-agree-button">Accepter et fermer</button><button>Continuer sans accepter</button><a href="#">Personnaliser</a></div></div>
<header class="Header"><a class="Header__logo" href="https://www.lemonde.fr/">Le Monde</a><nav class="Nav"><ul><li><a href="/actualite-en-continu/">En continu</a></li><li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li><li><a href="/sport/">Sport</a></li><li><a href="/economie/">Économie</a></li><li><a href="/culture/">Culture</a></li></ul></nav><a class="Header__subscribe" href="/abonnement/">S’abonner</a><a href="/connexion/">Se connecter</a></header>
<main id="habillagepub" class="zone--article old__zone">
<section class="article__header"><ul class="breadcrumb"><li><a href="/sport/">Sport</a></li><li><a href="/jeux-olympiques/">Jeux olympiques</a></li></ul>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__desc">Quelque 6{N}800{N}athlètes ont défilé sur la Seine lors d’une cérémonie spectaculaire, arrosée par la pluie et marquée par le retour de Céline Dion.</p>
<div class="meta meta__publisher"><span class="meta__author">Le Monde avec AFP</span><span class="meta__date">Publié le 27 juillet 2024 à 00h12, modifié le 27 juillet 2024 à 09h30</span><span class="meta__reading-time">Temps de Lecture 3 min.</span></div>
<div class="meta__social"><button class="js-share-facebook">Partager sur Facebook</button><button class="js-share-x">Partager sur X</button><button class="js-share-email">Envoyer par e-mail</button><button class="js-share-copy">Copier le lien</button></div></section>
<section class="article__wrapper"><article class="article__content old__article-content-single">
{body}
<p class="article__siblings"><a href="/jeux-olympiques/">Toute l’actualité des Jeux olympiques</a></p>
<section class="article__reactions"><div class="article__reactions-header">Réagir</div><p>Vous pouvez lire <a href="/sport/reactions/2024/07/27/6258104">le mot de la rédaction</a>. Contribuer — Réutiliser ce contenu</p></section>
</article>
<aside class="aside__iso old__aside"><section class="services"><h3>Newsletter</h3><p>«{N}La lettre des JO{N}»</p><p>Chaque jour, retrouvez l’essentiel des Jeux olympiques et paralympiques de Paris.</p><a href="/newsletters/">S’inscrire</a></section>
<section class="aside__most-read"><h3>Les plus lus</h3><ol><li><a href="#">JO 2024{N}: le programme du samedi 27 juillet</a></li><li><a href="#">Les images de la cérémonie d’ouverture</a></li><li><a href="#">Sabotage de la SNCF{N}: ce que l’on sait</a></li></ol></section></aside></section>
<section class="article__footer-single"><h3 class="title">Sur le même sujet</h3>''' + ''.join(f'<div class="teaser"><a class="teaser__link" href="/sport/r{i}"><h3 class="teaser__title">{esc(t)}</h3><p class="teaser__desc">{esc(d)}</p></a><span class="meta__date">27 juillet 2024</span></div>' for i, (t, d) in enumerate([
        (f'Thomas Jolly, l’homme qui a fait danser la Seine', f'Le metteur en scène de 42{N}ans a conçu pendant deux ans une cérémonie pensée comme une déclaration d’amour à Paris et à la diversité française.'),
        (f'Cérémonie d’ouverture{N}: les critiques et les polémiques', f'Certains tableaux ont suscité des réactions hostiles à l’étranger, notamment une scène inspirée des banquets mythologiques.')])) + f'''</section>
</main>
<footer class="Footer"><ul><li><a href="/groupe/">Le Monde.fr – Groupe Le Monde</a></li><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/cgv/">Conditions générales</a></li><li><a href="/confidentialite/">Politique de confidentialité</a></li></ul><p>© Le Monde – Respectez les droits d’auteur.</p></footer>
<script src="https://www.lemonde.fr/bucket/app.js" defer></script>
</body></html>'''
    return dict(id='fr01', url=url, lang='fr', html=h, truth=p, model='Le Monde',
                hard='&nbsp; entities before « » : and inside numbers (truth keeps U+00A0); "Lire aussi |" paragraphs inside the body (excluded); dek excluded; figure with legend and credit; cookie (Didomi) banner first in the body; newsletter, most-read; reactions block')
PAGES.append(fr01)

# ---------------- fr02: Ouest-France-like live blog
def fr02():
    url = 'https://www.ouest-france.fr/meteo/tempete/ciaran/direct-tempete-ciaran-en-bretagne-des-rafales-record-suivez-la-situation-en-direct-5c8d2e1a-7940-11ee-9f2b-8a6f0c7a9e31'
    title = f'DIRECT. Tempête Ciarán en Bretagne{N}: des rafales record, la situation en direct'
    chapo = f'La tempête Ciarán a frappé la Bretagne dans la nuit de mercredi 1er{N}au jeudi 2{N}novembre 2023. Le Finistère, placé en vigilance rouge, a enregistré des rafales record. Suivez la situation en direct.'
    entries = [
     ('17:40', f'Encore 780{N}000 foyers privés d’électricité en Bretagne', f'Selon Enedis, 780{N}000{N}foyers bretons étaient toujours privés de courant jeudi en fin d’après-midi. Le gestionnaire du réseau annonce la mobilisation de 3{N}000 techniciens supplémentaires venus de toute la France.'),
     ('15:12', 'Un chauffeur routier tué dans l’Aisne', f'Hors de Bretagne, un chauffeur de camion a été tué dans l’Aisne après la chute d’un arbre sur son véhicule, a annoncé le ministre de l’Intérieur, Gérald Darmanin.'),
     ('12:30', None, f'Les trains ne circuleront pas en Bretagne avant vendredi midi, a indiqué la SNCF. Plusieurs arbres sont tombés sur les voies entre Rennes et Brest.'),
     ('09:45', f'207{N}km/h à la pointe du Raz', f'Météo-France a relevé une rafale de 207{N}km/h à la pointe du Raz, un record pour le site. À Brest, le vent a soufflé à 156{N}km/h, du jamais vu depuis la tempête de 1987.'),
     ('07:20', 'Le Finistère se réveille dans le chaos', f'Toitures arrachées, arbres couchés sur les routes, rues inondées{N}: les habitants découvrent l’ampleur des dégâts au petit matin. La préfecture demande de «{N}rester chez soi{N}» et de limiter les déplacements.'),
    ]
    p = []
    for _, t, x in entries:
        if t: p.append(t)
        p.append(x)
    posts = ''.join(f'''<article class="live-post" id="post-{i}" data-timestamp="2023-11-02T{tm}:00+01:00"><div class="live-post__meta"><time datetime="2023-11-02T{tm}">{tm.replace(':', 'h')}</time><span class="live-post__author">{'Ouest-France' if i % 2 else 'La rédaction'}</span></div>{f'<h2 class="live-post__title">{esc(t)}</h2>' if t else ''}<div class="live-post__content"><p>{esc(x)}</p></div><div class="live-post__share"><a href="#post-{i}">Partager</a><a href="#">Copier le lien</a></div></article>
''' + (ad_en(f'live-{i}', 'Publicité') if i == 1 else '') + (f'<div class="live-post live-post--pinned-media"><figure><img src="/img/raz.jpg" alt=""><figcaption>Les vagues à la pointe du Raz, jeudi matin. | Ouest-France</figcaption></figure></div>' if i == 3 else '') for i, (tm, t, x) in enumerate(entries))
    h = f'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Ouest-France.fr">
{jsonld({"@context":"https://schema.org","@type":"LiveBlogPosting","headline":title,"coverageStartTime":"2023-11-02T06:00:00+01:00","datePublished":"2023-11-02T06:00:00+01:00","dateModified":"2023-11-02T17:40:00+01:00","liveBlogUpdate":[{"@type":"BlogPosting","headline":t or "","datePublished":f"2023-11-02T{tm}:00+01:00","articleBody":x} for tm, t, x in entries[:2]]})}
{style('.live-post{border-left:2px solid #e2001a;padding-left:16px;margin-bottom:24px}.live-post__meta time{color:#e2001a;font-weight:700}')}
<script>window.OF_CONFIG={{"page":{{"type":"live","id":"5c8d2e1a-7940-11ee-9f2b-8a6f0c7a9e31","refreshInterval":30000}},"pub":{{"enabled":true}}}};</script>
</head>
<body>
<div class="cookie-consent" id="sp_message_container"><p>Nous et nos partenaires utilisons des cookies afin de vous proposer des contenus et publicités adaptés. Cliquez sur «{N}Accepter{N}» pour consentir.</p><button>Accepter</button><button>Refuser</button></div>
<header class="site-header"><a class="logo" href="/">Ouest-France</a><nav><ul><li><a href="/bretagne/">Bretagne</a></li><li><a href="/normandie/">Normandie</a></li><li><a href="/pays-de-la-loire/">Pays de la Loire</a></li><li><a href="/sport/">Sport</a></li><li><a href="/meteo/">Météo</a></li><li><a href="/economie/">Économie</a></li></ul></nav><a class="btn-abo" href="/abonnement/">Je m’abonne</a></header>
<main class="main-content"><article class="article article--live">
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/meteo/">Météo</a> › <a href="/meteo/tempete/">Tempête</a></nav>
<span class="badge-live">EN DIRECT</span>
<h1 class="article-title">{esc(title)}</h1>
<p class="article-chapo">{esc(chapo)}</p>
<div class="article-meta"><span class="author">Ouest-France</span> <time datetime="2023-11-02T06:00:00+01:00">Publié le 02/11/2023 à 06h00</time> <time class="update">Modifié le 02/11/2023 à 17h40</time></div>
<div class="share-buttons"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">E-mail</a></div>
<div class="live-refresh"><button>Nouveaux messages</button> <label><input type="checkbox" checked> Mise à jour automatique</label></div>
<div class="live-posts">
{posts}</div>
<div class="live-end"><a href="#">Voir plus de messages</a></div>
</article>
<aside class="sidebar"><section class="most-read"><h3>Les plus lus</h3><ol><li><a href="#">Tempête Ciarán{N}: les images impressionnantes de la nuit</a></li><li><a href="#">Écoles fermées vendredi dans le Finistère{N}?</a></li><li><a href="#">Indemnisation{N}: comment déclarer un sinistre</a></li></ol></section>
<section class="newsletter"><h3>Newsletter Bretagne</h3><p>Chaque matin, l’essentiel de l’actualité de votre région.</p><input type="email" placeholder="Votre e-mail"><button>Je m’inscris</button></section></aside>
</main>
<footer class="footer"><p>© Ouest-France 2023</p><ul><li><a href="#">Mentions légales</a></li><li><a href="#">Données personnelles</a></li><li><a href="#">Gestion des cookies</a></li></ul></footer>
</body></html>'''
    return dict(id='fr02', url=url, lang='fr', html=h, truth=p, model='Ouest-France live blog',
                hard='live blog: five timestamped entries (truth = entry titles and texts in page order, times, authors and share links excluded); chapo excluded; ad and a media-only entry between entries; LiveBlogPosting JSON-LD holding some entry texts; cookie banner; NBSP in French typography')
PAGES.append(fr02)

# ---------------- fr03: Jeune Afrique-like; list in body; narrow NBSP (U+202F)
def fr03():
    url = 'https://www.jeuneafrique.com/1551237/politique/presidentielle-au-senegal-bassirou-diomaye-faye-elu-des-le-premier-tour/'
    title = f'Présidentielle au Sénégal{NN}: Bassirou Diomaye Faye élu dès le premier tour'
    items = [f'Participation{NN}: 61,30{NN}%', f'Bassirou Diomaye Faye{NN}: 54,28{NN}%', f'Amadou Ba{NN}: 35,79{NN}%', f'Aliou Mamadou Dia{NN}: 2,80{NN}%']
    p = [
     f'Bassirou Diomaye Faye a été déclaré vainqueur de l’élection présidentielle sénégalaise dès le premier tour, avec 54,28{NN}% des suffrages, selon les résultats provisoires publiés mercredi 27{N}mars par la Commission nationale de recensement des votes.',
     f'Le candidat de la coalition «{NN}Diomaye Président{NN}», soutenu par l’opposant Ousmane Sonko, devance largement Amadou Ba, l’ancien Premier ministre et candidat du pouvoir, crédité de 35,79{NN}% des voix. Celui-ci avait reconnu sa défaite dès lundi soir et félicité son adversaire.',
     'Sorti de prison dix jours avant le scrutin',
     f'À 44{N}ans, cet ancien inspecteur des impôts devient le plus jeune président de l’histoire du Sénégal. Il n’a été libéré de prison que le 14{N}mars, à la faveur d’une loi d’amnistie, après onze mois de détention.',
     f'Les chiffres clés du scrutin{NN}:',
     *items,
     f'«{NN}En m’élisant, le peuple sénégalais a fait le choix de la rupture{NN}», a déclaré le président élu lors de sa première prise de parole, promettant de gouverner «{NN}avec humilité et transparence{NN}» et de lutter contre la corruption.',
     f'Son investiture est prévue le 2{N}avril, jour de la fin du mandat de Macky Sall, dont la tentative de reporter l’élection en février avait plongé le pays dans une crise politique inédite.',
    ]
    body = (f'<p>{esc(p[0])}</p>\n<p>{esc(p[1])}</p>\n'
            '<div class="jaf-related-inline"><p class="jaf-related-inline__title">Lire aussi</p><ul><li><a href="/1550911/politique/senegal-qui-est-bassirou-diomaye-faye/">Sénégal&#8239;: qui est Bassirou Diomaye Faye, le «&#8239;candidat de substitution&#8239;» de Sonko&#8239;?</a></li><li><a href="/1549002/politique/amnistie-sonko-diomaye-liberes/">Ousmane Sonko et Bassirou Diomaye Faye libérés</a></li></ul></div>\n'
            f'<h2 class="wp-block-heading">{esc(p[2])}</h2>\n<p>{esc(p[3])}</p>\n<p>{esc(p[4])}</p>\n<ul class="wp-block-list">' + ''.join(f'<li>{esc(x)}</li>' for x in items) + '</ul>\n'
            '<figure class="wp-block-image size-large"><img decoding="async" src="https://www.jeuneafrique.com/medias/2024/03/25/faye.jpg" alt=""><figcaption class="wp-element-caption">Bassirou Diomaye Faye à Dakar, le 25 mars 2024. © John Wessels/AFP</figcaption></figure>\n'
            f'<p>{esc(p[9])}</p>\n<p>{esc(p[10])}</p>')
    h = f'''<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – Jeune Afrique</title>
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="JeuneAfrique.com">
<meta property="og:description" content="Le candidat de l’opposition l’emporte avec 54,28 % des voix, selon les résultats provisoires.">
{jsonld({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":"2024-03-27T18:02:00+00:00","author":{"@type":"Person","name":"Marième Soumaré"},"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}})}
{style('.jaf-article__content p{font-size:18px}.jaf-related-inline{background:#f5f1e8;padding:12px 16px}')}
<script type="text/javascript">var jaf_tags={{"category":"politique","country":"senegal","premium":1}};</script>
</head>
<body class="post-template-default single single-post">
<div class="jaf-topbar"><a href="/abonnements/">S’abonner</a> <a href="/connexion/">Se connecter</a> <a href="/newsletter/">Newsletters</a></div>
<header class="jaf-header"><a class="jaf-logo" href="/">Jeune Afrique</a><nav class="jaf-nav"><ul><li><a href="/rubriques/politique/">Politique</a></li><li><a href="/rubriques/economie-entreprises/">Économie</a></li><li><a href="/rubriques/societe/">Société</a></li><li><a href="/rubriques/culture/">Culture</a></li><li><a href="/pays/senegal/">Sénégal</a></li></ul></nav></header>
<main class="jaf-main"><article class="jaf-article">
<div class="jaf-article__header"><a class="jaf-article__category" href="/pays/senegal/">Sénégal</a>
<h1 class="jaf-article__title">{esc(title)}</h1>
<p class="jaf-article__chapo">Le candidat de l’opposition l’emporte avec 54,28{NN}% des voix, selon les résultats provisoires. Il sera le cinquième président du pays.</p>
<div class="jaf-article__author">Par <a href="/auteurs/msoumare/">Marième Soumaré</a> – à Dakar</div><div class="jaf-article__date">Publié le 27 mars 2024 Lecture : 2 minutes.</div>
<div class="jaf-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a><a href="#">Offrir cet article</a></div></div>
<div class="jaf-article__content paywall">
{body}
</div>
<div class="jaf-article__tags"><span>Sur le même sujet :</span><a href="/tag/presidentielle-senegal-2024/">Présidentielle au Sénégal 2024</a><a href="/tag/ousmane-sonko/">Ousmane Sonko</a></div>
</article>
<section class="jaf-newsletter-box"><h3>La newsletter d’Afrique</h3><p>Chaque jour, recevez par e-mail l’essentiel de l’actualité africaine.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></section>
<section class="jaf-most-read"><h3>Les plus lus – Politique</h3><ol>''' + ''.join(f'<li><a href="/r{i}"><span class="rank">{i+1}</span><h4>{esc(t)}</h4><p>{esc(d)}</p></a></li>' for i, (t, d) in enumerate([
        (f'Sénégal{NN}: Ousmane Sonko, l’homme de l’ombre devenu faiseur de roi', 'Inéligible, l’opposant a mené campagne pour son dauphin. Quelle place occupera-t-il dans le nouveau pouvoir ?'),
        (f'Côte d’Ivoire{NN}: ce que prépare Alassane Ouattara pour 2025', 'Le chef de l’État entretient le suspense sur sa candidature et multiplie les consultations.'),
        (f'Mali{NN}: la junte suspend les activités des partis politiques', 'Les autorités de transition invoquent des «{NN}raisons d’ordre public{NN}».')])) + f'''</ol></section>
</main>
<footer class="jaf-footer"><p>© Jeune Afrique 2024, tous droits réservés</p><ul><li><a href="#">Mentions légales</a></li><li><a href="#">CGU</a></li><li><a href="#">Contact</a></li></ul></footer>
<div id="cmp-banner" class="cmp"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button>Accepter</button><button>Paramétrer</button></div>
</body></html>'''
    return dict(id='fr03', url=url, lang='fr', html=h, truth=p, model='Jeune Afrique (WordPress, paywall markup)',
                hard='narrow NBSP U+202F (raw and as &#8239;) before « » : %; list inside the body; in-body "Lire aussi" box (excluded); chapo excluded; figure with caption; most-read with teasers; paywall JSON-LD')
PAGES.append(fr03)
