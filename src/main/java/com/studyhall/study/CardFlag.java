package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A learner's hold on one card: suspended (out of the queue until they take it back) or buried
 * (out of the queue until the next UTC day). Its memory is kept either way.
 */
@Entity
class CardFlag implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long sectionId;

    @Enumerated(EnumType.STRING)
    private CardKind cardKind;

    private Long itemId;

    private boolean suspended;

    private Instant buriedUntil;

    @Version
    private long version;

    protected CardFlag() {
    }

    CardFlag(long userId, long sectionId, CardRef card) {
        this.userId = userId;
        this.sectionId = sectionId;
        this.cardKind = card.kind();
        this.itemId = card.itemId();
    }

    /** Whether the queue leaves the card out at this instant. */
    boolean hides(Instant now) {
        return suspended || (buriedUntil != null && buriedUntil.isAfter(now));
    }

    void suspend(boolean suspended) {
        this.suspended = suspended;
    }

    /** Out of the queue for the rest of the UTC day, as Anki buries until tomorrow. */
    void bury(Instant now) {
        buriedUntil = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
    }

    CardRef card() {
        return new CardRef(cardKind, itemId);
    }

    boolean isSuspended() {
        return suspended;
    }

    Instant getBuriedUntil() {
        return buriedUntil;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
