package io.newspipe.bench;

import io.newspipe.bench.BenchPage.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Generates a bench corpus of any size from a list of source pages, deterministically. Out of every
 * 20 pages, 14 are originals (a source page at a new URL with every paragraph marked with the
 * variant number, so its content is new), 3 are copies of an earlier original at another URL, 2 are
 * revisions of an earlier original (same URL, changed paragraphs) and 1 is a re-fetch of an earlier
 * original (same URL, same bytes). Originals and copies each have a URL no other page has.
 *
 * <p>Markers are ASCII, inserted before each {@code </p>} on the bytes read as ISO-8859-1, so pages
 * in any ASCII-compatible charset (windows-1256 included) keep their encoding. Stateless and thread-safe.
 */
public final class BenchCorpus {
    private static final int CYCLE = 20;
    private static final int ORIGINALS = 14;
    private static final int COPIES = 3;
    private static final int REVISIONS = 2;

    private static final java.util.regex.Pattern DECLARED_URL = java.util.regex.Pattern.compile(
            "<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>|<meta\\b[^>]*[\"']og:url[\"'][^>]*>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * First variant of the warm-up's corpora ({@link PipelineBench}). The warm-up, the timed batch and the paced
     * phases draw their variants from [36^4, 36^5), so the suffix {@link #reword} gives every third word has five
     * base-36 digits in each of them: the warm-up's text is shaped like the text it warms the JIT up for. (With
     * the timed batch at variant 0 its suffixes had one to three digits against the warm-up's five, and code
     * paths the warm-up had never run were compiled during the drain: docs/performance.md, session 18.)
     */
    public static final int WARMUP_VARIANTS = 9_000_000;
    /** First variant of the timed batch (see {@link #WARMUP_VARIANTS}). */
    public static final int TIMED_VARIANTS = 3_000_000;

    private BenchCorpus() {
    }

    /** First variant of paced phase {@code phase} (1-based; see {@link #WARMUP_VARIANTS}). */
    public static int phaseVariants(int phase) {
        if (phase < 1 || phase > 4) {
            throw new IllegalArgumentException("phase " + phase + " is not in 1..4");
        }
        return (3 + phase) * 1_000_000;
    }

    /**
     * {@code count} pages; {@code firstVariant} offsets the variant numbers so two corpora from the
     * same sources (preload and latency phases) do not collide.
     */
    public static List<BenchPage> generate(List<SourcePage> sources, int count, int firstVariant) {
        Objects.requireNonNull(sources, "sources");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source pages");
        }
        List<BenchPage> pages = new ArrayList<>(count);
        List<BenchPage> originals = new ArrayList<>();
        int variant = firstVariant;
        for (int i = 0; i < count; i++) {
            int slot = i % CYCLE;
            if (slot < ORIGINALS || originals.isEmpty()) {
                SourcePage s = sources.get(variant % sources.size());
                BenchPage original = new BenchPage(variantUrl(s.url(), variant),
                        reword(mark(withoutDeclaredUrl(s.body()), "v" + variant), variant), s.contentType(),
                        Kind.ORIGINAL);
                originals.add(original);
                pages.add(original);
                variant++;
                continue;
            }
            // an earlier original, spread over the corpus rather than always the latest one
            BenchPage earlier = originals.get((int) ((i * 7919L) % originals.size()));
            if (slot < ORIGINALS + COPIES) {
                pages.add(new BenchPage("https://copies.bench.example/" + firstVariant + "/" + i, earlier.body(),
                        earlier.contentType(), Kind.COPY));
            } else if (slot < ORIGINALS + COPIES + REVISIONS) {
                pages.add(new BenchPage(earlier.url(), mark(earlier.body(), "r" + i), earlier.contentType(),
                        Kind.REVISION));
            } else {
                pages.add(new BenchPage(earlier.url(), earlier.body(), earlier.contentType(), Kind.REFETCH));
            }
        }
        return pages;
    }

    static String variantUrl(String url, int variant) {
        int hash = url.indexOf('#');
        String base = hash >= 0 ? url.substring(0, hash) : url;
        return base + (base.indexOf('?') >= 0 ? "&" : "?") + "np-bench=" + variant;
    }

    /**
     * The page without its declared canonical URL ({@code rel=canonical}, {@code og:url}): the canonical
     * URL a page declares on its own site wins over the fetched one, so every variant of one source page
     * would otherwise be the same article, and the bench would measure revisions instead of new articles.
     */
    static byte[] withoutDeclaredUrl(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String stripped = DECLARED_URL.matcher(text).replaceAll("");
        return stripped.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The page with about one word in three of its text (outside tags) given a suffix of the variant
     * number, chosen by a hash of the variant and the word's position: two variants of one source then
     * share under a third of their word 3-shingles, so each is a new story to dedup rather than a
     * near-duplicate of the other (a paragraph mark alone left them near-duplicates). Non-ASCII bytes count
     * as word bytes, so a suffix never splits a UTF-8 sequence.
     */
    static byte[] reword(byte[] body, int variant) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String suffix = "q" + Integer.toString(variant, 36);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        boolean inTag = false;
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && isWordByte(c) && (i + 1 == text.length() || !isWordByte(text.charAt(i + 1)))
                    && Math.floorMod(mix(variant * 1_000_003L + word++), 3) == 0) {
                out.append(suffix);
            }
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean isWordByte(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53ef63bL;
        return z ^ (z >>> 33);
    }

    /** Appends {@code " [tag]"} to every paragraph; a page without {@code </p>} gets it before {@code </body>}. */
    static byte[] mark(byte[] body, String tag) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String marker = " [" + tag + "]";
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int from = 0;
        int at;
        while ((at = lower.indexOf("</p>", from)) >= 0) {
            out.append(text, from, at).append(marker);
            from = at;
            out.append(text, from, from + 4);
            from += 4;
        }
        out.append(text, from, text.length());
        String marked = out.toString();
        if (from == 0) {
            int end = lower.lastIndexOf("</body>");
            marked = end < 0 ? text + marker : text.substring(0, end) + "<p>" + marker + "</p>" + text.substring(end);
        }
        return marked.getBytes(StandardCharsets.ISO_8859_1);
    }
}
