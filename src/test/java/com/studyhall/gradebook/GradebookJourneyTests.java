package com.studyhall.gradebook;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.LearnerProgress;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The instructor's gradebook, a learner's record and the enrolled learners, played through the whole app. */
@StudyhallIntegrationTest
class GradebookJourneyTests {

    static final String COURSE = "typography-for-interfaces";
    static final String SECTION = "choosing-and-pairing-typefaces";
    static final String STUDIO = "/studio/courses/" + COURSE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CourseRepository courses;

    @Autowired
    LearnerProgress progress;

    @Test
    void aSubmittedAttemptShowsInTheGradebookWithItsScoreAttemptsAndReview() throws Exception {
        UserAccount learner = enrolledLearner("Grace Gradebook");
        long attempt = takeAndSubmitTest(learner);
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

        String book = mvc.perform(get(STUDIO + "/gradebook").session(instructor).param("q", "grace gradebook"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(book).contains("Grace Gradebook", "best 0%", ", last 0%", "1 attempt", "not taken")
                .doesNotContain(DemoUsers.LEARNER.email);

        mvc.perform(get(STUDIO + "/gradebook/learners/" + learner.getId()).session(instructor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Review attempt 1")))
                .andExpect(content().string(containsString("/gradebook/attempts/" + attempt)));
        mvc.perform(get(STUDIO + "/gradebook/attempts/" + attempt).session(instructor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("as the course's instructor")))
                .andExpect(content().string(containsString("Attempt 1 review")));
        // The same attempt under another course's address is not found.
        mvc.perform(get("/studio/courses/negotiation-fundamentals/gradebook/attempts/" + attempt).session(instructor))
                .andExpect(status().isNotFound());
    }

    @Test
    void theGradebookAndTheStatisticsDrawTheirChartsWithTheNumbersInATableBeside() throws Exception {
        takeAndSubmitTest(enrolledLearner("Chart One"));
        takeAndSubmitTest(enrolledLearner("Chart Two"));
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

        String book = mvc.perform(get(STUDIO + "/gradebook").session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(book).contains("Activity per week, last 8 weeks", "aria-labelledby=\"activity-caption activity-desc\"",
                "<th scope=\"col\" class=\"num\">Test attempts</th>");
        assertThat(book).containsPattern("chart-second\" x=\"\\d+\" y=\"\\d+\" height=\"([1-9]\\d*)\" data-count=\"[1-9]");

        String statistics = mvc.perform(get(STUDIO + "/statistics").session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(statistics).contains("Facility and discrimination per question", "<circle r=\"4\"",
                "Facility and discrimination of ");
        assertThat(statistics).containsPattern("cx=\"[0-9.]+\" cy=\"[0-9.]+\" data-question=\"\\d+\"");
    }

    @Test
    void behindListsLearnersWhoFailedATestAndSortingFollowsTheChosenColumn() throws Exception {
        UserAccount failed = enrolledLearner("Brook Behind");
        takeAndSubmitTest(failed);
        UserAccount fresh = enrolledLearner("Zed Zero");
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

        String behind = mvc.perform(get(STUDIO + "/gradebook").session(instructor).param("show", "behind"))
                .andReturn().getResponse().getContentAsString();
        assertThat(behind).contains("Brook Behind");

        String byNameDescending = mvc.perform(get(STUDIO + "/gradebook").session(instructor)
                        .param("sort", "name").param("dir", "desc"))
                .andReturn().getResponse().getContentAsString();
        assertThat(byNameDescending.indexOf("Zed Zero")).isPositive().isLessThan(byNameDescending.indexOf("Brook Behind"));
        assertThat(byNameDescending).contains("aria-sort=\"descending\"");
        assertThat(fresh.getId()).isNotNull();
    }

    @Test
    void theCsvHasEveryLearnerAndNoCellASpreadsheetWouldRun() throws Exception {
        enrolledLearner("=HYPERLINK(\"http://evil.example\",\"click\")");
        var response = mvc.perform(get(STUDIO + "/gradebook.csv").session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(COURSE + "-gradebook.csv")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString();
        assertThat(csv).startsWith("Name,Email,Enrolled,Progress %,Last activity,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(csv.lines()).noneMatch(line -> line.startsWith("=") || line.contains(",=") || line.contains(",\"="));
    }

    @Test
    void onlyTheOwnerAndAdminsSeeTheGradebook() throws Exception {
        mvc.perform(get(STUDIO + "/gradebook")).andExpect(redirectedUrl("/login"));
        mvc.perform(get(STUDIO + "/gradebook").session(DemoUsers.LEARNER.logIn(mvc))).andExpect(status().isForbidden());
        mvc.perform(get(STUDIO + "/gradebook.csv").session(otherInstructor())).andExpect(status().isForbidden());
        mvc.perform(get(STUDIO + "/gradebook").session(DemoUsers.ADMIN.logIn(mvc))).andExpect(status().isOk());
    }

    @Test
    void unenrollingKeepsTheLearnersProgressAndRemovesThemFromTheList() throws Exception {
        UserAccount learner = enrolledLearner("Una Unenrolled");
        takeAndSubmitTest(learner);
        long courseId = courses.findBySlug(COURSE).orElseThrow().getId();
        var before = progress.of(learner.getId(), courseId);
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

        mvc.perform(post(STUDIO + "/learners/" + learner.getId() + "/unenroll").session(instructor).with(csrf()))
                .andExpect(redirectedUrl(STUDIO + "/learners"));

        assertThat(enrollments.isEnrolled(learner.getId(), courseId)).isFalse();
        mvc.perform(get(STUDIO + "/learners").session(instructor))
                .andExpect(content().string(containsString("Una Unenrolled is no longer enrolled. Their progress is kept.")))
                .andExpect(content().string(not(containsString("/gradebook/learners/" + learner.getId() + "\""))));
        assertThat(progress.of(learner.getId(), courseId)).isEqualTo(before);
        mvc.perform(get(STUDIO + "/gradebook/learners/" + learner.getId()).session(instructor)).andExpect(status().isNotFound());
        mvc.perform(post(STUDIO + "/learners/" + learner.getId() + "/unenroll").session(instructor).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private UserAccount enrolledLearner(String name) {
        String email = "gb-" + UUID.randomUUID() + "@example.com";
        UserAccount account = accounts.create(new NewAccount(email, name, "gradebook passphrase 2026"), Set.of(Role.LEARNER));
        enrollments.enroll(account.getId(), courses.findBySlug(COURSE).orElseThrow().getId());
        return account;
    }

    private MockHttpSession otherInstructor() throws Exception {
        String email = "gb-other-" + UUID.randomUUID() + "@example.com";
        accounts.create(new NewAccount(email, "Other Instructor", "gradebook passphrase 2026"), Set.of(Role.INSTRUCTOR));
        return DemoUsers.logIn(mvc, email, "gradebook passphrase 2026");
    }

    /** Starts the section's test and hands it in blank: a graded attempt of 0 %. */
    private long takeAndSubmitTest(UserAccount learner) throws Exception {
        MockHttpSession session = DemoUsers.logIn(mvc, learner.getEmail(), "gradebook passphrase 2026");
        String location = mvc.perform(post("/courses/" + COURSE + "/" + SECTION + "/test").session(session).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        long attempt = Long.parseLong(location.substring("/attempts/".length()));
        mvc.perform(post(location).session(session).with(csrf()).param("action", "submit"))
                .andExpect(redirectedUrl(location));
        return attempt;
    }
}
