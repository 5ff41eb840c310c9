package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.List;
import java.util.Set;

/**
 * In Arabic and Persian a body's own office, mission, agency or fund is named by a head noun before the
 * parent's name ("هیئت معاونت سازمان ملل متحد در افغانستان" is UNAMA, "مكتب الأمم المتحدة لتنسيق الشؤون
 * الإنسانية" is OCHA, "صندوق النقد العربي"): the parent named inside is no mention of the parent, as an
 * organisation inside a longer organisation's name is not. {@link EntityLinker} drops an organisation match right
 * after such a head (which may carry the clitics و ب ل and the article). Stateless.
 */
final class SubBodyHeads {
    /**
     * Heads of a sub-body's name (folded, without clitics or article). Not "agency" (وكالة، آژانس), which stands
     * in apposition before a news agency's own name ("وكالة سانا", "آژانس رویترز"), nor job titles (envoy,
     * coordinator), which the labelled sets treat unevenly.
     */
    private static final Set<String> HEADS = TextTokenizer.foldedWords("بعثة مكتب مفوضية صندوق برنامج هيئة لجنة "
            + "هیئت معاونت دفتر کمیساریای برنامه کمیسیون");

    private SubBodyHeads() {
    }

    /** Whether the organisation match at word i follows a sub-body's head word. */
    static boolean after(EntityDictionary dictionary, List<Token> tokens, int i, Match m) {
        if (m.latin() || i == 0 || !allOrganisations(dictionary, m)) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.arabicScript() || tokens.get(i).sentenceStart()) {
            return false;
        }
        for (String form : ArabicClitics.lookupForms(prev.folded())) {
            if (HEADS.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOrganisations(EntityDictionary dictionary, Match m) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != EntityKind.ORGANIZATION) {
                return false;
            }
        }
        return !m.senses().isEmpty();
    }
}
