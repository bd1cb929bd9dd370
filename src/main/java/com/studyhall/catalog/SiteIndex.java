package com.studyhall.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The pages the sitemap lists: each published course, and its free preview section when published. */
@Service
class SiteIndex {

    record Entry(String path, Instant lastModified) {
    }

    private final CourseRepository courses;
    private final SectionRepository sections;

    SiteIndex(CourseRepository courses, SectionRepository sections) {
        this.courses = courses;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    List<Entry> entries() {
        var entries = new ArrayList<Entry>();
        for (Course course : courses.findPublished()) {
            entries.add(new Entry("/courses/" + course.getSlug(), course.getUpdatedAt()));
            if (course.getPreviewSectionId() != null) {
                sections.findById(course.getPreviewSectionId())
                        .filter(section -> section.isPublished() && !section.isTrashed())
                        .ifPresent(section -> entries.add(new Entry(
                                "/courses/" + course.getSlug() + "/" + section.getSlug(), course.getUpdatedAt())));
            }
        }
        return entries;
    }
}
