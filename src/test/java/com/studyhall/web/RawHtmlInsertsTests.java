package com.studyhall.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place a template writes HTML without escaping it: Markdown through the sanitizing renderer
 * ({@code sh:body}), HTML Thymeleaf rendered and escaped earlier ({@code sh:html}, {@link KeptHtml}),
 * HTML kept with holes ({@link HtmlWithHoles}: the section page's {@code studyHtml}; the review page's
 * {@code shownAt}, an input the controller writes with a number), or the course
 * page's JSON-LD. A new unescaped insert has to be added here on purpose.
 */
class RawHtmlInsertsTests {

    private static final Pattern RAW = Pattern.compile("(sh:body|sh:html|th:utext)=\"([^\"]*)\"");
    private static final Set<String> KEPT_HTML = Set.of("${aboutHtml}", "${sideHtml}", "${browse}", "${labPreview}",
            "${presetSelect}", "${shared.dialogue(part.id)}", "${shared.middle}", "${shared.flashcards}",
            "${shared.glossary}", "${studyHtml}", "${outlineHtml}", "${myHtml}", "${shownAt}", "${@layoutParts.links()}",
            "${@layoutParts.header(nav)}", "${@layoutParts.footer(nav)}");

    @Test
    void templatesWriteUnescapedOnlyMarkdownOrHtmlTheyRenderedThemselves() throws Exception {
        List<String> inserts = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            Matcher raw = RAW.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (raw.find()) {
                inserts.add(template.getFilename() + " " + raw.group(1) + "=" + raw.group(2));
            }
        }

        assertThat(inserts).isNotEmpty().allSatisfy(insert -> {
            String[] parts = insert.split(" ", 2);
            String attribute = parts[1].substring(0, parts[1].indexOf('='));
            String value = parts[1].substring(parts[1].indexOf('=') + 1);
            switch (attribute) {
                case "sh:body" -> assertThat(value).as(insert).matches("\\$\\{#markdown\\.(html|inline)\\(.*\\)}");
                case "sh:html" -> assertThat(KEPT_HTML).as(insert).contains(value);
                default -> assertThat(insert).isEqualTo("course-head.html th:utext=${meta.jsonLd}");
            }
        });
    }
}
