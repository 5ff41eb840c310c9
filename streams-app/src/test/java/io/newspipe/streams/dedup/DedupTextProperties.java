package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.text.MatchingText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DedupTextProperties {
    @Property(tries = 2000)
    void normaliseIsIdempotentAndNeverThrows(@ForAll String body) {
        String once = DedupText.normalise(body);
        assertThat(DedupText.normalise(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\n\n").doesNotStartWith("\n");
    }

    @Property(tries = 2000)
    void normaliseFoldsEachParagraphAsMatchingTextDoes(@ForAll("paragraphs") java.util.List<String> paragraphs) {
        String body = String.join("\n", paragraphs);
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String paragraph : body.split("[\n\r\u000B\u000C\u0085\u2028\u2029]")) {
            String folded = MatchingText.fold(paragraph);
            if (!folded.isEmpty() && !DedupText.isNoise(folded)) {
                kept.add(folded);
            }
        }
        assertThat(DedupText.normalise(body)).isEqualTo(String.join("\n", kept));
    }

    /** Paragraphs that mix the fast path with ones NFKC lengthens (ligatures), so the in-place buffer moves. */
    @Provide
    Arbitrary<java.util.List<String>> paragraphs() {
        Arbitrary<String> paragraph = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab كتب١2 ,.\u064e\u0640").ofMaxLength(30),
                Arbitraries.strings().withChars("a \ufdfa\ufb01\u2026\u0301\r").ofMaxLength(12),
                Arbitraries.of("Updated 10:42 GMT", "Advertisement", "آخر تحديث: 12:30"),
                stampLike(),
                Arbitraries.strings().ofMaxLength(20));
        return paragraph.list().ofMaxSize(8);
    }

    /** Paragraphs near the noise rule's edges: stamp words, numbers, ad prefixes and other words, 1 to 16 tokens. */
    private static Arbitrary<String> stampLike() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("updated", "Le", "à", "في", "GMT", "h", "am", "mars", "منذ", "ago", "septembre"),
                Arbitraries.integers().between(0, 3000).map(String::valueOf),
                Arbitraries.of("Advertisement", "follow us", "Share this", "اعلان", "news", "rain", "x", "١٢"));
        return token.list().ofMinSize(1).ofMaxSize(16).map(words -> String.join(" ", words));
    }

    /** Numbers are read during normalisation, paragraph by paragraph: the same as a scan of the raw text. */
    @Property(tries = 2000)
    void numbersReadWhileNormalisingAreTheRawTextsNumbers(@ForAll("numberTexts") String body) {
        Fingerprint fingerprint = new TextFingerprinter(DedupConfig.defaults()).fingerprint(body);
        assertThat(fingerprint.signature().numbers()).isEqualTo(NumberSketch.of(body));
    }

    @Provide
    Arbitrary<String> numberTexts() {
        return Arbitraries.strings().withChars("0123456789٠١٢۳,.: /\u00a0\u202f\u066b\u066c\n\r\u2028ab").ofMaxLength(40);
    }

    @Property(tries = 1000)
    void wordHashesAreTheHashesOfTheWords(@ForAll("paragraphs") java.util.List<String> paragraphs) {
        String normalised = DedupText.normalise(String.join("\n", paragraphs));
        long[] expected = DedupText.words(normalised).stream().mapToLong(TextFingerprinter::hashWord).toArray();
        assertThat(TextFingerprinter.wordHashes(normalised)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void fingerprintOfNormalisedTextEqualsFingerprintOfRawText(@ForAll String body) {
        TextFingerprinter fingerprinter = new TextFingerprinter(DedupConfig.defaults());
        Fingerprint fromNormalised = fingerprinter.fingerprintNormalised(DedupText.normalise(body));
        Fingerprint fromRaw = fingerprinter.fingerprint(body);
        // the number sketch is read from the raw text only (normalisation folds separators away)
        assertThat(fromNormalised.contentHash()).isEqualTo(fromRaw.contentHash());
        assertThat(fromNormalised.bandKeys()).isEqualTo(fromRaw.bandKeys());
        assertThat(fromNormalised.signature().values()).isEqualTo(fromRaw.signature().values());
        assertThat(fromRaw.signature().numbers()).isEqualTo(NumberSketch.of(body));
    }

    @Property(tries = 1000)
    void numberSketchNeverThrowsAndIsSymmetric(@ForAll String a, @ForAll String b) {
        NumberSketch x = NumberSketch.of(a);
        NumberSketch y = NumberSketch.of(b);
        assertThat(x.agreesWith(y)).isEqualTo(y.agreesWith(x));
        assertThat(x.agreesWith(x)).isTrue();
    }
}
