package com.studyhall.study;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.LearnerOwned;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.assessment.TestAttempt;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.Enrollment;
import com.studyhall.enrollment.EnrollmentService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A learner's rows are kept in memory between their writes, and the version that comes with the
 * account check decides when the copy is stale: a write on another node (which only moves the
 * version in the database) shows on the next request, and each of the learner's own writes moves it.
 */
@StudyhallIntegrationTest
class LearnerRowsSnapshotsTests {

    static final String PMM = "/courses/python-memory-management";
    static final String SECTION_SLUG = "reference-counting-and-garbage-collection";
    static final String SECTION = PMM + "/" + SECTION_SLUG;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CourseRepository courses;

    @Autowired
    EntityManager entities;

    @Test
    void aMarkAnotherNodeWroteShowsOnTheLearnersNextRequest() throws Exception {
        Learner learner = newLearner();
        assertThat(page(learner)).contains("0 of 3</span> lesson parts done");

        // Another node marks the first part done: its row and the version move in one transaction.
        markDirectly(learner, parts().get(0));
        jdbc.update("update app_user set learner_rows_version = learner_rows_version + 1 where id = ?", learner.id);

        assertThat(page(learner)).contains("1 of 3</span> lesson parts done");
    }

    @Test
    void theKeptRowsAreReadAgainOnlyWhenTheVersionMoves() throws Exception {
        Learner learner = newLearner();
        assertThat(page(learner)).contains("0 of 3</span> lesson parts done");

        // A row written without moving the version (no node of Studyhall writes so) stays unseen...
        markDirectly(learner, parts().get(0));
        assertThat(page(learner)).contains("0 of 3</span> lesson parts done");

        // ...until the learner's own next write moves it: then both marks show.
        long before = version(learner);
        mvc.perform(post(SECTION + "/parts/" + parts().get(1) + "/done").session(learner.session).with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(version(learner)).isGreaterThan(before);
        assertThat(page(learner)).contains("2 of 3</span> lesson parts done");
    }

    @Test
    void takingAMarkBackWithABulkDeleteMovesTheVersion() throws Exception {
        Learner learner = newLearner();
        long part = parts().get(0);
        mvc.perform(post(SECTION + "/parts/" + part + "/done").session(learner.session).with(csrf())).andExpect(status().isSeeOther());
        assertThat(page(learner)).contains("1 of 3</span> lesson parts done");

        long before = version(learner);
        mvc.perform(post(SECTION + "/parts/" + part + "/done").param("done", "false").session(learner.session).with(csrf()))
                .andExpect(status().isSeeOther());

        assertThat(version(learner)).isGreaterThan(before);
        assertThat(page(learner)).contains("0 of 3</span> lesson parts done");
    }

    @Test
    void aLearnersWritesDoNotMoveAnotherLearnersVersion() throws Exception {
        Learner marking = newLearner();
        Learner other = newLearner();
        page(other);
        long otherBefore = version(other);

        mvc.perform(post(SECTION + "/parts/" + parts().get(0) + "/done").session(marking.session).with(csrf()))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/my/goal").param("dailyReviews", "12").session(marking.session).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(version(other)).isEqualTo(otherBefore);
        assertThat(mvc.perform(get("/my").session(marking.session)).andReturn().getResponse().getContentAsString())
                .contains("required value=\"12\"");
    }

    /**
     * A new kind of learner row that forgot to say whose it is would be kept stale on other nodes:
     * every study, enrollment and game entity holding a learner's id, and the test attempts whose
     * best scores are kept, must say whose row it is.
     */
    @Test
    void everyKeptEntityWithALearnersIdSaysWhoseRowItIs() {
        List<Class<?>> learnerRows = entities.getMetamodel().getEntities().stream()
                .filter(entity -> Set.of(StudyMark.class.getPackageName(), Enrollment.class.getPackageName(), GAMES)
                        .contains(entity.getJavaType().getPackageName()))
                .filter(entity -> entity.getAttributes().stream()
                        .anyMatch(attribute -> Set.of("userId", "learnerId").contains(attribute.getName())))
                .<Class<?>>map(EntityType::getJavaType)
                .toList();
        assertThat(learnerRows).hasSizeGreaterThanOrEqualTo(10).contains(Enrollment.class)
                .anyMatch(type -> type.getPackageName().equals(GAMES))
                .allSatisfy(type -> assertThat(LearnerOwned.class).as(type.getSimpleName()).isAssignableFrom(type));
        assertThat(LearnerOwned.class).isAssignableFrom(TestAttempt.class);
    }

    private static final String GAMES = "com.studyhall.games";

    private record Learner(long id, MockHttpSession session) {
    }

    private Learner newLearner() throws Exception {
        String email = "rows-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var account = accounts.create(new NewAccount(email, "Row Keeper", "a long row-keeping passphrase"), Set.of(Role.LEARNER));
        enrollments.enroll(account.getId(), courses.findBySlug("python-memory-management").orElseThrow().getId());
        return new Learner(account.getId(), DemoUsers.logIn(mvc, email, "a long row-keeping passphrase"));
    }

    private String page(Learner learner) throws Exception {
        return mvc.perform(get(SECTION).session(learner.session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void markDirectly(Learner learner, long part) {
        jdbc.update("insert into study_mark (user_id, section_id, kind, item_id, marked_at) values (?, ?, 'LESSON_PART', ?, ?)",
                learner.id, sectionId(), part, Timestamp.from(Instant.now()));
    }

    private long version(Learner learner) {
        return jdbc.queryForObject("select learner_rows_version from app_user where id = ?", Long.class, learner.id);
    }

    private long sectionId() {
        return jdbc.queryForObject("select id from section where slug = ?", Long.class, SECTION_SLUG);
    }

    private List<Long> parts() {
        return jdbc.queryForList("select id from lesson_part where section_id = ? order by position", Long.class, sectionId());
    }
}
