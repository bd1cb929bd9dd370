package com.studyhall.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A question drawn for an attempt: its place, the order its options are shown in, the answer
 * saved so far and, after grading, whether it was right.
 */
@Entity
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private TestAttempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    private int position;

    /** Option ids in display order, comma separated; empty for questions without options. */
    @Size(max = 1000)
    private String optionOrder;

    @Size(max = 20000)
    private String answer;

    private Instant answeredAt;

    private Boolean correct;

    private int points;

    protected AttemptQuestion() {
    }

    AttemptQuestion(TestAttempt attempt, Question question, int position, List<Long> optionOrder) {
        this.attempt = attempt;
        this.question = question;
        this.position = position;
        this.optionOrder = optionOrder.isEmpty() ? null
                : String.join(",", optionOrder.stream().map(String::valueOf).toList());
        this.points = question.getPoints();
    }

    void grade(boolean correct) {
        this.correct = correct;
    }

    public List<Long> optionOrder() {
        return optionOrder == null || optionOrder.isEmpty() ? List.of()
                : Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getPosition() {
        return position;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Boolean getCorrect() {
        return correct;
    }

    public int getPoints() {
        return points;
    }
}
