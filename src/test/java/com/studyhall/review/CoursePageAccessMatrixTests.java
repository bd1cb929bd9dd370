package com.studyhall.review;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21's routes: the free preview section open to all (its study tools not), writing and
 * moderating reviews, the profile page, the sitemap, robots.txt and the card picture.
 */
@StudyhallIntegrationTest
class CoursePageAccessMatrixTests extends AccessMatrix {

    static final String PMM = "/courses/python-memory-management";
    static final String PREVIEW = PMM + "/references-and-names";

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
            "GET, " + PREVIEW + ", anonymous, open",
            "GET, " + PREVIEW + ", newbie, open",
            "GET, " + PMM + "/reference-counting-and-garbage-collection, anonymous, locked",
            "GET, " + PMM + "/reference-counting-and-garbage-collection, newbie, locked",
            "GET, " + PREVIEW + "/cram, anonymous, login",
            "GET, " + PREVIEW + "/cram, newbie, 403",
            "GET, " + PREVIEW + "/test, anonymous, login",
            "GET, " + PMM + "/review, anonymous, 200",
            "POST, " + PMM + "/review, anonymous, login",
            "POST, " + PMM + "/review, newbie, 403",
            "POST, " + PMM + "/review, instructor, 403",
            "POST, " + PMM + "/reviews/999999/reply, anonymous, login",
            "POST, " + PMM + "/reviews/999999/reply, learner, 403",
            "POST, " + PMM + "/reviews/999999/reply, instructor, 404",
            "POST, " + PMM + "/reviews/999999/hide, learner, 403",
            "POST, " + PMM + "/reviews/999999/hide, instructor, 403",
            "POST, " + PMM + "/reviews/999999/show, instructor, 403",
            "POST, " + PMM + "/reviews/999999/show, admin, 404",
            "GET, /account/profile, anonymous, login",
            "GET, /account/profile, newbie, 200",
            "POST, /account/profile/photo/delete, anonymous, login",
            "GET, /sitemap.xml, anonymous, 200",
            "GET, /robots.txt, anonymous, 200",
            "GET, " + PMM + "/card.png, anonymous, 200",
            "GET, /courses/no-such-course/card.png, anonymous, 404",
            "GET, /instructors/999999/photo, anonymous, 404",
    })
    void courseRoutes(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
