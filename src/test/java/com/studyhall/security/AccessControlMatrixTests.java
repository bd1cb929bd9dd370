package com.studyhall.security;

import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The foundation's routes against every kind of visitor; see {@link AccessMatrix} for the
 * expectations. Features keep their own matrices beside their tests.
 */
@StudyhallIntegrationTest
class AccessControlMatrixTests extends AccessMatrix {

    static final String PMM = "/courses/python-memory-management";
    /** Enrollment rows use a course no other test depends on, so they change nothing others see. */
    static final String TYPO = "/courses/typography-for-interfaces";
    static final String PMM_SECTION = PMM + "/reference-counting-and-garbage-collection";

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /, anonymous, 200", "GET, /, newbie, 200", "GET, /, learner, 200", "GET, /, instructor, 200", "GET, /, admin, 200",
            "GET, /?q=memory, anonymous, 200", "GET, /?q=memory, learner, 200",
            "GET, /signup, anonymous, 200", "GET, /signup, learner, 200",
            "GET, /login, anonymous, 200", "GET, /login, admin, 200",
            "GET, " + PMM + ", anonymous, 200", "GET, " + PMM + ", newbie, 200", "GET, " + PMM + ", learner, 200",
            "GET, " + PMM + ", instructor, 200", "GET, " + PMM + ", admin, 200",
            "GET, " + PMM_SECTION + ", anonymous, locked", "GET, " + PMM_SECTION + ", newbie, locked",
            "GET, " + PMM_SECTION + ", learner, open", "GET, " + PMM_SECTION + ", instructor, open",
            "GET, " + PMM_SECTION + ", admin, open",
            "GET, /courses/negotiation-fundamentals/preparing-to-negotiate, learner, locked",
            "GET, /my, anonymous, login", "GET, /my, newbie, 200", "GET, /my, learner, 200", "GET, /my, instructor, 200",
            "GET, /my, admin, 200",
            "GET, /actuator/health, anonymous, 200", "GET, /actuator/health, learner, 200",
            "GET, /actuator/health/readiness, anonymous, 200",
            "GET, /actuator/metrics, anonymous, login", "GET, /actuator/metrics, newbie, 403",
            "GET, /actuator/metrics, learner, 403", "GET, /actuator/metrics, instructor, 403",
            "GET, /studio, anonymous, login", "GET, /studio, newbie, 403", "GET, /studio, learner, 403",
            "GET, /studio, instructor, passes", "GET, /studio, admin, passes",
            "GET, /admin/users, anonymous, login", "GET, /admin/users, newbie, 403", "GET, /admin/users, learner, 403",
            "GET, /admin/users, instructor, 403", "GET, /admin/users, admin, passes",
            "GET, /api/simulations, anonymous, 401", "GET, /api/scenarios, anonymous, 401",
            "POST, " + TYPO + "/enrollment, anonymous, login", "POST, " + TYPO + "/enrollment, newbie, 302",
            "POST, " + TYPO + "/enrollment, learner, 302", "POST, " + TYPO + "/enrollment, admin, 302",
            "POST, " + TYPO + "/enrollment/delete, anonymous, login", "POST, " + TYPO + "/enrollment/delete, admin, 302",
            "POST, /logout, learner, 302", "POST, /logout, anonymous, 302",
            // An unknown address is "not found" for everyone: never the login page, which would tell it apart.
            "GET, /no-such-page, anonymous, 404", "GET, /no-such-page, learner, 404", "GET, /no-such-page, admin, 404",
            "GET, /my/no-such-page, anonymous, 404", "GET, /studio/no/such/page, anonymous, 404",
            "GET, /studio/no/such/page, instructor, 404", "GET, /admin/no-such-page, anonymous, 404",
            "GET, /api/no-such-thing, anonymous, 404", "POST, /no-such-form, anonymous, 404",
            "GET, /review/no/such/page, newbie, 404",
            // A known address with another method stays behind its rules.
            "DELETE, /my, anonymous, login",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
