package com.studyhall.authoring;

import com.studyhall.assessment.FeedbackTiming;
import com.studyhall.assessment.QuestionType;
import com.studyhall.catalog.CourseLevel;
import com.studyhall.study.MemoryAidKind;
import com.studyhall.study.SpeakerRole;

import java.util.List;

/**
 * A whole course as one document: the course bundle format of {@code docs/course-bundle.md}.
 * The nested records mirror that document one to one.
 */
public record CourseBundle(String format, int version, String slug, String title, String category,
                           CourseLevel level, String tagline, String description, String outcomes,
                           String prerequisites, String previewSection, String owner,
                           boolean published, List<SectionBundle> sections) {

    public static final String FORMAT = "studyhall-course";
    public static final int VERSION = 1;

    public CourseBundle withSections(List<SectionBundle> sections) {
        return new CourseBundle(format, version, slug, title, category, level, tagline, description, outcomes,
                prerequisites, previewSection, owner, published, sections);
    }

    /**
     * The same course under another slug, as an import of a copy needs. A copy arrives as a draft,
     * so learners never find two published courses alike before its author looked at it.
     */
    public CourseBundle asDraftCopy(String newSlug) {
        return new CourseBundle(format, version, newSlug, title, category, level, tagline, description, outcomes,
                prerequisites, previewSection, owner, false, sections);
    }

    /** One section with all its content. */
    public record SectionBundle(String slug, String title, String overview, boolean published,
                                List<LessonPartBundle> lessonParts, SummaryBundle summary,
                                List<ChapterBundle> chapters, List<KeyConceptBundle> keyConcepts,
                                List<ExampleBundle> examples, List<MemoryAidBundle> memoryAids,
                                List<FlashcardBundle> flashcards, List<GlossaryBundle> glossary,
                                TestBundle test) {
    }

    public record LessonPartBundle(String title, String keyTakeaway, List<TurnBundle> turns) {
    }

    public record TurnBundle(SpeakerRole role, String speaker, String text) {
    }

    public record SummaryBundle(String basic, String medium, String detailed) {
    }

    public record ChapterBundle(String title, String keyStatement, String explanation, String analogy) {
    }

    public record KeyConceptBundle(String term, String explanation) {
    }

    public record ExampleBundle(String title, String body, ScenarioBundle scenario) {
    }

    public record ScenarioBundle(String title, String code) {
    }

    public record MemoryAidBundle(MemoryAidKind kind, String text) {
    }

    public record FlashcardBundle(String front, String back) {
    }

    public record GlossaryBundle(String term, String definition) {
    }

    public record TestBundle(SettingsBundle settings, List<QuestionBundle> questions) {
    }

    public record SettingsBundle(int questionsPerAttempt, boolean shuffleQuestions, boolean shuffleOptions,
                                 int timeLimitMinutes, int attemptsAllowed, int passMarkPercent,
                                 FeedbackTiming feedback) {
    }

    /**
     * A question; {@code category} its place in the bank ("Memory/Counting", GIFT's $CATEGORY), null
     * for none. A short or numeric answer's {@code options} are its graded answers (each with its
     * credit, feedback and, for a number, tolerance; "*" is any other answer); a true/false
     * question's are "True" and "False" with what the review says to whoever chose them.
     */
    public record QuestionBundle(QuestionType type, String prompt, String explanation, Integer points,
                                 List<OptionBundle> options, Boolean answer, List<String> acceptedAnswers,
                                 Double numericAnswer, Double tolerance, String code,
                                 @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                                 String category) {

        public QuestionBundle(QuestionType type, String prompt, String explanation, Integer points,
                              List<OptionBundle> options, Boolean answer, List<String> acceptedAnswers,
                              Double numericAnswer, Double tolerance, String code) {
            this(type, prompt, explanation, points, options, answer, acceptedAnswers, numericAnswer, tolerance, code, null);
        }

        public QuestionBundle inCategory(String name) {
            return new QuestionBundle(type, prompt, explanation, points, options, answer, acceptedAnswers, numericAnswer,
                    tolerance, code, name);
        }
    }

    /**
     * A choice; for a matching question a pair, {@code text} the left side and {@code match} the
     * right. {@code feedback}: what the review says to a learner who chose it (null for none).
     * {@code credit} (percent) and {@code tolerance}: only a short or numeric answer's graded answers.
     */
    public record OptionBundle(String text, boolean correct,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               String match,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               String feedback,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               Double credit,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               Double tolerance) {

        public OptionBundle(String text, boolean correct) {
            this(text, correct, null, null);
        }

        public OptionBundle(String text, boolean correct, String match) {
            this(text, correct, match, null);
        }

        public OptionBundle(String text, boolean correct, String match, String feedback) {
            this(text, correct, match, feedback, null, null);
        }

        /** A short or numeric answer's graded answer: correct when it earns full credit. */
        public static OptionBundle graded(String text, double credit, Double tolerance, String feedback) {
            return new OptionBundle(text, credit >= 100, null, feedback == null || feedback.isBlank() ? null : feedback,
                    credit, tolerance);
        }
    }
}
