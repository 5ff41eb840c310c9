package io.newspipe.streams.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Arabic and Persian names of airports, stadiums, hospitals, streets, ports, universities and prizes named after
 * a person: the kind of place or body stands right before the person's name, in Arabic as the first noun of a
 * construct without its article ("مطار رفيق الحريري الدولي", "بمستشفى الملك فهد", "جامعة الملك سعود", "برج خليفة"),
 * in Persian before it ("فرودگاه امام خمینی", "ورزشگاه آزادی", "بندر شهید رجایی"), with at most an honorific
 * between ("الشهيد", "شهید"). Such a name is not a mention of the person. With the article the noun is a phrase of
 * its own ("نُقل إلى المستشفى" then a name), and punctuation between them ends the construct, so neither counts.
 * Stateless and thread-safe.
 */
final class ArabicDedications {
    /** Arabic heads (without article): airport, stadium, hospital, street, square, bridge, dam, port, school... */
    private static final List<String> ARABIC_HEADS = List.of("مطار", "ملعب", "استاد", "مستشفى", "مشفى", "مجمع",
            "شارع", "ميدان", "ساحة", "جسر", "سد", "ميناء", "مدرسة", "مسجد", "جامع", "قاعة", "جامعة", "كلية", "معهد",
            "مركز", "مؤسسة", "جائزة", "قاعدة", "برج", "مدينة");
    /** Persian heads: airport, stadium, hospital, street, square, motorway, bridge, dam, port, university... */
    private static final List<String> PERSIAN_HEADS = List.of("فرودگاه", "ورزشگاه", "استادیوم", "بیمارستان",
            "خیابان", "میدان", "بزرگراه", "اتوبان", "پل", "سد", "بندر", "اسکله", "دانشگاه", "دانشکده", "مدرسه",
            "مسجد", "حسینیه", "سالن", "تالار", "جایزه", "بنیاد", "مرکز", "مؤسسه", "موسسه", "پایگاه", "برج",
            "مجتمع", "شهرک", "پارک", "بوستان", "کتابخانه");
    /** Proclitics an Arabic head may carry: a conjunction, a preposition, or both. */
    private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب",
            "فل");
    /** Honorifics written between the head and the name ("مطار الشهيد ...", "فرودگاه شهید ..."). */
    private static final Set<String> HONORIFICS = TextTokenizer.foldedWords("الشهيد شهيد شهید");
    private static final Set<String> HEADS = heads();

    private ArabicDedications() {
    }

    /**
     * Whether the Arabic-script name at word i of {@code text} follows, in one construct, a word for a place or
     * body named after a person.
     */
    static boolean dedication(String text, List<Token> tokens, int i) {
        int head = i - 1;
        if (head >= 0 && HONORIFICS.contains(tokens.get(head).folded()) && joined(text, tokens, head)) {
            head--;
        }
        return head >= 0 && HEADS.contains(tokens.get(head).folded()) && joined(text, tokens, head);
    }

    /** Whether only spaces stand between word k and the next. */
    private static boolean joined(String text, List<Token> tokens, int k) {
        for (int c = tokens.get(k).end(); c < tokens.get(k + 1).start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> heads() {
        Set<String> out = new HashSet<>();
        for (String head : TextTokenizer.foldedWords(String.join(" ", ARABIC_HEADS))) {
            for (String clitic : PROCLITICS) {
                out.add(clitic + head);
            }
        }
        out.addAll(TextTokenizer.foldedWords(String.join(" ", PERSIAN_HEADS)));
        return Set.copyOf(out);
    }
}
