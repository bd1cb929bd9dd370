package com.studyhall.admin;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.LinkTokens;
import com.studyhall.accounts.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin creates an account with a set-password link instead of a one-time password. */
@StudyhallIntegrationTest
class SetPasswordLinkJourneyTests {

    static final Pattern LINK = Pattern.compile("http://localhost(/password/set/(" + LinkTokens.PATTERN + "))");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkSetsAPasswordOnceUnderThePolicyAndOnlyItsHashIsStored() throws Exception {
        String email = "linked-" + UUID.randomUUID() + "@example.com";
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", email)
                        .param("displayName", "Linked Person").param("access", "link"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the set-password link on the page").isTrue();
        String path = link.group(1);
        String token = link.group(2);
        assertThat(page).doesNotContain("one-time-password");
        long id = users.findByEmail(email).orElseThrow().getId();
        assertThat(jdbc.queryForObject("select token_hash from password_set_token where user_id = ?", String.class, id))
                .isEqualTo(LinkTokens.hash(token)).doesNotContain(token);

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString(email)));
        mvc.perform(post(path).with(csrf()).param("password", "short").param("confirm", "short"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post(path).with(csrf()).param("password", "a linked passphrase").param("confirm", "something else"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("The two passwords differ.")));
        mvc.perform(post(path).with(csrf()).param("password", "a linked passphrase").param("confirm", "a linked passphrase"))
                .andExpect(redirectedUrl("/login"));

        MockHttpSession person = DemoUsers.logIn(mvc, email, "a linked passphrase");
        mvc.perform(get("/my").session(person)).andExpect(status().isOk());
        mvc.perform(get(path)).andExpect(status().isGone()).andExpect(content().string(containsString("already used")));
        mvc.perform(post(path).with(csrf()).param("password", "another passphrase!").param("confirm", "another passphrase!"))
                .andExpect(status().isGone());
        DemoUsers.logIn(mvc, email, "a linked passphrase");
        assertThat(page(admin, "/admin/audit?kind=ACCOUNT_CREATED&q=" + email)).contains("set-password link");
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoAndANewLinkReplacesTheOldOne() throws Exception {
        String email = "expiring-" + UUID.randomUUID() + "@example.com";
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", email)
                .param("displayName", "Slow Reader").param("access", "link")).andReturn().getResponse().getContentAsString();
        Matcher first = LINK.matcher(page);
        assertThat(first.find()).isTrue();
        long id = users.findByEmail(email).orElseThrow().getId();

        String renewed = mvc.perform(post("/admin/users/" + id + "/password-link").session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher second = LINK.matcher(renewed);
        assertThat(second.find()).isTrue();
        assertThat(second.group(2)).isNotEqualTo(first.group(2));
        mvc.perform(get(first.group(1))).andExpect(status().isGone());

        jdbc.update("update password_set_token set expires_at = created_at - interval '1' day where token_hash = ?",
                LinkTokens.hash(second.group(2)));
        mvc.perform(get(second.group(1))).andExpect(status().isGone()).andExpect(content().string(containsString("expired")));
        mvc.perform(post(second.group(1)).with(csrf()).param("password", "too late passphrase").param("confirm", "too late passphrase"))
                .andExpect(status().isGone());
        mvc.perform(get("/password/set/" + "A".repeat(43))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("does not work")));
        mvc.perform(get("/password/set/nonsense")).andExpect(status().isNotFound());
        assertThat(page(admin, "/admin/audit?kind=SET_PASSWORD_LINK_ISSUED&q=" + email)).contains(email);
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
