package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.validation.constraints.Size;

/** A glossary entry. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class GlossaryTerm extends SectionItem {

    @Size(max = 160)
    private String term;

    @Size(max = 4000)
    private String definition;

    protected GlossaryTerm() {
    }

    public GlossaryTerm(Section section, int position, String term, String definition) {
        super(section, position);
        this.term = term;
        this.definition = definition;
    }

    public String getTerm() {
        return term;
    }

    public String getDefinition() {
        return definition;
    }

    public void edit(String term, String definition) {
        this.term = term;
        this.definition = definition;
    }
}
