package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script payloads saved into every text field the studio edits, then every page that shows them
 * (studio and learner pages) is searched for a script, event handler or javascript: URL that
 * is not ours.
 */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class StoredXssTests {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "\"><svg onload=alert(3)>",
            "' onmouseover='alert(4)' x='",
            "<a href=\"javascript:alert(5)\">link</a>",
            "[click](javascript:alert(6))",
            "javascript:alert(7)",
            "<iframe src=\"javascript:alert(8)\"></iframe>",
            "</textarea><script>alert(9)</script>",
            "<style>body{display:none}</style><b onclick=alert(10)>b</b>");
    static final String ALL = String.join("\n\n", PAYLOADS);

    static final String COURSE = "/studio/courses/xss-course";
    static final String SECTION = COURSE + "/sections/xss-section";

    @Autowired
    MockMvc mvc;

    int next;

    @Test
    void noPayloadSurvivesOnAnyPage() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        send(ines, post("/studio/courses").param("title", line()).param("slug", "xss-course").param("category", line())
                .param("level", "BEGINNER").param("tagline", line()).param("description", ALL));
        send(ines, post(COURSE + "/sections").param("title", line()).param("slug", "xss-section").param("overview", ALL));
        for (String kind : List.of("chapters", "concepts", "examples", "aids", "flashcards", "glossary")) {
            var request = post(SECTION + "/" + kind);
            for (String field : List.of("title", "keyStatement", "explanation", "analogy", "term", "body",
                    "scenarioTitle", "scenarioCode", "text", "front", "back", "definition")) {
                request.param("values[" + field + "]", field.equals("term") || field.endsWith("itle") ? line() : ALL);
            }
            request.param("values[kind]", "STORY");
            if (kind.equals("concepts")) {
                request.param("values[explanation]", line());
            }
            send(ines, request);
        }
        send(ines, post(SECTION + "/lessons").param("title", line()).param("keyTakeaway", ALL)
                .param("turns[0].role", "TEACHER").param("turns[0].speaker", line()).param("turns[0].text", ALL)
                .param("turns[1].role", "STUDENT").param("turns[1].speaker", line()).param("turns[1].text", ALL));
        send(ines, post(SECTION + "/summary").param("basic", ALL).param("medium", ALL).param("detailed", ALL));
        send(ines, question("SINGLE_CHOICE").param("options[0].text", line()).param("options[0].correct", "true")
                .param("options[1].text", line()));
        send(ines, question("MULTIPLE_CHOICE").param("options[0].text", line()).param("options[0].correct", "true")
                .param("options[1].text", line()));
        send(ines, question("TRUE_FALSE").param("answer", "true"));
        send(ines, question("SHORT_TEXT").param("acceptedAnswers", String.join("\n", PAYLOADS)));
        send(ines, question("NUMERIC").param("numericAnswer", "3").param("tolerance", "0"));
        // A program the engine runs (a refused one is refused at save): it prints every payload.
        send(ines, question("PREDICT_OUTPUT").param("code", PAYLOADS.stream()
                .map(p -> "print(\"" + p.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\")")
                .collect(java.util.stream.Collectors.joining("\n"))));
        send(ines, post(SECTION + "/test").param("questionsPerAttempt", "3").param("timeLimitMinutes", "10")
                .param("attemptsAllowed", "2").param("passMarkPercent", "50").param("feedback", "NEVER"));
        send(ines, post(COURSE + "/publish"));
        send(ines, post(SECTION + "/publish").param("published", "true"));

        var pages = new ArrayList<>(List.of("/studio", COURSE, COURSE + "/history", SECTION, SECTION + "/summary",
                SECTION + "/test", SECTION + "/lessons/new", SECTION + "/questions/new",
                "/", "/?q=alert", "/courses/xss-course", "/courses/xss-course/xss-section"));
        String outline = body(ines, SECTION);
        Matcher links = Pattern.compile("href=\"(/studio/courses/xss-course/sections/xss-section/[a-z]+/\\d+)\"").matcher(outline);
        while (links.find()) {
            pages.add(links.group(1));
        }
        assertThat(pages).hasSizeGreaterThan(12 + 6 + 6);
        for (String page : pages) {
            assertSafe(page, body(ines, page));
        }

        MockHttpSession learner = signUpAndEnroll();
        for (String page : List.of("/", "/courses/xss-course", "/courses/xss-course/xss-section", "/my")) {
            assertSafe(page + " as learner", body(learner, page));
        }
        String conflict = mvc.perform(post(COURSE).session(ines).with(csrf()).param("version", "0")
                        .param("title", "Changed").param("slug", "xss-course").param("category", "Technology")
                        .param("level", "BEGINNER").param("description", "changed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone else saved a newer version");
        assertSafe("conflict page", conflict);
    }

    @Test
    void theCheckCatchesEveryPayloadLeftUnescaped() {
        for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(1), "<p" + PAYLOADS.get(2), PAYLOADS.get(4),
                "<b " + PAYLOADS.get(3) + ">", PAYLOADS.get(7), PAYLOADS.get(8), PAYLOADS.get(9))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe("sample", "<p>" + payload + "</p>"))
                    .as(payload).isInstanceOf(AssertionError.class);
        }
        assertSafe("escaped", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><input value=\"&lt;img src=x onerror=alert(2)&gt;\">");
    }

    private MockHttpServletRequestBuilder question(String type) {
        return post(SECTION + "/questions").param("type", type).param("prompt", ALL).param("explanation", ALL)
                .param("points", "1");
    }

    private String line() {
        return PAYLOADS.get(next++ % PAYLOADS.size());
    }

    private void send(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        int status = mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).as("saving through the studio").isEqualTo(302);
    }

    private String body(MockHttpSession session, String page) throws Exception {
        var response = mvc.perform(get(page).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpSession signUpAndEnroll() throws Exception {
        mvc.perform(post("/signup").with(csrf()).param("email", "xss-reader@example.com")
                .param("displayName", "Reader").param("password", "a careful reader of pages"));
        MockHttpSession learner = DemoUsers.logIn(mvc, "xss-reader@example.com", "a careful reader of pages");
        mvc.perform(post("/courses/xss-course/enrollment").session(learner).with(csrf()));
        return learner;
    }

    /** Reads every start tag the way an HTML tokenizer does, quotes and all, and checks its name and attributes. */
    static void assertSafe(String page, String html) {
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (at + 1 >= html.length() || !Character.isLetter(html.charAt(at + 1))) {
                continue;
            }
            int i = at + 1;
            while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
                i++;
            }
            String name = html.substring(at + 1, i).toLowerCase();
            String tag = html.substring(at, Math.min(html.length(), at + 120));
            // The lab preview's own empty drawing surface is the one svg a page may carry; its attributes
            // are still checked below like every other tag's.
            boolean labPreviewSurface = name.equals("svg") && tag.startsWith("<svg class=\"lab-preview-svg\"");
            if (!labPreviewSurface) {
                assertThat(name).as(page + ": " + tag).isNotIn("iframe", "svg", "style", "object", "embed");
            }
            var attributes = new ArrayList<String[]>();
            while (i < html.length() && html.charAt(i) != '>') {
                char c = html.charAt(i);
                if (Character.isWhitespace(c) || c == '/') {
                    i++;
                    continue;
                }
                int nameStart = i;
                while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && "=>".indexOf(html.charAt(i)) < 0) {
                    i++;
                }
                String key = html.substring(nameStart, i).toLowerCase();
                String value = "";
                if (i < html.length() && html.charAt(i) == '=') {
                    i++;
                    char quote = i < html.length() ? html.charAt(i) : ' ';
                    if (quote == '"' || quote == '\'') {
                        int close = html.indexOf(quote, i + 1);
                        close = close < 0 ? html.length() : close;
                        value = html.substring(i + 1, close);
                        i = close + 1;
                    } else {
                        int valueStart = i;
                        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                            i++;
                        }
                        value = html.substring(valueStart, i);
                    }
                }
                attributes.add(new String[] {key, value.strip()});
            }
            for (String[] attribute : attributes) {
                assertThat(attribute[0]).as(page + ": event handler in " + tag).doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction", "xlink:href").contains(attribute[0])) {
                    assertThat(attribute[1].toLowerCase()).as(page + ": " + tag).doesNotStartWith("javascript:");
                }
            }
            boolean jsonLd = name.equals("script") && attributes.size() == 1 && attributes.get(0)[0].equals("type")
                    && attributes.get(0)[1].equals("application/ld+json");
            if (jsonLd) {
                // A data block the browser never runs; it must not be able to close itself early.
                int end = html.indexOf("</script", i);
                assertThat(html.substring(i + 1, end)).as(page + ": JSON-LD").doesNotContain("<");
            } else if (name.equals("script")) {
                assertThat(attributes).as(page + ": " + tag).hasSize(2);
                assertThat(attributes.get(0)[1]).as(page + ": " + tag).matches("/js/[a-z-]+(-[0-9a-f]+)?\\.js");
            }
            if (name.equals("img")) {
                assertThat(tag).as(page).contains("src=\"/images/");
            }
        }
    }
}
