package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A learner's own note on a card, shown with the card's answer to them alone. */
@Entity
class CardNote implements LearnerOwned {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private CardKind cardKind;

    private Long itemId;

    @Size(max = MAX_TEXT)
    private String text;

    private Instant updatedAt;

    @Version
    private long version;

    protected CardNote() {
    }

    CardNote(long userId, CardRef card) {
        this.userId = userId;
        this.cardKind = card.kind();
        this.itemId = card.itemId();
    }

    void write(String text, Instant at) {
        this.text = text;
        this.updatedAt = at;
    }

    CardRef card() {
        return new CardRef(cardKind, itemId);
    }

    String getText() {
        return text;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
