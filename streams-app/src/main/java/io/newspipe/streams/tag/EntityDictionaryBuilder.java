package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the senses and names of an {@link EntityDictionary}. Not thread-safe; call {@link #build()} once.
 */
public final class EntityDictionaryBuilder {
    // package-private: read once by the EntityDictionary constructor, which copies them
    final List<EntitySense> senses = new ArrayList<>();
    /** Packed as the names come: the dictionary's largest table is never a map of key strings first. */
    final KeyTableBuilder<EntityDictionary.Alias[]> byKey = new KeyTableBuilder<>();
    final Map<String, Set<EntityKind>> needEvidence = new HashMap<>();
    final Set<String> needEvidenceAsAny = new HashSet<>();
    final Map<String, Set<Integer>> doubled = new HashMap<>();
    final PlaceMarks.Builder places = new PlaceMarks.Builder();
    final PersonSkeletons.Builder personSkeletons = new PersonSkeletons.Builder();
    final TitledSurnames.Builder titledSurnames = new TitledSurnames.Builder();

    /** Marks of place senses (areas, curated places) added so far. */
    PlaceMarks.Builder places() {
        return places;
    }

    /** A sense added so far. */
    EntitySense sense(int index) {
        return senses.get(index);
    }

    /** Gives a sense added so far another canonical name (a curated English title over GeoNames' name). */
    void rename(int index, String name) {
        EntitySense s = senses.get(index);
        senses.set(index, new EntitySense(s.kind(), name, s.id(), s.countryCode(), s.population(), s.capital()));
    }

    /** Adds a sense and returns its index. */
    public int addSense(EntitySense sense) {
        senses.add(Objects.requireNonNull(sense, "sense"));
        return senses.size() - 1;
    }

    /** Marks a folded name as needing evidence when matched as {@code kind} (null for any kind). */
    public void needEvidence(String foldedName, EntityKind kind) {
        if (kind == null) {
            needEvidenceAsAny.add(foldedName);
        } else {
            needEvidence.computeIfAbsent(foldedName, k -> EnumSet.noneOf(EntityKind.class)).add(kind);
        }
    }

    /**
     * Adds a name for a sense; a name written {@code xx:name} (two-letter language code) only counts
     * in texts of that language. Returns false when the name has no words.
     */
    public boolean addName(int sense, String name) {
        String language = null;
        if (name.length() > 3 && name.charAt(2) == ':' && Character.isLowerCase(name.charAt(0))) {
            language = name.substring(0, 2);
            name = name.substring(3);
        }
        return addTokens(sense, name, EntityDictionary.keyTokens(name), language);
    }

    /** Adds a name already split into words (see {@link #addName}); the language may be null. */
    boolean addTokens(int sense, String name, List<Token> tokens, String language) {
        return addTokens(sense, name, tokens, language, false);
    }

    /** Adds a name already split into words, marking a place's Latin alternate name. */
    boolean addTokens(int sense, String name, List<Token> tokens, String language, boolean alternate) {
        return addTokens(sense, name, tokens, language, alternate, false);
    }

    /**
     * Adds a name already split into words; a {@code contextOnly} name (an administrative area's bare
     * name, which often is a word or a feature too: Red Sea, البحيرة) counts only with evidence from the
     * article in any script, and its one Arabic word written with the article needs the article in the text.
     */
    boolean addTokens(int sense, String name, List<Token> tokens, String language, boolean alternate,
            boolean contextOnly) {
        return addTokens(sense, name, tokens, language, alternate, contextOnly, false);
    }

    /**
     * Adds a name that counts only where the words around it mark it as a French département
     * ({@link DepartmentCues}): Var, Lot, Somme are words, rivers or towns too.
     */
    boolean addCuedName(int sense, String name) {
        return addTokens(sense, name, EntityDictionary.keyTokens(name), null, false, false, true);
    }

    private boolean addTokens(int sense, String name, List<Token> tokens, String language, boolean alternate,
            boolean contextOnly, boolean cued) {
        if (tokens.isEmpty() || tokens.size() > 31) {
            return false;
        }
        String key = EntityDictionary.key(tokens);
        if (name.indexOf(EntityDictionary.SHADDA) >= 0) {
            doubled.computeIfAbsent(key, k -> new HashSet<>()).add(sense);
        }
        int mask = 0;
        boolean latinLetters = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.arabicScript() && t.capitalised()) {
                mask |= 1 << i;
            }
            latinLetters |= !t.arabicScript();
        }
        boolean acronym = latinLetters && isAcronym(name);
        boolean articleRequired = tokens.size() == 1 && tokens.get(0).arabicScript()
                && tokens.get(0).folded().startsWith("ال")
                && (contextOnly || senses.get(sense).kind() == EntityKind.PERSON
                || senses.get(sense).kind() == EntityKind.ORGANIZATION);
        EntitySense owner = senses.get(sense);
        boolean articleForbidden = tokens.get(0).arabicScript() && !tokens.get(0).folded().startsWith("ال")
                && owner.kind() == EntityKind.PLACE && owner.countryCode() != null
                && !ArabicScriptCountries.contains(owner.countryCode());
        add(key, new EntityDictionary.Alias(sense, mask, acronym, language, articleRequired,
                contextOnly || (alternate && latinLetters), cued, articleForbidden));
        return true;
    }

    private static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    private void add(String key, EntityDictionary.Alias alias) {
        int index = byKey.indexOf(key);
        if (index < 0) {
            byKey.add(key, new EntityDictionary.Alias[] {alias});
            return;
        }
        EntityDictionary.Alias[] old = byKey.valueAt(index);
        for (EntityDictionary.Alias a : old) {
            if (a.equals(alias)) {
                return;
            }
        }
        EntityDictionary.Alias[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = alias;
        byKey.set(index, grown);
    }

    /** The immutable dictionary. */
    public EntityDictionary build() {
        return new EntityDictionary(this);
    }
}
