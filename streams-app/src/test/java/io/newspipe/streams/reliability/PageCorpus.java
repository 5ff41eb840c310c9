package io.newspipe.streams.reliability;

import io.newspipe.avro.RawPage;
import io.newspipe.schemas.NewsSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic stream of raw pages for the crash tests: new articles (distinct bodies of 200+
 * words), wire copies of earlier bodies at other URLs, unchanged re-fetches of a URL, revisions of a
 * URL (its body plus a correction), and undecodable records. Fetch times increase with position, so a
 * URL's later revision is always the later fetch. Immutable once built; thread-safe.
 */
public final class PageCorpus {
    private static final Instant T0 = Instant.parse("2026-01-05T06:00:00Z");
    private static final String[] WORDS = ("harbor council minister strike vote budget river bridge school "
            + "hospital court police union farmers market prices energy grid storm flood rescue workers "
            + "election mayor parliament border trade talks ceasefire village museum festival railway "
            + "airport drought harvest bank inflation wages teachers doctors nurses province capital "
            + "coast island mountain factory export import ministry agency report survey census").split(" ");

    /** What a fed page is expected to become, ignoring which of two copies wins the race. */
    public enum Kind { NEW, COPY, REFETCH, REVISION, BROKEN }

    /** One record to feed: its key (the URL), value bytes and kind. */
    public record Fed(String url, byte[] value, Kind kind) {
    }

    private final List<Fed> pages;

    private PageCorpus(List<Fed> pages) {
        this.pages = List.copyOf(pages);
    }

    public List<Fed> pages() {
        return pages;
    }

    public long count(Kind kind) {
        return pages.stream().filter(p -> p.kind() == kind).count();
    }

    /** {@code n} pages: about 60 % new, 10 % copies, 10 % re-fetches, 15 % revisions, 5 % broken. */
    public static PageCorpus generate(int n, long seed) {
        Random random = new Random(seed);
        List<String> urls = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        List<Fed> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int roll = urls.isEmpty() ? 0 : random.nextInt(100);
            Instant fetched = T0.plusSeconds(i);
            if (roll < 60) {
                String url = String.format(Locale.ROOT, "https://site%d.example/news/%d/story-%d", i % 7, i / 50, i);
                String body = body(random, i, 4);
                urls.add(url);
                bodies.add(body);
                ids.add(i);
                out.add(new Fed(url, encode(url, html(i, body), fetched), Kind.NEW));
            } else if (roll < 70) {
                int of = random.nextInt(urls.size());
                String url = String.format(Locale.ROOT, "https://wire%d.example/copy/%d", i % 3, i);
                out.add(new Fed(url, encode(url, html(i, bodies.get(of)), fetched), Kind.COPY));
            } else if (roll < 80) {
                int of = random.nextInt(urls.size());
                out.add(new Fed(urls.get(of), encode(urls.get(of), html(ids.get(of), bodies.get(of)), fetched),
                        Kind.REFETCH));
            } else if (roll < 95) {
                int of = random.nextInt(urls.size());
                String revised = bodies.get(of) + "<p>Correction " + i + ": an earlier version of this report "
                        + "misstated the figures given by the " + word(random) + " office.</p>";
                bodies.set(of, revised);
                out.add(new Fed(urls.get(of), encode(urls.get(of), html(ids.get(of), revised), fetched), Kind.REVISION));
            } else {
                String url = "https://broken.example/item/" + i;
                out.add(new Fed(url, new byte[] {(byte) 0xC3, 0x01, (byte) i, 7, 7}, Kind.BROKEN));
            }
        }
        return new PageCorpus(out);
    }

    private static String body(Random random, int id, int paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            sb.append("<p>");
            if (p == 0) {
                sb.append("Report number ").append(id).append(". ");
            }
            for (int w = 0; w < 55; w++) {
                sb.append(word(random)).append(w % 11 == 10 ? ". " : " ");
            }
            sb.append("end.</p>\n");
        }
        return sb.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String html(int id, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story " + id
                + " | Example News</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">"
                + "World</a></nav></header><main><article><h1>Story " + id + "</h1>\n" + body
                + "</article></main><footer><p>© Example News</p></footer></body></html>";
    }

    private static byte[] encode(String url, String html, Instant fetched) {
        RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setHttpStatus(200)
                .setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(null)
                .setCrawlMetadata(Map.of()).build();
        return NewsSerdes.rawPage().encode(page);
    }
}
