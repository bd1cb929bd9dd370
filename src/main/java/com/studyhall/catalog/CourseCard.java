package com.studyhall.catalog;

/** A course as the catalog lists it. */
public record CourseCard(String slug, String title, String tagline, String category, String level, long sectionCount) {
}
