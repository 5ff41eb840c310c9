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
        assertThat(fingerprinter.fingerprintNormalised(DedupText.normalise(body)))
                .isEqualTo(fingerprinter.fingerprint(body));
    }
}
