package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.validation.constraints.Size;

/** A term and a one-line explanation. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class KeyConcept extends SectionItem {

    @Size(max = 160)
    private String term;

    @Size(max = 2000)
    private String explanation;

    protected KeyConcept() {
    }

    public KeyConcept(Section section, int position, String term, String explanation) {
        super(section, position);
        this.term = term;
        this.explanation = explanation;
    }

    public String getTerm() {
        return term;
    }

    public String getExplanation() {
        return explanation;
    }

    public void edit(String term, String explanation) {
        this.term = term;
        this.explanation = explanation;
    }
}
