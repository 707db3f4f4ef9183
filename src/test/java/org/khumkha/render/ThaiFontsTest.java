package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The bundled fonts load from the class path, register with Java2D and display Thai, with no OS font involved. */
class ThaiFontsTest {
    private static final String THAI = "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) ผู้ทำหน้าที่ Area based System Integrator ๑๒๓ ปีงบประมาณ 2568";

    @Test
    void everyBundledFaceDisplaysThaiWithItsMarksAndDigits() {
        assertThat(ThaiFonts.registered()).containsOnlyKeys(ThaiFonts.FILES);
        for (Font font : ThaiFonts.registered().values()) {
            assertThat(font.canDisplayUpTo(THAI)).as(font.getFontName()).isEqualTo(-1);
            assertThat(font.canDisplayUpTo("ที่ นี่ ๆ ฯ ็ ์ ั ำ")).as(font.getFontName()).isEqualTo(-1);
        }
        assertThat(ThaiFonts.body(Font.PLAIN, 16).getFamily()).isEqualTo(ThaiFonts.BODY_FAMILY);
        assertThat(ThaiFonts.body(Font.BOLD, 16).getFontName()).containsIgnoringCase("bold");
    }

    @Test
    void theFamiliesAreRegisteredSoGraphStreamFindsThemByName() {
        ThaiFonts.registered();
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        assertThat(Arrays.asList(families)).contains(ThaiFonts.BODY_FAMILY, ThaiFonts.SANS_FAMILY);
        // a font looked up by family name, as GraphStream's stylesheet does, is the bundled one
        assertThat(new Font(ThaiFonts.BODY_FAMILY, Font.PLAIN, 16).canDisplayUpTo(THAI)).isEqualTo(-1);
    }

    @Test
    void theLicenceTravelsWithTheFonts() {
        assertThat(ThaiFonts.class.getResource(ThaiFonts.RESOURCE_FOLDER + "GPL-2.txt")).isNotNull();
        assertThat(ThaiFonts.class.getResource(ThaiFonts.RESOURCE_FOLDER + "README.md")).isNotNull();
        assertThat(ThaiFonts.bytes(ThaiFonts.BODY_REGULAR)).hasSizeGreaterThan(50_000);
        assertThatThrownBy(() -> ThaiFonts.bytes("Arial.ttf")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Laksaman");
    }
}
