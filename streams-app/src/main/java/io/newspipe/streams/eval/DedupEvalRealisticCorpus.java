package io.newspipe.streams.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds the realistic dedup corpus (README in resource folder {@value #DIR}), reproducibly (fixed seed),
 * from real article bodies (the aeb pages through the project's extractor, {@code aeb-en.jsonl}),
 * hand-written Arabic and French news stories grouped by event ({@code base-{ar,fr}.txt}) and template
 * briefs ({@code briefs-{en,fr,ar}.txt}). Positives are copies as republishing sites and later revisions
 * make them ({@link DedupEvalRewrites}, {@link DedupEvalSpelling}, {@link DedupEvalArabicVariants});
 * negatives are different stories that share a lot: same event, follow-ups reusing background, two posts
 * of one live blog, short stories wrapped in the same site boilerplate, briefs from one template. Kafka-free;
 * not thread-safe (use {@link #generate()}, which makes a fresh generator).
 */
public final class DedupEvalRealisticCorpus {
    /** Resource folder of the realistic corpus's inputs. */
    public static final String DIR = DedupEvalCorpusGenerator.RESOURCE_DIR + "realistic/";
    private static final long SEED = 2_026_112_902L;
    private static final int AEB_KINDS_PER_STORY = 3;
    private static final int BRIEF_NEGATIVES_PER_TEMPLATE = 12;
    private static final int BRIEF_COPIES_PER_TEMPLATE = 2;
    private static final int RANDOM_NEGATIVES_PER_LANGUAGE = 20;

    private final Random random = new Random(SEED);
    private final DedupEvalRewrites rewrites = new DedupEvalRewrites(random);
    private final DedupEvalArabicVariants arabic = new DedupEvalArabicVariants(random);
    private final DedupEvalBriefs briefs = new DedupEvalBriefs(random);
    private final DedupEvalHardNegatives hard = new DedupEvalHardNegatives(random, rewrites);
    private final List<DedupEvalPair> pairs = new ArrayList<>();

    private DedupEvalRealisticCorpus() {
    }

    /** The whole corpus, in a fixed order; identical on every call. */
    public static List<DedupEvalPair> generate() {
        List<DedupEvalStory> allAeb = load("aeb-en.jsonl", DedupEvalStory::parseAeb);
        List<DedupEvalStory> liveBlogSources = DedupEvalHardNegatives.liveBlogSources(allAeb);
        List<DedupEvalStory> aeb = allAeb.stream().filter(s -> !liveBlogSources.contains(s)).toList();
        List<DedupEvalStory> ar = load("base-ar.txt", in -> DedupEvalStory.parseText(in, "ar"));
        List<DedupEvalStory> fr = load("base-fr.txt", in -> DedupEvalStory.parseText(in, "fr"));
        DedupEvalRealisticCorpus g = new DedupEvalRealisticCorpus();
        List<String> kinds = g.kinds("en");
        for (int i = 0; i < aeb.size(); i++) {
            int made = 0;
            for (int k = 0; k < kinds.size() && made < AEB_KINDS_PER_STORY; k++) {
                made += g.positive(aeb.get(i), kinds.get((i * AEB_KINDS_PER_STORY + k) % kinds.size())) ? 1 : 0;
            }
        }
        for (DedupEvalStory s : concat(ar, fr)) {
            g.kinds(s.lang()).forEach(kind -> g.positive(s, kind));
        }
        g.pairs.addAll(g.hard.sameEvent(ar));
        g.pairs.addAll(g.hard.sameEvent(fr));
        g.pairs.addAll(g.hard.liveBlogs(liveBlogSources));
        g.pairs.addAll(g.hard.siteBoilerplate(aeb));
        g.pairs.addAll(g.hard.recapAndBackground(aeb));
        for (String lang : List.of("en", "fr", "ar")) {
            g.briefPairs(load("briefs-" + lang + ".txt", in -> DedupEvalBriefs.templates(in, lang)));
        }
        g.randomNegatives(aeb);
        g.randomNegatives(ar);
        g.randomNegatives(fr);
        return List.copyOf(g.pairs);
    }

    private static <T> List<T> load(String name, Function<InputStream, List<T>> parser) {
        try (InputStream in = DedupEvalRealisticCorpus.class.getResourceAsStream(DIR + name)) {
            return parser.apply(Objects.requireNonNull(in, "resource " + DIR + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<DedupEvalStory> concat(List<DedupEvalStory> x, List<DedupEvalStory> y) {
        List<DedupEvalStory> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    private List<String> kinds(String lang) {
        List<String> kinds = new ArrayList<>(List.of("wire_lede", "dateline_source", "paragraph_added",
                "paragraph_cut", "reordered", "typo_fix", "number_format", "syndicated_heavy",
                "revision_correction", "revision_update"));
        switch (lang) {
            case "en" -> kinds.add("spelling_uk");
            case "fr" -> kinds.add("capital_accents");
            default -> kinds.addAll(List.of("ortho_letters", "ortho_marks", "ortho_persian"));
        }
        return kinds;
    }

    /** Adds the pair unless the edit changed nothing (no US spelling, no number to reformat, ...). */
    private boolean positive(DedupEvalStory s, String kind) {
        List<String> p = s.paragraphs();
        String lang = s.lang();
        List<String> a = p;
        List<String> b = switch (kind) {
            case "wire_lede" -> rewrites.withSourceLine(rewrites.rewrittenLede(p, s.title(), lang), lang);
            case "dateline_source" -> rewrites.withSourceLine(rewrites.toggleDateline(p, lang), lang);
            case "paragraph_added" -> rewrites.extendedEnd(p, lang);
            case "paragraph_cut" -> rewrites.cutEnd(p, 0.6);
            case "reordered" -> rewrites.reordered(p);
            case "number_format" -> map(p, t -> DedupEvalSpelling.numbers(t, lang));
            case "spelling_uk" -> map(p, DedupEvalSpelling::british);
            case "capital_accents" -> map(p, DedupEvalRealisticCorpus::plainCapitals);
            case "ortho_letters" -> map(p, arabic::lettersVariant);
            case "ortho_marks" -> map(p, arabic::tatweelAndDiacritics);
            case "ortho_persian" -> map(p, t -> loanwordVe(arabic.persianLetters(t)));
            case "syndicated_heavy" -> syndicatedHeavy(s);
            case "revision_correction" -> rewrites.corrected(p, lang);
            case "revision_update" -> rewrites.updated(p, lang);
            case "typo_fix" -> p;
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        if ("typo_fix".equals(kind)) {
            a = rewrites.withTypos(p, 2 + p.size() / 3);
        }
        if (a.equals(b)) {
            return false;
        }
        pairs.add(new DedupEvalPair(s.id() + "/" + kind, lang, String.join("\n\n", a), String.join("\n\n", b), 1,
                kind, kind.startsWith("revision_")));
        return true;
    }

    /** Everything a republishing site does at once: own lede, trimmed end, boilerplate, local spelling. */
    private List<String> syndicatedHeavy(DedupEvalStory s) {
        String lang = s.lang();
        List<String> p = rewrites.rewrittenLede(s.paragraphs(), s.title(), lang);
        p = rewrites.withSourceLine(rewrites.withBoilerplate(rewrites.cutEnd(p, 0.7), lang), lang);
        return switch (lang) {
            case "en" -> map(p, DedupEvalSpelling::british);
            case "fr" -> map(p, DedupEvalRealisticCorpus::plainCapitals);
            default -> map(p, arabic::lettersVariant);
        };
    }

    private void briefPairs(List<DedupEvalStory> templates) {
        int n = 0;
        for (DedupEvalStory t : templates) {
            for (int i = 0; i < BRIEF_NEGATIVES_PER_TEMPLATE; i++) {
                DedupEvalStory a = briefs.instantiate(t, n++);
                DedupEvalStory b = briefs.instantiate(t, n++);
                if (!a.text().equals(b.text())) {
                    pairs.add(new DedupEvalPair(a.id() + "~" + b.id() + "/template_brief", t.lang(), a.text(),
                            b.text(), 0, "template_brief"));
                }
            }
            for (int i = 0; i < BRIEF_COPIES_PER_TEMPLATE; i++) {
                DedupEvalStory a = briefs.instantiate(t, n++);
                List<String> copy = rewrites.withSourceLine(rewrites.toggleDateline(a.paragraphs(), t.lang()), t.lang());
                pairs.add(new DedupEvalPair(a.id() + "/brief_copy", t.lang(), a.text(), String.join("\n\n", copy), 1,
                        "brief_copy"));
            }
        }
    }

    private void randomNegatives(List<DedupEvalStory> stories) {
        int made = 0;
        while (made < RANDOM_NEGATIVES_PER_LANGUAGE) {
            DedupEvalStory a = stories.get(random.nextInt(stories.size()));
            DedupEvalStory b = stories.get(random.nextInt(stories.size()));
            if (!a.event().equals(b.event())) {
                pairs.add(new DedupEvalPair(a.id() + "~" + b.id() + "/different_story/" + made, a.lang(), a.text(),
                        b.text(), 0, "different_story"));
                made++;
            }
        }
    }

    private static List<String> map(List<String> paragraphs, UnaryOperator<String> f) {
        return paragraphs.stream().map(f).toList();
    }

    /** French capitals written without their accent (É → E, À → A), as many sites and keyboards do. */
    static String plainCapitals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int i = "ÀÂÉÈÊËÎÏÔÛÙÇ".indexOf(c);
            out.append(i < 0 ? c : "AAEEEEIIOUUC".charAt(i));
        }
        return out.toString();
    }

    /** ڤ for the v of loanwords (fuel, video), as Levantine and Maghrebi sites write it. */
    static String loanwordVe(String text) {
        return text.replace("فيول", "ڤيول").replace("فيديو", "ڤيديو");
    }

    /** Stories sorted by word count, shortest first (short stories are where shared boilerplate bites). */
    static List<DedupEvalStory> byLength(List<DedupEvalStory> stories) {
        return stories.stream().sorted(Comparator.comparingInt(DedupEvalStory::words)
                .thenComparing(DedupEvalStory::id)).toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DedupEvalRealisticCorpus <out.jsonl>");
            System.exit(2);
        }
        List<DedupEvalPair> corpus = generate();
        DedupEvalCorpusGenerator.write(corpus, Path.of(args[0]));
        System.out.printf(Locale.ROOT, "wrote %d pairs (%d duplicates) to %s%n", corpus.size(),
                corpus.stream().filter(p -> p.label() == 1).count(), args[0]);
    }
}
