package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds entity names in text and links each to its most plausible sense. Matching is greedy
 * longest-first over folded words (Arabic clitics removed from the first word, Latin names checked
 * for case, acronyms only in text that is not all capitals). Senses are chosen by kind, by the
 * countries the rest of the article mentions, and by population; small places and names listed as
 * ambiguous need evidence from the article. Thread-safe (immutable).
 */
public final class EntityLinker {
    private static final int SMALL_PLACE = 50_000;
    /** Population from which a capital's name in a script its country does not write needs no evidence. */
    private static final int FREE_FOREIGN_CAPITAL = 500_000;
    private static final Set<String> ARABIC_SCRIPT_COUNTRIES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO",
            "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF",
            "PK", "EH", "IL");
    /**
     * Languages written in Arabic script whose words take no Arabic proclitics (و ف ب ل ك): in Persian
     * and Urdu text a leading ب or ل is part of the word (بیابانی is not ب + یابانی).
     */
    private static final Set<String> PERSIAN_SCRIPT_LANGUAGES = Set.of("fa", "ur");
    /** Languages in whose text a single capitalised word may name a small town of a country in context. */
    private static final Set<String> SMALL_TOWN_LANGUAGES = Set.of("fr");
    /**
     * Languages in whose text a town word before a short name of a place of a country in context (مدينة مأرب,
     * بلدة هيت) is evidence; not Persian, where شهر "city" also starts sentences about a town's news.
     */
    private static final Set<String> TOWN_WORD_LANGUAGES = Set.of("ar");
    private final EntityDictionary dictionary;
    private final long freePlacePopulation;
    private final long freeLatinPlacePopulation;

    /** A linker over {@code dictionary}. */
    public EntityLinker(EntityDictionary dictionary, TaggerSettings settings) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.freePlacePopulation = settings.freePlacePopulation();
        this.freeLatinPlacePopulation = settings.freeLatinPlacePopulation();
    }

    /**
     * A name found in the text, with the senses its case allows; {@code fixed} when a word beside it
     * (province of, مدينة) chose the senses, and {@code cued} when that word is also evidence enough.
     */
    record Match(int start, int length, String surface, String key, List<Integer> senses, boolean latin,
            boolean embedded, String lastKey, List<Integer> alternateOnly, boolean cued, boolean fixed) {
        Match withSenses(List<Integer> chosen, boolean byCue) {
            return new Match(start, length, surface, key, chosen, latin, embedded, lastKey,
                    byCue ? List.of() : alternateOnly, byCue, true);
        }
    }

    /** The linked entities of a text made of the given word lists, most mentioned first. */
    public List<EntityTag> link(List<TokenizedText> parts, String language) {
        List<Match> matches = new ArrayList<>();
        for (TokenizedText part : parts) {
            matches.addAll(find(part, language));
        }
        return resolve(matches, language);
    }

    List<Match> find(TokenizedText part, String language) {
        List<Token> tokens = part.tokens();
        TitleCase titleCase = new TitleCase(tokens);
        List<Match> out = new ArrayList<>();
        int[] at = new int[8];
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(part.text(), tokens, i, language, titleCase);
            if (best != null && best.length() == 1 && best.latin() && !titleCase.get()
                    && NameShape.opensPersonName(part.text(), tokens, i)) {
                best = null; // a given name before a surname is a person's (left to NameRecognizer)
            }
            if (best != null && best.latin() && OfficeTitles.closesTitle(tokens, i, best.length())) {
                best = null; // "le garde des Sceaux" is the justice minister, not the town of Sceaux
            }
            if (best != null && best.latin() && allPeople(best)
                    && Dedications.dedication(part.text(), tokens, i, best.length())) {
                i += best.length(); // "rue Victor-Hugo", "lycée Jacques-Brel": a place named after the person
                continue;
            }
            if (best == null) {
                i++;
            } else {
                if (out.size() == at.length) {
                    at = Arrays.copyOf(at, at.length * 2);
                }
                at[out.size()] = i;
                out.add(best);
                i += best.length();
            }
        }
        return PlaceCues.apply(dictionary, tokens, out, at, language);
    }

    private boolean allPeople(Match m) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != EntityKind.PERSON) {
                return false;
            }
        }
        return true;
    }

    private Match longestAt(String text, List<Token> tokens, int i, String language, TitleCase titleCase) {
        Token first = tokens.get(i);
        if (!first.arabicScript()) {
            return longestFrom(first.folded(), text, tokens, i, language, titleCase, null);
        }
        if (language != null && PERSIAN_SCRIPT_LANGUAGES.contains(language)) {
            return longestFrom(ArabicClitics.withoutArticle(first.folded()), text, tokens, i, language, titleCase,
                    null);
        }
        List<String> forms = ArabicClitics.lookupForms(first.folded());
        Match best = null;
        for (int f = 0; f < forms.size(); f++) {
            best = longestFrom(forms.get(f), text, tokens, i, language, titleCase, best);
        }
        return best;
    }

    /** The longest name starting with {@code form} at token i if longer than {@code best}, else {@code best}. */
    private Match longestFrom(String form, String text, List<Token> tokens, int i, String language,
            TitleCase titleCase, Match best) {
        long ends = dictionary.keyLengths(form, tokens, i);
        for (int n = 63 - Long.numberOfLeadingZeros(ends); n >= 1 && (best == null || n > best.length()); n--) {
            if ((ends & 1L << n) == 0) {
                continue;
            }
            String key = key(form, tokens, i, n);
            EntityDictionary.Alias[] aliases = dictionary.lookup(key);
            if (aliases == null) {
                continue; // a hash that only collided with a key's: no list made
            }
            List<Integer> alternateOnly = new ArrayList<>(0);
            List<Integer> senses = AllowedSenses.of(aliases, text, tokens, i, n, language, alternateOnly);
            if (!senses.isEmpty()) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + n - 1);
                String surface = text.substring(first.start(), last.end());
                // embedded first: it looks at two words, the headline test at all of them
                boolean embedded = n == 1 && !first.arabicScript() && NameShape.embedded(text, tokens, i)
                        && !titleCase.get();
                String lastKey = last.arabicScript() ? ArabicClitics.withoutArticle(last.folded()) : last.folded();
                return new Match(first.start(), n, surface, key, senses, !first.arabicScript(),
                        embedded, lastKey, alternateOnly, false, false);
            }
        }
        return best;
    }

    /** {@link NameShape#titleCase} of one text's words, found when first asked (most texts never ask). */
    private static final class TitleCase {
        private final List<Token> tokens;
        private Boolean value;

        TitleCase(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean get() {
            if (value == null) {
                value = NameShape.titleCase(tokens);
            }
            return value;
        }
    }

    private static String key(String form, List<Token> tokens, int i, int n) {
        if (n == 1) {
            return form;
        }
        StringBuilder key = new StringBuilder(form);
        for (int k = 1; k < n; k++) {
            key.append(' ').append(tokens.get(i + k).folded());
        }
        return key.toString();
    }

    private List<EntityTag> resolve(List<Match> matches, String language) {
        Map<String, Integer> context = new HashMap<>();
        for (String cc : LanguageCountries.named(language)) {
            context.put(cc, 1);
        }
        // what each name contributes, counted per name: a name written twice is no evidence for itself
        // (طرابلس twice in an article about Lebanon does not put Libya in context)
        List<String> contributed = new ArrayList<>(matches.size());
        Map<String, Integer> sameName = new HashMap<>();
        for (Match m : matches) {
            String cc = contextCountry(m);
            contributed.add(cc);
            if (cc != null) {
                context.merge(cc, 1, Integer::sum);
                sameName.merge(m.key(), 1, Integer::sum);
            }
        }
        Integer[] chosen = new Integer[matches.size()];
        Map<String, Integer> surnames = new HashMap<>();
        Set<String> home = LanguageCountries.plausible(language);
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            String own = contributed.get(k);
            chosen[k] = choose(m, context, own, own == null ? 0 : sameName.get(m.key()), home, language);
            if (chosen[k] != null && m.length() > 1 && dictionary.sense(chosen[k]).kind() == EntityKind.PERSON) {
                surnames.putIfAbsent(m.lastKey(), chosen[k]);
            }
        }
        PlaceCues.oneAreaPerArticle(dictionary, matches, chosen);
        Map<Integer, Aggregate> bySense = new LinkedHashMap<>();
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            // A lone word that is the surname of a person named in full elsewhere is that person.
            Integer sense = m.length() == 1 && surnames.containsKey(m.key()) ? surnames.get(m.key()) : chosen[k];
            if (sense != null) {
                bySense.computeIfAbsent(sense, s -> new Aggregate()).add(m.surface());
            }
        }
        List<EntityTag> out = new ArrayList<>(bySense.size());
        bySense.forEach((sense, agg) -> {
            EntitySense s = dictionary.sense(sense);
            out.add(new EntityTag(s.kind(), s.name(), s.id(), s.tagCountryCode(), List.copyOf(agg.mentions),
                    agg.count));
        });
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /** The country a match points to without doubt, or null. */
    private String contextCountry(Match m) {
        String cc = null;
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            if (sense.kind() == EntityKind.PLACE && !freePlace(m, s, sense)) {
                continue; // a small namesake (Lebanon, Pennsylvania) does not cast doubt
            }
            if (sense.countryCode() == null || (cc != null && !cc.equals(sense.countryCode()))
                    || dictionary.needsEvidence(m.key(), sense.kind())) {
                return null;
            }
            cc = sense.countryCode();
        }
        return cc;
    }

    private Integer choose(Match m, Map<String, Integer> context, String ownCountry, int ownCount,
            Set<String> home, String language) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            boolean inContext = sense.countryCode() != null && context.getOrDefault(sense.countryCode(), 0)
                    - (sense.countryCode().equals(ownCountry) ? ownCount : 0) > 0;
            boolean atHome = sense.kind() == EntityKind.PLACE && home.contains(sense.countryCode());
            if (!plausible(m, s, sense, inContext, atHome, context.size(), language)
                    || shadowedByCountry(m, sense)) {
                continue;
            }
            // a national capital beats a same-name place of its own country or one without context (Washington)
            // a curated place (Kurdistan Region) beats a GeoNames namesake when context does not decide
            double score = base(sense.kind()) + (inContext ? 10 : 0) + (sense.capital() ? 1 : 0)
                    + (dictionary.places().isListed(s) ? 2 : 0) + Math.log10(sense.population() + 1) / 10;
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private boolean plausible(Match m, int index, EntitySense sense, boolean inContext, boolean atHome,
            int countries, String language) {
        if (sense.kind() == EntityKind.PLACE && m.embedded()) {
            return false;
        }
        if (m.cued() || dictionary.places().isListed(index)) {
            return true;
        }
        if (!m.fixed() && m.length() == 1 && dictionary.places().needsTownWord(index)) {
            return false;
        }
        if (dictionary.needsEvidence(m.key(), sense.kind())) {
            return inContext || (sense.kind() == EntityKind.COUNTRY && countries >= 3);
        }
        if (sense.kind() != EntityKind.PLACE || freePlace(m, index, sense)) {
            return true;
        }
        if (!(inContext || atHome)) {
            return false;
        }
        if (m.latin() && m.length() == 1 && sense.population() < SMALL_PLACE) {
            // small towns named University, Alliance or Monroe are rarely meant in English; French capitalises
            // few common words, so a town of the article's country there is its usual reading (Carpentras)
            return SMALL_TOWN_LANGUAGES.contains(language) && m.key().length() >= 5;
        }
        // a short Arabic name is often a word too (حجة, عتق): a town word before it (مدينة, بلدة, قضاء) vouches
        return sense.population() >= SMALL_PLACE || m.length() > 1 || m.key().length() >= 5
                || (m.fixed() && !m.latin() && TOWN_WORD_LANGUAGES.contains(language));
    }

    /**
     * Whether a place needs no evidence: a capital or a big city, where a capitalised Latin name is
     * trusted from a lower population; an Arabic-script name of a place where that script is not
     * written (a transliteration that often collides with a word), a Latin exonym and the bare name of an
     * administrative area (Red Sea, Sahel) always need evidence.
     */
    private boolean freePlace(Match m, int index, EntitySense sense) {
        if (!m.latin() && !ARABIC_SCRIPT_COUNTRIES.contains(sense.countryCode())) {
            // a big national capital's Arabic-script name (واشنطن، موسكو، بكين) is news's usual reading
            return sense.capital() && sense.population() >= FREE_FOREIGN_CAPITAL && m.key().length() >= 4
                    && !m.alternateOnly().contains(index);
        }
        if (m.alternateOnly().contains(index)) {
            return false; // Latin exonyms and bare names of administrative areas (set in any script)
        }
        long threshold = m.latin() ? freeLatinPlacePopulation : freePlacePopulation;
        return sense.capital() || sense.population() >= threshold;
    }

    /** A place that shares its name with its own country (Kuwait, Algiers/الجزائر, Tunis/تونس) yields. */
    private boolean shadowedByCountry(Match m, EntitySense sense) {
        if (sense.kind() != EntityKind.PLACE) {
            return false;
        }
        for (int s : m.senses()) {
            EntitySense other = dictionary.sense(s);
            if (other.kind() == EntityKind.COUNTRY && Objects.equals(other.countryCode(), sense.countryCode())) {
                return true;
            }
        }
        return false;
    }

    private static double base(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION, PERSON -> 6;
            case COUNTRY -> 5;
            case PLACE -> 0;
        };
    }

    private static final class Aggregate {
        private final Set<String> mentions = new LinkedHashSet<>();
        private int count;

        void add(String surface) {
            mentions.add(surface);
            count++;
        }
    }
}
