package io.newspipe.streams.dedup.bench;

import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.MinHashSignature;
import io.newspipe.streams.dedup.NearDuplicateIndex;
import io.newspipe.streams.dedup.TextFingerprinter;
import io.newspipe.streams.eval.DedupEvalPair;
import io.newspipe.streams.eval.DedupEval;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Micro-benchmark of the dedup stage's Kafka-free work, on one thread: (1) normalisation, fingerprint,
 * index lookup and insert per article, over distinct synthetic articles (16 random paragraphs of the
 * corpus' base stories each by default, about 500 words, so exact-copy shortcuts do not flatter the figure) with a syndicated copy
 * every fifth article, timed in thread CPU time; (2) state bytes per article at one million
 * articles with simulated signatures and realistic URLs, measured on the codec output. Run:
 * {@code java -cp <test and main classes + jackson> io.newspipe.streams.dedup.bench.DedupBench [articles [paragraphs per article]]}.
 */
public final class DedupBench {
    private DedupBench() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        DedupConfig config = DedupConfig.defaults();
        List<String> paragraphs = new ArrayList<>();
        for (DedupEvalPair pair : DedupEval.bundledCorpus()) {
            if (pair.label() == 0) {
                for (String p : pair.a().split("\n\n")) {
                    paragraphs.add(p);
                }
            }
        }
        List<String> distinct = paragraphs.stream().distinct().toList();
        run(config, distinct, Math.min(20_000, articles), perArticle, "warm-up");
        run(config, distinct, articles, perArticle, "measured");
        stateAtOneMillion(config);
    }

    /** Articles of {@code perArticle} random paragraphs plus a unique line; every fifth one a copy of an earlier one with an intro line. */
    private static void run(DedupConfig config, List<String> paragraphs, int articles, int perArticle, String label) {
        SplittableRandom random = new SplittableRandom(42);
        List<String> bodies = new ArrayList<>(articles);
        long chars = 0;
        for (int i = 0; i < articles; i++) {
            String body;
            if (i % 5 == 4) {
                body = "NEWSROOM (Wire) - " + bodies.get(random.nextInt(i));
            } else {
                StringBuilder b = new StringBuilder();
                for (int p = 0; p < perArticle; p++) {
                    b.append(paragraphs.get(random.nextInt(paragraphs.size()))).append(p % 3 == 2 ? "\n\n" : " ");
                }
                body = b.append("Reference ").append(i).append(" filed by desk ").append(i * 7919L).toString();
            }
            bodies.add(body);
            chars += body.length();
        }
        TextFingerprinter fingerprinter = new TextFingerprinter(config);
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int duplicates = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            Fingerprint fingerprint = fingerprinter.fingerprint(bodies.get(i));
            if (index.findDuplicate(fingerprint).isPresent()) {
                duplicates++;
            } else {
                index.add(ArticleIds.idOf("https://example.com/a/" + i), 1_764_374_400_000L + i * 1000L, fingerprint);
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-9s %,d articles (%,d chars each on average): %,.0f articles/s per CPU-second "
                        + "(%.2f s CPU, %.2f s wall on a shared machine); %,d duplicates, %,d indexed%n", label, articles,
                chars / articles, articles / cpu, cpu, wall, duplicates, index.size());
    }

    private static void stateAtOneMillion(DedupConfig config) {
        DedupStateCodec codec = new DedupStateCodec(config);
        SplittableRandom random = new SplittableRandom(7);
        String[] slugs = {"world/2025/11/29/magnitude-6-1-earthquake-strikes-eastern-turkey-killing-14",
                "news/2025/11/29/%D8%B2%D9%84%D8%B2%D8%A7%D9%84-%D9%8A%D8%B6%D8%B1%D8%A8-%D9%85%D9%84%D8%A7%D8%B7%D9%8A%D8%A9",
                "international/article/2025/11/29/seisme-en-turquie-au-moins-14-morts",
                "economy/central-bank-holds-rates-as-inflation-eases"};
        long total = 0;
        long articleRecords = 0;
        int max = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            int[] values = new int[config.numHashes()];
            for (int j = 0; j < values.length; j++) {
                values[j] = random.nextInt(1 << config.signatureBits());
            }
            String url = "https://www.site" + (i % 500) + ".example/" + slugs[i % slugs.length] + "-" + i;
            ArticleState state = new ArticleState(1_764_374_400_000L + i, random.nextLong(), 1,
                    new MinHashSignature(values, config.signatureBits(), 150 + random.nextInt(600)), url);
            int bytes = codec.bytesPerArticle(state);
            total += bytes;
            articleRecords += 8 + codec.encodeArticle(state).length;
            max = Math.max(max, bytes);
        }
        System.out.printf(Locale.ROOT, "state at 1,000,000 articles: %,d bytes total, %.1f bytes/article "
                        + "(article record %.1f + %d bands x %d), max %d; %.0f MB per million before store overhead%n",
                total, total / (double) n, articleRecords / (double) n, config.bands(), DedupStateCodec.BAND_ENTRY_BYTES,
                max, total / 1e6);
    }
}
