package com.studyhall.lab;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lab's API against every kind of visitor. Requests carry a CSRF token but no body, so a
 * visitor who gets through security and the lab's own check meets 400 (shown as "passes").
 */
@StudyhallIntegrationTest
class LabAccessMatrixTests extends AccessMatrix {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "POST, /api/simulations, anonymous, 401", "POST, /api/simulations, newbie, 403",
            "POST, /api/simulations, learner, 400", "POST, /api/simulations, instructor, 400",
            "POST, /api/simulations, admin, 400",
            "GET, /api/scenarios, anonymous, 401", "GET, /api/scenarios, newbie, 403", "GET, /api/scenarios, learner, 200",
            "GET, /api/scenarios, instructor, 200", "GET, /api/scenarios, admin, 200",
            "POST, /api/scenarios, anonymous, 401", "POST, /api/scenarios, newbie, 403", "POST, /api/scenarios, learner, 400",
            "POST, /api/scenarios, instructor, 400", "POST, /api/scenarios, admin, 400",
            "GET, /api/scenarios/999999, anonymous, 401", "GET, /api/scenarios/999999, newbie, 403",
            "GET, /api/scenarios/999999, learner, 404", "GET, /api/scenarios/999999, admin, 404",
            "PUT, /api/scenarios/999999, anonymous, 401", "PUT, /api/scenarios/999999, newbie, 403",
            "PUT, /api/scenarios/999999, learner, 400", "PUT, /api/scenarios/999999, instructor, 400",
            "DELETE, /api/scenarios/999999, anonymous, 401", "DELETE, /api/scenarios/999999, newbie, 403",
            "DELETE, /api/scenarios/999999, learner, 404", "DELETE, /api/scenarios/999999, instructor, 404",
            "DELETE, /api/scenarios/999999, admin, 404",
            "GET, /api/lab/presets/0123456789abcdef, anonymous, 401", "GET, /api/lab/presets/0123456789abcdef, newbie, 403",
            "GET, /api/lab/presets/0123456789abcdef, learner, 200", "GET, /api/lab/presets/0123456789abcdef, instructor, 200",
            "GET, /api/lab/presets/0123456789abcdef, admin, 200",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
