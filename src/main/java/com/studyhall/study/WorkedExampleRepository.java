package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** WorkedExample rows of a section, in order. */
public interface WorkedExampleRepository extends SectionItemRepository<WorkedExample> {
}
