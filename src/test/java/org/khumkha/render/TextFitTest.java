package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextFitTest {
    private final Font font = ThaiFonts.body(Font.PLAIN, 16);

    @Test
    void shortTextIsLeftAlone() {
        assertThat(TextFit.truncate("พอช.", font, 200)).isEqualTo("พอช.");
        assertThat(TextFit.truncate(null, font, 200)).isEmpty();
    }

    @Test
    void longThaiIsCutBetweenClustersNeverLeavingAMarkAlone() {
        String text = "ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่ที่";
        String cut = TextFit.truncate(text, font, 60);
        assertThat(cut).endsWith(TextFit.ELLIPSIS);
        assertThat(TextFit.width(cut, font)).isLessThanOrEqualTo(60);
        String kept = cut.substring(0, cut.length() - 1);
        // "ที่" is three code points; a cut inside it would leave ท or ที at the end
        assertThat(kept.length() % 3).isZero();
    }

    @Test
    void wrapsAtThaiWordsWithinTheWidthAndTheLineLimit() {
        String text = "สนับสนุนและให้การช่วยเหลือแก่องค์กรชุมชนและเครือข่ายองค์กรชุมชนเกี่ยวกับการประกอบอาชีพ";
        List<String> lines = TextFit.wrap(text, font, 150, 3);
        assertThat(lines).hasSizeBetween(2, 3);
        lines.forEach(l -> assertThat(TextFit.width(l, font)).isLessThanOrEqualTo(150));
        assertThat(lines.get(0)).startsWith("สนับสนุน");
        List<String> all = TextFit.wrap(text, font, 150, 20);
        assertThat(String.join("", all)).isEqualTo(text);
        assertThat(TextFit.wrap("", font, 100, 2)).isEmpty();
    }
}
