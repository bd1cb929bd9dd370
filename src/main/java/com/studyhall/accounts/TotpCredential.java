package com.studyhall.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** An account's TOTP secret; unconfirmed (not enabled) while the person is setting it up. */
@Entity
@Table(name = "totp_credential")
class TotpCredential {

    @Id
    private Long userId;

    @Size(max = 64)
    private String secret;

    private boolean enabled;

    private long lastUsedStep = -1;

    private Instant createdAt;

    protected TotpCredential() {
    }

    TotpCredential(long userId, String secret, Instant createdAt) {
        this.userId = userId;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    String getSecret() {
        return secret;
    }

    boolean isEnabled() {
        return enabled;
    }

    void enable() {
        this.enabled = true;
    }
}
