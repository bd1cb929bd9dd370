package com.studyhall.study;

/** How much of each format a section holds: what a visitor sees before enrolling. */
public record ContentCounts(long lessonParts, boolean summary, long chapters, long keyConcepts, long examples,
                            long memoryAids, long flashcards, long glossaryTerms, long questions) {

    static final ContentCounts NONE = new ContentCounts(0, false, 0, 0, 0, 0, 0, 0, 0);

    /** Flashcards and glossary terms: both are reviewed as cards. */
    public long cards() {
        return flashcards + glossaryTerms;
    }
}
