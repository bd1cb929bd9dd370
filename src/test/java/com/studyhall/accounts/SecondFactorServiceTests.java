package com.studyhall.accounts;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.TestTotpClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up two-factor sign-in and checking codes, against the database. */
@StudyhallIntegrationTest
class SecondFactorServiceTests {

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    AccountService accounts;

    @Autowired
    TestTotpClock clock;

    @Test
    void aUsedCodeIsRefusedTheSecondTimeAndOlderCodesToo() {
        long id = person("replay@example.com");
        String secret = secondFactors.pendingSecret(id);
        assertThat(secondFactors.pendingSecret(id)).as("same secret until confirmed").isEqualTo(secret);
        clock.nextStep();
        String first = Totp.code(secret, clock.now());
        assertThat(secondFactors.confirm(id, first)).isPresent();
        assertThat(secondFactors.verify(id, first)).as("replayed").isFalse();

        String previousStep = Totp.code(secret, clock.now().minusSeconds(30));
        assertThat(secondFactors.verify(id, previousStep)).as("older than the last used").isFalse();
        clock.nextStep();
        assertThat(secondFactors.verify(id, Totp.code(secret, clock.now()))).isTrue();
    }

    @Test
    void codesOneStepEitherSideAreAcceptedButNotTwo() {
        long id = person("tolerance@example.com");
        String secret = secondFactors.pendingSecret(id);
        clock.nextStep();
        assertThat(secondFactors.confirm(id, Totp.code(secret, clock.now().minusSeconds(30)))).isPresent();
        clock.nextStep();
        clock.nextStep();
        clock.nextStep();
        assertThat(secondFactors.verify(id, Totp.code(secret, clock.now().plusSeconds(60)))).isFalse();
        assertThat(secondFactors.verify(id, Totp.code(secret, clock.now().plusSeconds(30)))).isTrue();
    }

    @Test
    void confirmingRefusesAWrongCodeAndEndsOtherSessions() {
        long id = person("confirm@example.com");
        String secret = secondFactors.pendingSecret(id);
        assertThat(secondFactors.confirm(id, "123456x")).isEmpty();
        assertThat(secondFactors.isEnabled(id)).isFalse();
        clock.nextStep();
        var enrollment = secondFactors.confirm(id, Totp.code(secret, clock.now())).orElseThrow();
        assertThat(enrollment.sessionGeneration()).isEqualTo(1);
        assertThat(enrollment.recoveryCodes()).hasSize(10);
        assertThat(secondFactors.isEnabled(id)).isTrue();
    }

    @Test
    void eachRecoveryCodeWorksOnce() {
        long id = person("recovery@example.com");
        String secret = secondFactors.pendingSecret(id);
        clock.nextStep();
        var codes = secondFactors.confirm(id, Totp.code(secret, clock.now())).orElseThrow().recoveryCodes();
        assertThat(secondFactors.unusedRecoveryCodes(id)).isEqualTo(10);

        assertThat(secondFactors.verify(id, codes.get(3).toUpperCase())).isTrue();
        assertThat(secondFactors.verify(id, codes.get(3))).as("spent").isFalse();
        assertThat(secondFactors.verify(id, "aaaa-bbbb-cccc-dddd")).isFalse();
        assertThat(secondFactors.unusedRecoveryCodes(id)).isEqualTo(9);
    }

    @Test
    void withoutTwoFactorNoCodeIsAccepted() {
        long id = person("nothing@example.com");
        assertThat(secondFactors.verify(id, "123456")).isFalse();
        assertThat(secondFactors.verify(id, null)).isFalse();
    }

    private long person(String email) {
        return accounts.create(new NewAccount(email, "Person", "a sturdy test passphrase"), Set.of(Role.LEARNER)).getId();
    }
}
