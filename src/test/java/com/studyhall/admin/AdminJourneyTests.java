package com.studyhall.admin;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.SecondFactorService;
import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin's journeys through the user pages, and the rules that keep the platform manageable. */
@StudyhallIntegrationTest
class AdminJourneyTests {

    static final String PASSWORD = "a sturdy test passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AdminUserService service;

    @Autowired
    SecondFactorService secondFactors;

    @Test
    void adminLoginRequiresTheCodeBeforeAnythingElse() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).with(DemoUsers.from("10.7.0.1"))
                        .param("username", DemoUsers.ADMIN.email).param("password", DemoUsers.ADMIN.password))
                .andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/my").session(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/login/totp").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your code")));

        mvc.perform(post("/login/totp").session(session).with(csrf()).with(DemoUsers.from("10.7.0.1"))
                .param("code", "000000")).andExpect(redirectedUrl("/login/totp?error"));
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/totp"));

        mvc.perform(post("/login/totp").session(session).with(csrf()).with(DemoUsers.from("10.7.0.1"))
                .param("code", DemoUsers.freshCode(mvc, DemoUsers.ADMIN.totpSecret))).andExpect(redirectedUrl("/my"));
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("admin@example.com")));
    }

    @Test
    void wrongCodesAreThrottled() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).with(DemoUsers.from("10.7.0.2"))
                        .param("username", DemoUsers.ADMIN.email).param("password", DemoUsers.ADMIN.password))
                .andExpect(redirectedUrl("/login/totp"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login/totp").session(session).with(csrf()).with(DemoUsers.from("10.7.0.2"))
                    .param("code", "00000" + i)).andExpect(redirectedUrl("/login/totp?error"));
        }
        var refused = mvc.perform(post("/login/totp").session(session).with(csrf()).with(DemoUsers.from("10.7.0.2"))
                        .param("code", DemoUsers.freshCode(mvc, DemoUsers.ADMIN.totpSecret)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).startsWith("/login/totp?throttled=");
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/totp"));
    }

    @Test
    void adminSearchesPeopleByEmailOrName() throws Exception {
        newLearner("searchable.person@example.com", "Quentin Searchable");
        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(get("/admin/users").param("q", "QUENTIN").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("searchable.person@example.com")))
                .andExpect(content().string(containsString("1 account(s)")));
        mvc.perform(get("/admin/users").param("q", "searchable.person").session(admin))
                .andExpect(content().string(containsString("Quentin Searchable")));
        mvc.perform(get("/admin/users").param("q", "%").session(admin))
                .andExpect(content().string(containsString("No account matches")));
    }

    @Test
    void adminFiltersPeopleByRoleAndStatusAndSeesWhenEachLastSignedIn() throws Exception {
        String tag = "filter-" + System.nanoTime();
        var active = accounts.create(new NewAccount(tag + "-active@example.com", "Filter Active", PASSWORD), Set.of(Role.INSTRUCTOR));
        var idle = accounts.create(new NewAccount(tag + "-idle@example.com", "Filter Idle", PASSWORD), Set.of(Role.INSTRUCTOR));
        newLearner(tag + "-learner@example.com", "Filter Learner");
        DemoUsers.logIn(mvc, active.getEmail(), PASSWORD);
        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/" + idle.getId() + "/disable").session(admin).with(csrf()));

        String instructors = mvc.perform(get("/admin/users").param("q", tag).param("role", "INSTRUCTOR").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(instructors).contains("2 account(s)", "Filter Active", "Filter Idle").doesNotContain("Filter Learner");
        String disabled = mvc.perform(get("/admin/users").param("q", tag).param("role", "INSTRUCTOR").param("status", "disabled")
                .session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(disabled).contains("1 account(s)", "Filter Idle").doesNotContain("Filter Active");
        String active2 = mvc.perform(get("/admin/users").param("q", tag + "-active").session(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat(active2).containsPattern("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC").doesNotContain(">never<");
        assertThat(disabled).contains(">never<");
        mvc.perform(get("/admin/users").param("role", "OWNER").session(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users").param("status", "asleep").session(admin)).andExpect(status().isBadRequest());
    }

    @Test
    void disabledLearnersSessionEndsAtOnceAndTheyCannotLogIn() throws Exception {
        UserAccount learner = newLearner("soon.disabled@example.com", "Soon Disabled");
        MockHttpSession learnerSession = DemoUsers.logIn(mvc, learner.getEmail(), PASSWORD);
        mvc.perform(get("/my").session(learnerSession)).andExpect(status().isOk());

        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/{id}/disable", learner.getId()).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + learner.getId()))
                .andExpect(flash().attribute("notice", "Disabled and logged out: soon.disabled@example.com"));

        mvc.perform(get("/my").session(learnerSession)).andExpect(redirectedUrl("/login"));
        assertThat(learnerSession.isInvalid()).isTrue();
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.7.1.1"))
                        .param("username", learner.getEmail()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).with(DemoUsers.from("10.7.1.1"))
                        .param("username", learner.getEmail()).param("password", "not the password at all"))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/{id}/enable", learner.getId()).session(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "Enabled again: soon.disabled@example.com"));
        DemoUsers.logIn(mvc, learner.getEmail(), PASSWORD);
    }

    @Test
    void roleChangesTakeEffectInSessionsAlreadyOpen() throws Exception {
        UserAccount person = newLearner("promoted.person@example.com", "Promoted Person");
        MockHttpSession session = DemoUsers.logIn(mvc, person.getEmail(), PASSWORD);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/{id}/roles", person.getId()).session(admin).with(csrf())
                .param("roles", "LEARNER", "INSTRUCTOR", "ADMIN")).andExpect(flash().attributeExists("notice"));
        assertThat(users.findById(person.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN);
        // An admin without two-factor sign-in is sent to set it up first.
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/security?required"));
        mvc.perform(get("/account/security").param("required", "").session(session))
                .andExpect(content().string(containsString("Admin pages need two-factor sign-in")));

        mvc.perform(post("/admin/users/{id}/roles", person.getId()).session(admin).with(csrf())
                .param("roles", "LEARNER")).andExpect(flash().attributeExists("notice"));
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void adminCannotRemoveOwnAdminRoleNorDisableThemselves() throws Exception {
        long adminId = accounts.findByEmail(DemoUsers.ADMIN.email).orElseThrow().getId();
        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/{id}/roles", adminId).session(admin).with(csrf()).param("roles", "LEARNER"))
                .andExpect(flash().attribute("problem", "You cannot remove your own admin role. Ask another admin."));
        mvc.perform(post("/admin/users/{id}/disable", adminId).session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "You cannot disable your own account."));
        var account = users.findById(adminId).orElseThrow();
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getRoles()).contains(Role.ADMIN);
    }

    @Test
    void theLastEnabledAdminKeepsTheRole() {
        long adminId = accounts.findByEmail(DemoUsers.ADMIN.email).orElseThrow().getId();
        long someoneElse = newLearner("not.an.admin@example.com", "Not Admin").getId();
        assertThatThrownBy(() -> service.changeRoles(someoneElse, adminId, Set.of(Role.LEARNER)))
                .isInstanceOf(AdminRuleException.class).hasMessageContaining("last admin");
        assertThatThrownBy(() -> service.disable(someoneElse, adminId))
                .isInstanceOf(AdminRuleException.class).hasMessageContaining("last admin");
        assertThatThrownBy(() -> service.changeRoles(adminId, someoneElse, Set.of()))
                .isInstanceOf(AdminRuleException.class).hasMessageContaining("at least one role");
    }

    @ParameterizedTest(name = "POST {0} without a CSRF token is refused")
    @ValueSource(strings = {"/roles", "/disable", "/enable", "/two-factor/reset"})
    void everyAdminPostNeedsTheCsrfToken(String action) throws Exception {
        UserAccount target = newLearner("csrf.target" + action.replace("/", ".") + "@example.com", "Csrf Target");
        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/" + target.getId() + action).session(admin).param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        var unchanged = users.findById(target.getId()).orElseThrow();
        assertThat(unchanged.isEnabled()).isTrue();
        assertThat(unchanged.getRoles()).containsExactly(Role.LEARNER);
    }

    @Test
    void adminResetsTheTwoFactorSignInOfSomeoneWhoLostTheirPhone() throws Exception {
        UserAccount person = newLearner("lost.phone@example.com", "Lost Phone");
        String secret = secondFactors.pendingSecret(person.getId());
        var session = DemoUsers.logIn(mvc, person.getEmail(), PASSWORD);
        assertThat(secondFactors.confirm(person.getId(), DemoUsers.freshCode(mvc, secret))).isPresent();
        session = DemoUsers.logIn(mvc, person.getEmail(), PASSWORD, secret);

        var admin = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/admin/users/{id}/two-factor/reset", person.getId()).session(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "Two-factor sign-in reset and logged out: lost.phone@example.com"));
        assertThat(secondFactors.isEnabled(person.getId())).isFalse();
        mvc.perform(get("/my").session(session)).andExpect(redirectedUrl("/login"));
        DemoUsers.logIn(mvc, person.getEmail(), PASSWORD);

        long adminId = accounts.findByEmail(DemoUsers.ADMIN.email).orElseThrow().getId();
        mvc.perform(post("/admin/users/{id}/two-factor/reset", adminId).session(admin).with(csrf()))
                .andExpect(flash().attribute("problem", "You cannot reset your own two-factor sign-in. Ask another admin."));
        assertThat(secondFactors.isEnabled(adminId)).isTrue();
    }

    private UserAccount newLearner(String email, String name) {
        return accounts.create(new NewAccount(email, name, PASSWORD), Set.of(Role.LEARNER));
    }
}
