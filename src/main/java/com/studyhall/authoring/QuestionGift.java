package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.OptionBundle;
import com.studyhall.authoring.CourseBundle.QuestionBundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions in Moodle's GIFT format, both ways; see docs/studio.md for the mapping. Each exported
 * question sits on one line (line breaks written as \n) after an optional "// points: n" comment.
 * Predict-the-output questions become essays whose text ends in a fenced code block: GIFT has no
 * such type, and the essay keeps the code without inventing an expected answer.
 */
final class QuestionGift {

    private static final String SPECIAL = "~=#{}:\\";
    private static final Pattern POINTS = Pattern.compile("//\\s*points:\\s*(\\d+)\\s*");
    private static final Pattern FENCE = Pattern.compile("(?s)^(.*)\\s*```[a-zA-Z0-9]*\\n(.*?)\\n?```\\s*$");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");

    private QuestionGift() {
    }

    static String write(List<QuestionBundle> questions) {
        var out = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            QuestionBundle q = questions.get(i);
            if (q.type() == QuestionType.PREDICT_OUTPUT) {
                out.append("// Studyhall predict-the-output question: the answer is what the program prints.\n");
            }
            if (q.points() != null && q.points() != 1) {
                out.append("// points: ").append(q.points()).append('\n');
            }
            String prompt = q.type() == QuestionType.PREDICT_OUTPUT
                    ? q.prompt() + "\n\n```python\n" + q.code() + "\n```" : q.prompt();
            out.append("::Q").append(i + 1).append("::[markdown]").append(escape(prompt))
                    .append(" {").append(answers(q)).append(feedback(q.explanation())).append("}\n\n");
        }
        return out.toString();
    }

    private static String answers(QuestionBundle q) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> String.join(" ", q.options().stream()
                    .map(o -> (o.correct() ? "=" : "~") + escape(o.text())).toList());
            case MULTIPLE_CHOICE -> {
                long correct = q.options().stream().filter(OptionBundle::correct).count();
                String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
                yield String.join(" ", q.options().stream()
                        .map(o -> "~%" + (o.correct() ? share : "-100") + "%" + escape(o.text())).toList());
            }
            case TRUE_FALSE -> Boolean.TRUE.equals(q.answer()) ? "TRUE" : "FALSE";
            case SHORT_TEXT -> String.join(" ", q.acceptedAnswers().stream().map(a -> "=" + escape(a)).toList());
            case NUMERIC -> "#" + number(q.numericAnswer()) + ":" + number(q.tolerance());
            case PREDICT_OUTPUT -> "";
        };
    }

    private static String feedback(String explanation) {
        return explanation == null || explanation.isBlank() ? "" : "####" + escape(explanation);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads every question, or throws with every problem found, each with its line number. */
    static List<QuestionBundle> read(String gift) {
        var questions = new ArrayList<QuestionBundle>();
        var problems = new ArrayList<String>();
        String[] lines = gift.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1);
        var block = new StringBuilder();
        int blockLine = 0;
        Integer points = null;
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n] : "";
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    parse(block.toString(), blockLine, points, questions, problems);
                    block.setLength(0);
                    points = null;
                }
            } else if (trimmed.startsWith("//")) {
                Matcher m = POINTS.matcher(trimmed);
                if (m.matches()) {
                    points = Integer.valueOf(m.group(1));
                }
            } else if (!trimmed.startsWith("$CATEGORY:")) {
                if (block.isEmpty()) {
                    blockLine = n + 1;
                } else {
                    block.append('\n');
                }
                block.append(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        if (questions.isEmpty()) {
            throw new FormatException(List.of("the file holds no questions"));
        }
        return questions;
    }

    private static void parse(String block, int line, Integer points, List<QuestionBundle> out, List<String> problems) {
        int open = unescaped(block, '{', 0);
        int close = open < 0 ? -1 : unescaped(block, '}', open + 1);
        if (open < 0 || close < 0) {
            problems.add("line " + line + ": no answer in braces { } (descriptions without answers are not imported)");
            return;
        }
        String text = stripTitleAndFormat(block.substring(0, open)).strip();
        String after = block.substring(close + 1).strip();
        if (!after.isEmpty()) {
            text = text + " _____ " + after;
        }
        String body = block.substring(open + 1, close).strip();
        int feedbackAt = body.indexOf("####");
        String explanation = feedbackAt < 0 ? "" : unescape(body.substring(feedbackAt + 4).strip());
        String answers = feedbackAt < 0 ? body : body.substring(0, feedbackAt).strip();
        try {
            QuestionBundle question = question(unescape(text), answers, explanation, points == null ? 1 : points);
            CourseBundleValidator.validateQuestion(question, "line " + line);
            out.add(question);
        } catch (BundleException invalid) {
            problems.add(invalid.getMessage());
        } catch (IllegalArgumentException invalid) {
            problems.add("line " + line + ": " + invalid.getMessage());
        }
    }

    private static String stripTitleAndFormat(String text) {
        String result = text.strip();
        if (result.startsWith("::")) {
            int end = result.indexOf("::", 2);
            result = end < 0 ? result : result.substring(end + 2).strip();
        }
        if (result.startsWith("[")) {
            int end = result.indexOf(']');
            String format = end < 0 ? "" : result.substring(1, end).toLowerCase(Locale.ROOT);
            if (List.of("markdown", "plain", "html", "moodle").contains(format)) {
                result = result.substring(end + 1);
            }
        }
        return result;
    }

    private static QuestionBundle question(String prompt, String answers, String explanation, int points) {
        if (answers.isEmpty()) {
            Matcher fence = FENCE.matcher(prompt);
            if (!fence.matches()) {
                throw new IllegalArgumentException("essay questions are imported only as predict-the-output questions,"
                        + " whose text ends in a fenced code block");
            }
            return new QuestionBundle(QuestionType.PREDICT_OUTPUT, fence.group(1).strip(), explanation, points,
                    null, null, null, null, null, fence.group(2));
        }
        String upper = answers.toUpperCase(Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(upper)) {
            return new QuestionBundle(QuestionType.TRUE_FALSE, prompt, explanation, points, null,
                    upper.startsWith("T"), null, null, null, null);
        }
        if (answers.startsWith("#")) {
            return numeric(prompt, answers.substring(1).strip(), explanation, points);
        }
        return choices(prompt, answers, explanation, points);
    }

    private static QuestionBundle numeric(String prompt, String value, String explanation, int points) {
        try {
            double answer;
            double tolerance;
            if (value.contains("..")) {
                String[] range = value.split("\\.\\.", 2);
                double low = Double.parseDouble(range[0].strip());
                double high = Double.parseDouble(range[1].strip());
                answer = (low + high) / 2;
                tolerance = (high - low) / 2;
            } else {
                String[] parts = unescape(value).split(":", 2);
                answer = Double.parseDouble(parts[0].strip());
                tolerance = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0;
            }
            return new QuestionBundle(QuestionType.NUMERIC, prompt, explanation, points, null, null, null,
                    answer, tolerance, null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a numeric answer must read #answer:tolerance or #low..high, not #" + value);
        }
    }

    private static QuestionBundle choices(String prompt, String answers, String explanation, int points) {
        var marks = new ArrayList<Character>();
        var texts = new ArrayList<String>();
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\' && i + 1 < answers.length()) {
                if (texts.isEmpty()) {
                    throw new IllegalArgumentException("each answer must start with = (right) or ~ (wrong)");
                }
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + c + answers.charAt(++i));
            } else if (c == '=' || c == '~') {
                marks.add(c);
                texts.add("");
            } else if (texts.isEmpty()) {
                if (!Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("each answer must start with = (right) or ~ (wrong)");
                }
            } else {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + c);
            }
        }
        boolean anyWrong = marks.contains('~');
        boolean weighted = texts.stream().anyMatch(t -> WEIGHT.matcher(t.strip()).find());
        var options = new ArrayList<OptionBundle>();
        for (int i = 0; i < texts.size(); i++) {
            String raw = withoutAnswerFeedback(texts.get(i).strip());
            Matcher weight = WEIGHT.matcher(raw);
            boolean correct = marks.get(i) == '=';
            if (weight.find()) {
                correct = Double.parseDouble(weight.group(1)) > 0;
                raw = raw.substring(weight.end());
            }
            options.add(new OptionBundle(unescape(raw).strip(), correct));
        }
        if (!anyWrong) {
            return new QuestionBundle(QuestionType.SHORT_TEXT, prompt, explanation, points, null, null,
                    options.stream().map(OptionBundle::text).toList(), null, null, null);
        }
        QuestionType type = weighted ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        return new QuestionBundle(type, prompt, explanation, points, options, null, null, null, null, null);
    }

    // "=answer#feedback for this answer": the per-answer feedback has no place in our model.
    private static String withoutAnswerFeedback(String text) {
        int hash = unescaped(text, '#', 0);
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static int unescaped(String text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }
}
