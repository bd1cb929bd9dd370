package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;

/** A glossary entry. */
@Entity
public class GlossaryTerm extends SectionItem {

    private String term;

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
