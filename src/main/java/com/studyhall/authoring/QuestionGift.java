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
        String category = null;
        for (int i = 0; i < questions.size(); i++) {
            QuestionBundle q = questions.get(i);
            if (q.category() != null && !q.category().equals(category)) {
                out.append("$CATEGORY: ").append(q.category()).append("\n\n");
            }
            category = q.category() == null ? category : q.category();
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
                    .map(o -> (o.correct() ? "=" : "~" + weight(o)) + escape(o.text()) + optionFeedback(o)).toList());
            case MULTIPLE_CHOICE -> q.options().stream().anyMatch(o -> o.credit() != null)
                    ? String.join(" ", q.options().stream()
                            .map(o -> "~%" + number(credit(o)) + "%" + escape(o.text()) + optionFeedback(o)).toList())
                    : shares(q);
            case TRUE_FALSE -> trueFalse(q);
            case SHORT_TEXT -> shortAnswers(q);
            case NUMERIC -> numericAnswers(q);
            case PREDICT_OUTPUT, ESSAY -> "";
            case MATCHING -> String.join(" ", q.options().stream()
                    .map(o -> "=" + escape(o.text()) + " -> " + escape(o.match())).toList());
        };
    }

    /** A multiple choice without credits: its correct options share 100 %, a wrong one takes away 100 %. */
    private static String shares(QuestionBundle q) {
        long correct = q.options().stream().filter(OptionBundle::correct).count();
        String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return String.join(" ", q.options().stream()
                .map(o -> "~%" + (o.correct() ? share : "-100") + "%" + escape(o.text()) + optionFeedback(o)).toList());
    }

    /** A wrong single-choice option's partial (or negative) credit as "%50%"; none for 0 or no credit. */
    private static String weight(OptionBundle o) {
        return o.credit() == null || o.credit() == 0 ? "" : "%" + number(o.credit()) + "%";
    }

    /** {TRUE#feedback to a wrong answer#feedback to a right one}: the options' feedback in Moodle's order. */
    private static String trueFalse(QuestionBundle q) {
        boolean answer = Boolean.TRUE.equals(q.answer());
        String right = "";
        String wrong = "";
        for (OptionBundle o : q.options() == null ? List.<OptionBundle>of() : q.options()) {
            String said = o.feedback() == null ? "" : escape(o.feedback());
            if (o.text().equals(answer ? "True" : "False")) {
                right = said;
            } else {
                wrong = said;
            }
        }
        return (answer ? "TRUE" : "FALSE") + (right.isEmpty() && wrong.isEmpty() ? "" : "#" + wrong + "#" + right);
    }

    /** Accepted answers no graded answer repeats come first, then the graded answers with their credit. */
    private static String shortAnswers(QuestionBundle q) {
        List<OptionBundle> graded = q.options() == null ? List.of() : q.options();
        var out = new ArrayList<String>();
        q.acceptedAnswers().stream().filter(a -> graded.stream().noneMatch(o -> o.text().equals(a)))
                .forEach(a -> out.add("=" + escape(a)));
        graded.forEach(o -> out.add("=%" + number(credit(o)) + "%" + escape(o.text()) + optionFeedback(o)));
        return String.join(" ", out);
    }

    /** The key alone as #answer:tolerance; with graded answers each of them, the key first unless one repeats it. */
    private static String numericAnswers(QuestionBundle q) {
        String key = number(q.numericAnswer()) + ":" + number(q.tolerance());
        if (q.options() == null) {
            return "#" + key;
        }
        boolean repeated = q.options().stream().anyMatch(o -> credit(o) >= 100 && o.text().equals(number(q.numericAnswer()))
                && java.util.Objects.equals(o.tolerance(), q.tolerance()));
        return "#" + (repeated ? "" : "=" + key + " ")
                + String.join(" ", q.options().stream().map(QuestionGift::numericAnswer).toList());
    }

    /**
     * "=%50%700:100#close"; "~#feedback" for the wrong-answer branch (any other answer at no credit).
     * A number at no credit stays "=%0%3:0", since a "~" would read back as any other answer.
     */
    private static String numericAnswer(OptionBundle o) {
        boolean any = o.text().strip().equals("*");
        if (any && credit(o) == 0) {
            return "~" + optionFeedback(o);
        }
        return "=%" + number(credit(o)) + "%"
                + (any ? "*" : o.text() + ":" + number(o.tolerance() == null ? 0 : o.tolerance())) + optionFeedback(o);
    }

    private static double credit(OptionBundle o) {
        return o.credit() != null ? o.credit() : o.correct() ? 100 : 0;
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
        String category = null;
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n] : "";
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    parse(block.toString(), blockLine, points, category, questions, problems, others);
                    block.setLength(0);
                    points = null;
                }
            } else if (trimmed.startsWith("//")) {
                Matcher m = POINTS.matcher(trimmed);
                if (m.matches()) {
                    points = Integer.valueOf(m.group(1));
                }
            } else if (trimmed.startsWith("$CATEGORY:")) {
                category = category(trimmed.substring("$CATEGORY:".length()));
            } else {
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

    /**
     * "$course$/top/Memory/Counting" read as "Memory/Counting": Moodle's context and its "top"
     * category say where in Moodle the bank lived, which has no meaning here. Null for none.
     */
    static String category(String path) {
        String name = path.strip().replaceFirst("^\\$[a-z0-9]+\\$/?", "").replaceFirst("^top(/|$)", "").strip();
        return name.isEmpty() ? null : name;
    }

    private static void parse(String block, int line, Integer points, String category, List<QuestionBundle> out,
                              List<String> problems, List<String> others) {
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
            QuestionBundle question = question(unescape(text), answers, explanation, points == null ? 1 : points)
                    .inCategory(category);
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
            return trueFalse(prompt, upper.startsWith("T"), part(trueFalse, 1), part(trueFalse, 2), explanation, points);
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

    /**
     * {TRUE#shown to a wrong answer#shown to a right one}, as Moodle's documentation orders them:
     * each feedback goes on the option of the answer that earns it, and the review shows it to
     * whoever chose that answer. No feedback, no options.
     */
    private static QuestionBundle trueFalse(String prompt, boolean answer, String wrong, String right, String explanation,
                                            int points) {
        List<OptionBundle> options = wrong.isBlank() && right.isBlank() ? null : List.of(
                new OptionBundle("True", answer, null, blankAsNull(answer ? right : wrong)),
                new OptionBundle("False", !answer, null, blankAsNull(answer ? wrong : right)));
        return new QuestionBundle(QuestionType.TRUE_FALSE, prompt, explanation, points, options, answer,
                null, null, null, null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? unescape(withoutFormat(parts.get(index).strip())).strip() : "";
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
     * {#answer:tolerance}, {#low..high} (read, as Moodle does, as its middle ± half its width), or
     * several {#=answer#feedback =%50%answer ~#feedback}: the first full-credit answer is the key;
     * when there is more than the key (partial credit, feedback, the wrong-answer branch "~",
     * which stands for any other answer at no credit whatever is written after it, as in Moodle),
     * every answer is kept, in order, as a graded answer.
     */
    private static QuestionBundle numeric(String prompt, String value, String explanation, int points) {
        double[] key = null;
        var graded = new ArrayList<OptionBundle>();
        for (String entry : entries(value)) {
            String raw = withoutAnswerFeedback(entry.substring(1)).strip();
            String said = answerFeedback(entry.substring(1).strip());
            Matcher weight = WEIGHT.matcher(raw);
            boolean weighted = weight.find();
            double percent = weighted ? Double.parseDouble(weight.group(1)) : entry.charAt(0) == '=' ? 100 : 0;
            String number = (weighted ? raw.substring(weight.end()) : raw).strip();
            if (entry.charAt(0) == '~') {
                // As Moodle reads it, "~" opens the wrong-answer branch whatever follows: any other answer, no credit.
                graded.add(OptionBundle.graded("*", 0, null, said));
                continue;
            }
            if (number.equals("*")) {
                graded.add(OptionBundle.graded("*", percent, null, said));
                continue;
            }
            double[] read = number(number, value);
            graded.add(OptionBundle.graded(number(read[0]), percent, read[1], said));
            if (percent >= 100 && key == null) {
                key = read;
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("a numeric question needs an answer worth 100 %: #" + value);
        }
        boolean plain = graded.size() == 1 && graded.get(0).feedback() == null;
        return new QuestionBundle(QuestionType.NUMERIC, prompt, explanation, points, plain ? null : graded, null, null,
                key[0], key[1], null);
    }

    /** Numeric answers, each starting with its mark (= or ~); a first one written without a mark counts as =. */
    private static List<String> entries(String value) {
        var entries = new ArrayList<String>();
        int from = 0;
        for (int i = 0; i <= value.length(); i++) {
            boolean mark = i < value.length() && (value.charAt(i) == '=' || value.charAt(i) == '~')
                    && (i == 0 || value.charAt(i - 1) != '\\');
            if (mark || i == value.length()) {
                String entry = value.substring(from, i).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry.charAt(0) == '=' || entry.charAt(0) == '~' ? entry : "=" + entry);
                }
                from = i;
            }
        }
        return entries;
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
        // As Moodle: with an "=" answer learners pick one option; without, as many as they like.
        boolean single = marks.contains('=') || !weighted;
        var options = new ArrayList<OptionBundle>();
        var accepted = new ArrayList<String>();
        var graded = new ArrayList<OptionBundle>();
        for (int i = 0; i < texts.size(); i++) {
            String raw = withoutAnswerFeedback(texts.get(i).strip());
            String said = answerFeedback(texts.get(i).strip());
            Matcher weight = WEIGHT.matcher(raw);
            double percent = marks.get(i) == '=' ? 100 : 0;
            if (weight.find()) {
                percent = Double.parseDouble(weight.group(1));
                raw = raw.substring(weight.end());
            }
            boolean correct = single ? percent >= 100 : percent > 0;
            String text = unescape(withoutFormat(raw.strip())).strip();
            options.add(new OptionBundle(text, correct, null, said.isBlank() ? null : said, weighted ? percent : null, null));
            graded.add(OptionBundle.graded(text, percent, null, said));
            if (percent >= 100) {
                accepted.add(text);
            }
        }
        if (!anyWrong) {
            // A short answer accepts its full-credit answers; the others, with their credit and feedback, are graded answers.
            boolean plain = graded.stream().allMatch(g -> g.correct() && g.feedback() == null);
            return new QuestionBundle(QuestionType.SHORT_TEXT, prompt, explanation, points, plain ? null : graded, null,
                    accepted, null, null, null);
        }
        QuestionType type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        // A choice keeps each answer's feedback, and its weight as a credit, on its option.
        return new QuestionBundle(type, prompt, explanation, points, options, null, null, null, null, null);
    }

    /**
     * "=answer#feedback for this answer": the answer's own feedback, without its format tag, or "".
     * A choice's option keeps it, as does a short or numeric answer's graded answer.
     */
    private static String answerFeedback(String text) {
        int hash = unescaped(text, '#', 0);
        return hash < 0 ? "" : unescape(withoutFormat(text.substring(hash + 1).strip())).strip();
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
