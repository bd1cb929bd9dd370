package com.studyhall.authoring;

import com.studyhall.accounts.UserAccount;
import com.studyhall.assessment.MockTest;
import com.studyhall.assessment.MockTestRepository;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.assessment.TestSettings;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import com.studyhall.authoring.CourseBundle.SectionBundle;
import com.studyhall.catalog.Category;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.study.AudiobookChapter;
import com.studyhall.study.Flashcard;
import com.studyhall.study.GlossaryTerm;
import com.studyhall.study.KeyConcept;
import com.studyhall.study.LessonPart;
import com.studyhall.study.MemoryAid;
import com.studyhall.study.SectionSummary;
import com.studyhall.study.StudyRepositories;
import com.studyhall.study.WorkedExample;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/** Creates a course, with every section and all their content, from a bundle, in one transaction. */
@Service
public class CourseBundleImporter {

    private final CategoryResolver categories;
    private final CourseRepository courses;
    private final SectionRepository sections;
    private final StudyRepositories content;
    private final MockTestRepository tests;
    private final QuestionRepository questions;
    private final Clock clock;

    CourseBundleImporter(CategoryResolver categories, CourseRepository courses, SectionRepository sections,
                         StudyRepositories content, MockTestRepository tests, QuestionRepository questions,
                         Clock clock) {
        this.categories = categories;
        this.courses = courses;
        this.sections = sections;
        this.content = content;
        this.tests = tests;
        this.questions = questions;
        this.clock = clock;
    }

    @Transactional
    public Course importCourse(CourseBundle bundle, UserAccount owner) {
        CourseBundleValidator.validate(bundle);
        if (courses.existsBySlug(bundle.slug())) {
            throw new BundleException("a course with the slug '" + bundle.slug() + "' already exists");
        }
        var course = new Course(bundle.slug(), bundle.title(), category(bundle.category()), owner, clock.instant());
        course.describe(bundle.tagline(), bundle.description(), bundle.level(), clock.instant());
        course.setPublished(bundle.published());
        courses.save(course);
        List<SectionBundle> sectionBundles = bundle.sections();
        Long previewId = null;
        for (int i = 0; i < sectionBundles.size(); i++) {
            Section section = importSection(course, sectionBundles.get(i), i + 1);
            if (section.getSlug().equals(bundle.previewSection())) {
                previewId = section.getId();
            }
        }
        course.describeForChoosers(bundle.outcomes(), bundle.prerequisites(), previewId);
        return course;
    }

    private Category category(String name) {
        return categories.byName(name);
    }

    private Section importSection(Course course, SectionBundle bundle, int position) {
        var section = new Section(course, bundle.slug(), bundle.title(), bundle.overview(), position);
        section.setPublished(bundle.published());
        sections.save(section);
        content.lessonParts().saveAll(numbered(bundle.lessonParts(), (part, n) -> {
            var lessonPart = new LessonPart(section, n, part.title(), part.keyTakeaway());
            part.turns().forEach(turn -> lessonPart.addTurn(turn.role(), turn.speaker(), turn.text()));
            return lessonPart;
        }));
        if (bundle.summary() != null) {
            var summary = bundle.summary();
            content.summaries().save(new SectionSummary(section, summary.basic(), summary.medium(), summary.detailed()));
        }
        content.chapters().saveAll(numbered(bundle.chapters(), (c, n) ->
                new AudiobookChapter(section, n, c.title(), c.keyStatement(), c.explanation(), c.analogy())));
        content.keyConcepts().saveAll(numbered(bundle.keyConcepts(), (k, n) ->
                new KeyConcept(section, n, k.term(), k.explanation())));
        content.examples().saveAll(numbered(bundle.examples(), (e, n) -> new WorkedExample(section, n, e.title(),
                e.body(), e.scenario() == null ? null : e.scenario().title(),
                e.scenario() == null ? null : e.scenario().code())));
        content.memoryAids().saveAll(numbered(bundle.memoryAids(), (m, n) -> new MemoryAid(section, n, m.kind(), m.text())));
        content.flashcards().saveAll(numbered(bundle.flashcards(), (f, n) -> new Flashcard(section, n, f.front(), f.back())));
        content.glossary().saveAll(numbered(bundle.glossary(), (g, n) -> new GlossaryTerm(section, n, g.term(), g.definition())));
        if (bundle.test() != null) {
            importTest(section, bundle.test());
        }
        return section;
    }

    private void importTest(Section section, CourseBundle.TestBundle test) {
        var s = test.settings();
        if (s != null) {
            tests.save(new MockTest(section, new TestSettings(s.questionsPerAttempt(), s.shuffleQuestions(),
                    s.shuffleOptions(), s.timeLimitMinutes(), s.attemptsAllowed(), s.passMarkPercent(), s.feedback())));
        }
        questions.saveAll(numbered(test.questions(), (q, n) -> question(section, q, n)));
    }

    private static Question question(Section section, QuestionBundle bundle, int position) {
        var question = new Question(section, position, bundle.type(), bundle.prompt(), bundle.explanation(), 1);
        QuestionMapping.apply(question, bundle);
        return question;
    }

    private static <B, E> List<E> numbered(List<B> items, BiFunction<B, Integer, E> create) {
        if (items == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> create.apply(items.get(i), i + 1))
                .toList();
    }
}
