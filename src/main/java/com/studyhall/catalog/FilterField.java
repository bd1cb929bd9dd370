package com.studyhall.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One select of the catalog's GET form (category, level, order) with its choices, the current one selected. */
public record FilterField(String name, String label, List<Choice> choices) {

    public record Choice(String value, String label, boolean selected) {
    }

    /** The form's three fields for this filter: every category that has a course, every level, the orders offered. */
    static List<FilterField> of(CatalogFilter filter, List<PublishedCatalog.CategoryOption> categories, List<CatalogSort> sorts) {
        List<Choice> category = new ArrayList<>();
        category.add(new Choice("", "Every category", filter.category().isEmpty()));
        categories.forEach(c -> category.add(new Choice(c.slug(), c.name(), c.slug().equals(filter.category()))));
        List<Choice> level = new ArrayList<>();
        level.add(new Choice("", "Every level", filter.level() == null));
        for (CourseLevel l : CourseLevel.values()) {
            level.add(new Choice(l.name().toLowerCase(Locale.ROOT), l.label(), l == filter.level()));
        }
        List<Choice> order = sorts.stream().map(s -> new Choice(s.param(), s.label(), s == filter.sort())).toList();
        return List.of(new FilterField("category", "Category", category), new FilterField("level", "Level", level),
                new FilterField("sort", "Order", order));
    }
}
