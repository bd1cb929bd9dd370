package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The catalog's categories. */
public interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findBySlug(String slug);
}
