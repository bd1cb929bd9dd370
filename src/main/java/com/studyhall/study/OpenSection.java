package com.studyhall.study;

/** A section the current viewer may study, with the names its pages and links need. */
public record OpenSection(long courseId, String courseSlug, String courseTitle, long sectionId, String sectionSlug,
                          String sectionTitle) {

    public String path() {
        return "/courses/" + courseSlug + "/" + sectionSlug;
    }
}
