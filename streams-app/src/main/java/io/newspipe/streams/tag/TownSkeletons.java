package io.newspipe.streams.tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Arabic-script names of towns the gazetteer knows only in Latin letters (Maghreb, Sudanese, Somali, Gulf and
 * Palestinian towns GeoNames lists without an Arabic name): an Arabic-script word after a town or district word
 * (مدينة, بلدة, قرية, معتمدية, شهرستان …) that no dictionary name matched is compared, by its consonant
 * skeleton, with the skeletons of the towns' Latin names ({@code places-latin.tsv.gz}, derived by
 * {@code tools/gazetteer/derive_latin_named_places.py}). The match still needs its country in the article
 * ({@link SenseChooser}), so the town word and the country together vouch for it. Stateless.
 */
final class TownSkeletons {
    static final String RESOURCE = "places-latin.tsv.gz";
    /** Fewest consonants a skeleton needs: shorter ones collide with too many words. */
    static final int MIN_CONSONANTS = 3;
    /** Fewest letters of the Arabic-script word (without article). */
    private static final int MIN_LETTERS = 4;
    /**
     * Town, village and district words after which a name is a populated place (folded, article removed); not
     * words as general as مركز "centre", دائرة "department", Persian شهر "city" or بخش "part", which open phrases.
     */
    private static final Set<String> TOWN_WORDS = ArabicClitics.foldedWithoutArticle("مدينة", "مدينتي", "بلدة", "بلدتي",
            "قرية", "قريتي", "معتمدية", "بلدية", "مخيم", "ولاية", "شهرستان", "روستای", "ولسوالی", "شهرک", "قضاء",
            "ناحية", "مديرية");
    /** Latin transliterations of the Arabic article, written as a word of their own or before a hyphen. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "at", "ash", "an", "az",
            "ed", "en", "er", "es", "et", "ez", "adh", "ath", "ech", "esh", "l");

    private TownSkeletons() {
    }

    /** Loads the towns: a known GeoNames id gets the skeletons of its Latin names, another becomes a sense. */
    static void load(EntityDictionaryBuilder b, KeyedLongs byGeonamesId) {
        EntityDictionaryLoader.readTsv(RESOURCE, true, c -> {
            long known = byGeonamesId.get(c[0]);
            int sense = known != KeyedLongs.NONE ? (int) known
                    : b.addSense(new EntitySense(EntityKind.PLACE, c[1], "geonames:" + c[0], c[2],
                            Long.parseLong(c[4]), c[3].equals("PPLC")));
            for (String name : c[5].split("\\|")) {
                for (Skeleton skeleton : latin(name)) {
                    b.places().addSkeleton(skeleton, sense);
                }
            }
        });
    }

    /**
     * The town a word after a town word names by its skeleton, as a match of one or two words, or null.
     * {@code i} is the index of the word in {@code tokens} of {@code text}.
     */
    static EntityLinker.Match match(EntityDictionary d, String text, List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (i == 0 || word.sentenceStart() || !tokens.get(i - 1).arabicScript() || !townWord(tokens.get(i - 1))) {
            return null;
        }
        String first = ArabicClitics.withoutArticle(word.folded());
        if (first.length() < MIN_LETTERS) {
            return null;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).arabicScript() && !tokens.get(i + 1).sentenceStart()) {
            String second = ArabicClitics.withoutArticle(tokens.get(i + 1).folded());
            int[] two = d.places().sensesBySkeleton(arabic(first + " " + second));
            if (two.length > 0) {
                return match(text, tokens, i, 2, first + " " + second, two);
            }
        }
        Skeleton one = arabic(first);
        int[] senses = one.consonants().length() < MIN_CONSONANTS ? new int[0] : d.places().sensesBySkeleton(one);
        return senses.length == 0 ? null : match(text, tokens, i, 1, first, senses);
    }

    private static EntityLinker.Match match(String text, List<Token> tokens, int i, int n, String key, int[] senses) {
        List<Integer> list = new ArrayList<>(senses.length);
        for (int s : senses) {
            list.add(s);
        }
        Token last = tokens.get(i + n - 1);
        return new EntityLinker.Match(tokens.get(i).start(), n, text.substring(tokens.get(i).start(), last.end()),
                key, List.copyOf(list), false, false, ArabicClitics.withoutArticle(last.folded()), List.of(), false,
                true);
    }

    /** Whether a word is a town word without the article (مدينة, بمدينة, ولمدينة; not المدينة). */
    private static boolean townWord(Token previous) {
        // with the article the word after it is an adjective (المدينة القديمة, المدينة المنورة), not a name
        for (String form : ArabicClitics.lookupForms(previous.folded())) {
            if (TOWN_WORDS.contains(form) && !EntityLinker.articleAdded(previous, form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name's consonant classes ({@link ArabicLetterClasses#latinConsonant}) and, around them, the vowels written
     * in each gap as a bit mask (1 a, 2 i/e/y, 4 o/u/w: {@link ArabicLetterClasses#latinVowel}) in {@code gaps}
     * (one char per gap, the first before the first consonant). A doubled consonant is one (Arabic writes the
     * shadda once), and the gaps it closes merge.
     */
    record Skeleton(String consonants, String gaps) {
        /**
         * Whether every long vowel the Arabic-script skeleton {@code arabic} writes has a vowel of the same
         * quality in the same gap of this Latin one (كبيرة is not Khobar); the first gap is not compared
         * (an initial alif is often a hamza seat).
         */
        boolean admits(Skeleton arabic) {
            for (int k = 1; k < gaps.length(); k++) {
                int a = arabic.gaps.charAt(k) - '0';
                if ((a & (gaps.charAt(k) - '0')) != a) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Builds a skeleton one letter at a time. */
    private static final class Writer {
        private final StringBuilder consonants = new StringBuilder();
        private final StringBuilder gaps = new StringBuilder();
        private int vowels;

        void consonant(char cls) {
            if (consonants.length() > 0 && consonants.charAt(consonants.length() - 1) == cls) {
                return; // doubled, or the same consonant across a vowel: its gap goes on
            }
            gaps.append((char) ('0' + vowels));
            consonants.append(cls);
            vowels = 0;
        }

        void vowel(int mask) {
            vowels |= mask;
        }

        Skeleton done() {
            return new Skeleton(consonants.toString(), gaps.toString() + (char) ('0' + vowels));
        }
    }

    /** The skeleton of a folded Arabic-script word: hamza and ayn dropped, a final ه (ta marbuta) too. */
    static Skeleton arabic(String folded) {
        Writer out = new Writer();
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (c == 'ه' && k > 0 && (k == folded.length() - 1 || folded.charAt(k + 1) == ' ')) {
                continue; // ta marbuta, folded to ه ("-a", "-ah" in Latin)
            }
            int vowel = ArabicLetterClasses.latinVowel(c);
            if (vowel != 0) {
                out.vowel(vowel);
            } else {
                char cls = ArabicLetterClasses.latinConsonant(c);
                if (cls != 0) {
                    out.consonant(cls);
                }
            }
        }
        return out.done();
    }

    /**
     * The skeletons of a Latin place name, without the Arabic article's transliterations; a "g" gives two
     * readings (ج in Egypt and the Levant, ق or گ in the Maghreb and Iran). At most four.
     */
    static List<Skeleton> latin(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`ʿʾ]", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[\\s\\-.]+")) {
            if (!word.isEmpty() && !ARTICLES.contains(word)) {
                words.add(finalVowelH(word));
            }
        }
        String joined = String.join(" ", words);
        Set<Skeleton> out = new HashSet<>();
        out.add(latinSkeleton(joined, 'J'));
        out.add(latinSkeleton(joined, 'K'));
        out.removeIf(s -> s.consonants().length() < MIN_CONSONANTS);
        return List.copyOf(out);
    }

    /** A word without the "h" that writes a final ta marbuta after a vowel (Medinah, Zarqa'h), else the word. */
    private static String finalVowelH(String word) {
        int n = word.length();
        return n > 2 && word.charAt(n - 1) == 'h' && "aeiou".indexOf(word.charAt(n - 2)) >= 0
                && "cs".indexOf(word.charAt(n - 3)) < 0 ? word.substring(0, n - 1) : word;
    }

    private static Skeleton latinSkeleton(String w, char g) {
        Writer out = new Writer();
        int k = 0;
        while (k < w.length()) {
            char c = w.charAt(k);
            char next = k + 1 < w.length() ? w.charAt(k + 1) : ' ';
            char pair = switch ("" + c + next) {
                case "sh", "ch" -> 'X';
                case "kh" -> 'K';
                case "gh" -> 'G';
                case "th" -> 'T';
                case "dh" -> 'D';
                case "dj" -> 'J';
                case "ph" -> 'F';
                case "zh" -> 'Z';
                default -> 0;
            };
            if (pair != 0) {
                out.consonant(pair);
                k += 2;
                continue;
            }
            int vowel = switch (c) {
                case 'a' -> ArabicLetterClasses.VOWEL_A;
                // Maghreb and Persian spellings write e for both fatha and kasra
                case 'e' -> ArabicLetterClasses.VOWEL_A | ArabicLetterClasses.VOWEL_I;
                case 'i', 'y' -> ArabicLetterClasses.VOWEL_I;
                case 'o', 'u', 'w' -> ArabicLetterClasses.VOWEL_U;
                default -> 0;
            };
            char cls = latinClass(c, g);
            if (vowel != 0) {
                out.vowel(vowel);
            } else if (cls != 0) {
                out.consonant(cls);
            }
            k++;
        }
        return out.done();
    }

    private static char latinClass(char c, char g) {
        return switch (c) {
            case 'b', 'p' -> 'B';
            case 't' -> 'T';
            case 'j' -> 'J';
            case 'g' -> g;
            case 'h' -> 'H';
            case 'k', 'q', 'c' -> 'K';
            case 'd' -> 'D';
            case 'r' -> 'R';
            case 'z' -> 'Z';
            case 's', 'x' -> 'S';
            case 'f', 'v' -> 'F';
            case 'l' -> 'L';
            case 'm' -> 'M';
            case 'n' -> 'N';
            default -> 0;
        };
    }
}
