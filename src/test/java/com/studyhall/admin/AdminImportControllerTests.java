package com.studyhall.admin;

import com.studyhall.accounts.Role;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.security.Navigation;
import com.studyhall.web.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import controller alone: what it refuses before the service sees the file, and how it answers. */
// Advice from other features (the studio's upload limit, say) needs their beans; this slice is the admin's.
@WebMvcTest(controllers = AdminImportController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.studyhall\\.(?!admin\\.).*"))
@Import({Navigation.class, MarkdownRenderer.class})
class AdminImportControllerTests {

    static final UserImport.Row GOOD = new UserImport.Row(2, "ada@example.com", "Ada", Set.of(Role.LEARNER), List.of());
    static final UserImport.Row BAD = new UserImport.Row(3, "nope", "Bob", Set.of(Role.LEARNER),
            List.of("“nope” is not a valid email address"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserImportService imports;

    /** The lab's interceptor is web configuration, so the slice builds it; it needs enrollments. */
    @MockitoBean
    EnrollmentService enrollments;

    @Test
    void aFileOverTheLimitIsRefusedWith413BeforeTheServiceReadsIt() throws Exception {
        byte[] big = new byte[UserImport.MAX_CHARACTERS * 4 + 1];
        mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                        .with(user("admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(status().isContentTooLarge()).andExpect(content().string(containsString("Split it into smaller files")));
        verify(imports, never()).check(anyString());
        verify(imports, never()).run(anyString(), anyBoolean());
    }

    @Test
    void anUploadedFileIsReadAsUtf8AndCheckedWithoutImporting() throws Exception {
        String csv = "ada@example.com,Åda Ünïcode,learner\n";
        when(imports.check(csv)).thenReturn(new UserImport.Plan(List.of(GOOD), null));
        mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("action", "check")
                        .with(user("admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1 to create, 0 lines with problems")))
                .andExpect(content().string(containsString("Åda Ünïcode")));
        verify(imports, never()).run(anyString(), anyBoolean());
    }

    @Test
    void aRefusedImportIs400AndKeepsTheCsvForCorrection() throws Exception {
        String csv = "ada@example.com,Ada,learner\nnope,Bob,learner\n";
        when(imports.run(csv, false)).thenReturn(new UserImportService.Outcome(
                new UserImport.Plan(List.of(GOOD, BAD), null), List.of(), List.of()));
        mvc.perform(post("/admin/users/import").param("csv", csv).param("action", "import")
                        .with(user("admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nothing imported: fix the problems below")))
                .andExpect(content().string(containsString("Line 3")))
                .andExpect(content().string(containsString("nope,Bob,learner")));
    }

    @Test
    void anImportShowsEachAccountsFullSetPasswordLinkAndEmptiesTheForm() throws Exception {
        String csv = "ada@example.com,Ada,learner\n";
        when(imports.run(csv, true)).thenReturn(new UserImportService.Outcome(new UserImport.Plan(List.of(GOOD), null),
                List.of(new UserImportService.Created(GOOD, 7, "/password/set/abc")), List.of()));
        mvc.perform(post("/admin/users/import").param("csv", csv).param("action", "import").param("onlyGood", "true")
                        .with(user("admin@example.com").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 account created")))
                .andExpect(content().string(containsString("http://localhost/password/set/abc")))
                .andExpect(content().string(not(containsString("ada@example.com,Ada,learner"))));
    }
}
