package com.studyhall.catalog;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The storefront's routes for every kind of visitor. Admins' saving of a choice is in
 * {@link StorefrontJourneyTests}, which puts the demo's choice back; here a POST is refused only.
 */
@StudyhallIntegrationTest
class StorefrontAccessMatrixTests extends AccessMatrix {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /?category=design&level=beginner&sort=newest, anonymous, 200",
            "GET, /?category=design&level=beginner&sort=newest, learner, 200",
            "GET, /?level=expert, anonymous, 400", "GET, /?sort=cheapest, learner, 400",
            "GET, /lab-preview/two-object-cycle.json, anonymous, 200",
            "GET, /js/lab-preview.js, anonymous, 200", "GET, /css/storefront.css, anonymous, 200",
            "GET, /admin/storefront, anonymous, login", "GET, /admin/storefront, newbie, 403",
            "GET, /admin/storefront, learner, 403", "GET, /admin/storefront, instructor, 403",
            "GET, /admin/storefront, admin, 200",
            "POST, /admin/storefront, anonymous, login", "POST, /admin/storefront, learner, 403",
            "POST, /admin/storefront, instructor, 403",
            "POST, /admin/storefront?featured=999999, admin, 400",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
