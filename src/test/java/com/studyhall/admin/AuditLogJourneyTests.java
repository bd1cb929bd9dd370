package com.studyhall.admin;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Security events reach the audit log with who, when and from where; admins search and export it. */
@StudyhallIntegrationTest
class AuditLogJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void aFailedSignInIsLoggedWithTheTypedEmailTheAddressAndTheReason() throws Exception {
        String typed = "nobody-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.88.0.7"))
                        .param("username", typed).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));

        String page = page(DemoUsers.ADMIN.logIn(mvc), "/admin/audit?kind=SIGN_IN_FAILED&q=" + typed);
        assertThat(row(page, typed)).contains("Sign-in failed", "10.88.0.7", "wrong email or password");
    }

    @Test
    void theAdminsTwoStepsAndTheirChangeToAnAccountAreLogged() throws Exception {
        String email = "audited-" + UUID.randomUUID() + "@example.com";
        long id = accounts.create(new NewAccount(email, "Audited", "audited passphrase 2026"), Set.of(Role.LEARNER)).getId();
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);

        mvc.perform(post("/admin/users/" + id + "/disable").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));

        String disabled = page(admin, "/admin/audit?q=" + email);
        assertThat(row(disabled, email)).contains("Account disabled", DemoUsers.ADMIN.email);
        String signIns = page(admin, "/admin/audit?q=" + DemoUsers.ADMIN.email);
        assertThat(signIns).contains("Password accepted, second factor asked", "password and second factor");
    }

    @Test
    void theCsvExportIsItselfLoggedAndNoCellRunsAsAFormula() throws Exception {
        String typed = "=HYPERLINK(\"http://evil.example\")" + UUID.randomUUID();
        mvc.perform(post("/login").with(csrf()).param("username", typed).param("password", "wrong"));
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);

        String csv = mvc.perform(get("/admin/audit.csv").session(admin).param("kind", "SIGN_IN_FAILED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("When (UTC),Kind,Actor,Actor id,Subject,Address,Detail");
        assertThat(csv).contains("\"'=HYPERLINK(");
        assertThat(page(admin, "/admin/audit?kind=EXPORT")).contains("audit log");
    }

    @Test
    void onlyAdminsReadTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").session(DemoUsers.INSTRUCTOR.logIn(mvc))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv").session(DemoUsers.LEARNER.logIn(mvc))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
    }

    private String page(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The table row that names {@code text}. */
    private static String row(String page, String text) {
        int at = page.indexOf(text, page.indexOf("<tbody>"));
        assertThat(at).as("a row naming " + text).isPositive();
        return page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
    }
}
