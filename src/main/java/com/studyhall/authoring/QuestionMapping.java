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
        return new QuestionBundle(type, q.getPrompt(), q.getExplanation(), q.getPoints(), options(q),
                type == QuestionType.TRUE_FALSE ? q.getAnswerTrue() : null,
                type == QuestionType.SHORT_TEXT ? List.copyOf(q.getAcceptedAnswers()) : null,
                type == QuestionType.NUMERIC ? q.getNumericAnswer() : null,
                type == QuestionType.NUMERIC ? q.getTolerance() : null,
                type == QuestionType.PREDICT_OUTPUT ? q.getCode() : null, q.getCategory());
    }

    /** Choices, pairs, graded answers or true/false feedback; null for a type with no options (or none kept). */
    private static List<OptionBundle> options(Question q) {
        List<QuestionOption> options = q.getOptions();
        return switch (q.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options.stream()
                    .map(o -> new OptionBundle(o.getText(), o.isCorrect(), null, o.getFeedback(), o.getCredit(), null)).toList();
            case MATCHING -> options.stream().map(o -> new OptionBundle(o.getText(), true, o.getMatchText())).toList();
            case SHORT_TEXT, NUMERIC -> options.isEmpty() ? null : options.stream()
                    .map(o -> OptionBundle.graded(o.getText(), o.getCredit() != null ? o.getCredit() : o.isCorrect() ? 100 : 0,
                            o.getTolerance(), o.getFeedback())).toList();
            case TRUE_FALSE -> options.isEmpty() ? null : options.stream()
                    .map(o -> new OptionBundle(o.getText(), o.isCorrect(), null, o.getFeedback())).toList();
            case PREDICT_OUTPUT, ESSAY -> null;
        };
    }

    /** Writes a validated bundle record into the question, clearing what its type does not use. */
    static void apply(Question q, QuestionBundle b) {
        q.revise(b.type(), b.prompt(), b.explanation() == null ? "" : b.explanation(), b.points() == null ? 1 : b.points());
        q.replaceOptions(b.options() == null || b.type() == QuestionType.PREDICT_OUTPUT || b.type() == QuestionType.ESSAY
                ? List.of()
                : b.options().stream().map(o -> new QuestionOption.Choice(o.text(), o.correct(),
                        b.type() == QuestionType.MATCHING ? o.match() : null,
                        b.type() == QuestionType.MATCHING ? null : o.feedback(),
                        credit(b.type(), o),
                        b.type() == QuestionType.NUMERIC ? o.tolerance() : null)).toList());
        q.setCategory(b.category());
        q.setAnswerTrue(b.type() == QuestionType.TRUE_FALSE ? b.answer() : null);
        q.setAcceptedAnswers(b.acceptedAnswers() == null ? List.of() : b.acceptedAnswers());
        q.setNumericAnswer(b.type() == QuestionType.NUMERIC ? b.numericAnswer() : null,
                b.type() == QuestionType.NUMERIC ? b.tolerance() : null);
        q.setCode(b.type() == QuestionType.PREDICT_OUTPUT ? b.code() : null);
    }

    /** A graded answer always has a credit (its correct mark says 100 or 0); a choice's is optional; others have none. */
    private static Double credit(QuestionType type, OptionBundle o) {
        if (type == QuestionType.SHORT_TEXT || type == QuestionType.NUMERIC) {
            return o.credit() != null ? o.credit() : Double.valueOf(o.correct() ? 100 : 0);
        }
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE ? o.credit() : null;
    }

    /** Field by field, as a conflict page compares them. */
    static Map<String, String> snapshot(QuestionBundle b) {
        var values = new LinkedHashMap<String, String>();
        values.put("Type", b.type() == null ? "" : b.type().label());
        values.put("Prompt", b.prompt());
        values.put("Explanation", b.explanation());
        values.put("Points", String.valueOf(b.points()));
        if (b.category() != null) {
            values.put("Category", b.category());
        }
        if (b.options() != null && (b.type() == QuestionType.SHORT_TEXT || b.type() == QuestionType.NUMERIC)) {
            values.put("Graded answers", gradedAnswers(b.options()));
        } else if (b.options() != null && b.type() == QuestionType.TRUE_FALSE) {
            var feedback = new StringBuilder();
            b.options().stream().filter(o -> o.feedback() != null && !o.feedback().isBlank())
                    .forEach(o -> feedback.append(o.text()).append(FEEDBACK_SEPARATOR).append(o.feedback()).append('\n'));
            values.put("Answer feedback", feedback.toString());
        } else if (b.options() != null) {
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
            var credits = new StringBuilder();
            b.options().stream().filter(o -> o.credit() != null)
                    .forEach(o -> credits.append(o.text()).append(FEEDBACK_SEPARATOR).append(number(o.credit())).append(" %\n"));
            if (!credits.isEmpty()) {
                values.put("Option credit", credits.toString());
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

    /** One graded answer a line: "50 % | Ulysses | feedback", with "± tolerance" after a number. */
    static String gradedAnswers(List<OptionBundle> options) {
        var lines = new StringBuilder();
        for (OptionBundle o : options) {
            lines.append(number(o.credit() == null ? (o.correct() ? 100.0 : 0.0) : o.credit())).append(" % | ").append(o.text());
            if (o.tolerance() != null) {
                lines.append(" ± ").append(number(o.tolerance()));
            }
            lines.append(" | ").append(o.feedback() == null ? "" : o.feedback()).append('\n');
        }
        return lines.toString();
    }

    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
