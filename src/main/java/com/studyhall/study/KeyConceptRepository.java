package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** KeyConcept rows of a section, in order. */
public interface KeyConceptRepository extends SectionItemRepository<KeyConcept> {

    /** Every one in a published section of a published course, with its section (for search). */
    @Query("select i from KeyConcept i join fetch i.section s join s.course c where s.published = true and c.published = true")
    List<KeyConcept> findPublished();
}
