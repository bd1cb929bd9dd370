package com.studyhall.authoring;

import com.studyhall.assessment.MockTestRepository;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.authoring.CourseBundle.ChapterBundle;
import com.studyhall.authoring.CourseBundle.ExampleBundle;
import com.studyhall.authoring.CourseBundle.FlashcardBundle;
import com.studyhall.authoring.CourseBundle.GlossaryBundle;
import com.studyhall.authoring.CourseBundle.KeyConceptBundle;
import com.studyhall.authoring.CourseBundle.LessonPartBundle;
import com.studyhall.authoring.CourseBundle.MemoryAidBundle;
import com.studyhall.authoring.CourseBundle.ScenarioBundle;
import com.studyhall.authoring.CourseBundle.SectionBundle;
import com.studyhall.authoring.CourseBundle.SettingsBundle;
import com.studyhall.authoring.CourseBundle.SummaryBundle;
import com.studyhall.authoring.CourseBundle.TestBundle;
import com.studyhall.authoring.CourseBundle.TurnBundle;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.study.StudyRepositories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Writes a whole course as a bundle (docs/course-bundle.md): what the importer reads back unchanged. */
@Service
public class CourseBundleExporter {

    private final StudioAccess access;
    private final SectionRepository sections;
    private final StudyRepositories content;
    private final MockTestRepository tests;
    private final QuestionRepository questions;

    CourseBundleExporter(StudioAccess access, SectionRepository sections, StudyRepositories content,
                         MockTestRepository tests, QuestionRepository questions) {
        this.access = access;
        this.sections = sections;
        this.content = content;
        this.tests = tests;
        this.questions = questions;
    }

    @Transactional(readOnly = true)
    public CourseBundle export(String slug, Editor editor) {
        Course course = access.course(slug, editor);
        List<Section> ordered = sections.findByCourseIdOrderByPosition(course.getId());
        List<SectionBundle> sectionBundles = ordered.stream().map(this::section).toList();
        String preview = ordered.stream().filter(course::isPreview).map(Section::getSlug).findFirst().orElse(null);
        return new CourseBundle(CourseBundle.FORMAT, CourseBundle.VERSION, course.getSlug(), course.getTitle(),
                course.getCategory().getName(), course.getLevel(), course.getTagline(), course.getDescription(),
                course.getOutcomes(), course.getPrerequisites(), preview,
                course.getOwner().getEmail(), course.isPublished(), sectionBundles);
    }

    private SectionBundle section(Section section) {
        long id = section.getId();
        return new SectionBundle(section.getSlug(), section.getTitle(), section.getOverview(), section.isPublished(),
                content.lessonParts().findBySectionIdOrderByPosition(id).stream()
                        .map(p -> new LessonPartBundle(p.getTitle(), p.getKeyTakeaway(), p.getTurns().stream()
                                .map(t -> new TurnBundle(t.getRole(), t.getSpeaker(), t.getText())).toList()))
                        .toList(),
                content.summaries().findBySectionId(id)
                        .map(s -> new SummaryBundle(s.getBasic(), s.getMedium(), s.getDetailed())).orElse(null),
                content.chapters().findBySectionIdOrderByPosition(id).stream()
                        .map(c -> new ChapterBundle(c.getTitle(), c.getKeyStatement(), c.getExplanation(), c.getAnalogy()))
                        .toList(),
                content.keyConcepts().findBySectionIdOrderByPosition(id).stream()
                        .map(k -> new KeyConceptBundle(k.getTerm(), k.getExplanation())).toList(),
                content.examples().findBySectionIdOrderByPosition(id).stream()
                        .map(e -> new ExampleBundle(e.getTitle(), e.getBody(),
                                e.getScenarioCode() == null && e.getScenarioTitle() == null ? null
                                : new ScenarioBundle(e.getScenarioTitle(), e.getScenarioCode()))).toList(),
                content.memoryAids().findBySectionIdOrderByPosition(id).stream()
                        .map(m -> new MemoryAidBundle(m.getKind(), m.getText())).toList(),
                content.flashcards().findBySectionIdOrderByPosition(id).stream()
                        .map(f -> new FlashcardBundle(f.getFront(), f.getBack())).toList(),
                content.glossary().findBySectionIdOrderByPosition(id).stream()
                        .map(g -> new GlossaryBundle(g.getTerm(), g.getDefinition())).toList(),
                test(id));
    }

    private TestBundle test(long sectionId) {
        var questionBundles = questions.findBySectionIdOrderByPosition(sectionId).stream()
                .map(QuestionMapping::toBundle).toList();
        var settings = tests.findBySectionId(sectionId).map(test -> {
            var s = test.settings();
            return new SettingsBundle(s.questionsPerAttempt(), s.shuffleQuestions(), s.shuffleOptions(),
                    s.timeLimitMinutes(), s.attemptsAllowed(), s.passMarkPercent(), s.feedback());
        }).orElse(null);
        // A bank without settings still travels: "settings": null keeps the questions.
        return settings == null && questionBundles.isEmpty() ? null : new TestBundle(settings, questionBundles);
    }
}
