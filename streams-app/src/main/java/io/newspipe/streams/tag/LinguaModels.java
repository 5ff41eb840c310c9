package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
    /** Models seen so far (packed or not packable): while no more are loaded, there is nothing to do. */
    private static volatile int seen;

    private LinguaModels() {
    }

    /** Packs every model loaded since the last call; cheap when none was. */
    static void packLoaded() {
        int loaded = 0;
        for (EnumMap<Language, Object2FloatMap<String>> models : MODELS) {
            synchronized (models) {
                loaded += models.size();
            }
        }
        if (loaded == seen) {
            return;
        }
        synchronized (LinguaModels.class) {
            for (EnumMap<Language, Object2FloatMap<String>> models : MODELS) {
                pack(models);
            }
            seen = loaded;
        }
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
            PackedNgramModel packed = PackedNgramModel.of(model);
            if (packed != null) {
                synchronized (models) {
                    models.replace(language, model, packed);
                }
            }
        });
    }
}
