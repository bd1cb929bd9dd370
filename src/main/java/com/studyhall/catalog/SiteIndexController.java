package com.studyhall.catalog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read: {@code /sitemap.xml} lists the catalog, each published course and
 * its free preview section (the only pages with content a visitor can read);
 * {@code /robots.txt} keeps crawlers out of the studio, the admin pages, the API and accounts.
 */
@Controller
class SiteIndexController {

    private final SiteIndex index;

    SiteIndexController(SiteIndex index) {
        this.index = index;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String site = SiteAddress.of(request);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, site + "/", null);
        for (SiteIndex.Entry entry : index.entries()) {
            url(xml, site + entry.path(), entry.lastModified());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots(HttpServletRequest request) {
        String body = String.join("\n",
                "User-agent: *",
                "Disallow: /studio",
                "Disallow: /admin",
                "Disallow: /api/",
                "Disallow: /account",
                "Disallow: /actuator",
                "Allow: /",
                "",
                "Sitemap: " + SiteAddress.of(request) + "/sitemap.xml",
                "");
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private static void url(StringBuilder xml, String location, java.time.Instant lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                    .format(lastModified.atOffset(java.time.ZoneOffset.UTC))).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
