package com.studyhall.assessment;

import com.studyhall.catalog.SectionItemRepository;

/** A section's question bank, in order. */
public interface QuestionRepository extends SectionItemRepository<Question> {
}
