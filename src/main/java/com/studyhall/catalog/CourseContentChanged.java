package com.studyhall.catalog;

/**
 * Published when the studio records a change to a course's content, inside the editor's
 * transaction. Features that keep content in memory drop it when they hear this (and again after
 * the commit), including changes the studio writes with plain SQL, such as a restore from the trash.
 */
public record CourseContentChanged(long courseId) {
}
