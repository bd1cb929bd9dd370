package com.studyhall.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What an instructor granted one learner on one test beyond its settings: more attempts, more minutes. */
@Entity
class LearnerOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mock_test_id")
    private MockTest mockTest;

    private long learnerId;

    private int extraAttempts;

    private int extraMinutes;

    @Size(max = 500)
    private String reason;

    @Size(max = 320)
    private String grantedBy;

    private Instant grantedAt;

    @Version
    private long version;

    protected LearnerOverride() {
    }

    LearnerOverride(MockTest mockTest, long learnerId) {
        this.mockTest = mockTest;
        this.learnerId = learnerId;
    }

    void grant(Allowance allowance, String reason, String grantedBy, Instant at) {
        this.extraAttempts = allowance.extraAttempts();
        this.extraMinutes = allowance.extraMinutes();
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = at;
    }

    Allowance allowance() {
        return new Allowance(extraAttempts, extraMinutes);
    }

    long mockTestId() {
        return mockTest.getId();
    }

    String getReason() {
        return reason;
    }

    String getGrantedBy() {
        return grantedBy;
    }

    Instant getGrantedAt() {
        return grantedAt;
    }
}
