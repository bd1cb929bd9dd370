package com.studyhall.catalog;

import java.util.List;

/** Everything the course page shows, read inside one transaction. */
public record CourseOverview(long id, String slug, String title, String tagline, String description,
                             String category, String level, String ownerName, boolean published,
                             List<SectionOutline> sections) {

    /** A section as the course outline lists it. */
    public record SectionOutline(String slug, String title, String overview, int number, boolean published) {
    }
}
