package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.tag.PlaceCueWords.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around a place name that cue an area, a city or a town, and the words that coordinate names. */
class PlaceCueWordsTest {
    private static List<Token> tokens(String text) {
        return TextTokenizer.tokens(text);
    }

    @Test
    void areaCityAndTownWordsBeforeTheName() {
        assertThat(PlaceCueWords.before(tokens("the province of Idlib"), 3)).isEqualTo(Cue.AREA);
        assertThat(PlaceCueWords.before(tokens("la ville de Tabuk"), 3)).isEqualTo(Cue.CITY);
        assertThat(PlaceCueWords.before(tokens("the remote town of Paro"), 4)).isEqualTo(Cue.TOWN);
        assertThat(PlaceCueWords.before(tokens("بمحافظة إدلب"), 1)).isEqualTo(Cue.AREA);
        assertThat(PlaceCueWords.before(tokens("مدينة تبوك"), 1)).isEqualTo(Cue.CITY);
        assertThat(PlaceCueWords.before(tokens("بريف حلب"), 1)).isEqualTo(Cue.AREA);
        assertThat(PlaceCueWords.before(tokens("رئيس بلدية جنين"), 2)).isEqualTo(Cue.TOWN);
        assertThat(PlaceCueWords.before(tokens("شهردار تبریز"), 1)).isEqualTo(Cue.TOWN);
        assertThat(PlaceCueWords.before(tokens("محافظ البصرة"), 1)).isEqualTo(Cue.GOVERNORS);
        assertThat(PlaceCueWords.before(tokens("استانداران قم"), 1)).isEqualTo(Cue.GOVERNORS);
        // not "district" before "of" (the Western District of New York), nor a bare name
        assertThat(PlaceCueWords.before(tokens("the district of Columbia"), 3)).isEqualTo(Cue.NONE);
        assertThat(PlaceCueWords.before(tokens("Idlib"), 0)).isEqualTo(Cue.NONE);
    }

    @Test
    void areaAndCityWordsAfterALatinName() {
        assertThat(PlaceCueWords.after(tokens("Idlib province"), 1)).isEqualTo(Cue.AREA);
        assertThat(PlaceCueWords.after(tokens("Kharkiv oblast"), 1)).isEqualTo(Cue.AREA);
        assertThat(PlaceCueWords.after(tokens("Tabuk city"), 1)).isEqualTo(Cue.CITY);
        assertThat(PlaceCueWords.after(tokens("Tabuk airport"), 1)).isEqualTo(Cue.NONE);
        assertThat(PlaceCueWords.after(tokens("Tabuk"), 1)).isEqualTo(Cue.NONE);
    }

    @Test
    void namesAreCoordinatedByAConjunctionOrSideBySide() {
        assertThat(PlaceCueWords.coordinated(tokens("Sumy and Kherson"), 1, 2)).isTrue();
        assertThat(PlaceCueWords.coordinated(tokens("Tizi Ouzou et de Béjaïa"), 2, 4)).isTrue();
        assertThat(PlaceCueWords.coordinated(tokens("إدلب وحماة"), 1, 1)).isTrue();
        assertThat(PlaceCueWords.coordinated(tokens("Sumy near Kherson"), 1, 2)).isFalse();
        assertThat(PlaceCueWords.coordinated(tokens("Sumy. Kherson"), 1, 1)).isFalse(); // a new sentence
    }
}
