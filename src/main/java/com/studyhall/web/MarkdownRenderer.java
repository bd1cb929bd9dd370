package com.studyhall.web;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns the Markdown of course content into HTML that is safe to put in a page. Templates call it
 * as {@code #markdown.html(text)} (see MarkdownDialect).
 *
 * <p>Two layers on purpose: CommonMark escapes raw HTML and drops unsafe link schemes, then the
 * OWASP sanitizer keeps only an allow-list of tags and attributes, so a bug in either one alone
 * lets no script through.
 */
@Component
public class MarkdownRenderer {

    private static final int CACHE_LIMIT = 4_000;
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-z0-9+#-]{1,20}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("pre", "code", "hr", "br", "del", "kbd", "blockquote", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("td", "th")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** Safe HTML for the Markdown; empty for null. Rendered once per distinct text. */
    public String html(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String cached = cache.get(markdown);
        if (cached != null) {
            return cached;
        }
        String html = scrollable(POLICY.sanitize(renderer.render(parser.parse(markdown))));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(markdown, html);
        return html;
    }

    /**
     * Code and tables wider than a phone scroll inside their own box instead of pushing the page
     * sideways; the box is a named region a keyboard can focus, so it can be scrolled without a mouse.
     * Added after sanitizing, which keeps neither tabindex nor role, to tags the sanitizer wrote itself.
     */
    static String scrollable(String html) {
        return html.replace("<pre>", "<pre class=\"scroll-region\" tabindex=\"0\" role=\"region\" aria-label=\"Code\">")
                .replace("<table>", "<div class=\"scroll-region\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>")
                .replace("</table>", "</table></div>");
    }

    /** Markdown of one paragraph rendered without the surrounding paragraph tags. */
    public String inline(String markdown) {
        String html = html(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
