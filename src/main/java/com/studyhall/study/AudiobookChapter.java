package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;

/** An audiobook chapter: a key statement, its explanation and a real-life analogy. */
@Entity
public class AudiobookChapter extends SectionItem {

    private String title;

    private String keyStatement;

    private String explanation;

    private String analogy;

    protected AudiobookChapter() {
    }

    public AudiobookChapter(Section section, int position, String title, String keyStatement, String explanation, String analogy) {
        super(section, position);
        this.title = title;
        this.keyStatement = keyStatement;
        this.explanation = explanation;
        this.analogy = analogy;
    }

    public String getTitle() {
        return title;
    }

    public String getKeyStatement() {
        return keyStatement;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getAnalogy() {
        return analogy;
    }

    public void edit(String title, String keyStatement, String explanation, String analogy) {
        this.title = title;
        this.keyStatement = keyStatement;
        this.explanation = explanation;
        this.analogy = analogy;
    }
}
