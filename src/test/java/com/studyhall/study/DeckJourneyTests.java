package com.studyhall.study;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner of their own sets daily limits, takes back a grade, suspends and buries cards. */
@StudyhallIntegrationTest
class DeckJourneyTests {

    static final String PMM = "/courses/python-memory-management";
    static final Pattern NEXT_CARD = Pattern.compile("action=\"/review/((flashcard|glossary)-\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLearnersNewCardLimitIsWhatReviewOffers() throws Exception {
        var session = newLearnerIn(PMM);
        long course = courseId();
        mvc.perform(get("/review/settings").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Python Memory Management")))
                .andExpect(content().string(containsString("value=\"20\"")));
        mvc.perform(post("/review/settings").session(session).with(csrf()).param("course", String.valueOf(course))
                        .param("newPerDay", "2").param("reviewsPerDay", "50"))
                .andExpect(redirectedUrl("/review/settings")).andExpect(flash().attribute("notice", "Daily limits saved."));

        mvc.perform(get("/review").session(session)).andExpect(content().string(containsString("<strong>2</strong> new today")));
        grade(session, nextCard(session), 3);
        mvc.perform(get("/review").session(session)).andExpect(content().string(containsString("<strong>1</strong> new today")));
    }

    @Test
    void badLimitsAreRefusedWithTheReasonAndOtherCoursesAreNotFound() throws Exception {
        var session = newLearnerIn(PMM);
        mvc.perform(post("/review/settings").session(session).with(csrf()).param("course", String.valueOf(courseId()))
                        .param("newPerDay", "-1").param("reviewsPerDay", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Each limit must be a whole number")));
        long other = jdbc.queryForObject("select id from course where slug = 'negotiation-fundamentals'", Long.class);
        mvc.perform(post("/review/settings").session(session).with(csrf()).param("course", String.valueOf(other))
                .param("newPerDay", "5").param("reviewsPerDay", "5")).andExpect(status().isNotFound());
    }

    @Test
    void undoPutsTheCardBackAsItWasBeforeItsLastGrade() throws Exception {
        var session = newLearnerIn(PMM);
        String first = nextCard(session);
        grade(session, first, 3);
        assertThat(nextCard(session)).isNotEqualTo(first);
        assertThat(schedules(session)).isEqualTo(1);

        mvc.perform(post("/review/undo").session(session).with(csrf())).andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", containsString("Took back your last grade")));

        assertThat(schedules(session)).isZero();
        assertThat(nextCard(session)).isEqualTo(first);
        mvc.perform(post("/review/undo").session(session).with(csrf()))
                .andExpect(flash().attribute("notice", "There is no grade to take back."));
    }

    @Test
    void aSuspendedCardLeavesTheQueueUntilTakenBackAndABuriedOneUntilTomorrow() throws Exception {
        var session = newLearnerIn(PMM);
        String first = nextCard(session);
        mvc.perform(post("/review/" + first + "/suspend").session(session).with(csrf())).andExpect(redirectedUrl("/review"));
        String second = nextCard(session);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(post("/review/" + second + "/bury").session(session).with(csrf())).andExpect(redirectedUrl("/review"));
        assertThat(nextCard(session)).isNotIn(first, second);

        mvc.perform(post("/review/" + first + "/suspend").session(session).with(csrf()).param("suspended", "false"));
        assertThat(nextCard(session)).isEqualTo(first);
        mvc.perform(post("/review/flashcard-999999/bury").session(session).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aDueReviewCardWaitsWhenTheDailyReviewLimitIsReached() throws Exception {
        var session = newLearnerIn(PMM);
        String first = nextCard(session);
        grade(session, first, 4);
        mvc.perform(post("/review/settings").session(session).with(csrf()).param("course", String.valueOf(courseId()))
                .param("newPerDay", "0").param("reviewsPerDay", "0"));
        // Easy sent the card to the review phase; make it due now.
        jdbc.update("update card_schedule set due_at = ? where user_id = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), userId(session));
        mvc.perform(get("/review").session(session)).andExpect(content().string(containsString("All caught up")));

        mvc.perform(post("/review/settings").session(session).with(csrf()).param("course", String.valueOf(courseId()))
                .param("newPerDay", "0").param("reviewsPerDay", "1"));
        assertThat(nextCard(session)).isEqualTo(first);
        mvc.perform(get("/review").session(session)).andExpect(content().string(not(containsString("All caught up"))));
    }

    @Test
    void statisticsAndTheDailyGoalCountTheLearnersGrades() throws Exception {
        var session = newLearnerIn(PMM);
        grade(session, nextCard(session), 3);
        grade(session, nextCard(session), 4);
        mvc.perform(get("/review/stats").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 reviews on 1 day")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">Learning</th>")));
        mvc.perform(post("/my/goal").session(session).with(csrf()).param("dailyReviews", "2"))
                .andExpect(redirectedUrl("/my"));
        mvc.perform(get("/my").session(session))
                .andExpect(content().string(containsString("<strong>2</strong> of <span>2</span> reviews today")))
                .andExpect(content().string(containsString("<strong>1 day</strong>")));
        mvc.perform(post("/my/goal").session(session).with(csrf()).param("dailyReviews", "0")).andExpect(status().isBadRequest());
        mvc.perform(post("/my/goal").session(session).with(csrf()).param("dailyReviews", "many")).andExpect(status().isBadRequest());
    }

    @Test
    void theCardBrowserFiltersSuspendsAndResetsCards() throws Exception {
        var session = newLearnerIn(PMM);
        String card = nextCard(session);
        grade(session, card, 1);
        String cards = PMM + "/cards";
        mvc.perform(get(cards).session(session).param("state", "learning")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<p role=\"status\" class=\"muted\">1 card</p>")))
                .andExpect(content().string(containsString("/cards/" + card + "/reset")));
        mvc.perform(get(cards).session(session).param("q", "zzz-no-such-text"))
                .andExpect(content().string(containsString(">0 cards</p>")));
        mvc.perform(get(cards).session(session).param("state", "sleeping")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a state")));
        mvc.perform(get(cards).session(session).param("lapses", "-2")).andExpect(status().isBadRequest());

        mvc.perform(post(cards + "/" + card + "/suspend").session(session).with(csrf()).param("suspended", "true"))
                .andExpect(redirectedUrl(cards));
        mvc.perform(get(cards).session(session).param("state", "suspended"))
                .andExpect(content().string(containsString(">1 card</p>")));
        mvc.perform(post(cards + "/" + card + "/reset").session(session).with(csrf())).andExpect(redirectedUrl(cards));
        assertThat(schedules(session)).isZero();
        mvc.perform(post(cards + "/flashcard-999999/reset").session(session).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/courses/negotiation-fundamentals/cards").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void ownCardsAndNotesArePrivateToTheirLearner() throws Exception {
        var owner = newLearnerIn(PMM);
        var other = newLearnerIn(PMM);
        long section = jdbc.queryForObject("select id from section where slug = 'references-and-names'", Long.class);
        mvc.perform(post(PMM + "/cards/own").session(owner).with(csrf()).param("section", String.valueOf(section))
                        .param("front", "What does del remove?").param("back", "A name, not the object."))
                .andExpect(redirectedUrl(PMM + "/cards"));
        long own = jdbc.queryForObject("select max(id) from own_card", Long.class);
        mvc.perform(get(PMM + "/cards").session(owner).param("q", "del remove"))
                .andExpect(content().string(containsString(">1 card</p>")))
                .andExpect(content().string(containsString("Your card")));
        mvc.perform(get(PMM + "/cards").session(other).param("q", "del remove"))
                .andExpect(content().string(containsString(">0 cards</p>")));
        mvc.perform(post("/review/own-" + own).session(other).with(csrf()).param("grade", "3").param("reps", "0"))
                .andExpect(status().isNotFound());
        grade(owner, "own-" + own, 3);
        mvc.perform(get(PMM + "/cards").session(owner).param("q", "del remove").param("state", "learning"))
                .andExpect(content().string(containsString(">1 card</p>")));

        String card = nextCard(owner);
        mvc.perform(post("/review/" + card + "/note").session(owner).with(csrf()).param("text", "Think of the sticky notes."))
                .andExpect(redirectedUrl("/review"));
        mvc.perform(get("/review").session(owner)).andExpect(content().string(containsString("Think of the sticky notes.")));
        mvc.perform(get("/review").session(other)).andExpect(content().string(not(containsString("Think of the sticky notes."))));

        mvc.perform(post(PMM + "/cards/own").session(owner).with(csrf()).param("section", String.valueOf(section))
                        .param("front", " ").param("back", "An answer"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("front needs 1 to 2000 characters.")));
        mvc.perform(post("/my/goal").session(owner).with(csrf()).param("dailyReviews", "0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Daily goal: a whole number")));
    }

    private String nextCard(MockHttpSession session) throws Exception {
        String html = mvc.perform(get("/review").session(session)).andReturn().getResponse().getContentAsString();
        Matcher m = NEXT_CARD.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private void grade(MockHttpSession session, String card, int grade) throws Exception {
        mvc.perform(post("/review/" + card).session(session).with(csrf()).param("grade", String.valueOf(grade)).param("reps", "0"))
                .andExpect(redirectedUrl("/review"));
    }

    private long schedules(MockHttpSession session) {
        return jdbc.queryForObject("select count(*) from card_schedule where user_id = ?", Long.class, userId(session));
    }

    private long userId(MockHttpSession session) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, session.getAttribute("email"));
    }

    private long courseId() {
        return jdbc.queryForObject("select id from course where slug = 'python-memory-management'", Long.class);
    }

    private MockHttpSession newLearnerIn(String course) throws Exception {
        String email = "deck-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/signup").with(csrf()).param("email", email).param("displayName", "Anki fan")
                .param("password", "a perfectly fine passphrase"));
        var session = DemoUsers.logIn(mvc, email, "a perfectly fine passphrase");
        mvc.perform(post(course + "/enrollment").session(session).with(csrf())).andExpect(redirectedUrl(course));
        session.setAttribute("email", email);
        return session;
    }
}
