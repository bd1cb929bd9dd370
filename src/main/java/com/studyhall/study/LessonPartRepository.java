package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;

/** LessonPart rows of a section, in order. */
public interface LessonPartRepository extends SectionItemRepository<LessonPart> {
}
