package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics on folded words: the conjunctions و ف, the prepositions ب ل ك and the article
 * ال (with ل + ال written لل). Names are never stemmed; only these prefixes come off. Stateless.
 */
public final class ArabicClitics {
    private static final int MIN_STEM = 2;

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
        if (rest.length() > MIN_STEM + 1 && (first == 'ب' || first == 'ل' || first == 'ك')) {
            add(out, withoutArticle(rest.substring(1)));
        }
        return out;
    }

    private static void add(List<String> out, String form) {
        if (form.length() >= MIN_STEM && !out.contains(form)) {
            out.add(form);
        }
    }
}
