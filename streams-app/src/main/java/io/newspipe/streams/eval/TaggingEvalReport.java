package io.newspipe.streams.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of one tagging evaluation.
 *
 * <p>Its maps are its own copies but not read-only: thread-safe to read once built, as long as nobody writes to
 * them.
 *
 * @param articles number of articles
 * @param languageAccuracyFull share of articles whose language is right from headline and text
 * @param languageAccuracyHeadline share right from the headline alone
 * @param entitiesByLanguage entity counts per article language
 * @param entitiesByType entity counts per entity kind
 * @param entitiesOverall entity counts over everything
 * @param topicTop1 share of articles whose best topic (its top-level ancestor) is the labelled one
 * @param errors a few readable error lines (language and topic mistakes, missed and spurious entities)
 */
public record TaggingEvalReport(int articles, double languageAccuracyFull, double languageAccuracyHeadline,
        Map<String, Counts> entitiesByLanguage, Map<String, Counts> entitiesByType, Counts entitiesOverall,
        double topicTop1, List<String> errors) {

    public TaggingEvalReport {
        entitiesByLanguage = new TreeMap<>(entitiesByLanguage);
        entitiesByType = new TreeMap<>(entitiesByType);
        errors = List.copyOf(errors);
    }

    /**
     * True positives, false positives and false negatives.
     *
     * @param tp entities found and labelled
     * @param fp entities found, not labelled
     * @param fn entities labelled, not found
     */
    public record Counts(int tp, int fp, int fn) {
        /** Sum of two counts. */
        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        /** Precision (1 when nothing was found). */
        public double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        /** Recall (1 when nothing was labelled). */
        public double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "  %-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", name,
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** A readable table of the figures. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Tagging evaluation on %d articles%n", articles));
        sb.append(String.format(Locale.ROOT, "Language accuracy: full text %.3f, headline only %.3f%n",
                languageAccuracyFull, languageAccuracyHeadline));
        sb.append(String.format(Locale.ROOT, "Topic top-1 accuracy: %.3f%n", topicTop1));
        sb.append("Entities by language:\n");
        entitiesByLanguage.forEach((k, v) -> sb.append(v.row(k)));
        sb.append("Entities by type:\n");
        entitiesByType.forEach((k, v) -> sb.append(v.row(k)));
        sb.append(entitiesOverall.row("overall"));
        return sb.toString();
    }
}
