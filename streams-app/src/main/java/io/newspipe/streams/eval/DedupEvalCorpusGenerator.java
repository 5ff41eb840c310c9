package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Builds the labelled dedup corpus from the hand-written base stories (resources
 * {@code base-articles-{en,ar,fr}.txt}), reproducibly (fixed seed). Positives (label 1), for every base
 * story: {@code intro_line}, {@code source_line}, {@code extra_paragraph}, {@code trimmed_ending},
 * {@code boilerplate}, {@code syndicated} (intro + extra paragraph + source line + boilerplate together),
 * {@code revision} (one number changed, one sentence added); for Arabic also {@code ortho_letters}
 * (hamza, tā' marbūṭa, yā'), {@code ortho_marks} (tatweel, diacritics), {@code ortho_persian} (ی, ک, plus
 * a source line). Negatives (label 0): {@code same_event} (two different stories about the same event,
 * sharing names and places, as written and with the second one syndicated), {@code shared_background}
 * (two stories on the same event, the second ending with the first one's background paragraph),
 * {@code same_template} (two stories written from the same template: match reports, weather alerts) and
 * {@code different_story} (random stories in the same language).
 *
 * <p>Run: {@code java ... io.newspipe.streams.eval.DedupEvalCorpusGenerator <out.jsonl>}; the committed corpus
 * is {@code streams-app/src/main/resources/io/newspipe/streams/eval/dedup/corpus.jsonl}. Not thread-safe.
 */
public final class DedupEvalCorpusGenerator {
    /** Resource folder of the base stories and the corpus. */
    public static final String RESOURCE_DIR = "/io/newspipe/streams/eval/dedup/";
    private static final long SEED = 20_261_129L;
    private static final int RANDOM_NEGATIVES_PER_LANGUAGE = 15;

    private final Random random = new Random(SEED);
    private final DedupEvalTransforms transforms = new DedupEvalTransforms(random);
    private final DedupEvalArabicVariants arabic = new DedupEvalArabicVariants(random);
    private final List<DedupEvalPair> pairs = new ArrayList<>();

    /** The whole corpus, in a fixed order. */
    public static List<DedupEvalPair> generate() {
        List<DedupEvalBaseArticle> base = new ArrayList<>();
        for (String lang : List.of("en", "ar", "fr")) {
            try (InputStream in = DedupEvalCorpusGenerator.class.getResourceAsStream(
                    RESOURCE_DIR + "base-articles-" + lang + ".txt")) {
                base.addAll(DedupEvalBaseArticle.parse(Objects.requireNonNull(in, "base articles " + lang)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DedupEvalCorpusGenerator generator = new DedupEvalCorpusGenerator();
        base.forEach(generator::positives);
        generator.negatives(base);
        return List.copyOf(generator.pairs);
    }

    private void positives(DedupEvalBaseArticle a) {
        List<String> p = a.paragraphs();
        String lang = a.lang();
        positive(a, "intro_line", transforms.introLine(p, lang));
        positive(a, "source_line", transforms.sourceLine(p, lang));
        positive(a, "extra_paragraph", transforms.extraParagraph(p, lang));
        positive(a, "trimmed_ending", transforms.trimmedEnding(p));
        positive(a, "boilerplate", transforms.boilerplate(p, lang));
        positive(a, "syndicated", transforms.boilerplate(transforms.sourceLine(
                transforms.extraParagraph(transforms.introLine(p, lang), lang), lang), lang));
        positive(a, "revision", transforms.revision(p, lang));
        if ("ar".equals(lang)) {
            positive(a, "ortho_letters", map(p, arabic::lettersVariant));
            positive(a, "ortho_marks", map(p, arabic::tatweelAndDiacritics));
            positive(a, "ortho_persian", transforms.sourceLine(map(p, arabic::persianLetters), lang));
        }
    }

    private void positive(DedupEvalBaseArticle a, String kind, List<String> b) {
        pairs.add(new DedupEvalPair(a.id() + "/" + kind, a.lang(), a.text(), String.join("\n\n", b), 1, kind));
    }

    private static List<String> map(List<String> paragraphs, UnaryOperator<String> f) {
        return paragraphs.stream().map(f).toList();
    }

    private void negatives(List<DedupEvalBaseArticle> base) {
        for (int i = 0; i < base.size(); i++) {
            for (int j = i + 1; j < base.size(); j++) {
                DedupEvalBaseArticle a = base.get(i);
                DedupEvalBaseArticle b = base.get(j);
                if (!a.lang().equals(b.lang())) {
                    continue;
                }
                if (!a.template().isEmpty() && a.template().equals(b.template())) {
                    negative(a, b, "same_template", b.paragraphs());
                    negative(a, b, "same_template", transforms.boilerplate(b.paragraphs(), b.lang()));
                } else if (a.event().equals(b.event())) {
                    negative(a, b, "same_event", b.paragraphs());
                    negative(a, b, "same_event", transforms.sourceLine(transforms.introLine(b.paragraphs(), b.lang()), b.lang()));
                    List<String> withBackground = new ArrayList<>(b.paragraphs());
                    withBackground.add(a.paragraphs().get(a.paragraphs().size() - 1));
                    negative(a, b, "shared_background", withBackground);
                }
            }
        }
        for (String lang : List.of("en", "ar", "fr")) {
            List<DedupEvalBaseArticle> sameLang = base.stream().filter(x -> x.lang().equals(lang)).toList();
            int made = 0;
            while (made < RANDOM_NEGATIVES_PER_LANGUAGE) {
                DedupEvalBaseArticle a = sameLang.get(random.nextInt(sameLang.size()));
                DedupEvalBaseArticle b = sameLang.get(random.nextInt(sameLang.size()));
                if (!a.event().equals(b.event()) && (a.template().isEmpty() || !a.template().equals(b.template()))) {
                    negative(a, b, "different_story", b.paragraphs());
                    made++;
                }
            }
        }
    }

    private void negative(DedupEvalBaseArticle a, DedupEvalBaseArticle b, String kind, List<String> bParagraphs) {
        String id = a.id() + "~" + b.id() + "/" + kind + "/" + pairs.size();
        pairs.add(new DedupEvalPair(id, a.lang(), a.text(), String.join("\n\n", bParagraphs), 0, kind));
    }

    /** Writes the corpus as JSON lines (id, lang, a, b, label, kind). */
    public static void write(List<DedupEvalPair> corpus, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (DedupEvalPair pair : corpus) {
                ObjectNode node = mapper.createObjectNode();
                node.put("id", pair.id()).put("lang", pair.lang()).put("a", pair.a()).put("b", pair.b())
                        .put("label", pair.label()).put("kind", pair.kind());
                if (pair.sameUrl()) {
                    node.put("same_url", true);
                }
                writer.write(mapper.writeValueAsString(node));
                writer.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DedupEvalCorpusGenerator <out.jsonl>");
            System.exit(2);
        }
        List<DedupEvalPair> corpus = generate();
        write(corpus, Path.of(args[0]));
        System.out.printf(Locale.ROOT, "wrote %d pairs (%d duplicates) to %s%n", corpus.size(),
                corpus.stream().filter(p -> p.label() == 1).count(), args[0]);
    }
}
