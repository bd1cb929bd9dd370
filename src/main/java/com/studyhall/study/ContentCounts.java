package com.studyhall.study;

/** How much of each format a section holds: what a visitor sees before enrolling. */
public record ContentCounts(long lessonParts, boolean summary, long chapters, long keyConcepts, long examples,
                            long memoryAids, long flashcards, long glossaryTerms, long questions) {
}
