package com.studyhall;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The demo accounts of product.md, and a real form login for them. */
public enum DemoUsers {
    LEARNER("learner@example.com", "learner-pass-2026"),
    NEWBIE("newbie@example.com", "newbie-pass-2026"),
    INSTRUCTOR("instructor@example.com", "instructor-pass-2026"),
    ADMIN("admin@example.com", "admin-pass-2026");

    public final String email;
    public final String password;

    DemoUsers(String email, String password) {
        this.email = email;
        this.password = password;
    }

    /** Logs in through the login form and returns the session that now carries the login. */
    public MockHttpSession logIn(MockMvc mvc) throws Exception {
        return logIn(mvc, email, password);
    }

    public static MockHttpSession logIn(MockMvc mvc, String email, String password) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", email).param("password", password))
                .andExpect(redirectedUrl("/my"));
        return session;
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
