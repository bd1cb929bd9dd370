package com.studyhall.study;

/**
 * A copy of published study content kept in memory outside this package (the lab's course examples,
 * say): {@link SectionContentChanges} forgets it whenever this node writes study content, a section
 * or a course, as it forgets its own copies.
 */
public interface KeptWithContent {

    /** Drops the copy: the next reader reads the content again. */
    void forget();
}
