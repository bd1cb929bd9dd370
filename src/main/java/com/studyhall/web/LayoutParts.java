package com.studyhall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;

/**
 * The layout's style sheets, header and foot ({@code fragments/layout-kept.html}), rendered once
 * for every page or once per visitor state and kept: a dozen link expressions and the navigation's
 * conditions on every page were most of what the layout cost once the pages' own parts were kept
 * (docs/benchmarks.md). The header's logout form carries each request's CSRF token
 * ({@link HtmlWithHoles}). Templates call it as {@code ${@layoutParts.header(nav)}}, where
 * {@code nav} is the header's view of the visitor ({@code security.Navigation.State}, a record: it
 * is the key, so it must have value equality; typed as Object because security depends on web).
 */
@Component("layoutParts")
public class LayoutParts {

    private static final String TEMPLATE = "fragments/layout-kept";
    /** Visitor states (signed in or not, roles, display name) kept; the least recently used goes first. */
    private static final int MOST_KEPT = 2_000;

    private final KeptHtml html;
    private final KeptPerState<Key> kept = new KeptPerState<>(MOST_KEPT);

    public LayoutParts(KeptHtml html) {
        this.html = html;
    }

    /** The style sheets and the script, with their fingerprinted addresses. */
    public String links() {
        return part("links", null);
    }

    /** The skip link and the site header for this visitor. */
    public String header(Object nav) {
        return part("header", nav);
    }

    /** The foot of the page (the links a phone folds away) for this visitor. */
    public String footer(Object nav) {
        return part("footer", nav);
    }

    private String part(String fragment, Object nav) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        HttpServletResponse response = current.getResponse();
        return html.perState(kept, new Key(fragment, nav, HtmlWithHoles.tokenOf(request) != null), KeptPerState.NO_SNAPSHOT,
                TEMPLATE, fragment, () -> nav == null ? Map.of() : Map.of("nav", nav), name -> "", request, response);
    }

    private record Key(String fragment, Object nav, boolean token) {
    }
}
