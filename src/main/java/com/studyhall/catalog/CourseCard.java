package com.studyhall.catalog;

/** A course as the catalog lists it. */
public record CourseCard(String slug, String title, String tagline, String category, String level, long sectionCount) {

    public static CourseCard of(Course course, long sectionCount) {
        return new CourseCard(course.getSlug(), course.getTitle(), course.getTagline(),
                course.getCategory().getName(), course.getLevel().label(), sectionCount);
    }
}
