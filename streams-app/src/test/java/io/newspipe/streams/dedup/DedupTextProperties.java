package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DedupTextProperties {
    @Property(tries = 2000)
    void normaliseIsIdempotentAndNeverThrows(@ForAll String body) {
        String once = DedupText.normalise(body);
        assertThat(DedupText.normalise(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\n\n").doesNotStartWith("\n");
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
