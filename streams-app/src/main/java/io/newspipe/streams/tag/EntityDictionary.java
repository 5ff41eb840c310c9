package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of entities over folded words: a {@link KeyTable} keyed by the folded word sequence (the first
 * Arabic-script word without its article), with 64-bit hashes of every key and of every key's word
 * prefixes, so that matching rules out most word sequences without building a string. Built once by
 * {@link EntityDictionaryBuilder}, then immutable and thread-safe.
 */
public final class EntityDictionary {
    /** The Arabic shadda (gemination mark), which folding removes. */
    static final char SHADDA = '\u0651';

    /**
     * One name of one sense: which text words must be capitalised, whether it is an acronym, and the
     * only text language it counts in (null for any), and whether the text word must carry the article
     * (a lone Arabic surname such as المنفي, which without its article is an ordinary word), and whether it
     * is a place's Latin alternate name (a foreign exonym such as Raab for Győr) rather than its own name, or
     * another name that needs evidence from the article (an administrative area's bare name), and whether it
     * counts only beside a cue in the text ({@link DepartmentCues}: a French département named like a word);
     * {@code articleForbidden} when it is a foreign place's Arabic-script name written without the article,
     * which the text must not add (السيول is "the floods", never Seoul).
     */
    record Alias(int sense, int capitalMask, boolean acronym, String language, boolean articleRequired,
            boolean alternate, boolean cued, boolean articleForbidden) {
    }

    private final List<EntitySense> senses;
    private final KeyTable<Alias[]> byKey;
    /** The names that need evidence as some kinds, and those that need it as any kind. */
    private final Map<String, Set<EntityKind>> needEvidence;
    /** Keys some of whose senses are also written with a shadda (عمّان), and those senses. */
    private final Map<String, Set<Integer>> doubled;
    private final Set<String> needEvidenceAsAny;
    private final PlaceMarks places;
    /**
     * {@link WordSequenceHash} hashes of every key (flag {@link HashFlagTable#FIRST}) and of every key's
     * proper word prefixes (flag {@link HashFlagTable#SECOND}): a word sequence whose hash has neither
     * flag needs no string lookup, and none longer that starts with it does either.
     */
    private final HashFlagTable sequences;
    /** Which words may start a key: most text words start none and are ruled out with one load. */
    private final NameStarts starts;
    /** Curated people by the skeleton of their Arabic-script full names. */
    private final PersonSkeletons personSkeletons;
    /** Curated people by the family name alone, after a title. */
    private final TitledSurnames titledSurnames;

    EntityDictionary(EntityDictionaryBuilder b) {
        this.senses = List.copyOf(b.senses);
        this.byKey = b.byKey.build();
        this.needEvidence = new HashMap<>(b.needEvidence);
        this.needEvidenceAsAny = Set.copyOf(b.needEvidenceAsAny);
        this.doubled = Map.copyOf(b.doubled);
        this.places = b.places.build();
        this.personSkeletons = b.personSkeletons.build();
        this.titledSurnames = b.titledSurnames.build();
        this.sequences = new HashFlagTable(byKey.size() * 5 / 4);
        for (String key : byKey.keys()) {
            long h = WordSequenceHash.START;
            int from = 0;
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', from)) {
                h = WordSequenceHash.next(h, key, from, space);
                sequences.add(h, PREFIX);
                from = space + 1;
            }
            sequences.add(WordSequenceHash.next(h, key, from, key.length()), KEY);
        }
        this.starts = new NameStarts(byKey.keys());
    }

    /** The most words a name has ({@link EntityDictionaryBuilder} takes up to 31). */
    private static final int MAX_NAME_WORDS = 31;

    /** Per token, {@link NameStarts#flagsOf}: what each word may start, for {@link #keyLengths}. */
    byte[] startFlags(List<Token> tokens) {
        return starts.flagsOf(tokens);
    }

    /**
     * {@link #startFlags}, with {@link NameStarts#ALSO} set as {@link NameStarts#flagsOf(List, WordHashFilter)}
     * sets it.
     */
    byte[] startFlags(List<Token> tokens, WordHashFilter also) {
        return starts.flagsOf(tokens, also);
    }

    /**
     * The word counts n (bit n set) for which {@code form} and the n - 1 words after token i may be a
     * dictionary key: found by hashes alone, walking right while some longer key may go on. Most words
     * start no name and cost one or two hash probes, no string. {@code known} is token i's
     * {@link #startFlags} when {@code form} is its folded form, else -1.
     */
    long keyLengths(String form, List<Token> tokens, int i, int known) {
        long ends = 0;
        long h = WordSequenceHash.next(WordSequenceHash.START, form.hashCode());
        int firstFlags = known >= 0 ? known & (KEY | PREFIX) : starts.flags(h);
        if (firstFlags == 0) {
            return 0;
        }
        int max = Math.min(MAX_NAME_WORDS, tokens.size() - i);
        for (int n = 1; n <= max; n++) {
            if (n > 1) {
                h = WordSequenceHash.next(h, tokens.get(i + n - 1).folded().hashCode());
                if (n == 2 && !(known >= 0 ? (known & NameStarts.PAIR) != 0 : starts.pairMayStart(h))) {
                    break;
                }
            }
            // one word: the small sets answer (a false positive costs a failed lookup or a pair check)
            int flags = n > 1 ? sequences.flags(h) : firstFlags;
            if ((flags & KEY) != 0) {
                ends |= 1L << n;
            }
            if ((flags & PREFIX) == 0) {
                break;
            }
        }
        return ends;
    }

    /** Share of the first-word bits set (the rate at which a word starting no name still passes). */
    double firstWordFill() {
        return starts.fill();
    }

    /** Flag of {@link #sequenceFlags}: some key may be the sequence. */
    static final int KEY = HashFlagTable.FIRST;
    /** Flag of {@link #sequenceFlags}: some longer key may start with the sequence. */
    static final int PREFIX = HashFlagTable.SECOND;

    /**
     * What the word sequence hashed ({@link WordSequenceHash}) to {@code h} may be: {@link #KEY},
     * {@link #PREFIX}, both or (0) surely neither.
     */
    int sequenceFlags(long h) {
        return sequences.flags(h);
    }

    /** Megabytes of the word-sequence hash table. */
    double sequenceTableMegabytes() {
        return sequences.megabytes();
    }

    /** Number of distinct keys (folded names). */
    public int size() {
        return byKey.size();
    }

    EntitySense sense(int index) {
        return senses.get(index);
    }

    Alias[] lookup(String key) {
        return byKey.get(key);
    }

    /** Curated people by the skeleton of their Arabic-script full names ({@link PersonSkeletons}). */
    PersonSkeletons personSkeletons() {
        return personSkeletons;
    }

    /** Curated people by the family name alone, after a title ({@link TitledSurnames}). */
    TitledSurnames titledSurnames() {
        return titledSurnames;
    }

    /** Which senses are administrative areas or curated places. */
    PlaceMarks places() {
        return places;
    }

    /** Whether a match of {@code key} as {@code kind} needs evidence from the rest of the article. */
    boolean needsEvidence(String key, EntityKind kind) {
        // no string built: this runs for every match
        Set<EntityKind> kinds = needEvidence.get(key);
        return (kinds != null && kinds.contains(kind)) || needEvidenceAsAny.contains(key);
    }

    /**
     * The senses of {@code key} that one of their names writes with a shadda, or an empty set: a shadda in the
     * text (عمّان) then rules out the senses written without one (عمان, Oman), since names are folded bare.
     */
    Set<Integer> doubledSenses(String key) {
        return doubled.getOrDefault(key, Set.of());
    }

    /** The dictionary key of a name as written (folded words, article-free first Arabic word). */
    static List<Token> keyTokens(String name) {
        return TextTokenizer.tokens(name);
    }

    static String key(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(i == 0 && t.arabicScript() ? ArabicClitics.withoutArticle(t.folded()) : t.folded());
        }
        return sb.toString();
    }
}
