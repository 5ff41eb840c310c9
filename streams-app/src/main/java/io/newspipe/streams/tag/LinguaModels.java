package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Swaps the n-gram models Lingua has loaded (one to three chars: all that its low-accuracy mode reads) for
 * {@link PackedNgramModel} copies with the same probabilities, so that every later Lingua call gives the
 * same confidence values from fewer cache misses. Lingua loads a language's models on first use into static
 * maps it reads and fills under the map's lock; the swap takes the same lock, so a call sees either model,
 * both alike. Thread-safe.
 */
final class LinguaModels {
    private static final List<EnumMap<Language, Object2FloatMap<String>>> MODELS = List.of(
            LanguageDetector.Companion.getUnigramLanguageModels$lingua(),
            LanguageDetector.Companion.getBigramLanguageModels$lingua(),
            LanguageDetector.Companion.getTrigramLanguageModels$lingua());
    /** Models whose keys cannot be packed, left as Lingua loaded them (none of Lingua's so far). */
    private static final Set<Object2FloatMap<String>> UNPACKABLE =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    private LinguaModels() {
    }

    /** Packs every model loaded since the last call (also one loaded again after an unload); cheap when none was. */
    static void packLoaded() {
        for (EnumMap<Language, Object2FloatMap<String>> models : MODELS) {
            if (hasUnpacked(models)) {
                synchronized (LinguaModels.class) {
                    pack(models);
                }
            }
        }
    }

    private static boolean hasUnpacked(EnumMap<Language, Object2FloatMap<String>> models) {
        synchronized (models) {
            for (Object2FloatMap<String> model : models.values()) {
                if (!(model instanceof PackedNgramModel) && !UNPACKABLE.contains(model)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pack(EnumMap<Language, Object2FloatMap<String>> models) {
        Map<Language, Object2FloatMap<String>> snapshot;
        synchronized (models) {
            snapshot = new EnumMap<>(models);
        }
        snapshot.forEach((language, model) -> {
            if (model instanceof PackedNgramModel) {
                return;
            }
            PackedNgramModel packed = UNPACKABLE.contains(model) ? null : PackedNgramModel.of(model);
            if (packed == null) {
                UNPACKABLE.add(model);
            } else {
                synchronized (models) {
                    models.replace(language, model, packed);
                }
            }
        });
    }
}
