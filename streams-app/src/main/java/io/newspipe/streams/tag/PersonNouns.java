package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Words around an unknown name that only a person's name stands beside, for {@link PersonContexts}: a noun of a
 * person's family, counsel, life or fate joined to it ("X Y's lawyer", "X Y's widow", "the funeral of X Y",
 * "the killing of X Y", "la mort de X Y", "les obsèques de X Y", "l'avocat de X Y"), the relative pronoun
 * "who" after a comma ("X Y, who heads the union"), and a French age apposition ("X Y, âgé de 34 ans"). Bodies
 * have lawyers too, but their names carry head nouns ({@link OrganisationFinder} reads them first) or plurals.
 * Stateless and thread-safe.
 */
final class PersonNouns {
    /** Nouns after "X Y's" that only a person has or undergoes (English). */
    private static final Set<String> AFTER_POSSESSIVE = WordSet.copyOf(TextTokenizer.foldedWords("lawyer lawyers "
            + "wife husband son daughter mother father brother sister widow family death funeral murder killing "
            + "assassination arrest resignation girlfriend boyfriend parents children grandson granddaughter "
            + "biographer"));
    /** Nouns before "of X Y" (English) or "de X Y" (French) that only a person undergoes or has. */
    private static final Set<String> BEFORE_OF = WordSet.copyOf(TextTokenizer.foldedWords("death funeral killing "
            + "murder assassination widow family lawyer lawyers mort décès assassinat meurtre obsèques funérailles "
            + "arrestation démission famille épouse mari veuve avocat avocats avocate proches enlèvement "
            + "inhumation"));
    private static final Set<String> OF = WordSet.copyOf(TextTokenizer.foldedWords("of de d"));
    private static final Set<String> AGED = WordSet.copyOf(TextTokenizer.foldedWords("âgé âgée"));

    private PersonNouns() {
    }

    /** Whether one of the words above stands around the name [s, e). */
    static boolean around(String text, List<Token> tokens, int s, int e, String language) {
        return possessed(text, tokens, e, language) || nounOf(text, tokens, s) || who(text, tokens, e, language)
                || aged(text, tokens, e, language);
    }

    /** "X Y's lawyer": an apostrophe, s, then a person's noun. */
    private static boolean possessed(String text, List<Token> tokens, int e, String language) {
        return "en".equals(language) && e + 1 < tokens.size() && tokens.get(e).folded().equals("s")
                && TokenGaps.isApostrophe(text, tokens, e - 1, e) && TokenGaps.isSpace(text, tokens, e, e + 1)
                && AFTER_POSSESSIVE.contains(tokens.get(e + 1).folded());
    }

    /** "the funeral of X Y", "la mort de X Y", "l'avocat d'X Y". */
    private static boolean nounOf(String text, List<Token> tokens, int s) {
        if (s < 2 || tokens.get(s).sentenceStart() || !OF.contains(tokens.get(s - 1).folded())) {
            return false;
        }
        Token noun = tokens.get(s - 2);
        return (TokenGaps.isSpace(text, tokens, s - 1, s) || TokenGaps.isApostrophe(text, tokens, s - 1, s))
                && TokenGaps.isSpace(text, tokens, s - 2, s - 1)
                && !noun.capitalised() && BEFORE_OF.contains(noun.folded());
    }

    /** "X Y, who ...". */
    private static boolean who(String text, List<Token> tokens, int e, String language) {
        return "en".equals(language) && e < tokens.size() && TokenGaps.is(text, tokens, e - 1, e, ", ")
                && tokens.get(e).surface().equals("who");
    }

    /** "X Y, âgé de 34 ans". */
    private static boolean aged(String text, List<Token> tokens, int e, String language) {
        return "fr".equals(language) && e + 2 < tokens.size() && TokenGaps.is(text, tokens, e - 1, e, ", ")
                && AGED.contains(tokens.get(e).folded()) && OF.contains(tokens.get(e + 1).folded())
                && Character.isDigit(tokens.get(e + 2).surface().charAt(0));
    }
}
