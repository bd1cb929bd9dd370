package com.studyhall.enrollment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Enrollments by learner and course. */
public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    long countByCourseId(long courseId);

    /** Learners per course, as rows of course id and count; courses nobody joined are missing. */
    @Query("select e.courseId, count(e) from Enrollment e group by e.courseId")
    List<Object[]> countPerCourse();

    List<Enrollment> findByCourseIdOrderByEnrolledAt(long courseId);

    @Modifying
    @Query("delete from Enrollment e where e.userId = :userId and e.courseId = :courseId")
    int deleteByUserIdAndCourseId(@Param("userId") long userId, @Param("courseId") long courseId);
}
