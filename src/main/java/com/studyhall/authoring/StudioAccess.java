package com.studyhall.authoring;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseNotFoundException;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import com.studyhall.catalog.SectionRepository;
import org.springframework.stereotype.Component;

/**
 * Finds what an editor may change. Someone else's course answers exactly like a missing one
 * (404), so the studio does not reveal which slugs exist.
 */
@Component
class StudioAccess {

    private final CourseRepository courses;
    private final SectionRepository sections;

    StudioAccess(CourseRepository courses, SectionRepository sections) {
        this.courses = courses;
        this.sections = sections;
    }

    /** A course in the trash is not found here either: only the trash pages reach it, by their entry. */
    Course course(String slug, Editor editor) {
        return courses.findBySlug(slug)
                .filter(course -> !course.isTrashed() && editor.viewer().canEdit(course))
                .orElseThrow(() -> new CourseNotFoundException("Course " + slug));
    }

    Section section(String courseSlug, String sectionSlug, Editor editor) {
        Course course = course(courseSlug, editor);
        return sections.findByCourseIdAndSlug(course.getId(), sectionSlug)
                .orElseThrow(() -> new CourseNotFoundException("Section " + sectionSlug));
    }

    /** The item, if it belongs to the section. */
    <T extends SectionItem> T item(Section section, java.util.Optional<T> item, String what) {
        return item.filter(found -> found.getSection().getId().equals(section.getId()))
                .orElseThrow(() -> new CourseNotFoundException(what));
    }

    /**
     * The item a save is about. Gone from the database (deleted meanwhile) is an
     * {@link ItemDeletedException} naming who deleted it; in another section it is a 404 as above.
     */
    <T extends SectionItem> T itemToSave(Section section, java.util.Optional<T> item, String what,
                                         String entityType, long id, StudioHistory history) {
        if (item.isEmpty()) {
            throw new ItemDeletedException(what, history.deletedBy(section.getCourse().getId(), entityType, id));
        }
        return item(section, item, what);
    }
}
