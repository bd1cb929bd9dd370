package com.studyhall.catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog: published courses by category, search, and single courses and sections. */
@Service
public class CatalogService {

    private final CourseRepository courses;
    private final SectionRepository sections;
    private final PublishedShelves publishedShelves;
    private final TransactionTemplate readOnly;
    private final ObjectProvider<SectionFacts> sectionFacts;

    CatalogService(CourseRepository courses, SectionRepository sections, PublishedShelves publishedShelves,
                   PlatformTransactionManager transactions, ObjectProvider<SectionFacts> sectionFacts) {
        this.sectionFacts = sectionFacts;
        this.courses = courses;
        this.sections = sections;
        this.publishedShelves = publishedShelves;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The published courses grouped by category. The whole catalog comes from memory
     * ({@link PublishedShelves}) without touching the database.
     */
    public List<CategoryShelf> shelves() {
        return publishedShelves.get(() -> readOnly.execute(status -> shelvesOf(courses.findPublished())));
    }

    private List<CategoryShelf> shelvesOf(List<Course> found) {
        Map<Long, Long> sectionCounts = sections.publishedSectionCounts(found.stream().map(Course::getId).toList());
        Map<String, List<CourseCard>> byCategory = new LinkedHashMap<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        found.stream()
                .sorted((a, b) -> a.getCategory().getName().compareTo(b.getCategory().getName()))
                .forEach(course -> {
                    String category = course.getCategory().getName();
                    slugs.put(category, course.getCategory().getSlug());
                    byCategory.computeIfAbsent(category, c -> new ArrayList<>())
                            .add(CourseCard.of(course, sectionCounts.getOrDefault(course.getId(), 0L)));
                });
        return byCategory.entrySet().stream()
                .map(e -> new CategoryShelf(e.getKey(), slugs.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /** The course, if it is published or this viewer may edit it, and not in the studio's trash. */
    @Transactional(readOnly = true)
    public Course visibleCourse(String slug, Viewer viewer) {
        return courses.findBySlug(slug)
                .filter(course -> !course.isTrashed() && (course.isPublished() || viewer.canEdit(course)))
                .orElseThrow(() -> new CourseNotFoundException("Course " + slug));
    }

    /** A course by id, whoever may see it: for features that keep only ids and checked access already. */
    @Transactional(readOnly = true)
    public Course courseById(long id) {
        return courses.findById(id).orElseThrow(() -> new CourseNotFoundException("Course " + id));
    }

    /** The course page's content, if this viewer may see the course. */
    @Transactional(readOnly = true)
    public CourseOverview overview(String slug, Viewer viewer) {
        Course course = visibleCourse(slug, viewer);
        List<Section> outline = visibleSections(course, viewer);
        Map<Long, SectionFacts.Facts> facts = sectionFacts.getIfAvailable(() -> ids -> Map.of())
                .of(outline.stream().map(Section::getId).toList());
        var sectionOutlines = new ArrayList<CourseOverview.SectionOutline>();
        for (int i = 0; i < outline.size(); i++) {
            Section section = outline.get(i);
            sectionOutlines.add(new CourseOverview.SectionOutline(section.getSlug(), section.getTitle(),
                    section.getOverview(), i + 1, section.isPublished(), course.isPreview(section),
                    facts.getOrDefault(section.getId(), SectionFacts.Facts.NONE)));
        }
        var owner = course.getOwner();
        var instructor = new CourseOverview.Instructor(owner.getId(), owner.getDisplayName(), owner.getBio(),
                owner.getPhotoKey() == null ? null
                        : "/instructors/" + owner.getId() + "/photo?v=" + Integer.toHexString(owner.getPhotoKey().hashCode()),
                com.studyhall.accounts.Initials.of(owner.getDisplayName()));
        return new CourseOverview(course.getId(), course.getSlug(), course.getTitle(), course.getTagline(),
                course.getDescription(), course.getCategory().getName(), course.getLevel().label(),
                owner.getDisplayName(), course.isPublished(), List.copyOf(sectionOutlines),
                course.getOutcomes(), course.getPrerequisites(), instructor, course.getVersion(), course.getUpdatedAt());
    }

    /** The course's sections this viewer may see, in order. */
    @Transactional(readOnly = true)
    public List<Section> visibleSections(Course course, Viewer viewer) {
        boolean editor = viewer.canEdit(course);
        return sections.findByCourseIdOrderByPosition(course.getId()).stream()
                .filter(section -> section.isPublished() || editor)
                .toList();
    }

    /**
     * The sections visitors may read without enrolling: the course's free preview section, if it
     * is published and the course is too.
     */
    @Transactional(readOnly = true)
    public boolean isOpenPreview(Course course, Section section) {
        return course.isPublished() && section.isPublished() && !section.isTrashed() && course.isPreview(section);
    }

    @Transactional(readOnly = true)
    public Section visibleSection(Course course, String sectionSlug, Viewer viewer) {
        return sections.findByCourseIdAndSlug(course.getId(), sectionSlug)
                .filter(section -> section.isPublished() || viewer.canEdit(course))
                .orElseThrow(() -> new CourseNotFoundException("Section " + sectionSlug));
    }

    /** Cards for the given courses, in the order of the ids; unknown ids are skipped. */
    @Transactional(readOnly = true)
    public List<CourseCard> cardsByIds(List<Long> ids) {
        Map<Long, Course> byId = new LinkedHashMap<>();
        courses.findAllById(ids).forEach(course -> byId.put(course.getId(), course));
        Map<Long, Long> sectionCounts = sections.publishedSectionCounts(ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(course -> CourseCard.of(course, sectionCounts.getOrDefault(course.getId(), 0L)))
                .toList();
    }

    /** Course ids by slug, for features that keep only ids. */
    @Transactional(readOnly = true)
    public Map<Long, String> slugsByIds(List<Long> ids) {
        Map<Long, String> slugs = new java.util.HashMap<>();
        courses.findAllById(ids).forEach(course -> slugs.put(course.getId(), course.getSlug()));
        return slugs;
    }
}
