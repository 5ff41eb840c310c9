package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ClassHeadWord} reads class text as a plain split into classes and words does. */
class ClassHeadWordProperties {

    @Property(tries = 5000)
    void readsClassTextAsTheSplitDoes(@ForAll("classText") String className) {
        assertThat(ClassHeadWord.namesHeaderPart(className)).as(className).isEqualTo(reference(className));
    }

    @Property(tries = 2000)
    void readsAnyTextAsTheSplitDoes(@ForAll String className) {
        assertThat(ClassHeadWord.namesHeaderPart(className)).isEqualTo(reference(className));
    }

    /** Classes split at white space, words at other non-letters and camelCase capitals; any class's last word. */
    private static boolean reference(String className) {
        for (String cls : classes(className)) {
            List<String> words = words(cls);
            if (!words.isEmpty() && isHeaderPart(words.get(words.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Case ignored as {@link String#equalsIgnoreCase} ignores it. */
    private static boolean isHeaderPart(String word) {
        return ClassHeadWord.HEADER_PARTS.stream().anyMatch(word::equalsIgnoreCase);
    }

    private static List<String> classes(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cls = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.add(cls.toString());
                cls.setLength(0);
            } else {
                cls.append(c);
            }
        }
        out.add(cls.toString());
        return out;
    }

    private static List<String> words(String cls) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cls.length(); i++) {
            char c = cls.charAt(i);
            boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(cls.charAt(i - 1));
            if ((!Character.isLetterOrDigit(c) || camel) && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    @Provide
    Arbitrary<String> classText() {
        Arbitrary<String> word = Arbitraries.of("article", "meta", "Meta", "date", "post", "body", "dek", "chapo",
                "header", "time", "x", "authors", "metadata", "byline", "A", "1");
        Arbitrary<String> sep = Arbitraries.of("-", "_", "__", " ", "  ", "", "\t", "--", " -");
        return Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(5).flatMap(ws -> sep.list().ofSize(
                Math.max(0, ws.size())).map(ss -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        b.append(ws.get(i)).append(ss.get(i));
                    }
                    return b.toString();
                })));
    }
}
