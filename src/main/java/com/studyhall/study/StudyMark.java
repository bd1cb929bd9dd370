package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * A learner's mark on one item of a section. The item is named by kind and id (a lesson part, a
 * chapter, or for the summary the section itself), so one table serves every kind.
 */
@Entity
class StudyMark implements LearnerOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private Long sectionId;

    @Enumerated(EnumType.STRING)
    private MarkKind kind;

    private Long itemId;

    private Instant markedAt;

    protected StudyMark() {
    }

    StudyMark(long userId, long sectionId, MarkKind kind, long itemId, Instant markedAt) {
        this.userId = userId;
        this.sectionId = sectionId;
        this.kind = kind;
        this.itemId = itemId;
        this.markedAt = markedAt;
    }

    MarkKind getKind() {
        return kind;
    }

    Long getItemId() {
        return itemId;
    }

    Instant getMarkedAt() {
        return markedAt;
    }

    Long getSectionId() {
        return sectionId;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
