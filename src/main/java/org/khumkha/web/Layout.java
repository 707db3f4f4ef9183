package org.khumkha.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one layout every page shares: head (Thai face, stylesheet, the page's WebJar libraries), header with the
 * navigation and the language switch, the page's content, and its script. The page's language, organization and year
 * travel in {@code <body data-…>} attributes for the scripts, and in the navigation links.
 */
public final class Layout {
    /** Remembers the language between pages; the language switch sets it (and localStorage). */
    public static final String LANGUAGE_COOKIE = "khumkha_lang";

    private Layout() {}

    /**
     * The page's language: {@code ?lang=} first, then the cookie, then Thai. A bad {@code ?lang=} is refused.
     */
    public static Language language(String param, String cookie) {
        if (param != null && !param.isBlank()) {
            return Language.parse(param);
        }
        try {
            return Language.parse(cookie);
        } catch (IllegalArgumentException e) {
            return Language.DEFAULT;
        }
    }

    /**
     * A whole page.
     *
     * @param context data attributes for the page script ({@code org}, {@code year} …), also kept in the navigation links
     */
    public static String render(Page page, Language language, String title, Map<String, String> context, Html content) {
        Objects.requireNonNull(page, "page");
        Html h = new Html();
        h.raw("<!DOCTYPE html>").newline();
        h.open("html", "lang", language.code()).open("head")
                .empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " — " + Messages.get(language, "app"))
                .empty("link", "rel", "preload", "href", WebConfig.FONTS_PATH + org.khumkha.render.ThaiFonts.BODY_REGULAR,
                        "as", "font", "type", "font/ttf", "crossorigin", "")
                .empty("link", "rel", "stylesheet", "href", Page.STYLESHEET);
        for (String library : page.libraries()) {
            h.open("script", "src", library).close("script");
        }
        h.close("head").newline();

        String[] body = new String[4 + 2 * context.size()];
        body[0] = "data-page";
        body[1] = page.id();
        body[2] = "data-lang";
        body[3] = language.code();
        int i = 4;
        for (Map.Entry<String, String> e : context.entrySet()) {
            body[i++] = "data-" + e.getKey();
            body[i++] = e.getValue();
        }
        h.open("body", body);
        h.open("header", "class", "top")
                .open("a", "class", "brand", "href", link(Page.SCORECARD, language, context)).text("คุ้มค่า")
                .element("span", " Khumkha", "class", "brand-en").close("a");
        h.open("nav", "class", "main-nav", "aria-label", "pages");
        for (Page p : Page.values()) {
            h.element("a", Messages.get(language, p.navKey()), "href", link(p, language, context),
                    "class", p == page ? "current" : null, "aria-current", p == page ? "page" : null, "data-nav", p.id());
        }
        h.close("nav");
        Language other = language == Language.TH ? Language.EN : Language.TH;
        h.element("a", Messages.get(language, "lang.switch"), "id", "lang-switch", "class", "lang-switch",
                "href", link(page, other, context), "data-lang", other.code(), "hreflang", other.code());
        h.close("header").newline();
        h.open("main", "id", "main").element("h1", title).raw(content.toString()).close("main").newline();
        h.open("footer", "class", "foot").element("p", Messages.get(language, "app")).close("footer");
        h.open("script", "src", Page.COMMON_SCRIPT).close("script");
        h.open("script", "src", page.script()).close("script");
        h.close("body").close("html").newline();
        return h.toString();
    }

    /** A page's URL in a language, keeping the organization and year. */
    public static String link(Page page, Language language, Map<String, String> context) {
        Map<String, String> params = new LinkedHashMap<>();
        if (context.containsKey("org")) {
            params.put("org", context.get("org"));
        }
        if (context.containsKey("year") && (page == Page.SCORECARD || page == Page.BY_PROVINCE)) {
            params.put("year", context.get("year"));
        }
        if (context.containsKey("indicator") && page == Page.BY_PROVINCE) {
            params.put("indicator", context.get("indicator"));
        }
        params.put("lang", language.code());
        StringBuilder sb = new StringBuilder(page.path());
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    /** The page as a response, with the language remembered in a cookie. */
    /**
     * The frame every page shares: the language from the request (or the cookie), then the page's own HTML; bad input
     * at either step answers 400 with the reason, in the page's layout.
     */
    public static ResponseEntity<String> page(Page page, String languageParam, String cookie,
                                              java.util.function.Function<Language, String> html) {
        Language language;
        try {
            language = language(languageParam, cookie);
        } catch (IllegalArgumentException e) {
            return problem(page, Language.DEFAULT, e.getMessage());
        }
        try {
            return respond(HttpStatus.OK, language, html.apply(language));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return problem(page, language, e.getMessage());
        }
    }

    public static ResponseEntity<String> respond(HttpStatus status, Language language, String html) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Set-Cookie", LANGUAGE_COOKIE + "=" + language.code() + "; Path=/; Max-Age=31536000; SameSite=Lax")
                .header("Content-Language", language.code())
                .body(html);
    }

    /** A page that could not be made: the reason, in the layout, with status 400. */
    public static ResponseEntity<String> problem(Page page, Language language, String reason) {
        Html content = new Html().element("p", reason, "class", "error", "id", "error");
        return respond(HttpStatus.BAD_REQUEST, language, render(page, language,
                language == Language.TH ? "ไม่สามารถแสดงหน้านี้ได้" : "This page cannot be shown", Map.of(), content));
    }
}
