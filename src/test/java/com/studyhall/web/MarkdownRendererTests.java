package com.studyhall.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

    final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersCommonMarkWithCodeAndTables() {
        String html = markdown.html("**bold** and `code`\n\n```python\nx = []\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<strong>bold</strong>", "<code>code</code>",
                "<code class=\"language-python\">x &#61; []", "<table>", "<td>1</td>");
    }

    @Test
    void codeAndTablesScrollInsideARegionTheKeyboardCanFocus() {
        String html = markdown.html("```\nx = []\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<pre class=\"scroll-region\" tabindex=\"0\" role=\"region\" aria-label=\"Code\">",
                "<div class=\"scroll-region\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>",
                "</table></div>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](JaVaScRiPt:alert(1))",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
    })
    void noScriptEventHandlerOrJavascriptUrlSurvives(String payload) {
        String html = markdown.html(payload).toLowerCase();
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "href=\"javascript", "<p style");
    }

    @Test
    void linksOpenWithoutLeakingTheOpener() {
        assertThat(markdown.html("[docs](https://docs.python.org/3/)")).contains("noopener", "nofollow", "noreferrer");
    }

    @Test
    void inlineDropsTheParagraph() {
        assertThat(markdown.inline("a *b*")).isEqualTo("a <em>b</em>");
    }
}
