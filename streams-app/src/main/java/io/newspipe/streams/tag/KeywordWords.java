package io.newspipe.streams.tag;

import java.util.List;

/**
 * One article's words for {@link KeywordExtractor}: every token (title first) with its sentence, the
 * int id of its word key and its flags (may be part of a keyword, casing, opens a sentence), and each
 * usable word's YAKE score ({@link KeywordScores}). Ids replace the word strings so that statistics and
 * candidates are arrays and packed longs, not maps of strings. One instance per thread ({@link #of}), its
 * arrays sized to the largest article seen and reused: only the first {@link #size} (per token) or
 * {@link #keyCount} (per key) entries are meaningful.
 */
final class KeywordWords {
    private static final ThreadLocal<KeywordWords> SCRATCH = ThreadLocal.withInitial(KeywordWords::new);
    /** Token flags: may be part of a keyword (long enough, no digit first, no stopword). */
    private static final int USABLE = 1;
    /** Token flags: a usable token whose first letter is a capital ({@link Token#capitalised}). */
    private static final int CAPITAL = 2;
    /** Token flags: a usable, capitalised token not in Arabic script. */
    private static final int LATIN_CAPITAL = 4;
    /** Token flags: a usable token written in capitals ({@link Token#allCaps}). */
    private static final int ALL_CAPS = 8;
    /** Token flags: the token opens a sentence ({@link Token#sentenceStart}). */
    private static final int OPENS = 16;
    /** In a key's or form's packed value (id << 2 | bits): the word may be part of a keyword. */
    private static final int USABLE_FORM = 2;
    /** In a key's packed value: a Latin-script word of this key was met, so {@link #USABLE_FORM} is its answer. */
    private static final int LATIN_DECIDED = 1;
    private List<Token> titleTokens = List.of();
    private List<Token> bodyTokens = List.of();
    private int titleSize;
    private int size;
    /** Sentence index of each token; a new sentence at a sentence start and at the title/body boundary. */
    int[] sentence = new int[0];
    /** Word key id of each token. */
    int[] keyId = new int[0];
    /**
     * Per token, its flags ({@link #USABLE} and the others): one byte array rather than five boolean ones,
     * a fifth of the cache lines. Casing is read while the token is at hand, so that scoring reads arrays only.
     */
    private byte[] flags = new byte[0];
    int sentenceCount;
    /** Number of distinct word keys (usable or not). */
    int keyCount;
    /** Number of usable tokens. */
    int usableCount;
    /** Per key id: occurrences as a usable word (0 for keys never usable). */
    int[] tf;
    /** Per key id: the YAKE score (lower is better), for keys with tf > 0. */
    double[] score;
    private final KeywordScores scores = new KeywordScores();
    /**
     * Word key to {@code id << 2 | bits}; a Latin-script word's key is its folded form, so these words need
     * no second table. Arabic-script words go through {@link #arabicForms} (folded form to {@code id << 2 |
     * usable}), since their key drops clitics and differs from the form.
     */
    private final StringIntTable ids = new StringIntTable(64);
    private final StringIntTable arabicForms = new StringIntTable(64);

    private KeywordWords() {
    }

    /**
     * Indexes title and body and scores their words; {@code usableTest} says whether a token may be a keyword.
     * Returns the calling thread's instance, valid until its next call; {@link #release} it after use.
     */
    static KeywordWords of(TokenizedText title, TokenizedText body, UsableTest usableTest) {
        KeywordWords w = SCRATCH.get();
        w.index(title, body, usableTest);
        w.scores.score(w);
        w.tf = w.scores.tf;
        w.score = w.scores.score;
        return w;
    }

    /** Drops the references to the article's tokens, so that a thread's scratch holds no article. */
    void release() {
        titleTokens = List.of();
        bodyTokens = List.of();
    }

    /** Token {@code i} (title first). */
    Token token(int i) {
        return i < titleSize ? titleTokens.get(i) : bodyTokens.get(i - titleSize);
    }

    /**
     * Decides whether a token with its word key may be part of a keyword. The answer must depend only on the
     * token's folded form, its script and the key: it is asked once per form and script.
     */
    interface UsableTest {
        boolean usable(Token token, String key);
    }

    int size() {
        return size;
    }

    /** Whether token {@code i} may be part of a keyword (long enough, no digit first, no stopword). */
    boolean usable(int i) {
        return (flags[i] & USABLE) != 0;
    }

    /** Whether token {@code i} is usable and its first letter a capital. */
    boolean capital(int i) {
        return (flags[i] & CAPITAL) != 0;
    }

    /** Whether token {@code i} is usable, capitalised and not in Arabic script. */
    boolean latinCapital(int i) {
        return (flags[i] & LATIN_CAPITAL) != 0;
    }

    /** Whether token {@code i} is usable and written in capitals. */
    boolean allCaps(int i) {
        return (flags[i] & ALL_CAPS) != 0;
    }

    /** Whether token {@code i} opens a sentence. */
    boolean opensSentence(int i) {
        return (flags[i] & OPENS) != 0;
    }

    private void index(TokenizedText title, TokenizedText body, UsableTest usableTest) {
        titleTokens = title.tokens();
        bodyTokens = body.tokens();
        titleSize = titleTokens.size();
        int n = titleSize + bodyTokens.size();
        size = n;
        if (sentence.length < n) {
            sentence = new int[n];
            keyId = new int[n];
            flags = new byte[n];
        }
        // most words of a short text are distinct: room for all of them spares a growth (a rehash) per article
        int room = n <= 2048 ? n : n / 2;
        ids.reset(room);
        arabicForms.reset(room);
        int s = -1;
        int usable = 0;
        for (int i = 0; i < n; i++) {
            Token t = token(i);
            boolean opens = t.sentenceStart();
            if (i == 0 || i == titleSize || opens) {
                s++;
            }
            sentence[i] = s;
            int form = t.arabicScript() ? arabicForm(t, usableTest) : latinForm(t, usableTest);
            keyId[i] = form >>> 2;
            flags[i] = flags(t, (form & USABLE_FORM) != 0, opens);
            usable += (form & USABLE_FORM) >>> 1;
        }
        usableCount = usable;
        sentenceCount = s + 1;
        keyCount = ids.size();
    }

    /** The flags of a token; the casing of words that are never part of a keyword is never read. */
    private static byte flags(Token t, boolean usable, boolean opens) {
        int f = opens ? OPENS : 0;
        if (usable) {
            f |= USABLE;
            if (t.capitalised()) {
                f |= t.arabicScript() ? CAPITAL : CAPITAL | LATIN_CAPITAL;
            }
            f |= t.allCaps() ? ALL_CAPS : 0;
        }
        return (byte) f;
    }

    /**
     * {@code id << 2 | usable} of a Latin-script token: one probe of the key table per token, and the usable
     * test once per key (a key first met as an Arabic-script word's has no Latin answer yet: rare).
     */
    private int latinForm(Token t, UsableTest usableTest) {
        String key = t.folded(); // KeywordExtractor.wordKey of a word not in Arabic script
        int slot = ids.find(key);
        int v = ids.valueAt(slot);
        if (v >= 0 && (v & LATIN_DECIDED) != 0) {
            return v;
        }
        int decided = LATIN_DECIDED | (usableTest.usable(t, key) ? USABLE_FORM : 0);
        if (v < 0) {
            v = ids.size() << 2 | decided;
            ids.putAt(slot, key, v); // nothing wrote to ids since the find
        } else {
            v |= decided;
            ids.put(key, v);
        }
        return v;
    }

    /**
     * {@code id << 2 | usable} of an Arabic-script token: one probe of the form table per token, and one of
     * the key table per new form; the first token of a form decides.
     */
    private int arabicForm(Token t, UsableTest usableTest) {
        int slot = arabicForms.find(t.folded());
        int form = arabicForms.valueAt(slot);
        if (form >= 0) {
            return form;
        }
        String key = KeywordExtractor.wordKey(t);
        int next = ids.size();
        int v = ids.putIfAbsent(key, next << 2);
        int id = v < 0 ? next : v >>> 2;
        form = id << 2 | (usableTest.usable(t, key) ? USABLE_FORM : 0);
        arabicForms.putAt(slot, t.folded(), form); // nothing wrote to arabicForms since the find
        return form;
    }

    /** Whether tokens i and j (i < j) are in the same sentence. */
    boolean sameSentence(int i, int j) {
        return sentence[i] == sentence[j];
    }

    /** Whether any token is usable. */
    boolean anyUsable() {
        for (int id = 0; id < keyCount; id++) {
            if (tf[id] > 0) {
                return true;
            }
        }
        return false;
    }
}
