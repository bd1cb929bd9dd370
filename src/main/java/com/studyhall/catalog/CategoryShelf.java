package com.studyhall.catalog;

import java.util.List;

/** One category of the catalog with its published courses. */
public record CategoryShelf(String name, String slug, List<CourseCard> courses) {
}
