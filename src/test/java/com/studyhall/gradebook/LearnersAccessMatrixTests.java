package com.studyhall.gradebook;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A course's learners page, its invitations, and the invitation links, for every visitor. */
@StudyhallIntegrationTest
class LearnersAccessMatrixTests extends AccessMatrix {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /studio/courses/typography-for-interfaces/learners, anonymous, login",
            "GET, /studio/courses/typography-for-interfaces/learners, learner, 403",
            "GET, /studio/courses/typography-for-interfaces/learners, instructor, 200",
            "GET, /studio/courses/typography-for-interfaces/learners, admin, 200",
            "GET, /studio/courses/no-such-course/learners, instructor, 404",
            "POST, /studio/courses/typography-for-interfaces/learners/invite, anonymous, login",
            "POST, /studio/courses/typography-for-interfaces/learners/invite, learner, 403",
            "POST, /studio/courses/typography-for-interfaces/learners/invite, instructor, 400",
            "POST, /studio/courses/typography-for-interfaces/learners/invite, admin, 400",
            "POST, /studio/courses/typography-for-interfaces/learners/invitations/999999/revoke, anonymous, login",
            "POST, /studio/courses/typography-for-interfaces/learners/invitations/999999/revoke, learner, 403",
            "POST, /studio/courses/typography-for-interfaces/learners/invitations/999999/revoke, instructor, 404",
            "GET, /invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, anonymous, 404",
            "GET, /invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, learner, 404",
            "GET, /invitations/short, anonymous, 404",
            "POST, /invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, anonymous, 405",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
