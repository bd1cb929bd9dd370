package com.studyhall.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question exactly as attempts drew it: every field and every option, with the option ids the
 * attempts stored their answers by. Never changed once written; editing the bank question makes
 * the next draw take a new version, so reviews, scores and statistics read what the learner saw.
 */
@Entity
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The bank question it was taken from; {@code null} once that question is deleted. */
    private Long questionId;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private QuestionType type;

    @Size(max = 8000)
    private String prompt;

    @Size(max = 8000)
    private String explanation;

    private int points;

    private Boolean answerTrue;

    @Size(max = 4000)
    private String acceptedAnswers;

    private Double numericAnswer;

    private Double tolerance;

    @Size(max = 20000)
    private String code;

    @Size(max = 20000)
    private String expectedOutput;

    @Size(max = 40)
    private String engineVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_version_option", joinColumns = @JoinColumn(name = "question_version_id"))
    @OrderColumn(name = "position")
    private List<VersionOption> options = new ArrayList<>();

    protected QuestionVersion() {
    }

    private QuestionVersion(Question question, Instant createdAt) {
        this.questionId = question.getId();
        this.createdAt = createdAt;
        this.type = question.getType();
        this.prompt = question.getPrompt();
        this.explanation = question.getExplanation();
        this.points = question.getPoints();
        this.answerTrue = question.getAnswerTrue();
        this.acceptedAnswers = String.join("\n", question.getAcceptedAnswers());
        this.numericAnswer = question.getNumericAnswer();
        this.tolerance = question.getTolerance();
        this.code = question.getCode();
        this.expectedOutput = question.getExpectedOutput();
        this.engineVersion = question.getEngineVersion();
        question.getOptions().forEach(o -> options.add(new VersionOption(o.getId(), o.getText(), o.isCorrect(), o.getMatchText(),
                o.getFeedback(), o.getCredit(), o.getTolerance())));
    }

    static QuestionVersion of(Question question, Instant now) {
        return new QuestionVersion(question, now);
    }

    /** Whether this version still says everything the bank question says now. */
    boolean matches(Question question) {
        return new QuestionVersion(question, createdAt).content().equals(content());
    }

    private List<Object> content() {
        return Arrays.asList(type, prompt, explanation, points, answerTrue, getAcceptedAnswers(), numericAnswer,
                tolerance, code, expectedOutput, engineVersion, List.copyOf(options));
    }

    /**
     * A matching question's pairs: each item's option id and the answer it belongs with. An
     * option without an item is an extra wrong answer to choose from, not a pair.
     */
    java.util.Map<Long, String> pairs() {
        java.util.Map<Long, String> pairs = new java.util.LinkedHashMap<>();
        matchItems().forEach(o -> pairs.put(o.getOptionId(), o.getMatchText()));
        return pairs;
    }

    /** A matching question's items (left sides), in the authored order. */
    public List<VersionOption> matchItems() {
        return options.stream().filter(o -> o.getText() != null && !o.getText().isBlank()).toList();
    }

    Set<Long> correctOptionIds() {
        return options.stream().filter(VersionOption::isCorrect).map(VersionOption::getOptionId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public QuestionType getType() {
        return type;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getExplanation() {
        return explanation;
    }

    public int getPoints() {
        return points;
    }

    public Boolean getAnswerTrue() {
        return answerTrue;
    }

    public List<String> getAcceptedAnswers() {
        return Question.acceptedAnswers(acceptedAnswers);
    }

    public Double getNumericAnswer() {
        return numericAnswer;
    }

    public Double getTolerance() {
        return tolerance;
    }

    public String getCode() {
        return code;
    }

    public String getExpectedOutput() {
        return expectedOutput;
    }

    public String getEngineVersion() {
        return engineVersion;
    }

    public List<VersionOption> getOptions() {
        return List.copyOf(options);
    }

    /** An option as the version holds it, under the id attempts answered with. */
    @Embeddable
    public static class VersionOption {

        @Column(name = "option_id")
        private long optionId;

        private String text;

        private boolean correct;

        @Size(max = 2000)
        private String matchText;

        /** The option's own feedback as the learner was shown it (V18_1); null for none. */
        @Size(max = 2000)
        private String feedback;

        /** A graded answer's credit and a numeric one's tolerance (V26_1); null for the other types. */
        private Double credit;

        private Double tolerance;

        protected VersionOption() {
        }

        VersionOption(long optionId, String text, boolean correct, String matchText, String feedback, Double credit,
                      Double tolerance) {
            this.optionId = optionId;
            this.text = text;
            this.correct = correct;
            this.matchText = matchText;
            this.feedback = feedback;
            this.credit = credit;
            this.tolerance = tolerance;
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

        public String getMatchText() {
            return matchText;
        }

        public long getOptionId() {
            return optionId;
        }

        public String getText() {
            return text;
        }

        public boolean isCorrect() {
            return correct;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof VersionOption that && optionId == that.optionId && correct == that.correct
                    && java.util.Objects.equals(text, that.text) && java.util.Objects.equals(matchText, that.matchText)
                    && java.util.Objects.equals(feedback, that.feedback) && java.util.Objects.equals(credit, that.credit)
                    && java.util.Objects.equals(tolerance, that.tolerance);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(optionId, text, correct, matchText, feedback, credit, tolerance);
        }
    }
}
