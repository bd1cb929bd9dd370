package com.studyhall.catalog;

import java.util.Comparator;

/** The orders the catalog offers; {@code param} is the value in the URL ({@code ?sort=newest}). */
public enum CatalogSort {
    POPULAR("popular", "Most enrolled",
            Comparator.comparingLong(ListedCourse::learners).reversed()),
    NEWEST("newest", "Newest",
            Comparator.comparing(ListedCourse::createdAt).reversed()),
    /** Offered only when a {@link CourseReviews} bean exists; unrated courses come after rated ones. */
    RATED("rated", "Best rated",
            Comparator.comparing((ListedCourse c) -> c.rating() == null ? Double.NEGATIVE_INFINITY : c.rating().average())
                    .thenComparingLong(c -> c.rating() == null ? 0 : c.rating().count())
                    .reversed());

    private final String param;
    private final String label;
    private final Comparator<ListedCourse> order;

    CatalogSort(String param, String label, Comparator<ListedCourse> order) {
        this.param = param;
        this.label = label;
        this.order = order;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** This order, ties broken by title so a listing never shuffles between visits. */
    Comparator<ListedCourse> order() {
        return order.thenComparing(c -> c.card().title());
    }
}
