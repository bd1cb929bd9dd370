package com.studyhall.study;

import com.studyhall.catalog.SectionItemRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** GlossaryTerm rows of a section, in order. */
public interface GlossaryTermRepository extends SectionItemRepository<GlossaryTerm> {

    /** Every one in a published section of a published course, with its section (for search). */
    @Query("select i from GlossaryTerm i join fetch i.section s join s.course c where s.published = true and c.published = true")
    List<GlossaryTerm> findPublished();
}
