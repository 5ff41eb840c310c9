package io.newspipe.streams.extract;

import io.newspipe.streams.text.MatchingText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cue words that hint at boilerplate: class/id names of page furniture, and the multilingual labels that
 * open "read also", related, tag, source and share blocks. These are extra signals on top of the text
 * statistics, never the method on their own. Stateless and thread-safe.
 */
final class BoilerplateCues {
    /** How a class/id attribute reads. */
    enum Hint { NONE, POSITIVE, WEAK_NEGATIVE, STRONG_NEGATIVE }

    /** How a short block of text reads. */
    enum Label { NONE, INLINE, SECTION }

    /** Prefixes of a class/id word, or of two adjacent words joined ("read-more" → "readmore"). */
    static final List<String> STRONG_STEMS = List.of("comment", "related", "share", "sharing", "social",
            "newsletter", "promo", "advert", "sponsor", "cookie", "consent", "outbrain", "taboola", "breadcrumb",
            "mostread", "mostpopular", "mostviewed", "recommend", "subscribe", "popup", "modal", "disqus", "signup",
            "readmore", "readalso", "readnext", "seealso", "morestories", "morenews", "trending", "skiplink",
            "googlead", "adslot", "adunit", "adcontainer", "adwrap", "authorbio", "copyright", "relacionad",
            // a paywall box holds the subscription pitch that replaces the rest of the story
            "similar", "paywall");
    private static final int STEM_KEY = 4;
    /** Stems indexed by their first four letters, so a class word is checked against a handful at most. */
    private static final java.util.Map<String, List<String>> STEMS_BY_KEY = STRONG_STEMS.stream().collect(
            java.util.stream.Collectors.groupingBy(stem -> stem.substring(0, STEM_KEY)));
    /** First words of the two-word stems ("read" of "readmore"): only these are joined with the next word. */
    static final Set<String> PAIR_HEADS = Set.of("read", "see", "most", "more", "sign", "skip", "google",
            "ad", "ads", "author", "social", "share");
    static final Set<String> STRONG_TOKENS = Set.of("ad", "ads", "adv", "advert", "dfp", "tags", "tagcloud",
            "taglist", "keywords", "print", "rss", "caption", "figcaption", "credit", "credits", "byline",
            "sr", "visually", "offscreen", "donate", "login", "tools", "toolbar", "pagination", "pager");
    static final Set<String> WEAK_TOKENS = Set.of("sidebar", "side", "aside", "footer", "foot", "header",
            "masthead", "nav", "navbar", "navigation", "menu", "widget", "widgets", "meta", "date", "time",
            "timestamp", "author", "bio", "topics", "category", "categories", "banner", "teaser", "teasers", "more",
            "links", "list", "overlay", "sticky", "rail", "promo",
            // the standfirst (dek) and dateline under a headline: the article's header, not its text; "lead" and
            // "headline" name the same parts when no article word comes with them ("lead", "sub-headline"); with
            // one ("article-lead", "story-body--lead") the class still reads as positive and stays text
            "standfirst", "chapo", "chapeau", "dek", "dateline", "lead", "headline");
    static final Set<String> POSITIVE_TOKENS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "articlebody", "storybody", "postbody", "prose", "richtext", "paragraph", "detail",
            "details");

    /** Labels that open a block to drop (after folding); a trailing colon or dash is ignored. */
    private static final List<String> INLINE_LABELS = List.of("read more", "read also", "also read", "read next",
            "see also", "advertisement", "sponsored", "lire aussi", "a lire aussi", "à lire aussi",
            "lire la suite", "voir aussi", "publicite", "publicité", "اقرا ايضا", "اقرا المزيد", "اقرا كذلك",
            "بيشتر بخوانيد", "lesen sie auch", "mehr zum thema", "lee también", "leer más", "читайте также",
            "подробнее", "click here", "sign up", "subscribe", "follow us", "copyright", "all rights reserved",
            "جميع الحقوق محفوظه", "tous droits réservés", "شاهد ايضا", "تابعونا");
    /** Labels that only count when a colon follows: "المصدر: وكالات" is a source line, "مصدر أمني قال" is news. */
    private static final List<String> COLON_LABELS = List.of("المصدر", "مصدر", "منبع", "source", "sources",
            "related", "tags", "source :", "fuente", "quelle", "источник");

    /**
     * Labels that open a box of teasers, tags or comments. "Read also" labels are not among them: they sit
     * inside the body, and the story goes on right after their link.
     */
    private static final List<String> SECTION_LABELS = List.of("related", "related articles", "related stories",
            "related news", "related content", "related posts", "more stories", "more from", "most read",
            "most popular", "trending", "recommended", "you may also like", "you might also like", "tags", "topics",
            "comments", "share", "share this", "share this article", "leave a comment", "sur le meme sujet",
            "sur le même sujet", "les plus lus", "mots clés", "mots-clés", "اخبار ذات صله", "مقالات ذات صله",
            "مقالات مشابهه", "اخبار متعلقه", "مواضيع ذات صله", "كلمات دلاليه", "الكلمات الدلاليه", "الوسوم",
            "الاكثر قراءه", "الاكثر مشاهده", "التعليقات", "شارك", "شارك الخبر", "مطالب مرتبط", "اخبار مرتبط",
            "برجسب ها", "برچسب ها", "پربازدیدترین", "پربازديدترين", "كلمات کليدي");

    /** Words that mark a closing line as a call to action, a credit or a notice rather than article text. */
    private static final List<String> TAIL_WORDS = List.of("newsletter", "subscribe", "subscribing", "sign up",
            "follow us", "follow him", "follow her", "follow me", "on twitter", "on facebook", "on instagram",
            "click here", "comments", "join our", "all rights reserved", "copyright", "moderat", "inbox",
            "اشترك", "النشره البريديه", "تابعونا", "تابعوا", "تابعنا", "جميع الحقوق", "حقوق النشر", "فيسبوك", "تويتر",
            "abonnez", "inscrivez", "suivez nous", "tous droits", "for the latest news", "عضويت", "كانال", "تلگرام", "telegram", "whatsapp",
            "واتساب", "podpis", "подпис", "abonn");
    private static final List<String> TAIL_FOLDED = List.copyOf(foldAll(TAIL_WORDS));

    private BoilerplateCues() {
    }

    /** True when a short closing block reads as a call to action, credit or notice. */
    static boolean isTailNotice(String text) {
        if (text.length() > 400) {
            return false;
        }
        if (text.startsWith("©")) {
            return true;
        }
        String folded = MatchingText.fold(text);
        for (String word : TAIL_FOLDED) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the class and id of an element, computing the verdict on every call: the one memo of verdicts is
     * the page's {@link HintMemo}. Non-ASCII class/id text, which alone takes the split-and-match path below,
     * is rare (4 of the ~87,000 quoted class and id values in the 227 bench pages' HTML), so it keeps no cache
     * of its own.
     * Thread-safe.
     */
    static Hint hint(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return Hint.NONE;
        }
        // One allocation-free pass over ASCII text costs less than a look-up in a cache: hashing the text,
        // then a probe and a compare in a table that the page's parse has swept out of the CPU caches.
        int bits = ClassIdCues.scan(className, id);
        if (bits != ClassIdCues.NOT_ASCII) {
            return (bits & ClassIdCues.STRONG) != 0 ? Hint.STRONG_NEGATIVE : (bits & ClassIdCues.POSITIVE) != 0
                    ? Hint.POSITIVE : (bits & ClassIdCues.WEAK) != 0 ? Hint.WEAK_NEGATIVE : Hint.NONE;
        }
        return computeHint(id.isEmpty() ? className : className + " " + id);
    }

    private static Hint computeHint(String classAndId) {
        List<String> tokens = splitTokens(classAndId);
        boolean positive = false;
        boolean weak = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (STRONG_TOKENS.contains(token) || startsWithStem(token)
                    || i + 1 < tokens.size() && PAIR_HEADS.contains(token) && startsWithStem(token + tokens.get(i + 1))) {
                return Hint.STRONG_NEGATIVE;
            }
            positive |= POSITIVE_TOKENS.contains(token);
            weak |= WEAK_TOKENS.contains(token);
        }
        if (positive) {
            return Hint.POSITIVE;
        }
        return weak ? Hint.WEAK_NEGATIVE : Hint.NONE;
    }

    private static boolean startsWithStem(String token) {
        if (token.length() < STEM_KEY) {
            return false;
        }
        List<String> stems = STEMS_BY_KEY.get(token.substring(0, STEM_KEY));
        if (stems == null) {
            return false;
        }
        for (String stem : stems) {
            if (token.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Splits class/id text into lower-case words at separators and camelCase boundaries. */
    static List<String> splitTokens(String text) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder token = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if ((!alnum || camel) && token.length() > 0) {
                out.add(token.toString().toLowerCase(Locale.ROOT));
                token.setLength(0);
            }
            if (alnum) {
                token.append(c);
            }
            prev = c;
        }
        if (token.length() > 0) {
            out.add(token.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Reads a short block's text: a label that opens a boilerplate section, an inline cue, or nothing. */
    static Label label(String text) {
        if (text.length() > 200) {
            return Label.NONE;
        }
        String folded = MatchingText.fold(text.length() > 80 ? text.substring(0, 80) : text);
        if (text.length() <= 40 && mayBeSection(folded) && SECTION_FOLDED.contains(folded)) {
            return Label.SECTION;
        }
        // a label is a prefix of the folded text: text whose first character starts none needs no comparison
        if (!folded.isEmpty() && INLINE_FIRSTS.indexOf(folded.charAt(0)) >= 0) {
            for (String cue : INLINE_FOLDED) {
                if (folded.startsWith(cue) && (folded.length() == cue.length() || folded.charAt(cue.length()) == ' ')) {
                    return Label.INLINE;
                }
            }
        }
        // the lower-cased text starts with the lower-cased first character (no context rule applies there),
        // so text whose first character starts no colon label needs no lower-cased copy
        if (text.isEmpty() || COLON_FIRSTS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
            return Label.NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : COLON_LABELS) {
            if (lower.startsWith(cue) && lower.substring(cue.length()).stripLeading().startsWith(":")) {
                return Label.INLINE;
            }
        }
        return Label.NONE;
    }

    private static final Set<String> SECTION_FOLDED = foldAll(SECTION_LABELS);
    /**
     * Length and first character of each of {@link #SECTION_FOLDED}, packed and sorted: most short blocks
     * match no such pair, which is cheaper to find out than hashing the folded text for the set.
     */
    private static final int[] SECTION_SHAPES = SECTION_FOLDED.stream().mapToInt(BoilerplateCues::shape)
            .sorted().distinct().toArray();
    /** The first character of each colon label (they are lower case). */
    private static final String COLON_FIRSTS = COLON_LABELS.stream().map(cue -> cue.substring(0, 1))
            .distinct().collect(java.util.stream.Collectors.joining());

    private static int shape(String folded) {
        return Math.min(folded.length(), 0xFFFF) << 16 | folded.charAt(0);
    }

    private static boolean mayBeSection(String folded) {
        return !folded.isEmpty() && java.util.Arrays.binarySearch(SECTION_SHAPES, shape(folded)) >= 0;
    }
    private static final List<String> INLINE_FOLDED = List.copyOf(foldAll(INLINE_LABELS));
    /** The first character of each of {@link #INLINE_FOLDED} (none is empty: {@link #foldAll} drops those). */
    private static final String INLINE_FIRSTS = INLINE_FOLDED.stream().map(cue -> cue.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private static Set<String> foldAll(List<String> labels) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String label : labels) {
            String folded = MatchingText.fold(label);
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }
}
