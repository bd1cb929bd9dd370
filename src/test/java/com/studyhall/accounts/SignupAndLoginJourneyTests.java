package com.studyhall.accounts;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StudyhallIntegrationTest
class SignupAndLoginJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Test
    void newLearnerSignsUpAndLogsInWithALongUnicodePassphrase() throws Exception {
        String passphrase = "ünïcödé pässphrâse 🐍🐍 that is far longer than seventy-two bytes of UTF-8 text, ok";
        signUp("ada.lovelace@example.com", "Ada", passphrase).andExpect(redirectedUrl("/my"));

        var account = users.findByEmail("ada.lovelace@example.com").orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);
        assertThat(account.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}");

        MockHttpSession session = DemoUsers.logIn(mvc, "ada.lovelace@example.com", passphrase);
        mvc.perform(get("/my").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("My learning")));
    }

    @Test
    void signingUpSignsTheNewLearnerIn() throws Exception {
        MockHttpSession session = (MockHttpSession) signUp("grace@example.com", "Grace", "a perfectly fine passphrase")
                .andExpect(redirectedUrl("/my"))
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/my").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("My learning")))
                .andExpect(content().string(containsString("Welcome to Studyhall, Grace")));
    }

    @Test
    void signupFromACourseReturnsToItSignedInAndReadyToEnroll() throws Exception {
        String course = "/courses/python-memory-management";
        mvc.perform(get("/signup").param("next", course))
                .andExpect(content().string(containsString("name=\"next\" value=\"" + course + "\"")));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/signup").with(csrf())
                        .param("email", "returning@example.com").param("displayName", "Ret")
                        .param("password", "a perfectly fine passphrase").param("next", course))
                .andExpect(redirectedUrl(course))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get(course).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enroll below to start the course.")))
                .andExpect(content().string(containsString("action=\"" + course + "/enrollment\"")));
    }

    @Test
    void signupNeverSendsTheNewLearnerToAnotherSite() throws Exception {
        String[] foreign = {"//evil.example/path", "https://evil.example/", "/\\evil.example", "/courses/%2F%2Fevil",
                "javascript:alert(1)", "/courses/x?y=//evil.example"};
        for (int i = 0; i < foreign.length; i++) {
            mvc.perform(get("/signup").param("next", foreign[i]))
                    .andExpect(content().string(not(containsString("name=\"next\""))));
            mvc.perform(post("/signup").with(csrf()).param("email", "wanderer" + i + "@example.com")
                            .param("displayName", "W").param("password", "a perfectly fine passphrase")
                            .param("next", foreign[i]))
                    .andExpect(redirectedUrl("/my"));
        }
    }

    @Test
    void signingUpGivesTheSessionANewId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String plantedId = before.getId();
        String idAfter = mvc.perform(post("/signup").session(before).with(csrf())
                        .param("email", "fixated@example.com").param("displayName", "F")
                        .param("password", "a perfectly fine passphrase"))
                .andExpect(redirectedUrl("/my"))
                .andReturn().getRequest().getSession(false).getId();
        assertThat(idAfter).isNotEqualTo(plantedId);
    }

    @Test
    void passphraseDifferingOnlyAfterSeventyTwoBytesDoesNotLogIn() throws Exception {
        String prefix = "x".repeat(80);
        signUp("long.prefix@example.com", "Long", prefix + "-right-ending").andExpect(redirectedUrl("/my"));
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.1"))
                        .param("username", "long.prefix@example.com").param("password", prefix + "-wrong-ending"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signupCannotGrantItselfARole() throws Exception {
        mvc.perform(post("/signup").with(csrf())
                        .param("email", "sneaky@example.com").param("displayName", "Sneaky")
                        .param("password", "a perfectly fine passphrase").param("roles", "ADMIN"))
                .andExpect(redirectedUrl("/my"));
        assertThat(users.findByEmail("sneaky@example.com").orElseThrow().getRoles()).containsExactly(Role.LEARNER);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        MockHttpSession session = DemoUsers.NEWBIE.logIn(mvc);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/my").session(new MockHttpSession())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        MvcResult wrongPassword = mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.2"))
                .param("username", DemoUsers.LEARNER.email).param("password", "not the right password")).andReturn();
        MvcResult unknownEmail = mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.2"))
                .param("username", "nobody-here@example.com").param("password", "not the right password")).andReturn();
        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(unknownEmail.getResponse().getStatus());
        assertThat(wrongPassword.getResponse().getRedirectedUrl())
                .isEqualTo(unknownEmail.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void repeatedFailuresAreThrottledWithAClearMessageButOtherAddressesStillLogIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.3"))
                            .param("username", DemoUsers.INSTRUCTOR.email).param("password", "guess number " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.3"))
                        .param("username", DemoUsers.INSTRUCTOR.email).param("password", DemoUsers.INSTRUCTOR.password))
                .andExpect(redirectedUrl("/login?throttled=15"));
        mvc.perform(get("/login").param("throttled", "15"))
                .andExpect(content().string(containsString("Too many failed attempts")));
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.9.0.4"))
                        .param("username", DemoUsers.INSTRUCTOR.email).param("password", DemoUsers.INSTRUCTOR.password))
                .andExpect(redirectedUrl("/my"));
    }

    @Nested
    class RefusedSignups {

        @Test
        void shortPassword() throws Exception {
            signUp("short@example.com", "Short", "too-short").andExpect(status().isOk())
                    .andExpect(content().string(containsString("Use at least 12 characters.")));
            assertThat(users.existsByEmail("short@example.com")).isFalse();
        }

        @Test
        void commonPassword() throws Exception {
            signUp("common@example.com", "Common", "1qaz2wsx3edc").andExpect(status().isOk())
                    .andExpect(content().string(containsString("list of common passwords")));
        }

        @Test
        void invalidEmail() throws Exception {
            signUp("not-an-email", "Nobody", "a perfectly fine passphrase").andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter a valid email address.")));
        }

        @Test
        void takenEmailInAnyCase() throws Exception {
            signUp("LEARNER@Example.com", "Copycat", "a perfectly fine passphrase").andExpect(status().isOk())
                    .andExpect(content().string(containsString("already exists")));
        }

        @Test
        void absurdInputGetsAFormNotAnError() throws Exception {
            mvc.perform(post("/signup").with(csrf()).param("email", "x".repeat(5000) + "@example.com")
                            .param("displayName", "\u0000".repeat(300)).param("password", "p".repeat(10_000)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Use at most 128 characters.")))
                    .andExpect(content().string(not(containsString("Exception"))));
            mvc.perform(post("/signup").with(csrf())).andExpect(status().isOk());
        }

        @Test
        void missingCsrfToken() throws Exception {
            mvc.perform(post("/signup").param("email", "nocsrf@example.com").param("displayName", "No")
                    .param("password", "a perfectly fine passphrase")).andExpect(status().isForbidden());
            assertThat(users.existsByEmail("nocsrf@example.com")).isFalse();
        }
    }

    private org.springframework.test.web.servlet.ResultActions signUp(String email, String name, String password)
            throws Exception {
        return mvc.perform(post("/signup").with(csrf())
                .param("email", email).param("displayName", name).param("password", password));
    }
}
