package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textAndAttributesAreEscaped() {
        String html = new Html().open("p", "title", "\"x\" & 'y'").text("<script>alert(1)</script>").close("p").toString();
        assertThat(html).isEqualTo("<p title=\"&quot;x&quot; &amp; &#39;y&#39;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void nullAttributesAreLeftOutAndEmptyOnesAreBare() {
        assertThat(new Html().empty("input", "type", "checkbox", "checked", "", "disabled", null).toString())
                .isEqualTo("<input type=\"checkbox\" checked>");
    }

    @Test
    void jsonInAScriptCannotCloseIt() {
        assertThat(Html.scriptJson("{\"label\":\"</script><b>&\"}")).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }

    @Test
    void refusesMarkupInNames() {
        assertThatThrownBy(() -> new Html().open("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("p", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMessageHasThaiAndEnglish() {
        for (String key : Messages.keys()) {
            assertThat(Messages.get(Language.TH, key)).as(key).isNotBlank();
            assertThat(Messages.get(Language.EN, key)).as(key).isNotBlank();
        }
        assertThat(Language.parse(null)).isEqualTo(Language.TH);
        assertThat(Language.parse("EN")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessageContaining("th or en");
        assertThat(Language.EN.pick("ไทย", null)).isEqualTo("ไทย");
    }
}
