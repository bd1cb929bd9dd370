package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.SectionBundle;
import com.studyhall.study.MemoryAidKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data holds what product.md promises, and every bundle passes the import rules. */
class DemoContentTests {

    static Map<String, CourseBundle> courses;

    @BeforeAll
    static void readDemoCourses() throws Exception {
        courses = new DemoCourseReader(JsonMapper.builder().build()).read().stream()
                .collect(Collectors.toMap(CourseBundle::slug, Function.identity()));
    }

    @Test
    void everyDemoBundleIsValid() {
        courses.values().forEach(CourseBundleValidator::validate);
    }

    @Test
    void catalogHasTechnologyBusinessAndDesignCourses() {
        assertThat(courses.values()).extracting(CourseBundle::category)
                .contains("Technology", "Business", "Design");
    }

    @Test
    void flagshipSectionIsCompleteInEveryFormat() {
        SectionBundle section = section("python-memory-management", "reference-counting-and-garbage-collection");
        assertThat(section.lessonParts()).hasSize(3);
        assertThat(section.summary().basic()).isNotBlank();
        assertThat(section.summary().medium()).isNotBlank();
        assertThat(section.summary().detailed()).isNotBlank();
        assertThat(section.chapters()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(section.keyConcepts()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(section.examples()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(example -> assertThat(example.scenario().code()).isNotBlank());
        assertThat(section.memoryAids()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(section.flashcards()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(section.glossary()).hasSizeGreaterThanOrEqualTo(5);
        var questions = section.test().questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(12);
        assertThat(questions.stream().map(CourseBundle.QuestionBundle::type).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(questions.stream().filter(q -> q.type() == QuestionType.PREDICT_OUTPUT)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void flagshipCourseHasAtLeastTwoMoreSectionsWithContentInEveryFormat() {
        List<SectionBundle> sections = courses.get("python-memory-management").sections();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(3);
        sections.forEach(DemoContentTests::assertEveryFormatPresent);
    }

    @Test
    void everySectionOfEveryCourseTeachesInEveryFormat() {
        courses.values().forEach(course -> assertThat(course.sections()).isNotEmpty()
                .allSatisfy(DemoContentTests::assertEveryFormatPresent));
    }

    private static void assertEveryFormatPresent(SectionBundle section) {
        assertThat(section.lessonParts()).as(section.slug() + " lesson parts").isNotEmpty()
                .allSatisfy(part -> assertThat(part.turns()).isNotEmpty());
        assertThat(section.summary()).as(section.slug() + " summary").isNotNull();
        assertThat(section.chapters()).as(section.slug() + " chapters").isNotEmpty();
        assertThat(section.keyConcepts()).as(section.slug() + " key concepts").isNotEmpty();
        assertThat(section.examples()).as(section.slug() + " examples").isNotEmpty();
        assertThat(section.memoryAids()).as(section.slug() + " memory aids").extracting(CourseBundle.MemoryAidBundle::kind)
                .contains(MemoryAidKind.RHYME, MemoryAidKind.STORY, MemoryAidKind.ACRONYM);
        assertThat(section.flashcards()).as(section.slug() + " flashcards").isNotEmpty();
        assertThat(section.glossary()).as(section.slug() + " glossary").isNotEmpty();
        assertThat(section.test().questions()).as(section.slug() + " questions").isNotEmpty();
    }

    private static SectionBundle section(String course, String slug) {
        return courses.get(course).sections().stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow();
    }
}
