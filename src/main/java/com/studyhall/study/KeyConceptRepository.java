package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** KeyConcept rows of a section, in order. */
public interface KeyConceptRepository extends SectionItemRepository<KeyConcept> {
}
