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
 * A question drawn for an attempt: the version drawn, its place, the order its options are shown
 * in (their ids), the answer saved so far and, after grading, whether it was right.
 */
@Entity
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private TestAttempt attempt;

    /** The question exactly as the learner saw it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_version_id")
    private QuestionVersion version;

    /** A later version whose corrected answer key grades this answer since a regrade; else {@code null}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "key_version_id")
    private QuestionVersion keyVersion;

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

    AttemptQuestion(TestAttempt attempt, QuestionVersion version, int position, List<Long> optionOrder) {
        this.attempt = attempt;
        this.version = version;
        this.position = position;
        this.optionOrder = optionOrder.isEmpty() ? null
                : String.join(",", optionOrder.stream().map(String::valueOf).toList());
        this.points = version.getPoints();
    }

    void grade(boolean correct) {
        this.correct = correct;
    }

    /** Grades with the answer key in force: the regrade's corrected one, or the one the learner saw. */
    boolean gradeWithKey() {
        grade(Grader.isCorrect(AnswerKey.of(answerKey()), answer));
        return correct;
    }

    void regradeWith(QuestionVersion corrected) {
        this.keyVersion = corrected;
    }

    /** The version whose answers count: the corrected one after a regrade, otherwise the one shown. */
    public QuestionVersion answerKey() {
        return keyVersion == null ? version : keyVersion;
    }

    public TestAttempt getAttempt() {
        return attempt;
    }

    public List<Long> optionOrder() {
        return optionOrder == null || optionOrder.isEmpty() ? List.of()
                : Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public QuestionVersion getVersion() {
        return version;
    }

    public QuestionVersion getKeyVersion() {
        return keyVersion;
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
