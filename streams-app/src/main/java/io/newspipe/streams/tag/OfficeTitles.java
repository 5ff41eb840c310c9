package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.List;

/**
 * French office titles that end in a place's name: the justice minister is "le garde des Sceaux", and Sceaux is
 * also a town near Paris. A place name that closes such a title is no mention of the place. Stateless and
 * thread-safe.
 */
final class OfficeTitles {
    private static final String GARDE = MatchingText.fold("garde");
    private static final String DES = MatchingText.fold("des");
    private static final String SCEAUX = MatchingText.fold("Sceaux");

    private OfficeTitles() {
    }

    /** Whether the one-word name at token i closes an office title ("garde des Sceaux"). */
    static boolean closesTitle(List<Token> tokens, int i, int n) {
        return n == 1 && i >= 2 && tokens.get(i).folded().equals(SCEAUX) && tokens.get(i - 1).folded().equals(DES)
                && tokens.get(i - 2).folded().equals(GARDE);
    }
}
