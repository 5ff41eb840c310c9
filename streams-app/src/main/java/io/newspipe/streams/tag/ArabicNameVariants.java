package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings of a curated person's Arabic-script names that letter folding does not reach, added while the
 * curated lists load: the joined and split compounds ("عبد العاطي" / "عبدالعاطي", "أبو الغيط" / "ابوالغیط": Persian
 * news joins them, Arabic news mostly splits them) and, in Persian text only, a full name without the Arabic
 * article on its family name ("مقتدى الصدر" → "مقتدی صدر", "بشار الأسد" → "بشار اسد"), as Persian writes
 * well-known Arab names; and, in Persian text, an organisation's two-word Arabic name joined with a zero-width
 * non-joiner ("جیش‌العدل"). A variant is added only when no curated entity already has its key, so it never takes a
 * name from someone else. One instance per dictionary load; not thread-safe.
 */
final class ArabicNameVariants {
    /** "عبد ال…" / "أبو ال…" written apart, at the start of a word. */
    private static final Pattern SPLIT = Pattern.compile("(^|\\s)(عبد|[أاآ]بو) (ال)");
    /** The same compounds written as one word. */
    private static final Pattern JOINED = Pattern.compile("(^|\\s)(عبد|[أاآ]بو)(ال\\p{L}{2,})");
    /** Words after which "ال" is part of a compound name ("عبد الرحمن", "أبو الفضل", "بن الوليد"). */
    private static final Set<String> COMPOUND_HEADS = Set.of("عبد", "ابو", "أبو", "آبو", "بن", "بنت", "ذو", "نور");
    /** Last words that keep their article: a second element or an ordinal ("نور الدين", "عبد الله الثاني"). */
    private static final Pattern KEEPS_ARTICLE = Pattern.compile("الدين|الله.*|الثاني|الأول|الاول|الثالث|الرابع");

    private final Map<String, Integer> owners = new HashMap<>();
    private final List<Integer> pendingSenses = new ArrayList<>();
    private final List<String> pendingNames = new ArrayList<>();
    private final List<Integer> skeletonSenses = new ArrayList<>();
    private final List<String> skeletonNames = new ArrayList<>();
    private final List<String> organisationNames = new ArrayList<>();
    private final List<Integer> joinedSenses = new ArrayList<>();
    private final List<String> joinedNames = new ArrayList<>();

    /** Notes the names of one curated entity; a person's variants are kept for {@link #addTo}. */
    void row(int sense, EntityKind kind, List<String> names) {
        for (String name : names) {
            owners.putIfAbsent(key(name), sense);
        }
        if (kind != EntityKind.PERSON) {
            organisationNames.addAll(names);
            for (String name : names) {
                String joined = kind == EntityKind.ORGANIZATION ? persianJoined(name) : null;
                if (joined != null) {
                    joinedSenses.add(sense);
                    joinedNames.add(joined);
                }
            }
            return;
        }
        for (String name : names) {
            skeletonSenses.add(sense);
            skeletonNames.add(name);
            for (String variant : of(name)) {
                pendingSenses.add(sense);
                pendingNames.add(variant);
            }
        }
    }

    /**
     * Adds the variants whose key no other curated entity has, and every person's names and variants to the
     * builder's {@link PersonSkeletons} and {@link TitledSurnames}; returns how many variants were added.
     */
    int addTo(EntityDictionaryBuilder builder) {
        organisationNames.forEach(builder.titledSurnames::addOrganisation);
        for (int i = 0; i < skeletonNames.size(); i++) {
            int sense = skeletonSenses.get(i);
            builder.personSkeletons.add(sense, skeletonNames.get(i), builder.sense(sense).countryCode());
            builder.titledSurnames.add(sense, skeletonNames.get(i));
        }
        for (int i = 0; i < pendingNames.size(); i++) {
            int sense = pendingSenses.get(i);
            builder.personSkeletons.add(sense, pendingNames.get(i), builder.sense(sense).countryCode());
            builder.titledSurnames.add(sense, pendingNames.get(i));
        }
        pendingNames.addAll(joinedNames);
        pendingSenses.addAll(joinedSenses);
        int added = 0;
        for (int i = 0; i < pendingNames.size(); i++) {
            String name = pendingNames.get(i);
            int sense = pendingSenses.get(i);
            Integer owner = owners.putIfAbsent(key(name), sense);
            if (owner == null) {
                builder.addName(sense, name);
                added++;
            }
        }
        return added;
    }

    /** The variants of one name (a Latin name or one bound to Arabic text has none). */
    static List<String> of(String name) {
        if (name.startsWith("ar:") || name.isEmpty() || !TextTokenizer.isArabicLetter(name.charAt(
                name.startsWith("fa:") ? 3 : 0))) {
            return List.of();
        }
        boolean persianOnly = name.startsWith("fa:");
        String bare = persianOnly ? name.substring(3) : name;
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(bare);
        spellings.add(SPLIT.matcher(bare).replaceAll("$1$2$3"));
        Matcher joined = JOINED.matcher(bare);
        spellings.add(joined.replaceAll("$1$2 $3"));
        Set<String> out = new LinkedHashSet<>();
        for (String s : spellings) {
            if (!s.equals(bare)) {
                out.add(persianOnly ? "fa:" + s : s);
            }
            String withoutArticle = withoutFamilyArticle(s);
            if (withoutArticle != null) {
                out.add("fa:" + withoutArticle);
            }
        }
        return List.copyOf(out);
    }

    /**
     * An organisation's two-word Arabic-script name whose second word has the article, joined as Persian news
     * writes such Arabic names ("جيش العدل" → "جیش‌العدل", as "حزب‌الله"), bound to Persian text; else null.
     */
    static String persianJoined(String name) {
        String bare = name.startsWith("fa:") ? name.substring(3) : name;
        if (name.startsWith("ar:") || bare.isEmpty() || !TextTokenizer.isArabicLetter(bare.charAt(0))) {
            return null;
        }
        String[] words = bare.split(" ");
        if (words.length != 2 || !words[1].startsWith("ال") || words[1].length() < 4 || words[0].length() < 2) {
            return null;
        }
        return "fa:" + words[0] + '\u200c' + words[1];
    }

    /** The name without the article of its last word, the family name ("بشار الأسد" → "بشار أسد"), or null. */
    private static String withoutFamilyArticle(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        String last = name.substring(space + 1);
        String before = name.substring(name.lastIndexOf(' ', space - 1) + 1, space);
        if (!last.startsWith("ال") || last.length() < 5 || KEEPS_ARTICLE.matcher(last).matches()
                || COMPOUND_HEADS.contains(before)) {
            return null;
        }
        return name.substring(0, space + 1) + last.substring(2);
    }

    private static String key(String name) {
        String bare = name.length() > 3 && name.charAt(2) == ':' && Character.isLowerCase(name.charAt(0))
                ? name.substring(3) : name;
        return EntityDictionary.key(EntityDictionary.keyTokens(bare));
    }
}
