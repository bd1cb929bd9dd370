package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** Flashcard rows of a section, in order. */
public interface FlashcardRepository extends SectionItemRepository<Flashcard> {
}
