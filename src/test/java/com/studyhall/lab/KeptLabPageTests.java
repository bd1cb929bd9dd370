package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lab page as the menu opens it is kept whole per visitor (KeptHtml.page): each answer has its
 * own request's token (the page's scripts send it with every run), each learner their own header,
 * and a page opened on an example is not the kept one.
 */
@StudyhallIntegrationTest
class KeptLabPageTests {

    static final String COURSE = "/courses/python-memory-management";
    static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void eachAnswerHasItsOwnTokenAndTheTokenRunsAProgram() throws Exception {
        MockHttpSession learner = enrolled("Lab Keptpage");
        Cookie xsrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        String first = lab(learner, xsrf, "/lab");
        String second = lab(learner, xsrf, "/lab");
        String token = token(second);
        assertThat(token(first)).isNotEqualTo(token);
        assertThat(second.replace(token, "T")).isEqualTo(first.replace(token(first), "T"));

        mvc.perform(post("/api/simulations").session(learner).cookie(xsrf).param("_csrf", token)
                        .contentType("application/json").content("{\"code\": \"print(1)\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/simulations").session(learner).cookie(xsrf).param("_csrf", "x" + token)
                        .contentType("application/json").content("{\"code\": \"print(1)\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachLearnerSeesTheirOwnHeaderAndAnExampleOpensItsOwnCode() throws Exception {
        String ada = lab(enrolled("Ada Labkept"), null, "/lab");
        String bo = lab(enrolled("Bo Labkept"), null, "/lab");
        assertThat(ada).contains("Ada Labkept").doesNotContain("Bo Labkept");
        assertThat(bo).contains("Bo Labkept").doesNotContain("Ada Labkept");
        assertThat(ada).doesNotContain("data-initial-step=\"3\"");
        assertThat(lab(enrolled("Cy Labkept"), null, "/lab?step=3")).contains("data-initial-step=\"3\"");
    }

    private MockHttpSession enrolled(String displayName) throws Exception {
        String email = "kept-lab-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", displayName)
                .param("password", "a perfectly fine passphrase"));
        MockHttpSession session = DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
        mvc.perform(post(COURSE + "/enrollment").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        return session;
    }

    private String lab(MockHttpSession session, Cookie xsrf, String address) throws Exception {
        var request = get(address).session(session);
        if (xsrf != null) {
            request = request.cookie(xsrf);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String token(String html) {
        var found = META_TOKEN.matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
