package com.studyhall.study;

/**
 * The section page: always the section's place in its course and what it holds; the contents
 * only for learners enrolled in the course (and its editors).
 */
public record SectionPage(long sectionId, String courseSlug, String courseTitle, String sectionSlug, String sectionTitle,
                          String overview, int number, int sectionCount, Neighbour previous, Neighbour next,
                          ContentCounts counts, SectionContents contents) {

    public boolean unlocked() {
        return contents != null;
    }

    /** The section before or after this one. */
    public record Neighbour(String slug, String title) {
    }
}
