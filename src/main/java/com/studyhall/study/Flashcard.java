package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.validation.constraints.Size;

/** A question on the front, its answer on the back. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class Flashcard extends SectionItem {

    @Size(max = 2000)
    private String front;

    @Size(max = 4000)
    private String back;

    protected Flashcard() {
    }

    public Flashcard(Section section, int position, String front, String back) {
        super(section, position);
        this.front = front;
        this.back = back;
    }

    public String getFront() {
        return front;
    }

    public String getBack() {
        return back;
    }

    public void edit(String front, String back) {
        this.front = front;
        this.back = back;
    }
}
