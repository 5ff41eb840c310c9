package io.newspipe.streams.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented transformations that turn a base story into a syndicated copy, a variant or a revision,
 * each driven by the caller's seeded {@link Random} so the corpus is reproducible. Paragraph lists in,
 * paragraph lists out. Not thread-safe (the Random is shared).
 */
final class DedupEvalTransforms {
    private static final Map<String, List<String>> DATELINES = Map.of(
            "en", List.of("(Global Wire) - ", "NEWSROOM (Regional Desk) - ", "By our correspondent - "),
            "ar", List.of("(وكالة الأنباء) - ", "القاهرة - خاص: ", "متابعات - "),
            "fr", List.of("(Agence de presse) - ", "De notre correspondant - ", "(Rédaction) - "));
    private static final Map<String, List<String>> INTROS = Map.of(
            "en", List.of("Here is what we know so far about the story, which is being updated as more information arrives.",
                    "Our regional desk has been following the developments since early morning."),
            "ar", List.of("إليكم ما نعرفه حتى الآن عن هذا الخبر الذي يجري تحديثه مع ورود معلومات جديدة.",
                    "تتابع غرفة الأخبار التطورات منذ ساعات الصباح الأولى."),
            "fr", List.of("Voici ce que l'on sait à ce stade, cet article étant mis à jour au fil des informations.",
                    "Notre rédaction suit les développements depuis le début de la matinée."));
    private static final Map<String, List<String>> SOURCES = Map.of(
            "en", List.of("Source: Global Wire", "(Reporting by the regional desk; editing by the night team)",
                    "Copyright 2025 Global Wire. All rights reserved."),
            "ar", List.of("المصدر: وكالات", "المصدر: وكالة الأنباء + مواقع إلكترونية", "جميع الحقوق محفوظة © 2025"),
            "fr", List.of("Avec agences", "(Rédaction avec AFP)", "© 2025 Agence de presse. Tous droits réservés."));
    private static final Map<String, List<String>> EXTRAS = Map.of(
            "en", List.of("The announcement came as officials faced growing pressure from residents and opposition politicians to explain what had gone wrong and what would be done to prevent a repeat.",
                    "Analysts said the coming days would be decisive, and that much would depend on how quickly the authorities could restore confidence among the public and investors.",
                    "It was not immediately possible to verify the figures independently, and officials cautioned that they could change as more information became available."),
            "ar", List.of("ويأتي ذلك في وقت تواجه فيه السلطات ضغوطا متزايدة من السكان والقوى السياسية لتوضيح ما حدث والإجراءات التي ستتخذ لمنع تكراره.",
                    "ويرى مراقبون أن الأيام المقبلة ستكون حاسمة، وأن الكثير سيتوقف على سرعة استعادة ثقة المواطنين والمستثمرين.",
                    "ولم يتسن التحقق من هذه الأرقام من مصادر مستقلة، فيما حذر مسؤولون من أنها قد تتغير مع ورود معلومات جديدة."),
            "fr", List.of("Cette annonce intervient alors que les autorités font face à une pression croissante des habitants et de l'opposition, qui réclament des explications et des mesures pour éviter que la situation ne se reproduise.",
                    "Selon plusieurs analystes, les prochains jours seront décisifs et beaucoup dépendra de la capacité des autorités à rétablir la confiance.",
                    "Ces chiffres n'ont pas pu être vérifiés de source indépendante et pourraient évoluer à mesure que de nouvelles informations parviennent."));
    private static final Map<String, List<String>> BOILERPLATE = Map.of(
            "en", List.of("Read more: Five things to know about the region's economy", "Follow us on social media for the latest updates.",
                    "Advertisement", "Sign up for our morning newsletter", "Share this article"),
            "ar", List.of("اقرأ أيضا: أسعار الذهب اليوم في الأسواق المحلية", "تابعونا على مواقع التواصل الاجتماعي", "إعلان",
                    "اشترك في نشرتنا البريدية", "شارك هذا المقال"),
            "fr", List.of("Lire aussi : Les cinq chiffres à retenir de la semaine", "Suivez-nous sur les réseaux sociaux", "Publicité",
                    "Abonnez-vous à notre newsletter", "Partager cet article"));
    private static final Map<String, String> REVISION_NOTES = Map.of(
            "en", "The figures were later revised by officials.",
            "ar", "وجرى تحديث الأرقام لاحقا من قبل المسؤولين.",
            "fr", "Les chiffres ont été révisés dans la soirée par les autorités.");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Random random;

    DedupEvalTransforms(Random random) {
        this.random = random;
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** A dateline prefixed to the first paragraph, or a new first paragraph. */
    List<String> introLine(List<String> paragraphs, String lang) {
        List<String> out = new ArrayList<>(paragraphs);
        if (random.nextBoolean()) {
            out.set(0, pick(DATELINES.get(lang)) + out.get(0));
        } else {
            out.add(0, pick(INTROS.get(lang)));
        }
        return out;
    }

    /** A source or copyright line at the end. */
    List<String> sourceLine(List<String> paragraphs, String lang) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(pick(SOURCES.get(lang)));
        return out;
    }

    /** A background paragraph inserted after a random paragraph. */
    List<String> extraParagraph(List<String> paragraphs, String lang) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(1 + random.nextInt(out.size()), pick(EXTRAS.get(lang)));
        return out;
    }

    /** The last paragraph dropped (two when at least 60 % of the words remain). */
    List<String> trimmedEnding(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.subList(0, Math.max(1, paragraphs.size() - 1)));
        if (out.size() >= 4 && words(out.subList(0, out.size() - 1)) >= 0.6 * words(paragraphs)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Two or three boilerplate lines (read-also, follow, ad, newsletter) at the start, middle and end. */
    List<String> boilerplate(List<String> paragraphs, String lang) {
        List<String> pool = BOILERPLATE.get(lang);
        return withBoilerplate(paragraphs, () -> pick(pool), random::nextBoolean);
    }

    /**
     * The paragraphs with boilerplate lines from {@code line}: one after the second paragraph, one at the
     * end and, when {@code onTop} says so, one on top (shared by both corpus generators).
     */
    static List<String> withBoilerplate(List<String> paragraphs, java.util.function.Supplier<String> line,
            java.util.function.BooleanSupplier onTop) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(Math.min(2, out.size()), line.get());
        out.add(line.get());
        if (onTop.getAsBoolean()) {
            out.add(0, line.get());
        }
        return out;
    }

    /** A small edit: one number changed and a short sentence added to the last paragraph. */
    List<String> revision(List<String> paragraphs, String lang) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < out.size(); i++) {
            Matcher m = NUMBER.matcher(out.get(i));
            if (m.find()) {
                long changed = Long.parseLong(m.group().length() > 9 ? "9" : m.group()) + 2 + random.nextInt(5);
                out.set(i, out.get(i).substring(0, m.start()) + changed + out.get(i).substring(m.end()));
                break;
            }
        }
        int last = out.size() - 1;
        out.set(last, out.get(last) + " " + REVISION_NOTES.get(lang));
        return out;
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.split("\\s+").length;
        }
        return n;
    }
}
