package com.studyhall.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** The home page's one stored choice: the featured course (a single row, id 1, made by V21_1). */
@Entity
@EntityListeners(CatalogChanges.class)
class Storefront {

    static final int ONLY_ROW = 1;

    @Id
    private Integer id;

    private Long featuredCourseId;

    /** Null until someone (an admin, or the demo data once) has chosen. */
    private Instant chosenAt;

    private Long chosenBy;

    @Version
    private long version;

    protected Storefront() {
    }

    Long getFeaturedCourseId() {
        return featuredCourseId;
    }

    boolean isChosen() {
        return chosenAt != null;
    }

    /** Features a course, or none (null); who chose is null for the demo data. */
    void feature(Long courseId, Long chosenBy, Instant now) {
        this.featuredCourseId = courseId;
        this.chosenBy = chosenBy;
        this.chosenAt = now;
    }
}
