package com.studyhall.assessment;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mock-test routes against every kind of visitor; see {@link AccessMatrix}. Starting a test
 * uses the Negotiation course, which the demo users take no other test in. Attempts are checked
 * against their owner in {@link AttemptJourneyTests}: another learner's attempt is a 404.
 */
@StudyhallIntegrationTest
class AssessmentAccessMatrixTests extends AccessMatrix {

    static final String TEST = "/courses/python-memory-management/reference-counting-and-garbage-collection/test";
    static final String NEGOTIATION_TEST = "/courses/negotiation-fundamentals/preparing-to-negotiate/test";
    static final String STATS = "/studio/courses/python-memory-management/statistics";

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, " + TEST + ", anonymous, login", "GET, " + TEST + ", newbie, 302", "GET, " + TEST + ", learner, 200",
            "GET, " + TEST + ", instructor, 200", "GET, " + TEST + ", admin, 200",
            "POST, " + NEGOTIATION_TEST + ", anonymous, login", "POST, " + NEGOTIATION_TEST + ", learner, 302",
            "POST, " + NEGOTIATION_TEST + ", admin, 302",
            "GET, /courses/no-such-course/no-section/test, learner, 404",
            "GET, /courses/python-memory-management/no-such-section/test, learner, 404",
            "GET, /attempts/1, anonymous, login", "GET, /attempts/999999, learner, 404",
            "POST, /attempts/999999, anonymous, login", "POST, /attempts/999999, learner, 404",
            "PUT, /api/attempts/999999/answers/1, anonymous, 401",
            "GET, " + STATS + ", anonymous, login", "GET, " + STATS + ", newbie, 403", "GET, " + STATS + ", learner, 403",
            "GET, " + STATS + ", instructor, 200", "GET, " + STATS + ", admin, 200",
            "GET, /studio/courses/no-such-course/statistics, admin, 404",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
