package com.studyhall.observability;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's metrics scrape, after the lab has run programs of several outcomes. */
@StudyhallIntegrationTest
@TestPropertySource(properties = "management.defaults.metrics.export.enabled=true")
class PrometheusScrapeTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theAdminScrapesMetricsAfterLabRunsOfEveryOutcome() throws Exception {
        var learner = DemoUsers.LEARNER.logIn(mvc);
        for (String program : new String[]{"print(1)\n", "1 / 0\n", "while True:\n    pass\n"}) {
            mvc.perform(post("/api/simulations").session(learner).with(csrf().asHeader())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\": \"" + program.replace("\n", "\\n") + "\"}"))
                    .andExpect(status().isOk());
        }

        var scrape = mvc.perform(get("/actuator/prometheus").session(DemoUsers.ADMIN.logIn(mvc)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("studyhall_simulation_run_seconds_bucket", "outcome=\"ok\"",
                "outcome=\"exception\"", "outcome=\"limit\"", "http_server_requests_seconds_bucket");
    }
}
