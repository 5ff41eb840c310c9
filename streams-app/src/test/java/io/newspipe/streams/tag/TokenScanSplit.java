package io.newspipe.streams.tag;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: CPU microseconds per article of the linker's per-word scans, each text freshly tokenised
 * (untimed) as in the tagger, best of several passes: the first pass over the folded words (it works out every
 * word's {@link String#hashCode}, cached afterwards), the entity start flags and the covering-name scan each over
 * every word, the two in one loop ({@link NameStarts#ALSO}), and an Arabic-script word's clitic forms made three
 * times ({@link ArabicClitics#lookupForms}) or remembered ({@link ArabicClitics#formsOf}). Texts as
 * {@link TagCostSplit} reads them. Usage: {@code java -cp "streams-app/target/test-classes:streams-app/target/classes:
 * launcher/target/lib/*" io.newspipe.streams.tag.TokenScanSplit <texts file> [passes]}.
 */
public final class TokenScanSplit {
    private static final String[] PARTS = {"first hash pass", "start flags, then covering scan",
        "start flags with covering flag, flagged covering scan", "clitic forms 3x lookupForms",
        "clitic forms 3x formsOf"};
    private static long sink;

    private TokenScanSplit() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> texts = TagCostSplit.read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        EntityDictionary dictionary = TaggerResources.shared().dictionary();
        CoveringNames covering = CoveringNames.shared();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] best = new long[PARTS.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int p = 0; p < passes; p++) {
            long[] nanos = new long[PARTS.length];
            for (String[] t : texts) {
                for (int part = 0; part < 2; part++) {
                    List<Token> tokens = TokenizedText.of(t[part]).tokens();
                    long c0 = threads.getCurrentThreadCpuTime();
                    for (Token token : tokens) {
                        sink += token.folded().hashCode();
                    }
                    long c1 = threads.getCurrentThreadCpuTime();
                    sink += dictionary.startFlags(tokens).length + length(covering.coverEnds(tokens));
                    long c2 = threads.getCurrentThreadCpuTime();
                    byte[] flags = dictionary.startFlags(tokens, covering.openers());
                    sink += flags.length + length(covering.coverEnds(tokens, flags, NameStarts.ALSO));
                    long c3 = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < 3; r++) {
                        for (Token token : tokens) {
                            sink += token.arabicScript() ? ArabicClitics.lookupForms(token.folded()).size() : 0;
                        }
                    }
                    long c4 = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < 3; r++) {
                        for (Token token : tokens) {
                            sink += token.arabicScript() ? ArabicClitics.formsOf(token.folded()).size() : 0;
                        }
                    }
                    long c5 = threads.getCurrentThreadCpuTime();
                    long[] at = {c0, c1, c2, c3, c4, c5};
                    for (int k = 0; k < PARTS.length; k++) {
                        nanos[k] += at[k + 1] - at[k];
                    }
                }
            }
            for (int k = 0; k < PARTS.length; k++) {
                best[k] = Math.min(best[k], nanos[k]);
            }
        }
        for (int k = 0; k < PARTS.length; k++) {
            System.out.printf(Locale.ROOT, "%-55s %7.1f us/article%n", PARTS[k], best[k] / 1e3 / texts.size());
        }
        System.out.printf(Locale.ROOT, "(best of %d passes, %d articles, title and body; checksum %d)%n", passes,
                texts.size(), sink & 0xFF);
    }

    private static int length(int[] ends) {
        return ends == null ? 0 : ends.length;
    }
}
