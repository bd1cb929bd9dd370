package com.studyhall.lab;

import com.jayway.jsonpath.JsonPath;
import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /api/scenarios: a user's own saved programs, and nobody else's. */
@StudyhallIntegrationTest
class ScenarioApiTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession learner;

    @BeforeEach
    void logIn() throws Exception {
        learner = DemoUsers.LEARNER.logIn(mvc);
    }

    long create(MockHttpSession session, String name, String code) throws Exception {
        String json = mvc.perform(post("/api/scenarios").session(session).with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON).content(LabJson.of(Map.of("name", name, "code", code))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(json, "$.id").longValue();
    }

    ResultActions write(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        Map<String, ?> body) throws Exception {
        return mvc.perform(request.session(learner).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_JSON).content(LabJson.of(body)));
    }

    @Nested
    class Lifecycle {

        @Test
        void createsListsReadsRenamesAndDeletesAScenario() throws Exception {
            long id = create(learner, "Two-list cycle", "a = []\nb = [a]\na.append(b)\n");

            mvc.perform(get("/api/scenarios").session(learner))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value(hasItem("Two-list cycle")))
                    .andExpect(jsonPath("$[0].code").doesNotExist());
            mvc.perform(get("/api/scenarios/{id}", id).session(learner))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("a = []\nb = [a]\na.append(b)\n"))
                    .andExpect(jsonPath("$.createdAt").isString())
                    .andExpect(jsonPath("$.updatedAt").isString())
                    .andExpect(jsonPath("$.version").value(0));

            write(patch("/api/scenarios/{id}", id), Map.of("name", "Cycle of two lists"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Cycle of two lists"))
                    .andExpect(jsonPath("$.code").value("a = []\nb = [a]\na.append(b)\n"));
            write(put("/api/scenarios/{id}", id), Map.of("name", "Cycle", "code", "print(1)\n"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Cycle"))
                    .andExpect(jsonPath("$.code").value("print(1)\n"));

            mvc.perform(delete("/api/scenarios/{id}", id).session(learner).with(csrf().asHeader()))
                    .andExpect(status().isNoContent());
            mvc.perform(get("/api/scenarios/{id}", id).session(learner))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void refusesAnUpdateBasedOnAStaleVersion() throws Exception {
            long id = create(learner, "Versioned", "x = 1\n");
            write(patch("/api/scenarios/{id}", id), Map.of("code", "x = 2\n", "version", 0)).andExpect(status().isOk());
            write(patch("/api/scenarios/{id}", id), Map.of("code", "x = 3\n", "version", 0))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void answersTheNewScenariosAddress() throws Exception {
            write(post("/api/scenarios"), Map.of("name", "Located", "code", ""))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", containsString("/api/scenarios/")));
        }
    }

    @Nested
    class Ownership {

        @Test
        void anotherLearnersScenarioDoesNotExist() throws Exception {
            long theirs = create(DemoUsers.INSTRUCTOR.logIn(mvc), "Instructor's own", "x = 1\n");

            mvc.perform(get("/api/scenarios/{id}", theirs).session(learner)).andExpect(status().isNotFound());
            write(put("/api/scenarios/{id}", theirs), Map.of("name", "Mine now", "code", ""))
                    .andExpect(status().isNotFound());
            write(patch("/api/scenarios/{id}", theirs), Map.of("name", "Mine now")).andExpect(status().isNotFound());
            mvc.perform(delete("/api/scenarios/{id}", theirs).session(learner).with(csrf().asHeader()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/scenarios").session(learner))
                    .andExpect(jsonPath("$[*].id").value(not(hasItem((int) theirs))));
        }
    }

    @Nested
    class Validation {

        @Test
        void refusesABlankName() throws Exception {
            write(post("/api/scenarios"), Map.of("name", "  ", "code", "x = 1\n"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
        }

        @Test
        void refusesANameOver80Characters() throws Exception {
            write(post("/api/scenarios"), Map.of("name", "n".repeat(81), "code", ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("name must be at most 80 characters"));
        }

        @Test
        void refusesCodeOver20000Characters() throws Exception {
            write(post("/api/scenarios"), Map.of("name", "Long", "code", "#".repeat(20_001)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("code"));
        }

        @Test
        void refusesABlankRename() throws Exception {
            long id = create(learner, "Keeps its name", "");
            write(patch("/api/scenarios/{id}", id), Map.of("name", ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void refusesMalformedJson() throws Exception {
            mvc.perform(post("/api/scenarios").session(learner).with(csrf().asHeader())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}
