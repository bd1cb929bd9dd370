package com.studyhall.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    static final CommonPasswords COMMON = new CommonPasswords();
    final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(COMMON.size()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.problemWith("correct horse battery staple")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCodePoints() {
        assertThat(policy.problemWith("elevenchars")).contains("Use at least 12 characters.");
    }

    @Test
    void countsEmojiAsOneCharacterEach() {
        // Twelve snakes are 24 UTF-16 units but twelve characters to a person.
        assertThat(policy.problemWith("🐍".repeat(11))).contains("Use at least 12 characters.");
        assertThat(policy.problemWith("🐍".repeat(12))).isEmpty();
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(policy.problemWith("a".repeat(129))).contains("Use at most 128 characters.");
        assertThat(policy.problemWith("ab".repeat(64))).isEmpty();
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        assertThat(policy.problemWith("1qaz2wsx3edc")).get().asString().contains("common passwords");
        assertThat(policy.problemWith("1QAZ2WSX3EDC")).get().asString().contains("common passwords");
    }

    @Test
    void refusesEmptyAndMissingPasswords() {
        assertThat(policy.problemWith("")).isPresent();
        assertThat(policy.problemWith(null)).isPresent();
    }
}
