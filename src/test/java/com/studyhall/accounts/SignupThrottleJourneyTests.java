package com.studyhall.accounts;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-ups are throttled per address, and the throttled answer is the same for new and taken emails. */
@StudyhallIntegrationTest
@TestPropertySource(properties = "app.signup.attempts-per-address=10")
class SignupThrottleJourneyTests {

    static final String THROTTLED = "Too many sign-ups from your network";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Test
    void afterTenSignUpsFromOneAddressNewAndTakenEmailsGetTheSameTryAgainLater() throws Exception {
        String address = "10.77.0.1";
        for (int i = 0; i < 9; i++) {
            signUp(address, "harvest" + i + "@example.com").andExpect(redirectedUrl("/my"));
        }
        signUp(address, DemoUsers.LEARNER.email).andExpect(status().isOk())
                .andExpect(content().string(containsString("already exists")));

        String newEmailAnswer = signUp(address, "eleventh@example.com")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(THROTTLED)))
                .andReturn().getResponse().getContentAsString();
        String takenEmailAnswer = signUp(address, DemoUsers.INSTRUCTOR.email)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(not(containsString("already exists"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(users.findByEmail("eleventh@example.com")).isEmpty();
        assertThat(withoutTheEmail(takenEmailAnswer, DemoUsers.INSTRUCTOR.email))
                .isEqualTo(withoutTheEmail(newEmailAnswer, "eleventh@example.com"));
    }

    @Test
    void anotherAddressStillSignsUp() throws Exception {
        for (int i = 0; i < 10; i++) {
            signUp("10.77.1.1", "busy" + i + "@example.com");
        }
        signUp("10.77.1.1", "blocked@example.com").andExpect(status().isTooManyRequests());
        signUp("10.77.1.2", "neighbour@example.com").andExpect(redirectedUrl("/my"));
    }

    private ResultActions signUp(String address, String email) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).with(DemoUsers.from(address))
                .param("email", email).param("displayName", "Someone")
                .param("password", "a perfectly fine passphrase"));
    }

    /** The pages differ only in the echoed email and the per-response CSRF token. */
    private static String withoutTheEmail(String page, String email) {
        return page.replace(email, "EMAIL").replaceAll("(name=\"_csrf\" (value|content)=\")[^\"]*\"", "$1\"").strip();
    }
}
