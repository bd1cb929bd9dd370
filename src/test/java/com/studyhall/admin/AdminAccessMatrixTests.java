package com.studyhall.admin;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.AccessMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admin pages, the account security pages and the code step of logging in, for every visitor. */
@StudyhallIntegrationTest
class AdminAccessMatrixTests extends AccessMatrix {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /admin, anonymous, login", "GET, /admin, learner, 403", "GET, /admin, instructor, 403",
            "GET, /admin, admin, 302",
            "GET, /admin/users, anonymous, login", "GET, /admin/users, newbie, 403",
            "GET, /admin/users, instructor, 403", "GET, /admin/users, admin, 200",
            "GET, /admin/users?q=example&page=0, admin, 200", "GET, /admin/users?page=99, admin, 200",
            "GET, /admin/users/1, anonymous, login", "GET, /admin/users/1, learner, 403",
            "GET, /admin/users/1, instructor, 403", "GET, /admin/users/1, admin, 200",
            "GET, /admin/users/999999, admin, 404",
            "POST, /admin/users/999999/roles, anonymous, login", "POST, /admin/users/999999/roles, learner, 403",
            "POST, /admin/users/999999/roles, instructor, 403", "POST, /admin/users/999999/roles, admin, 404",
            "POST, /admin/users/999999/disable, learner, 403", "POST, /admin/users/999999/disable, admin, 404",
            "POST, /admin/users/999999/enable, instructor, 403", "POST, /admin/users/999999/enable, admin, 404",
            "POST, /admin/users/999999/two-factor/reset, anonymous, login",
            "POST, /admin/users/999999/two-factor/reset, learner, 403",
            "POST, /admin/users/999999/two-factor/reset, admin, 404",
            "GET, /account/security, anonymous, login", "GET, /account/security, newbie, 200",
            "GET, /account/security, instructor, 200", "GET, /account/security, admin, 200",
            "GET, /account/security/totp, anonymous, login", "GET, /account/security/totp, newbie, 200",
            "GET, /account/security/totp, admin, 302",
            "POST, /account/security/totp, anonymous, login", "POST, /account/security/totp/off, anonymous, login",
            "POST, /account/security/totp/off, admin, 302",
            "GET, /admin/users/import, anonymous, login", "GET, /admin/users/import, learner, 403",
            "GET, /admin/users/import, instructor, 403", "GET, /admin/users/import, admin, 200",
            "POST, /admin/users/import, anonymous, login", "POST, /admin/users/import, instructor, 403",
            "POST, /admin/users/import, admin, 400",
            "POST, /admin/users/999999/password-link, anonymous, login",
            "POST, /admin/users/999999/password-link, learner, 403", "POST, /admin/users/999999/password-link, admin, 404",
            "GET, /password/set/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, anonymous, 404",
            "GET, /password/set/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, learner, 404",
            "POST, /password/set/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, anonymous, 404",
            "GET, /password/set/not-a-token, anonymous, 404",
            "GET, /login/totp, anonymous, login", "GET, /login/totp, learner, 302",
            "POST, /login/totp, anonymous, login", "POST, /login/totp, learner, 302",
    })
    void routeAnswersAsTheMatrixSays(String method, String route, String who, String expected) throws Exception {
        check(method, route, who, expected);
    }
}
