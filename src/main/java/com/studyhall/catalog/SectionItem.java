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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private int position;

    @Version
    private long version;

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

    public void moveTo(int position) {
        this.position = position;
    }
}
