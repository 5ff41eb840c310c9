package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A curated person named by the family name alone right after an office or rank ("رئيس الحكومة الدبيبة", "وزير
 * الخارجية الأميركي روبيو", "نخست‌وزیر استارمر"), where Arabic and Persian news often name someone the first time;
 * the lists hold the family name alone only for some heads of state. The family name is the last word of a
 * person's Arabic-script full name, with or without its article (دبيبة, الدبيبة), kept only when it names one
 * curated person, no curated name has it as another word (a given name such as حسن or a father's name after
 * بن), no organisation's name, stopword list, topic term or title has it (اسلامی, نیرو, وزير), and it has four
 * letters or more. It counts only after a title word, at most three words before it in the
 * same clause, and only where no dictionary name starts (or one read only by taking a proclitic off the word,
 * as و + هبي for وهبي). Immutable and thread-safe once built.
 */
final class TitledSurnames {
    private static final int MIN_LETTERS = 4;
    /** Most words between the title word and the family name ("رئيس الوزراء الإسرائيلي نتنياهو"). */
    private static final int MAX_GAP = 3;
    private static final int AMBIGUOUS = -1;
    /** Words before a last word that make it part of a compound or a father's name ("بن سلمان", "عبد الله"). */
    private static final Set<String> HEADS = folded("بن", "ابن", "بنت", "ابو", "عبد", "ال", "ذو", "ولد", "اف",
            "دي", "دو", "دا", "ديل", "دل", "فون", "فان", "لو", "ده", "د", "سانت", "سان", "ماك", "مک", "او");
    /** Office, rank and role words (folded, without article), Arabic then Persian. */
    private static final Set<String> TITLES = folded("رئيس", "رئيسة", "وزير", "وزيرة", "مستشار", "مستشارة",
            "ملك", "ملكة", "امير", "اميرة", "شيخ", "سيد", "سيدة", "جنرال", "فريق", "لواء", "عميد", "مشير", "زعيم",
            "زعيمة", "نائب", "نائبة", "سفير", "سفيرة", "مبعوث", "مبعوثة", "قائد", "مرشد", "امين", "متحدث", "ناطق",
            "مدرب", "لاعب", "نجم", "نجمة", "مرشح", "مرشحة", "حاكم", "محافظ", "عاهل", "ولي", "نظيره", "نظيرته",
            "رئیس‌جمهور", "رئیس‌جمهوری", "نخست‌وزیر", "وزیر", "آقای", "خانم", "سردار", "سرلشکر", "سرتیپ", "ژنرال",
            "صدراعظم", "آیت‌الله", "حجت‌الاسلام", "سفیر", "نماینده", "سخنگوی", "دبیرکل", "رهبر", "مربی", "بازیکن",
            "همتای", "فرمانده", "استاندار", "شاه", "پادشاه", "ملکه", "شاهزاده");

    private final Map<String, Integer> senses;

    private TitledSurnames(Map<String, Integer> senses) {
        this.senses = Map.copyOf(senses);
    }

    /** The family names of the curated people, while the dictionary loads; not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> lastWords = new HashMap<>();
        private final Set<String> otherWords = new HashSet<>();

        /**
         * Notes the words of a curated organisation's name: a word that names a body (اسلامی, انتظامی, نیرو) is a
         * common word, whatever person has it as a family name.
         */
        void addOrganisation(String name) {
            String bare = name.length() > 3 && name.charAt(2) == ':' ? name.substring(3) : name;
            if (!bare.isEmpty() && TextTokenizer.isArabicLetter(bare.charAt(0))) {
                for (String word : MatchingText.fold(bare).split(" ")) {
                    otherWords.add(ArabicClitics.withoutArticle(word));
                }
            }
        }

        /** Notes one name (with or without a "fa:"/"ar:" language tag) of curated person {@code sense}. */
        void add(int sense, String name) {
            String bare = name.length() > 3 && name.charAt(2) == ':' ? name.substring(3) : name;
            if (bare.isEmpty() || !TextTokenizer.isArabicLetter(bare.charAt(0))) {
                return;
            }
            String[] words = MatchingText.fold(bare).split(" ");
            for (int k = 0; k < words.length - 1; k++) {
                otherWords.add(ArabicClitics.withoutArticle(words[k]));
            }
            if (words.length < 2) {
                return;
            }
            String last = ArabicClitics.withoutArticle(words[words.length - 1]);
            if (HEADS.contains(words[words.length - 2]) || last.length() < MIN_LETTERS) {
                otherWords.add(last);
                return;
            }
            lastWords.merge(last, sense, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }

        TitledSurnames build() {
            Map<String, Integer> kept = new HashMap<>(lastWords);
            kept.keySet().removeAll(otherWords);
            kept.keySet().removeAll(TITLES);
            kept.keySet().removeAll(commonWords());
            kept.values().removeIf(s -> s == AMBIGUOUS);
            return new TitledSurnames(kept);
        }
    }

    /** The Arabic and Persian stopwords and topic words (the words of a topic term), folded and without article. */
    private static Set<String> commonWords() {
        Set<String> out = new HashSet<>();
        EntityDictionaryLoader.readTsv("stopwords-iso.tsv", false, c -> {
            if (c.length > 1 && ("ar".equals(c[0]) || "fa".equals(c[0]))) {
                out.add(ArabicClitics.withoutArticle(MatchingText.fold(c[1])));
            }
        });
        EntityDictionaryLoader.readTsv("topic-lexicon.tsv", false, c -> {
            if (c.length > 3 && ("ar".equals(c[1]) || "fa".equals(c[1]))) {
                for (String term : c[3].split("\\|")) {
                    for (String word : MatchingText.fold(term.replace("*", "")).split(" ")) {
                        out.add(ArabicClitics.withoutArticle(word));
                    }
                }
            }
        });
        return out;
    }

    /** The person whose family name word {@code i} of {@code text} is, after a title word; or null. */
    EntityLinker.Match match(String text, List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return null;
        }
        Token word = tokens.get(i);
        String key = ArabicClitics.withoutArticle(word.folded());
        Integer sense = senses.get(key);
        if (sense == null || !titled(text, tokens, i)) {
            return null;
        }
        return new EntityLinker.Match(word.start(), 1, word.surface(), key, List.of(sense), false, false, key,
                List.of(), false, false);
    }

    /**
     * Whether {@code found}, a dictionary name at {@code word}, is one word read only by taking a letter off it
     * as a proclitic (وهبي as و + هبي): the whole word may then be a family name instead.
     */
    static boolean proclitic(EntityLinker.Match found, Token word) {
        return found.length() == 1 && !found.key().equals(ArabicClitics.withoutArticle(word.folded()));
    }

    /** Whether a title word stands at most {@link #MAX_GAP} words before word i, in the same clause. */
    private static boolean titled(String text, List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 1 - MAX_GAP; k--) {
            Token t = tokens.get(k);
            if (!t.arabicScript() || !text.substring(t.end(), tokens.get(k + 1).start()).isBlank()) {
                return false;
            }
            for (String form : ArabicClitics.lookupForms(t.folded())) {
                if (TITLES.contains(ArabicClitics.withoutArticle(form))) {
                    return true;
                }
            }
            if (t.sentenceStart()) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(MatchingText.fold(w));
        }
        return Set.copyOf(out);
    }
}
