package org.khumkha.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Thai fonts shipped in the jar ({@code src/main/resources/fonts/}, GPL-2+ with the font exception), registered
 * with Java2D once, on first use, so pictures render Thai on a machine with no Thai font installed.
 * <ul>
 * <li>{@value #BODY_FAMILY}: TLWG's open version of SIPA's TH Sarabun New, the Thai government's official face.</li>
 * <li>{@value #SANS_FAMILY}: NECTEC's sans-serif Thai face.</li>
 * </ul>
 */
public final class ThaiFonts {
    public static final String BODY_FAMILY = "Laksaman";
    public static final String SANS_FAMILY = "Loma";
    /** Class-path folder of the font files; also served to browsers under {@code /fonts/}. */
    public static final String RESOURCE_FOLDER = "/fonts/";
    public static final String BODY_REGULAR = "Laksaman.ttf";
    public static final String BODY_BOLD = "Laksaman-Bold.ttf";
    public static final List<String> FILES = List.of(BODY_REGULAR, BODY_BOLD, "Loma.ttf", "Loma-Bold.ttf");

    private static Map<String, Font> fonts;

    private ThaiFonts() {}

    /** Loads and registers every bundled font (once); returns them by file name. */
    public static synchronized Map<String, Font> registered() {
        if (fonts == null) {
            Map<String, Font> loaded = new LinkedHashMap<>();
            GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : FILES) {
                Font font = load(file);
                env.registerFont(font);
                loaded.put(file, font);
            }
            fonts = java.util.Collections.unmodifiableMap(loaded);
        }
        return fonts;
    }

    /** The body face at a size, plain or bold. */
    public static Font body(int style, float size) {
        return registered().get((style & Font.BOLD) != 0 ? BODY_BOLD : BODY_REGULAR).deriveFont(style & Font.ITALIC, size);
    }

    /** The bytes of a bundled font file (for embedding in SVG and HTML). */
    public static byte[] bytes(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("no bundled font " + file + " (there are: " + FILES + ")");
        }
        try (InputStream in = ThaiFonts.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path (" + RESOURCE_FOLDER + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font load(String file) {
        try (InputStream in = ThaiFonts.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path (" + RESOURCE_FOLDER + ")");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is not a TrueType font: " + e.getMessage(), e);
        }
    }
}
