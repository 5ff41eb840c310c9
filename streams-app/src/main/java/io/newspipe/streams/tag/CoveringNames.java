package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Names that contain a country's or a place's name but name something the contract does not report: seas and
 * straits ("South China Sea", "golfe du Mexique", "خلیج فارس"), world regions ("Amérique latine", "شبه الجزيرة
 * العربية"), sporting events ("Tour de France", "Australian Open", any "X Grand Prix" / "Grand Prix de X")
 * and diseases ("Crimean-Congo fever"). {@link EntityLinker} drops a match lying wholly inside one of them, so
 * China is not a mention of "South China Sea"; a longer name that starts there ("Indian Ocean Commission") is
 * kept. The names come from {@code covering-names.tsv}. Immutable and thread-safe.
 */
final class CoveringNames {
    private static final String RESOURCE = "covering-names.tsv";
    private static final Set<String> GRAND = Set.of("grand", "grande");
    private static final Set<String> PRIX = Set.of("prix");
    private static final Set<String> OF = Set.of("of", "de", "du", "d", "des");
    /** How far a "Grand Prix" name reaches: "Saudi Arabian Grand Prix", "Grand Prix d'Arabie saoudite". */
    private static final int GRAND_PRIX_NAME_WORDS = 2;
    private static final CoveringNames SHARED = load();

    /** Folded name keys (words joined by one space), and per first word the most words of a name it opens. */
    private final Set<String> keys;
    private final Map<String, Integer> longestFrom;
    /**
     * The first words of the names: nearly every word of a text opens none, and the filter's one bit spares it the
     * map probe (a
     * modulo, string compares and their cache misses).
     */
    private final WordHashFilter firstWords;
    /** Passes {@link #firstWords}' words and grand/grande: the Latin-script words at which a name may be found. */
    private final WordHashFilter openers;

    CoveringNames(Set<String> keys) {
        this.keys = Set.copyOf(Objects.requireNonNull(keys, "keys"));
        Map<String, Integer> longest = new HashMap<>();
        for (String key : this.keys) {
            int space = key.indexOf(' ');
            longest.merge(space < 0 ? key : key.substring(0, space), key.split(" ").length, Math::max);
        }
        this.longestFrom = Map.copyOf(longest);
        this.firstWords = new WordHashFilter(longest.keySet());
        Set<String> openerWords = new java.util.HashSet<>(longest.keySet());
        openerWords.addAll(GRAND);
        this.openers = new WordHashFilter(openerWords);
    }

    /**
     * A filter that passes every Latin-script word at which {@link #coverEnds} may find a covering name (a
     * first word, or the "Grand" of "Grand Prix"): for {@link #coverEnds(List, byte[], int)}.
     */
    WordHashFilter openers() {
        return openers;
    }

    /** The names of the bundled list. */
    static CoveringNames shared() {
        return SHARED;
    }

    /**
     * For each word, the end (exclusive word index) of the covering name it lies in, or 0 when it lies in
     * none; null when the text has no covering name at all (most texts).
     */
    int[] coverEnds(List<Token> tokens) {
        return coverEnds(tokens, null, 0);
    }

    /**
     * {@link #coverEnds(List)}, reading only the words whose {@code flags} have {@code flag} (all words when
     * {@code flags} is null): the flag must be set on every word in Arabic script and every word {@link #openers}
     * passes ({@link NameStarts#flagsOf(List, WordHashFilter)}); no other word opens a name here.
     */
    int[] coverEnds(List<Token> tokens, byte[] flags, int flag) {
        int[] ends = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (flags != null && (flags[i] & flag) == 0) {
                continue;
            }
            int n = listedAt(tokens, i);
            int start = i;
            if (n == 0 && grandPrix(tokens, i)) {
                start = i - grandPrixBefore(tokens, i);
                n = i - start + grandPrixAfter(tokens, i);
            }
            if (n > 0) {
                ends = ends == null ? new int[tokens.size()] : ends;
                for (int k = start; k < start + n; k++) {
                    ends[k] = Math.max(ends[k], start + n);
                }
            }
        }
        return ends;
    }

    /** Whether the name at words [start, start + length) lies wholly inside a covering name. */
    static boolean covered(int[] coverEnds, int start, int length) {
        return coverEnds != null && coverEnds[start] >= start + length;
    }

    /** The words of the longest listed name at word i, or 0. */
    private int listedAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.arabicScript()) {
            return listedFrom(first.folded(), tokens, i, 0); // most words: no list of forms
        }
        int best = 0;
        for (String form : ArabicClitics.formsOf(first.folded())) {
            best = listedFrom(form, tokens, i, best);
        }
        return best;
    }

    /** The words of the longest listed name longer than {@code best} opened by {@code form} at word i, or best. */
    private int listedFrom(String form, List<Token> tokens, int i, int best) {
        Integer longest = firstWords.mightContain(form) ? longestFrom.get(form) : null;
        for (int n = longest == null ? 0 : Math.min(longest, tokens.size() - i); n > best; n--) {
            if (keys.contains(key(form, tokens, i, n))) {
                return n;
            }
        }
        return best;
    }

    /** Whether words i and i + 1 are "Grand Prix" (capitalised: "le grand prix du jury" is an award). */
    private static boolean grandPrix(List<Token> tokens, int i) {
        // the folded word first: it is read anyway, whereas the capital reads the written word (another string)
        return i + 1 < tokens.size() && GRAND.contains(tokens.get(i).folded()) && tokens.get(i).capitalised()
                && PRIX.contains(tokens.get(i + 1).folded());
    }

    /** The capitalised words before "Grand Prix" that name it ("Bahrain Grand Prix"), at most two. */
    private static int grandPrixBefore(List<Token> tokens, int grand) {
        int n = 0;
        while (n < GRAND_PRIX_NAME_WORDS && grand - n - 1 >= 0 && tokens.get(grand - n - 1).capitalised()
                && !tokens.get(grand - n).sentenceStart()) {
            n++;
        }
        return n;
    }

    /** "Grand Prix" and the words after it that name it ("Grand Prix de Monaco"): de/du/d'/of and two words. */
    private static int grandPrixAfter(List<Token> tokens, int grand) {
        int n = 2;
        if (grand + n < tokens.size() && OF.contains(tokens.get(grand + n).folded())) {
            n = Math.min(tokens.size() - grand, n + 1 + GRAND_PRIX_NAME_WORDS);
        }
        return n;
    }

    private static String key(String form, List<Token> tokens, int i, int n) {
        StringBuilder sb = new StringBuilder(form);
        for (int k = i + 1; k < i + n; k++) {
            sb.append(' ').append(tokens.get(k).folded());
        }
        return sb.toString();
    }

    private static CoveringNames load() {
        Set<String> keys = new java.util.HashSet<>();
        EntityDictionaryLoader.readTsv(RESOURCE, false, c -> {
            for (String name : c[1].split("\\|")) {
                List<Token> words = TextTokenizer.tokens(name.strip());
                if (!words.isEmpty()) {
                    Token first = words.get(0);
                    String form = first.arabicScript() ? ArabicClitics.withoutArticle(first.folded()) : first.folded();
                    keys.add(key(form, words, 0, words.size()));
                }
            }
        });
        return new CoveringNames(keys);
    }
}
