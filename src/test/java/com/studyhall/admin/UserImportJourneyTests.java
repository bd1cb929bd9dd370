package com.studyhall.admin;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin imports accounts from a CSV: a dry run by line, then only clean imports (or the good rows on request). */
@StudyhallIntegrationTest
class UserImportJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Test
    void theDryRunListsEveryProblemByLineAndCreatesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,display name,role\n"
                + "ok-" + tag + "@example.com,Good Person,instructor\n"
                + "not an address,Bad Email,learner\n"
                + "OK-" + tag + "@example.com,Same Again,learner\n"
                + DemoUsers.LEARNER.email + ",Taken,learner\n"
                + "role-" + tag + "@example.com,Wrong Role,wizard\n"
                + "long-" + tag + "@example.com," + "N".repeat(81) + ",learner\n"
                + "\"quoted-" + tag + "@example.com\",\"Lovelace, Ada\",\n";
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        String page = mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", csv)
                        .param("action", "check"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 to create, 5 lines with problems",
                "Line 3</strong>:", "is not a valid email address",
                "Line 4</strong>:", "duplicate: ok-" + tag + "@example.com is already on line 2",
                "Line 5</strong>:", "already exists",
                "Line 6</strong>:", "unknown role “wizard”",
                "Line 7</strong>:", "display name is too long (81 characters, at most 80)",
                "Lovelace, Ada");
        assertThat(users.findByEmail("ok-" + tag + "@example.com")).isEmpty();

        mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", csv).param("action", "import"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Nothing imported")));
        assertThat(users.findByEmail("ok-" + tag + "@example.com")).isEmpty();

        String done = mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", csv)
                        .param("action", "import").param("onlyGood", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("2 accounts created");
        assertThat(users.findByEmail("ok-" + tag + "@example.com").orElseThrow().getRoles()).containsExactly(Role.INSTRUCTOR);
        assertThat(users.findByEmail("quoted-" + tag + "@example.com").orElseThrow().getDisplayName()).isEqualTo("Lovelace, Ada");
        assertThat(users.findByEmail("role-" + tag + "@example.com")).isEmpty();

        Matcher link = SetPasswordLinkJourneyTests.LINK.matcher(done);
        assertThat(link.find()).as("a set-password link per created account").isTrue();
        mvc.perform(post(link.group(1)).with(csrf()).param("password", "imported passphrase").param("confirm", "imported passphrase"))
                .andExpect(redirectedUrl("/login"));
        String audit = mvc.perform(get("/admin/audit?q=" + tag).session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(audit).contains("imported from CSV line 2", "imported from CSV line 8");
        assertThat(mvc.perform(get("/admin/audit?kind=USERS_IMPORTED").session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("7 rows, 2 created, 5 skipped");
    }

    @Test
    void anUploadedCleanFileImportsEveryRowAndTheLimitsAnswerClearly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ("\uFEFFa-" + tag + "@example.com,Anna,learner\r\nb-" + tag + "@example.com,Ben,admin;instructor\r\n")
                .getBytes(StandardCharsets.UTF_8);
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "people.csv", "text/csv", file))
                        .param("action", "import").session(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2 accounts created")));
        var secondAdmin = users.findByEmail("b-" + tag + "@example.com").orElseThrow();
        assertThat(secondAdmin.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.INSTRUCTOR);
        // The shared context's rules ("the last enabled admin keeps the role") count on one admin.
        secondAdmin.disable();
        users.save(secondAdmin);

        byte[] latin1 = "c@example.com,Jos\u00e9,learner\n".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "old.csv", "text/csv", latin1))
                        .session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("not UTF-8")));
        String tooMany = "x@example.com,X,learner\n".repeat(UserImport.MAX_ROWS + 1);
        mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", tooMany))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most " + UserImport.MAX_ROWS + " are imported at once")));
        mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", "x".repeat(UserImport.MAX_CHARACTERS + 1)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Split it into smaller files")));
        mvc.perform(post("/admin/users/import").session(admin).with(csrf()).param("csv", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("The CSV is empty")));
    }
}
