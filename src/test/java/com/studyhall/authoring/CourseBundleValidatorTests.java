package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.catalog.CourseLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourseBundleValidatorTests {

    @Test
    void acceptsAMinimalCourse() {
        assertThatCode(() -> CourseBundleValidator.validate(course("fine-slug", List.of()))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnUnsafeSlug() {
        assertThatThrownBy(() -> CourseBundleValidator.validate(course("../etc", List.of())))
                .isInstanceOf(BundleException.class).hasMessageContaining("course slug");
    }

    @Test
    void refusesASingleChoiceQuestionWithTwoCorrectOptions() {
        var question = new CourseBundle.QuestionBundle(QuestionType.SINGLE_CHOICE, "Pick", "", 1,
                List.of(new CourseBundle.OptionBundle("a", true), new CourseBundle.OptionBundle("b", true)),
                null, null, null, null, null);
        var test = new CourseBundle.TestBundle(new CourseBundle.SettingsBundle(1, false, false, 5, 1, 50,
                com.studyhall.assessment.FeedbackTiming.NEVER), List.of(question));
        var section = new CourseBundle.SectionBundle("s", "S", "", true, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), test);
        assertThatThrownBy(() -> CourseBundleValidator.validate(course("c", List.of(section))))
                .hasMessage("section 1, question 1: a single-choice question needs exactly one correct option");
    }

    private static CourseBundle course(String slug, List<CourseBundle.SectionBundle> sections) {
        return new CourseBundle("studyhall-course", 1, slug, "Title", "Technology", CourseLevel.BEGINNER, "t", "d",
                "", "", null, "instructor@example.com", true, sections);
    }
}
