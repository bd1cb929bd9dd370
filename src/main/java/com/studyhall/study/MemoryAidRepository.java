package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** MemoryAid rows of a section, in order. */
public interface MemoryAidRepository extends SectionItemRepository<MemoryAid> {
}
