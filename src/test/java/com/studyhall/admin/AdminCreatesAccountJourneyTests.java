package com.studyhall.admin;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin creates an account; its one-time password is shown once and must be replaced at first sign-in. */
@StudyhallIntegrationTest
class AdminCreatesAccountJourneyTests {

    static final Pattern ONE_TIME = Pattern.compile("<code id=\"one-time-password\">([a-z2-9-]{23})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Test
    void theNewPersonSignsInWithTheOneTimePasswordAndMustChooseTheirOwnFirst() throws Exception {
        String email = "made-" + UUID.randomUUID() + "@example.com";
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("email", email).param("displayName", "Made By Admin").param("roles", "LEARNER", "INSTRUCTOR"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var found = ONE_TIME.matcher(page);
        assertThat(found.find()).as("the one-time password on the page").isTrue();
        String oneTime = found.group(1);
        var account = users.findByEmail(email).orElseThrow();
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR);
        assertThat(account.getPasswordHash()).doesNotContain(oneTime);
        mvc.perform(get("/admin/users/" + account.getId()).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(oneTime))));

        MockHttpSession person = DemoUsers.logIn(mvc, email, oneTime);
        mvc.perform(get("/my").session(person)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/studio").session(person)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(person).with(csrf())
                        .param("current", "not it").param("password", "a brand new passphrase").param("confirm", "a brand new passphrase"))
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password").session(person).with(csrf())
                        .param("current", oneTime).param("password", "a brand new passphrase").param("confirm", "another one entirely"))
                .andExpect(content().string(containsString("The two new passwords differ.")));
        mvc.perform(post("/account/password").session(person).with(csrf())
                        .param("current", oneTime).param("password", "a brand new passphrase").param("confirm", "a brand new passphrase"))
                .andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my").session(person)).andExpect(status().isOk());
        DemoUsers.logIn(mvc, email, "a brand new passphrase");
        assertThat(mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.66.0.1"))
                .param("username", email).param("password", oneTime)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(page(admin, "/admin/audit?kind=ACCOUNT_CREATED&q=" + email)).contains(email, DemoUsers.ADMIN.email);
    }

    @Test
    void aTakenEmailOrAMissingNameIsRefusedWithoutCreatingAnything() throws Exception {
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("email", DemoUsers.LEARNER.email).param("displayName", "Copy"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already exists")));
        String email = "nameless-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/admin/users").session(admin).with(csrf()).param("email", email).param("displayName", " "))
                .andExpect(content().string(containsString("Enter a display name")));
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void onlyAdminsCreateAccounts() throws Exception {
        mvc.perform(get("/admin/users/new").session(DemoUsers.INSTRUCTOR.logIn(mvc))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(DemoUsers.LEARNER.logIn(mvc)).with(csrf())
                .param("email", "x@example.com").param("displayName", "X")).andExpect(status().isForbidden());
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
