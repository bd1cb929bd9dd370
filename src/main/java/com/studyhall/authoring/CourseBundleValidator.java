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
        require(bundle.level() != null, "level is missing");
        List<SectionBundle> sections = bundle.sections() == null ? List.of() : bundle.sections();
        var slugs = new HashSet<String>();
        for (int i = 0; i < sections.size(); i++) {
            SectionBundle section = sections.get(i);
            String where = "section " + (i + 1);
            requireSlug(section.slug(), where + " slug");
            require(slugs.add(section.slug()), where + ": the slug '" + section.slug() + "' is used twice");
            requireText(section.title(), where + " title");
            if (section.test() != null) {
                validateTest(section.test(), where);
            }
        }
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
        require(question.points() == null || question.points() > 0, where + ": points must be a positive whole number");
        long correct = question.options() == null ? 0
                : question.options().stream().filter(CourseBundle.OptionBundle::correct).count();
        QuestionType type = question.type();
        switch (type) {
            case SINGLE_CHOICE -> require(correct == 1, where + ": a single-choice question needs exactly one correct option");
            case MULTIPLE_CHOICE -> require(correct >= 1, where + ": a multiple-choice question needs a correct option");
            case TRUE_FALSE -> require(question.answer() != null, where + ": answer (true or false) is missing");
            case SHORT_TEXT -> require(question.acceptedAnswers() != null && !question.acceptedAnswers().isEmpty(),
                    where + ": acceptedAnswers is empty");
            case NUMERIC -> require(question.numericAnswer() != null && question.tolerance() != null
                    && question.tolerance() >= 0, where + ": numericAnswer and a tolerance of at least 0 are needed");
            case PREDICT_OUTPUT -> requireText(question.code(), where + " code");
        }
    }

    private static void requireSlug(String slug, String what) {
        require(slug != null && SLUG.matcher(slug).matches(),
                what + " must be lower-case letters, digits and single hyphens");
    }

    private static void requireText(String text, String what) {
        require(text != null && !text.isBlank(), what + " is missing");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new BundleException(message);
        }
    }
}
