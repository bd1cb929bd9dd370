package com.studyhall.catalog;

import java.util.List;

/**
 * Everything the home page shows every visitor, read at once and kept by {@link PublishedShelves}:
 * the published courses, the categories that have some, and the featured course (null for none).
 */
public record PublishedCatalog(List<ListedCourse> courses, List<CategoryOption> categories, FeaturedCourse featured) {

    static final PublishedCatalog EMPTY = new PublishedCatalog(List.of(), List.of(), null);

    public record CategoryOption(String slug, String name) {
    }
}
