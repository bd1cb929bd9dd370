package com.studyhall.review;

import com.studyhall.DemoUsers;
import com.studyhall.accounts.AccountService;
import com.studyhall.authoring.CourseBundle;
import com.studyhall.authoring.CourseBundleImporter;
import com.studyhall.catalog.CourseLevel;
import com.studyhall.study.SpeakerRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A course of its own for each review test (the Spring context is shared): published, owned by
 * the demo instructor, two sections of one lesson part each, so "finishing a section" is one click.
 */
record ReviewFixtures(MockMvc mvc, CourseBundleImporter importer, AccountService accounts, JdbcTemplate jdbc) {

    String newCourse() {
        String slug = "reviews-" + UUID.randomUUID().toString().substring(0, 8);
        var bundle = new CourseBundle(CourseBundle.FORMAT, CourseBundle.VERSION, slug, "Course " + slug, "Technology",
                CourseLevel.BEGINNER, "A course to review", "About it", "- Do a thing", "- Know a thing", "part-two",
                DemoUsers.INSTRUCTOR.email, true, List.of(section("part-one"), section("part-two")));
        importer.importCourse(bundle, accounts.findByEmail(DemoUsers.INSTRUCTOR.email).orElseThrow());
        return slug;
    }

    private static CourseBundle.SectionBundle section(String slug) {
        var part = new CourseBundle.LessonPartBundle("The only part", "It ends here.",
                List.of(new CourseBundle.TurnBundle(SpeakerRole.TEACHER, "Ms. Rao", "One two three four five six.")));
        return new CourseBundle.SectionBundle(slug, "Section " + slug, "Overview", true, List.of(part), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    MockHttpSession newLearner() throws Exception {
        String email = "reviewer-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", "Rita Reviewer")
                .param("password", "a perfectly fine passphrase"));
        return DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
    }

    void enroll(MockHttpSession learner, String course) throws Exception {
        mvc.perform(post("/courses/" + course + "/enrollment").session(learner).with(csrf()));
    }

    /** Marks the section's only lesson part done: the section is then finished. */
    void finishSection(MockHttpSession learner, String course, String section) throws Exception {
        long part = jdbc.queryForObject("select p.id from lesson_part p join section s on s.id = p.section_id "
                + "join course c on c.id = s.course_id where c.slug = ? and s.slug = ?", Long.class, course, section);
        mvc.perform(post("/courses/" + course + "/" + section + "/parts/" + part + "/done").session(learner).with(csrf())
                .param("done", "true"));
    }

    long reviewId(String course) {
        return jdbc.queryForObject("select r.id from course_review r join course c on c.id = r.course_id where c.slug = ?",
                Long.class, course);
    }
}
