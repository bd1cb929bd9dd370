package com.studyhall.lab;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lab page against every kind of visitor: the lab for enrolled learners, instructors and
 * admins; a locked prompt with the way in for everyone else (never a bare redirect or a 403).
 */
@StudyhallIntegrationTest
class LabPageAccessMatrixTests extends AccessMatrix {

    @ParameterizedTest(name = "GET {0} as {1} -> {2}")
    @CsvSource({
            "/lab, anonymous, locked-anonymous",
            "/lab, newbie, locked-enroll",
            "/lab, learner, lab",
            "/lab, instructor, lab",
            "/lab, admin, lab",
            "/lab?example=1&step=3, anonymous, locked-anonymous",
            "/lab?example=1&step=3, learner, lab",
    })
    void labPage(String route, String who, String expected) throws Exception {
        var response = mvc.perform(get(route).session(sessionOf(who))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        switch (expected) {
            case "lab" -> assertThat(body).contains("id=\"lab-editor\"").doesNotContain("id=\"lab-locked\"");
            case "locked-anonymous" -> assertThat(body).contains("id=\"lab-locked\"", "href=\"/signup\"", "href=\"/login\"")
                    .doesNotContain("id=\"lab-editor\"");
            case "locked-enroll" -> assertThat(body).contains("id=\"lab-locked\"", "href=\"/courses/python-memory-management\"")
                    .doesNotContain("id=\"lab-editor\"");
            default -> throw new IllegalArgumentException(expected);
        }
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /js/lab-layout.js, anonymous, 200",
            "GET, /webjars/codemirror/5.65.16/lib/codemirror.js, anonymous, 200",
            "GET, /js/lab.js, anonymous, 200",
    })
    void labAssets(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
