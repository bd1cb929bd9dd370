package com.studyhall.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
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

    /**
     * The sequence number the page gave the saved answer (rising with every edit on the page); a
     * save carrying a lower one is older than what is stored and is not applied.
     */
    private Long answerSeq;

    /** Flagged by the learner "for later": shown in the navigator and the summary before submitting. */
    private boolean flagged;

    private Boolean correct;

    private int points;

    /** Points earned to the hundredth ({@link Points}), once graded; an essay's stay null until an instructor grades it. */
    @Column(precision = 10, scale = Points.SCALE)
    private BigDecimal awardedPoints;

    /** An instructor's comment on an essay answer. */
    @Size(max = 4000)
    private String feedback;

    @Size(max = 320)
    private String gradedBy;

    private Instant gradedAt;

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

    /**
     * Grades with the answer key in force (the regrade's corrected one, or the one the learner
     * saw) and returns the points earned. An essay keeps the points an instructor gave it; until
     * then it returns null: the attempt is awaiting grading.
     */
    BigDecimal gradeWithKey() {
        QuestionVersion key = answerKey();
        if (key.getType() == QuestionType.ESSAY) {
            this.correct = gradedAt == null ? null : Points.full(awardedPoints, points);
            return gradedAt == null ? null : awardedPoints;
        }
        AnswerKey answerKey = AnswerKey.of(key);
        this.awardedPoints = Grader.awarded(answerKey, answer, points);
        this.correct = Points.full(awardedPoints, points);
        return awardedPoints;
    }

    /** An instructor's grade of an essay answer: points from 0 to the question's (to the hundredth), and a comment. */
    void gradeByHand(BigDecimal awarded, String feedback, String gradedBy, Instant at) {
        this.awardedPoints = awarded.setScale(Points.SCALE);
        this.feedback = feedback;
        this.gradedBy = gradedBy;
        this.gradedAt = at;
        this.correct = Points.full(awarded, points);
    }

    /** An essay no instructor has graded yet. */
    public boolean awaitingGrading() {
        return version.getType() == QuestionType.ESSAY && gradedAt == null;
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

    public Long getAnswerSeq() {
        return answerSeq;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Boolean getCorrect() {
        return correct;
    }

    public int getPoints() {
        return points;
    }

    public BigDecimal getAwardedPoints() {
        return awardedPoints;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getGradedBy() {
        return gradedBy;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
