package com.studyhall.persistence;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.catalog.Category;
import com.studyhall.catalog.CategoryRepository;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.enrollment.Enrollment;
import com.studyhall.enrollment.EnrollmentRepository;
import com.studyhall.study.GlossaryTerm;
import com.studyhall.study.GlossaryTermRepository;
import com.studyhall.study.KeyConcept;
import com.studyhall.study.KeyConceptRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Flyway migrations and the repositories' queries on real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresRepositoryTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    Flyway flyway;

    @Autowired
    UserAccountRepository users;

    @Autowired
    CategoryRepository categories;

    @Autowired
    CourseRepository courses;

    @Autowired
    SectionRepository sections;

    @Autowired
    EnrollmentRepository enrollments;

    @Autowired
    KeyConceptRepository keyConcepts;

    @Autowired
    GlossaryTermRepository glossary;

    @Test
    void everyMigrationAppliedOnPostgres() {
        assertThat(flyway.info().applied()).hasSameSizeAs(flyway.info().all())
                .extracting(info -> info.getVersion().getVersion()).contains("1", "2", "3");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void wholeScoresBecomeDecimalsWithTheirValuesWhenPointsTurnFractional() throws Exception {
        // A database of its own, migrated in two steps around V27_1; replica mode skips the foreign keys' triggers.
        var fresh = PostgresDatabase.fresh();
        ScoreColumnsMigration.keepsEveryWholeScore(fresh.url(), fresh.user(), fresh.password(),
                "set session_replication_role = replica");
    }

    @Test
    void findPublishedListsPublishedCoursesOnly() {
        var owner = users.save(user("owner@example.com"));
        var category = categories.save(new Category("Technology", "technology"));
        course("published-one", "Memory in Python", "Reference counting explained", category, owner, true);
        course("draft-one", "Memory drafts", "Not yet", category, owner, false);
        course("other", "Typography", "Choosing a 100% readable typeface", category, owner, true);

        assertThat(courses.findPublished()).extracting(Course::getSlug).containsExactly("published-one", "other");
    }

    @Test
    void searchReadsKeyConceptsAndGlossaryTermsOfPublishedSectionsOnly() {
        var owner = users.save(user("searcher@example.com"));
        var category = categories.save(new Category("Science", "science"));
        var course = course("searched", "Searched", "", category, owner, true);
        var open = new Section(course, "open", "Open", "", 1);
        open.setPublished(true);
        sections.save(open);
        var draft = sections.save(new Section(course, "draft", "Draft", "", 2));
        keyConcepts.save(new KeyConcept(open, 1, "Refcount", "How many references hold an object"));
        keyConcepts.save(new KeyConcept(draft, 1, "Hidden", "Not yet published"));
        glossary.save(new GlossaryTerm(open, 1, "Arena", "A 1 MiB block of pymalloc"));
        glossary.save(new GlossaryTerm(draft, 1, "Secret", "Not yet published"));

        assertThat(keyConcepts.findPublished()).extracting(KeyConcept::getTerm).containsExactly("Refcount");
        assertThat(glossary.findPublished()).extracting(GlossaryTerm::getTerm).containsExactly("Arena");
    }

    @Test
    void sectionCountsOnlyPublishedSections() {
        var owner = users.save(user("counter@example.com"));
        var category = categories.save(new Category("Design", "design"));
        var course = course("counted", "Counted", "", category, owner, true);
        var visible = new Section(course, "one", "One", "", 1);
        visible.setPublished(true);
        sections.save(visible);
        sections.save(new Section(course, "two", "Two", "", 2));
        assertThat(sections.publishedSectionCounts(java.util.List.of(course.getId()))).containsEntry(course.getId(), 1L);
    }

    @Test
    void aLearnerIsEnrolledInACourseOnlyOnce() {
        var learner = users.save(user("once@example.com"));
        var category = categories.save(new Category("Business", "business"));
        var course = course("once", "Once", "", category, users.save(user("teacher@example.com")), true);
        enrollments.saveAndFlush(new Enrollment(learner.getId(), course.getId(), Instant.now()));
        assertThatThrownBy(() -> enrollments.saveAndFlush(new Enrollment(learner.getId(), course.getId(), Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emailsAreUnique() {
        users.saveAndFlush(user("unique@example.com"));
        assertThatThrownBy(() -> users.saveAndFlush(user("unique@example.com")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Course course(String slug, String title, String description, Category category, UserAccount owner,
                          boolean published) {
        var course = new Course(slug, title, category, owner, Instant.now());
        course.describe("", description, com.studyhall.catalog.CourseLevel.BEGINNER, Instant.now());
        course.setPublished(published);
        return courses.save(course);
    }

    private static UserAccount user(String email) {
        return new UserAccount(email, "Name", "{noop}x", Set.of(Role.LEARNER), Instant.now());
    }
}
