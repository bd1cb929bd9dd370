package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import com.studyhall.catalog.Section;
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

/** A card a learner wrote for a section; only they see it, review it and browse it. */
@Entity
class OwnCard implements LearnerOwned {

    static final int MAX_FRONT = 2000;
    static final int MAX_BACK = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @Size(max = MAX_FRONT)
    private String front;

    @Size(max = MAX_BACK)
    private String back;

    private Instant createdAt;

    @Version
    private long version;

    protected OwnCard() {
    }

    OwnCard(long userId, Section section, String front, String back, Instant createdAt) {
        this.userId = userId;
        this.section = section;
        this.front = front;
        this.back = back;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    Section getSection() {
        return section;
    }

    String getFront() {
        return front;
    }

    String getBack() {
        return back;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
