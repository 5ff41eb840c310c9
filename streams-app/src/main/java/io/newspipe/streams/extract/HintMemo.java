package io.newspipe.streams.extract;

/**
 * The class/id hints ({@link BoilerplateCues#hint}) of one page's elements, remembered by their text: about
 * half of the elements {@link ContentLocator} asks about repeat a class and id asked before on the page (159
 * per bench page, 78 distinct), and comparing with the last text seen in a slot costs a fraction of reading
 * the text again. A direct-mapped table hashed on the lengths and three characters, so a miss costs no full
 * hash of the text; a slot keeps only its latest text. The only memo of hints: {@link BoilerplateCues#hint}
 * itself caches nothing. Not thread-safe: one per page.
 */
final class HintMemo {
    private static final int SLOTS = 128;
    private final String[] classes = new String[SLOTS];
    private final String[] ids = new String[SLOTS];
    private final BoilerplateCues.Hint[] hints = new BoilerplateCues.Hint[SLOTS];

    /** {@code BoilerplateCues.hint(className, id)}. */
    BoilerplateCues.Hint hint(String className, String id) {
        int slot = slot(className, id);
        BoilerplateCues.Hint hint = hints[slot];
        if (hint != null && className.equals(classes[slot]) && id.equals(ids[slot])) {
            return hint;
        }
        hint = BoilerplateCues.hint(className, id);
        classes[slot] = className;
        ids[slot] = id;
        hints[slot] = hint;
        return hint;
    }

    private static int slot(String className, String id) {
        int n = className.length();
        int h = n * 31 + id.length();
        if (n > 0) {
            h = h * 31 + className.charAt(0);
            h = h * 31 + className.charAt(n / 2);
            h = h * 31 + className.charAt(n - 1);
        }
        if (!id.isEmpty()) {
            h = h * 31 + id.charAt(id.length() - 1);
        }
        h *= 0x9E3779B9;
        return h >>> 25;
    }
}
