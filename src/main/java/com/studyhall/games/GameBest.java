package com.studyhall.games;

import com.studyhall.accounts.LearnerOwned;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A learner's best result of one game in one section, and how often they played it there. */
@Entity
class GameBest implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long sectionId;

    @Enumerated(EnumType.STRING)
    private GameKind game;

    private int firstValue;

    private int secondValue;

    private int plays;

    private Instant achievedAt;

    @Version
    private long version;

    protected GameBest() {
    }

    @Override
    public long learnerId() {
        return userId;
    }

    GameBest(long userId, long sectionId, GameKind game, GameScore score, Instant at) {
        this.userId = userId;
        this.sectionId = sectionId;
        this.game = game;
        this.firstValue = score.first();
        this.secondValue = score.second();
        this.achievedAt = at;
    }

    /** Counts the play and keeps the score if it is better; returns whether it was. */
    boolean offer(GameScore score, Instant at) {
        plays++;
        if (plays > 1 && !game.beats(score, score())) {
            return false;
        }
        firstValue = score.first();
        secondValue = score.second();
        achievedAt = at;
        return true;
    }

    GameScore score() {
        return new GameScore(firstValue, secondValue);
    }

    long getSectionId() {
        return sectionId;
    }

    GameKind getGame() {
        return game;
    }

    int getPlays() {
        return plays;
    }

    Instant getAchievedAt() {
        return achievedAt;
    }
}
