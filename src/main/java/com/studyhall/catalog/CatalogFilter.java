package com.studyhall.catalog;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a visitor asked the catalog for, as the URL carries it: {@code ?category=design&level=beginner&sort=newest}.
 * Empty values mean "any" and the default order; a level or order that does not exist is refused
 * (400) rather than silently ignored. An unknown category is a valid question with no answer.
 */
public record CatalogFilter(String category, CourseLevel level, CatalogSort sort) {

    public static final CatalogSort DEFAULT_SORT = CatalogSort.POPULAR;
    static final int MAX_SLUG = 80;

    public static CatalogFilter of(String category, String level, String sort) {
        String c = category == null ? "" : category.strip();
        if (c.length() > MAX_SLUG) {
            throw new BadCatalogQueryException("A category is at most " + MAX_SLUG + " characters long.");
        }
        return new CatalogFilter(c, levelOf(level), sortOf(sort));
    }

    private static CourseLevel levelOf(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return Arrays.stream(CourseLevel.values())
                .filter(l -> l.name().equalsIgnoreCase(level.strip()))
                .findFirst()
                .orElseThrow(() -> new BadCatalogQueryException("There is no level called “" + shortened(level)
                        + "”: choose beginner, intermediate or advanced."));
    }

    private static CatalogSort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT_SORT;
        }
        return Arrays.stream(CatalogSort.values())
                .filter(s -> s.param().equals(sort.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new BadCatalogQueryException("The catalog cannot be sorted by “" + shortened(sort)
                        + "”: choose popular, newest or rated."));
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    /** The level as the URL spells it, or "" for any level. */
    public String levelParam() {
        return level == null ? "" : level.name().toLowerCase(Locale.ROOT);
    }

    public boolean filtered() {
        return !category.isEmpty() || level != null;
    }

    boolean admits(ListedCourse course) {
        return (category.isEmpty() || category.equals(course.categorySlug()))
                && (level == null || level == course.level());
    }
}
