package com.studyhall.study;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.persistence.StatementCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The learner pages ask the database a fixed, small number of questions whatever the content holds:
 * published content comes from memory, and only the learner's own state is read per request.
 */
@StudyhallIntegrationTest
class LearnerPageQueriesTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} sends at most {1} statements")
    @CsvSource({
            // account, course, section, outline, enrollment; marks, cards, best score, summary level
            "/courses/python-memory-management/reference-counting-and-garbage-collection, 9",
            // account, enrollments; progress (sections, marks, cards, best scores); the queue (sections,
            // flags, own cards, cards, limits, today's reviews, undo); the daily goal (goal, reviews);
            // course cards and every section's flashcards and glossary come from memory
            "/my, 15",
            // account, enrollments, sections, flags, own cards, cards, limits, today's reviews, undo, goal
            "/review, 10",
            // the account and whether the featured course is already joined; the catalog comes from memory
            "/, 2",
            // account, enrollment, published sections; the learner's marks, cards and best scores
            // (the course, outline, instructor and reviews come from memory)
            "/courses/python-memory-management, 6",
    })
    void aLearnerPageSendsAFixedNumberOfStatements(String page, int limit) throws Exception {
        MockHttpSession learner = DemoUsers.LEARNER.logIn(mvc);
        // The first request also compiles the templates, which can outlast the kept copies' five
        // seconds on a busy machine; the second fills the caches again just before the one counted.
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        List<String> sql = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        assertThat(sql).as("statements of %s", page).hasSizeLessThanOrEqualTo(limit);
    }
}
