package org.khumkha.graph;

/** Thai digits (๐-๙) are ordinary input in Thai government documents; they mean 0-9. */
public final class ThaiDigits {
    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {}

    public static String toArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return sb.toString();
    }
}
