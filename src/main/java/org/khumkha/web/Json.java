package org.khumkha.web;

import tools.jackson.databind.json.JsonMapper;

/** JSON for data embedded in pages ({@code <script type="application/json">}, escaped by {@code Html.scriptJson}). */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static String string(String s) {
        return MAPPER.writeValueAsString(s);
    }
}
