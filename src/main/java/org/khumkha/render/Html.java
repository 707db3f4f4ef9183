package org.khumkha.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tiny HTML writer for server-side pages and the report: every text and attribute value goes through
 * {@link #escape}, so a label from the graph can never become markup. Attributes are given as name, value pairs; a null
 * value leaves the attribute out, {@code ""} writes it bare.
 *
 * <pre>{@code new Html().open("p", "class", "note").text(label).close("p").toString()}</pre>
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes {@code & < > " '} for use in text and in double- or single-quoted attributes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * JSON text safe inside {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} become
     * unicode escapes, so a value holding {@code </script>} cannot close the element.
     */
    public static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** An element with escaped text content. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A void element ({@code <meta>}, {@code <link>}, {@code <input>}, {@code <br>}). */
    public Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written as is: only for constant markup or for what another {@link Html} built. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(name(attributes[i]));
            if (!value.isEmpty()) {
                out.append("=\"").append(escape(value)).append('"');
            }
        }
    }

    private static String name(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HTML name: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
