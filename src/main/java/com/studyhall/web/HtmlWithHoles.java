package com.studyhall.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rendered HTML kept with holes: the request's CSRF token wherever a form carries it, and named
 * places the caller fills on each request (parts kept elsewhere, shared by every reader). A part
 * that shows one reader's state can then be rendered once per state and sent to every reader in
 * that state, each with the token of their own request.
 * <p>
 * A named hole is written into the render as {@link #marker(String)}: an HTML comment with a nonce
 * drawn at start-up, which no content can contain (course text passes through the Markdown
 * sanitizer, which keeps no comments, and escaped text cannot hold {@code <!--}).
 */
public final class HtmlWithHoles {

    private static final String NONCE = HexFormat.of().formatHex(SecureRandom.getSeed(8));
    private static final String OPEN = "<!--hole-" + NONCE + ":";
    private static final String CLOSE = "-->";
    private static final String TOKEN = "\u0000token\u0000";

    /** Literal text, alternating with holes: texts.size() == holes.size() + 1. */
    private final List<String> texts;
    private final List<String> holes;
    private final int length;

    private HtmlWithHoles(List<String> texts, List<String> holes) {
        this.texts = texts;
        this.holes = holes;
        this.length = texts.stream().mapToInt(String::length).sum();
    }

    /** What a render writes where {@link #fill} later puts the named part. */
    public static String marker(String name) {
        return OPEN + name + CLOSE;
    }

    /**
     * Splits a render at its markers and at every occurrence of {@code csrfToken} (the token the
     * render's request put in its forms; null when it had none).
     */
    public static HtmlWithHoles of(String html, String csrfToken) {
        String text = csrfToken == null || csrfToken.isEmpty() ? html : html.replace(csrfToken, OPEN + TOKEN + CLOSE);
        List<String> texts = new ArrayList<>();
        List<String> holes = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, from)) {
            int end = text.indexOf(CLOSE, at + OPEN.length());
            if (end < 0) {
                break;
            }
            texts.add(text.substring(from, at));
            holes.add(text.substring(at + OPEN.length(), end));
            from = end + CLOSE.length();
        }
        texts.add(text.substring(from));
        return new HtmlWithHoles(List.copyOf(texts), List.copyOf(holes));
    }

    /** The HTML with this request's token in its forms and each named hole filled by {@code parts}. */
    public String fill(String csrfToken, Function<String, String> parts) {
        StringBuilder out = new StringBuilder(length + 1024);
        out.append(texts.get(0));
        for (int i = 0; i < holes.size(); i++) {
            String hole = holes.get(i);
            out.append(hole.equals(TOKEN) ? (csrfToken == null ? "" : csrfToken) : parts.apply(hole));
            out.append(texts.get(i + 1));
        }
        return out.toString();
    }

    /** {@link #fill} with the parts in a map (a missing name fills with nothing). */
    public String fill(String csrfToken, Map<String, String> parts) {
        return fill(csrfToken, name -> parts.getOrDefault(name, ""));
    }

    /** The CSRF token this request's forms carry (masked for this response), or null without one. */
    public static String tokenOf(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token.getToken() : null;
    }

    /** The names of the holes other than the token's, in order. */
    List<String> holeNames() {
        return holes.stream().filter(h -> !h.equals(TOKEN)).toList();
    }
}
