package com.studyhall.study;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The study routes against every kind of visitor; see {@link AccessMatrix}. The demo learner is
 * enrolled in Python Memory Management, the newbie nowhere; the instructor owns it; the admin
 * edits everything. Rows that write change nothing a test relies on (medium is the default level;
 * unknown ids are refused before anything is stored).
 */
@StudyhallIntegrationTest
class StudyAccessMatrixTests extends AccessMatrix {

    static final String S = "/courses/python-memory-management/reference-counting-and-garbage-collection";
    static final String NEGOTIATION = "/courses/negotiation-fundamentals/preparing-to-negotiate";

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /review, anonymous, login", "GET, /review, newbie, 200", "GET, /review, learner, 200",
            "GET, /review, instructor, 200", "GET, /review, admin, 200",
            "GET, " + S + "/cram, anonymous, login", "GET, " + S + "/cram, newbie, 403", "GET, " + S + "/cram, learner, 200",
            "GET, " + S + "/cram, instructor, 200", "GET, " + S + "/cram, admin, 200",
            "GET, " + NEGOTIATION + "/cram, learner, 403", "GET, /courses/python-memory-management/nope/cram, learner, 404",
            "GET, " + S + "/audio/1, anonymous, login", "GET, " + S + "/audio/1, newbie, 403",
            "GET, " + S + "/audio/999999, learner, 404", "GET, " + S + "/audio/1, learner, 404",
            "POST, " + S + "/summary-level?level=medium, anonymous, login",
            "POST, " + S + "/summary-level?level=medium, newbie, 403",
            "POST, " + S + "/summary-level?level=medium, learner, 303",
            "POST, " + S + "/summary-level?level=medium, admin, 303",
            "POST, " + NEGOTIATION + "/summary-level?level=medium, learner, 403",
            "POST, " + S + "/parts/999999/done, anonymous, login", "POST, " + S + "/parts/999999/done, newbie, 403",
            "POST, " + S + "/parts/999999/done, learner, 404",
            "POST, " + S + "/chapters/999999/read, newbie, 403", "POST, " + S + "/chapters/999999/read, learner, 404",
            "POST, " + S + "/summary/read, anonymous, login", "POST, " + S + "/summary/read, newbie, 403",
            "POST, /review/flashcard-999999?grade=3&reps=0, anonymous, login",
            "POST, /review/flashcard-999999?grade=3&reps=0, learner, 404",
            "POST, /review/nonsense?grade=3&reps=0, learner, 404",
            "POST, /review/flashcard-1?grade=9&reps=0, learner, 400",
            "POST, /review/flashcard-1?grade=3&reps=0, newbie, 403",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
