package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.OptionBundle;
import com.studyhall.authoring.CourseBundle.QuestionBundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as the studio form edits it: every type's fields at once; {@link #toBundle()} keeps
 * those of the chosen type. A predict-the-output question has code only: its expected output is
 * computed by the engine, never typed here.
 */
public class QuestionForm extends MergeableForm<QuestionForm> {

    static final int BLANK_OPTIONS = 2;

    /** One choice of a single- or multiple-choice question, with what the review says when it is chosen. */
    public static class Option {
        private String text = "";
        private boolean correct;
        private String feedback = "";

        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback == null ? "" : feedback; }

        public String getText() { return text; }
        public void setText(String text) { this.text = text == null ? "" : text; }
        public boolean isCorrect() { return correct; }
        public void setCorrect(boolean correct) { this.correct = correct; }
    }

    /** One pair of a matching question: an item and the answer it belongs with. */
    public static class Pair {
        private String left = "";
        private String right = "";

        public String getLeft() { return left; }
        public void setLeft(String left) { this.left = left == null ? "" : left; }
        public String getRight() { return right; }
        public void setRight(String right) { this.right = right == null ? "" : right; }
    }

    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String prompt = "";
    private String explanation = "";
    private Integer points = 1;
    private List<Option> options = new ArrayList<>();
    /** A matching question's pairs: kept apart from the choice options so the two never share field names. */
    private List<Pair> pairs = new ArrayList<>();
    private Boolean answer;
    private String acceptedAnswers = "";
    private Double numericAnswer;
    private Double tolerance;
    private String code = "";
    /** For a question attempts already drew: also regrade those attempts with the corrected key. */
    private boolean regrade;

    static QuestionForm of(QuestionBundle b, long version) {
        var form = new QuestionForm();
        form.type = b.type();
        form.prompt = b.prompt();
        form.explanation = b.explanation();
        form.points = b.points();
        if (b.options() != null && b.type() == QuestionType.MATCHING) {
            b.options().forEach(o -> {
                var pair = new Pair();
                pair.setLeft(o.text());
                pair.setRight(o.match());
                form.pairs.add(pair);
            });
        } else if (b.options() != null) {
            b.options().forEach(o -> {
                var option = new Option();
                option.setText(o.text());
                option.setCorrect(o.correct());
                option.setFeedback(o.feedback());
                form.options.add(option);
            });
        }
        form.answer = b.answer();
        form.acceptedAnswers = b.acceptedAnswers() == null ? "" : String.join("\n", b.acceptedAnswers());
        form.numericAnswer = b.numericAnswer();
        form.tolerance = b.tolerance();
        form.code = b.code() == null ? "" : b.code();
        return form.startingAt(version);
    }

    @Override
    Map<String, String> snapshot() {
        return QuestionMapping.snapshot(toBundle());
    }

    @Override
    void copyFields(QuestionForm stored, Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Type" -> type = stored.type;
                case "Prompt" -> prompt = stored.prompt;
                case "Explanation" -> explanation = stored.explanation;
                case "Points" -> points = stored.points;
                case "Options", "Answer feedback" -> {
                    options = new ArrayList<>(stored.options);
                    pairs = new ArrayList<>(stored.pairs);
                }
                case "Answer" -> answer = stored.answer;
                case "Accepted answers" -> acceptedAnswers = stored.acceptedAnswers;
                case "Numeric answer" -> {
                    numericAnswer = stored.numericAnswer;
                    tolerance = stored.tolerance;
                }
                case "Code" -> code = stored.code;
                default -> { }
            }
        }
    }

    /**
     * Takes an earlier version from its history snapshot ({@link QuestionMapping#snapshot}): type,
     * texts, points, options or pairs, answer key and code. Base and version stay the stored
     * question's, so saving goes through the merge, the validation and the regrade choice like any edit.
     */
    QuestionForm restoring(Map<String, String> version, long changeId) {
        for (QuestionType known : QuestionType.values()) {
            if (known.label().equals(version.get("Type"))) {
                type = known;
            }
        }
        prompt = version.getOrDefault("Prompt", prompt);
        explanation = version.getOrDefault("Explanation", explanation);
        try {
            points = Integer.valueOf(version.getOrDefault("Points", String.valueOf(points)).strip());
        } catch (NumberFormatException notANumber) {
            // the form keeps its points
        }
        options = new ArrayList<>();
        pairs = new ArrayList<>();
        for (String line : version.getOrDefault("Options", "").split("\n")) {
            int arrow = line.indexOf(" → ");
            if (type == QuestionType.MATCHING && arrow >= 0) {
                var pair = new Pair();
                pair.setLeft(line.substring(0, arrow));
                pair.setRight(line.substring(arrow + 3));
                pairs.add(pair);
            } else if (line.startsWith("[correct] ") || line.startsWith("[ ] ")) {
                var option = new Option();
                option.setCorrect(line.startsWith("[correct] "));
                option.setText(line.substring(line.indexOf("] ") + 2));
                options.add(option);
            }
        }
        for (String line : version.getOrDefault("Answer feedback", "").split("\n")) {
            int split = line.indexOf(QuestionMapping.FEEDBACK_SEPARATOR);
            if (split > 0) {
                String text = line.substring(0, split);
                String said = line.substring(split + QuestionMapping.FEEDBACK_SEPARATOR.length());
                options.stream().filter(o -> o.getText().equals(text)).forEach(o -> o.setFeedback(said));
            }
        }
        answer = version.containsKey("Answer") ? Boolean.valueOf(version.get("Answer")) : null;
        acceptedAnswers = version.getOrDefault("Accepted answers", "");
        String[] numeric = version.getOrDefault("Numeric answer", "").split(" ± ", 2);
        numericAnswer = decimal(numeric[0]);
        tolerance = numeric.length > 1 ? decimal(numeric[1]) : null;
        code = version.getOrDefault("Code", "");
        setRestoring(changeId);
        return this;
    }

    private static Double decimal(String text) {
        try {
            return text.isBlank() || text.equals("null") ? null : Double.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    QuestionForm withBlankOptions() {
        for (int i = 0; i < BLANK_OPTIONS; i++) {
            options.add(new Option());
            pairs.add(new Pair());
        }
        return this;
    }

    QuestionBundle toBundle() {
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        List<OptionBundle> chosen = type == QuestionType.MATCHING
                ? pairs.stream().filter(p -> !p.left.isBlank() || !p.right.isBlank())
                        .map(p -> new OptionBundle(p.left.strip(), true, p.right.strip())).toList()
                : options.stream().filter(o -> !o.text.isBlank())
                        .map(o -> new OptionBundle(o.text.strip(), o.correct, null,
                                o.feedback.isBlank() ? null : o.feedback.strip())).toList();
        List<String> accepted = Arrays.stream(acceptedAnswers.split("\\R")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        return new QuestionBundle(type, clean(prompt), clean(explanation), points,
                choice || type == QuestionType.MATCHING ? chosen : null,
                type == QuestionType.TRUE_FALSE ? answer : null,
                type == QuestionType.SHORT_TEXT ? accepted : null,
                type == QuestionType.NUMERIC ? numericAnswer : null,
                type == QuestionType.NUMERIC ? tolerance : null,
                type == QuestionType.PREDICT_OUTPUT ? clean(code) : null);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getPrompt() { return prompt; }
    public void setPrompt(String prompt) { this.prompt = prompt == null ? "" : prompt; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation == null ? "" : explanation; }
    public Integer getPoints() { return points; }
    public void setPoints(Integer points) { this.points = points; }
    public List<Option> getOptions() { return options; }
    public void setOptions(List<Option> options) { this.options = options; }
    public List<Pair> getPairs() { return pairs; }
    public void setPairs(List<Pair> pairs) { this.pairs = pairs; }
    public Boolean getAnswer() { return answer; }
    public void setAnswer(Boolean answer) { this.answer = answer; }
    public String getAcceptedAnswers() { return acceptedAnswers; }
    public void setAcceptedAnswers(String acceptedAnswers) { this.acceptedAnswers = acceptedAnswers == null ? "" : acceptedAnswers; }
    public Double getNumericAnswer() { return numericAnswer; }
    public void setNumericAnswer(Double numericAnswer) { this.numericAnswer = numericAnswer; }
    public Double getTolerance() { return tolerance; }
    public void setTolerance(Double tolerance) { this.tolerance = tolerance; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? "" : code; }
    public boolean isRegrade() { return regrade; }
    public void setRegrade(boolean regrade) { this.regrade = regrade; }
}
