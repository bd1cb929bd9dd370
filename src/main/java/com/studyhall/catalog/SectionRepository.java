package com.studyhall.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A course's sections, in their order. */
public interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByCourseIdOrderByPosition(long courseId);

    Optional<Section> findByCourseIdAndSlug(long courseId, String slug);

    @Query("select s.course.id, count(s) from Section s where s.published = true and s.course.id in :courseIds group by s.course.id")
    List<Object[]> countPublishedByCourse(@Param("courseIds") Collection<Long> courseIds);

    default Map<Long, Long> publishedSectionCounts(Collection<Long> courseIds) {
        var counts = new java.util.HashMap<Long, Long>();
        for (Object[] row : countPublishedByCourse(courseIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
