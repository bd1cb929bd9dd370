package com.studyhall.web;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.catalog.Course;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A value longer than its column answers 4xx naming the field and its limit, never a 500. */
@StudyhallIntegrationTest
class TooLongValuesTests {

    static final String QUESTIONS = "/studio/courses/python-memory-management/sections/"
            + "reference-counting-and-garbage-collection/questions";

    @Autowired
    MockMvc mvc;

    @Test
    void anOverLongQuestionPromptIsRefusedWithItsLimitNamedNotA500() throws Exception {
        var response = mvc.perform(post(QUESTIONS).session(DemoUsers.INSTRUCTOR.logIn(mvc)).with(csrf())
                        .param("type", "TRUE_FALSE").param("answer", "true").param("points", "1")
                        .param("prompt", "Is this prompt too long? ".repeat(324)).param("explanation", "Yes."))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isLessThan(500).isNotEqualTo(302);
        assertThat(response.getContentAsString()).containsPattern("longer than 8,?000 characters");
    }

    /** The safety net itself, with the violation an entity really raises: a page and problem+json. */
    @Test
    void anEntityValidationFailureBecomesA400ThatNamesTheFieldAndItsLimit() throws Exception {
        var standalone = MockMvcBuilders.standaloneSetup(new SlippedPast()).setControllerAdvice(new TooLongValues()).build();
        standalone.perform(get("/studio/anything"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("fields", java.util.List.of("course title: at most 160 characters (this one has 161)")));
        standalone.perform(get("/api/anything"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields[0]").value("course title: at most 160 characters (this one has 161)"))
                .andExpect(content().string(containsString("too long")));
    }

    @Test
    void wordsOfAnIdentifierAreHowAPersonSaysThem() {
        assertThat(TooLongValues.words("WorkedExample")).isEqualTo("worked example");
        assertThat(TooLongValues.words("displayName")).isEqualTo("display name");
    }

    @RestController
    static class SlippedPast {
        @GetMapping({"/studio/anything", "/api/anything"})
        String save() {
            try (var factory = Validation.buildDefaultValidatorFactory()) {
                var violations = factory.getValidator().validateValue(Course.class, "title", "t".repeat(161));
                throw new ConstraintViolationException(new HashSet<>(violations));
            }
        }
    }
}
