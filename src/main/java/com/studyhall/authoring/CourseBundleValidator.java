package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import com.studyhall.authoring.CourseBundle.SectionBundle;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a bundle against the rules of docs/course-bundle.md before anything is written, so an
 * import either succeeds whole or changes nothing.
 */
final class CourseBundleValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CourseBundleValidator() {
    }

    static void validate(CourseBundle bundle) {
        require(CourseBundle.FORMAT.equals(bundle.format()), "format must be '" + CourseBundle.FORMAT + "'");
        require(bundle.version() == CourseBundle.VERSION, "version must be " + CourseBundle.VERSION);
        requireSlug(bundle.slug(), "course slug");
        requireText(bundle.title(), "course title");
        requireText(bundle.category(), "category");
        fits(bundle.title(), 160, "course title");
        fits(bundle.category(), 80, "category");
        fits(bundle.tagline(), 200, "tagline");
        fits(bundle.description(), 20_000, "description");
        fits(bundle.outcomes(), 4000, "outcomes");
        fits(bundle.prerequisites(), 4000, "prerequisites");
        require(bundle.level() != null, "level is missing");
        List<SectionBundle> sections = bundle.sections() == null ? List.of() : bundle.sections();
        var slugs = new HashSet<String>();
        for (int i = 0; i < sections.size(); i++) {
            SectionBundle section = sections.get(i);
            String where = "section " + (i + 1);
            requireSlug(section.slug(), where + " slug");
            require(slugs.add(section.slug()), where + ": the slug '" + section.slug() + "' is used twice");
            requireText(section.title(), where + " title");
            fits(section.title(), 160, where + " title");
            fits(section.overview(), 4000, where + " overview");
            validateContentLengths(section, where);
            if (section.test() != null) {
                validateTest(section.test(), where);
            }
        }
        require(bundle.previewSection() == null || bundle.previewSection().isEmpty() || slugs.contains(bundle.previewSection()),
                "previewSection '" + bundle.previewSection() + "' is not the slug of a section of this course");
    }

    private static void validateTest(CourseBundle.TestBundle test, String where) {
        List<QuestionBundle> questions = test.questions() == null ? List.of() : test.questions();
        require(test.settings() == null || test.settings().questionsPerAttempt() <= questions.size(),
                where + ": questionsPerAttempt exceeds the number of questions");
        for (int q = 0; q < questions.size(); q++) {
            validateQuestion(questions.get(q), where + ", question " + (q + 1));
        }
    }

    static void validateQuestion(QuestionBundle question, String where) {
        require(question.type() != null, where + ": type is missing");
        requireText(question.prompt(), where + " prompt");
        fits(question.prompt(), 8000, where + " prompt");
        fits(question.explanation(), 8000, where + " explanation");
        fits(question.code(), 20_000, where + " program");
        fits(question.acceptedAnswers() == null ? null : String.join("\n", question.acceptedAnswers()), 4000,
                where + " accepted answers");
        each(question.options(), where + ", option", (o, at) -> {
            fits(o.text(), 2000, at + " text");
            fits(o.match(), 2000, at + " match");
            fits(o.feedback(), 2000, at + " feedback");
            require(o.credit() == null || (o.credit() >= -100 && o.credit() <= 100),
                    at + ": credit must be a percentage from -100 to 100");
        });
        require(question.points() == null || question.points() > 0, where + ": points must be a positive whole number");
        long correct = question.options() == null ? 0
                : question.options().stream().filter(CourseBundle.OptionBundle::correct).count();
        QuestionType type = question.type();
        switch (type) {
            case SINGLE_CHOICE -> require(correct == 1, where + ": a single-choice question needs exactly one correct option");
            case MULTIPLE_CHOICE -> require(correct >= 1, where + ": a multiple-choice question needs a correct option");
            case TRUE_FALSE -> {
                require(question.answer() != null, where + ": answer (true or false) is missing");
                require(question.options() == null || question.options().stream()
                                .allMatch(o -> "True".equals(o.text()) || "False".equals(o.text())),
                        where + ": a true/false question's options can only be \"True\" and \"False\", each with its feedback");
            }
            case SHORT_TEXT -> require(question.acceptedAnswers() != null && !question.acceptedAnswers().isEmpty(),
                    where + ": acceptedAnswers is empty");
            case NUMERIC -> require(question.numericAnswer() != null && question.tolerance() != null
                    && question.tolerance() >= 0, where + ": numericAnswer and a tolerance of at least 0 are needed");
            case PREDICT_OUTPUT -> requireText(question.code(), where + " code");
            case MATCHING -> require(question.options() != null
                    && question.options().stream().allMatch(o -> notBlank(o.match()))
                    && question.options().stream().filter(o -> notBlank(o.text())).count() >= 2,
                    where + ": a matching question needs at least two pairs, each item with its match"
                            + " (a match without an item is an extra wrong answer)");
            case ESSAY -> { } // graded by hand: no answer key
        }
        if (type == QuestionType.SHORT_TEXT || type == QuestionType.NUMERIC) {
            each(question.options(), where + ", graded answer", (o, at) -> validateGradedAnswer(o, type, at));
        }
        fits(question.category(), 255, where + " category");
    }

    /** A graded answer has a text; a numeric one's is a number (or "*") with a tolerance of at least 0. */
    private static void validateGradedAnswer(CourseBundle.OptionBundle answer, QuestionType type, String at) {
        requireText(answer.text(), at + " text");
        if (type == QuestionType.NUMERIC && answer.text() != null && !"*".equals(answer.text().strip())) {
            require(isNumber(answer.text()), at + ": a numeric answer must be a number (or * for any other answer), not "
                    + answer.text());
            require(answer.tolerance() == null || answer.tolerance() >= 0, at + ": tolerance cannot be negative");
        }
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text.strip()));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * Every text of a section's content against its column's size, so a long field is named
     * ("section 2, flashcard 3 back is longer than …") instead of failing the insert.
     */
    private static void validateContentLengths(SectionBundle section, String where) {
        each(section.lessonParts(), where + ", lesson part", (p, at) -> {
            fits(p.title(), 160, at + " title");
            fits(p.keyTakeaway(), 4000, at + " key takeaway");
            each(p.turns(), at + ", turn", (t, turnAt) -> {
                fits(t.speaker(), 80, turnAt + " speaker");
                fits(t.text(), 8000, turnAt + " text");
            });
        });
        if (section.summary() != null) {
            fits(section.summary().basic(), 2000, where + " summary (basic)");
            fits(section.summary().medium(), 8000, where + " summary (medium)");
            fits(section.summary().detailed(), 40_000, where + " summary (detailed)");
        }
        each(section.chapters(), where + ", chapter", (c, at) -> {
            fits(c.title(), 160, at + " title");
            fits(c.keyStatement(), 2000, at + " key statement");
            fits(c.explanation(), 20_000, at + " explanation");
            fits(c.analogy(), 8000, at + " analogy");
        });
        each(section.keyConcepts(), where + ", key concept", (k, at) -> {
            fits(k.term(), 160, at + " term");
            fits(k.explanation(), 2000, at + " explanation");
        });
        each(section.examples(), where + ", example", (e, at) -> {
            fits(e.title(), 160, at + " title");
            fits(e.body(), 20_000, at + " body");
            if (e.scenario() != null) {
                fits(e.scenario().title(), 160, at + " scenario title");
                fits(e.scenario().code(), 20_000, at + " scenario code");
            }
        });
        each(section.memoryAids(), where + ", memory aid", (m, at) -> fits(m.text(), 4000, at + " text"));
        each(section.flashcards(), where + ", flashcard", (f, at) -> {
            fits(f.front(), 2000, at + " front");
            fits(f.back(), 4000, at + " back");
        });
        each(section.glossary(), where + ", glossary term", (g, at) -> {
            fits(g.term(), 160, at + " term");
            fits(g.definition(), 4000, at + " definition");
        });
    }

    /** Runs the check on every element, numbered from 1 in the description ("section 1, flashcard 3"). */
    private static <T> void each(List<T> items, String what, java.util.function.BiConsumer<T, String> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                check.accept(items.get(i), what + " " + (i + 1));
            }
        }
    }

    private static void fits(String text, int max, String what) {
        require(text == null || text.length() <= max, what + " is longer than " + String.format(java.util.Locale.ENGLISH,
                "%,d", max) + " characters (it has " + (text == null ? 0 : String.format(java.util.Locale.ENGLISH,
                "%,d", text.length())) + ")");
    }

    private static void requireSlug(String slug, String what) {
        require(slug != null && SLUG.matcher(slug).matches(),
                what + " must be lower-case letters, digits and single hyphens");
    }

    private static void requireText(String text, String what) {
        require(notBlank(text), what + " is missing");
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BundleException(message);
        }
    }
}
