package com.studyhall.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** An instructor applied a corrected version of a question to the attempts that drew older ones. */
@Entity
public class QuestionRegrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private QuestionVersion version;

    private Long actorId;

    /** Copied, so the record reads the same after the account is renamed or removed. */
    @Size(max = 80)
    private String actorName;

    private Instant regradedAt;

    protected QuestionRegrade() {
    }

    QuestionRegrade(QuestionVersion version, Long actorId, String actorName, Instant regradedAt) {
        this.version = version;
        this.actorId = actorId;
        this.actorName = actorName;
        this.regradedAt = regradedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getRegradedAt() {
        return regradedAt;
    }
}
