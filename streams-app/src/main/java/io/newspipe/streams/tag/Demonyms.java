package io.newspipe.streams.tag;

/**
 * Regular demonyms (nisba adjectives) of single-word Arabic-script country names, so that every
 * country, not only the hand-listed ones, is found through its adjective: Arabic السنغال → سنغالي
 * (with its inflections, see {@link EntityDictionaryLoader#addExpanded}), كينيا → كيني, سورية → سوري;
 * Persian سنگال → سنگالی, کانادا → کانادایی. Irregular forms are listed by hand in
 * {@code countries-extra.tsv}; a wrong regular form for an irregular name only adds an unused key.
 * Stateless.
 */
final class Demonyms {
    /** Shortest demonym kept: shorter ones collide with ordinary words. */
    private static final int MIN_LETTERS = 4;

    private Demonyms() {
    }

    /** The Arabic nisba of a one-word name, with a trailing '*' for its inflections, or null. */
    static String arabic(String name) {
        String n = name.strip();
        if (n.indexOf(' ') >= 0 || n.isEmpty()) {
            return null;
        }
        if (n.startsWith("ال") && n.length() > 4) {
            n = n.substring(2);
        }
        char last = n.charAt(n.length() - 1);
        String stem;
        if ((last == 'ا' || last == 'ة') && n.length() > 2 && n.charAt(n.length() - 2) == 'ي') {
            stem = n.substring(0, n.length() - 1);
        } else if (last == 'ا' || last == 'ة') {
            stem = n.substring(0, n.length() - 1) + "ي";
        } else if (last == 'ي' || last == 'ى' || last == 'ی') {
            return null;
        } else {
            stem = n + "ي";
        }
        return stem.length() >= MIN_LETTERS ? stem + "*" : null;
    }

    /** The Persian adjective of a one-word name (ی, or یی after a long vowel), or null. */
    static String persian(String name) {
        String n = name.strip();
        if (n.indexOf(' ') >= 0 || n.indexOf('\u200c') >= 0 || n.isEmpty()) {
            return null;
        }
        char last = n.charAt(n.length() - 1);
        String out;
        if (last == 'ا' || last == 'و') {
            out = n + "یی";
        } else if (last == 'ه' || last == 'ی' || last == 'ي') {
            return null;
        } else {
            out = n + "ی";
        }
        return out.length() >= MIN_LETTERS ? out : null;
    }
}
