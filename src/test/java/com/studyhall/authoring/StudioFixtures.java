package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.study.StudyRepositories;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Ids of demo content for studio routes, and a second instructor who owns none of it. */
@Component
class StudioFixtures {

    static final String OTHER_EMAIL = "other-instructor@example.com";
    static final String OTHER_PASSWORD = "other-instructor-pass-2026";

    private final AccountService accounts;
    private final CourseRepository courses;
    private final SectionRepository sections;
    private final StudyRepositories content;
    private final QuestionRepository questions;

    StudioFixtures(AccountService accounts, CourseRepository courses, SectionRepository sections,
                   StudyRepositories content, QuestionRepository questions) {
        this.accounts = accounts;
        this.courses = courses;
        this.sections = sections;
        this.content = content;
        this.questions = questions;
    }

    /**
     * A new course with one section, slug "only", made through the studio as its instructor would
     * make it; the section's studio path.
     */
    static String courseWithOneSection(MockMvc mvc, MockHttpSession instructor, String slug, String title) throws Exception {
        mvc.perform(post("/studio/courses").session(instructor).with(csrf()).param("title", title).param("slug", slug)
                        .param("category", "Technology").param("level", "BEGINNER").param("tagline", "Versions.")
                        .param("description", "Every version kept."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(instructor).with(csrf()).param("title", "Only")
                        .param("slug", "only").param("overview", "Here."))
                .andExpect(status().is3xxRedirection());
        return "/studio/courses/" + slug + "/sections/only";
    }

    MockHttpSession otherInstructor(MockMvc mvc) throws Exception {
        synchronized (StudioFixtures.class) {
            if (accounts.findByEmail(OTHER_EMAIL).isEmpty()) {
                accounts.create(new NewAccount(OTHER_EMAIL, "Otto Other", OTHER_PASSWORD), Set.of(Role.LEARNER, Role.INSTRUCTOR));
            }
        }
        return DemoUsers.logIn(mvc, OTHER_EMAIL, OTHER_PASSWORD);
    }

    @Transactional(readOnly = true)
    long sectionId(String course, String section) {
        return sections.findByCourseIdAndSlug(courses.findBySlug(course).orElseThrow().getId(), section).orElseThrow().getId();
    }

    @Transactional(readOnly = true)
    long firstFlashcard(String course, String section) {
        return content.flashcards().findBySectionIdOrderByPosition(sectionId(course, section)).get(0).getId();
    }

    @Transactional(readOnly = true)
    long firstLessonPart(String course, String section) {
        return content.lessonParts().findBySectionIdOrderByPosition(sectionId(course, section)).get(0).getId();
    }

    @Transactional(readOnly = true)
    long firstQuestion(String course, String section) {
        return questions.findBySectionIdOrderByPosition(sectionId(course, section)).get(0).getId();
    }
}
