package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** Courses, with the catalog's queries over the published ones. */
public interface CourseRepository extends JpaRepository<Course, Long> {

    @Query("select c from Course c join fetch c.category where c.slug = :slug")
    Optional<Course> findBySlug(@Param("slug") String slug);

    @Query("select c from Course c join fetch c.category where c.published = true and c.trashedAt is null order by c.title")
    List<Course> findPublished();

    boolean existsBySlug(String slug);

    @Query("select c from Course c join fetch c.category where c.trashedAt is null order by c.title")
    List<Course> findAllForStudio();

    @Query("select c from Course c join fetch c.category where c.owner.id = :ownerId and c.trashedAt is null order by c.title")
    List<Course> findOwnedBy(@Param("ownerId") long ownerId);
}
