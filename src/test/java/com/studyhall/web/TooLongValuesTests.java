package com.studyhall.web;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A value longer than its column answers 400 naming the field and its limit, never a 500. */
@StudyhallIntegrationTest
class TooLongValuesTests {

    static final String QUESTIONS = "/studio/courses/python-memory-management/sections/"
            + "reference-counting-and-garbage-collection/questions";

    @Autowired
    MockMvc mvc;

    @Test
    void anOverLongQuestionPromptIsRefusedWithItsFieldAndLimitNamed() throws Exception {
        mvc.perform(post(QUESTIONS).session(DemoUsers.INSTRUCTOR.logIn(mvc)).with(csrf())
                        .param("type", "TRUE_FALSE").param("answer", "true").param("points", "1")
                        .param("prompt", "Is this prompt too long? ".repeat(324)).param("explanation", "Yes."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("question prompt: at most 8000 characters (this one has 8100)")));
    }

    @Test
    void wordsOfAnIdentifierAreHowAPersonSaysThem() {
        org.assertj.core.api.Assertions.assertThat(TooLongValues.words("WorkedExample")).isEqualTo("worked example");
        org.assertj.core.api.Assertions.assertThat(TooLongValues.words("displayName")).isEqualTo("display name");
    }
}
