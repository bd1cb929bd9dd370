package com.studyhall.assessment;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A question of a section's bank. Which answer fields are used depends on the type; a
 * predict-the-output question's expected output is computed by the simulation engine, never
 * typed, and remembers the engine version that computed it.
 */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
@EntityListeners(ExpectedOutputListener.class)
public class Question extends SectionItem {

    @Enumerated(EnumType.STRING)
    private QuestionType type;

    @Size(max = 8000)
    private String prompt;

    @Size(max = 8000)
    private String explanation;

    private int points;

    private Boolean answerTrue;

    /** Accepted short-text answers, one per line. */
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

    /** Where the question sits in its bank, a path such as "Memory/Counting" (GIFT's $CATEGORY); null for none. */
    @Size(max = 255)
    private String category;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(Section section, int position, QuestionType type, String prompt, String explanation, int points) {
        super(section, position);
        this.type = type;
        this.prompt = prompt;
        this.explanation = explanation;
        this.points = points;
    }

    public void addOption(String text, boolean correct) {
        options.add(new QuestionOption(this, options.size() + 1, new QuestionOption.Choice(text, correct)));
    }

    public void setAnswerTrue(Boolean answerTrue) {
        this.answerTrue = answerTrue;
    }

    public void setAcceptedAnswers(List<String> answers) {
        this.acceptedAnswers = String.join("\n", answers);
    }

    public void setNumericAnswer(Double numericAnswer, Double tolerance) {
        this.numericAnswer = numericAnswer;
        this.tolerance = tolerance;
    }

    /** New code makes the computed answer stale: it belonged to the old code. */
    public void setCode(String code) {
        if (!Objects.equals(this.code, code)) {
            this.code = code;
            this.expectedOutput = null;
            this.engineVersion = null;
        }
    }

    /** A predict-the-output question whose answer was not computed by this engine version. */
    public boolean needsOutputFrom(String version) {
        return type == QuestionType.PREDICT_OUTPUT && code != null && !Objects.equals(engineVersion, version);
    }

    /**
     * Whether an attempt may include this question: every type but predict-the-output always;
     * those only with an answer from the current engine ({@code null} when there is none).
     */
    public boolean isReadyFor(String currentEngineVersion) {
        return type != QuestionType.PREDICT_OUTPUT
                || (currentEngineVersion != null && expectedOutput != null
                    && currentEngineVersion.equals(engineVersion));
    }

    /** Records what the engine printed for the code, and which engine said so. */
    public void setComputedOutput(String expectedOutput, String engineVersion) {
        this.expectedOutput = expectedOutput;
        this.engineVersion = engineVersion;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category.strip();
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
        return acceptedAnswers(acceptedAnswers);
    }

    /** Accepted answers are stored one per line, in the bank and in its versions alike. */
    static List<String> acceptedAnswers(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
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

    public List<QuestionOption> getOptions() {
        return List.copyOf(options);
    }

    /** Changes what every question has; answer fields are set with their own setters. */
    public void revise(QuestionType type, String prompt, String explanation, int points) {
        this.type = type;
        this.prompt = prompt;
        this.explanation = explanation;
        this.points = points;
    }

    /**
     * Sets the options, keeping each option's id where it can: an unchanged text keeps its id, an
     * edited one takes over a changed option's id in order, only extra options get new ids.
     * Attempts store answers by option id, so moving a correct mark or fixing a typo leaves past
     * answers pointing at the same option, which is what a regrade needs.
     */
    public void replaceOptions(List<QuestionOption.Choice> choices) {
        List<QuestionOption> unclaimed = new ArrayList<>(options);
        QuestionOption[] kept = new QuestionOption[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            String text = choices.get(i).text();
            QuestionOption same = unclaimed.stream().filter(o -> o.getText().equals(text)).findFirst().orElse(null);
            if (same != null) {
                unclaimed.remove(same);
                kept[i] = same;
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            if (kept[i] == null && !unclaimed.isEmpty()) {
                kept[i] = unclaimed.remove(0);
            }
        }
        options.removeAll(unclaimed);
        for (int i = 0; i < choices.size(); i++) {
            QuestionOption.Choice choice = choices.get(i);
            if (kept[i] == null) {
                options.add(new QuestionOption(this, i + 1, choice));
            } else {
                kept[i].revise(i + 1, choice);
            }
        }
        options.sort(java.util.Comparator.comparingInt(QuestionOption::getPosition));
    }
}
