package com.studyhall.lab;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A learner's saved lab program. The owner is referred to by id only. */
@Entity
@Table(name = "lab_scenario")
class Scenario {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long ownerId;

    @Size(max = 80)
    private String name;

    @Size(max = 20000)
    private String code;

    private Instant createdAt;

    private Instant updatedAt;

    /** Null while the scenario is private; a random token once its owner shares it. */
    @Size(max = 64)
    private String shareToken;

    @Version
    private long version;

    protected Scenario() {
    }

    Scenario(long ownerId, String name, String code, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    void rewrite(String code, Instant now) {
        this.code = code;
        this.updatedAt = now;
    }

    void share(String token) {
        if (shareToken == null) shareToken = token;
    }

    void revokeShare() {
        shareToken = null;
    }

    String getShareToken() {
        return shareToken;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getCode() {
        return code;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
