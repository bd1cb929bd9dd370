package com.studyhall.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWithHolesTests {

    @Test
    void theRenderingRequestsTokenBecomesTheTokenOfTheRequestThatFillsIt() {
        HtmlWithHoles kept = HtmlWithHoles.of("<form><input name=\"_csrf\" value=\"AAA-1\"></form><form>"
                + "<input name=\"_csrf\" value=\"AAA-1\"></form>", "AAA-1");

        String filled = kept.fill("BBB-2", Map.of());

        assertThat(filled).isEqualTo("<form><input name=\"_csrf\" value=\"BBB-2\"></form><form>"
                + "<input name=\"_csrf\" value=\"BBB-2\"></form>");
    }

    @Test
    void namedHolesAreFilledInOrderAndAMissingPartFillsWithNothing() {
        String render = "<p>a</p>" + HtmlWithHoles.marker("one") + "<p>b</p>" + HtmlWithHoles.marker("two")
                + HtmlWithHoles.marker("gone") + "<p>c</p>";

        HtmlWithHoles kept = HtmlWithHoles.of(render, null);

        assertThat(kept.holeNames()).containsExactly("one", "two", "gone");
        assertThat(kept.fill("T", Map.of("one", "<i>1</i>", "two", "<i>2</i>"))).isEqualTo("<p>a</p><i>1</i><p>b</p><i>2</i><p>c</p>");
    }

    @Test
    void aCommentThatOnlyLooksLikeAHoleStaysText() {
        String render = "<!--hole-0000:one--><p>x</p>";

        assertThat(HtmlWithHoles.of(render, "tok").fill("other", Map.of("one", "FILLED"))).isEqualTo(render);
    }
}
