package com.studyhall.games;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner of their own plays the games of a demo section through their JSON API. */
@StudyhallIntegrationTest
class GamesJourneyTests {

    static final String PMM = "/courses/python-memory-management";
    static final String SECTION = PMM + "/reference-counting-and-garbage-collection";
    static final String GAMES = SECTION + "/games";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSectionPageLinksToItsGamesAndTheGamesPageListsFourWithNoBestYet() throws Exception {
        var session = newLearnerIn(PMM);
        mvc.perform(get(SECTION).session(session)).andExpect(content().string(containsString("href=\"" + GAMES + "\"")));
        mvc.perform(get(GAMES).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Memory match")))
                .andExpect(content().string(containsString("Typing drill")))
                .andExpect(content().string(containsString("Quick-fire quiz")))
                .andExpect(content().string(containsString("Refcount sprint")))
                .andExpect(content().string(containsString("not played yet")));
        for (String game : new String[]{"memory-match", "typing", "quick-fire", "refcount-sprint"}) {
            mvc.perform(get(GAMES + "/" + game).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void visitorsAreSentToLogInAndUnenrolledLearnersAreRefused() throws Exception {
        mvc.perform(get(GAMES)).andExpect(redirectedUrl("/login"));
        var stranger = newLearnerIn(null);
        mvc.perform(get(GAMES + "/memory-match").session(stranger)).andExpect(status().isForbidden());
        postJson(stranger, "/memory-match/results", "{\"pairs\":6,\"moves\":6,\"seconds\":9}").andExpect(status().isForbidden());
    }

    @Test
    void aBetterMemoryMatchBecomesTheBestAndAWorseOneDoesNot() throws Exception {
        var session = newLearnerIn(PMM);
        // Read first, so the learner's kept rows are in memory when the results arrive.
        mvc.perform(get(GAMES).session(session)).andExpect(content().string(containsString("not played yet")));
        mvc.perform(get(GAMES).session(session)).andExpect(content().string(containsString("not played yet")));
        postJson(session, "/memory-match/results", "{\"pairs\":6,\"moves\":10,\"seconds\":40}").andExpect(status().isOk())
                .andExpect(jsonPath("$.newBest").value(true)).andExpect(jsonPath("$.best").value("10 moves in 40 s"));
        postJson(session, "/memory-match/results", "{\"pairs\":6,\"moves\":12,\"seconds\":20}")
                .andExpect(jsonPath("$.newBest").value(false)).andExpect(jsonPath("$.best").value("10 moves in 40 s"));
        postJson(session, "/memory-match/results", "{\"pairs\":6,\"moves\":8,\"seconds\":50}")
                .andExpect(jsonPath("$.newBest").value(true)).andExpect(jsonPath("$.plays").value(3));
        mvc.perform(get(GAMES).session(session)).andExpect(content().string(containsString("8 moves in 50 s")));
    }

    @Test
    void gamesNeverTouchTheCardSchedule() throws Exception {
        var session = newLearnerIn(PMM);
        long before = jdbc.queryForObject("select count(*) from card_schedule", Long.class);
        postJson(session, "/memory-match/results", "{\"pairs\":6,\"moves\":6,\"seconds\":30}").andExpect(status().isOk());
        String card = "flashcard-" + jdbc.queryForObject("select min(f.id) from flashcard f join section s on s.id = f.section_id"
                + " where s.slug = 'reference-counting-and-garbage-collection'", Long.class);
        postJson(session, "/quick-fire/results", "{\"answers\":[{\"card\":\"" + card + "\",\"choice\":\"" + card + "\"}]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("1 right, 0 wrong"));
        assertThat(jdbc.queryForObject("select count(*) from card_schedule", Long.class)).isEqualTo(before);
    }

    @Test
    void typingIsScoredByTheServerFromWhatWasTyped() throws Exception {
        var session = newLearnerIn(PMM);
        long concept = firstConcept();
        String page = mvc.perform(get(GAMES + "/typing").session(session)).andReturn().getResponse().getContentAsString();
        String text = org.springframework.web.util.HtmlUtils.htmlUnescape(
                page.replaceAll("(?s).*data-typing-target[^>]*>(.*?)</pre>.*", "$1"));
        // A minute for the whole text: its length over five is the speed.
        postJson(session, "/typing/results", "{\"text\":\"concept-" + concept + "\",\"typed\":" + json(text) + ",\"millis\":60000}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value(Math.round(text.length() / 5.0) + " wpm at 100% accuracy"));
    }

    @Nested
    class ImpossibleResultsAreRefusedWith400 {

        @Test
        void fewerMovesThanPairs() throws Exception {
            postJson(newLearnerIn(PMM), "/memory-match/results", "{\"pairs\":6,\"moves\":3,\"seconds\":30}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("6 pairs take at least 6 moves; 3 is impossible."));
        }

        @Test
        void typingFasterThanAnyone() throws Exception {
            var session = newLearnerIn(PMM);
            long concept = firstConcept();
            String page = mvc.perform(get(GAMES + "/typing").session(session)).andReturn().getResponse().getContentAsString();
            String text = org.springframework.web.util.HtmlUtils.htmlUnescape(
                    page.replaceAll("(?s).*data-typing-target[^>]*>(.*?)</pre>.*", "$1"));
            postJson(session, "/typing/results", "{\"text\":\"concept-" + concept + "\",\"typed\":" + json(text) + ",\"millis\":1000}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("faster than anyone")));
        }

        @Test
        void aQuizAnswerToAnotherSectionsCardOrTheSameCardTwice() throws Exception {
            var session = newLearnerIn(PMM);
            String foreign = "flashcard-" + jdbc.queryForObject("select min(f.id) from flashcard f join section s on s.id = f.section_id"
                    + " where s.slug <> 'reference-counting-and-garbage-collection'", Long.class);
            postJson(session, "/quick-fire/results", "{\"answers\":[{\"card\":\"" + foreign + "\",\"choice\":\"" + foreign + "\"}]}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("not one of this section's cards")));
        }

        @Test
        void malformedJsonAndUnknownSprintPrograms() throws Exception {
            var session = newLearnerIn(PMM);
            postJson(session, "/memory-match/results", "{\"moves\":\"many\"").andExpect(status().isBadRequest());
            postJson(session, "/refcount-sprint/answers", "{\"program\":\"t9-1\",\"step\":0,\"answer\":\"1\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("No program t9-1")));
            postJson(session, "/refcount-sprint/answers", "{\"program\":\"t0-7\",\"step\":0,\"answer\":\"lots\"}")
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("whole number")));
        }
    }

    @Test
    void theEngineGradesTheSprintAndAWrongAnswerLinksToItsStepInTheLab() throws Exception {
        var session = newLearnerIn(PMM);
        // Pattern 0: a = [..]; b = a; c = [a, a]; del b; c = None; a = None. The steps are the trace's.
        String[][] steps = {{"0", "1"}, {"1", "2"}, {"2", "4"}, {"3", "alive"}, {"4", "freed"}, {"5", "freed"}};
        StringBuilder answers = new StringBuilder();
        for (String[] step : steps) {
            String answer = "{\"program\":\"t0-7\",\"step\":" + step[0] + ",\"answer\":\"" + step[1] + "\"}";
            postJson(session, "/refcount-sprint/answers", answer).andExpect(status().isOk())
                    .andExpect(jsonPath("$.correct").value(true));
            answers.append(answers.isEmpty() ? "" : ",").append(answer);
        }
        postJson(session, "/refcount-sprint/answers", "{\"program\":\"t0-7\",\"step\":2,\"answer\":\"3\"}")
                .andExpect(jsonPath("$.correct").value(false)).andExpect(jsonPath("$.expected").value("4"))
                .andExpect(jsonPath("$.labLink", containsString("/lab#program=")))
                .andExpect(jsonPath("$.labLink", containsString("&step=2")));
        // 10 + 11 + 12 + 13 + 14 + 15 for six right in a row.
        postJson(session, "/refcount-sprint/results", "{\"answers\":[" + answers + "]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("75 points, best streak 6"));
        postJson(session, "/refcount-sprint/results", "{\"answers\":[" + answers + "," + answers + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("answered twice")));
    }

    private ResultActions postJson(MockHttpSession session, String path, String body) throws Exception {
        return mvc.perform(post(GAMES + path).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long firstConcept() {
        return jdbc.queryForObject("select k.id from key_concept k join section s on s.id = k.section_id"
                + " where s.slug = 'reference-counting-and-garbage-collection' order by k.position fetch first 1 rows only", Long.class);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private MockHttpSession newLearnerIn(String course) throws Exception {
        String email = "games-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", "Player")
                .param("password", "a perfectly fine passphrase"));
        var session = DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
        if (course != null) {
            mvc.perform(post(course + "/enrollment").session(session).with(csrf()));
        }
        return session;
    }
}
