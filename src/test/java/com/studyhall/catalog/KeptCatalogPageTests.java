package com.studyhall.catalog;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalog page is kept whole per visitor state (KeptHtml.page): each answer still carries its
 * own request's CSRF token, its forms work with it, each visitor sees their own header, and what a
 * visitor does (joining the featured course) shows on their next visit.
 */
@StudyhallIntegrationTest
class KeptCatalogPageTests {

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern ENROLL_FORM = Pattern.compile("action=\"(/courses/[^\"/]+/enrollment)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void eachAnswerCarriesItsOwnTokenAndTheFeaturedEnrollFormWorksWithIt() throws Exception {
        MockHttpSession learner = signedUp("Kept Catalog Reader");
        Cookie xsrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        String first = catalog(learner, xsrf);
        String second = catalog(learner, xsrf);

        String token = one(META_TOKEN, second);
        assertThat(tokens(FORM_TOKEN, second)).isNotEmpty().containsOnly(token);
        assertThat(one(META_TOKEN, first)).isNotEqualTo(token);
        assertThat(second.replace(token, "TOKEN")).isEqualTo(first.replace(one(META_TOKEN, first), "TOKEN"));

        Matcher enroll = ENROLL_FORM.matcher(second);
        assertThat(enroll.find()).as("the featured course's enroll form").isTrue();
        assertThat(second).doesNotContain("Continue the course");
        mvc.perform(post(enroll.group(1)).session(learner).cookie(xsrf).param("_csrf", "not" + token))
                .andExpect(status().isForbidden());
        mvc.perform(post(enroll.group(1)).session(learner).cookie(xsrf).param("_csrf", token))
                .andExpect(status().is3xxRedirection());

        String after = catalog(learner, xsrf);
        assertThat(after).contains("Continue the course").doesNotMatch("(?s).*action=\"/courses/[^\"/]+/enrollment\".*");
    }

    @Test
    void eachVisitorSeesTheirOwnHeaderOnTheSameKeptCatalog() throws Exception {
        MockHttpSession ada = signedUp("Ada Keptpage");
        MockHttpSession bo = signedUp("Bo Keptpage");
        String adas = catalog(ada, null);
        String bos = catalog(bo, null);
        String visitors = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(adas).contains("Ada Keptpage").doesNotContain("Bo Keptpage");
        assertThat(bos).contains("Bo Keptpage").doesNotContain("Ada Keptpage");
        assertThat(visitors).doesNotContain("Keptpage").contains("href=\"/signup?next=");
        assertThat(catalog(ada, null)).contains("Ada Keptpage").doesNotContain("Bo Keptpage");
    }

    @Test
    void aFilteredCatalogIsKeptApartFromTheWholeOne() throws Exception {
        MockHttpSession learner = signedUp("Filter Keptpage");
        String all = catalog(learner, null);
        String filtered = mvc.perform(get("/").param("level", "advanced").session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).isNotEqualTo(all);
        assertThat(catalog(learner, null).replace(one(META_TOKEN, catalog(learner, null)), "T"))
                .isNotEqualTo(filtered.replace(one(META_TOKEN, filtered), "T"));
    }

    private MockHttpSession signedUp(String displayName) throws Exception {
        String email = "kept-catalog-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", displayName)
                .param("password", "a perfectly fine passphrase"));
        return DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
    }

    private String catalog(MockHttpSession session, Cookie xsrf) throws Exception {
        var request = get("/").session(session);
        if (xsrf != null) {
            request = request.cookie(xsrf);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String one(Pattern pattern, String html) {
        List<String> found = tokens(pattern, html);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> tokens(Pattern pattern, String html) {
        return pattern.matcher(html).results().map(m -> m.group(1)).toList();
    }
}
