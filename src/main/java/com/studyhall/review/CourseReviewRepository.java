package com.studyhall.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CourseReviewRepository extends JpaRepository<CourseReview, Long> {

    Optional<CourseReview> findByCourseIdAndLearnerId(long courseId, long learnerId);

    List<CourseReview> findByCourseIdOrderByUpdatedAtDescIdDesc(long courseId);

    /** Course id, number and average rating of the visible reviews of these courses. */
    @Query("select r.courseId, count(r), avg(r.rating) from CourseReview r "
            + "where r.courseId in :courseIds and r.hiddenAt is null group by r.courseId")
    List<Object[]> ratings(Collection<Long> courseIds);
}
