package com.studyhall.authoring;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.accounts.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Courses and sections in the studio: create, edit, publish, reorder. Every change is recorded. */
@Service
public class CourseStudio {

    /** A course as the studio lists it. */
    public record CourseRow(String slug, String title, String category, boolean published) {
    }

    private final StudioAccess access;
    private final CourseRepository courses;
    private final SectionRepository sections;
    private final UserAccountRepository users;
    private final CategoryResolver categories;
    private final StudioHistory history;
    private final Clock clock;

    private final PublishedState publishedState;

    CourseStudio(StudioAccess access, CourseRepository courses, SectionRepository sections,
                 UserAccountRepository users, CategoryResolver categories, StudioHistory history, Clock clock,
                 PublishedState publishedState) {
        this.publishedState = publishedState;
        this.access = access;
        this.courses = courses;
        this.sections = sections;
        this.users = users;
        this.categories = categories;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CourseRow> courses(Editor editor) {
        List<Course> found = editor.viewer().admin() ? courses.findAllForStudio() : courses.findOwnedBy(editor.userId());
        return found.stream()
                .map(c -> new CourseRow(c.getSlug(), c.getTitle(), c.getCategory().getName(), c.isPublished()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CourseForm courseForm(String slug, Editor editor) {
        return CourseForm.of(access.course(slug, editor), sections);
    }

    /** The course form holding an earlier version from the history ("restore this version"). */
    @Transactional(readOnly = true)
    public CourseForm courseFormAt(String slug, long changeId, Editor editor) {
        Course course = access.course(slug, editor);
        StudioChange change = history.change(course.getId(), changeId);
        requireAbout(change, "Course", course.getId());
        return CourseForm.of(course, sections).restoring(change.after(), changeId);
    }

    /** The section form holding an earlier version from the history. */
    @Transactional(readOnly = true)
    public SectionForm sectionFormAt(String courseSlug, String sectionSlug, long changeId, Editor editor) {
        Section section = access.section(courseSlug, sectionSlug, editor);
        StudioChange change = history.change(section.getCourse().getId(), changeId);
        requireAbout(change, "Section", section.getId());
        return SectionForm.of(section).restoring(change.after(), changeId);
    }

    static void requireAbout(StudioChange change, String entityType, long entityId) {
        if (!change.getEntityType().equals(entityType) || change.getEntityId() == null || change.getEntityId() != entityId) {
            throw new CourseNotFoundException("Change " + change.getId());
        }
    }

    @Transactional(readOnly = true)
    public boolean isPublished(String slug, Editor editor) {
        return access.course(slug, editor).isPublished();
    }

    @Transactional(readOnly = true)
    public List<Section> sections(String slug, Editor editor) {
        return sections.findByCourseIdOrderByPosition(access.course(slug, editor).getId());
    }

    /** A new course, unpublished, owned by the editor. */
    @Transactional
    public String create(CourseForm form, Editor editor) {
        if (courses.existsBySlug(form.getSlug())) {
            throw new SlugTakenException(form.getSlug());
        }
        var owner = users.findById(editor.userId()).orElseThrow();
        var course = new Course(form.getSlug(), form.getTitle(), categories.byName(form.getCategory()), owner,
                clock.instant());
        course.describe(form.getTagline(), form.getDescription(), form.getLevel(), clock.instant());
        // A new course has no sections yet, so no preview section either.
        course.describeForChoosers(form.getOutcomes(), form.getPrerequisites(), null);
        courses.save(course);
        history.record(course.getId(), "Course", course.getId(), "created", "Created course " + course.getTitle(), editor,
                null, CourseForm.of(course, sections).snapshot());
        return course.getSlug();
    }

    /** Saves the form over the course; returns the (possibly new) slug. */
    @Transactional
    public String update(String slug, CourseForm form, Editor editor) {
        Course course = access.course(slug, editor);
        Conflicts.merge(form, CourseForm.of(course, sections), course.getVersion(),
                history.lastEditor(course.getId(), "Course", course.getId()), label -> label);
        if (!slug.equals(form.getSlug()) && courses.existsBySlug(form.getSlug())) {
            throw new SlugTakenException(form.getSlug());
        }
        Map<String, String> before = CourseForm.of(course, sections).snapshot();
        course.edit(form.getSlug(), form.getTitle(), categories.byName(form.getCategory()), form.getTagline(),
                form.getDescription(), form.getLevel(), clock.instant());
        course.describeForChoosers(form.getOutcomes(), form.getPrerequisites(), previewSectionId(course, form));
        history.record(course.getId(), "Course", course.getId(), "edited",
                (form.getRestoring() == null ? "Edited course " : "Restored an earlier version of course ") + form.getTitle(),
                editor, before, CourseForm.of(course, sections).snapshot());
        return course.getSlug();
    }

    /** The id of the section the form names as free preview; none for an empty name. */
    private Long previewSectionId(Course course, CourseForm form) {
        if (form.getPreviewSection().isEmpty()) {
            return null;
        }
        return sections.findByCourseIdAndSlug(course.getId(), form.getPreviewSection())
                .filter(section -> !section.isTrashed())
                .map(Section::getId)
                .orElseThrow(() -> new UnknownPreviewSectionException(form.getPreviewSection()));
    }

    @Transactional
    public void publishCourse(String slug, boolean published, Editor editor) {
        Course course = access.course(slug, editor);
        course.setPublished(published);
        if (published) {
            history.record(course.getId(), "Course", course.getId(), "published", "Published " + course.getTitle(),
                    editor, null, publishedState.of(course, editor));
        } else {
            history.record(course.getId(), "Course", course.getId(), "unpublished", "Unpublished " + course.getTitle(), editor);
        }
    }

    /** The course as it is now against its last published state; empty when it was never published since V15_1. */
    @Transactional(readOnly = true)
    public java.util.Optional<List<HistoryView.FieldDiff>> compareWithPublished(String slug, Editor editor) {
        Course course = access.course(slug, editor);
        return history.ofEntity(course.getId(), "Course", course.getId()).stream()
                .filter(change -> change.getAction().equals("published") && change.hasContent()).findFirst()
                .map(change -> HistoryView.diffs(change.after(), publishedState.of(course, editor), label -> label));
    }

    @Transactional(readOnly = true)
    public SectionForm sectionForm(String courseSlug, String sectionSlug, Editor editor) {
        return SectionForm.of(access.section(courseSlug, sectionSlug, editor));
    }

    @Transactional(readOnly = true)
    public Section section(String courseSlug, String sectionSlug, Editor editor) {
        return access.section(courseSlug, sectionSlug, editor);
    }

    /** A new draft section at the end of the course. */
    @Transactional
    public String addSection(String courseSlug, SectionForm form, Editor editor) {
        Course course = access.course(courseSlug, editor);
        if (sections.existsByCourseIdAndSlug(course.getId(), form.getSlug())) {
            throw new SlugTakenException(form.getSlug());
        }
        int position = sections.findByCourseIdOrderByPosition(course.getId()).size() + 1;
        var section = sections.save(new Section(course, form.getSlug(), form.getTitle(), form.getOverview(), position));
        history.record(course.getId(), "Section", section.getId(), "created", "Added section " + form.getTitle(), editor,
                null, SectionForm.of(section).snapshot());
        return section.getSlug();
    }

    @Transactional
    public String updateSection(String courseSlug, String sectionSlug, SectionForm form, Editor editor) {
        Section section = access.section(courseSlug, sectionSlug, editor);
        Conflicts.merge(form, SectionForm.of(section), section.getVersion(),
                history.lastEditor(section.getCourse().getId(), "Section", section.getId()), label -> label);
        if (!sectionSlug.equals(form.getSlug())
                && sections.existsByCourseIdAndSlug(section.getCourse().getId(), form.getSlug())) {
            throw new SlugTakenException(form.getSlug());
        }
        Map<String, String> before = SectionForm.of(section).snapshot();
        section.edit(form.getSlug(), form.getTitle(), form.getOverview());
        history.record(section.getCourse().getId(), "Section", section.getId(), "edited",
                (form.getRestoring() == null ? "Edited section " : "Restored an earlier version of section ") + form.getTitle(),
                editor, before, SectionForm.of(section).snapshot());
        return section.getSlug();
    }

    @Transactional
    public void publishSection(String courseSlug, String sectionSlug, boolean published, Editor editor) {
        Section section = access.section(courseSlug, sectionSlug, editor);
        section.setPublished(published);
        history.record(section.getCourse().getId(), "Section", section.getId(), published ? "published" : "unpublished",
                (published ? "Published section " : "Unpublished section ") + section.getTitle(), editor);
    }

    /** Swaps the section with its neighbour above (up) or below; the ends stay where they are. */
    @Transactional
    public void moveSection(String courseSlug, String sectionSlug, boolean up, Editor editor) {
        Section section = access.section(courseSlug, sectionSlug, editor);
        List<Section> ordered = new java.util.ArrayList<>(
                sections.findByCourseIdOrderByPosition(section.getCourse().getId()));
        if (Reordering.swap(ordered, ordered.indexOf(section), up)) {
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).moveTo(i + 1);
            }
            history.record(section.getCourse().getId(), "Section", section.getId(), "moved",
                    "Moved section " + section.getTitle() + (up ? " up" : " down"), editor);
        }
    }

    /** The course's history, or one entity's when type and id are given. */
    @Transactional(readOnly = true)
    public List<StudioChange> history(String courseSlug, String entityType, Long entityId, Editor editor) {
        long courseId = access.course(courseSlug, editor).getId();
        return entityType == null || entityId == null ? history.ofCourse(courseId)
                : history.ofEntity(courseId, entityType, entityId);
    }
}
