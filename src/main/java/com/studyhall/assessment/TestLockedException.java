package com.studyhall.assessment;

/** The viewer may see the section but not take its test: not enrolled in the course. */
public class TestLockedException extends RuntimeException {

    private final String sectionPath;

    public TestLockedException(String courseSlug, String sectionSlug) {
        super("Enroll in " + courseSlug + " to take this test");
        this.sectionPath = "/courses/" + courseSlug + "/" + sectionSlug;
    }

    public String sectionPath() {
        return sectionPath;
    }
}
