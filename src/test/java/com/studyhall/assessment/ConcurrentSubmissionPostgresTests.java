package com.studyhall.assessment;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.catalog.Category;
import com.studyhall.catalog.CategoryRepository;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 learners submit at once on PostgreSQL, each twice: no attempt is lost and none is graded
 * twice. Runs in a schema of its own, so the repository tests on the same database see none of it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentSubmissionPostgresTests {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentSubmissionPostgresTests.class);
    static final int LEARNERS = 200;
    static final String SCHEMA = "assessment_concurrency";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        var database = PostgresDatabase.get();
        registry.add("spring.datasource.url", () -> database.url()
                + (database.url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "24");
        registry.add("app.demo-data", () -> "false");
    }

    @Autowired UserAccountRepository users;
    @Autowired CategoryRepository categories;
    @Autowired CourseRepository courses;
    @Autowired SectionRepository sections;
    @Autowired MockTestRepository tests;
    @Autowired QuestionRepository questions;
    @Autowired EnrollmentService enrollments;
    @Autowired AttemptService attempts;
    @Autowired StatisticsService statistics;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoHundredLearnersSubmittingAtOnceLoseNoAttemptAndCountNoneTwice() throws Exception {
        var owner = users.save(new UserAccount("owner-" + Instant.now().toEpochMilli() + "@example.com", "Owner",
                "{noop}unused", Set.of(Role.LEARNER, Role.INSTRUCTOR), Instant.now()));
        Course course = courseWithTest(owner);
        List<Viewer> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            var learner = users.save(new UserAccount("crowd-" + i + "-" + owner.getId() + "@example.com", "Learner " + i,
                    "{noop}unused", Set.of(Role.LEARNER), Instant.now()));
            enrollments.enroll(learner.getId(), course.getId());
            learners.add(new Viewer(learner.getId(), false, false));
        }

        // Every learner starts twice at once: one attempt each.
        List<Callable<Long>> starts = new ArrayList<>();
        learners.forEach(viewer -> {
            starts.add(() -> attempts.start(course.getSlug(), "only", viewer));
            starts.add(() -> attempts.start(course.getSlug(), "only", viewer));
        });
        List<Long> started = runAtOnce(starts);
        List<Long> attemptIds = started.stream().distinct().toList();
        assertThat(attemptIds).hasSize(LEARNERS);

        for (int i = 0; i < LEARNERS; i++) {
            attempts.saveAnswer(attemptIds.get(i), ownerOf(attemptIds.get(i), learners), 1, List.of("true"));
        }

        // Every learner submits twice at once: 400 submits for 200 attempts.
        List<Callable<Boolean>> submits = new ArrayList<>();
        for (long id : attemptIds) {
            Viewer viewer = ownerOf(id, learners);
            submits.add(() -> attempts.submit(id, viewer));
            submits.add(() -> attempts.submit(id, viewer));
        }
        long began = System.nanoTime();
        List<Boolean> closedIt = runAtOnce(submits);
        long millis = (System.nanoTime() - began) / 1_000_000;
        log.info("{} submits of {} attempts on PostgreSQL took {} ms", submits.size(), LEARNERS, millis);

        assertThat(closedIt.stream().filter(Boolean::booleanValue).count()).isEqualTo(LEARNERS);
        assertThat(jdbc.queryForObject("select count(*) from test_attempt where status = 'SUBMITTED' and score_points = 1",
                Long.class)).isEqualTo(LEARNERS);
        assertThat(jdbc.queryForObject("select count(*) from test_attempt", Long.class)).isEqualTo(LEARNERS);
        var owners = new Viewer(owner.getId(), true, false);
        assertThat(statistics.forCourse(course.getSlug(), owners).tests().get(0).attempts()).isEqualTo(LEARNERS);
    }

    private Viewer ownerOf(long attemptId, List<Viewer> learners) {
        long learnerId = jdbc.queryForObject("select learner_id from test_attempt where id = ?", Long.class, attemptId);
        return learners.stream().filter(v -> v.userId() == learnerId).findFirst().orElseThrow();
    }

    private Course courseWithTest(UserAccount owner) {
        var category = categories.save(new Category("Concurrency", "concurrency-" + owner.getId()));
        var course = new Course("crowd-" + owner.getId(), "Crowd", category, owner, Instant.now());
        course.setPublished(true);
        courses.save(course);
        var section = new Section(course, "only", "Only", "", 1);
        section.setPublished(true);
        sections.save(section);
        tests.save(new MockTest(section, new TestSettings(3, false, false, 20, 1, 50, FeedbackTiming.AFTER_EACH_ATTEMPT)));
        for (int i = 1; i <= 3; i++) {
            var question = new Question(section, i, QuestionType.TRUE_FALSE, "Statement " + i, "Why " + i, 1);
            question.setAnswerTrue(i == 1);
            questions.save(question);
        }
        return course;
    }

    private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
        return EngineAndClockJourneyTests.allOf(tasks, 32);
    }
}
