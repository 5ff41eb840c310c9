package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.streams.extract.ExtractedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {
    private static final ArticleTagger TAGGER = new ArticleTagger();

    private static ExtractedArticle article(String title, String lead, String body, String hint) {
        return new ExtractedArticle("https://example.org/a", null, "example", title, lead, body, "<p>x</p>",
                List.of(), null, null, hint, "ltr", null, List.of());
    }

    @Test
    void fillsEveryField() {
        Tags tags = TAGGER.tag(article("مقتل جنود بهجوم لداعش قرب كركوك", null,
                "قتل أربعة جنود عراقيين بهجوم شنه تنظيم داعش على نقطة عسكرية جنوب غربي كركوك، وقالت قيادة "
                        + "العمليات المشتركة في بغداد إن القوات الأمنية باشرت عملية تفتيش واسعة بحثاً عن المهاجمين "
                        + "الذين انسحبوا إلى المناطق الوعرة بعد الاشتباك.", "en"));
        assertThat(tags.language()).isEqualTo("ar");
        assertThat(tags.textDirection()).isEqualTo("rtl");
        assertThat(tags.entities()).extracting(EntityTag::name).contains("Islamic State", "Iraq", "Kirkuk",
                "Baghdad");
        assertThat(tags.topics().get(0).code()).isEqualTo("medtop:16000000");
        assertThat(tags.keywords()).hasSizeBetween(1, 10);
    }

    @Test
    void leadNotRepeatedInBodyIsTagged() {
        Tags tags = TAGGER.tag(article("Talks resume", "Iran and Oman confirmed the date.",
                "Negotiators will meet next week.", null));
        assertThat(tags.entities()).extracting(EntityTag::name).contains("Iran", "Oman");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> TAGGER.tag(null)).isInstanceOf(NullPointerException.class);
    }
}
