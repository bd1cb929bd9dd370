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
    private static final Pattern ANSWER_FORMAT = Pattern.compile("^\\s*\\[(?i:html|moodle|plain|markdown)]");

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
                    .map(o -> (o.correct() ? "=" : "~") + escape(o.text()) + optionFeedback(o)).toList());
            case MULTIPLE_CHOICE -> {
                long correct = q.options().stream().filter(OptionBundle::correct).count();
                String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
                yield String.join(" ", q.options().stream()
                        .map(o -> "~%" + (o.correct() ? share : "-100") + "%" + escape(o.text()) + optionFeedback(o)).toList());
            }
            case TRUE_FALSE -> Boolean.TRUE.equals(q.answer()) ? "TRUE" : "FALSE";
            case SHORT_TEXT -> String.join(" ", q.acceptedAnswers().stream().map(a -> "=" + escape(a)).toList());
            case NUMERIC -> "#" + number(q.numericAnswer()) + ":" + number(q.tolerance());
            case PREDICT_OUTPUT, ESSAY -> "";
            case MATCHING -> String.join(" ", q.options().stream()
                    .map(o -> "=" + escape(o.text()) + " -> " + escape(o.match())).toList());
        };
    }

    /** An option's own feedback as GIFT writes it after the answer: {@code =answer#feedback}. */
    private static String optionFeedback(OptionBundle option) {
        return option.feedback() == null || option.feedback().isBlank() ? "" : "#" + escape(option.feedback());
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
        return read(gift, false);
    }

    /**
     * As above. A question of a type we do not have (a description) is listed with its line in an
     * {@link OtherTypesException} and nothing is read, unless {@code importOthers}: then it is left
     * out and the others are read. A malformed question is always a problem that stops the import.
     */
    static List<QuestionBundle> read(String gift, boolean importOthers) {
        var questions = new ArrayList<QuestionBundle>();
        var problems = new ArrayList<String>();
        var others = new ArrayList<String>();
        String[] lines = gift.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1);
        var block = new StringBuilder();
        int blockLine = 0;
        Integer points = null;
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n] : "";
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    parse(block.toString(), blockLine, points, questions, problems, others);
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
            problems.addAll(others);
            throw new FormatException(problems);
        }
        if (!others.isEmpty() && !importOthers) {
            throw new OtherTypesException(others);
        }
        if (questions.isEmpty()) {
            throw new FormatException(List.of("the file holds no questions"));
        }
        return questions;
    }

    private static void parse(String block, int line, Integer points, List<QuestionBundle> out, List<String> problems,
                              List<String> others) {
        int open = unescaped(block, '{', 0);
        int close = open < 0 ? -1 : unescaped(block, '}', open + 1);
        if (open < 0) {
            // Moodle reads text with no answer at all as a description, which no question type here matches.
            others.add("line " + line + ": a description (text with no answer in braces { }); Studyhall has no"
                    + " such question type");
            return;
        }
        if (close < 0) {
            problems.add("line " + line + ": the answer opened with { is never closed with }");
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
            // Empty braces are an essay. Ours ending in a fenced program are predict-the-output questions written out.
            Matcher fence = FENCE.matcher(prompt);
            return fence.matches()
                    ? new QuestionBundle(QuestionType.PREDICT_OUTPUT, fence.group(1).strip(), explanation, points,
                            null, null, null, null, null, fence.group(2))
                    : new QuestionBundle(QuestionType.ESSAY, prompt, explanation, points, null, null, null, null, null, null);
        }
        List<String> trueFalse = split(answers, '#');
        String upper = trueFalse.get(0).strip().toUpperCase(Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(upper) && trueFalse.size() <= 3) {
            // {FALSE#shown to a wrong answer#shown to a right one}: we have one explanation, so both go into it.
            String notes = notes(explanation, "After a wrong answer: ", part(trueFalse, 1), "After a right answer: ", part(trueFalse, 2));
            return new QuestionBundle(QuestionType.TRUE_FALSE, prompt, notes, points, null,
                    upper.startsWith("T"), null, null, null, null);
        }
        if (answers.startsWith("#")) {
            return numeric(prompt, answers.substring(1).strip(), explanation, points);
        }
        if (answers.startsWith("=") && unescaped(answers, '~', 0) < 0 && answers.contains("->")) {
            return matching(prompt, answers, explanation, points);
        }
        return choices(prompt, answers, explanation, points);
    }

    /** {=item -> answer ...}; an entry with no item ("= -> Chat") is an extra wrong answer to choose from. */
    private static QuestionBundle matching(String prompt, String answers, String explanation, int points) {
        var pairs = new ArrayList<OptionBundle>();
        for (String entry : afterFirst(split(answers, '='))) {
            int arrow = entry.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException("every answer of a matching question reads =item -> match, not =" + entry.strip());
            }
            String left = unescape(withoutFormat(entry.substring(0, arrow).strip())).strip();
            String right = unescape(withoutFormat(withoutAnswerFeedback(entry.substring(arrow + 2)).strip())).strip();
            pairs.add(new OptionBundle(left, true, right));
        }
        return new QuestionBundle(QuestionType.MATCHING, prompt, explanation, points, pairs, null, null, null, null, null);
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? unescape(withoutFormat(parts.get(index).strip())).strip() : "";
    }

    /** The explanation with labelled notes added after it, blank ones left out. */
    private static String notes(String explanation, String... labelsAndTexts) {
        var out = new StringBuilder(explanation == null ? "" : explanation.strip());
        for (int i = 0; i + 1 < labelsAndTexts.length; i += 2) {
            if (!labelsAndTexts[i + 1].isBlank()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(labelsAndTexts[i]).append(labelsAndTexts[i + 1]);
            }
        }
        return out.toString();
    }

    /** The text split at each unescaped {@code at}; escapes are kept for {@link #unescape}. */
    private static List<String> split(String text, char at) {
        var parts = new ArrayList<String>();
        int from = 0;
        for (int next = unescaped(text, at, 0); next >= 0; next = unescaped(text, at, next + 1)) {
            parts.add(text.substring(from, next));
            from = next + 1;
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static List<String> afterFirst(List<String> parts) {
        return parts.subList(1, parts.size());
    }

    /** An answer's own text format ([html], [moodle], [plain], [markdown]) taken off its front. */
    private static String withoutFormat(String text) {
        Matcher format = ANSWER_FORMAT.matcher(text);
        return format.find() ? text.substring(format.end()) : text;
    }

    /**
     * {#answer:tolerance}, {#low..high}, or several {#=answer =%50%answer ~#feedback}: the full-credit
     * answer is the key; partial-credit ones and the wrong-answer feedback are kept as notes in the
     * explanation (our numeric questions have one answer).
     */
    private static QuestionBundle numeric(String prompt, String value, String explanation, int points) {
        int wrongAt = unescaped(value, '~', 0);
        String wrong = wrongAt < 0 ? "" : part(split(value.substring(wrongAt + 1), '#'), 1);
        String answers = (wrongAt < 0 ? value : value.substring(0, wrongAt)).strip();
        List<String> entries = answers.startsWith("=") ? afterFirst(split(answers, '=')) : List.of(answers);
        double[] key = null;
        var partial = new ArrayList<String>();
        var feedback = new ArrayList<String>();
        for (String entry : entries) {
            String raw = withoutAnswerFeedback(entry).strip();
            String said = answerFeedback(entry.strip());
            Matcher weight = WEIGHT.matcher(raw);
            boolean weighted = weight.find();
            double percent = weighted ? Double.parseDouble(weight.group(1)) : 100;
            double[] number = number(weighted ? raw.substring(weight.end()) : raw, value);
            if (!said.isBlank()) {
                feedback.add("“" + number(number[0]) + " ± " + number(number[1]) + "”: " + said);
            }
            if (percent >= 100 && key == null) {
                key = number;
            } else if (percent > 0) {
                partial.add(number(number[0]) + " ± " + number(number[1]) + " (" + number(percent) + " %)");
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("a numeric question needs an answer worth 100 %: #" + value);
        }
        String notes = notes(explanation, "Also given partial credit: ", String.join("; ", partial),
                "Feedback on each answer:", feedbackLines(feedback), "After a wrong answer: ", wrong);
        return new QuestionBundle(QuestionType.NUMERIC, prompt, notes, points, null, null, null, key[0], key[1], null);
    }

    /** An answer and its tolerance from "answer:tolerance", "answer" or "low..high". */
    private static double[] number(String text, String whole) {
        String plain = unescape(text).strip();
        try {
            if (plain.contains("..")) {
                String[] range = plain.split("\\.\\.", 2);
                double low = Double.parseDouble(range[0].strip());
                double high = Double.parseDouble(range[1].strip());
                if (high < low) {
                    throw new IllegalArgumentException("a numeric range must run from low to high, not #" + whole);
                }
                return new double[]{(low + high) / 2, (high - low) / 2};
            }
            String[] parts = plain.split(":", 2);
            double tolerance = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0;
            if (tolerance < 0) {
                throw new IllegalArgumentException("a numeric tolerance cannot be negative: #" + whole);
            }
            return new double[]{Double.parseDouble(parts[0].strip()), tolerance};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a numeric answer must read #answer:tolerance or #low..high, not #" + whole);
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
        var accepted = new ArrayList<String>();
        var partial = new ArrayList<String>();
        var feedback = new ArrayList<String>();
        for (int i = 0; i < texts.size(); i++) {
            String raw = withoutAnswerFeedback(texts.get(i).strip());
            String said = answerFeedback(texts.get(i).strip());
            Matcher weight = WEIGHT.matcher(raw);
            boolean correct = marks.get(i) == '=';
            double percent = correct ? 100 : 0;
            if (weight.find()) {
                percent = Double.parseDouble(weight.group(1));
                correct = percent > 0;
                raw = raw.substring(weight.end());
            }
            String text = unescape(withoutFormat(raw.strip())).strip();
            options.add(new OptionBundle(text, correct, null, said.isBlank() ? null : said));
            if (!said.isBlank()) {
                feedback.add((text.equals("*") ? "any other answer" : "“" + text + "”") + ": " + said);
            }
            if (percent >= 100) {
                accepted.add(text);
            } else if (percent > 0) {
                partial.add(text + " (" + number(percent) + " %)");
            }
        }
        if (!anyWrong) {
            // A short answer accepts its full-credit answers; a 0 % one (often "*") is a wrong answer's feedback.
            return new QuestionBundle(QuestionType.SHORT_TEXT, prompt,
                    notes(explanation, "Also given partial credit: ", String.join("; ", partial),
                            "Feedback on each answer:", feedbackLines(feedback)), points, null, null,
                    accepted, null, null, null);
        }
        QuestionType type = weighted ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        // A choice keeps each answer's feedback on its option; the review shows it to whoever chose it.
        return new QuestionBundle(type, prompt, explanation, points, options, null, null, null, null, null);
    }

    /**
     * "=answer#feedback for this answer": the answer's own feedback, without its format tag, or "".
     * A choice's option keeps it; short and numeric answers have no option of their own, so their
     * import keeps it in the explanation, one line per answer, where the review shows it.
     */
    private static String answerFeedback(String text) {
        int hash = unescaped(text, '#', 0);
        return hash < 0 ? "" : unescape(withoutFormat(text.substring(hash + 1).strip())).strip();
    }

    /** One answer's feedback per line, as a Markdown list. */
    private static String feedbackLines(List<String> feedback) {
        return feedback.isEmpty() ? "" : "\n- " + String.join("\n- ", feedback);
    }

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
