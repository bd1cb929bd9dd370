package com.studyhall.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

/** One choice of a single- or multiple-choice question. */
@Entity
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    private int position;

    @Size(max = 2000)
    private String text;

    private boolean correct;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, String text, boolean correct) {
        this.question = question;
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    void revise(int position, String text, boolean correct) {
        this.position = position;
        this.text = text;
        this.correct = correct;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    /** An option's content without its place. */
    public record Choice(String text, boolean correct) {
    }
}
