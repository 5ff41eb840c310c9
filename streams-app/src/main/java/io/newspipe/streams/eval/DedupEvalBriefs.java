package io.newspipe.streams.eval;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short template briefs (weather, markets, match results, exchange rates, traffic, gold prices, prayer
 * times) as news sites publish them every day: each template (resource {@code realistic/briefs-<lang>.txt},
 * parsed like the hand-written stories) has slots filled from the caller's seeded {@link Random}, so two
 * instances are different stories sharing most of their sentences. Slots: {@code {name:a|b}} a choice,
 * {@code {name:#lo-hi}} a number (decimals and decimal comma as written in {@code lo}), {@code {name}} the
 * value chosen earlier in the same brief. Not thread-safe (the Random is shared).
 */
final class DedupEvalBriefs {
    private static final Pattern SLOT = Pattern.compile("\\{([^{}:]+)(?::([^{}]*))?}");
    private static final Pattern RANGE = Pattern.compile("#(-?[0-9]+(?:[.,][0-9]+)?)-(-?[0-9]+(?:[.,][0-9]+)?)");

    private final Random random;

    DedupEvalBriefs(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The templates of one language, as stories whose text still holds the slots. */
    static List<DedupEvalStory> templates(InputStream in, String lang) {
        return DedupEvalStory.parseText(in, lang);
    }

    /** One brief from {@code template}: the slots filled, the id suffixed with {@code n}. */
    DedupEvalStory instantiate(DedupEvalStory template, int n) {
        Map<String, String> values = new HashMap<>();
        String title = fill(template.title(), values);
        List<String> paragraphs = new ArrayList<>();
        for (String p : template.paragraphs()) {
            paragraphs.add(fill(p, values));
        }
        return new DedupEvalStory(template.id() + "-" + n, template.lang(), template.event(), title, paragraphs);
    }

    private String fill(String text, Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                if (m.group(2) == null) {
                    throw new IllegalArgumentException("slot used before it is defined: " + name);
                }
                value = choose(m.group(2));
                values.put(name, value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String choose(String spec) {
        Matcher range = RANGE.matcher(spec);
        if (!range.matches()) {
            String[] options = spec.split("\\|");
            return options[random.nextInt(options.length)];
        }
        String lo = range.group(1);
        String hi = range.group(2);
        boolean comma = lo.contains(",");
        int decimals = lo.contains(".") || comma ? lo.length() - Math.max(lo.indexOf('.'), lo.indexOf(',')) - 1 : 0;
        double scale = Math.pow(10, decimals);
        long min = Math.round(Double.parseDouble(lo.replace(',', '.')) * scale);
        long max = Math.round(Double.parseDouble(hi.replace(',', '.')) * scale);
        long v = min + (long) random.nextInt((int) (max - min + 1));
        String s = decimals == 0 ? String.format(Locale.ROOT, "%0" + lo.replace("-", "").length() + "d", v)
                : String.format(Locale.ROOT, "%." + decimals + "f", v / scale);
        if (v < 0 && decimals == 0) {
            s = "-" + String.format(Locale.ROOT, "%d", -v);
        }
        return comma ? s.replace('.', ',') : s;
    }
}
