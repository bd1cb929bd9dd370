package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saved scenarios are private until their owner shares a random-token link, which the owner can revoke. */
@StudyhallIntegrationTest
class SharedScenarioControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    MockHttpSession owner;
    MockHttpSession classmate;
    long id;

    @BeforeEach
    void ownerSavesAScenario() throws Exception {
        owner = DemoUsers.LEARNER.logIn(mvc);
        classmate = DemoUsers.INSTRUCTOR.logIn(mvc);
        String created = mvc.perform(post("/api/scenarios").session(owner).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"shared alias\",\"code\":\"a = []\\nb = a\\n\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shareToken").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        id = JSON.readTree(created).get("id").asLong();
    }

    private String share(MockHttpSession who) throws Exception {
        String body = mvc.perform(post("/api/scenarios/" + id + "/share").session(who).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("shareToken").asString();
    }

    @Nested
    class PrivateByDefault {

        @Test
        void anotherLabUserWalkingTheIdsGets404() throws Exception {
            mvc.perform(get("/lab/shared/" + id).session(classmate)).andExpect(status().isNotFound());
            mvc.perform(get("/api/scenarios/" + id).session(classmate)).andExpect(status().isNotFound());
        }

        @Test
        void theOwnerStillReadsItByItsId() throws Exception {
            mvc.perform(get("/lab/shared/" + id).session(owner))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("shared alias"));
        }

        @Test
        void anAdminWalkingTheIdsGets404Too() throws Exception {
            mvc.perform(get("/lab/shared/" + id).session(DemoUsers.ADMIN.logIn(mvc))).andExpect(status().isNotFound());
        }

        @Test
        void aVisitorLearnsNothingFromAnId() throws Exception {
            int existing = mvc.perform(get("/lab/shared/" + id)).andReturn().getResponse().getStatus();
            int missing = mvc.perform(get("/lab/shared/" + (id + 1000))).andReturn().getResponse().getStatus();
            assertThat(existing).as("a saved scenario's id and an unused one answer alike").isEqualTo(missing)
                    .isNotEqualTo(200);
        }

        @Test
        void aForgedTokenIsNotFound() throws Exception {
            mvc.perform(get("/lab/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").session(classmate)).andExpect(status().isNotFound());
            mvc.perform(get("/lab/shared/" + (id + 1)).session(classmate)).andExpect(status().isNotFound());
        }
    }

    @Nested
    class Sharing {

        @Test
        void aSharedLinkOpensForAnotherLabUserWithoutRevealingIdOrOwner() throws Exception {
            String token = share(owner);
            // 32 random Base64url characters; a small id's digits may well occur in them by chance.
            assertThat(token).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(String.valueOf(id));
            mvc.perform(get("/lab/shared/" + token).session(classmate))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("shared alias"))
                    .andExpect(jsonPath("$.code").value("a = []\nb = a\n"))
                    .andExpect(jsonPath("$.id").doesNotExist())
                    .andExpect(jsonPath("$.ownerId").doesNotExist());
            mvc.perform(get("/lab/shared/" + id).session(classmate)).andExpect(status().isNotFound()); // the id stays private
        }

        @Test
        void sharingTwiceKeepsTheSameLink() throws Exception {
            assertThat(share(owner)).isEqualTo(share(owner));
        }

        @Test
        void onlyTheOwnerCanShare() throws Exception {
            mvc.perform(post("/api/scenarios/" + id + "/share").session(classmate).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/api/scenarios/" + id + "/share").session(owner)).andExpect(status().isForbidden());
        }

        @Test
        void aLearnerEnrolledNowhereCannotOpenALink() throws Exception {
            String token = share(owner);
            mvc.perform(get("/lab/shared/" + token).session(DemoUsers.NEWBIE.logIn(mvc))).andExpect(status().isForbidden());
        }
    }

    @Nested
    class Revoking {

        @Test
        void aRevokedLinkIsNotFoundAndSharingAgainMakesANewOne() throws Exception {
            String token = share(owner);
            mvc.perform(delete("/api/scenarios/" + id + "/share").session(owner).with(csrf())).andExpect(status().isNoContent());
            mvc.perform(get("/lab/shared/" + token).session(classmate)).andExpect(status().isNotFound());
            mvc.perform(get("/api/scenarios/" + id).session(owner)).andExpect(jsonPath("$.shareToken").doesNotExist());
            assertThat(share(owner)).isNotEqualTo(token);
        }

        @Test
        void anotherUserCannotRevoke() throws Exception {
            String token = share(owner);
            mvc.perform(delete("/api/scenarios/" + id + "/share").session(classmate).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(get("/lab/shared/" + token).session(classmate)).andExpect(status().isOk());
        }
    }
}
