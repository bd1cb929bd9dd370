package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** A rhyme, story or acronym that helps a learner remember. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class MemoryAid extends SectionItem {

    @Enumerated(EnumType.STRING)
    private MemoryAidKind kind;

    @Size(max = 4000)
    private String text;

    protected MemoryAid() {
    }

    public MemoryAid(Section section, int position, MemoryAidKind kind, String text) {
        super(section, position);
        this.kind = kind;
        this.text = text;
    }

    public MemoryAidKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public void edit(MemoryAidKind kind, String text) {
        this.kind = kind;
        this.text = text;
    }
}
