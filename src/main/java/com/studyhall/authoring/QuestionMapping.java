package com.studyhall.authoring;

import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionOption;
import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.OptionBundle;
import com.studyhall.authoring.CourseBundle.QuestionBundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a question turns into its bundle record and back. The studio form, the bundle
 * import and export and the GIFT format all go through it, so they agree on every field.
 */
final class QuestionMapping {

    /** Between an option's text and its feedback in the "Answer feedback" field of a snapshot. */
    static final String FEEDBACK_SEPARATOR = " ⟶ ";

    private QuestionMapping() {
    }

    /** Only the fields the type uses are filled; the others stay null. */
    static QuestionBundle toBundle(Question q) {
        QuestionType type = q.getType();
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        return new QuestionBundle(type, q.getPrompt(), q.getExplanation(), q.getPoints(),
                choice ? q.getOptions().stream()
                        .map(o -> new OptionBundle(o.getText(), o.isCorrect(), null, o.getFeedback())).toList()
                : type == QuestionType.MATCHING ? q.getOptions().stream()
                        .map(o -> new OptionBundle(o.getText(), true, o.getMatchText())).toList() : null,
                type == QuestionType.TRUE_FALSE ? q.getAnswerTrue() : null,
                type == QuestionType.SHORT_TEXT ? List.copyOf(q.getAcceptedAnswers()) : null,
                type == QuestionType.NUMERIC ? q.getNumericAnswer() : null,
                type == QuestionType.NUMERIC ? q.getTolerance() : null,
                type == QuestionType.PREDICT_OUTPUT ? q.getCode() : null);
    }

    /** Writes a validated bundle record into the question, clearing what its type does not use. */
    static void apply(Question q, QuestionBundle b) {
        q.revise(b.type(), b.prompt(), b.explanation() == null ? "" : b.explanation(), b.points() == null ? 1 : b.points());
        q.replaceOptions(b.options() == null ? List.of()
                : b.options().stream().map(o -> new QuestionOption.Choice(o.text(), o.correct(),
                        b.type() == QuestionType.MATCHING ? o.match() : null,
                        b.type() == QuestionType.MATCHING ? null : o.feedback())).toList());
        q.setAnswerTrue(b.type() == QuestionType.TRUE_FALSE ? b.answer() : null);
        q.setAcceptedAnswers(b.acceptedAnswers() == null ? List.of() : b.acceptedAnswers());
        q.setNumericAnswer(b.type() == QuestionType.NUMERIC ? b.numericAnswer() : null,
                b.type() == QuestionType.NUMERIC ? b.tolerance() : null);
        q.setCode(b.type() == QuestionType.PREDICT_OUTPUT ? b.code() : null);
    }

    /** Field by field, as a conflict page compares them. */
    static Map<String, String> snapshot(QuestionBundle b) {
        var values = new LinkedHashMap<String, String>();
        values.put("Type", b.type() == null ? "" : b.type().label());
        values.put("Prompt", b.prompt());
        values.put("Explanation", b.explanation());
        values.put("Points", String.valueOf(b.points()));
        if (b.options() != null) {
            var options = new StringBuilder();
            b.options().forEach(o -> options.append(o.match() != null ? "" : o.correct() ? "[correct] " : "[ ] ")
                    .append(o.text()).append(o.match() != null ? " → " + o.match() : "").append('\n'));
            values.put("Options", options.toString());
            var feedback = new StringBuilder();
            b.options().stream().filter(o -> o.feedback() != null && !o.feedback().isBlank())
                    .forEach(o -> feedback.append(o.text()).append(FEEDBACK_SEPARATOR).append(o.feedback()).append('\n'));
            if (!feedback.isEmpty()) {
                values.put("Answer feedback", feedback.toString());
            }
        }
        if (b.answer() != null) {
            values.put("Answer", b.answer().toString());
        }
        if (b.acceptedAnswers() != null) {
            values.put("Accepted answers", String.join("\n", b.acceptedAnswers()));
        }
        if (b.numericAnswer() != null) {
            values.put("Numeric answer", b.numericAnswer() + " ± " + b.tolerance());
        }
        if (b.code() != null) {
            values.put("Code", b.code());
        }
        return values;
    }
}
