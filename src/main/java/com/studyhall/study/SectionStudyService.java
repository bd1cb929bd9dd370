package com.studyhall.study;

import com.studyhall.assessment.MockTest;
import com.studyhall.assessment.MockTestRepository;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.CourseOverview;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/** Reads a section for its page, unlocking the contents for enrolled learners and editors. */
@Service
public class SectionStudyService {

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final StudyRepositories content;
    private final MockTestRepository tests;
    private final QuestionRepository questions;
    private final SectionSizes sizes;
    private final PublishedSectionContents published;
    private final TransactionTemplate readOnly;

    SectionStudyService(CatalogService catalog, EnrollmentService enrollments, StudyRepositories content,
                        MockTestRepository tests, QuestionRepository questions, SectionSizes sizes,
                        PublishedSectionContents published, PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.content = content;
        this.tests = tests;
        this.questions = questions;
        this.sizes = sizes;
        this.published = published;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The section's page for this viewer. A published course's page comes from what is kept in
     * memory (the course's published outline, the section's published contents) for everyone but
     * its editors: only the viewer's enrollment is asked. Reading the course, section and outline
     * through JPA on every request was a fifth of the page's time (docs/benchmarks.md).
     */
    public SectionPage page(String courseSlug, String sectionSlug, Viewer viewer) {
        CourseOverview published = catalog.publishedFor(courseSlug, viewer);
        return published != null ? publishedPage(published, sectionSlug, viewer)
                : readOnly.execute(status -> readPage(courseSlug, sectionSlug, viewer));
    }

    private SectionPage publishedPage(CourseOverview course, String sectionSlug, Viewer viewer) {
        List<CourseOverview.SectionOutline> outline = course.sections();
        int index = -1;
        for (int i = 0; i < outline.size() && index < 0; i++) {
            if (outline.get(i).slug().equals(sectionSlug)) index = i;
        }
        if (index < 0) {
            throw new CourseNotFoundException("Section " + sectionSlug);
        }
        CourseOverview.SectionOutline section = outline.get(index);
        boolean member = viewer.isLoggedIn() && enrollments.isEnrolled(viewer.userId(), course.id());
        boolean preview = !member && section.preview();
        SectionContents contents = !member && !preview ? null
                : published.get(section.id(), () -> readOnly.execute(status -> contents(section.id())));
        return new SectionPage(section.id(), course.slug(), course.title(), section.slug(), section.title(),
                section.overview(), index + 1, outline.size(),
                publishedNeighbour(outline, index - 1), publishedNeighbour(outline, index + 1),
                contents != null ? contents.counts() : sizes.of(section.id()), contents, preview);
    }

    private static SectionPage.Neighbour publishedNeighbour(List<CourseOverview.SectionOutline> outline, int index) {
        return index < 0 || index >= outline.size() ? null
                : new SectionPage.Neighbour(outline.get(index).slug(), outline.get(index).title());
    }

    private SectionPage readPage(String courseSlug, String sectionSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        Section section = catalog.visibleSection(course, sectionSlug, viewer);
        List<Section> outline = catalog.visibleSections(course, viewer);
        int index = outline.indexOf(section);
        // An open section counts what it has just read; a locked one asks one query for all formats.
        // The course's free preview section opens its reading to everyone; study tools stay for the enrolled.
        boolean member = unlocked(course, viewer);
        boolean preview = !member && catalog.isOpenPreview(course, section);
        SectionContents contents = !member && !preview ? null
                // Editors read the tables, so they see what they saved; everyone else shares the kept copy.
                : viewer.canEdit(course) ? contents(section.getId())
                : published.get(section.getId(), () -> contents(section.getId()));
        return new SectionPage(section.getId(), course.getSlug(), course.getTitle(), section.getSlug(), section.getTitle(),
                section.getOverview(), index + 1, outline.size(),
                neighbour(outline, index - 1), neighbour(outline, index + 1),
                contents != null ? contents.counts() : sizes.of(section.getId()), contents, preview);
    }

    /**
     * The section, if this viewer may study it: enrolled learners and the course's editors.
     * Unknown or hidden sections are 404; visible but locked ones are refused with 403.
     */
    public OpenSection open(String courseSlug, String sectionSlug, Viewer viewer) {
        CourseOverview published = catalog.publishedFor(courseSlug, viewer);
        if (published != null) {
            // Everyone but the course's editors: from the kept outline, as the section page is.
            CourseOverview.SectionOutline section = published.sections().stream()
                    .filter(s -> s.slug().equals(sectionSlug)).findFirst()
                    .orElseThrow(() -> new CourseNotFoundException("Section " + sectionSlug));
            if (!viewer.isLoggedIn() || !enrollments.isEnrolled(viewer.userId(), published.id())) {
                throw new AccessDeniedException("Enroll in " + courseSlug + " to study it");
            }
            return new OpenSection(published.id(), published.slug(), published.title(), section.id(), section.slug(),
                    section.title());
        }
        return readOnly.execute(status -> {
            Course course = catalog.visibleCourse(courseSlug, viewer);
            Section section = catalog.visibleSection(course, sectionSlug, viewer);
            if (!unlocked(course, viewer)) {
                throw new AccessDeniedException("Enroll in " + courseSlug + " to study it");
            }
            return new OpenSection(course.getId(), course.getSlug(), course.getTitle(), section.getId(),
                    section.getSlug(), section.getTitle());
        });
    }

    private boolean unlocked(Course course, Viewer viewer) {
        return viewer.canEdit(course)
                || (viewer.isLoggedIn() && enrollments.isEnrolled(viewer.userId(), course.getId()));
    }

    /**
     * The section's published content as its learners read it, kept and shared (read once per change);
     * its editors read the tables, so they always see what they just saved.
     */
    public SectionContents contentsFor(OpenSection open, Viewer viewer) {
        return catalog.publishedFor(open.courseSlug(), viewer) != null
                ? published.get(open.sectionId(), () -> readOnly.execute(status -> contents(open.sectionId())))
                : readOnly.execute(status -> contents(open.sectionId()));
    }

    private SectionContents contents(long sectionId) {
        List<SectionContents.LessonPartView> parts = content.lessonParts().findBySectionIdOrderByPosition(sectionId)
                .stream().map(SectionStudyService::view).toList();
        return new SectionContents(parts, content.summaries().findBySectionId(sectionId).orElse(null),
                content.chapters().findBySectionIdOrderByPosition(sectionId),
                content.keyConcepts().findBySectionIdOrderByPosition(sectionId),
                content.examples().findBySectionIdOrderByPosition(sectionId),
                content.memoryAids().findBySectionIdOrderByPosition(sectionId),
                content.flashcards().findBySectionIdOrderByPosition(sectionId),
                content.glossary().findBySectionIdOrderByPosition(sectionId),
                tests.findBySectionId(sectionId).map(MockTest::settings).orElse(null),
                (int) questions.countBySectionId(sectionId));
    }

    private static SectionContents.LessonPartView view(LessonPart part) {
        var turns = part.getTurns().stream()
                .map(turn -> new SectionContents.TurnView(turn.getRole(), turn.getSpeaker(), turn.getText()))
                .toList();
        return new SectionContents.LessonPartView(part.getId(), part.getPosition(), part.getTitle(),
                part.getKeyTakeaway(), part.getAudioFileKey() != null, turns);
    }

    private static SectionPage.Neighbour neighbour(List<Section> outline, int index) {
        return index < 0 || index >= outline.size() ? null
                : new SectionPage.Neighbour(outline.get(index).getSlug(), outline.get(index).getTitle());
    }
}
