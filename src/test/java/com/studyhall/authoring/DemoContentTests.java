package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.SectionBundle;
import com.studyhall.study.MemoryAidKind;
import com.studyhall.study.SpeakerRole;
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
        assertCompleteInEveryFormat(section("python-memory-management", "reference-counting-and-garbage-collection"));
    }

    /** What product.md promises for every section of the flagship course. */
    private static void assertCompleteInEveryFormat(SectionBundle section) {
        String slug = section.slug();
        assertAsFullAsTheFlagship(section);
        assertThat(section.examples()).as(slug).allSatisfy(example -> assertThat(example.scenario().code()).isNotBlank());
        var questions = section.test().questions();
        assertThat(questions.stream().filter(q -> q.type() == QuestionType.PREDICT_OUTPUT)).as(slug).hasSizeGreaterThanOrEqualTo(3);
        assertThat(section.summary().detailed()).as(slug + ": says which CPython its numbers are").contains("3.11");
        assertThat(section.summary().detailed()).as(slug + ": what changed in 3.12–3.14").contains("3.12").contains("3.14");
    }

    /** The bar of issue 16 that does not depend on the subject: every format, and as much of each as a flagship section. */
    private static void assertAsFullAsTheFlagship(SectionBundle section) {
        String slug = section.slug();
        assertThat(section.published()).as(slug + " published").isTrue();
        assertThat(section.lessonParts()).as(slug).hasSize(3);
        assertThat(section.summary().basic()).as(slug).isNotBlank();
        assertThat(section.summary().medium()).as(slug).isNotBlank();
        assertThat(section.summary().detailed()).as(slug).isNotBlank();
        assertThat(section.chapters()).as(slug).hasSizeGreaterThanOrEqualTo(2);
        assertThat(section.keyConcepts()).as(slug).hasSizeGreaterThanOrEqualTo(4);
        assertThat(section.examples()).as(slug).hasSizeGreaterThanOrEqualTo(3);
        assertThat(section.memoryAids()).as(slug).hasSizeGreaterThanOrEqualTo(3);
        assertThat(section.flashcards()).as(slug).hasSizeGreaterThanOrEqualTo(10);
        assertThat(section.glossary()).as(slug).hasSizeGreaterThanOrEqualTo(5);
        var questions = section.test().questions();
        assertThat(questions).as(slug).hasSizeGreaterThanOrEqualTo(12);
        assertThat(questions.stream().map(CourseBundle.QuestionBundle::type).distinct()).as(slug).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void negotiationAndTypographyEachEndWithTheirThirdSection() {
        assertThat(slugs("negotiation-fundamentals"))
                .containsExactly("preparing-to-negotiate", "making-and-answering-offers", "creating-value-and-keeping-the-relationship");
        assertThat(slugs("typography-for-interfaces"))
                .containsExactly("choosing-and-pairing-typefaces", "type-scale-spacing-and-readability", "type-in-components-data-and-languages");
    }

    /** Issue 16 asks the other courses for the flagship's quality: its bar in everything but Python. */
    @Test
    void negotiationAndTypographySectionsAreAsFullAsFlagshipSections() {
        for (String course : List.of("negotiation-fundamentals", "typography-for-interfaces")) {
            assertThat(courses.get(course).sections()).as(course).allSatisfy(DemoContentTests::assertAsFullAsTheFlagship);
        }
    }

    @Test
    void negotiationAndTypographyConversationsSoundLikeAClass() {
        courses.get("negotiation-fundamentals").sections().forEach(DemoContentTests::assertSoundsLikeAClass);
        courses.get("typography-for-interfaces").sections().forEach(DemoContentTests::assertSoundsLikeAClass);
    }

    private static List<String> slugs(String course) {
        return courses.get(course).sections().stream().map(SectionBundle::slug).toList();
    }

    @Test
    void everyFlagshipSectionIsCompleteInEveryFormat() {
        List<SectionBundle> sections = courses.get("python-memory-management").sections();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(5);
        sections.forEach(DemoContentTests::assertEveryFormatPresent);
        sections.forEach(DemoContentTests::assertCompleteInEveryFormat);
    }

    @Test
    void everySectionOfEveryCourseTeachesInEveryFormat() {
        courses.values().forEach(course -> assertThat(course.sections()).isNotEmpty()
                .allSatisfy(DemoContentTests::assertEveryFormatPresent));
    }

    @Test
    void flagshipSectionsFollowTheOrderInCourseJsonAndEveryOneIsListed() throws Exception {
        List<String> order = new java.util.ArrayList<>();
        try (var in = getClass().getResourceAsStream("/demo/courses/python-memory-management/course.json")) {
            JsonMapper.builder().build().readTree(in).get(DemoCourseReader.SECTION_ORDER).forEach(slug -> order.add(slug.asString()));
        }
        List<String> slugs = courses.get("python-memory-management").sections().stream().map(SectionBundle::slug).toList();
        assertThat(order).as("sectionOrder of course.json").containsAll(slugs);
        assertThat(slugs).as("sections in the order of course.json").isEqualTo(order.stream().filter(slugs::contains).toList());
        assertThat(slugs.indexOf("cycles-and-the-cyclic-collector")).isLessThan(slugs.indexOf("generations-and-thresholds"));
    }

    @Test
    void flagshipConversationsSoundLikeAClass() {
        courses.get("python-memory-management").sections().forEach(DemoContentTests::assertSoundsLikeAClass);
    }

    /** Students ask, guess wrong and argue for 30–40 % of the words; nothing unreadable aloud; each part ends with a recap. */
    private static void assertSoundsLikeAClass(SectionBundle section) {
        for (var part : section.lessonParts()) {
            String where = section.slug() + " / " + part.title();
            assertThat(part.turns()).as(where + ": no code blocks in spoken turns")
                    .noneSatisfy(turn -> assertThat(turn.text()).contains("```"));
            long words = part.turns().stream().mapToLong(turn -> words(turn.text())).sum();
            long students = part.turns().stream().filter(turn -> turn.role() == SpeakerRole.STUDENT)
                    .mapToLong(turn -> words(turn.text())).sum();
            assertThat(100.0 * students / words).as(where + ": share of words spoken by students").isBetween(30.0, 40.0);
            assertThat(part.turns().get(part.turns().size() - 1).text()).as(where + ": ends with a recap").containsIgnoringCase("recap");
        }
    }

    private static long words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
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
