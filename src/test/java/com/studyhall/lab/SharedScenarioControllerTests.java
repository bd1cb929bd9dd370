package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A share link opens a saved scenario, read-only, for anyone who may use the lab. */
@StudyhallIntegrationTest
class SharedScenarioControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anotherLabUserReadsASharedScenarioButANewcomerDoesNot() throws Exception {
        var learner = DemoUsers.LEARNER.logIn(mvc);
        String created = mvc.perform(post("/api/scenarios").session(learner).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"shared alias\",\"code\":\"a = []\\nb = a\\n\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/lab/shared/" + id).session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("shared alias"))
                .andExpect(jsonPath("$.code").value("a = []\nb = a\n"))
                .andExpect(jsonPath("$.ownerId").doesNotExist());
        mvc.perform(get("/lab/shared/" + id).session(DemoUsers.NEWBIE.logIn(mvc))).andExpect(status().isForbidden());
        mvc.perform(get("/lab/shared/999999").session(learner)).andExpect(status().isNotFound());
    }
}
