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

    /** A matching question's pair: {@code text} is the left side, this the right side it belongs with. */
    @Size(max = 2000)
    private String matchText;

    /** What the review says to a learner who chose this option (Moodle's per-answer feedback); null for none. */
    @Size(max = 2000)
    private String feedback;

    /**
     * A graded answer's credit in percent (Moodle's "%50%"); null means the correct flag decides:
     * 100 or 0. Used by short and numeric answers, whose options are their graded answers.
     */
    private Double credit;

    /** A numeric graded answer's tolerance (its text is the number); null for the other types. */
    private Double tolerance;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, Choice choice) {
        this.question = question;
        revise(position, choice);
    }

    void revise(int position, Choice choice) {
        this.position = position;
        this.text = choice.text();
        this.correct = choice.correct();
        this.matchText = choice.match();
        this.feedback = choice.feedback() == null || choice.feedback().isBlank() ? null : choice.feedback();
        this.credit = choice.credit();
        this.tolerance = choice.tolerance();
    }

    public Double getCredit() {
        return credit;
    }

    public Double getTolerance() {
        return tolerance;
    }

    public String getFeedback() {
        return feedback;
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

    public String getMatchText() {
        return matchText;
    }

    /**
     * An option's content without its place; {@code match} only for a matching question's pair,
     * {@code feedback} what the review says when it is chosen (or null); {@code credit} and
     * {@code tolerance} only for a short or numeric answer's graded answers.
     */
    public record Choice(String text, boolean correct, String match, String feedback, Double credit, Double tolerance) {

        public Choice(String text, boolean correct, String match, String feedback) {
            this(text, correct, match, feedback, null, null);
        }

        public Choice(String text, boolean correct) {
            this(text, correct, null, null);
        }

        public Choice(String text, boolean correct, String match) {
            this(text, correct, match, null);
        }
    }
}
