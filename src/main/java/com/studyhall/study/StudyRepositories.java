package com.studyhall.study;

import org.springframework.stereotype.Component;

/** The repositories of every study format, gathered so services need one dependency, not eight. */
@Component
public record StudyRepositories(LessonPartRepository lessonParts, SectionSummaryRepository summaries,
                                AudiobookChapterRepository chapters, KeyConceptRepository keyConcepts,
                                WorkedExampleRepository examples, MemoryAidRepository memoryAids,
                                FlashcardRepository flashcards, GlossaryTermRepository glossary) {
}
