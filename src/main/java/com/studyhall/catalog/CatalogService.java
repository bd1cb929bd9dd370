package com.studyhall.catalog;

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

    CatalogService(CourseRepository courses, SectionRepository sections, PublishedShelves publishedShelves,
                   PlatformTransactionManager transactions) {
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

    /** The course page's content, if this viewer may see the course. */
    @Transactional(readOnly = true)
    public CourseOverview overview(String slug, Viewer viewer) {
        Course course = visibleCourse(slug, viewer);
        List<Section> outline = visibleSections(course, viewer);
        var sectionOutlines = new ArrayList<CourseOverview.SectionOutline>();
        for (int i = 0; i < outline.size(); i++) {
            Section section = outline.get(i);
            sectionOutlines.add(new CourseOverview.SectionOutline(section.getSlug(), section.getTitle(),
                    section.getOverview(), i + 1, section.isPublished()));
        }
        return new CourseOverview(course.getId(), course.getSlug(), course.getTitle(), course.getTagline(),
                course.getDescription(), course.getCategory().getName(), course.getLevel().label(),
                course.getOwner().getDisplayName(), course.isPublished(), List.copyOf(sectionOutlines));
    }

    /** The course's sections this viewer may see, in order. */
    @Transactional(readOnly = true)
    public List<Section> visibleSections(Course course, Viewer viewer) {
        boolean editor = viewer.canEdit(course);
        return sections.findByCourseIdOrderByPosition(course.getId()).stream()
                .filter(section -> section.isPublished() || editor)
                .toList();
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
