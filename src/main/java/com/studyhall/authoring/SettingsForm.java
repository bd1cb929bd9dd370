package com.studyhall.authoring;

import com.studyhall.assessment.FeedbackTiming;
import com.studyhall.assessment.TestSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A section's mock-test settings. */
public class SettingsForm extends MergeableForm<SettingsForm> {

    @Min(1)
    private int questionsPerAttempt = 10;
    private boolean shuffleQuestions = true;
    private boolean shuffleOptions = true;
    @Min(1)
    @Max(600)
    private int timeLimitMinutes = 20;
    @Min(1)
    @Max(100)
    private int attemptsAllowed = 3;
    @Min(0)
    @Max(100)
    private int passMarkPercent = 70;
    @NotNull
    private FeedbackTiming feedback = FeedbackTiming.AFTER_EACH_ATTEMPT;

    static SettingsForm of(TestSettings s, long version) {
        var form = new SettingsForm();
        form.questionsPerAttempt = s.questionsPerAttempt();
        form.shuffleQuestions = s.shuffleQuestions();
        form.shuffleOptions = s.shuffleOptions();
        form.timeLimitMinutes = s.timeLimitMinutes();
        form.attemptsAllowed = s.attemptsAllowed();
        form.passMarkPercent = s.passMarkPercent();
        form.feedback = s.feedback();
        return form.startingAt(version);
    }

    @Override
    Map<String, String> snapshot() {
        return snapshot(toSettings());
    }

    @Override
    void copyFields(SettingsForm stored, Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Questions per attempt" -> questionsPerAttempt = stored.questionsPerAttempt;
                case "Shuffle questions" -> shuffleQuestions = stored.shuffleQuestions;
                case "Shuffle options" -> shuffleOptions = stored.shuffleOptions;
                case "Time limit (minutes)" -> timeLimitMinutes = stored.timeLimitMinutes;
                case "Attempts allowed" -> attemptsAllowed = stored.attemptsAllowed;
                case "Pass mark (%)" -> passMarkPercent = stored.passMarkPercent;
                case "Feedback" -> feedback = stored.feedback;
                default -> { }
            }
        }
    }

    /**
     * Takes an earlier version's settings from its history snapshot (numbers, true/false and the
     * feedback timing's name, as {@link #snapshot(TestSettings)} writes them); a value that does not
     * read back keeps what the form holds.
     */
    SettingsForm restoring(Map<String, String> version, long changeId) {
        questionsPerAttempt = number(version.get("Questions per attempt"), questionsPerAttempt);
        shuffleQuestions = flag(version.get("Shuffle questions"), shuffleQuestions);
        shuffleOptions = flag(version.get("Shuffle options"), shuffleOptions);
        timeLimitMinutes = number(version.get("Time limit (minutes)"), timeLimitMinutes);
        attemptsAllowed = number(version.get("Attempts allowed"), attemptsAllowed);
        passMarkPercent = number(version.get("Pass mark (%)"), passMarkPercent);
        for (FeedbackTiming timing : FeedbackTiming.values()) {
            if (timing.name().equals(version.get("Feedback"))) {
                feedback = timing;
            }
        }
        setRestoring(changeId);
        return this;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private static boolean flag(String text, boolean otherwise) {
        return text == null ? otherwise : Boolean.parseBoolean(text.strip());
    }

    TestSettings toSettings() {
        return new TestSettings(questionsPerAttempt, shuffleQuestions, shuffleOptions, timeLimitMinutes,
                attemptsAllowed, passMarkPercent, feedback);
    }

    static Map<String, String> snapshot(TestSettings s) {
        var values = new LinkedHashMap<String, String>();
        values.put("Questions per attempt", String.valueOf(s.questionsPerAttempt()));
        values.put("Shuffle questions", String.valueOf(s.shuffleQuestions()));
        values.put("Shuffle options", String.valueOf(s.shuffleOptions()));
        values.put("Time limit (minutes)", String.valueOf(s.timeLimitMinutes()));
        values.put("Attempts allowed", String.valueOf(s.attemptsAllowed()));
        values.put("Pass mark (%)", String.valueOf(s.passMarkPercent()));
        values.put("Feedback", String.valueOf(s.feedback()));
        return values;
    }

    public int getQuestionsPerAttempt() { return questionsPerAttempt; }
    public void setQuestionsPerAttempt(int questionsPerAttempt) { this.questionsPerAttempt = questionsPerAttempt; }
    public boolean isShuffleQuestions() { return shuffleQuestions; }
    public void setShuffleQuestions(boolean shuffleQuestions) { this.shuffleQuestions = shuffleQuestions; }
    public boolean isShuffleOptions() { return shuffleOptions; }
    public void setShuffleOptions(boolean shuffleOptions) { this.shuffleOptions = shuffleOptions; }
    public int getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(int timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
    public int getAttemptsAllowed() { return attemptsAllowed; }
    public void setAttemptsAllowed(int attemptsAllowed) { this.attemptsAllowed = attemptsAllowed; }
    public int getPassMarkPercent() { return passMarkPercent; }
    public void setPassMarkPercent(int passMarkPercent) { this.passMarkPercent = passMarkPercent; }
    public FeedbackTiming getFeedback() { return feedback; }
    public void setFeedback(FeedbackTiming feedback) { this.feedback = feedback; }
}
