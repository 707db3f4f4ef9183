package org.khumkha.render;

import java.util.Locale;

/** The language a page, picture or report is shown in: Thai by default, English on request. */
public enum Language {
    TH("th"), EN("en");

    public static final Language DEFAULT = TH;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code: {@code th} or {@code en}. */
    public String code() {
        return code;
    }

    /** {@code th} or {@code en} (any case); null or blank gives the default; anything else is refused. */
    public static Language parse(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "th", "tha", "thai" -> TH;
            case "en", "eng", "english" -> EN;
            default -> throw new IllegalArgumentException("language must be th or en, got: " + s);
        };
    }

    /** The text in this language, falling back to the other one when it is missing. */
    public String pick(String thai, String english) {
        String first = this == TH ? thai : english;
        String second = this == TH ? english : thai;
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }
}
