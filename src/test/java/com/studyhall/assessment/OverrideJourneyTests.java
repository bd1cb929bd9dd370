package com.studyhall.assessment;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Extra attempts, extra time and reopened attempts for one learner: set by the course's instructor
 * in the gradebook, shown on the learner's test page, kept by the server at start, on every answer
 * and by the sweep, and written to the history. Shares the movable clock's context.
 */
@StudyhallIntegrationTest
@Import(EngineAndClock.class)
@TestPropertySource(properties = "app.assessment.expiry-sweep=PT1H") // the test runs the sweep itself
class OverrideJourneyTests {

    static final String COURSE = "typography-for-interfaces";
    static final String SECTION = "choosing-and-pairing-typefaces";
    static final String TEST = "/courses/" + COURSE + "/" + SECTION + "/test";
    static final String LEARNERS = "/studio/courses/" + COURSE + "/gradebook/learners/";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired CourseRepository courses;
    @Autowired SectionRepository sections;
    @Autowired EnrollmentService enrollments;
    @Autowired MockTestRepository tests;
    @Autowired TestAttemptRepository attempts;
    @Autowired AttemptExpiry expiry;
    @Autowired AuditLog audit;
    @Autowired EngineAndClock.MovableClock clock;
    @Autowired PlatformTransactionManager transactions;

    TestTakers takers;
    TransactionTemplate tx;
    long testId;

    @BeforeEach
    void setUp() {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        tx = new TransactionTemplate(transactions);
        testId = testOf(COURSE, SECTION);
    }

    @Test
    void anExtraAttemptLetsALearnerWhoUsedThemAllStartOneMoreAndIsShownAndRecorded() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        for (int i = 0; i < 3; i++) {
            submit(taker.session(), start(taker.session()));
        }
        mvc.perform(post(TEST).session(taker.session()).with(csrf()))
                .andExpect(redirectedUrl(TEST)).andExpect(flash().attribute("alert", "You have used all 3 attempts of this test."));

        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        mvc.perform(get(overridePath(taker.id(), testId)).session(instructor))
                .andExpect(status().isOk()).andExpect(content().string(containsString("the test allows 3 attempts of 10 minutes")));
        mvc.perform(grant(taker.id(), "1", "0", "Missed a week through illness").session(instructor))
                .andExpect(redirectedUrl(LEARNERS + taker.id()))
                .andExpect(flash().attribute("notice", "Test Taker now has 1 extra attempt on Choosing and Pairing Typefaces."));

        mvc.perform(get(LEARNERS + taker.id()).session(instructor))
                .andExpect(content().string(containsString("Granted: 1 extra attempt.")))
                .andExpect(content().string(containsString("Choosing and Pairing Typefaces: 1 extra attempt — Missed a week through illness")));
        mvc.perform(get(TEST).session(taker.session()))
                .andExpect(content().string(containsString("Your instructor gave you 1 extra attempt on this test")))
                .andExpect(content().string(containsString("1 of 4")));
        long fourth = start(taker.session());
        assertThat(attemptNumber(fourth)).isEqualTo(4);
        submit(taker.session(), fourth);
        mvc.perform(post(TEST).session(taker.session()).with(csrf()))
                .andExpect(flash().attribute("alert", "You have used all 4 attempts of this test."));
        assertThat(audit.about(Set.of(AuditKind.OVERRIDE_GRANTED), taker.email(), COURSE + " · "))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo(DemoUsers.INSTRUCTOR.email));
    }

    @Test
    void extraMinutesLengthenTheAttemptOpenNowAndTheSweepClosesItOnlyAtTheLongerDeadline() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        long open = start(taker.session());
        Instant started = attempt(open).getStartedAt();
        assertThat(attempt(open).getDeadline()).isEqualTo(started.plus(Duration.ofMinutes(10)));

        mvc.perform(grant(taker.id(), "0", "15", "").session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                .andExpect(redirectedUrl(LEARNERS + taker.id()));
        assertThat(attempt(open).getDeadline()).isEqualTo(started.plus(Duration.ofMinutes(25)));
        mvc.perform(get(TEST).session(taker.session())).andExpect(content().string(containsString("25 min")));

        clock.advance(Duration.ofMinutes(20));
        expiry.closeOverdueAttempts();
        assertThat(attempt(open).getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        mvc.perform(post("/attempts/" + open).session(taker.session()).with(csrf()).param("q1", ""))
                .andExpect(flash().attribute("notice", "Your answers are saved."));
        clock.advance(Duration.ofMinutes(6));
        expiry.closeOverdueAttempts();
        assertThat(attempt(open).getStatus()).isEqualTo(AttemptStatus.EXPIRED);

        long next = start(taker.session());
        assertThat(Duration.between(attempt(next).getStartedAt(), attempt(next).getDeadline())).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void anOpenSheetShowsAGrantOnItsNextLoadAndIsClosedOnceItsLongerTimeIsUp() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        long open = start(taker.session());
        mvc.perform(get("/attempts/" + open).session(taker.session()))
                .andExpect(content().string(containsString("· attempt 1 of 3")))
                .andExpect(content().string(containsString(">10:00<")));

        mvc.perform(grant(taker.id(), "1", "15", "").session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                .andExpect(redirectedUrl(LEARNERS + taker.id()));
        mvc.perform(get("/attempts/" + open).session(taker.session()))
                .andExpect(content().string(containsString("· attempt 1 of 4")))
                .andExpect(content().string(containsString(">25:00<")));
        clock.advance(Duration.ofMinutes(24));
        mvc.perform(get("/attempts/" + open).session(taker.session()))
                .andExpect(content().string(containsString(">1:00<")));

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/attempts/" + open).session(taker.session())).andExpect(status().isOk());
        assertThat(attempt(open).getStatus()).as("an overdue sheet is closed when it is opened").isEqualTo(AttemptStatus.EXPIRED);
    }

    @Test
    void theStartPageOffersTheOpenAttemptUntilItsDeadlineThenClosesItAndOffersTheNext() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        long open = start(taker.session());
        mvc.perform(get(TEST).session(taker.session()))
                .andExpect(content().string(containsString("Continue your attempt")))
                .andExpect(content().string(containsString("/attempts/" + open)));

        clock.advance(Duration.ofMinutes(10));
        mvc.perform(get(TEST).session(taker.session()))
                .andExpect(content().string(not(containsString("Continue your attempt"))))
                .andExpect(content().string(containsString(AttemptStatus.EXPIRED.label())));
        assertThat(attempt(open).getStatus()).as("an overdue attempt is closed when the start page is opened")
                .isEqualTo(AttemptStatus.EXPIRED);
        assertThat(attemptNumber(start(taker.session()))).isEqualTo(2);
    }

    @Test
    void aDeadlineTypedInTheInstructorsOwnZoneMeansThatMomentAndAnUnknownZoneCountsAsUtc() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        long id = start(taker.session());
        submit(taker.session(), id);
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        Instant deadline = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        String inTokyo = LocalDateTime.ofInstant(deadline, java.time.ZoneId.of("Asia/Tokyo")).toString();

        mvc.perform(get(reopenPath(taker.id(), id)).session(instructor))
                .andExpect(content().string(containsString("data-viewer-zone")))
                .andExpect(content().string(containsString("Date and time in UTC.")));
        mvc.perform(reopen(taker.id(), id, inTokyo, "").param("zone", "Asia/Tokyo").session(instructor))
                .andExpect(redirectedUrl(LEARNERS + taker.id()));
        assertThat(attempt(id).getDeadline()).isEqualTo(deadline);

        var other = takers.enrolledIn(COURSE);
        long second = start(other.session());
        submit(other.session(), second);
        mvc.perform(reopen(other.id(), second, local(deadline), "").param("zone", "Mars/Olympus").session(instructor))
                .andExpect(redirectedUrl(LEARNERS + other.id()));
        assertThat(attempt(second).getDeadline()).isEqualTo(deadline);
    }

    @Test
    void aReopenedAttemptTakesAnswersUntilItsNewDeadlineIsGradedAgainAndTheSweepClosesIt() throws Exception {
        var taker = takers.enrolledIn(COURSE);
        long id = start(taker.session());
        submit(taker.session(), id);
        // The learner's pages keep their best score with their rows; reopening must clear it there.
        assertThat(sectionPage(taker.session())).contains("Best test score");
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        Instant deadline = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);

        mvc.perform(get(reopenPath(taker.id(), id)).session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Reopen attempt 1 for Test Taker")));
        mvc.perform(reopen(taker.id(), id, local(deadline), "Lost connection").session(instructor))
                .andExpect(redirectedUrl(LEARNERS + taker.id()));
        assertThat(attempt(id).getStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(attempt(id).getDeadline()).isEqualTo(deadline);
        assertThat(attempt(id).getScorePoints()).isNull();
        assertThat(sectionPage(taker.session())).contains("Mock test: no attempt yet").doesNotContain("Best test score");

        // The deadline is a <time> element the page's script shows in the viewer's zone; as sent, it says UTC.
        String testPage = mvc.perform(get(TEST).session(taker.session())).andReturn().getResponse().getContentAsString()
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertThat(testPage).contains("reopened by your instructor until " + Times.shown(deadline), "Continue your attempt");
        mvc.perform(get("/attempts/" + id).session(taker.session())).andExpect(content().string(containsString("name=\"action\"")));
        mvc.perform(get(LEARNERS + taker.id()).session(instructor))
                .andExpect(content().string(containsString("(reopened until")))
                .andExpect(content().string(containsString("attempt 1 open until " + Times.shown(deadline) + " — Lost connection")));

        // Reopening the open attempt again is refused with the reason, not a 500.
        mvc.perform(reopen(taker.id(), id, local(deadline.plus(Duration.ofHours(1))), "").session(instructor))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Attempt 1 is still open; it can be reopened once it has closed.")));

        clock.advance(Duration.ofHours(2));
        expiry.closeOverdueAttempts();
        TestAttempt closed = attempt(id);
        assertThat(closed.getStatus()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(closed.getClosedAt()).isEqualTo(deadline);
        assertThat(closed.getScorePoints()).isNotNull();
        assertThat(sectionPage(taker.session())).contains("Best test score");
    }

    private String sectionPage(MockHttpSession learner) throws Exception {
        return mvc.perform(get("/courses/" + COURSE + "/" + SECTION).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Nested
    class Refused {

        @Test
        void anotherCoursesInstructorAndLearnersAreForbiddenOnEveryOverrideAddress() throws Exception {
            var taker = takers.enrolledIn(COURSE);
            long id = start(taker.session());
            submit(taker.session(), id);
            for (MockHttpSession forger : new MockHttpSession[]{otherInstructor(), taker.session(), DemoUsers.LEARNER.logIn(mvc)}) {
                mvc.perform(get(overridePath(taker.id(), testId)).session(forger)).andExpect(status().isForbidden());
                mvc.perform(grant(taker.id(), "9", "0", "").session(forger)).andExpect(status().isForbidden());
                mvc.perform(get(reopenPath(taker.id(), id)).session(forger)).andExpect(status().isForbidden());
                mvc.perform(reopen(taker.id(), id, local(clock.instant().plus(Duration.ofDays(1))), "").session(forger))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(grant(taker.id(), "9", "0", "")).andExpect(redirectedUrl("/login"));
            mvc.perform(post(overridePath(taker.id(), testId)).session(DemoUsers.INSTRUCTOR.logIn(mvc))
                    .param("extraAttempts", "9").param("extraMinutes", "0")).andExpect(status().isForbidden());
            assertThat(attempt(id).getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(audit.about(Set.of(AuditKind.OVERRIDE_GRANTED, AuditKind.ATTEMPT_REOPENED), taker.email(), COURSE)).isEmpty();
        }

        @Test
        void anotherCoursesTestAnotherLearnersAttemptAndSomeoneNotEnrolledAreNotFound() throws Exception {
            var taker = takers.enrolledIn(COURSE);
            var other = takers.enrolledIn(COURSE);
            long othersAttempt = start(other.session());
            submit(other.session(), othersAttempt);
            var outsider = takers.enrolledIn("negotiation-fundamentals");
            MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
            long negotiationTest = testOf("negotiation-fundamentals", "preparing-to-negotiate");
            String tomorrow = local(clock.instant().plus(Duration.ofDays(1)));

            mvc.perform(get(overridePath(taker.id(), negotiationTest)).session(instructor)).andExpect(status().isNotFound());
            mvc.perform(grant(taker.id(), negotiationTest, "1", "0").session(instructor)).andExpect(status().isNotFound());
            mvc.perform(get(overridePath(taker.id(), 987654321L)).session(instructor)).andExpect(status().isNotFound());
            mvc.perform(reopen(taker.id(), othersAttempt, tomorrow, "").session(instructor)).andExpect(status().isNotFound());
            mvc.perform(get(reopenPath(taker.id(), othersAttempt)).session(instructor)).andExpect(status().isNotFound());
            mvc.perform(grant(outsider.id(), "1", "0", "").session(instructor)).andExpect(status().isNotFound());
            assertThat(attempt(othersAttempt).getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
        }

        @Test
        void badValuesAre400sNamingTheFieldAndChangeNothing() throws Exception {
            var taker = takers.enrolledIn(COURSE);
            long id = start(taker.session());
            submit(taker.session(), id);
            MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);

            mvc.perform(grant(taker.id(), "lots", "0", "").session(instructor)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("must be a whole number")))
                    .andExpect(content().string(containsString("id=\"extraAttempts-errors\"")));
            mvc.perform(grant(taker.id(), "51", "-1", "").session(instructor)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("must be less than or equal to 50")))
                    .andExpect(content().string(containsString("must be greater than or equal to 0")));
            mvc.perform(grant(taker.id(), "99999999999999999999", "0", "").session(instructor)).andExpect(status().isBadRequest());
            mvc.perform(grant(taker.id(), "1", "0", "x".repeat(501)).session(instructor)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"reason-errors\"")))
                    .andExpect(content().string(containsString("size must be between 0 and 500")));
            mvc.perform(reopen(taker.id(), id, "tomorrow", "").session(instructor)).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("must be a date and time, like 2026-12-31T17:00")));
            mvc.perform(reopen(taker.id(), id, local(clock.instant().minus(Duration.ofMinutes(1))), "").session(instructor))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be in the future")));
            mvc.perform(reopen(taker.id(), id, local(clock.instant().plus(Duration.ofDays(400))), "").session(instructor))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("within a year")));
            mvc.perform(reopen(taker.id(), id, "", "").session(instructor)).andExpect(status().isBadRequest());

            assertThat(attempt(id).getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
            mvc.perform(get(TEST).session(taker.session())).andExpect(content().string(containsString("2 of 3")));
        }

        @Test
        void theSameFormSentTwiceGrantsAndRecordsOnce() throws Exception {
            var taker = takers.enrolledIn(COURSE);
            MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
            for (int i = 0; i < 2; i++) {
                mvc.perform(post(overridePath(taker.id(), testId)).session(instructor).with(csrf().asHeader())
                                .param("_csrf", "override-form-1").param("extraAttempts", "2").param("extraMinutes", "5"))
                        .andExpect(redirectedUrl(LEARNERS + taker.id()));
            }
            assertThat(audit.about(Set.of(AuditKind.OVERRIDE_GRANTED), taker.email(), COURSE + " · ")).hasSize(1);
        }
    }

    private MockHttpServletRequestBuilder grant(long learner, String attempts, String minutes, String reason) {
        return grant(learner, testId, attempts, minutes).param("reason", reason);
    }

    private MockHttpServletRequestBuilder grant(long learner, long test, String attempts, String minutes) {
        return post(overridePath(learner, test)).with(csrf()).param("extraAttempts", attempts).param("extraMinutes", minutes);
    }

    private MockHttpServletRequestBuilder reopen(long learner, long attempt, String deadline, String reason) {
        return post(reopenPath(learner, attempt)).with(csrf()).param("deadline", deadline).param("reason", reason);
    }

    private static String overridePath(long learner, long test) {
        return LEARNERS + learner + "/tests/" + test + "/override";
    }

    private static String reopenPath(long learner, long attempt) {
        return LEARNERS + learner + "/attempts/" + attempt + "/reopen";
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private long start(MockHttpSession session) throws Exception {
        String location = mvc.perform(post(TEST).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return Long.parseLong(location.substring("/attempts/".length()));
    }

    private void submit(MockHttpSession session, long attempt) throws Exception {
        mvc.perform(post("/attempts/" + attempt).session(session).with(csrf()).param("action", "submit"))
                .andExpect(redirectedUrl("/attempts/" + attempt));
    }

    private TestAttempt attempt(long id) {
        return attempts.findById(id).orElseThrow();
    }

    private int attemptNumber(long id) {
        return attempt(id).getAttemptNumber();
    }

    private long testOf(String course, String section) {
        return tx.execute(s -> {
            long courseId = courses.findBySlug(course).orElseThrow().getId();
            long sectionId = sections.findByCourseIdAndSlug(courseId, section).orElseThrow().getId();
            return tests.findBySectionId(sectionId).orElseThrow().getId();
        });
    }

    private MockHttpSession otherInstructor() throws Exception {
        String email = "override-other-" + UUID.randomUUID() + "@example.com";
        accounts.create(new NewAccount(email, "Other Instructor", TestTakers.PASSWORD), Set.of(Role.INSTRUCTOR));
        return DemoUsers.logIn(mvc, email, TestTakers.PASSWORD);
    }
}
