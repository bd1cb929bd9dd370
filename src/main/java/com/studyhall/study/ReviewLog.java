package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import com.studyhall.study.fsrs.Grade;
import com.studyhall.study.fsrs.Memory;
import com.studyhall.study.fsrs.Phase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Duration;
import java.time.Instant;

/** One grade a learner gave a card, with the card's memory just before it, so undo can put it back. */
@Entity
class ReviewLog implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long sectionId;

    @Enumerated(EnumType.STRING)
    private CardKind cardKind;

    private Long itemId;

    private int grade;

    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    private Phase prevPhase;

    private double prevStability;

    private double prevDifficulty;

    private Instant prevDueAt;

    private Instant prevLastReviewAt;

    private int prevScheduledDays;

    private int prevLearningStep;

    private int prevReps;

    private int prevLapses;

    private int durationMs;

    protected ReviewLog() {
    }

    ReviewLog(long userId, long sectionId, CardRef card, Grade grade, Instant at, Memory before, Duration spent) {
        this.userId = userId;
        this.sectionId = sectionId;
        this.cardKind = card.kind();
        this.itemId = card.itemId();
        this.grade = grade.value();
        this.reviewedAt = at;
        this.prevPhase = before.phase();
        this.prevStability = before.stability();
        this.prevDifficulty = before.difficulty();
        this.prevDueAt = before.due();
        this.prevLastReviewAt = before.lastReview();
        this.prevScheduledDays = before.scheduledDays();
        this.prevLearningStep = before.learningStep();
        this.prevReps = before.reps();
        this.prevLapses = before.lapses();
        this.durationMs = (int) spent.toMillis();
    }

    /** The memory the card had before this grade. */
    Memory before() {
        return new Memory(prevPhase, prevStability, prevDifficulty, prevDueAt, prevLastReviewAt, prevScheduledDays,
                prevLearningStep, prevReps, prevLapses);
    }

    CardRef card() {
        return new CardRef(cardKind, itemId);
    }

    Long getSectionId() {
        return sectionId;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    int getGrade() {
        return grade;
    }

    Phase getPrevPhase() {
        return prevPhase;
    }

    int getDurationMs() {
        return durationMs;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
