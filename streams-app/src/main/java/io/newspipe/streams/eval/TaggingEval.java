package io.newspipe.streams.eval;

import io.newspipe.streams.tag.ArticleTagger;
import io.newspipe.streams.tag.DetectedLanguage;
import io.newspipe.streams.tag.EntityTag;
import io.newspipe.streams.tag.NameFold;
import io.newspipe.streams.tag.Tags;
import io.newspipe.streams.tag.TaggerResources;
import io.newspipe.streams.tag.TopicTaxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the tagger on labelled articles: language accuracy (full text and headline alone), entity
 * precision, recall and F1 by language and by type (an entity counts once per article; it matches
 * a label of the same type with the same id, or, when the label has no id, the same name up to case, accents,
 * spaces and punctuation, see {@link #sameName}), and topic
 * top-1 accuracy (the best topic's top-level ancestor against the label). Stateless; thread-safe as far as the
 * tagger it is given is.
 */
public final class TaggingEval {
    private static final int MAX_ERRORS = 400;

    private TaggingEval() {
    }

    /** Evaluates {@code tagger} on {@code articles}. */
    public static TaggingEvalReport run(ArticleTagger tagger, List<TaggingEvalSet.LabelledArticle> articles) {
        Objects.requireNonNull(tagger, "tagger");
        TopicTaxonomy taxonomy = TaggerResources.shared().taxonomy();
        int langFull = 0;
        int langHead = 0;
        int topicRight = 0;
        Map<String, TaggingEvalReport.Counts> byLanguage = new HashMap<>();
        Map<String, TaggingEvalReport.Counts> byType = new HashMap<>();
        TaggingEvalReport.Counts overall = new TaggingEvalReport.Counts(0, 0, 0);
        List<String> errors = new ArrayList<>();
        for (TaggingEvalSet.LabelledArticle a : articles) {
            Tags tags = tagger.tag(a.title(), a.body(), null);
            DetectedLanguage head = tagger.language(a.title(), null, null);
            langFull += Objects.equals(tags.language(), a.language()) ? 1 : 0;
            langHead += Objects.equals(head.code(), a.language()) ? 1 : 0;
            if (!Objects.equals(tags.language(), a.language()) || !Objects.equals(head.code(), a.language())) {
                note(errors, a.id() + " language: full " + tags.language() + ", headline " + head.code());
            }
            String best = tags.topics().isEmpty() ? null : taxonomy.topLevelOf(tags.topics().get(0).code());
            if (Objects.equals(best, a.topic())) {
                topicRight++;
            } else {
                note(errors, a.id() + " topic: got " + best + ", want " + a.topic());
            }
            for (Map.Entry<String, TaggingEvalReport.Counts> e : compare(a, tags.entities(), errors).entrySet()) {
                byType.merge(e.getKey(), e.getValue(), TaggingEvalReport.Counts::plus);
                byLanguage.merge(a.language(), e.getValue(), TaggingEvalReport.Counts::plus);
                overall = overall.plus(e.getValue());
            }
        }
        int n = Math.max(1, articles.size());
        return new TaggingEvalReport(articles.size(), langFull / (double) n, langHead / (double) n, byLanguage, byType,
                overall, topicRight / (double) n, errors);
    }

    private static Map<String, TaggingEvalReport.Counts> compare(TaggingEvalSet.LabelledArticle a,
            List<EntityTag> found, List<String> errors) {
        Map<String, TaggingEvalReport.Counts> counts = new HashMap<>();
        List<EntityTag> unmatched = new ArrayList<>(found);
        for (TaggingEvalSet.GoldEntity gold : a.entities()) {
            EntityTag hit = null;
            for (EntityTag e : unmatched) {
                if (matches(gold, e)) {
                    hit = e;
                    break;
                }
            }
            String type = gold.type().name();
            if (hit != null) {
                unmatched.remove(hit);
                counts.merge(type, new TaggingEvalReport.Counts(1, 0, 0), TaggingEvalReport.Counts::plus);
            } else {
                counts.merge(type, new TaggingEvalReport.Counts(0, 0, 1), TaggingEvalReport.Counts::plus);
                note(errors, a.id() + " missed " + type + ":" + gold.name());
            }
        }
        for (EntityTag e : unmatched) {
            counts.merge(e.type().name(), new TaggingEvalReport.Counts(0, 1, 0), TaggingEvalReport.Counts::plus);
            note(errors, a.id() + " spurious " + e.type() + ":" + e.name() + " " + e.mentions());
        }
        return counts;
    }

    static boolean matches(TaggingEvalSet.GoldEntity gold, EntityTag found) {
        if (gold.type() != found.type()) {
            return false;
        }
        return gold.id() != null ? gold.id().equals(found.id()) : sameName(gold.name(), found.name());
    }

    /**
     * Whether two names without ids are the same name: compared on letters and digits only, lower-cased and
     * without accents. A label written "Al-Busayrah" or "Abdulqadir al-Dakhil" names the same thing as a tag
     * written "Al Busayrah" or "Abdul Qadir al-Dakhil"; hyphens, spaces and apostrophes in romanised names are a
     * spelling choice, not a different entity. Nothing looser (no prefix, substring or edit distance).
     */
    static boolean sameName(String label, String found) {
        return folded(label).equals(folded(found));
    }

    private static String folded(String name) {
        String letters = NameFold.letters(name); // the tagger's own fold, so that both compare names alike
        return letters.isEmpty() ? name.toLowerCase(Locale.ROOT) : letters;
    }

    private static void note(List<String> errors, String line) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(line);
        }
    }

    /**
     * Prints the report for the bundled set, for a bundled set named by
     * {@code --set main|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|all}, or for the files given as arguments;
     * {@code --errors} also prints the mistakes.
     */
    public static void main(String[] args) throws IOException {
        boolean showErrors = false;
        String set = null;
        List<TaggingEvalSet.LabelledArticle> articles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--errors")) {
                showErrors = true;
            } else if (args[i].equals("--set") && i + 1 < args.length) {
                set = args[++i];
            } else {
                articles.addAll(TaggingEvalSet.load(Path.of(args[i])));
            }
        }
        if (set != null) {
            articles.addAll(TaggingEvalSet.named(set));
        } else if (articles.isEmpty()) {
            articles = TaggingEvalSet.bundled();
        }
        TaggingEvalReport report = run(new ArticleTagger(), articles);
        System.out.println("Set: " + (set != null ? set : args.length > (showErrors ? 1 : 0) ? "files" : "main"));
        System.out.print(report.format());
        if (showErrors) {
            report.errors().forEach(System.out::println);
        }
    }
}
