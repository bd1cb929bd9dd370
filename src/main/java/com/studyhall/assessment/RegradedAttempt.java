package com.studyhall.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;

/** One closed attempt a regrade went over: its score before and after, changed or not. */
@Entity
public class RegradedAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regrade_id")
    private QuestionRegrade regrade;

    private long attemptId;

    /** The question's place in this attempt. */
    private int position;

    @Column(precision = 10, scale = Points.SCALE)
    private BigDecimal pointsBefore;

    @Column(precision = 10, scale = Points.SCALE)
    private BigDecimal pointsAfter;

    private Boolean passedBefore;

    private Boolean passedAfter;

    protected RegradedAttempt() {
    }

    RegradedAttempt(QuestionRegrade regrade, long attemptId, int position, BigDecimal pointsBefore, BigDecimal pointsAfter,
                    Boolean passedBefore, Boolean passedAfter) {
        this.regrade = regrade;
        this.attemptId = attemptId;
        this.position = position;
        this.pointsBefore = pointsBefore;
        this.pointsAfter = pointsAfter;
        this.passedBefore = passedBefore;
        this.passedAfter = passedAfter;
    }

    public QuestionRegrade getRegrade() {
        return regrade;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getPointsBefore() {
        return pointsBefore;
    }

    public BigDecimal getPointsAfter() {
        return pointsAfter;
    }

    public Boolean getPassedBefore() {
        return passedBefore;
    }

    public Boolean getPassedAfter() {
        return passedAfter;
    }

    public boolean scoreChanged() {
        return !Points.same(pointsBefore, pointsAfter);
    }
}
