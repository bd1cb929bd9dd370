package com.studyhall.security;

import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StudyhallIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndTheCsrfMetaTags() throws Exception {
        for (String page : new String[] {"/", "/login", "/signup", "/courses/python-memory-management"}) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy",
                            allOf(containsString("script-src 'self'"), not(containsString("unsafe-inline")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().exists("Referrer-Policy"))
                    .andExpect(content().string(allOf(containsString("<meta name=\"_csrf\" content=\""),
                            containsString("<meta name=\"_csrf_header\" content=\""))))
                    .andExpect(content().string(allOf(not(containsString("<script>")), not(containsString("onclick=")))));
        }
    }

    @Test
    void errorPagesShowNoStackTrace() throws Exception {
        mvc.perform(get("/courses/%E0%A4%A")).andExpect(content().string(allOf(
                not(containsString("at com.studyhall")), not(containsString("Exception")))));
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAndTheH2ConsoleAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
        // No console is served: an address nothing serves is "not found" for everyone.
        mvc.perform(get("/h2-console")).andExpect(status().isNotFound());
    }
}
