package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** GlossaryTerm rows of a section, in order. */
public interface GlossaryTermRepository extends SectionItemRepository<GlossaryTerm> {
}
