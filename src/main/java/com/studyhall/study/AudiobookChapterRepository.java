package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** AudiobookChapter rows of a section, in order. */
public interface AudiobookChapterRepository extends SectionItemRepository<AudiobookChapter> {
}
