package com.studyhall;

import com.studyhall.accounts.Totp;
import com.studyhall.accounts.TotpClock;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The demo accounts of product.md, and a real form login for them (with the TOTP step when they have it). */
public enum DemoUsers {
    LEARNER("learner@example.com", "learner-pass-2026", null),
    NEWBIE("newbie@example.com", "newbie-pass-2026", null),
    INSTRUCTOR("instructor@example.com", "instructor-pass-2026", null),
    ADMIN("admin@example.com", "admin-pass-2026", "STUDYHALLDEMOADMINSECRETTOTPKEYS");

    public final String email;
    public final String password;
    /** The published demo TOTP secret (README), or null for an account without two-factor sign-in. */
    public final String totpSecret;

    DemoUsers(String email, String password, String totpSecret) {
        this.email = email;
        this.password = password;
        this.totpSecret = totpSecret;
    }

    /** Logs in through the login form (and the code page) and returns the session that now carries the login. */
    public MockHttpSession logIn(MockMvc mvc) throws Exception {
        return logIn(mvc, email, password, totpSecret);
    }

    public static MockHttpSession logIn(MockMvc mvc, String email, String password) throws Exception {
        return logIn(mvc, email, password, null);
    }

    public static MockHttpSession logIn(MockMvc mvc, String email, String password, String totpSecret) throws Exception {
        var session = new MockHttpSession();
        var afterPassword = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", email).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
        if (totpSecret == null) {
            assertThat(afterPassword).isEqualTo("/my");
            return session;
        }
        assertThat(afterPassword).isEqualTo("/login/totp");
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", freshCode(mvc, totpSecret)))
                .andExpect(redirectedUrl("/my"));
        return session;
    }

    /** A new learner of their own (signed up through the form, logged in) enrolled in the course at this address. */
    public static MockHttpSession newLearnerIn(MockMvc mvc, String coursePath, String emailPrefix) throws Exception {
        String email = emailPrefix + "-" + java.util.UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", "Studious")
                .param("password", "a perfectly fine passphrase"));
        var session = logIn(mvc, email, "a perfectly fine passphrase");
        mvc.perform(post(coursePath + "/enrollment").session(session).with(csrf())).andExpect(redirectedUrl(coursePath));
        return session;
    }

    /** The code for a time step no earlier login has used: the test clock moves one step ahead first. */
    public static String freshCode(MockMvc mvc, String totpSecret) {
        return freshCode(mvc.getDispatcherServlet().getWebApplicationContext(), totpSecret);
    }

    public static String freshCode(ApplicationContext context, String totpSecret) {
        TotpClock clock = context.getBean(TotpClock.class);
        if (clock instanceof TestTotpClock stepping) {
            stepping.nextStep();
        }
        return Totp.code(totpSecret, clock.now());
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
