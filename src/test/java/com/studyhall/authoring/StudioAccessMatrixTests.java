package com.studyhall.authoring;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every studio route against every kind of visitor. "other" is an instructor who owns none of the
 * demo courses: someone else's course answers 404, exactly like a course that does not exist.
 * Changing rows use the Typography course and change nothing others rely on.
 */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class StudioAccessMatrixTests extends AccessMatrix {

    static final String C = "/studio/courses/python-memory-management";
    static final String S = C + "/sections/reference-counting-and-garbage-collection";
    static final String T = "/studio/courses/typography-for-interfaces";
    static final String TS = T + "/sections/choosing-and-pairing-typefaces";

    private static final Map<String, MockHttpSession> SESSIONS = new ConcurrentHashMap<>();

    @Autowired
    StudioFixtures fixtures;

    @ParameterizedTest(name = "GET {0} as {1} -> {2}")
    @CsvSource({
            "/studio, anonymous, login", "/studio, newbie, 403", "/studio, learner, 403", "/studio, instructor, 200", "/studio, admin, 200", "/studio, other, 200",
            "/studio/courses/new, anonymous, login", "/studio/courses/new, learner, 403", "/studio/courses/new, instructor, 200", "/studio/courses/new, other, 200",
            C + ", anonymous, login", C + ", newbie, 403", C + ", learner, 403", C + ", instructor, 200", C + ", admin, 200", C + ", other, 404",
            C + "/history, anonymous, login", C + "/history, learner, 403", C + "/history, instructor, 200", C + "/history, admin, 200", C + "/history, other, 404",
            C + "/export, anonymous, login", C + "/export, learner, 403", C + "/export, instructor, 200", C + "/export, admin, 200", C + "/export, other, 404",
            C + "/sections/new, anonymous, login", C + "/sections/new, newbie, 403", C + "/sections/new, instructor, 200", C + "/sections/new, admin, 200", C + "/sections/new, other, 404",
            S + ", anonymous, login", S + ", newbie, 403", S + ", learner, 403", S + ", instructor, 200", S + ", admin, 200", S + ", other, 404",
            S + "/summary, anonymous, login", S + "/summary, learner, 403", S + "/summary, instructor, 200", S + "/summary, admin, 200", S + "/summary, other, 404",
            S + "/test, anonymous, login", S + "/test, learner, 403", S + "/test, instructor, 200", S + "/test, admin, 200", S + "/test, other, 404",
            S + "/lessons/new, anonymous, login", S + "/lessons/new, learner, 403", S + "/lessons/new, instructor, 200", S + "/lessons/new, other, 404",
            S + "/lessons/{lesson}, anonymous, login", S + "/lessons/{lesson}, newbie, 403", S + "/lessons/{lesson}, instructor, 200", S + "/lessons/{lesson}, admin, 200", S + "/lessons/{lesson}, other, 404",
            S + "/chapters/new, anonymous, login", S + "/chapters/new, learner, 403", S + "/chapters/new, instructor, 200", S + "/chapters/new, other, 404",
            S + "/glossary/new, instructor, 200", S + "/aids/new, instructor, 200", S + "/concepts/new, instructor, 200", S + "/examples/new, admin, 200",
            S + "/flashcards/{flashcard}, anonymous, login", S + "/flashcards/{flashcard}, learner, 403", S + "/flashcards/{flashcard}, instructor, 200", S + "/flashcards/{flashcard}, admin, 200", S + "/flashcards/{flashcard}, other, 404",
            S + "/questions/new, anonymous, login", S + "/questions/new, learner, 403", S + "/questions/new, instructor, 200", S + "/questions/new, other, 404",
            S + "/questions/{question}, anonymous, login", S + "/questions/{question}, newbie, 403", S + "/questions/{question}, instructor, 200", S + "/questions/{question}, admin, 200", S + "/questions/{question}, other, 404",
            S + "/flashcards.tsv, anonymous, login", S + "/flashcards.tsv, learner, 403", S + "/flashcards.tsv, instructor, 200", S + "/flashcards.tsv, admin, 200", S + "/flashcards.tsv, other, 404",
            S + "/flashcards/import, instructor, 200", S + "/flashcards/import, other, 404",
            S + "/questions.gift, anonymous, login", S + "/questions.gift, learner, 403", S + "/questions.gift, instructor, 200", S + "/questions.gift, admin, 200", S + "/questions.gift, other, 404",
            S + "/questions/import, instructor, 200", S + "/questions/import, other, 404",
            "/studio/courses/no-such-course, instructor, 404", S + "/flashcards/999999, instructor, 404",
            C + "/trash, anonymous, login", C + "/trash, learner, 403", C + "/trash, instructor, 200", C + "/trash, admin, 200", C + "/trash, other, 404",
            "/studio/trash, anonymous, login", "/studio/trash, learner, 403", "/studio/trash, instructor, 200", "/studio/trash, other, 200",
            "/studio/trash/999999/purge, instructor, 404",
    })
    void getRoutesAnswerAsTheMatrixSays(String route, String who, String expected) throws Exception {
        check("GET", resolve(route), who, expected);
    }

    @ParameterizedTest(name = "POST {0} as {1} -> {2}")
    @CsvSource({
            "/studio/preview, anonymous, login", "/studio/preview, newbie, 403", "/studio/preview, learner, 403", "/studio/preview, instructor, 200", "/studio/preview, admin, 200",
            "/studio/courses, anonymous, login", "/studio/courses, learner, 403", "/studio/courses, instructor, 200", "/studio/courses, other, 200",
            C + ", anonymous, login", C + ", newbie, 403", C + ", learner, 403", C + ", instructor, 200", C + ", admin, 200", C + ", other, 404",
            T + "/publish, anonymous, login", T + "/publish, learner, 403", T + "/publish, instructor, 302", T + "/publish, admin, 302", T + "/publish, other, 404",
            C + "/sections, anonymous, login", C + "/sections, learner, 403", C + "/sections, instructor, 200", C + "/sections, other, 404",
            S + ", anonymous, login", S + ", learner, 403", S + ", instructor, 200", S + ", admin, 200", S + ", other, 404",
            TS + "/publish, anonymous, login", TS + "/publish, learner, 403", TS + "/publish, instructor, 302", TS + "/publish, other, 404",
            S + "/summary, anonymous, login", S + "/summary, learner, 403", S + "/summary, instructor, 200", S + "/summary, other, 404",
            S + "/test, anonymous, login", S + "/test, learner, 403", S + "/test?questionsPerAttempt=0, instructor, 200", S + "/test, other, 404",
            S + "/flashcards, anonymous, login", S + "/flashcards, learner, 403", S + "/flashcards, instructor, 200", S + "/flashcards, other, 404",
            S + "/flashcards/{flashcard}, anonymous, login", S + "/flashcards/{flashcard}, newbie, 403", S + "/flashcards/{flashcard}, instructor, 200", S + "/flashcards/{flashcard}, other, 404",
            S + "/lessons, anonymous, login", S + "/lessons, learner, 403", S + "/lessons, instructor, 200", S + "/lessons, other, 404",
            S + "/lessons/{lesson}, anonymous, login", S + "/lessons/{lesson}, learner, 403", S + "/lessons/{lesson}, instructor, 200", S + "/lessons/{lesson}, other, 404",
            S + "/questions, anonymous, login", S + "/questions, learner, 403", S + "/questions, instructor, 200", S + "/questions, other, 404",
            S + "/questions/{question}, anonymous, login", S + "/questions/{question}, learner, 403", S + "/questions/{question}, instructor, 200", S + "/questions/{question}, other, 404",
            S + "/flashcards/{flashcard}/move?up=true, anonymous, login", S + "/flashcards/{flashcard}/move?up=true, learner, 403", S + "/flashcards/{flashcard}/move?up=true, other, 404",
            S + "/flashcards/{flashcard}/delete, anonymous, login", S + "/flashcards/{flashcard}/delete, learner, 403", S + "/flashcards/{flashcard}/delete, other, 404",
            TS + "/flashcards/{tflashcard}/move?up=false, instructor, 302", TS + "/flashcards/{tflashcard}/move?up=true, admin, 302",
            C + "/sections/reference-counting-and-garbage-collection/move?up=true, other, 404", T + "/sections/choosing-and-pairing-typefaces/move?up=true, instructor, 302",
            "/studio/import, anonymous, login", "/studio/import, learner, 403",
            S + "/flashcards/import, anonymous, login", S + "/flashcards/import, learner, 403",
            S + "/questions/import, anonymous, login", S + "/questions/import, learner, 403",
            S + "/delete, anonymous, login", S + "/delete, learner, 403", S + "/delete, other, 404",
            C + "/delete, anonymous, login", C + "/delete, learner, 403", C + "/delete, other, 404",
            "/studio/trash/999999/restore, learner, 403", "/studio/trash/999999/restore, instructor, 404",
            "/studio/trash/999999/purge, anonymous, login", "/studio/trash/999999/purge, instructor, 404",
    })
    void postRoutesAnswerAsTheMatrixSays(String route, String who, String expected) throws Exception {
        check("POST", resolve(route), who, expected);
    }

    private String resolve(String route) {
        String pmm = "python-memory-management";
        String section = "reference-counting-and-garbage-collection";
        return route
                .replace("{lesson}", String.valueOf(fixtures.firstLessonPart(pmm, section)))
                .replace("{flashcard}", String.valueOf(fixtures.firstFlashcard(pmm, section)))
                .replace("{question}", String.valueOf(fixtures.firstQuestion(pmm, section)))
                .replace("{tflashcard}", String.valueOf(fixtures.firstFlashcard("typography-for-interfaces",
                        "choosing-and-pairing-typefaces")));
    }

    /** Logging in hashes a password (Argon2, slow on purpose), so each visitor logs in once. */
    @Override
    protected MockHttpSession sessionOf(String who) throws Exception {
        if ("anonymous".equals(who)) {
            return new MockHttpSession();
        }
        MockHttpSession session = SESSIONS.get(who);
        if (session == null) {
            session = "other".equals(who) ? fixtures.otherInstructor(mvc) : super.sessionOf(who);
            SESSIONS.put(who, session);
        }
        return session;
    }
}
