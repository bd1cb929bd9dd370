package com.studyhall.study;

/**
 * The section page: always the section's place in its course and what it holds; the contents
 * only for learners enrolled in the course (and its editors), or for everyone when it is the
 * course's free preview ({@code preview}: read, but no study tools, with a call to enroll).
 */
public record SectionPage(long sectionId, String courseSlug, String courseTitle, String sectionSlug, String sectionTitle,
                          String overview, int number, int sectionCount, Neighbour previous, Neighbour next,
                          ContentCounts counts, SectionContents contents, boolean preview) {

    public boolean unlocked() {
        return contents != null;
    }

    /** The section before or after this one. */
    public record Neighbour(String slug, String title) {
    }
}
