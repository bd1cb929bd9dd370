package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
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
    static final Pattern CODES = Pattern.compile("/api/lab/presets/[0-9a-f]{16}");
    static final Pattern PRESET_KEY = Pattern.compile("<option value=\"((?:classic|example):[^\"]+)\"");

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

    @Test
    void thePageNamesThePresetsAndTheirProgramsComeFromAnAddressNamedByTheirContent() throws Exception {
        MockHttpSession learner = enrolled("Preset Reader");
        String page = lab(learner, null, "/lab");
        Matcher address = CODES.matcher(page);
        assertThat(address.find()).as("the select links the programs").isTrue();
        List<String> keys = PRESET_KEY.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(keys).contains("classic:01-alias", "classic:06-two-object-cycle");
        assertThat(page).contains("Two names, one list (alias)").doesNotContain("data-code=");
        assertThat(page.length()).as("the page without the programs").isLessThan(20_000);

        var answer = mvc.perform(get(address.group()).session(learner)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getContentType()).startsWith("application/json");
        assertThat(answer.getHeader("Cache-Control")).contains("private").contains("immutable").contains("max-age=31536000");
        Map<String, String> codes = JsonMapper.builder().build().readValue(answer.getContentAsByteArray(), new TypeReference<>() { });
        assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        String alias = new ClassPathResource("lab/presets/01-alias.py").getContentAsString(StandardCharsets.UTF_8);
        assertThat(codes.get("classic:01-alias")).isEqualTo(alias.substring(alias.indexOf('\n') + 1));
        assertThat(codes.values()).allSatisfy(code -> assertThat(code).isNotBlank());
    }

    @Test
    void anOlderAddressGetsTodaysProgramsButIsAskedForAgain() throws Exception {
        MockHttpSession learner = enrolled("Preset Latecomer");
        Matcher address = CODES.matcher(lab(learner, null, "/lab"));
        assertThat(address.find()).isTrue();
        String current = mvc.perform(get(address.group()).session(learner)).andReturn().getResponse().getContentAsString();
        var older = mvc.perform(get(PresetCodes.PATH + "0123456789abcdef").session(learner))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(older.getContentAsString()).isEqualTo(current);
        assertThat(older.getHeader("Cache-Control")).contains("no-cache").doesNotContain("immutable");
    }

    @Test
    void theProgramsAreOpenOnlyToThoseTheLabIsOpenTo() throws Exception {
        String email = "kept-lab-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", "Not Enrolled")
                .param("password", "a perfectly fine passphrase"));
        MockHttpSession newcomer = DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
        mvc.perform(get(PresetCodes.PATH + "0123456789abcdef").session(newcomer)).andExpect(status().isForbidden());
        mvc.perform(get(PresetCodes.PATH + "0123456789abcdef").accept("application/json"))
                .andExpect(status().isUnauthorized());
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
