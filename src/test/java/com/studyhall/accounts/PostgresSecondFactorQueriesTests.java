package com.studyhall.accounts;

import com.studyhall.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin and two-factor queries on real PostgreSQL: search, the admin lock, one-shot updates. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresSecondFactorQueriesTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    UserAccountRepository users;

    @Autowired
    TotpCredentialRepository credentials;

    @Autowired
    RecoveryCodeRepository recoveryCodes;

    @Test
    void searchMatchesEmailOrNameCaseInsensitivelyWithLiteralWildcards() {
        users.save(user("grace.hopper@example.com", "Grace Hopper", Role.LEARNER));
        users.save(user("alan_t@example.com", "Alan Turing", Role.LEARNER));
        var page = PageRequest.of(0, 20, Sort.by("email"));
        assertThat(users.search("hopper", page)).extracting(UserAccount::getEmail).containsExactly("grace.hopper@example.com");
        assertThat(users.search("alan turing", page)).extracting(UserAccount::getEmail).containsExactly("alan_t@example.com");
        assertThat(users.search("\\_", page)).extracting(UserAccount::getEmail).containsExactly("alan_t@example.com");
        assertThat(users.search("\\%", page)).isEmpty();
    }

    @Test
    void lockEnabledAdminsCountsOnlyEnabledAdmins() {
        users.save(user("admin.one@example.com", "One", Role.ADMIN));
        var disabled = user("admin.two@example.com", "Two", Role.ADMIN);
        disabled.disable();
        users.save(disabled);
        users.save(user("learner.three@example.com", "Three", Role.LEARNER));
        assertThat(users.lockEnabledAdmins()).extracting(UserAccount::getEmail).containsExactly("admin.one@example.com");
    }

    @Test
    void aTimeStepAndARecoveryCodeCanEachBeClaimedOnce() {
        long id = users.save(user("claims@example.com", "Claims", Role.LEARNER)).getId();
        credentials.saveAndFlush(new TotpCredential(id, "GEZDGNBVGY3TQOJQ", Instant.now()));
        assertThat(credentials.claimStep(id, 100)).isEqualTo(1);
        assertThat(credentials.claimStep(id, 100)).isZero();
        assertThat(credentials.claimStep(id, 99)).isZero();
        assertThat(credentials.claimStep(id, 101)).isEqualTo(1);

        recoveryCodes.saveAndFlush(new RecoveryCode(id, RecoveryCodes.hash("abcd-efgh-ijkl-mnop")));
        assertThat(recoveryCodes.spend(id, RecoveryCodes.hash("ABCDEFGHIJKLMNOP"), Instant.now())).isEqualTo(1);
        assertThat(recoveryCodes.spend(id, RecoveryCodes.hash("abcd-efgh-ijkl-mnop"), Instant.now())).isZero();
    }

    private static UserAccount user(String email, String name, Role role) {
        return new UserAccount(email, name, "{noop}x", Set.of(role), Instant.now());
    }
}
