package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;

/** A question on the front, its answer on the back. */
@Entity
public class Flashcard extends SectionItem {

    private String front;

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
