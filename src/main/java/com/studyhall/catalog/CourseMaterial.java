package com.studyhall.catalog;

import java.util.Collection;

/**
 * How much there is to study in some sections, for the storefront's numbers and time estimate.
 * The items belong to {@code study}, which implements this, so {@code catalog} does not depend on it.
 */
public interface CourseMaterial {

    /** Totals over the given sections, items in the studio's trash not counted. */
    Totals of(Collection<Long> sectionIds);

    /**
     * @param spokenWords words of the lessons' classroom conversations
     * @param readWords   words of the sections' medium summaries
     */
    record Totals(long lessonParts, long cards, long questions, long spokenWords, long readWords) {
        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);
    }
}
