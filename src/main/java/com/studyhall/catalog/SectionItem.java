package com.studyhall.catalog;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Something a section holds in order: a lesson part, a flashcard, a question. Every such item is
 * edited on its own, so each carries its own version.
 */
@MappedSuperclass
public abstract class SectionItem {

    /**
     * Every item entity carries this restriction: a trashed item is invisible to every query and
     * lookup, learners' and editors' alike, until the trash restores it (by SQL, see the studio's trash).
     */
    public static final String NOT_TRASHED = "trashed_at is null";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private int position;

    @Version
    private long version;

    private java.time.Instant trashedAt;

    protected SectionItem() {
    }

    protected SectionItem(Section section, int position) {
        this.section = section;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    /** Moves the item to the trash; from the end of the transaction no query finds it. */
    public void trash(java.time.Instant now) {
        this.trashedAt = now;
    }

    public void moveTo(int position) {
        this.position = position;
    }
}
