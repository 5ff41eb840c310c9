package io.newspipe.streams.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits a story goes through between the wire and a republishing site, or between two revisions of
 * one page, each driven by the caller's seeded {@link Random}: a rewritten lede, a dateline and a source
 * line added or removed, a paragraph added or cut at the end, paragraphs reordered, typos fixed, a
 * correction or an update appended, site boilerplate (read-also, newsletter, copyright) mixed in.
 * Paragraph lists in, paragraph lists out. Not thread-safe (the Random is shared).
 */
final class DedupEvalRewrites {
    private static final Map<String, List<String>> DATELINES = Map.of(
            "en", List.of("NEW YORK (Newswire) - ", "LONDON, Nov 28 (Newswire) - ", "WASHINGTON (AP) — ",
                    "(Newswire) - "),
            "ar", List.of("القاهرة - (د ب أ) - ", "عمان - بترا - ", "(رويترز) - ", "متابعات - "),
            "fr", List.of("PARIS (AFP) - ", "(AFP) - ", "BRUXELLES, 28 nov (Reuters) - ", "De notre correspondant - "));
    private static final Map<String, List<String>> LEDES = Map.of(
            "en", List.of("%s, according to a report published on Friday.", "%s, people familiar with the matter said."),
            "ar", List.of("%s، بحسب ما أفادت به مصادر إعلامية.", "%s، وفق ما أعلن رسميا."),
            "fr", List.of("%s, a-t-on appris de sources concordantes.", "%s, selon les informations disponibles vendredi."));
    private static final Map<String, List<String>> SOURCES = Map.of(
            "en", List.of("(Reporting by the Newswire staff; Editing by Mark Potter)",
                    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                    "This story has been corrected to fix a typo.", "— Newswire"),
            "ar", List.of("المصدر: وكالات", "(إعداد وحدة الأخبار؛ تحرير محمد علي)", "جميع الحقوق محفوظة © 2025", "المصدر: وكالة الأنباء الرسمية + مواقع"),
            "fr", List.of("(Avec AFP)", "© 2025 AFP. Tous droits de reproduction et de représentation réservés.",
                    "(Rédaction de Paris, édité par Jean Terzian)", "Avec agences"));
    private static final Map<String, List<String>> BOILERPLATE = Map.of(
            "en", List.of("Read more: The week in review: five stories you may have missed",
                    "Sign up for The Morning Brief, our free daily newsletter with the stories you need to start your day.",
                    "Advertisement", "Related: What the latest figures mean for you",
                    "Got a tip? Contact our newsroom securely."),
            "ar", List.of("اقرأ أيضا: أبرز عناوين الصحف العربية الصادرة اليوم", "اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا",
                    "إعلان", "تابعونا على تطبيق واتساب لمعرفة آخر الأخبار", "شاهد أيضا: بالفيديو.. لحظة وصول الوفد"),
            "fr", List.of("Lire aussi : Les cinq informations à retenir ce matin", "Publicité",
                    "Recevez chaque matin l'essentiel de l'actualité avec notre newsletter gratuite.",
                    "À voir aussi : notre direct vidéo", "Cet article vous a été utile ? Partagez-le."));
    private static final Map<String, List<String>> FOLLOW_ON = Map.of(
            "en", List.of("Officials said more details would be released in the coming days, and that the situation was being monitored closely.",
                    "It was not immediately clear how the decision would affect those involved, and representatives did not respond to requests for comment."),
            "ar", List.of("وقالت مصادر مطلعة إن مزيدا من التفاصيل سيعلن خلال الأيام المقبلة، وإن الجهات المعنية تتابع الوضع عن كثب.",
                    "ولم يتضح على الفور تأثير القرار على الأطراف المعنية، فيما لم يرد ممثلون عنها على طلبات التعليق."),
            "fr", List.of("De nouvelles précisions doivent être apportées dans les prochains jours, a-t-on indiqué de source proche du dossier.",
                    "Il n'était pas possible dans l'immédiat de mesurer les conséquences de cette décision, et les intéressés n'ont pas donné suite à nos sollicitations."));
    private static final Map<String, String> CORRECTIONS = Map.of(
            "en", "Correction: An earlier version of this article misstated a figure. It has been updated.",
            "ar", "تصحيح: ورد رقم خاطئ في نسخة سابقة من هذا الخبر، وجرى تصحيحه.",
            "fr", "Rectificatif : une version précédente de cet article comportait un chiffre erroné, corrigé depuis.");
    private static final Map<String, String> UPDATES = Map.of(
            "en", "Update, 3:45 p.m.: This story has been updated with additional reporting and comment.",
            "ar", "تحديث: أضيفت إلى هذا الخبر معلومات وتصريحات جديدة.",
            "fr", "Mise à jour à 15 h 45 : cet article a été complété avec de nouvelles informations.");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟](?=\\s|$)");
    private static final Pattern LEADING_DATELINE = Pattern.compile("^([\\p{Lu} ,.0-9]{0,40}\\([^)]{1,30}\\)\\s*[-—–]+\\s*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Random random;

    DedupEvalRewrites(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** Removes a leading "CITY (Agency) - " dateline when there is one, otherwise adds one. */
    List<String> toggleDateline(List<String> p, String lang) {
        List<String> out = new ArrayList<>(p);
        Matcher m = LEADING_DATELINE.matcher(out.get(0));
        out.set(0, m.find() ? out.get(0).substring(m.end()) : pick(DATELINES.get(lang)) + out.get(0));
        return out;
    }

    /** A source or copyright line at the end. */
    List<String> withSourceLine(List<String> p, String lang) {
        List<String> out = new ArrayList<>(p);
        out.add(pick(SOURCES.get(lang)));
        return out;
    }

    /** The first sentence replaced by the desk's own lede built on the headline, plus a dateline. */
    List<String> rewrittenLede(List<String> p, String title, String lang) {
        List<String> out = new ArrayList<>(p);
        String first = out.get(0);
        Matcher m = SENTENCE_END.matcher(first);
        String rest = m.find() && m.end() < first.length() ? first.substring(m.end()).strip() : "";
        String lede = pick(DATELINES.get(lang)) + String.format(java.util.Locale.ROOT, pick(LEDES.get(lang)),
                title.replaceAll("[.،:;]+$", ""));
        out.set(0, rest.isEmpty() ? lede : lede + " " + rest);
        return out;
    }

    /** A paragraph added at the end (the republisher's own closing line). */
    List<String> extendedEnd(List<String> p, String lang) {
        List<String> out = new ArrayList<>(p);
        out.add(pick(FOLLOW_ON.get(lang)));
        return out;
    }

    /** Trailing paragraphs cut, keeping at least {@code keep} of the words and at least two paragraphs. */
    List<String> cutEnd(List<String> p, double keep) {
        List<String> out = new ArrayList<>(p);
        int total = words(p);
        while (out.size() > 2 && words(out.subList(0, out.size() - 1)) >= keep * total) {
            out.remove(out.size() - 1);
            if (random.nextInt(3) == 0) {
                break;
            }
        }
        if (out.size() == p.size() && out.size() > 2) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Two adjacent paragraphs after the lede swapped, and sometimes two short ones merged. */
    List<String> reordered(List<String> p) {
        List<String> out = new ArrayList<>(p);
        if (out.size() >= 3) {
            int i = 1 + random.nextInt(out.size() - 2);
            String x = out.get(i);
            out.set(i, out.get(i + 1));
            out.set(i + 1, x);
        }
        if (out.size() >= 4 && random.nextBoolean()) {
            int j = 1 + random.nextInt(out.size() - 2);
            out.set(j, out.get(j) + " " + out.remove(j + 1));
        }
        return out;
    }

    /** {@code count} typos (two letters swapped or one dropped) in words of five letters or more. */
    List<String> withTypos(List<String> p, int count) {
        List<String> out = new ArrayList<>(p);
        int made = 0;
        for (int attempt = 0; attempt < 50 * count && made < count; attempt++) {
            int i = random.nextInt(out.size());
            String[] words = out.get(i).split(" ");
            int w = random.nextInt(words.length);
            String word = words[w];
            if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            int k = 1 + random.nextInt(word.length() - 3);
            String typo = random.nextBoolean()
                    ? word.substring(0, k) + word.charAt(k + 1) + word.charAt(k) + word.substring(k + 2)
                    : word.substring(0, k) + word.substring(k + 1);
            if (!typo.equals(word)) {
                words[w] = typo;
                out.set(i, String.join(" ", words));
                made++;
            }
        }
        return out;
    }

    /** Two or three site boilerplate lines: after the second paragraph, at the end, sometimes on top. */
    List<String> withBoilerplate(List<String> p, String lang) {
        List<String> pool = BOILERPLATE.get(lang);
        return DedupEvalTransforms.withBoilerplate(p, () -> pick(pool), random::nextBoolean);
    }

    /** A corrected revision: the first number changed and a correction note at the end. */
    List<String> corrected(List<String> p, String lang) {
        List<String> out = new ArrayList<>(p);
        for (int i = 0; i < out.size(); i++) {
            Matcher m = NUMBER.matcher(out.get(i));
            if (m.find()) {
                long changed = Long.parseLong(m.group().length() > 9 ? "9" : m.group()) + 1 + random.nextInt(9);
                out.set(i, out.get(i).substring(0, m.start()) + changed + out.get(i).substring(m.end()));
                break;
            }
        }
        out.add(CORRECTIONS.get(lang));
        return out;
    }

    /** An updated revision: an update note on top and a new paragraph after the lede. */
    List<String> updated(List<String> p, String lang) {
        List<String> out = new ArrayList<>(p);
        out.add(Math.min(1, out.size()), pick(FOLLOW_ON.get(lang)));
        out.add(0, UPDATES.get(lang));
        return out;
    }

    static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.strip().split("\\s+").length;
        }
        return n;
    }
}
