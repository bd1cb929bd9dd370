package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import com.studyhall.study.fsrs.Memory;
import com.studyhall.study.fsrs.Phase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** One learner's FSRS memory state for one card; created at the card's first grade. */
@Entity
class CardSchedule implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long sectionId;

    @Enumerated(EnumType.STRING)
    private CardKind cardKind;

    private Long itemId;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private double stability;

    private double difficulty;

    private Instant dueAt;

    private Instant lastReviewAt;

    private int scheduledDays;

    private int learningStep;

    private int reps;

    private int lapses;

    private Instant createdAt;

    @Version
    private long version;

    protected CardSchedule() {
    }

    CardSchedule(long userId, long sectionId, CardRef card, Instant createdAt) {
        this.userId = userId;
        this.sectionId = sectionId;
        this.cardKind = card.kind();
        this.itemId = card.itemId();
        this.createdAt = createdAt;
        this.phase = Phase.NEW;
    }

    Memory memory() {
        return new Memory(phase, stability, difficulty, dueAt, lastReviewAt, scheduledDays, learningStep, reps, lapses);
    }

    void remember(Memory memory) {
        phase = memory.phase();
        stability = memory.stability();
        difficulty = memory.difficulty();
        dueAt = memory.due();
        lastReviewAt = memory.lastReview();
        scheduledDays = memory.scheduledDays();
        learningStep = memory.learningStep();
        reps = memory.reps();
        lapses = memory.lapses();
    }

    CardRef card() {
        return new CardRef(cardKind, itemId);
    }

    Long getSectionId() {
        return sectionId;
    }

    Phase getPhase() {
        return phase;
    }

    Instant getLastReviewAt() {
        return lastReviewAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getReps() {
        return reps;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
