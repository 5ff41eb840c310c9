package io.newspipe.streams.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The words {@link NameRecognizer} reads as evidence, all folded ({@link TextTokenizer#foldWord}): role and
 * honorific cues before a person's name, reporting verbs, head nouns of organisation names, the connectors
 * and name particles allowed inside a name, generic modifiers that alone do not make a name specific, and
 * common given names (bundled {@code given-names.txt}). Immutable and thread-safe.
 */
final class NameLexicon {
    /**
     * Occupations that introduce a person both as a role cue and, in lower case only, as a lower-only cue
     * (one list so that the two sets cannot drift apart).
     */
    private static final String[] OCCUPATIONS = {
            "cyclist", "rider", "swimmer", "sprinter", "runner", "cycliste", "coureur", "coureuse", "athlète",
            "joueur", "joueuse", "nageur", "nageuse", "skieur", "skieuse", "pilote", "boxeur", "boxeuse",
            "tennisman", "sprinteur", "sprinteuse", "marathonien", "marathonienne", "champion", "championne",
            "avocat", "avocate", "préfet", "préfète", "chanteur", "chanteuse", "acteur", "actrice", "écrivain",
            "romancier", "romancière", "réalisateur", "réalisatrice", "doyenne", "doyen", "accusé", "accusée",
            "épouse", "époux", "adjoint", "adjointe", "writer", "translator", "engineer", "astronaut", "nun", "poet",
            "scientist", "physicist", "historian", "journalist", "reporter", "photographer", "artist", "painter",
            "composer", "musician", "architect", "activist", "campaigner", "batsman", "batter", "bowler", "spinner",
            "wicketkeeper", "quarterback", "pitcher", "jockey", "golfer", "boxer", "wrestler", "teammate",
            "compatriot", "playmaker", "centre-back", "écrivaine", "traducteur", "traductrice", "ingénieur",
            "ingénieure", "astronaute", "religieuse", "poète", "poétesse", "chercheur", "chercheuse", "historien",
            "historienne", "journaliste", "photographe", "artiste", "peintre", "compositeur", "compositrice",
            "musicien", "musicienne", "architecte", "militant", "militante", "buteur", "ailier", "capitaine",
            "coéquipier", "coéquipière", "compatriote", "lauréat", "lauréate", "opposant", "opposante",
            "syndicaliste", "économiste", "sociologue", "politologue", "conseiller", "conseillère", "médecin",
            "professeure", "enseignant", "enseignante", "vainqueur",
            // news' everyday roles before an unknown name ("the lawyer X Y", "la victime X Y", "l'étudiant X Y");
            // no word that is also a common surname (Driver, Farmer, Pasteur, Marin, Player)
            "lawyer", "nurse", "teacher", "student", "soldier", "officer", "victim", "survivor", "witness",
            "businessman", "businesswoman", "billionaire", "tycoon", "entrepreneur", "investor", "banker", "diplomat",
            "negotiator", "politician", "candidate", "legislator", "councillor", "councilor", "dissident", "blogger",
            "influencer", "filmmaker", "producer", "designer", "dancer", "comedian", "cricketer", "footballer",
            "skipper", "athlete", "mountaineer", "prosecutor", "magistrate", "suspect", "defendant", "detainee",
            "prisoner", "hostage", "gunman", "daughter", "wife", "husband", "widow", "priest", "cleric", "preacher",
            "referee", "umpire", "surgeon", "psychiatrist", "lecturer", "biologist", "chemist", "adviser", "advisor",
            "aide", "strategist", "opponent", "challenger", "nominee", "commentator", "columnist", "editor",
            "broadcaster", "presenter", "infirmier", "infirmière", "étudiant", "étudiante", "soldat", "policier",
            "policière", "gendarme", "agriculteur", "agricultrice", "victime", "suspecte", "prévenue",
            "détenu", "détenue", "milliardaire", "entrepreneuse", "banquier", "banquière", "diplomate",
            "négociateur", "négociatrice", "politicien", "politicienne", "blogueur", "blogueuse", "influenceur",
            "influenceuse", "producteur", "productrice", "styliste", "danseur", "danseuse", "prêtre", "curé",
            "arbitre", "chirurgien", "chirurgienne", "psychiatre", "psychologue", "philosophe", "militaire",
            "djihadiste", "rebelle", "fils", "fille", "veuve", "neveu", "nièce", "éditorialiste", "chroniqueur",
            "chroniqueuse", "dissidente", "adversaire", "sergent", "caporal", "amiral", "notaire",
            // French news' other roles before a name ("son homologue américain X", "le cinéaste X")
            "homologue", "chancelier", "chancelière", "gouverneur", "gouverneure", "secrétaire", "eurodéputé",
            "eurodéputée", "commissaire", "magistrat", "magistrate", "cinéaste", "comédien", "comédienne",
            "humoriste", "animateur", "animatrice", "présentateur", "présentatrice", "footballeur", "footballeuse",
            "rugbyman", "judoka", "gymnaste", "perchiste", "navigateur", "navigatrice", "alpiniste", "basketteur",
            "basketteuse", "handballeur", "handballeuse", "escrimeur", "escrimeuse", "biathlète", "rappeur",
            "rappeuse", "fondateur", "fondatrice", "dirigeant", "dirigeante", "candidat", "candidate", "successeur",
            "prédécesseur", "otage", "patriarche", "archevêque", "évêque", "rabbin", "abbé", "pape",
            // athletes of other sports, named by their sport as news does for runners and swimmers
            "surfer", "skier", "skater", "snowboarder", "climber", "rower", "fencer", "gymnast", "hurdler",
            "weightlifter", "triathlete", "decathlete", "heptathlete", "marathoner", "canoeist", "kayaker",
            "surfeur", "surfeuse", "skateur", "skateuse", "snowboardeur", "snowboardeuse", "grimpeur", "grimpeuse",
            "rameur", "rameuse", "patineur", "patineuse", "plongeur", "plongeuse", "haltérophile", "triathlète",
            "décathlonien", "heptathlonienne", "lutteur", "lutteuse", "fondeur", "fondeuse", "kayakiste",
            "canoéiste", "véliplanchiste", "golfeur", "golfeuse", "karatéka", "pongiste", "volleyeur", "volleyeuse",
            "tenniswoman", "rugbywoman",
            // trades and roles of people outside politics that news names without a title: attackers, artists,
            // business people, farmers ("l'assaillant X Y", "cartoonist X", "builder X Y", "l'éleveur X Y")
            "assailant", "attacker", "killer", "shooter", "bomber", "cartoonist", "illustrator", "satirist",
            "sculptor", "playwright", "screenwriter", "songwriter", "guitarist", "pianist", "violinist", "drummer",
            "choreographer", "builder", "magnate", "industrialist", "financier", "heiress", "philanthropist",
            "restaurateur", "shipowner", "assaillant", "assaillante", "agresseur", "tueur", "tueuse", "meurtrier",
            "meurtrière", "terroriste", "dessinateur", "dessinatrice", "illustrateur", "illustratrice",
            "caricaturiste", "auteur", "autrice", "sculpteur", "sculptrice", "scénariste", "dramaturge",
            "chorégraphe", "pianiste", "guitariste", "violoniste", "éleveur", "éleveuse", "viticulteur",
            "viticultrice", "maraîcher", "maraîchère", "magnat", "industriel", "héritier", "héritière",
            "philanthrope", "boss"};
    /** Role words that, capitalised before a name, introduce a person (English, also inside a Title run). */
    static final Set<String> ROLE_CUES = folded(OCCUPATIONS,
            "president", "minister", "senator", "governor", "mayor", "judge", "general", "gen", "colonel", "col",
            "commander", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "speaker",
            "coach", "prince", "princess", "king", "queen", "mr", "mrs", "ms", "dr", "professor", "prof", "ceo",
            "chairman", "chairwoman", "chancellor", "premier", "sheikh", "ayatollah", "imam", "cardinal",
            "archbishop", "bishop", "pope", "lieutenant", "lt", "sergeant", "captain", "capt", "marshal", "emir",
            "sultan", "lawmaker", "mp", "rep", "sen", "gov", "président", "présidente", "ministre", "général",
            "maire", "entraîneur", "sélectionneur", "m", "mme", "mlle", "juge", "procureur", "procureure",
            "ambassadeur", "ambassadrice", "émir", "cheikh", "roi", "reine", "prince", "colonel", "commandant",
            "porte", "parole", "député", "députée", "sénateur", "sénatrice", "patron", "patronne", "directeur",
            "directrice", "attaquant", "milieu", "défenseur", "gardien", "striker", "midfielder", "defender",
            "goalkeeper", "forward", "winger", "manager", "analyst", "director", "leader", "chief", "economist",
            "official", "researcher", "commissioner", "administrator", "inspector", "superintendent", "sheriff",
            "attorney", "detective", "deputy", "actor", "actress", "singer", "rapper", "author", "novelist",
            "founder", "cofounder", "chairperson", "rabbi", "father", "brother", "sister", "mgr");
    /** Role words that only count written in lower case before the name (too often a name's own word). */
    static final Set<String> LOWER_ONLY_CUES = folded(OCCUPATIONS,
            "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "manager", "analyst", "director",
            "leader", "chief", "economist", "official", "researcher", "commissioner", "attaquant", "milieu",
            "défenseur", "gardien", "patron", "patronne", "directeur", "directrice", "parole", "inspector",
            "superintendent", "attorney", "detective", "deputy", "actor", "actress", "singer", "rapper", "author",
            "novelist", "founder", "cofounder", "chairperson", "father", "brother", "sister", "premier");
    /** Portfolio words between "ministre de/des ..." and the minister's name. */
    static final Set<String> PORTFOLIOS = folded("intérieur", "armées", "affaires", "étrangères", "défense", "justice",
            "santé", "économie", "finances", "éducation", "énergie", "travail", "culture", "agriculture", "transports",
            "commerce", "industrie", "budget", "république", "sports", "environnement", "outre", "mer", "europe");
    /** Reporting verbs after a name ("X Y said"). */
    static final Set<String> REPORTING_AFTER = folded("said", "says", "told", "added", "wrote", "explained",
            "insisted", "warned", "argued", "announced", "stated", "noted", "declared", "tweeted", "confirmed");
    /**
     * French reporting words before a name ("a déclaré X Y", "selon X Y", and after a quotation in the present:
     * "», explique X Y").
     */
    static final Set<String> REPORTING_BEFORE = folded("déclaré", "affirmé", "indiqué", "annoncé", "expliqué",
            "précisé", "souligné", "ajouté", "estimé", "assuré", "selon", "confié", "martelé", "insisté",
            "explique", "estime", "souligne", "affirme", "déclare", "indique", "ajoute", "précise", "assure",
            "raconte", "confie", "observe", "poursuit", "insiste", "rappelle", "regrette", "prévient", "avertit",
            "résume", "reconnaît", "martèle", "témoigne", "dénonce", "détaille", "analyse", "commente", "déplore",
            "raconté", "reconnu", "dénoncé", "rappelé", "regretté", "prévenu", "averti", "témoigné", "déploré");
    /** French participles that, after "a", follow a name ("X Y a déclaré"). */
    static final Set<String> REPORTING_PARTICIPLES = folded("déclaré", "affirmé", "indiqué", "annoncé",
            "expliqué", "précisé", "souligné", "ajouté", "estimé", "assuré", "confié", "martelé", "insisté",
            "raconté", "reconnu", "dénoncé", "rappelé", "regretté", "prévenu", "averti", "démenti", "refusé",
            "critiqué", "salué", "jugé", "répondu", "réagi", "promis", "appelé", "exigé", "réclamé");
    /** Words between an apposition's comma and its role word ("X Y, a former prime minister"). */
    static final Set<String> APPOSITION_WORDS = folded("a", "an", "the", "former", "deputy", "senior", "chief",
            "prime", "foreign", "finance", "un", "une", "le", "la", "l", "ancien", "ancienne", "ex", "premier",
            "première", "vice", "porte", "parole", "haut", "haute", "its", "his", "her", "son", "sa");
    /** Head nouns of organisation names, English and French. */
    static final Set<String> ORG_HEADS = folded("ministry", "university", "agency", "commission", "council", "party",
            "bank", "court", "assembly", "parliament", "federation", "institute", "authority", "company",
            "corporation", "group", "union", "association", "organization", "organisation", "front", "movement",
            "forces", "army", "police", "service", "office", "department", "centre", "center", "committee",
            "foundation", "fund", "league", "board", "bureau", "guard", "brigades", "coalition", "alliance",
            "tribunal", "academy", "college", "confederation", "command", "corps", "navy", "society", "trust",
            "airlines", "airways", "club", "institution", "secretariat", "directorate", "senate", "congress",
            "ministère", "université", "agence", "conseil", "parti", "banque", "cour", "assemblée", "fédération",
            "institut", "autorité", "mouvement", "armée", "comité", "fondation", "fonds", "ligue", "organisation",
            "groupe", "société", "brigade", "brigades", "garde", "confédération", "direction", "sénat", "tribunal",
            "académie", "école", "office");
    /** French head nouns, written first: "Banque centrale européenne", "Parti socialiste". */
    static final Set<String> FRENCH_HEADS = folded("ministère", "université", "agence", "commission", "conseil",
            "parti", "banque", "cour", "assemblée", "fédération", "institut", "autorité", "front", "mouvement",
            "forces", "armée", "police", "comité", "fondation", "fonds", "ligue", "union", "association",
            "organisation", "groupe", "société", "brigade", "brigades", "garde", "confédération", "direction",
            "tribunal", "académie", "office", "centre");
    /** Lower-case adjectives that continue a French organisation name. */
    static final Set<String> FRENCH_ORG_ADJECTIVES = folded("national", "nationale", "nationaux", "nationales",
            "international", "internationale", "central", "centrale", "européen", "européenne", "mondial",
            "mondiale", "supérieur", "supérieure", "constitutionnel", "constitutionnelle", "fédéral", "fédérale",
            "populaire", "démocratique", "islamique", "africain", "africaine", "arabe", "social", "sociale",
            "socialiste", "communiste", "républicain", "républicaine", "économique", "militaire", "militaires",
            "publique", "public", "général", "générale", "spéciale", "spéciales", "armées", "islamiste", "patriotique",
            "révolutionnaire", "électorale", "indépendante", "suprême", "fédérales", "régional", "régionale",
            "olympique", "écologiste", "libéral", "libérale");
    /** Lower-case words allowed between capitalised words of a name. */
    static final Set<String> CONNECTORS = folded("of", "for", "and", "the", "on", "de", "du", "des", "d", "la", "l",
            "pour", "et", "en");
    /** Lower-case particles inside a person's name. */
    static final Set<String> PARTICLES = folded("al", "el", "bin", "ben", "ibn", "bint", "abu", "abou", "de", "da",
            "van", "von", "der", "den", "du", "ould", "ag", "wa", "ul", "ud", "di", "dos", "das", "ter", "le", "la",
            "del", "della", "delle", "dei", "degli", "do", "zu", "ten", "af", "binti", "bte", "ap", "dal", "ibnu",
            "uz", "ur");
    /** Modifiers that with a head noun alone name no particular body ("Foreign Ministry", "Supreme Court"). */
    static final Set<String> GENERIC = folded("foreign", "interior", "defence", "defense", "health", "finance",
            "justice", "education", "national", "nationale", "central", "centrale", "federale", "generale",
            "federal", "state", "supreme", "high", "higher", "public",
            "general", "security", "armed", "special", "military", "civil", "local", "regional", "city", "city's",
            "police", "oil", "energy", "trade", "economy", "culture", "information", "transport", "agriculture",
            "labour", "labor", "environment", "water", "electricity", "european", "international", "world", "global",
            "new", "old", "first", "second", "main", "big", "top", "elite", "presidential", "royal", "islamic",
            "revolutionary", "popular", "republican", "democratic", "people's", "executive", "emergency", "border",
            "coast", "air", "naval", "criminal", "constitutional", "appeals", "appeal", "district", "provincial",
            "municipal", "county", "intelligence", "counter", "terrorism", "investment", "sovereign", "wealth",
            "development", "reserve", "monetary", "statistics", "electoral", "election", "liberation", "standing",
            "house", "select", "joint", "communist", "conservative", "liberal", "labour", "socialist", "green",
            "permanent", "executive", "legislative", "judicial", "oval", "soviet");
    /** Words that make a "... Center" a venue rather than a body ("Blossom Music Center"). */
    static final Set<String> VENUE = folded("music", "arts", "performing", "convention", "shopping", "sports",
            "events", "exhibition", "conference", "civic", "community", "fitness", "garden", "aquatic", "trade",
            "entertainment", "cultural", "visitor", "visitors", "outlet", "retail");
    /** Words a name never contains: calendar words and news words that open sentences in capitals. */
    static final Set<String> BLOCKED = folded("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche", "god", "allah", "islam", "christmas", "ramadan", "eid", "easter", "covid",
            "internet", "twitter", "facebook", "instagram", "telegram", "whatsapp", "youtube", "tiktok", "google",
            "street", "avenue", "road", "square", "airport", "stadium", "mosque", "church", "bridge", "port", "river",
            "mount", "lake", "island", "islands", "valley", "desert", "sea", "gulf", "province", "governorate",
            "district", "region", "state", "city", "camp", "hotel", "hospital", "prison", "palace", "tower", "cup",
            "league", "championship", "games", "prize", "award", "day", "week", "war", "act", "law", "plan", "treaty",
            "rue", "place", "boulevard", "aéroport", "stade", "mosquée", "église", "pont", "fleuve", "mont", "lac",
            "île", "vallée", "désert", "mer", "golfe", "région", "ville", "hôtel", "hôpital", "prison", "palais",
            "coupe", "prix", "guerre", "loi", "plan", "traité", "but", "and", "or", "et", "ou", "breaking", "update",
            "exclusive", "analysis", "opinion", "live", "video", "photos", "watch", "read", "more", "also", "see",
            // words of company, band, media and project names, which a reporting verb may follow too
            "news", "times", "post", "journal", "herald", "tribune", "gazette", "observatory", "design", "designs",
            "equities", "capital", "partner", "partners", "brothers", "sisters", "rights", "program", "programs",
            "programme", "programmes", "west", "east", "north", "south", "solution", "solutions", "systems",
            "technologies", "technology", "media", "entertainment", "records", "studios", "pictures", "productions",
            "operation", "project", "initiative", "network", "labs", "motors", "holdings", "inc", "ltd", "llc",
            "corp", "plc", "gmbh", "fc", "united", "securities", "research", "consulting", "insurance", "global",
            "international", "magazine", "radio", "tv", "television", "channel", "online", "digital", "resources",
            "industries", "services", "group", "bank", "ventures", "fund", "funds", "trust", "investments",
            "advisors", "associates", "communications", "airlines", "pharmaceuticals", "health", "energy",
            "oil", "gas", "mining", "foods", "stores", "hotels", "resorts", "ranking", "member", "members",
            "parade", "lane", "drive", "terrace", "crescent", "quay", "promenade", "park", "gardens", "hill",
            "highway", "ports", "terminal", "terminals", "shipping", "logistics", "motors", "railways");
    /** Words an organisation's name never contains: calendar words. */
    static final Set<String> BLOCKED_IN_ORGS = folded("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "janvier", "février", "avril", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "breaking", "update", "exclusive", "live", "video");
    /** Abbreviated cues written with a full stop ("M. Barrot", "Dr. Tedros"). */
    static final Set<String> ABBREVIATED_CUES = folded("m", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt",
            "prof", "sen", "rep", "gov", "mme", "mlle");
    private static final Set<String> GIVEN_NAMES = loadGivenNames("given-names.txt");
    /** Given names that are also words capitalised for another reason ("Grant", "Milan", "Victoria"). */
    private static final Set<String> WEAK_GIVEN_NAMES = loadGivenNames("given-names-weak.txt");

    private NameLexicon() {
    }

    /** Whether a folded word is a common given name. */
    static boolean givenName(String folded) {
        if (GIVEN_NAMES.contains(folded)) {
            return true;
        }
        // compound given names are made of given names: Marie-Pierre, Pierre-Henri, Jean-Baptiste
        int hyphen = folded.indexOf('-');
        return hyphen > 0 && hyphen < folded.length() - 1 && folded.indexOf('-', hyphen + 1) < 0
                && GIVEN_NAMES.contains(folded.substring(0, hyphen)) && GIVEN_NAMES.contains(folded.substring(hyphen + 1));
    }

    private static Set<String> folded(String... words) {
        return folded(new String[0], words);
    }

    private static Set<String> folded(String[] shared, String... words) {
        Set<String> out = new HashSet<>();
        for (String w : shared) {
            out.add(TextTokenizer.foldWord(w));
        }
        for (String w : words) {
            out.add(TextTokenizer.foldWord(w));
        }
        return WordSet.copyOf(out);
    }

    /**
     * Whether a folded word is a given name that is also a word capitalised for another reason ("Grant",
     * "Milan", "Amber"): it opens a person's name only with more evidence, such as the surname written alone
     * elsewhere in the text.
     */
    static boolean weakGivenName(String folded) {
        return WEAK_GIVEN_NAMES.contains(folded);
    }

    /** The first column of a bundled list of names (one or more names a line, or name TAB reason), folded. */
    private static Set<String> loadGivenNames(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int tab = s.indexOf('\t');
                for (String name : (tab < 0 ? s : s.substring(0, tab)).split("\\s+")) {
                    out.add(TextTokenizer.foldWord(name.toLowerCase(Locale.ROOT)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return WordSet.copyOf(out);
    }
}
