package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The one summary a section may have. */
public interface SectionSummaryRepository extends JpaRepository<SectionSummary, Long> {

    Optional<SectionSummary> findBySectionId(long sectionId);
}
