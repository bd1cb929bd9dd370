package com.studyhall.catalog;

import com.studyhall.enrollment.EnrollmentRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the catalog: the published courses and the featured one, single courses and sections. */
@Service
public class CatalogService {

    private final CourseRepository courses;
    private final SectionRepository sections;
    private final PublishedShelves publishedShelves;
    private final StorefrontRepository storefront;
    private final EnrollmentRepository enrollments;
    private final ObjectProvider<CourseReviews> ratings;
    private final ObjectProvider<CourseMaterial> material;
    private final TransactionTemplate readOnly;
    private final ObjectProvider<SectionFacts> sectionFacts;
    private final PublishedCoursePages coursePages;

    CatalogService(CourseRepository courses, SectionRepository sections, PublishedShelves publishedShelves,
                   StorefrontRepository storefront, EnrollmentRepository enrollments,
                   ObjectProvider<CourseReviews> ratings, ObjectProvider<CourseMaterial> material,
                   PlatformTransactionManager transactions,
                   ObjectProvider<SectionFacts> sectionFacts, PublishedCoursePages coursePages) {
        this.sectionFacts = sectionFacts;
        this.coursePages = coursePages;
        this.courses = courses;
        this.sections = sections;
        this.publishedShelves = publishedShelves;
        this.storefront = storefront;
        this.enrollments = enrollments;
        this.ratings = ratings;
        this.material = material;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The published catalog and the featured course. It comes from memory ({@link PublishedShelves})
     * without touching the database.
     */
    public PublishedCatalog published() {
        return publishedShelves.get(() -> readOnly.execute(status -> load()));
    }

    /** The published courses this filter admits, in its order. */
    public List<ListedCourse> list(CatalogFilter filter) {
        return published().courses().stream().filter(filter::admits).sorted(filter.sort().order()).toList();
    }

    /** The orders a visitor may choose: "Best rated" only once some feature keeps ratings. */
    public List<CatalogSort> sorts() {
        return ratings.getIfAvailable() == null
                ? List.of(CatalogSort.POPULAR, CatalogSort.NEWEST)
                : List.of(CatalogSort.values());
    }

    private PublishedCatalog load() {
        List<Course> found = courses.findPublished();
        List<Long> ids = found.stream().map(Course::getId).toList();
        Map<Long, Long> sectionCounts = sections.publishedSectionCounts(ids);
        Map<Long, Long> learners = new HashMap<>();
        enrollments.countPerCourse().forEach(row -> learners.put((Long) row[0], (Long) row[1]));
        CourseReviews source = ratings.getIfAvailable();
        Map<Long, CourseRating> rated = source == null || ids.isEmpty() ? Map.of() : source.ratings(ids);
        List<ListedCourse> listed = found.stream()
                .map(course -> new ListedCourse(course.getId(),
                        CourseCard.of(course, sectionCounts.getOrDefault(course.getId(), 0L)),
                        course.getCategory().getSlug(), course.getLevel(), learners.getOrDefault(course.getId(), 0L),
                        course.getCreatedAt(), rated.get(course.getId())))
                .toList();
        Map<String, PublishedCatalog.CategoryOption> categories = new TreeMap<>();
        found.forEach(course -> categories.putIfAbsent(course.getCategory().getName(),
                new PublishedCatalog.CategoryOption(course.getCategory().getSlug(), course.getCategory().getName())));
        return new PublishedCatalog(listed, List.copyOf(categories.values()), featured(found, sectionCounts));
    }

    /** The course an admin features, if it is still published (a draft or trashed course is not shown). */
    private FeaturedCourse featured(List<Course> published, Map<Long, Long> sectionCounts) {
        Long id = storefront.findById(Storefront.ONLY_ROW).map(Storefront::getFeaturedCourseId).orElse(null);
        return published.stream().filter(course -> course.getId().equals(id)).findFirst()
                .map(course -> {
                    List<Long> sectionIds = sections.findByCourseIdOrderByPosition(course.getId()).stream()
                            .filter(Section::isPublished).map(Section::getId).toList();
                    CourseMaterial source = material.getIfAvailable();
                    CourseMaterial.Totals totals = source == null || sectionIds.isEmpty()
                            ? CourseMaterial.Totals.NONE : source.of(sectionIds);
                    long sectionCount = sectionCounts.getOrDefault(course.getId(), 0L);
                    return new FeaturedCourse(course.getId(), CourseCard.of(course, sectionCount), course.getDescription(),
                            new CourseNumbers(sectionCount, totals.lessonParts(), totals.cards(), totals.questions(),
                                    studyTime(sectionIds)));
                })
                .orElse(null);
    }

    /** The sum of the sections' estimates, so the storefront and the course page give one figure. */
    private Duration studyTime(List<Long> sectionIds) {
        SectionFacts facts = sectionFacts.getIfAvailable();
        return facts == null || sectionIds.isEmpty() ? Duration.ZERO
                : Duration.ofMinutes(facts.of(sectionIds).values().stream().mapToLong(SectionFacts.Facts::minutes).sum());
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

    /**
     * The course page's content, if this viewer may see the course. A published course comes from
     * memory ({@link PublishedCoursePages}) for everyone but its editors, who read what they saved.
     */
    public CourseOverview overview(String slug, Viewer viewer) {
        CourseOverview published = publishedFor(slug, viewer);
        return published != null ? published : readOnly.execute(status -> read(visibleCourse(slug, viewer), viewer));
    }

    /**
     * The published course as everyone but its editors sees it (its published sections only), from
     * memory; null for an admin or the course's instructor (they read what they saved) and for a
     * course that is not published.
     */
    public CourseOverview publishedFor(String slug, Viewer viewer) {
        if (viewer.admin()) {
            return null;
        }
        CourseOverview published = coursePages.get(slug, () -> readOnly.execute(status -> courses.findBySlug(slug)
                .filter(course -> !course.isTrashed() && course.isPublished())
                .map(course -> read(course, Viewer.ANONYMOUS)).orElse(null)));
        boolean editor = published != null && viewer.instructor()
                && java.util.Objects.equals(viewer.userId(), published.instructor().id());
        return editor ? null : published;
    }

    private CourseOverview read(Course course, Viewer viewer) {
        List<Section> outline = visibleSections(course, viewer);
        Map<Long, SectionFacts.Facts> facts = sectionFacts.getIfAvailable(() -> ids -> Map.of())
                .of(outline.stream().map(Section::getId).toList());
        var sectionOutlines = new ArrayList<CourseOverview.SectionOutline>();
        for (int i = 0; i < outline.size(); i++) {
            Section section = outline.get(i);
            sectionOutlines.add(new CourseOverview.SectionOutline(section.getId(), section.getSlug(), section.getTitle(),
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

    /**
     * Cards for the given courses, in the order of the ids; unknown ids are skipped. Published
     * courses come from the cached catalog; only others (drafts, trashed) are read.
     */
    public List<CourseCard> cardsByIds(List<Long> ids) {
        Map<Long, CourseCard> byId = new HashMap<>();
        published().courses().stream().filter(c -> ids.contains(c.id())).forEach(c -> byId.put(c.id(), c.card()));
        List<Long> others = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!others.isEmpty()) {
            readOnly.executeWithoutResult(status -> {
                Map<Long, Long> sectionCounts = sections.publishedSectionCounts(others);
                courses.findAllById(others).forEach(course -> byId.put(course.getId(),
                        CourseCard.of(course, sectionCounts.getOrDefault(course.getId(), 0L))));
            });
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Course ids by slug, for features that keep only ids. */
    @Transactional(readOnly = true)
    public Map<Long, String> slugsByIds(List<Long> ids) {
        Map<Long, String> slugs = new java.util.HashMap<>();
        courses.findAllById(ids).forEach(course -> slugs.put(course.getId(), course.getSlug()));
        return slugs;
    }
}
