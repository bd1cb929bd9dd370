package com.studyhall.assessment;

import com.studyhall.catalog.SectionItemRepository;

import java.util.List;

/** A section's question bank, in order. */
public interface QuestionRepository extends SectionItemRepository<Question> {

    List<Question> findByType(QuestionType type);
}
