package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.validation.constraints.Size;

/** An audiobook chapter: a key statement, its explanation and a real-life analogy. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class AudiobookChapter extends SectionItem {

    @Size(max = 160)
    private String title;

    @Size(max = 2000)
    private String keyStatement;

    @Size(max = 20000)
    private String explanation;

    @Size(max = 8000)
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
