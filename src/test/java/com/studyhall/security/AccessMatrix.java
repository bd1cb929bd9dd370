package com.studyhall.security;

import com.studyhall.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Checks one row of an access-control matrix: a route, a kind of visitor and what must happen.
 * Each feature keeps its own matrix as a subclass with a {@code @CsvSource} of rows.
 *
 * <p>Expectations: a status code; {@code login} (sent to the login page); {@code open} /
 * {@code locked} (a section page with or without its contents); {@code passes} (security lets
 * the request through to the application); {@code denied} (401, 403 or the login page).
 * Visitors: anonymous, newbie, learner, instructor, admin (the demo users).
 */
public abstract class AccessMatrix {

    @Autowired
    protected MockMvc mvc;

    protected void check(String method, String route, String who, String expected) throws Exception {
        var builder = switch (method) {
            case "GET" -> get(route);
            case "POST" -> post(route).with(csrf());
            case "PUT" -> put(route).with(csrf());
            case "DELETE" -> delete(route).with(csrf());
            default -> throw new IllegalArgumentException(method);
        };
        MvcResult result = mvc.perform(builder.session(sessionOf(who))).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        String redirect = result.getResponse().getRedirectedUrl();
        switch (expected) {
            case "login" -> assertThat(redirect).endsWith("/login");
            case "open" -> assertThat(body).contains("id=\"audio-lessons\"").doesNotContain("Enroll to open");
            case "locked" -> assertThat(body).contains("Enroll to open this section").doesNotContain("id=\"audio-lessons\"");
            case "passes" -> assertThat(status).isNotIn(401, 403).isNotEqualTo(302);
            case "denied" -> assertThat(status == 401 || status == 403 || (redirect != null && redirect.endsWith("/login")))
                    .as("status %s redirect %s", status, redirect).isTrue();
            default -> assertThat(status).isEqualTo(Integer.parseInt(expected));
        }
    }

    protected MockHttpSession sessionOf(String who) throws Exception {
        return switch (who) {
            case "anonymous" -> new MockHttpSession();
            case "newbie" -> DemoUsers.NEWBIE.logIn(mvc);
            case "learner" -> DemoUsers.LEARNER.logIn(mvc);
            case "instructor" -> DemoUsers.INSTRUCTOR.logIn(mvc);
            case "admin" -> DemoUsers.ADMIN.logIn(mvc);
            default -> throw new IllegalArgumentException(who);
        };
    }
}
