package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic proclitics on folded words: the conjunctions و ف, the prepositions ب ل ك and the article
 * ال (with ل + ال written لل). Names are never stemmed; only these prefixes come off. Thread-safe ({@link #formsOf}
 * keeps a small cache per thread).
 */
public final class ArabicClitics {
    private static final int MIN_STEM = 2;
    /**
     * Words {@link #formsOf} remembers per thread (a direct-mapped table by the word's hash): more than the
     * distinct words of a long text, which the three readers each walk from start to end.
     */
    private static final int CACHED_WORDS = 4096;
    private static final ThreadLocal<FormCache> CACHE = ThreadLocal.withInitial(FormCache::new);

    private ArabicClitics() {
    }

    /** The folded word without a leading article ال (when enough of the word remains). */
    public static String withoutArticle(String folded) {
        if (folded.length() > MIN_STEM + 2 && folded.startsWith("ال")) {
            return folded.substring(2);
        }
        return folded;
    }

    /**
     * A word list's lookup keys: each word as the tokenizer folds it (its first token), without a leading article;
     * immutable. For the cue and designator word lists written in Arabic, Persian and Latin letters.
     */
    static Set<String> foldedWithoutArticle(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(withoutArticle(TextTokenizer.tokens(w).get(0).folded()));
        }
        return Set.copyOf(out);
    }

    /**
     * Forms of a folded Arabic-script word to look up, most literal first, each without its article:
     * the word itself, then with و/ف, ب/ل/ك and لل removed.
     */
    public static List<String> lookupForms(String folded) {
        List<String> out = new ArrayList<>(4);
        add(out, withoutArticle(folded));
        String rest = folded;
        if (rest.length() > MIN_STEM + 1 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
            rest = rest.substring(1);
            add(out, withoutArticle(rest));
        }
        if (rest.length() > MIN_STEM + 2 && rest.startsWith("لل")) {
            add(out, rest.substring(2));
        }
        char first = rest.isEmpty() ? ' ' : rest.charAt(0);
        if (rest.length() > MIN_STEM + 1 && (first == 'ب' || first == 'ل')
                || first == 'ك' && likeClitic(rest)) {
            add(out, withoutArticle(rest.substring(1)));
        }
        return out;
    }

    /**
     * Whether a word opening with ك ("as, like") may be read as ك + name: only before the article ("كالسودان") or
     * a stem of four letters or more ("كروسيا"). ك opens many words and foreign names whose three-letter rest is a
     * short name form or demonym ("كروس" Kroos read as روس "Russians", "كبار" as Bar, "كمال" as Mali), while ك + a
     * bare three-letter name ("كمصر") is rare in news.
     */
    private static boolean likeClitic(String word) {
        return word.startsWith("ال", 1) ? word.length() > MIN_STEM + 3 : word.length() > MIN_STEM + 2;
    }

    /**
     * {@link #lookupForms}, the same list for the same word while the calling thread's cache holds it (callers
     * must not change it): the linker, the covering names and the topics each ask for every Arabic-script word of
     * a text, and the forms (up to four substrings and a list) are then made once.
     */
    static List<String> formsOf(String folded) {
        FormCache cache = CACHE.get();
        int slot = folded.hashCode() & (CACHED_WORDS - 1);
        String word = cache.words[slot];
        if (word != null && word.equals(folded)) {
            return cache.forms[slot];
        }
        List<String> forms = lookupForms(folded);
        cache.words[slot] = folded;
        cache.forms[slot] = forms;
        return forms;
    }

    /** One thread's remembered words and their forms, slot by slot. */
    private static final class FormCache {
        final String[] words = new String[CACHED_WORDS];
        @SuppressWarnings("unchecked")
        final List<String>[] forms = new List[CACHED_WORDS];
    }

    private static void add(List<String> out, String form) {
        if (form.length() >= MIN_STEM && !out.contains(form)) {
            out.add(form);
        }
    }
}
