package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.List;

/** The queries every kind of section item shares. */
@NoRepositoryBean
public interface SectionItemRepository<T extends SectionItem> extends JpaRepository<T, Long> {

    List<T> findBySectionIdOrderByPosition(long sectionId);

    long countBySectionId(long sectionId);
}
