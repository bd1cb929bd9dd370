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
        /** Moodle's weight: blank for all or nothing; with credits a choice earns the chosen options' sum. */
        private Double credit;

        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback == null ? "" : feedback; }
        public Double getCredit() { return credit; }
        public void setCredit(Double credit) { this.credit = credit; }

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

    /**
     * A short or numeric answer's graded answer: the answer ("*" for any other), its credit in
     * percent (blank: 100), a number's tolerance and what the review says to whoever gave it.
     */
    public static class GradedRow {
        private String text = "";
        private Double credit;
        private Double tolerance;
        private String feedback = "";

        public String getText() { return text; }
        public void setText(String text) { this.text = text == null ? "" : text; }
        public Double getCredit() { return credit; }
        public void setCredit(Double credit) { this.credit = credit; }
        public Double getTolerance() { return tolerance; }
        public void setTolerance(Double tolerance) { this.tolerance = tolerance; }
        public String getFeedback() { return feedback; }
        public void setFeedback(String feedback) { this.feedback = feedback == null ? "" : feedback; }

        OptionBundle toBundle(boolean numeric) {
            boolean number = numeric && !text.strip().equals("*");
            return OptionBundle.graded(text.strip(), credit == null ? 100 : credit,
                    number ? (tolerance == null ? 0.0 : tolerance) : null, feedback.strip());
        }

        static GradedRow of(OptionBundle o) {
            var row = new GradedRow();
            row.setText(o.text());
            row.setCredit(o.credit() != null ? o.credit() : o.correct() ? 100.0 : 0.0);
            row.setTolerance(o.tolerance());
            row.setFeedback(o.feedback());
            return row;
        }
    }

    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String category = "";
    /** Graded answers of a short or numeric answer: partial credit and feedback per answer. */
    private List<GradedRow> answers = new ArrayList<>();
    /** What the review says to a learner who answered true, or false (Moodle's true/false feedback). */
    private String feedbackTrue = "";
    private String feedbackFalse = "";
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
        } else if (b.options() != null && (b.type() == QuestionType.SHORT_TEXT || b.type() == QuestionType.NUMERIC)) {
            b.options().forEach(o -> form.answers.add(GradedRow.of(o)));
        } else if (b.options() != null && b.type() == QuestionType.TRUE_FALSE) {
            b.options().forEach(o -> form.setTrueFalseFeedback(o.text(), o.feedback()));
        } else if (b.options() != null) {
            b.options().forEach(o -> {
                var option = new Option();
                option.setText(o.text());
                option.setCorrect(o.correct());
                option.setFeedback(o.feedback());
                option.setCredit(o.credit());
                form.options.add(option);
            });
        }
        form.answer = b.answer();
        form.acceptedAnswers = b.acceptedAnswers() == null ? "" : String.join("\n", b.acceptedAnswers());
        form.numericAnswer = b.numericAnswer();
        form.tolerance = b.tolerance();
        form.code = b.code() == null ? "" : b.code();
        form.category = b.category() == null ? "" : b.category();
        return form.startingAt(version);
    }

    private void setTrueFalseFeedback(String answerText, String feedback) {
        if ("True".equals(answerText)) {
            setFeedbackTrue(feedback);
        } else if ("False".equals(answerText)) {
            setFeedbackFalse(feedback);
        }
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
                case "Options", "Answer feedback", "Option credit" -> {
                    options = new ArrayList<>(stored.options);
                    pairs = new ArrayList<>(stored.pairs);
                    feedbackTrue = stored.feedbackTrue;
                    feedbackFalse = stored.feedbackFalse;
                }
                case "Graded answers" -> answers = new ArrayList<>(stored.answers);
                case "Category" -> category = stored.category;
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
        feedbackTrue = "";
        feedbackFalse = "";
        for (String line : version.getOrDefault("Answer feedback", "").split("\n")) {
            int split = line.indexOf(QuestionMapping.FEEDBACK_SEPARATOR);
            if (split > 0) {
                String text = line.substring(0, split);
                String said = line.substring(split + QuestionMapping.FEEDBACK_SEPARATOR.length());
                options.stream().filter(o -> o.getText().equals(text)).forEach(o -> o.setFeedback(said));
                if (type == QuestionType.TRUE_FALSE) {
                    setTrueFalseFeedback(text, said);
                }
            }
        }
        for (String line : version.getOrDefault("Option credit", "").split("\n")) {
            int split = line.indexOf(QuestionMapping.FEEDBACK_SEPARATOR);
            if (split > 0 && line.endsWith(" %")) {
                String text = line.substring(0, split);
                Double credit = decimal(line.substring(split + QuestionMapping.FEEDBACK_SEPARATOR.length(), line.length() - 2));
                options.stream().filter(o -> o.getText().equals(text)).forEach(o -> o.setCredit(credit));
            }
        }
        answers = new ArrayList<>();
        for (String line : version.getOrDefault("Graded answers", "").split("\n")) {
            String[] parts = line.split(" \\| ", 3);
            if (parts.length == 3 && parts[0].endsWith(" %")) {
                var row = new GradedRow();
                row.setCredit(decimal(parts[0].substring(0, parts[0].length() - 2)));
                String[] tolerance = parts[1].split(" ± ", 2);
                row.setText(tolerance[0]);
                row.setTolerance(tolerance.length > 1 ? decimal(tolerance[1]) : null);
                row.setFeedback(parts[2]);
                answers.add(row);
            }
        }
        category = version.getOrDefault("Category", "");
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
            answers.add(new GradedRow());
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
                                o.feedback.isBlank() ? null : o.feedback.strip(), o.credit, null)).toList();
        List<OptionBundle> graded = answers.stream().filter(a -> !a.text.isBlank())
                .map(a -> a.toBundle(type == QuestionType.NUMERIC)).toList();
        var accepted = new ArrayList<String>(Arrays.stream(acceptedAnswers.split("\\R")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList());
        // A full-credit graded answer is accepted too, so the key and the graded answers never disagree.
        graded.stream().filter(OptionBundle::correct).map(OptionBundle::text)
                .filter(a -> !a.equals("*") && !accepted.contains(a)).forEach(accepted::add);
        boolean gradedType = type == QuestionType.SHORT_TEXT || type == QuestionType.NUMERIC;
        return new QuestionBundle(type, clean(prompt), clean(explanation), points,
                choice || type == QuestionType.MATCHING ? chosen
                        : gradedType ? (graded.isEmpty() ? null : graded)
                        : type == QuestionType.TRUE_FALSE ? trueFalseOptions() : null,
                type == QuestionType.TRUE_FALSE ? answer : null,
                type == QuestionType.SHORT_TEXT ? List.copyOf(accepted) : null,
                type == QuestionType.NUMERIC ? numericAnswer : null,
                type == QuestionType.NUMERIC ? tolerance : null,
                type == QuestionType.PREDICT_OUTPUT ? clean(code) : null,
                category.isBlank() ? null : category.strip());
    }

    /** "True" and "False" with their feedback; none when neither has any. */
    private List<OptionBundle> trueFalseOptions() {
        if (feedbackTrue.isBlank() && feedbackFalse.isBlank()) {
            return null;
        }
        return List.of(new OptionBundle("True", Boolean.TRUE.equals(answer), null, feedbackTrue.isBlank() ? null : feedbackTrue.strip()),
                new OptionBundle("False", Boolean.FALSE.equals(answer), null, feedbackFalse.isBlank() ? null : feedbackFalse.strip()));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category == null ? "" : category; }
    public List<GradedRow> getAnswers() { return answers; }
    public void setAnswers(List<GradedRow> answers) { this.answers = answers; }
    public String getFeedbackTrue() { return feedbackTrue; }
    public void setFeedbackTrue(String feedbackTrue) { this.feedbackTrue = feedbackTrue == null ? "" : feedbackTrue; }
    public String getFeedbackFalse() { return feedbackFalse; }
    public void setFeedbackFalse(String feedbackFalse) { this.feedbackFalse = feedbackFalse == null ? "" : feedbackFalse; }
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
