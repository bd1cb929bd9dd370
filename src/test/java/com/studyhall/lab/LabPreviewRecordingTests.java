package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lab preview for visitors (issue 21) replays a run recorded from the engine and served as a
 * static file, so no program runs for a visitor. The recording must be the engine's own: when
 * the engine's trace changes, this test fails and leaves the fresh recording to copy in.
 */
@StudyhallIntegrationTest
class LabPreviewRecordingTests {

    static final Path PRESET = Path.of("src/main/resources/lab/presets/06-two-object-cycle.py");
    static final Path RECORDING = Path.of("src/main/resources/static/lab-preview/two-object-cycle.json");
    static final Path FRESH = Path.of("target/lab-preview/two-object-cycle.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void theRecordingIsWhatTheEngineAnswersForTheTwoObjectCyclePreset() throws Exception {
        String code = Files.readString(PRESET, StandardCharsets.UTF_8);
        String answer = mvc.perform(post("/api/simulations").session(DemoUsers.LEARNER.logIn(mvc)).with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON).content(LabJson.code(code)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ObjectNode fresh = (ObjectNode) JSON.readTree(answer);
        ((ObjectNode) fresh.get("stats")).put("elapsedMicros", 0); // the one figure that differs from run to run
        fresh.put("code", code);
        Files.createDirectories(FRESH.getParent());
        Files.writeString(FRESH, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fresh), StandardCharsets.UTF_8);

        assertThat(Files.exists(RECORDING)).as("no recording yet: cp %s %s", FRESH, RECORDING).isTrue();
        JsonNode recorded = JSON.readTree(Files.readString(RECORDING, StandardCharsets.UTF_8));
        assertThat(recorded).as("the engine's trace changed: cp %s %s", FRESH, RECORDING).isEqualTo(fresh);
        assertThat(recorded.get("error").isNull()).isTrue();
        assertThat(recorded.get("stats").get("collections").asInt()).as("the cycle is collected").isPositive();
    }

    @Test
    void aVisitorGetsTheRecordingWithoutAnAccount() throws Exception {
        mvc.perform(get("/lab-preview/two-object-cycle.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"steps\"")));
    }
}
