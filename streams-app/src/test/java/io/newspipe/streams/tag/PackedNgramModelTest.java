package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import it.unimi.dsi.fastutil.objects.Object2FloatOpenHashMap;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PackedNgramModelTest {
    @Property(tries = 300)
    void answersAsTheMapItPacks(@ForAll @Size(max = 60) Map<@StringLength(min = 1, max = 3) String, Float> entries,
            @ForAll @Size(max = 20) List<@StringLength(max = 5) String> probes) {
        Object2FloatOpenHashMap<String> model = new Object2FloatOpenHashMap<>();
        entries.forEach(model::put);
        PackedNgramModel packed = PackedNgramModel.of(model);
        assertThat(packed).isNotNull();
        assertThat(packed.size()).isEqualTo(model.size());
        assertAnswersAsTheMap(packed, model, entries.keySet(), probes);
    }

    /** Keys of one narrow alphabet take the compact layout; probes also have chars below and above its span. */
    @Property(tries = 300)
    void compactAnswersAsTheMapItPacks(
            @ForAll @Size(max = 60) Map<@StringLength(min = 1, max = 3) @CharRange(from = 'a', to = 'h') String, Float> entries,
            @ForAll @Size(max = 20) List<@StringLength(max = 5) @CharRange(from = '_', to = 'j') String> probes) {
        Object2FloatOpenHashMap<String> model = new Object2FloatOpenHashMap<>();
        entries.forEach(model::put);
        PackedNgramModel packed = PackedNgramModel.of(model);
        assertThat(packed.isCompact()).isTrue();
        assertThat(packed.size()).isEqualTo(model.size());
        assertAnswersAsTheMap(packed, model, entries.keySet(), probes);
    }

    /**
     * The compact layout codes the chars near the smallest one by offset and up to {@value PackedNgramModel#EXTRA}
     * others by rank; one stray char more takes the wide layout. Both answer as the map.
     */
    @Test
    void strayCharsDecideTheLayout() {
        for (int strays : new int[] {PackedNgramModel.EXTRA, PackedNgramModel.EXTRA + 1}) {
            Object2FloatOpenHashMap<String> model = new Object2FloatOpenHashMap<>();
            model.put("a", 0.25f);
            model.put("a" + (char) ('a' + PackedNgramModel.MAIN - 1), -0.0f);
            for (int k = 0; k < strays; k++) {
                char stray = (char) (0xFB00 + 2 * k);
                model.put("a" + stray, k);
                model.put(stray + "b" + stray, Float.NaN);
            }
            PackedNgramModel packed = PackedNgramModel.of(model);
            assertThat(packed.isCompact()).isEqualTo(strays == PackedNgramModel.EXTRA);
            for (String key : model.keySet()) {
                assertThat(Float.floatToRawIntBits(packed.getFloat(key))).as(key)
                        .isEqualTo(Float.floatToRawIntBits(model.getFloat(key)));
            }
            for (String probe : List.of("`", "b", "ab", "a" + (char) ('a' + PackedNgramModel.MAIN), "a\uFB01",
                    "\uFB00", "\uFB00b\uFB02", "\uFFFF", "aaaa")) {
                assertThat(packed.containsKey(probe)).as(probe).isFalse();
                assertThat(packed.getFloat(probe)).isEqualTo(model.defaultReturnValue());
            }
            assertThat(packed.object2FloatEntrySet()).isEqualTo(model.object2FloatEntrySet());
        }
    }

    @Test
    void keysItCannotPackLeaveTheModelAsItIs() {
        Object2FloatOpenHashMap<String> model = new Object2FloatOpenHashMap<>();
        model.put("abcd", 0.5f);
        assertThat(PackedNgramModel.of(model)).isNull();
    }

    /** Every n-gram of Lingua's own 1-3-gram models, for languages of three scripts, has the same probability. */
    @Test
    void linguaModelsKeepEveryProbability() throws Exception {
        Method load = LanguageDetector.Companion.getClass().getDeclaredMethod("loadLanguageModel", Language.class,
                int.class);
        load.setAccessible(true);
        for (Language language : List.of(Language.ENGLISH, Language.PERSIAN, Language.RUSSIAN)) {
            for (int n = 1; n <= PackedNgramModel.MAX_LENGTH; n++) {
                @SuppressWarnings("unchecked")
                Object2FloatMap<String> model = (Object2FloatMap<String>) load.invoke(LanguageDetector.Companion,
                        language, n);
                PackedNgramModel packed = PackedNgramModel.of(model);
                assertThat(packed).as("%s %d-grams", language, n).isNotNull();
                assertThat(packed.size()).isEqualTo(model.size()).isPositive();
                assertThat(packed.isCompact()).as("%s %d-grams compact", language, n).isTrue();
                for (Object2FloatMap.Entry<String> e : model.object2FloatEntrySet()) {
                    if (Float.floatToRawIntBits(packed.getFloat(e.getKey()))
                            != Float.floatToRawIntBits(e.getFloatValue())) {
                        assertThat(packed.getFloat(e.getKey())).as(e.getKey()).isEqualTo(e.getFloatValue());
                    }
                }
                assertThat(packed.getFloat("\u0001\u0002\u0003".substring(0, n))).isEqualTo(model.defaultReturnValue());
            }
        }
    }

    /** Lingua's confidence values are the same, to the last bit, before and after its loaded models are packed. */
    @Test
    void linguaGivesTheSameValuesWithPackedModels() {
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.FRENCH,
                Language.GERMAN, Language.SPANISH, Language.PORTUGUESE).withLowAccuracyMode().build();
        List<String> texts = List.of("Dortmund hold Leipzig to goalless draw",
                "Le gouvernement a annoncé mardi une réforme des retraites très contestée",
                "O presidente disse que a economia vai crescer este ano", "Die Regierung plant neue Steuern",
                "El ministro de economía habló ayer en Madrid sobre la inflación", "ok");
        detector.unloadLanguageModels(); // Lingua loads its own maps again
        List<Map<Language, Double>> before = new ArrayList<>();
        texts.forEach(t -> before.add(detector.computeLanguageConfidenceValues(t)));
        assertThat(LanguageDetector.Companion.getTrigramLanguageModels$lingua().get(Language.FRENCH))
                .isNotInstanceOf(PackedNgramModel.class);
        LinguaModels.packLoaded();
        assertThat(LanguageDetector.Companion.getTrigramLanguageModels$lingua().get(Language.FRENCH))
                .isInstanceOf(PackedNgramModel.class);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(detector.computeLanguageConfidenceValues(texts.get(i))).as(texts.get(i))
                    .containsExactlyEntriesOf(before.get(i));
        }
    }

    /** Every key and probe gets the map's exact float bits and membership; the entry sets are equal. */
    private static void assertAnswersAsTheMap(PackedNgramModel packed, Object2FloatOpenHashMap<String> model,
            Iterable<String> keys, Iterable<String> probes) {
        for (String key : keys) {
            assertThat(Float.floatToRawIntBits(packed.getFloat(key)))
                    .isEqualTo(Float.floatToRawIntBits(model.getFloat(key)));
        }
        for (String probe : probes) {
            assertThat(Float.floatToRawIntBits(packed.getFloat(probe)))
                    .isEqualTo(Float.floatToRawIntBits(model.getFloat(probe)));
            assertThat(packed.containsKey(probe)).isEqualTo(model.containsKey(probe));
        }
        assertThat(packed.object2FloatEntrySet()).isEqualTo(model.object2FloatEntrySet());
    }
}
