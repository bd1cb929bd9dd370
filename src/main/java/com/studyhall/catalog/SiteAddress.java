package com.studyhall.catalog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's own absolute address ("https://studyhall.example"), as the request reached it —
 * behind a proxy as the forwarded-headers setting resolves it. Canonical links, link previews and
 * the sitemap need absolute addresses.
 */
final class SiteAddress {

    private SiteAddress() {
    }

    static String of(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}
