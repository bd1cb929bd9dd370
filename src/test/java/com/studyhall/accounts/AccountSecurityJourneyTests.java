package com.studyhall.accounts;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.TestTotpClock;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An instructor turns two-factor sign-in on from the account page, then logs in with it. */
@StudyhallIntegrationTest
class AccountSecurityJourneyTests {

    static final String PASSWORD = "a sturdy test passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    TestTotpClock clock;

    @Autowired
    AuditLog audit;

    @Test
    void instructorSetsUpTwoFactorAndThenNeedsACodeOrARecoveryCode() throws Exception {
        accounts.create(new NewAccount("careful.instructor@example.com", "Careful", PASSWORD),
                Set.of(Role.LEARNER, Role.INSTRUCTOR));
        MockHttpSession session = DemoUsers.logIn(mvc, "careful.instructor@example.com", PASSWORD);
        MockHttpSession otherDevice = DemoUsers.logIn(mvc, "careful.instructor@example.com", PASSWORD);

        mvc.perform(get("/account/security").session(session))
                .andExpect(content().string(containsString("Set up two-factor sign-in")));
        String page = mvc.perform(get("/account/security/totp").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("otpauth://totp/Studyhall%3Acareful.instructor%40example.com")))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*<code class=\"secret\" id=\"secret\">([A-Z2-7 ]+)</code>.*", "$1")
                .replace(" ", "");

        mvc.perform(post("/account/security/totp").session(session).with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/account/security/totp?error"));
        clock.nextStep();
        var confirmed = mvc.perform(post("/account/security/totp").session(session).with(csrf())
                        .param("code", Totp.code(secret, clock.now())))
                .andExpect(redirectedUrl("/account/security")).andReturn();
        @SuppressWarnings("unchecked")
        var recoveryCodes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
        assertThat(recoveryCodes).hasSize(10);

        mvc.perform(get("/my").session(session)).andExpect(status().isOk());
        // A session opened elsewhere with the password alone ends.
        mvc.perform(get("/my").session(otherDevice)).andExpect(redirectedUrl("/login"));

        DemoUsers.logIn(mvc, "careful.instructor@example.com", PASSWORD, secret);

        var withRecovery = new MockHttpSession();
        mvc.perform(post("/login").session(withRecovery).with(csrf())
                        .param("username", "careful.instructor@example.com").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/totp"));
        mvc.perform(post("/login/totp").session(withRecovery).with(csrf()).param("code", recoveryCodes.get(0)))
                .andExpect(redirectedUrl("/my"));
        mvc.perform(get("/account/security").session(withRecovery))
                .andExpect(content().string(containsString("9 unused recovery code(s) left.")));
        // New recovery codes for a code from the app: the old ones stop working, the new ones are shown once.
        mvc.perform(post("/account/security/recovery-codes").session(withRecovery).with(csrf()).param("code", "000000"))
                .andExpect(flash().attribute("notice", "That code did not work, so your recovery codes stay as they were."));
        clock.nextStep();
        var renewed = mvc.perform(post("/account/security/recovery-codes").session(withRecovery).with(csrf())
                        .param("code", Totp.code(secret, clock.now())))
                .andExpect(redirectedUrl("/account/security")).andReturn();
        @SuppressWarnings("unchecked")
        var newCodes = (List<String>) renewed.getFlashMap().get("recoveryCodes");
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(recoveryCodes);
        mvc.perform(get("/account/security").session(withRecovery))
                .andExpect(content().string(containsString("10 unused recovery code(s) left.")));
        var withOldCode = new MockHttpSession();
        mvc.perform(post("/login").session(withOldCode).with(csrf())
                .param("username", "careful.instructor@example.com").param("password", PASSWORD));
        mvc.perform(post("/login/totp").session(withOldCode).with(csrf()).param("code", recoveryCodes.get(1)))
                .andExpect(redirectedUrl("/login/totp?error"));
        assertThat(audit.newest(AuditKind.RECOVERY_CODES_REGENERATED, "careful.instructor@example.com", 5)).hasSize(1);
    }
}
