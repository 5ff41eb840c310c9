package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hint table must give every hint the split-and-match reference gives, colliding keys included. */
class BoilerplateHintProperties {
    @Property(tries = 20000)
    void readsClassTextAsTheReferenceDoes(@ForAll("classText") String className, @ForAll("classText") String id) {
        assertThat(BoilerplateCues.hint(className, id)).isEqualTo(BoilerplateHintReference.hint(className, id));
    }

    @Property(tries = 5000)
    void readsAnyTextAsTheReferenceDoes(@ForAll String className, @ForAll String id) {
        assertThat(BoilerplateCues.hint(className, id)).isEqualTo(BoilerplateHintReference.hint(className, id));
    }

    @Test
    void readsEveryCueWordInEveryCaseAsTheReferenceDoes() {
        List<String> words = cueWords();
        for (String word : words) {
            for (String form : List.of(word, word.toUpperCase(java.util.Locale.ROOT), capitalised(word),
                    "x-" + word, word + "-x", word + "x", "X" + capitalised(word))) {
                for (String next : List.of("", "more", "More", "bio", "also", "next", "ad", "x", "popularNow")) {
                    String text = next.isEmpty() ? form : form + "-" + next;
                    assertThat(BoilerplateCues.hint(text, "")).as(text).isEqualTo(BoilerplateHintReference.hint(text, ""));
                    assertThat(BoilerplateCues.hint("wrap " + form, next)).as(text)
                            .isEqualTo(BoilerplateHintReference.hint("wrap " + form, next));
                    assertThat(BoilerplateCues.hint("", text)).as(text).isEqualTo(BoilerplateHintReference.hint("", text));
                }
            }
        }
    }

    /** Short attribute values come from the parser's string cache: class and id may be the same object. */
    @Test
    void readsTheSameStringAsClassAndId() {
        for (String text : List.of("share", "story", "nav", "x", "readMore", "post-body")) {
            assertThat(BoilerplateCues.hint(text, text)).as(text).isEqualTo(BoilerplateHintReference.hint(text, text));
        }
    }

    /** Names that differ only between the sampled characters share a home slot: each still reads as its own. */
    @Test
    void collidingNamesKeepTheirOwnHints() {
        for (int round = 0; round < 3; round++) {
            for (String middle : List.of("share", "xxxxx", "entry", "yyyyy", "aside", "zzzzz", "print", "qqqqq",
                    "comme", "wwwww", "story", "vvvvv", "nav-x", "uuuuu")) {
                String name = "ab-cd-f" + middle + "-ij-klmn-op-qrs"; // 27 long: 7..11 are not sampled
                for (String id : List.of("", "x", "more")) {
                    assertThat(BoilerplateCues.hint(name, id)).as(name + " #" + id)
                            .isEqualTo(BoilerplateHintReference.hint(name, id));
                    assertThat(BoilerplateCues.hint(new String(name), id)).as(name + " #" + id)
                            .isEqualTo(BoilerplateHintReference.hint(name, id));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> classText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(cueWords()),
                Arbitraries.of(cueWords()).map(BoilerplateHintProperties::capitalised),
                Arbitraries.of(cueWords()).map(w -> w.toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.of("-", "_", " ", "  ", "--", "0", "12", "x", "Q", "é", "\u0130", "\u212A", "ß", "\u00AA",
                        "İ", "ﬁ", "\uD83D\uDE00", "\t"),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(5),
                Arbitraries.strings().ofMaxLength(3));
        return piece.list().ofMaxSize(7).map(parts -> String.join("", parts));
    }

    private static List<String> cueWords() {
        List<String> words = new ArrayList<>(BoilerplateCues.STRONG_STEMS);
        words.addAll(BoilerplateCues.STRONG_TOKENS);
        words.addAll(BoilerplateCues.WEAK_TOKENS);
        words.addAll(BoilerplateCues.POSITIVE_TOKENS);
        words.addAll(BoilerplateCues.PAIR_HEADS);
        words.addAll(List.of("mo", "rea", "comm", "relate", "aut", "readm", "seeal", "googlea", "authorbi",
                "adcontaine", "mostpopula", "visuallyhidden", "articlebodywrapper", "navigationmenu"));
        return words;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
