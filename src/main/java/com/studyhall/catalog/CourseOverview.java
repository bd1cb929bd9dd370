package com.studyhall.catalog;

import java.time.Instant;
import java.util.List;

/** Everything the course page shows, read inside one transaction. */
public record CourseOverview(long id, String slug, String title, String tagline, String description,
                             String category, String level, String ownerName, boolean published,
                             List<SectionOutline> sections, String outcomes, String prerequisites,
                             Instructor instructor, long version, Instant updatedAt) {

    /** A section as the course outline lists it, with its formats, time and whether visitors may read it. */
    public record SectionOutline(long id, String slug, String title, String overview, int number, boolean published,
                                 boolean preview, SectionFacts.Facts facts) {
    }

    /** Who teaches the course: name, short bio, photo (an address, or null for the initials avatar). */
    public record Instructor(long id, String name, String bio, String photoPath, String initials) {
    }

    /** Minutes of study of all listed sections together. */
    public int totalMinutes() {
        return sections.stream().mapToInt(section -> section.facts().minutes()).sum();
    }

    public String totalDuration() {
        return SectionFacts.Durations.label(totalMinutes());
    }

    /** The published section visitors may read without enrolling, if the course offers one. */
    public SectionOutline previewSection() {
        return sections.stream().filter(section -> section.preview() && section.published()).findFirst().orElse(null);
    }
}
