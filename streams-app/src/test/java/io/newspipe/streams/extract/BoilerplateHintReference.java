package io.newspipe.streams.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link BoilerplateCues#hint} as it read before {@link ClassIdCues} (split into lower-case token strings, then
 * set lookups, behind a map keyed by the joined text), kept as the reference the table is checked against.
 * Stateless.
 */
final class BoilerplateHintReference {
    private BoilerplateHintReference() {
    }

    static BoilerplateCues.Hint hint(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) {
            return BoilerplateCues.Hint.NONE;
        }
        List<String> tokens = splitTokens(id.isEmpty() ? className : className + " " + id);
        boolean positive = false;
        boolean weak = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (BoilerplateCues.STRONG_TOKENS.contains(token) || startsWithStem(token)
                    || i + 1 < tokens.size() && BoilerplateCues.PAIR_HEADS.contains(token)
                    && startsWithStem(token + tokens.get(i + 1))) {
                return BoilerplateCues.Hint.STRONG_NEGATIVE;
            }
            positive |= BoilerplateCues.POSITIVE_TOKENS.contains(token);
            weak |= BoilerplateCues.WEAK_TOKENS.contains(token);
        }
        if (positive) {
            return BoilerplateCues.Hint.POSITIVE;
        }
        return weak ? BoilerplateCues.Hint.WEAK_NEGATIVE : BoilerplateCues.Hint.NONE;
    }

    private static boolean startsWithStem(String token) {
        if (token.length() < 4) {
            return false;
        }
        for (String stem : BoilerplateCues.STRONG_STEMS) {
            if (stem.startsWith(token.substring(0, 4)) && token.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> splitTokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c);
            boolean camel = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if ((!alnum || camel) && token.length() > 0) {
                out.add(token.toString().toLowerCase(Locale.ROOT));
                token.setLength(0);
            }
            if (alnum) {
                token.append(c);
            }
            prev = c;
        }
        if (token.length() > 0) {
            out.add(token.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
