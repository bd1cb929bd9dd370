package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A course's sections, in their order. A section in the studio's trash is in none of these answers but the slug check. */
public interface SectionRepository extends JpaRepository<Section, Long> {

    @Query("select s from Section s where s.course.id = :courseId and s.trashedAt is null order by s.position")
    List<Section> findByCourseIdOrderByPosition(@Param("courseId") long courseId);

    @Query("select s from Section s where s.course.id = :courseId and s.slug = :slug and s.trashedAt is null")
    Optional<Section> findByCourseIdAndSlug(@Param("courseId") long courseId, @Param("slug") String slug);

    /** Whether the slug is taken in the course, by a trashed section too (it keeps its slug for a restore). */
    boolean existsByCourseIdAndSlug(long courseId, String slug);

    @Query("""
            select s.course.id, count(s) from Section s
            where s.published = true and s.trashedAt is null and s.course.id in :courseIds group by s.course.id""")
    List<Object[]> countPublishedByCourse(@Param("courseIds") Collection<Long> courseIds);

    default Map<Long, Long> publishedSectionCounts(Collection<Long> courseIds) {
        var counts = new java.util.HashMap<Long, Long>();
        for (Object[] row : countPublishedByCourse(courseIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
