package org.khumkha.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures and fits Thai text in the bundled fonts: widths from the font's own metrics, lines broken where Thai words
 * end (Java's dictionary-based Thai {@link BreakIterator}), text cut only between grapheme clusters so no vowel or tone
 * mark is left without its consonant.
 */
public final class TextFit {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Locale THAI = Locale.forLanguageTag("th");
    public static final String ELLIPSIS = "…";

    private TextFit() {}

    public static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The text, cut at a cluster boundary and ended with an ellipsis when it is wider than {@code maxWidth}. */
    public static String truncate(String text, Font font, double maxWidth) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (width(t, font) <= maxWidth) {
            return t;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(t);
        int best = 0;
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            if (width(t.substring(0, end).stripTrailing() + ELLIPSIS, font) > maxWidth) {
                break;
            }
            best = end;
        }
        return t.substring(0, best).stripTrailing() + ELLIPSIS;
    }

    /**
     * Breaks text into at most {@code maxLines} lines no wider than {@code maxWidth}, at Thai word boundaries; the last
     * line is truncated with an ellipsis if text remains.
     */
    public static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(t);
        List<Integer> breaks = new ArrayList<>();
        for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
            breaks.add(b);
        }
        int lineStart = 0;
        while (lineStart < t.length()) {
            if (lines.size() == maxLines - 1) {
                lines.add(truncate(t.substring(lineStart), font, maxWidth));
                break;
            }
            int best = -1;
            int next = t.length();
            for (int b : breaks) {
                if (b <= lineStart) {
                    continue;
                }
                if (width(t.substring(lineStart, b).strip(), font) <= maxWidth) {
                    best = b;
                } else {
                    next = b;
                    break;
                }
            }
            if (best == -1) { // one word wider than the line: cut it
                lines.add(truncate(t.substring(lineStart, next), font, maxWidth));
                lineStart = next;
            } else {
                lines.add(t.substring(lineStart, best).strip());
                lineStart = best;
            }
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
